// Starts the app from a file rather than an inline script, so the Content-Security-Policy
// can forbid inline scripts entirely. Trunk fills in the hashed file names (Trunk.toml).
// The landing screen is already in the HTML: let it paint first, then fetch the app, so
// the first paint never waits on the WebAssembly download.
const tag = document.querySelector('script[data-app-js]');
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });
