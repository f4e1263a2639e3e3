// Starts the app from a file rather than an inline script, so the Content-Security-Policy
// can forbid inline scripts entirely. Trunk fills in the hashed file names (Trunk.toml).
const tag = document.querySelector('script[data-app-js]');
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });
