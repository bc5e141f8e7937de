/**
 * Load sites in the annotator that read an array or string at a negative index. V8 then
 * handles that load as a generic keyed load (its inline cache goes megamorphic on the key
 * "-1"), and optimized code keeps doing so at every later read there, in every rule the
 * function is inlined into: one such read in `flagged` cost the whole annotator about 5%.
 *
 * Runs the annotator on generated articles of both languages under `node --log-ic` in a
 * child process and reads V8's IC log: each `KeyedLoadIC` event with a negative key is
 * mapped to the code object holding its pc (the `code-creation` events), and kept when that
 * code is remark-explainer's. No timing is involved.
 *
 * CLI: node bench/negative-index.mjs [--articles 40]  prints the sites (file:line:column, function).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { annotate, documentFromText, documentFromTree } from "remark-explainer/core";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { generateArticles } from "./generate.mjs";

const CHILD = "--negative-index-child";

/** `{ file, line, column, fn }` of each load site of remark-explainer that saw a negative key. */
export function negativeIndexSites({ articles = 40 } = {}) {
  const directory = mkdtempSync(join(tmpdir(), "explainer-ic-"));
  try {
    const child = spawnSync(
      process.execPath,
      ["--log-ic", `--logfile=${join(directory, "v8.log")}`, import.meta.filename, CHILD, String(articles)],
      { encoding: "utf8" },
    );
    if (child.status !== 0) throw new Error(`negative-index child failed:\n${child.stderr}`);
    // Node names the log after the isolate: isolate-0x…-v8.log.
    const log = readdirSync(directory).find((name) => name.endsWith("v8.log"));
    if (!log) throw new Error("negative-index: V8 wrote no IC log");
    return sitesIn(readFileSync(join(directory, log), "utf8"));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The sites in an IC log (see the module comment). */
export function sitesIn(log) {
  const codes = [];
  const loads = [];
  for (const line of log.split("\n")) {
    const fields = line.split(",");
    if (fields[0] === "code-creation" && fields.length > 6) {
      codes.push({ start: Number.parseInt(fields[4], 16), size: Number(fields[5]), name: fields.slice(6).join(",") });
    } else if (fields[0] === "KeyedLoadIC" && fields[6] === "N" && /^-\d+$/.test(fields[8] ?? "")) {
      // (Only loads the key turned megamorphic: a typed array read at -1 stays monomorphic.)
      loads.push({ pc: Number.parseInt(fields[1], 16), line: Number(fields[3]), column: Number(fields[4]) });
    }
  }
  codes.sort((a, b) => a.start - b.start);
  const sites = new Map();
  for (const load of loads) {
    const code = codeAt(codes, load.pc);
    // "JS:~flagged file:///…/remark-explainer/dist/core/view.js:34:24"
    const where = /^(\S*) file:\/\/\S*\/remark-explainer\/dist\/(\S+?):\d+:\d+/.exec(code?.name ?? "");
    if (!where) continue;
    const site = { file: where[2], line: load.line, column: load.column, fn: where[1] || "(anonymous)" };
    sites.set(`${site.file}:${site.line}:${site.column}`, site);
  }
  return [...sites.values()];
}

/** The latest code object created at or before `pc` that spans it (binary search). */
function codeAt(codes, pc) {
  let low = 0;
  let high = codes.length - 1;
  let found;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codes[mid].start <= pc) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  for (let k = found ?? -1; k >= 0 && k > (found ?? 0) - 64; k--) {
    const code = codes[k];
    if (code && code.start <= pc && pc < code.start + code.size) return code;
  }
  return undefined;
}

if (process.argv[2] === CHILD) {
  // Enough rounds for V8 to tier the rules up: the IC events come from the first executions anyway.
  // Both ways in: plain text, and Markdown through its mdast tree.
  const parser = unified().use(remarkParse);
  const inputs = generateArticles(Number(process.argv[3]), { seed: 11 }).map(({ markdown, lang }) => {
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n+/, "");
    return { body, lang, tree: parser.parse(body) };
  });
  for (let round = 0; round < 3; round++) {
    for (const { body, lang, tree } of inputs) {
      annotate(documentFromText(body), { lang });
      annotate(documentFromTree(tree, body), { lang });
    }
  }
} else if (import.meta.main) {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "40" } } });
  const sites = negativeIndexSites({ articles: Number(values.articles) });
  for (const site of sites) console.log(`${site.file}:${site.line}:${site.column} ${site.fn}`);
  console.log(`${sites.length} load site(s) read at a negative index`);
  process.exitCode = sites.length === 0 ? 0 : 1;
}
