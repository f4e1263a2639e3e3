// The offline copy of Me & We. It keeps the app's own files, and nothing anyone enters:
// answers live in localStorage, never in a request. Same-origin GET requests only.
const PAGE = new URL('./', self.registration.scope).href;
// One cache per place the app is hosted, so copies at two paths of one site (or other
// apps on the same site) never touch each other's files.
const CACHE = `me-and-we ${PAGE}`;
// Built file names carry a hash of their content (Trunk's for the CSS, .ci/post-build.sh's
// for the app), so such a name never changes content.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

// The files a page needs, read from the page itself, so no list here can go stale.
function filesOf(html) {
  const files = new Set();
  for (const [, , quoted, bare] of html.matchAll(/\b(href|src|data-app-js|data-app-wasm)=(?:"([^"]*)"|([^\s>"]+))/g)) {
    const url = new URL(quoted ?? bare, PAGE);
    url.hash = '';
    if (url.href.startsWith(PAGE) && url.href !== PAGE) files.add(url.href);
  }
  return files;
}

// Only the app's own page may become the kept page: not a Wi-Fi sign-in page, not a
// host's error page.
function isAppPage(response, html) {
  return (response.headers.get('Content-Type') ?? '').includes('text/html') && html.includes('data-app-wasm=');
}

// Keeps a page only once every file it names is kept, then forgets the hashed files of
// older builds: the kept page and its files always belong together. A download that fails
// leaves the previous copy whole.
async function keep(response) {
  const html = await response.text();
  if (!response.ok || !isAppPage(response, html)) throw new Error('not the app page');
  const cache = await caches.open(CACHE);
  const files = filesOf(html);
  const missing = [];
  for (const url of files) if (!(await cache.match(url))) missing.push(url);
  // A hashed file the page just loaded may come from the HTTP cache; anything else is
  // checked with the server.
  await cache.addAll(missing.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' })));
  await cache.put(PAGE, new Response(html, { headers: response.headers }));
  for (const request of await cache.keys()) {
    if (HASHED.test(new URL(request.url).pathname) && !files.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    await keep(await fetch(PAGE, { cache: 'no-cache' }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      // Only this app's caches of another shape, at this same place.
      if (name !== CACHE && name.endsWith(` ${PAGE}`)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// Network first, so every visit online gets the newest build; offline, or when the
// network has not answered within a few seconds, the kept copy. What the network sends
// is kept in the background.
const PATIENCE_MS = 4000;
async function networkFirst(event, key, keepIt) {
  const network = fetch(event.request);
  // Registered first, so it clones the response before the page starts reading it.
  event.waitUntil(network.then((response) => keepIt(response.clone())).catch(() => {}));
  const kept = await caches.match(key, { cacheName: CACHE });
  if (!kept) return network.catch(() => Response.error());
  const slow = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS, kept));
  return Promise.race([network.catch(() => kept), slow]);
}

// Anything else of ours (boot.js, the manifest, icons), kept as the network sends it.
function keepOther(request) {
  return async (response) => {
    if (response.ok) await (await caches.open(CACHE)).put(request, response);
  };
}

// Hashed names: the kept copy is the right one by construction, unless the page asks for
// a file again on purpose (`cache: 'reload'`: a language file that did not read whole,
// public/boot.js): then the network's copy, kept in its place; offline, the kept one.
async function hashed(event) {
  const kept = await caches.match(event.request, { cacheName: CACHE });
  if (kept && event.request.cache !== 'reload') return kept;
  try {
    const response = await fetch(event.request);
    if (response.ok && kept) {
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(event.request, response.clone())));
    }
    return response;
  } catch (e) {
    return kept ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !url.href.startsWith(PAGE)) return;
  const path = url.origin + url.pathname;
  if (request.mode === 'navigate' && (path === PAGE || path === `${PAGE}index.html`)) {
    event.respondWith(networkFirst(event, PAGE, keep));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(hashed(event));
  } else {
    event.respondWith(networkFirst(event, request, keepOther(request)));
  }
});
