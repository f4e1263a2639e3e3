// Starts the app from a file rather than an inline script, so the Content-Security-Policy
// can forbid inline scripts entirely. Trunk fills in the hashed file names (Trunk.toml).
// The landing screen is already in the HTML: let it paint first, then fetch the app, so
// the first paint never waits on the WebAssembly download.

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
  } catch (e) { /* storage disabled: nothing was kept */ }
  location.replace('./');
});

// The quick exit, and "Keep nothing on this device", also remove the offline copy of the
// app (public/sw.js): nothing of Me & We is left in this browser's storage.
document.addEventListener('change', (event) => {
  if (event.target.id === 'keep-nothing' && event.target.checked) forgetOfflineCopy();
});
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
// Fetch the app once the first paint is on screen, so the download never competes with it.
// A tab opened in the background paints nothing: then go ahead after a short wait.
await new Promise((painted) => {
  try {
    new PerformanceObserver(painted).observe({ type: 'paint', buffered: true });
  } catch (e) { /* no paint timing here */ }
  setTimeout(painted, 500);
});
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });

// Offline from the second visit on: the service worker keeps a copy of the app's files
// (public/sw.js). Where it cannot run (file://, site data blocked) the app works as before.
try {
  navigator.serviceWorker?.register('./sw.js')
    .then(() => copyForgotten && forgetOfflineCopy(), () => {});
} catch (e) { /* some browsers throw when site data is blocked */ }
