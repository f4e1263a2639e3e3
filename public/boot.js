// Starts the app from a file rather than an inline script, so the Content-Security-Policy
// can forbid inline scripts entirely. Trunk fills in the hashed file names (Trunk.toml).
// The landing screen is already in the HTML: let it paint first, then fetch the app, so
// the first paint never waits on the WebAssembly download.

// A two-phone link carries its code in the fragment (src/share.rs), which never reaches a
// server. It leaves the address at once, kept for the app alone (src/ui/apart.rs), so it
// stays out of the address bar, bookmarks and this page's history entry. A link opened
// in a tab where the app already runs reloads it, to be read the same way.
let addressCode = location.hash.startsWith('#c=') ? location.hash.slice(3) : '';
if (addressCode) history.replaceState(null, '', location.pathname + location.search);
globalThis.meAndWeCode = () => { const code = addressCode; addressCode = ''; return code; };
addEventListener('hashchange', () => location.hash.startsWith('#c=') && location.reload());
// The lock for answer codes loads only when used. Its byte arguments are views of the
// app's memory, good only for this call: copied before anything waits.
globalThis.meAndWeLock = (...args) => {
  args = args.map((arg) => arg.slice());
  return import('./lock.js').then((lock) => lock.default(...args));
};
// So does the QR code module.
globalThis.meAndWeQr = (link) => import('./qr.js').then((qr) => qr.default(link));

// The quick exit must work even before the app runs, or after it has stopped: on the
// static first screen and on the recovery screen it clears the app's keys and starts over.
document.addEventListener('click', (event) => {
  // A tap on the static first screen before the app is live is kept for the app, which
  // carries it through as it starts (src/ui/landing.rs); the button says it is coming.
  const early = event.target.closest('#prerender [data-tap]');
  if (early) {
    document.documentElement.dataset.tap = early.dataset.tap;
    early.setAttribute('aria-busy', 'true');
  }
  if (!event.target.closest('.quick-exit')) return;
  forgetOfflineCopy();
  const live = !document.getElementById('prerender') && !document.getElementById('recovery');
  if (live) return;
  try {
    localStorage.removeItem('me-and-we.session');
    localStorage.removeItem('me-and-we.session.unreadable');
    localStorage.removeItem('me-and-we.lang');
  } catch (e) { /* storage disabled: nothing was kept */ }
  location.replace('./');
});

// The quick exit, and "Keep nothing on this device", also remove the offline copy of the
// app (public/sw.js): nothing of Me & We is left in this browser's storage.
document.addEventListener('change', (event) => {
  if (event.target.id === 'keep-nothing' && event.target.checked) forgetOfflineCopy();
  // The language switch of the static first screen, before the app is live: keep the
  // choice and paint the page again in it (the picker in index.html reads it).
  if (event.target.closest('#prerender #language')) {
    try {
      localStorage.setItem('me-and-we.lang', event.target.value);
      location.reload();
    } catch (e) { /* storage disabled: the app, once live, switches without it */ }
  }
});

// A new language rebuilds the live screen (src/ui/language.rs, which then sets
// <html lang>): what is typed or picked on it is kept, by element id, and given back to the
// rebuilt screen, whose own handlers hear it; focus returns to the switch.
let typed = null;
document.addEventListener('change', (event) => {
  if (event.target.id !== 'language' || event.target.closest('#prerender')) return;
  typed = [...document.querySelectorAll('main input[id], main textarea[id]')]
    .map((field) => [field.id, field.value, field.checked]);
}, true);
new MutationObserver(() => requestAnimationFrame(() => {
  if (!typed) return;
  for (const [id, value, checked] of typed) {
    const field = document.getElementById(id);
    if (!field) continue;
    const box = field.type === 'radio' || field.type === 'checkbox';
    if (box ? field.checked === checked : field.value === value) continue;
    if (box) field.checked = checked; else field.value = value;
    for (const kind of ['input', 'change']) field.dispatchEvent(new Event(kind, { bubbles: true }));
  }
  typed = null;
  document.getElementById('language')?.focus();
})).observe(document.documentElement, { attributeFilter: ['lang'] });

// A language's words, from the file the build named by its hash (.ci/locales.mjs);
// src/ui/language.rs awaits it. English's file holds its bank's words alone, asked for
// once the first screen is live. The page's own language, if not English, is fetched
// alongside the app (below) and handed over once; any later ask fetches again, past any
// kept copy unless `again` is false, so a file that failed or arrived damaged can be
// tried again.
const earlyWords = {};
const fetchLocale = (lang, again) => {
  const link = document.querySelector(`link[rel=me-and-we-words][hreflang="${lang}"]`);
  if (!link) return Promise.reject(new Error(`no words for ${lang}`));
  // Asked again (a switch, a retry): past any kept copy, which may be the one that failed.
  return fetch(link.href, again ? { cache: 'reload' } : {}).then((response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return response.text();
  });
};
globalThis.meAndWeLocale = (lang, again = true) => {
  const words = earlyWords[lang] ?? fetchLocale(lang, again);
  delete earlyWords[lang];
  return words;
};
let copyForgotten = false;
function forgetOfflineCopy() {
  copyForgotten = true;
  const forget = () => self.caches?.delete(`me-and-we ${new URL('./', location.href).href}`).catch(() => {});
  try {
    forget();
    navigator.serviceWorker?.getRegistration().then(async (registration) => {
      const installing = registration?.installing;
      await registration?.unregister();
      // An install under way may still be filling the cache: forget it again once it ends.
      installing?.addEventListener('statechange', () => forget());
    }).catch(() => {});
  } catch (e) { /* no service workers here (file://, site data blocked) */ }
}

// The printed report holds every section of the results, open or closed on screen.
let closed = [];
addEventListener('beforeprint', () => {
  closed = [...document.querySelectorAll('details:not([open])')];
  for (const d of closed) d.open = true;
});
addEventListener('afterprint', () => { for (const d of closed) d.open = false; });

const tag = document.querySelector('script[data-app-js]');
// Fetch the app once the first screen is on screen, so the download never competes with it:
// the first contentful paint, not the first paint, which may come a frame earlier with
// nothing in it yet (the picker in index.html puts the screen in).
// A tab opened in the background paints nothing: then go ahead after a short wait.
await new Promise((painted) => {
  try {
    new PerformanceObserver((paints) => paints.getEntriesByName('first-contentful-paint').length && painted())
      .observe({ type: 'paint', buffered: true });
  } catch (e) { /* no paint timing here */ }
  setTimeout(painted, 500);
});
// The page's language, if not English, comes alongside the app.
const lang = document.documentElement.lang;
if (lang !== 'en') {
  earlyWords[lang] = fetchLocale(lang);
  earlyWords[lang].catch(() => {});
}
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });

// Offline from the second visit on: the service worker keeps a copy of the app's files
// (public/sw.js). Where it cannot run (file://, site data blocked) the app works as before.
try {
  navigator.serviceWorker?.register('./sw.js')
    .then(() => copyForgotten && forgetOfflineCopy(), () => {});
} catch (e) { /* some browsers throw when site data is blocked */ }
