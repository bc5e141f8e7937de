/**
 * Annotator throughput, in process: our core against compromise on the same
 * English text, in alternating rounds, medians. Also our core through the
 * mdast path (`documentFromTree`) on generated Markdown in both languages.
 *
 * CLI (used by `node --cpu-prof` in profile.mjs): node bench/annotator.mjs --ours-only --seconds 5
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { annotate, documentFromText, documentFromTree } from "remark-explainer/core";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { generateArticles } from "./generate.mjs";
import { median, round } from "./stats.mjs";

const POLNEAR = "/work/shared/corpus/polnear/dev/text";
const PFSA = "/work/shared/corpus/pfsa-id/dev.txt";

const body = (markdown) => markdown.replace(/^---\n[\s\S]*?\n---\n+/, "");
const megabytes = (texts) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

/** The English texts both annotators get: generated article bodies, plus PolNeAR dev when present (read only). */
export function englishTexts({ generated, polnear }) {
  const texts = generateArticles(generated, { seed: 7, langs: ["en"] }).map((article) => body(article.markdown));
  let polnearFiles = 0;
  if (polnear && existsSync(POLNEAR)) {
    for (const file of readdirSync(POLNEAR).sort()) {
      if (!file.endsWith(".txt")) continue;
      texts.push(readFileSync(join(POLNEAR, file), "utf8"));
      polnearFiles++;
    }
  }
  return { texts, polnearFiles };
}

const runOurs = (texts, lang = "en") => {
  for (const text of texts) annotate(documentFromText(text), { lang });
};

/**
 * PFSA-ID's Kompas articles (read only), rebuilt from its token-per-line file: tokens joined by
 * spaces except before closing and after opening punctuation, three sentences to a paragraph.
 * The spacing is approximate; for throughput only.
 */
export function indonesianTexts() {
  if (!existsSync(PFSA)) return [];
  const articles = readFileSync(PFSA, "utf8").split(/^-DOCSTART-.*$/m);
  return articles
    .map((article) => {
      const sentences = article
        .split(/\n\s*\n/)
        .map((sentence) =>
          sentence
            .split("\n")
            .map((line) => line.split("\t")[0] ?? "")
            .filter(Boolean)
            .join(" ")
            .replace(/ ([,.:;)”?!])/g, "$1")
            .replace(/([(“]) /g, "$1"),
        )
        .filter(Boolean);
      const paragraphs = [];
      for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(" "));
      return paragraphs.join("\n\n");
    })
    .filter((text) => text.length > 0);
}

/** Our core alone on Indonesian news (compromise reads English only). */
export function indonesianThroughput({ rounds, minMs, warmUpMs }) {
  const texts = indonesianTexts();
  if (texts.length === 0) return undefined;
  const run = (batch) => runOurs(batch, "id");
  warmUp(() => run(texts), warmUpMs);
  const samples = Array.from({ length: rounds }, () => throughput(run, texts, minMs));
  return {
    mbPerS: medianOf(samples, "cpu"),
    wallMbPerS: medianOf(samples, "wall"),
    megabytes: round(megabytes(texts)),
    articles: texts.length,
    corpus: "pfsa-id dev",
  };
}

/** compromise is loaded only when compared, so a profile of our core does not include its start-up. */
const runCompromise = (nlp) => (texts) => {
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out("array");
    doc.organizations().out("array");
    doc.quotations().out("array");
  }
};

/** CPU time of this process (user + system) in ms: what one core spent, whoever else shares the machine. */
export function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Repeat `run` until at least `minMs` have passed; MB/s by CPU time (the figure: one core's
 * throughput, robust on a shared machine) and by wall time.
 */
function throughput(run, texts, minMs) {
  const size = megabytes(texts);
  let passes = 0;
  const start = performance.now();
  const startCpu = cpuMs();
  let elapsed = 0;
  do {
    run(texts);
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { cpu: (size * passes) / ((cpuMs() - startCpu) / 1000), wall: (size * passes) / (elapsed / 1000) };
}

const medianOf = (samples, key) => round(median(samples.map((sample) => sample[key])));

/**
 * Run `run` for at least `ms` (once at least) before anything is timed: V8 tiers a large code base
 * up over seconds (our core's first 0.5 s rounds ran at half its steady speed), and both sides get
 * the same treatment.
 */
function warmUp(run, ms) {
  const end = performance.now() + ms;
  do run();
  while (performance.now() < end);
}

/** Ours and compromise in alternating order, `rounds` times; medians and their ratio. */
export async function compareWithCompromise({ generated, polnear, rounds, minMs, warmUpMs }) {
  const { texts, polnearFiles } = englishTexts({ generated, polnear });
  const compromise = runCompromise((await import("compromise")).default);
  warmUp(() => runOurs(texts), warmUpMs);
  warmUp(() => compromise(texts), warmUpMs);
  const ours = [];
  const theirs = [];
  for (let index = 0; index < rounds; index++) {
    const pair = [
      () => ours.push(throughput(runOurs, texts, minMs)),
      () => theirs.push(throughput(compromise, texts, 0)),
    ];
    if (index % 2 === 1) pair.reverse();
    for (const measure of pair) measure();
  }
  const mbPerS = medianOf(ours, "cpu");
  const compromiseMbPerS = medianOf(theirs, "cpu");
  return {
    mbPerS,
    compromiseMbPerS,
    ratioVsCompromise: round(mbPerS / compromiseMbPerS),
    wallMbPerS: medianOf(ours, "wall"),
    compromiseWallMbPerS: medianOf(theirs, "wall"),
    text: { megabytes: round(megabytes(texts)), generatedArticles: generated, polnearFiles },
    rounds,
    samples: {
      mbPerS: ours.map((sample) => round(sample.cpu)),
      compromiseMbPerS: theirs.map((sample) => round(sample.cpu)),
    },
  };
}

/** Generated articles in both languages, parsed to mdast (parsing is never timed). */
function parsedArticles(count) {
  const parser = unified().use(remarkParse);
  return generateArticles(count, { seed: 11 }).map((article) => {
    const source = body(article.markdown);
    return { source, tree: parser.parse(source), lang: article.lang };
  });
}

const runTreePath = (inputs) => {
  for (const { source, tree, lang } of inputs) annotate(documentFromTree(tree, source), { lang });
};

/** Our core from parsed Markdown, as the remark plugin runs it, on generated articles in both languages. */
export function treePathThroughput({ generated, rounds, minMs, warmUpMs }) {
  const inputs = parsedArticles(generated);
  const sources = inputs.map((input) => input.source);
  warmUp(() => runTreePath(inputs), warmUpMs);
  const samples = Array.from({ length: rounds }, () => throughput(() => runTreePath(inputs), sources, minMs));
  return { mbPerS: medianOf(samples, "cpu"), wallMbPerS: medianOf(samples, "wall"), articles: generated };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { "ours-only": { type: "boolean" }, seconds: { type: "string", default: "5" } },
  });
  if (values["ours-only"]) {
    // Both entry points, as in the comparison and in a build.
    const { texts } = englishTexts({ generated: 100, polnear: true });
    const inputs = parsedArticles(100);
    const end = performance.now() + Number(values.seconds) * 1000;
    while (performance.now() < end) {
      runOurs(texts);
      runTreePath(inputs);
    }
  } else {
    console.log(
      JSON.stringify(
        await compareWithCompromise({ generated: 50, polnear: true, rounds: 3, minMs: 300, warmUpMs: 3000 }),
        null,
        2,
      ),
    );
  }
}
