/**
 * Build cost: fresh Astro sites of N generated articles (a content collection
 * and a page rendering each), built plain and with `explainer()`, on Sätteri
 * (Astro's default) and on unified. Every build is cold (caches and dist
 * removed first); plain and with alternate so drift on the shared machine
 * hits both. Wall time from here, peak RSS from GNU time (`%M`: the largest
 * resident set of the build process and the children it waited for).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** One cold build; returns wall seconds and peak RSS in MB. */
export function buildOnce(root, { processor, withExplainer }) {
  for (const cache of [".astro", "node_modules", "dist"]) rmSync(join(root, cache), { recursive: true, force: true });
  const timeFile = join(root, "time.txt");
  const command = [process.execPath, ASTRO, "build", "--root", root];
  const useGnuTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = spawnSync(
    useGnuTime ? GNU_TIME : command[0],
    useGnuTime ? ["-f", "%M", "-o", timeFile, ...command] : command.slice(1),
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
  const peakKb = useGnuTime ? Number(readFileSync(timeFile, "utf8").trim().split("\n").at(-1)) : Number.NaN;
  return { seconds, peakRssMb: peakKb / 1024 };
}

/** Plain and with, alternating, `runs` times each, on one processor; medians and ratios. */
export function compareBuilds({ articles, processor, runs, log = () => {} }) {
  const root = prepareSite(articles);
  const plain = [];
  const withExplainer = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [false, true] : [true, false];
    for (const flag of order) {
      const sample = buildOnce(root, { processor, withExplainer: flag });
      (flag ? withExplainer : plain).push(sample);
      log(
        `  ${processor} ${flag ? "with " : "plain"} ${articles} articles: ${sample.seconds.toFixed(2)} s, ${sample.peakRssMb.toFixed(0)} MB`,
      );
    }
  }
  const plainS = median(plain.map((s) => s.seconds));
  const withS = median(withExplainer.map((s) => s.seconds));
  const plainPeakRssMb = median(plain.map((s) => s.peakRssMb));
  const withPeakRssMb = median(withExplainer.map((s) => s.peakRssMb));
  return {
    articles,
    processor,
    runs,
    plainS: round(plainS, 2),
    withS: round(withS, 2),
    ratio: round(withS / plainS),
    plainPeakRssMb: round(plainPeakRssMb, 1),
    withPeakRssMb: round(withPeakRssMb, 1),
    rssRatio: round(withPeakRssMb / plainPeakRssMb),
    samples: {
      plainS: plain.map((s) => round(s.seconds, 2)),
      withS: withExplainer.map((s) => round(s.seconds, 2)),
    },
  };
}

/**
 * Per-article cost with the integration on Sätteri at each size: (median build
 * time at N − median build time of a one-article site) / N, so Astro's fixed
 * start-up cost does not pass for a per-article cost. Each size alternates with
 * the one-article build. `known` supplies samples already taken (the 1,000-article
 * comparison) so they are not built again.
 */
export function scaling({ sizes, runs, known = {}, log = () => {} }) {
  const baselineRoot = prepareSite(1);
  const baseline = [];
  const wall = {};
  for (const size of sizes) {
    const root = prepareSite(size);
    wall[size] = [...(known[size] ?? [])];
    const needed = Math.max(0, (runs[size] ?? 1) - wall[size].length);
    for (let run = 0; run < Math.max(needed, 1); run++) {
      baseline.push(buildOnce(baselineRoot, { processor: "satteri", withExplainer: true }).seconds);
      if (run < needed) {
        const { seconds } = buildOnce(root, { processor: "satteri", withExplainer: true });
        wall[size].push(seconds);
        log(`  satteri with ${size} articles: ${seconds.toFixed(2)} s`);
      }
    }
  }
  const fixedS = median(baseline);
  const msPerArticle = {};
  const wallS = {};
  for (const size of sizes) {
    wallS[size] = round(median(wall[size]), 2);
    msPerArticle[size] = round(((median(wall[size]) - fixedS) / size) * 1000, 2);
  }
  const values = Object.values(msPerArticle);
  return {
    processor: "satteri",
    withExplainer: true,
    fixedS: round(fixedS, 2),
    wallS,
    msPerArticle,
    spread: round(Math.max(...values) / Math.min(...values)),
  };
}
