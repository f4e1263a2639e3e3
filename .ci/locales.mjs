// Trunk post-build step (every profile): ships each locale of public/locales/ so that only
// its readers fetch it, and its first screen paints in that language.
//
// For every locales/<lang>.txt in the staging dir:
// - ships its texts in order without their keys (the app reads them by position), named
//   by a hash of that content (locales/<lang>-<hash>.txt), which the offline copy
//   (public/sw.js) keeps like the app's other hashed files;
// - adds <link rel="me-and-we-words" hreflang="<lang>"> to the page's head, with its page
//   title and its "could not load" sentence (a rel of our own: browsers fetch nothing for
//   it, and "alternate" would tell search engines the file is a translated page) (read here, at build time,
//   so the app can say it in that language even when the file cannot be fetched);
// - adds <template id="first-paint-<lang>">: the static first screen (#prerender) with the
//   text of every element marked data-w="<key>" (and each data-w-<attribute>) taken from
//   the file's words.<key>, so the first paint never shows English to that reader;
// - writes manifest-<lang>.webmanifest with the file's page.manifest_* words, and adds
//   its page.noscript to the page's <noscript> note;
// English, compiled into the app, gets a link too, to its bank's words (locales/en.bank.txt,
// which the app fetches after its first screen), and a template of the first screen as
// written. The first screen then leaves the page's
// body: the picker puts the chosen language's copy in its place before anything is drawn.
// The markers are removed, every language is offered in the switch, and the page's one
// inline script (the language picker) is allowed by its hash in the CSP.
//
// Usage: node .ci/locales.mjs <staging dir>
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [dir] = process.argv.slice(2);
const fail = (why) => {
  console.error(`[locales] ${why}`);
  process.exit(1);
};
if (!dir) fail("usage: node .ci/locales.mjs <staging dir>");
const pagePath = join(dir, "index.html");
let page = readFileSync(pagePath, "utf8");

// An attribute's value, quoted or not (Trunk's minifier drops quotes where it can).
const attr = (name) => `${name}=(?:"([^"]*)"|([^\\s>"]+))`;
const escape = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeHtml = (text) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

// The same reading as Locale::from_file: `key = value`, `#` comments, `\n` and `\\`.
function read(text, file) {
  const entries = new Map();
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, "").trim();
    if (!line || line.startsWith("#")) return;
    const at = line.indexOf(" = ");
    if (at < 1) fail(`${file} line ${i + 1} is not \`key = value\``);
    const value = line.slice(at + 3).trim().replace(/\\(.)/g, (_, c) => (c === "n" ? "\n" : c));
    entries.set(line.slice(0, at).trim(), value);
  });
  return entries;
}

const start = page.search(/<div id="?prerender"?[\s>]/);
const end = page.indexOf("<noscript", start);
if (start < 0 || end < 0) fail("index.html has no #prerender before its <noscript>: the first screen cannot be translated");
const prerender = page.slice(start, end);

// The English words the page already holds, by key: the English link's title and the check
// that every marked key exists in each locale.
const marked = new Set([...prerender.matchAll(new RegExp(attr("data-w(?:-[a-z-]+)?"), "g"))].map((m) => m[1] ?? m[2]));
if (marked.size === 0) fail("index.html's #prerender marks no data-w words: nothing to translate");

function translate(html, words, file) {
  const get = (key) => {
    const value = words.get(`words.${key}`);
    if (value === undefined) fail(`${file} has no words.${key}, which the first screen shows`);
    return escape(value);
  };
  // An element marked data-w holds only text: replace it.
  html = html.replace(
    new RegExp(`(<([a-z0-9]+)\\b[^>]*?\\s${attr("data-w")}[^>]*>)([^<]*)(</\\2>)`, "g"),
    (_, open, _tag, q, b, _text, close) => open + get(q ?? b) + close,
  );
  // data-w-<attribute>="<key>" sets that attribute.
  return html.replace(/<[a-z0-9]+\b[^>]*>/g, (tag) => {
    for (const m of [...tag.matchAll(new RegExp(`\\s${attr("data-w-([a-z-]+)")}`, "g"))]) {
      const [, name, q, b] = m;
      const value = get(q ?? b);
      const existing = new RegExp(`(\\s${name}=)(?:"[^"]*"|[^\\s>"]+)`);
      tag = existing.test(tag)
        ? tag.replace(existing, (_, before) => `${before}"${value}"`)
        : tag.replace(/\s*\/?>$/, () => ` ${name}="${value}">`);
    }
    return tag;
  });
}

const strip = (html) => html.replace(new RegExp(`\\s${attr("data-w(?:-[a-z-]+)?")}`, "g"), "");
const option = (lang, name, selected) =>
  `<option value="${lang}" lang="${lang}"${selected ? " selected" : ""}>${escape(name)}</option>`;

