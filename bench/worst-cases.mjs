/**
 * Worst cases must stay linear: each is timed at size n and 2n, and the ratio
 * reported (≈2 is linear). Every measurement runs in its own process with a
 * time limit, so a quadratic annotator shows up as a timeout, not a hang.
 *
 * Child CLI: node bench/worst-cases.mjs --case quotes --size 10000 --runs 5
 *   prints { ms, wallMs, bytes } as JSON (medians of the runs; ms is CPU time, robust on a shared machine).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { annotate, documentFromTree } from "remark-explainer/core";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { cpuMs } from "./annotator.mjs";
import { worstNames, worstParagraph, worstQuotes } from "./generate.mjs";
import { median, round } from "./stats.mjs";

/** What each case measures; `size` is in the case's own unit. */
export const CASES = {
  paragraph: { unit: "bytes", size: 1_000_000, make: (size) => worstParagraph(size, { lang: "id" }), lang: "id" },
  quotes: { unit: "quotes", size: 10_000, make: (size) => worstQuotes(size, { lang: "id" }), lang: "id" },
  names: { unit: "names", size: 5_000, make: (size) => worstNames(size, { lang: "en" }), lang: "en" },
};

/** Median time of `documentFromTree` + `annotate` over `runs` runs; generating and parsing are not timed. */
function measure(name, size, runs) {
  const spec = CASES[name];
  const markdown = spec.make(size);
  const source = markdown.replace(/^---\n[\s\S]*?\n---\n+/, "");
  const tree = unified().use(remarkParse).parse(source);
  // Untimed: the first call pays for building the language's lexicon and for JIT compilation.
  const small = spec.make(CASES[name].size / 1000).replace(/^---\n[\s\S]*?\n---\n+/, "");
  annotate(documentFromTree(unified().use(remarkParse).parse(small), small), { lang: spec.lang });
  const cpu = [];
  const wall = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const startCpu = cpuMs();
    annotate(documentFromTree(tree, source), { lang: spec.lang });
    cpu.push(cpuMs() - startCpu);
    wall.push(performance.now() - start);
  }
  return { ms: round(median(cpu), 1), wallMs: round(median(wall), 1), bytes: Buffer.byteLength(source) };
}

function measureInChild(name, size, runs, timeoutMs) {
  const result = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), "--case", name, "--size", String(size), "--runs", String(runs)],
    { encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 20 },
  );
  if (result.error?.code === "ETIMEDOUT" || result.signal) return { timedOut: true, limitMs: timeoutMs };
  if (result.status !== 0) throw new Error(`worst case ${name} (${size}) failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/**
 * Each case at n and 2n (`scale` shrinks n for quick runs), alternating n and 2n
 * processes `rounds` times; the ratio of the medians.
 */
export function worstCases({ scale = 1, runs = 5, rounds = 1, timeoutMs = 120_000 } = {}) {
  const results = {};
  for (const [name, spec] of Object.entries(CASES)) {
    const n = Math.max(1, Math.round(spec.size * scale));
    const small = [];
    const large = [];
    for (let index = 0; index < rounds; index++) {
      small.push(measureInChild(name, n, runs, timeoutMs));
      large.push(measureInChild(name, 2 * n, runs, timeoutMs));
    }
    const timedOut = [...small, ...large].some((sample) => sample.timedOut);
    const nMs = timedOut ? null : median(small.map((sample) => sample.ms));
    const twoNMs = timedOut ? null : median(large.map((sample) => sample.ms));
    results[name] = {
      unit: spec.unit,
      n,
      nBytes: small[0]?.bytes ?? null,
      nMs,
      twoNMs,
      ...(timedOut
        ? {}
        : {
            nWallMs: median(small.map((sample) => sample.wallMs)),
            twoNWallMs: median(large.map((sample) => sample.wallMs)),
          }),
      ratio: timedOut ? null : round(twoNMs / nMs, 2),
      ...(timedOut ? { timedOut: true, limitMs: timeoutMs } : {}),
    };
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { case: { type: "string" }, size: { type: "string" }, runs: { type: "string", default: "5" } },
  });
  if (values.case) {
    console.log(JSON.stringify(measure(values.case, Number(values.size), Number(values.runs))));
  } else {
    console.log(JSON.stringify(worstCases(), null, 2));
  }
}
