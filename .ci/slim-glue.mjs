// Trunk post-build step (release): trims what the wasm and its JS glue carry for nobody.
//
// 1. The page only calls the glue's default init (public/boot.js). Leptos links
//    wasm-streams, whose #[wasm_bindgen] stream classes .ci/wasm-ld.sh keeps out of the
//    wasm; wasm-bindgen still writes empty shells of them into the glue, which go here,
//    with initSync. wasm-metadce then drops every wasm export the glue does not call.
// 2. wasm-bindgen names each import after its function plus a 16-digit hash
//    (`__wbg_createElement_de4a31ed2fb252be`); those names do not compress. wasm-opt gives
//    them one- or two-letter names and prints the mapping, which we apply to the glue.
//
// The glue must be `--target web` output of the wasm-bindgen version in .ci/versions: the
// script first checks that (from the wasm's producers section) and stops otherwise. Any
// shape it does not recognise also stops the build with a message, rather than guessing.
//
// Usage: node .ci/slim-glue.mjs <dir with the glue and the wasm> <binaryen bin dir>
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [dir, binaryen] = process.argv.slice(2);
const fail = (why) => {
  console.error(`[slim-glue] ${why}`);
  process.exit(1);
};
if (!dir || !binaryen) fail("usage: node .ci/slim-glue.mjs <dist dir> <binaryen bin dir>");

const wasmFiles = readdirSync(dir).filter((f) => f.endsWith("_bg.wasm"));
// Two would mean two builds sharing one staging dir: which glue goes with which is unknown.
if (wasmFiles.length !== 1) fail(`expected one *_bg.wasm in ${dir}, found ${wasmFiles.length}`);
const [wasmFile] = wasmFiles;
const jsPath = join(dir, wasmFile.replace(/_bg\.wasm$/, ".js"));
const wasmPath = join(dir, wasmFile);
if (!existsSync(jsPath)) fail(`no glue next to ${wasmFile}: expected ${jsPath}`);

// 0. Which wasm-bindgen wrote this? Every regex below knows one version's glue. The glue
// names no version, but the same wasm-bindgen run writes the glue and the wasm, and it
// records itself in the wasm's producers section ("processed-by": "wasm-bindgen" "0.2.x"),
// which Trunk's wasm-opt keeps. That is the version of this glue, whatever is on PATH now.
const versionsPath = join(dirname(fileURLToPath(import.meta.url)), "versions");
const pinned = readFileSync(versionsPath, "utf8").match(/^WASM_BINDGEN_VERSION=(\S+)$/m)?.[1];
if (!pinned) fail(`no WASM_BINDGEN_VERSION=... line in ${versionsPath}`);
const writtenBy = (() => {
  let mod;
  try {
    mod = new WebAssembly.Module(readFileSync(wasmPath));
  } catch (e) {
    fail(`${wasmFile} is not a WebAssembly module this Node can read: ${e.message}`);
  }
  const sections = WebAssembly.Module.customSections(mod, "producers");
  if (sections.length !== 1)
    fail(`${wasmFile} has ${sections.length} producers sections, so which wasm-bindgen wrote its glue is unknown`);
  // The section: a count of fields, each a name and a count of (name, version) pairs;
  // counts are unsigned LEB128 and strings are a length then UTF-8 bytes.
  const bytes = new Uint8Array(sections[0]);
  let at = 0;
  const uint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= bytes.length || shift > 28) fail(`${wasmFile}: producers section is malformed`);
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const text = () => {
    const len = uint();
    if (at + len > bytes.length) fail(`${wasmFile}: producers section is malformed`);
    return new TextDecoder().decode(bytes.subarray(at, (at += len)));
  };
  let found;
  for (let fields = uint(); fields > 0; fields--) {
    const field = text();
    for (let values = uint(); values > 0; values--) {
      const [name, version] = [text(), text()];
      if (field === "processed-by" && name === "wasm-bindgen") found = version;
    }
  }
  if (found === undefined)
    fail(`${wasmFile}'s producers section names no wasm-bindgen, so its glue cannot be checked`);
  // A build from git appends " (commit)"; the release number comes first.
  return found.split(" ")[0];
})();
if (writtenBy !== pinned)
  fail(
    `the glue was written by wasm-bindgen ${writtenBy}, but .ci/versions pins ${pinned}: this ` +
      `script matches ${pinned}'s glue only. Run 'bash .ci/tools.sh' for wasm-bindgen-cli ` +
      `${pinned} (and keep Cargo.toml's wasm-bindgen at =${pinned}), or update the script and .ci/versions together.`,
  );

