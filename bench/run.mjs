/**
 * `npm run bench`: annotator throughput against compromise, worst cases,
 * a CPU profile, build cost (plain vs explainer() on Sätteri and unified),
 * per-article scaling and page weight. Prints medians, ratios and targets;
 * writes bench/results.json (quick runs: bench/work/results.quick.json).
 *
 *   npm run bench                      full run (minutes; the committed results)
 *   npm run bench -- --quick           small smoke run for development
 *   npm run bench -- --only build,page sections to run (the others are kept from the output file)
 *   --wait-quiet 600                   first wait up to 600 s for the 1-minute load average to fall below 1.5
 *   --articles 1000 --runs 3 --scaling 100,1000,5000 --processors satteri,unified --page-dist dist --out file
 * Environment equivalents: BENCH_ARTICLES, BENCH_RUNS, BENCH_SCALING.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compareWithCompromise, oursThroughput } from "./annotator.mjs";
import { compareBuilds, scaling } from "./build.mjs";
import { pageWeight } from "./page.mjs";
import { profileAnnotator, profileBuild } from "./profile.mjs";
import { worstCases } from "./worst-cases.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const SECTIONS = ["annotator", "worst", "profile", "build", "scaling", "page"];

const { values } = parseArgs({
  options: {
    quick: { type: "boolean" },
    only: { type: "string" },
    articles: { type: "string" },
    runs: { type: "string" },
    scaling: { type: "string" },
    processors: { type: "string" },
    "page-dist": { type: "string" },
    out: { type: "string" },
    "wait-quiet": { type: "string" },
  },
});
const quick = values.quick === true;
const settings = {
  sections: (values.only ?? SECTIONS.join(",")).split(","),
  articles: Number(values.articles ?? process.env.BENCH_ARTICLES ?? (quick ? 20 : 1000)),
  runs: Number(values.runs ?? process.env.BENCH_RUNS ?? (quick ? 1 : 3)),
  scaling: (values.scaling ?? process.env.BENCH_SCALING ?? (quick ? "10,20" : "100,1000,5000")).split(",").map(Number),
  processors: (values.processors ?? "satteri,unified").split(","),
  out: values.out ?? (quick ? join(BENCH, "work/results.quick.json") : join(BENCH, "results.json")),
};
for (const section of settings.sections) if (!SECTIONS.includes(section)) throw new Error(`unknown section ${section}`);
const runs = (section) => settings.sections.includes(section);
const log = (line) => console.log(line);

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);

/** The commit measured, and whether the packages had uncommitted changes (others work in the same tree). */
const commit = () => {
  try {
    const git = (...args) => execFileSync("git", args, { cwd: BENCH, encoding: "utf8" }).trim();
    return {
      commit: git("rev-parse", "--short", "HEAD"),
      pluginsChanged: git("status", "--porcelain", "plugins") !== "",
    };
  } catch {
    return { commit: "unknown", pluginsChanged: null };
  }
};

