// The offline copy of Me & We. It keeps the app's own files, and nothing anyone enters:
// answers live in localStorage, never in a request. Same-origin GET requests only.
const CACHE = 'me-and-we-app';
// Trunk puts a content hash in built file names, so such a name never changes content.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
const PAGE = new URL('./', self.registration.scope).href;

// The files a page needs, read from the page itself, so no list here can go stale.
function filesOf(html) {
  const files = new Set([PAGE]);
  for (const [, , quoted, bare] of html.matchAll(/\b(href|src|data-app-js|data-app-wasm)=(?:"([^"]*)"|([^\s>"]+))/g)) {
    const url = new URL(quoted ?? bare, PAGE);
    if (url.origin === self.location.origin) files.add(url.href);
  }
  return files;
}

// Forgets the hashed files of older builds once a page no longer names them.
async function prune(html) {
  const keep = filesOf(html);
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    if (HASHED.test(new URL(request.url).pathname) && !keep.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const page = await fetch(PAGE, { cache: 'no-cache' });
    if (!page.ok) throw new Error(`the page answered ${page.status}`);
    const cache = await caches.open(CACHE);
    const files = [...filesOf(await page.clone().text())].filter((url) => url !== PAGE);
    await cache.addAll(files);
    await cache.put(PAGE, page);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

// Network first: online, every visit gets the newest build; offline, the kept copy.
async function networkFirst(event, key, kept = async () => {}) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(cache.put(key, response.clone()).then(kept));
    return response;
  } catch (offline) {
    return (await cache.match(key)) ?? Response.error();
  }
}

// Cache first, for hashed names only: the kept copy is the right one by construction.
async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(event.request);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.origin + url.pathname;
  if (request.mode === 'navigate' && (path === PAGE || path === `${PAGE}index.html`)) {
    // The app is one page: keep it under one key, whatever its query.
    event.respondWith(networkFirst(event, PAGE, async () => {
      await prune(await (await caches.match(PAGE)).text());
    }));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(event));
  } else {
    event.respondWith(networkFirst(event, request));
  }
});