const localesDir = join(dir, "locales");
// What the app fetches of a file: the texts alone, in order (it reads them by position:
// Locale::read), and the helplines with their keys; no comments, no page words. About a
// third smaller than the file as written. Named by its hash; returns the page's href.
function ship(lang, text) {
  const shipped = text
    .split("\n")
    .map((line) => line.replace(/^\uFEFF/, "").trim())
    .filter((line) => line && !line.startsWith("#") && !line.startsWith("page."))
    .map((line) => (line.startsWith("helpline.") ? line : line.slice(line.indexOf(" = ") + 1)))
    .join("\n") + "\n";
  const hash = createHash("sha256").update(shipped).digest("hex").slice(0, 16);
  const hashed = `${lang}-${hash}.txt`;
  writeFileSync(join(localesDir, hashed), shipped);
  return `locales/${hashed}`;
}
const files = existsSync(localesDir) ? readdirSync(localesDir).filter((f) => /^[a-z]{2,3}\.txt$/.test(f)).sort() : [];
const englishTitle = unescapeHtml(page.match(/<title>([^<]*)<\/title>/)?.[1] ?? fail("index.html has no <title>"));
const englishName = unescapeHtml(
  prerender.match(/<option[^>]*value="?en"?[^>]*>([^<]*)<\/option>/)?.[1] ?? fail("the first screen's language switch has no English option"),
);
// English's screens are compiled into the app; its bank's words (Locale::to_bank_file)
// are fetched after the first screen, from a file of their own.
const bankPath = join(localesDir, "en.bank.txt");
if (!existsSync(bankPath)) fail("locales/en.bank.txt is missing: the English bank's words (`cargo run --example bank -- --en-words > public/locales/en.bank.txt`)");
const bank = readFileSync(bankPath, "utf8");
if (read(bank, "en.bank.txt").get("lang") !== "en") fail("locales/en.bank.txt does not say lang = en");
const englishHref = ship("en", bank);
rmSync(bankPath);
const languages = [{ lang: "en", href: englishHref, name: englishName, title: englishTitle, missing: null }];
const manifest = JSON.parse(readFileSync(join(dir, "manifest.webmanifest"), "utf8"));

for (const file of files) {
  const lang = file.slice(0, -4);
  const text = readFileSync(join(localesDir, file), "utf8");
  const words = read(text, file);
  if (words.get("lang") !== lang) fail(`${file} says lang = ${words.get("lang")}, not ${lang}`);
  const need = (key) => words.get(key) ?? fail(`${file} has no ${key}`);
  const href = ship(lang, text);
  rmSync(join(localesDir, file));
  for (const key of marked) if (!words.has(`words.${key}`)) fail(`${file} has no words.${key}, which the first screen shows`);
  languages.push({
    lang,
    href,
    name: need("words.language_name"),
    title: need("page.title"),
    missing: need("words.language_missing"),
    noscript: need("page.noscript"),
    words,
    file,
  });
  writeFileSync(
    join(dir, `manifest-${lang}.webmanifest`),
    JSON.stringify({
      ...manifest,
      name: need("page.manifest_name"),
      short_name: need("page.manifest_short_name"),
      description: need("page.manifest_description"),
      lang,
    }),
  );
}

// Every language in every copy of the switch, each selected in its own first screen.
const withOptions = (html, chosen) =>
  html.replace(/(<select\b[^>]*\bid="?language"?[^>]*>)[\s\S]*?(<\/select>)/, (_, open, close) =>
    open + languages.map((l) => option(l.lang, l.name, l.lang === chosen)).join("") + close,
  );
// Every language's first screen, English's too, as a template the picker puts in place:
// a screen it then takes away could be drawn first.
const templates = languages
  .map((l) => `<template id="first-paint-${l.lang}">${strip(withOptions(l.words ? translate(prerender, l.words, l.file) : prerender, l.lang))}</template>`)
  .join("");
const links = languages
  .map(
    (l) =>
      `<link rel="me-and-we-words" hreflang="${l.lang}" href="${l.href}" data-page-title="${escape(l.title)}"` +
      (l.missing ? ` data-missing="${escape(l.missing)}"` : "") +
      ">",
  )
  .join("");

page = page.slice(0, start) + page.slice(end);
// Without scripts no picker runs: the note says it in every language.
if (!page.includes("</noscript>")) fail("index.html has no <noscript> note");
page = page.replace("</noscript>", () =>
  languages.filter((l) => l.noscript).map((l) => `<p lang="${l.lang}">${escape(l.noscript)}</p>`).join("") + "</noscript>",
);
if (!page.includes("</head>")) fail("index.html has no </head>");
page = page.replace("</head>", () => `${links}</head>`);

// The picker: the one inline script, at the start of the body. The templates go just
// before it, so it finds them.
const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)];
if (scripts.length !== 1) fail(`expected one inline script (the language picker) in index.html, found ${scripts.length}`);
const picker = scripts[0];
page = page.slice(0, picker.index) + templates + page.slice(picker.index);
const digest = createHash("sha256").update(picker[1], "utf8").digest("base64");
const csp = /(script-src 'self')/;
if (!csp.test(page)) fail("the Content-Security-Policy has no `script-src 'self'` to add the picker's hash to");
page = page.replace(csp, `$1 'sha256-${digest}'`);

writeFileSync(pagePath, page);
console.error(`[locales] ${languages.map((l) => l.lang).join(", ")}; picker sha256-${digest}`);
