/**
 * Build cost: fresh Astro sites of N generated articles (a content collection
 * and a page rendering each), built plain and with `explainer()`, on Sätteri
 * (Astro's default) and on unified. Every build is cold (caches and dist
 * removed first); plain and with alternate so drift on the shared machine
 * hits both. Wall time from here, peak RSS from GNU time (`%M`: the largest
 * resident set of the build process and the children it waited for).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticles } from "./generate.mjs";
import { median, round } from "./stats.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
export const WORK = join(BENCH, "work");
const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");
const GNU_TIME = "/usr/bin/time";

// The site reads its variant from the environment, so one config serves all four builds.
const CONFIG = `import { defineConfig } from "astro/config";

const processor =
  process.env.BENCH_PROCESSOR === "unified" ? (await import("@astrojs/markdown-remark")).unified() : undefined;
const integrations = process.env.BENCH_EXPLAINER === "1" ? [(await import("astro-explainer")).default()] : [];

export default defineConfig({ markdown: processor ? { processor } : {}, integrations });
`;

const CONTENT_CONFIG = `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const articles = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./content/articles" }),
  schema: z.object({ title: z.string(), description: z.string(), lang: z.string(), date: z.coerce.date() }),
});

export const collections = { articles };
`;

const PAGE = `---
import { getCollection, render } from "astro:content";
export async function getStaticPaths() {
  const articles = await getCollection("articles");
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang={article.data.lang}>
  <head><meta charset="utf-8" /><title>{article.data.title}</title></head>
  <body><h1>{article.data.title}</h1><Content /></body>
</html>
`;

/** Write (or reuse) a site of `count` generated articles; returns its root. */
export function prepareSite(count) {
  const root = join(WORK, `site-${count}`);
  const stamp = join(root, "generated.json");
  const expected = JSON.stringify({
    count,
    seed: 1,
    generator: readFileSync(join(BENCH, "generate.mjs"), "utf8").length,
  });
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === expected) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "content/articles"), { recursive: true });
  mkdirSync(join(root, "src/pages/articles"), { recursive: true });
  writeFileSync(join(root, "package.json"), '{ "name": "bench-site", "private": true, "type": "module" }\n');
  writeFileSync(join(root, "astro.config.mjs"), CONFIG);
  writeFileSync(join(root, "src/content.config.ts"), CONTENT_CONFIG);
  writeFileSync(join(root, "src/pages/articles/[id].astro"), PAGE);
  for (const article of generateArticles(count, { seed: 1 })) {
    writeFileSync(join(root, "content/articles", article.name), article.markdown);
  }
  writeFileSync(stamp, expected);
  return root;
}

/** Longest one build may take, in seconds, before it counts as failed (`BENCH_BUILD_LIMIT_S`). */
const BUILD_LIMIT_S = Number(process.env.BENCH_BUILD_LIMIT_S ?? 1200);

/**
 * One cold build: wall seconds, CPU seconds (user + system, all processes), peak RSS in MB and
 * pages written. A build that fails comes back with `failed` (out of memory, over the time limit,
 * or an error); an error is retried once, as the packages are measured live while others edit them.
 */
export function buildOnce(root, variant, retries = 1) {
  const sample = timedBuild(root, variant);
  if (sample.failed?.startsWith("error") && retries > 0) {
    console.warn(`  build failed, retrying once: ${sample.failed}`);
    spawnSync("sleep", ["5"]);
    return buildOnce(root, variant, retries - 1);
  }
  return sample;
}

/** The environment a bench site's build reads its processor and whether to add the explainer from. */
export function buildEnv({ processor, withExplainer }) {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    BENCH_PROCESSOR: processor,
    BENCH_EXPLAINER: withExplainer ? "1" : "0",
  };
}

function timedBuild(root, { processor, withExplainer }) {
  for (const cache of [".astro", "node_modules", "dist"]) rmSync(join(root, cache), { recursive: true, force: true });
  const timeFile = join(root, "time.txt");
  rmSync(timeFile, { force: true });
  // timeout(1) runs under GNU time, so the build's own usage is what gets counted.
  const command = [
    "timeout",
    "--kill-after=10",
    String(BUILD_LIMIT_S),
    process.execPath,
    ASTRO,
    "build",
    "--root",
    root,
  ];
  const useGnuTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = spawnSync(
    useGnuTime ? GNU_TIME : command[0],
    useGnuTime ? ["-f", "%M %U %S", "-o", timeFile, ...command] : command.slice(1),
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 << 20,
      env: buildEnv({ processor, withExplainer }),
    },
  );
  const seconds = (performance.now() - start) / 1000;
  const [peakKb, user, system] =
    useGnuTime && existsSync(timeFile)
      ? (readFileSync(timeFile, "utf8").trim().split("\n").at(-1) ?? "").split(" ").map(Number)
      : [];
  const sample = {
    seconds: round(seconds, 2),
    cpuSeconds: round((user ?? Number.NaN) + (system ?? Number.NaN), 2),
    peakRssMb: round((peakKb ?? Number.NaN) / 1024, 1),
  };
  if (result.status === 0) {
    // The integration adds pages (people, organizations, who said what): part of its cost.
    const files = readdirSync(join(root, "dist"), { recursive: true, encoding: "utf8" });
    const html = files.filter((file) => file.endsWith(".html"));
    const megabytes = (path) => (existsSync(path) ? round(statSync(path).size / 1e6, 1) : null);
    return {
      ...sample,
      pages: html.length,
      htmlMb: round(html.reduce((sum, file) => sum + statSync(join(root, "dist", file)).size, 0) / 1e6, 1),
      // Astro's content store: every entry's rendered HTML and plugin frontmatter.
      dataStoreMb: megabytes(join(root, "node_modules/.astro/data-store.json")),
    };
  }
  const output = `${result.stdout}\n${result.stderr}`;
  if (/heap out of memory/i.test(output)) return { ...sample, failed: "out of memory (JavaScript heap limit)" };
  if (result.status === 124 || result.status === 137) return { ...sample, failed: `over the ${BUILD_LIMIT_S} s limit` };
  const lines = output.split("\n").filter((line) => line.trim() && !/\[WARN\]|├─/.test(line));
  return {
    ...sample,
    failed: `error (${processor}, explainer: ${withExplainer}): ${lines.slice(-6).join(" ").slice(0, 600)}`,
  };
}

const describe = (sample) =>
  `${sample.seconds.toFixed(2)} s (CPU ${sample.cpuSeconds.toFixed(2)} s), ${sample.peakRssMb.toFixed(0)} MB${sample.failed ? `, FAILED: ${sample.failed}` : ""}`;

/** Median of `key` over samples, or null when a sample failed (a failure has no time to compare). */
const medianOf = (samples, key, digits) =>
  samples.length > 0 && samples.every((s) => !s.failed) ? round(median(samples.map((s) => s[key])), digits) : null;
const ratioOf = (a, b) => (a === null || b === null ? null : round(a / b));

/**
 * Plain and with, alternating, `runs` times each, on one processor; medians and ratios
 * (null when a build failed; a variant that failed is not built again).
 */
