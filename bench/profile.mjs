/**
 * Where the time goes, from `node --cpu-prof`: our core alone (self time per
 * function), and a whole Astro build with the integration (self time per part:
 * annotator, tree rewrite, integration, Markdown processor, Astro, V8, GC).
 *
 * CLI: node bench/profile.mjs [--seconds 5] [--top 15] [--build 300]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildEnv, prepareSite, WORK } from "./build.mjs";
import { round } from "./stats.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);

/**
 * Self time per function (name, file:line), largest first, as shares of the
 * sampled time spent under one of the `within` functions (the bench's measured
 * loops), so setup (generating and parsing the input) is left out; all samples when `within` is empty.
 */
export function summariseProfile(profile, top, within = ["runOurs", "runTreePath"]) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const measured = new Map();
  const isMeasured = (id) => {
    if (within.length === 0) return true;
    if (id === undefined) return false;
    if (!measured.has(id))
      measured.set(id, within.includes(byId.get(id).callFrame.functionName) || isMeasured(parent.get(id)));
    return measured.get(id);
  };
  const self = new Map();
  const files = new Map();
  let total = 0;
  profile.samples.forEach((id, index) => {
    if (!isMeasured(id)) return;
    const delta = profile.timeDeltas[index] ?? 0;
    const { callFrame } = byId.get(id);
    const file = callFrame.url.startsWith("file:") ? relative(ROOT, fileURLToPath(callFrame.url)) : callFrame.url;
    // Regular expressions are named by their source, which can run to kilobytes.
    const name = callFrame.functionName || "(anonymous)";
    const shortName = name.length > 100 ? `${name.slice(0, 100)}…` : name;
    const key = `${shortName} ${file ? `${file}:${callFrame.lineNumber + 1}` : ""}`.trim();
    const fileKey = name.startsWith("RegExp:") ? "(regular expressions)" : file || name;
    self.set(key, (self.get(key) ?? 0) + delta);
    files.set(fileKey, (files.get(fileKey) ?? 0) + delta);
    total += delta;
  });
  const ranked = (map, label) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, micros]) => ({ [label]: key, selfMs: round(micros / 1000, 1), share: round(micros / total, 3) }));
  return { measuredMs: round(total / 1000, 1), top: ranked(self, "function"), byFile: ranked(files, "file") };
}

/** Profile our core for `seconds` on the English bench text; the top functions by self time. */
export function profileAnnotator({ seconds = 5, top = 15 } = {}) {
  const dir = join(WORK, "profile");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = spawnSync(
    process.execPath,
    ["--cpu-prof", "--cpu-prof-dir", dir, join(BENCH, "annotator.mjs"), "--ours-only", "--seconds", String(seconds)],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`profiling failed:\n${result.stderr}`);
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  return {
    seconds,
    profile: relative(ROOT, join(dir, file)),
    ...summariseProfile(JSON.parse(readFileSync(join(dir, file), "utf8")), top),
  };
}

/** Parts of a build, by the script a sampled function lives in (first match wins). */
const PARTS = [
  ["annotator (remark-explainer core, languages)", /plugins\/remark-explainer\/dist\/(core|languages)\//],
  ["tree rewrite and adapters (remark-explainer)", /plugins\/remark-explainer\//],
  ["integration (astro-explainer)", /plugins\/astro-explainer\//],
  ["Sätteri", /node_modules\/(satteri|@astrojs\/markdown-satteri)\//],
  [
    "unified, remark, rehype, micromark",
    /node_modules\/(unified|remark-|rehype-|micromark|mdast-|hast-|unist-|vfile|@astrojs\/markdown-remark)/,
  ],
  ["content store serialisation (devalue)", /node_modules\/devalue\//],
  ["Vite, Rolldown", /node_modules\/(vite|rolldown|@rolldown)\//],
  ["Astro", /node_modules\/(astro|@astrojs)\//],
  ["the built site's own chunks", /\/dist\/\.prerender\/|\/bench\/work\//],
];

/** Self time per part of a build, as shares of all sampled time. */
export function partsOfProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parts = new Map();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const { functionName, url } = byId.get(id).callFrame;
    let part = PARTS.find(([, pattern]) => pattern.test(url))?.[0];
    if (!part && functionName === "compileSourceTextModule") part = "V8 compiling modules";
    if (!part && /^\((garbage collector|idle|program)\)$/.test(functionName)) part = functionName;
    part ??= url.startsWith("node:") || url === "" ? "Node internals and native" : "other";
    parts.set(part, (parts.get(part) ?? 0) + delta);
    total += delta;
  });
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .map(([part, micros]) => ({ part, selfMs: round(micros / 1000), share: round(micros / total, 3) }));
}

/**
 * Profile one cold `astro build` on `processor`, plain or with the integration as the docs
 * recommend (`cards: "page"`); its parts and top functions.
 */
export function profileBuild({ articles = 300, processor = "satteri", withExplainer = true, top = 15 } = {}) {
  const root = prepareSite(articles);
  const dir = join(WORK, "build-profile");
  for (const path of [dir, join(root, ".astro"), join(root, "node_modules"), join(root, "dist")]) {
    rmSync(path, { recursive: true, force: true });
  }
  const result = spawnSync(
    process.execPath,
    ["--cpu-prof", "--cpu-prof-dir", dir, join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", root],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 << 20,
      env: buildEnv(root, { processor, variant: withExplainer ? "page" : "plain" }),
    },
  );
  if (result.status !== 0) throw new Error(`profiled build failed:\n${result.stderr.slice(-2000)}`);
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), "utf8"));
  return {
    articles,
    processor,
    withExplainer,
    profile: relative(ROOT, join(dir, file)),
    parts: partsOfProfile(profile),
    top: summariseProfile(profile, top, []).top,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "5" },
      top: { type: "string", default: "15" },
      build: { type: "string" },
    },
  });
  if (values.build) {
    for (const withExplainer of [false, true]) {
      const { parts } = profileBuild({ articles: Number(values.build), withExplainer });
      console.log(withExplainer ? 'with explainer({ cards: "page" })' : "plain");
      for (const entry of parts) console.log(`${String(entry.selfMs).padStart(8)} ms  ${entry.part}`);
    }
  }
  const { profile, top } = profileAnnotator({ seconds: Number(values.seconds), top: Number(values.top) });
  console.log(`profile: ${profile}`);
  for (const entry of top)
    console.log(
      `${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.selfMs.toFixed(0).padStart(6)} ms  ${entry.function}`,
    );
}