let js = readFileSync(jsPath, "utf8");
const features = [
  "--enable-reference-types",
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-multivalue",
];
const run = (tool, args) =>
  execFileSync(join(binaryen, tool), [...args, ...features], { encoding: "utf8" });

// 1. Exported classes, their Symbol.dispose alias and their FinalizationRegistry.
for (const [, name] of [...js.matchAll(/^export class (\w+) \{$/gm)]) {
  const before = js.length;
  js = js
    .replace(new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, "m"), "")
    .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n`, "m"), "")
    .replace(
      new RegExp(`^const ${name}Finalization = [^\\n]*\\n[^\\n]*\\n[^\\n]*;\\n`, "m"),
      "",
    );
  if (js.length === before || new RegExp(`\\b${name}\\b`).test(js))
    fail(`could not remove the class ${name} from the glue cleanly`);
}
// boot.js calls the async init; initSync (and its warnings) can go too.
js = js.replace(/^export \{ initSync, __wbg_init as default \};$/m, "export { __wbg_init as default };");
if ([...js.matchAll(/^export /gm)].length !== 1 || !/^export \{ __wbg_init as default \};$/m.test(js))
  fail("the glue exports something besides init: update this script");

// The import object: `const import0 = { __proto__: null, name: function(..) {..}, ... };`
const importsMatch = js.match(/^    const import0 = \{\n        __proto__: null,\n([\s\S]*?)^    \};\n/m);
if (!importsMatch) fail("could not find the import object in the glue");
const entries = importsMatch[1].split(/^(?=        [\w$]+: )/m).filter((e) => e.length);
const imports = new Map();
for (const entry of entries) {
  const key = entry.match(/^        ([\w$]+): /);
  if (!key) fail(`unexpected line in the import object: ${entry.slice(0, 60)}`);
  imports.set(key[1], entry.slice(key[0].length));
}
const moduleMatch = js.match(/^        "(\.\/[^"]+)": import0,$/m);
if (!moduleMatch) fail("could not find the import module's name in the glue");

// 2. Drop the exports nothing calls (wasm-metadce also drops the code only they reach).
const compiled = () => new WebAssembly.Module(readFileSync(wasmPath));
const exportsBefore = WebAssembly.Module.exports(compiled()).length;
const used = new Set([...js.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]));
const work = mkdtempSync(join(tmpdir(), "slim-glue-"));
const graph = [
  { name: "glue", root: true, reaches: [...used].map((e) => `export:${e}`) },
  ...[...used].map((e) => ({ name: `export:${e}`, export: e })),
  ...[...imports.keys()].map((i) => ({ name: `import:${i}`, import: [moduleMatch[1], i] })),
];
writeFileSync(join(work, "graph.json"), JSON.stringify(graph));
const dce = run("wasm-metadce", [
  wasmPath,
  "--graph-file",
  join(work, "graph.json"),
  "-o",
  join(work, "dce.wasm"),
]);
const unusedImports = [...dce.matchAll(/^unused: import:([\w$]+)$/gm)].map((m) => m[1]);

// 3. Optimise again (the dead exports kept some code alive during Trunk's pass), then short
// names for every import and export; the mapping comes back as JSON.
const mapping = JSON.parse(
  run("wasm-opt", [
    join(work, "dce.wasm"),
    "-Oz",
    "--minify-imports-and-exports-and-modules",
    "-o",
    wasmPath,
  ]),
);
const importNames = new Map();
const modules = new Set();
for (const [, name, short] of mapping.imports) importNames.set(name, short);
for (const i of WebAssembly.Module.imports(compiled())) modules.add(i.module);
if (modules.size !== 1) fail(`expected one import module after minifying, found ${modules.size}`);

let body = "";
for (const [name, fn] of imports) {
  if (unusedImports.includes(name)) continue;
  const short = importNames.get(name);
  if (!short) fail(`the wasm no longer imports ${name}, yet wasm-metadce kept it`);
  body += `        ${short}: ${fn}`;
}
if (importNames.size !== imports.size - unusedImports.length)
  fail("the wasm imports something the glue does not provide");
js = js.replace(importsMatch[1], () => body);
js = js.replace(moduleMatch[0], () => `        "${[...modules][0]}": import0,`);

const exportNames = new Map(mapping.exports);
js = js.replace(/\bwasm\.([\w$]+)/g, (whole, name) => {
  const short = exportNames.get(name);
  if (!short) fail(`the glue calls wasm.${name}, which the wasm no longer exports`);
  return `wasm.${short}`;
});
writeFileSync(jsPath, js);
rmSync(work, { recursive: true });
console.log(
  `[slim-glue] removed ${unusedImports.length} imports and ${exportsBefore - exportNames.size} ` +
    `exports; renamed ${importNames.size} imports and ${exportNames.size} exports`,
);