export function compareBuilds({ articles, processor, runs, log = () => {} }) {
  const root = prepareSite(articles);
  // Untimed: the first build after a change pays for Node's compile cache and the disk cache.
  buildOnce(root, { processor, withExplainer: false });
  const plain = [];
  const withExplainer = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [false, true] : [true, false];
    for (const flag of order) {
      const samples = flag ? withExplainer : plain;
      if (samples.some((s) => s.failed)) continue;
      const sample = buildOnce(root, { processor, withExplainer: flag });
      samples.push(sample);
      log(`  ${processor} ${flag ? "with " : "plain"} ${articles} articles: ${describe(sample)}`);
    }
  }
  const plainS = medianOf(plain, "seconds", 2);
  const withS = medianOf(withExplainer, "seconds", 2);
  const plainCpuS = medianOf(plain, "cpuSeconds", 2);
  const withCpuS = medianOf(withExplainer, "cpuSeconds", 2);
  const plainPeakRssMb = medianOf(plain, "peakRssMb", 1);
  const withPeakRssMb = medianOf(withExplainer, "peakRssMb", 1);
  const failures = [...plain, ...withExplainer].filter((s) => s.failed).map((s) => s.failed);
  return {
    articles,
    processor,
    runs,
    plainS,
    withS,
    ratio: ratioOf(withS, plainS),
    plainCpuS,
    withCpuS,
    cpuRatio: ratioOf(withCpuS, plainCpuS),
    plainPeakRssMb,
    withPeakRssMb,
    rssRatio: ratioOf(withPeakRssMb, plainPeakRssMb),
    pages: { plain: plain[0]?.pages ?? null, withExplainer: withExplainer[0]?.pages ?? null },
    htmlMb: { plain: plain[0]?.htmlMb ?? null, withExplainer: withExplainer[0]?.htmlMb ?? null },
    dataStoreMb: { plain: plain[0]?.dataStoreMb ?? null, withExplainer: withExplainer[0]?.dataStoreMb ?? null },
    ...(failures.length > 0 ? { failures } : {}),
    samples: { plain, withExplainer },
  };
}

/**
 * Per-article cost with the integration on Sätteri at each size: (median build
 * time at N − median build time of a one-article site) / N, so Astro's fixed
 * start-up cost does not pass for a per-article cost; the same in CPU time,
 * which other work on a shared machine disturbs less. Each size alternates with
 * the one-article build; a size whose build fails is not built again and gets
 * null. `known` supplies samples already taken (the 1,000-article comparison).
 */
export function scaling({ sizes, runs, known = {}, log = () => {} }) {
  const build = (root) => buildOnce(root, { processor: "satteri", withExplainer: true });
  const baselineRoot = prepareSite(1);
  build(baselineRoot); // warm-up, untimed
  const baseline = [];
  const samples = {};
  for (const size of sizes) {
    const root = prepareSite(size);
    samples[size] = [...(known[size] ?? [])];
    const needed = Math.max(0, (runs[size] ?? 1) - samples[size].length);
    for (let run = 0; run < Math.max(needed, 1); run++) {
      baseline.push(build(baselineRoot));
      if (run < needed && !samples[size].some((s) => s.failed)) {
        const sample = build(root);
        samples[size].push(sample);
        log(`  satteri with ${size} articles: ${describe(sample)}`);
      }
    }
  }
  const fixedS = medianOf(baseline, "seconds", 2);
  const fixedCpuS = medianOf(baseline, "cpuSeconds", 2);
  const perArticle = (total, fixed, size) =>
    total === null || fixed === null ? null : round(((total - fixed) / size) * 1000, 2);
  const bySize = (compute) => Object.fromEntries(sizes.map((size) => [size, compute(size)]));
  const wallS = bySize((size) => medianOf(samples[size], "seconds", 2));
  const msPerArticle = bySize((size) => perArticle(wallS[size], fixedS, size));
  const cpuMsPerArticle = bySize((size) => perArticle(medianOf(samples[size], "cpuSeconds", 2), fixedCpuS, size));
  // Largest over smallest; null when a size failed or noise made a cost non-positive (too small to tell).
  const spread = (costs) => {
    const values = Object.values(costs);
    return values.every((v) => v !== null && v > 0) ? round(Math.max(...values) / Math.min(...values)) : null;
  };
  const failures = bySize((size) => samples[size].find((s) => s.failed)?.failed ?? null);
  return {
    processor: "satteri",
    withExplainer: true,
    fixedS,
    fixedCpuS,
    wallS,
    msPerArticle,
    cpuMsPerArticle,
    spread: spread(msPerArticle),
    cpuSpread: spread(cpuMsPerArticle),
    peakRssMb: bySize(
      (size) => medianOf(samples[size], "peakRssMb", 1) ?? Math.max(...samples[size].map((s) => s.peakRssMb)),
    ),
    pages: bySize((size) => samples[size].find((s) => s.pages)?.pages ?? null),
    runs: bySize((size) => samples[size].length),
    ...(Object.values(failures).some(Boolean) ? { failures } : {}),
  };
}