/** On a shared machine, start when others are idle (or give up waiting and say so). */
async function waitQuiet(seconds) {
  const until = Date.now() + seconds * 1000;
  while ((os.loadavg()[0] ?? 0) >= 1.5 && Date.now() < until) {
    log(`waiting for a quiet machine (load ${os.loadavg()[0]?.toFixed(2)})…`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}
if (values["wait-quiet"]) await waitQuiet(Number(values["wait-quiet"]));

const previous = existsSync(settings.out) ? JSON.parse(readFileSync(settings.out, "utf8")) : {};
const results = { ...previous, quick, machine: machine() };
// Sections may come from different runs (--only): each says when, on what code and under what load.
const timings = { ...previous.sectionsRunAt };

async function section(name, run) {
  if (!runs(name)) return;
  const start = performance.now();
  const context = { startedAt: new Date().toISOString(), ...commit(), loadAverageAtStart: loadAverage() };
  log(`\n== ${name}`);
  await run();
  timings[name] = { ...context, finishedAt: new Date().toISOString(), loadAverageAtEnd: loadAverage() };
  log(`   (${((performance.now() - start) / 1000).toFixed(1)} s)`);
}

await section("annotator", async () => {
  const timing = { rounds: quick ? 1 : 5, minMs: quick ? 100 : 500, warmUpMs: quick ? 0 : 3000 };
  const comparison = compareWithCompromise({ generated: quick ? 10 : 100, polnear: !quick, ...timing });
  const indonesian = quick ? undefined : oursThroughput("indonesian", { generated: 0, ...timing });
  results.annotator = {
    ...comparison,
    treePath: oursThroughput("tree", { generated: quick ? 10 : 200, ...timing }),
    ...(indonesian ? { indonesian: { ...indonesian, corpus: "pfsa-id dev" } } : {}),
  };
  log(
    `   ours ${comparison.mbPerS} MB/s, compromise ${comparison.compromiseMbPerS} MB/s: ×${comparison.ratioVsCompromise} by CPU time (wall: ${comparison.wallMbPerS} and ${comparison.compromiseWallMbPerS}; median of ${comparison.rounds}, ${comparison.text.megabytes} MB of English)`,
  );
  log(`   ours from mdast (id + en Markdown): ${results.annotator.treePath.mbPerS} MB/s`);
  if (results.annotator.indonesian)
    log(`   ours on ${results.annotator.indonesian.corpus}: ${results.annotator.indonesian.mbPerS} MB/s`);
});

await section("worst", () => {
  results.worstCases = worstCases(quick ? { scale: 0.05, runs: 1 } : { scale: 1, runs: 5, rounds: 3 });
  for (const [name, result] of Object.entries(results.worstCases)) {
    log(
      `   ${name}: n=${result.n} ${result.unit} ${result.nMs} ms, 2n ${result.twoNMs} ms, ratio ${result.ratio}${result.timedOut ? " (timed out)" : ""}`,
    );
  }
});

await section("profile", () => {
  results.profile = profileAnnotator({ seconds: quick ? 1 : 10, top: 15 });
  // A whole build, plain and with, so each part's extra cost shows.
  results.buildProfile = [false, true].map((withExplainer) =>
    profileBuild({ articles: quick ? 20 : 300, processor: "satteri", withExplainer, top: 10 }),
  );
  for (const entry of results.profile.top.slice(0, 8))
    log(`   ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.function}`);
});

await section("build", () => {
  results.builds = settings.processors.map((processor) =>
    compareBuilds({ articles: settings.articles, processor, runs: settings.runs, log }),
  );
  results.build = results.builds.find((build) => build.processor === "satteri") ?? results.builds[0];
  for (const build of results.builds) {
    log(
      `   ${build.processor}: plain ${build.plainS} s / with ${build.withS} s = ×${build.ratio} (CPU ×${build.cpuRatio}); peak RSS ${build.plainPeakRssMb} / ${build.withPeakRssMb} MB = ×${build.rssRatio}`,
    );
    log(
      `   ${build.processor}, one-line explainer() (cards in the Markdown): ${build.oneLine.withS} s = ×${build.oneLine.ratio} (CPU ×${build.oneLine.cpuRatio}); peak RSS ${build.oneLine.withPeakRssMb} MB = ×${build.oneLine.rssRatio}`,
    );
  }
});

await section("scaling", () => {
  // The 1,000-article (or --articles) Sätteri builds with the integration count as samples here.
  const satteri = results.builds?.find(
    (build) => build.processor === "satteri" && build.articles === settings.articles,
  );
  const known = satteri && runs("build") ? { [settings.articles]: satteri.samples.withExplainer } : {};
  // Small sites are cheap and noisy: more runs; the largest gets fewer.
  const perSize = Object.fromEntries(
    settings.scaling.map((size) => [
      size,
      size < 1000 ? settings.runs + 2 : size >= 5000 ? Math.max(1, settings.runs - 1) : settings.runs,
    ]),
  );
  results.scaling = scaling({ sizes: settings.scaling, runs: perSize, known, log });
  log(
    `   ms per article: ${JSON.stringify(results.scaling.msPerArticle)} (fixed start-up ${results.scaling.fixedS} s), spread ×${results.scaling.spread}; CPU ms per article ${JSON.stringify(results.scaling.cpuMsPerArticle)}, spread ×${results.scaling.cpuSpread}`,
  );
});

await section("page", () => {
  results.page = pageWeight(values["page-dist"] ? { dist: values["page-dist"] } : {});
  log(`   ${results.page.page}: JS ${results.page.jsBytesGz} B gz, CSS ${results.page.cssBytesGz} B gz`);
});

results.sectionsRunAt = timings;
results.targets = targets(results);
log("\n== targets");
for (const [name, target] of Object.entries(results.targets))
  log(`   ${target.met ? "met   " : "MISSED"} ${name}: ${target.value} (target ${target.target})`);

mkdirSync(dirname(settings.out), { recursive: true });
writeFileSync(settings.out, `${JSON.stringify(results, null, 2)}\n`);
log(`\nwrote ${settings.out}`);

/** Each target of issue 6 with the measured value and whether it is met. */
function targets({ annotator, worstCases: worst, builds, scaling: scale, page }) {
  const list = {};
  const add = (name, value, target, met) => {
    if (value !== undefined) list[name] = { value, target, met: value !== null && met };
  };
  add("annotator MB/s", annotator?.mbPerS, "≥ 10", annotator?.mbPerS >= 10);
  add("annotator × compromise", annotator?.ratioVsCompromise, "≈ 100", annotator?.ratioVsCompromise >= 100);
  for (const build of builds ?? []) {
    add(`build time × (${build.processor}, ${build.articles})`, build.ratio, "≤ 1.15", build.ratio <= 1.15);
    add(`build CPU time × (${build.processor}, ${build.articles})`, build.cpuRatio, "≤ 1.15", build.cpuRatio <= 1.15);
    add(`build peak RSS × (${build.processor}, ${build.articles})`, build.rssRatio, "≤ 1.10", build.rssRatio <= 1.1);
  }
  add("per-article cost spread", scale?.spread, "≤ 1.10", scale?.spread <= 1.1);
  add("per-article CPU cost spread", scale?.cpuSpread, "≤ 1.10", scale?.cpuSpread <= 1.1);
  for (const [name, result] of Object.entries(worst ?? {}))
    add(`worst case ${name} 2n/n`, result.ratio, "≤ 2.2", result.ratio !== null && result.ratio <= 2.2);
  add("page JS bytes gz", page?.jsBytesGz, "≤ 2048", page?.jsBytesGz <= 2048);
  return list;
}
