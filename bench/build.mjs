/**
 * Build cost: fresh Astro sites of N generated articles (a content collection
 * and a page rendering each), built plain and with `explainer()`, on Sätteri
 * (Astro's default) and on unified. Every build is cold (caches and dist
 * removed first); plain and with alternate so drift on the shared machine
 * hits both. Wall time from here, peak RSS from GNU time (`%M`: the largest
 * resident set of the build process and the children it waited for).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * One cold build; returns wall seconds, CPU seconds (user + system, all processes) and peak RSS in MB.
 * A failed build is retried once: the packages are measured live while others edit them.
 */
export function buildOnce(root, variant, retries = 1) {
  try {
    return timedBuild(root, variant);
  } catch (error) {
    if (retries === 0) throw error;
    console.warn(`  build failed, retrying once: ${String(error).split("\n").slice(0, 3).join(" ")}`);
    spawnSync("sleep", ["5"]);
    return buildOnce(root, variant, retries - 1);
  }
}

function timedBuild(root, { processor, withExplainer }) {
  for (const cache of [".astro", "node_modules", "dist"]) rmSync(join(root, cache), { recursive: true, force: true });
  const timeFile = join(root, "time.txt");
  const command = [process.execPath, ASTRO, "build", "--root", root];
  const useGnuTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = spawnSync(
    useGnuTime ? GNU_TIME : command[0],
    useGnuTime ? ["-f", "%M %U %S", "-o", timeFile, ...command] : command.slice(1),
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 << 20,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        BENCH_PROCESSOR: processor,
        BENCH_EXPLAINER: withExplainer ? "1" : "0",
      },
    },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    throw new Error(
      `astro build failed (${root}, ${processor}, explainer: ${withExplainer}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  const [peakKb, user, system] = useGnuTime
    ? (readFileSync(timeFile, "utf8").trim().split("\n").at(-1) ?? "").split(" ").map(Number)
    : [];
  return {
    seconds: round(seconds, 2),
    cpuSeconds: round((user ?? Number.NaN) + (system ?? Number.NaN), 2),
    peakRssMb: round((peakKb ?? Number.NaN) / 1024, 1),
    // The integration adds index pages (people, organizations, who said what): part of its cost.
    pages: readdirSync(join(root, "dist"), { recursive: true }).filter((file) => String(file).endsWith(".html")).length,
  };
}

/** Plain and with, alternating, `runs` times each, on one processor; medians and ratios. */
export function compareBuilds({ articles, processor, runs, log = () => {} }) {
  const root = prepareSite(articles);
  // Untimed: the first build after a change pays for Node's compile cache and the disk cache.
  buildOnce(root, { processor, withExplainer: true });
  const plain = [];
  const withExplainer = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [false, true] : [true, false];
    for (const flag of order) {
      const sample = buildOnce(root, { processor, withExplainer: flag });
      (flag ? withExplainer : plain).push(sample);
      log(
        `  ${processor} ${flag ? "with " : "plain"} ${articles} articles: ${sample.seconds.toFixed(2)} s (CPU ${sample.cpuSeconds.toFixed(2)} s), ${sample.peakRssMb.toFixed(0)} MB`,
      );
    }
  }
  const plainS = median(plain.map((s) => s.seconds));
  const withS = median(withExplainer.map((s) => s.seconds));
  const plainCpuS = median(plain.map((s) => s.cpuSeconds));
  const withCpuS = median(withExplainer.map((s) => s.cpuSeconds));
  const plainPeakRssMb = median(plain.map((s) => s.peakRssMb));
  const withPeakRssMb = median(withExplainer.map((s) => s.peakRssMb));
  return {
    articles,
    processor,
    runs,
    plainS: round(plainS, 2),
    withS: round(withS, 2),
    ratio: round(withS / plainS),
    plainCpuS: round(plainCpuS, 2),
    withCpuS: round(withCpuS, 2),
    cpuRatio: round(withCpuS / plainCpuS),
    plainPeakRssMb: round(plainPeakRssMb, 1),
    withPeakRssMb: round(withPeakRssMb, 1),
    rssRatio: round(withPeakRssMb / plainPeakRssMb),
    pages: { plain: plain[0]?.pages, withExplainer: withExplainer[0]?.pages },
    samples: { plain, withExplainer },
  };
}

/**
 * Per-article cost with the integration on Sätteri at each size: (median build
 * time at N − median build time of a one-article site) / N, so Astro's fixed
 * start-up cost does not pass for a per-article cost; the same in CPU time,
 * which other work on a shared machine disturbs less. Each size alternates with
 * the one-article build. `known` supplies samples already taken (the 1,000-article
 * comparison) so they are not built again.
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
      if (run < needed) {
        const sample = build(root);
        samples[size].push(sample);
        log(`  satteri with ${size} articles: ${sample.seconds.toFixed(2)} s (CPU ${sample.cpuSeconds.toFixed(2)} s)`);
      }
    }
  }
  const fixedS = median(baseline.map((s) => s.seconds));
  const fixedCpuS = median(baseline.map((s) => s.cpuSeconds));
  const wallS = {};
  const msPerArticle = {};
  const cpuMsPerArticle = {};
  for (const size of sizes) {
    const wall = median(samples[size].map((s) => s.seconds));
    const cpu = median(samples[size].map((s) => s.cpuSeconds));
    wallS[size] = round(wall, 2);
    msPerArticle[size] = round(((wall - fixedS) / size) * 1000, 2);
    cpuMsPerArticle[size] = round(((cpu - fixedCpuS) / size) * 1000, 2);
  }
  // Largest over smallest; undefined when noise made a cost non-positive (then the sizes are too small to tell).
  const spread = (perArticle) => {
    const values = Object.values(perArticle);
    return Math.min(...values) > 0 ? round(Math.max(...values) / Math.min(...values)) : null;
  };
  return {
    processor: "satteri",
    withExplainer: true,
    fixedS: round(fixedS, 2),
    fixedCpuS: round(fixedCpuS, 2),
    wallS,
    msPerArticle,
    cpuMsPerArticle,
    spread: spread(msPerArticle),
    cpuSpread: spread(cpuMsPerArticle),
    runs: Object.fromEntries(sizes.map((size) => [size, samples[size].length])),
  };
}
