/**
 * Annotator throughput: our core against compromise on the same English text,
 * in alternating rounds, medians; also our core through the mdast path
 * (`documentFromTree`) on generated Markdown in both languages, and on
 * Indonesian news. Each measurement runs in a child process of its own, which
 * warms the annotator up and then times it: in one process the two
 * annotators share a heap and V8's caches, and whichever ran last slows the
 * other (ours measured 8.4 MB/s right after compromise's samples and 9.6–10.2
 * alone, with the same warm-up).
 *
 * CLI: node bench/annotator.mjs --side ours|compromise|tree|indonesian [--samples 1 --min-ms 500 --warm-up-ms 3000 --generated 100 --polnear]
 * prints that side's samples as JSON; `--ours-only --seconds 5` runs our core for `node --cpu-prof` (profile.mjs).
 */
import { spawnSync } from "node:child_process";
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

/**
 * The runner and texts of one side: our core on the English mix, compromise on the same,
 * our core from mdast on generated Markdown (both languages), our core on Indonesian news.
 */
async function sideOf(side, { generated, polnear }) {
  if (side === "ours" || side === "compromise") {
    const { texts } = englishTexts({ generated, polnear });
    if (side === "ours") return { run: runOurs, texts };
    return { run: runCompromise((await import("compromise")).default), texts };
  }
  if (side === "tree") {
    const inputs = parsedArticles(generated);
    return { run: () => runTreePath(inputs), texts: inputs.map((input) => input.source) };
  }
  if (side === "indonesian") return { run: (batch) => runOurs(batch, "id"), texts: indonesianTexts() };
  throw new Error(`annotator bench: no side "${side}"`);
}

/** Measure one side in this process: warm up, then `samples` timed samples, and the size of its text. */
export async function measureSide(side, { generated, polnear, samples, minMs, warmUpMs }) {
  const { run, texts } = await sideOf(side, { generated, polnear });
  const measured = { samples: [], megabytes: round(megabytes(texts)), texts: texts.length };
  if (texts.length === 0) return measured;
  warmUp(() => run(texts), warmUpMs);
  // compromise's single pass takes seconds: one pass is a sample.
  for (let n = 0; n < samples; n++) measured.samples.push(throughput(run, texts, side === "compromise" ? 0 : minMs));
  return measured;
}

/** `measureSide` in a fresh child process (see the module comment). */
function measureInChild(side, options) {
  const args = [
    ...["--side", side, "--samples", String(options.samples), "--min-ms", String(options.minMs)],
    ...["--warm-up-ms", String(options.warmUpMs), "--generated", String(options.generated)],
    ...(options.polnear ? ["--polnear"] : []),
  ];
  const child = spawnSync(process.execPath, [import.meta.filename, ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`annotator bench, side ${side}:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

/** Ours and compromise in alternating order, a child process each, `rounds` times; medians and their ratio. */
export function compareWithCompromise({ generated, polnear, rounds, minMs, warmUpMs }) {
  const { texts, polnearFiles } = englishTexts({ generated, polnear });
  const options = { generated, polnear, samples: 1, minMs, warmUpMs };
  const ours = [];
  const theirs = [];
  for (let index = 0; index < rounds; index++) {
    const pair = [
      () => ours.push(...measureInChild("ours", options).samples),
      () => theirs.push(...measureInChild("compromise", options).samples),
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

/** Our core alone, one child process, `rounds` samples: from mdast (`"tree"`) or on Indonesian news. */
export function oursThroughput(side, { generated, rounds, minMs, warmUpMs }) {
  const measured = measureInChild(side, { generated, polnear: false, samples: rounds, minMs, warmUpMs });
  if (measured.samples.length === 0) return undefined;
  const { samples, ...size } = measured;
  return { mbPerS: medianOf(samples, "cpu"), wallMbPerS: medianOf(samples, "wall"), ...size };
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      side: { type: "string" },
      samples: { type: "string", default: "1" },
      "min-ms": { type: "string", default: "500" },
      "warm-up-ms": { type: "string", default: "3000" },
      generated: { type: "string", default: "100" },
      polnear: { type: "boolean", default: false },
      "ours-only": { type: "boolean" },
      seconds: { type: "string", default: "5" },
    },
  });
  if (values.side) {
    const measured = await measureSide(values.side, {
      generated: Number(values.generated),
      polnear: values.polnear,
      samples: Number(values.samples),
      minMs: Number(values["min-ms"]),
      warmUpMs: Number(values["warm-up-ms"]),
    });
    console.log(JSON.stringify(measured));
  } else if (values["ours-only"]) {
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
        compareWithCompromise({ generated: 50, polnear: true, rounds: 3, minMs: 300, warmUpMs: 3000 }),
        null,
        2,
      ),
    );
  }
}
