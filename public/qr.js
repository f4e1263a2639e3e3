// Draws a link as a QR code with the QR module (src/qr.rs, built into qr.wasm), fetched
// the first time the app shows a code and kept by the offline copy. Loaded by
// public/boot.js only when asked.

let module;

export default async function draw(text) {
  module ??= fetch(new URL('qr.wasm', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.arrayBuffer();
    })
    .then((bytes) => WebAssembly.instantiate(bytes))
    .then(({ instance }) => instance.exports);
  const qr = await module;
  const bytes = new TextEncoder().encode(text);
  // Making room may grow the module's memory, which replaces its buffer: ask first.
  const at = qr.qr_input(bytes.length);
  new Uint8Array(qr.memory.buffer, at, bytes.length).set(bytes);
  const length = qr.qr_draw();
  return new TextDecoder().decode(new Uint8Array(qr.memory.buffer, qr.qr_output(), length));
}
