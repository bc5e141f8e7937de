/**
 * Where the annotator spends its time: runs our core alone under
 * `node --cpu-prof` and sums self time per function from the profile.
 *
 * CLI: node bench/profile.mjs [--seconds 5] [--top 15]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { WORK } from "./build.mjs";
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
  let total = 0;
  profile.samples.forEach((id, index) => {
    if (!isMeasured(id)) return;
    const delta = profile.timeDeltas[index] ?? 0;
    const { callFrame } = byId.get(id);
    const file = callFrame.url.startsWith("file:") ? relative(ROOT, fileURLToPath(callFrame.url)) : callFrame.url;
    const key =
      `${callFrame.functionName || "(anonymous)"} ${file ? `${file}:${callFrame.lineNumber + 1}` : ""}`.trim();
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
  });
  return {
    measuredMs: round(total / 1000, 1),
    top: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, micros]) => ({ function: fn, selfMs: round(micros / 1000, 1), share: round(micros / total, 3) })),
  };
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { seconds: { type: "string", default: "5" }, top: { type: "string", default: "15" } },
  });
  const { profile, top } = profileAnnotator({ seconds: Number(values.seconds), top: Number(values.top) });
  console.log(`profile: ${profile}`);
  for (const entry of top)
    console.log(
      `${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.selfMs.toFixed(0).padStart(6)} ms  ${entry.function}`,
    );
}
