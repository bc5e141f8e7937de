/**
 * Markdown tables from a results file, for docs/performance.md:
 *   node bench/report.mjs [bench/results.json]
 */
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? new URL("results.json", import.meta.url).pathname;
const results = JSON.parse(readFileSync(file, "utf8"));
const lines = [];
const table = (head, rows) => {
  lines.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  lines.push("");
};

const { machine, annotator, builds, scaling, worstCases, page, profile, targets } = results;
lines.push(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memGb} GB, Node ${machine.node}, ${machine.os}.`,
  "",
);
table(
  ["section", "run at", "commit", "plugins had uncommitted changes", "load average at start / end"],
  Object.entries(results.sectionsRunAt ?? {}).map(([name, run]) => [
    name,
    run.startedAt,
    run.commit,
    run.pluginsChanged ? "yes" : "no",
    `${run.loadAverageAtStart?.join(" ") ?? "not recorded"} / ${run.loadAverageAtEnd?.join(" ") ?? "not recorded"}`,
  ]),
);
if (annotator) {
  table(
    ["annotator (a child process per measurement)", "MB/s by CPU time (median)"],
    [
      [`ours, plain text (${annotator.text.megabytes} MB of English)`, annotator.mbPerS],
      ["compromise people/organizations/quotations, same text", annotator.compromiseMbPerS],
      ["ratio", `×${annotator.ratioVsCompromise}`],
      ["ours / compromise by wall time", `${annotator.wallMbPerS} / ${annotator.compromiseWallMbPerS}`],
      [`ours from mdast, ${annotator.treePath.texts} generated id + en articles`, annotator.treePath.mbPerS],
      ...(annotator.indonesian
        ? [
            [
              `ours, ${annotator.indonesian.corpus} (${annotator.indonesian.megabytes} MB of Indonesian)`,
              annotator.indonesian.mbPerS,
            ],
          ]
        : []),
    ],
  );
}
if (builds) {
  table(
    [
      "processor",
      "articles",
      "plain s",
      "with s",
      "time ×",
      "CPU ×",
      "plain peak RSS MB",
      "with peak RSS MB",
      "RSS ×",
      "pages plain / with",
    ],
    builds.map((b) => [
      b.processor,
      b.articles,
      b.plainS,
      b.withS ?? "failed",
      b.ratio,
      b.cpuRatio,
      b.plainPeakRssMb,
      b.withPeakRssMb,
      b.rssRatio,
      `${b.pages.plain} / ${b.pages.withExplainer}`,
    ]),
  );
  table(
    ["processor", "articles", "HTML MB plain / with", "content store MB plain / with"],
    builds.map((b) => [
      b.processor,
      b.articles,
      `${b.htmlMb?.plain} / ${b.htmlMb?.withExplainer}`,
      `${b.dataStoreMb?.plain} / ${b.dataStoreMb?.withExplainer}`,
    ]),
  );
  // The one-line default (cards in the Markdown), measured in the same rounds.
  const oneLine = builds.filter((b) => b.oneLine);
  if (oneLine.length > 0)
    table(
      [
        "one-line explainer()",
        "articles",
        "s",
        "time ×",
        "CPU ×",
        "peak RSS MB",
        "RSS ×",
        "HTML MB",
        "content store MB",
      ],
      oneLine.map((b) => [
        b.processor,
        b.articles,
        b.oneLine.withS ?? "failed",
        b.oneLine.ratio,
        b.oneLine.cpuRatio,
        b.oneLine.withPeakRssMb,
        b.oneLine.rssRatio,
        b.oneLine.htmlMb,
        b.oneLine.dataStoreMb,
      ]),
    );
  for (const b of builds)
    for (const failure of b.failures ?? [])
      lines.push(`${b.processor}, ${b.articles} articles: failed, ${failure}.`, "");
}
if (scaling) {
  table(
    [
      "articles (Sätteri + explainer)",
      "build s (median)",
      "ms per article",
      "CPU ms per article",
      "peak RSS MB",
      "pages",
    ],
    Object.keys(scaling.msPerArticle).map((size) => [
      size,
      scaling.wallS[size] ?? `failed: ${scaling.failures?.[size]}`,
      scaling.msPerArticle[size],
      scaling.cpuMsPerArticle[size],
      scaling.peakRssMb[size],
      scaling.pages[size],
    ]),
  );
  lines.push(
    `Fixed start-up (one-article site) ${scaling.fixedS} s (CPU ${scaling.fixedCpuS} s); spread ×${scaling.spread} (CPU ×${scaling.cpuSpread}).`,
    "",
  );
}
if (worstCases) {
  table(
    ["worst case", "n", "bytes at n", "ms at n", "ms at 2n", "2n / n"],
    Object.entries(worstCases).map(([name, w]) => [
      name,
      `${w.n} ${w.unit}`,
      w.nBytes,
      w.nMs,
      w.twoNMs,
      w.ratio ?? "timed out",
    ]),
  );
}
if (page)
  table(
    ["article page", "JS gz B", "CSS gz B", "JS B", "CSS B"],
    [[page.page, page.jsBytesGz, page.cssBytesGz, page.jsBytes, page.cssBytes]],
  );
if (profile) {
  table(
    ["self time share", "function"],
    profile.top.map((entry) => [`${(entry.share * 100).toFixed(1)}%`, `\`${entry.function}\``]),
  );
}
if (profile?.byFile) {
  table(
    ["self time share", "file"],
    profile.byFile.map((entry) => [`${(entry.share * 100).toFixed(1)}%`, `\`${entry.file}\``]),
  );
}
if (results.buildProfile) {
  const [plain, withExplainer] = results.buildProfile;
  const plainMs = new Map(plain.parts.map((entry) => [entry.part, entry.selfMs]));
  const total = (parts) => Math.round(parts.reduce((sum, entry) => sum + entry.selfMs, 0));
  table(
    [`build of ${plain.articles} articles (${plain.processor}), self time`, "plain ms", "with ms", "extra ms"],
    [
      ...withExplainer.parts.map((entry) => [
        entry.part,
        Math.round(plainMs.get(entry.part) ?? 0),
        Math.round(entry.selfMs),
        Math.round(entry.selfMs - (plainMs.get(entry.part) ?? 0)),
      ]),
      [
        "total sampled",
        total(plain.parts),
        total(withExplainer.parts),
        total(withExplainer.parts) - total(plain.parts),
      ],
    ],
  );
}
if (targets) {
  table(
    ["target", "measured", "goal", ""],
    Object.entries(targets).map(([name, t]) => [name, t.value, t.target, t.met ? "met" : "**missed**"]),
  );
}
console.log(lines.join("\n"));
