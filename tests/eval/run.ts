/**
 * `npm run eval`: accuracy of the built annotator on the evaluation corpora.
 *   --json             also write tests/output/eval.json
 *   --errors <corpus>  list that corpus's false positives and negatives
 * The corpora are read from ../shared/corpus (or $EXPLAINER_CORPUS); when they
 * are absent the run says so and exits 0 without measuring anything.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { annotate, documentFromText } from "remark-explainer/core";
import { type Annotator, corpusMissing, evaluateCorpus, loadCorpora, metrics } from "./evaluate.ts";
import { renderMarkdown, renderText } from "./report.ts";

const root = resolve(import.meta.dirname, "../..");
const corpusRoot = process.env.EXPLAINER_CORPUS ?? resolve(root, "../shared/corpus");

const { values } = parseArgs({
  options: { json: { type: "boolean", default: false }, errors: { type: "string" } },
});

const missing = corpusMissing(corpusRoot);
if (missing) {
  console.log(`eval: skipped, ${missing} (set EXPLAINER_CORPUS to point elsewhere).`);
  process.exit(0);
}

function git(...args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

const annotator: Annotator = (text, lang) => annotate(documentFromText(text), { lang });
const started = performance.now();
const corpora = loadCorpora(corpusRoot);
if (values.errors !== undefined && !corpora.some((corpus) => corpus.name === values.errors)) {
  console.error(`eval: no corpus "${values.errors}"; choose one of ${corpora.map((c) => c.name).join(", ")}`);
  process.exit(1);
}
const results = corpora.map((corpus) => evaluateCorpus(corpus, annotator, { compromise: true }));
const seconds = (performance.now() - started) / 1000;
const figures = metrics(results);

const head = git("rev-parse", "--short", "HEAD") || "unknown";
const dirty = git("status", "--porcelain", "--", "plugins") !== "";
const info = {
  date: new Date().toISOString().slice(0, 10),
  commit: dirty ? `${head} (with uncommitted changes in plugins/)` : head,
  seconds,
};

console.log(renderText(results, figures));
console.log(`\n${results.length} corpora in ${seconds.toFixed(1)} s`);
writeFileSync(resolve(root, "docs/accuracy.md"), renderMarkdown(results, figures, info));
console.log("wrote docs/accuracy.md");

if (values.json) {
  const path = resolve(root, "tests/output/eval.json");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...info, metrics: figures, results }, null, 2)}\n`);
  console.log(`wrote ${path}`);
}

if (values.errors !== undefined) {
  const result = results.find((r) => r.name === values.errors);
  const records = [...(result?.records ?? [])].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.document.localeCompare(b.document) || a.start - b.start,
  );
  console.log(`\nErrors, ${values.errors} (${records.length}):`);
  for (const r of records) console.log(`${r.kind}\t${r.document}:${r.start}-${r.end}\t${r.detail}`);
}
