/** The evaluation's results as an aligned text table (stdout) and as `docs/accuracy.md`. */
import type { CorpusResult } from "./evaluate.ts";
import type { Prf } from "./match.ts";
import { targetStatus } from "./targets.ts";

type Table = { title: string; headers: string[]; rows: string[][]; note?: string };

const fixed = (value: number): string => value.toFixed(2);
const prfCells = (value: Prf): string[] => [fixed(value.precision), fixed(value.recall), fixed(value.f1)];

/** What an error category means, where its name alone does not say. */
const EXPLANATIONS: Record<string, string> = {
  "style:unquoted": "indirect speech, no quotation marks",
  "style:quoted": "content in quotation marks",
  "cue:after": "cue after the content (“…,” kata X / said X)",
  "cue:before": "cue before the content (X mengatakan, “…” / X said …)",
  "cue:none": "no cue tagged near the statement",
  "cue:-nya": "cue carries the speaker (katanya, ujarnya): the last speaker",
  "sentences:several": "the quotation runs over several sentences",
  "mark:”": "Kompas style: ” opens and closes",
  "mark:“": "opened with “",
  "speaker:named": "speaker named by the cue",
  "speaker:short-name": "speaker by a short name, resolved to the full name earlier",
  "speaker:earlier":
    "speaker named only in an earlier sentence (gold takes the last tagged speaker; PFSA-ID tags only speakers, so the person just named may be untagged)",
  "source:pronoun": "source is a pronoun (he, they): coreference",
  "source:name": "source is a name",
  "source:description": "source is a description (the spokesman, officials)",
  "source:none": "gold has no source",
  "kind:direct": "predicted direct quote not in gold (gold leaves some quotations untagged)",
  "kind:partial": "predicted partial quote not in gold",
  "kind:indirect": "predicted indirect speech not in gold",
  "none predicted": "quote found, no speaker given",
  "another speaker predicted": "quote found, speaker is someone else",
  boundary: "found, but its edges differ from gold's",
};

function explain(category: string): string {
  const cause = category.split(" · ")[1] ?? "";
  if (cause === "no overlap") {
    return category.startsWith("missed") ? "nothing found there" : "no gold entity of any type there";
  }
  if (cause.startsWith("typed ")) return `the same text was typed ${cause.slice("typed ".length)}`;
  return EXPLANATIONS[cause] ?? "";
}

function tables(results: readonly CorpusResult[], metrics: Readonly<Record<string, number>>): Table[] {
  const out: Table[] = [];
  out.push({
    title: "Targets",
    headers: ["target", "figure", "minimum", "status"],
    rows: targetStatus(metrics).map((t) => [
      t.label,
      t.value === undefined ? "n/a" : fixed(t.value),
      fixed(t.minimum),
      t.value === undefined ? "not measured" : t.met ? "met" : `short by ${fixed(t.shortBy)}`,
    ]),
  });
  const withQuotes = results.filter((r) => r.quotes);
  out.push({
    title: "Quotes and speakers",
    headers: ["corpus", "gold", "found", "P", "R", "F1", "speaker", "relation P", "R", "F1"],
    rows: withQuotes.flatMap((r) => {
      const q = r.quotes;
      if (!q) return [];
      return [
        [
          r.name,
          String(q.detection.gold),
          String(q.detection.predicted),
          ...prfCells(q.detection),
          `${fixed(q.speaker.accuracy)} (${q.speaker.right}/${q.speaker.judged})`,
          ...prfCells(q.relation),
        ],
      ];
    }),
  });
  out.push({
    title: "Quotes by style (gold in quotation marks or not; predictions direct+partial or indirect)",
    headers: ["corpus", "style", "gold", "found", "P", "R", "F1"],
    rows: withQuotes.flatMap((r) =>
      r.quotes
        ? (["quoted", "unquoted"] as const)
            .filter((style) => r.quotes?.byStyle[style].gold)
            .map((style) => {
              const value = (r.quotes as NonNullable<CorpusResult["quotes"]>).byStyle[style];
              return [r.name, style, String(value.gold), String(value.predicted), ...prfCells(value)];
            })
        : [],
    ),
  });
  out.push({
    title: "Entities and figures (exact span / any overlap, same type, one-to-one)",
    headers: ["corpus", "type", "gold", "found", "exact P", "R", "F1", "overlap P", "R", "F1"],
    rows: results.flatMap((r) =>
      r.entities.map((e) => [
        r.name,
        e.type,
        String(e.exact.gold),
        String(e.exact.predicted),
        ...prfCells(e.exact),
        ...prfCells(e.overlap),
      ]),
    ),
  });
  const baselines = results.filter((r) => r.baseline);
  if (baselines.length > 0) {
    out.push({
      title: "Beside compromise, same English text",
      note: "No English corpus here has NER gold, so compromise's people, organizations and places cannot be scored as entities; the named-sources row is the comparable part: gold source mentions that are names, covered by a person or organization span of each.",
      headers: ["corpus", "measure", "ours", "compromise"],
      rows: baselines.flatMap((r) => {
        const b = r.baseline;
        if (!b) return [];
        const pr = (value: Prf): string => `P ${fixed(value.precision)} R ${fixed(value.recall)} F1 ${fixed(value.f1)}`;
        const share = (n: number): string =>
          `${fixed(b.namedSources.of ? n / b.namedSources.of : 0)} (${n}/${b.namedSources.of})`;
        const speed = (ms: number): string => `${(r.characters / 1e6 / (ms / 1000)).toFixed(2)} MB/s`;
        return [
          [r.name, "quoted text vs gold quoted contents", pr(b.quotations.ours), pr(b.quotations.compromise)],
          [
            r.name,
            "named gold sources found as person/org",
            share(b.namedSources.ours),
            share(b.namedSources.compromise),
          ],
          [r.name, "speed", speed(b.milliseconds.ours), speed(b.milliseconds.compromise)],
        ];
      }),
    });
  }
  return out;
}

function pad(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

/** The summary for stdout. */
export function renderText(results: readonly CorpusResult[], metrics: Readonly<Record<string, number>>): string {
  const parts = tables(results, metrics).map((t) =>
    [t.title, ...pad([t.headers, ...t.rows]), ...(t.note ? [t.note] : [])].join("\n"),
  );
  const errors = results.map((r) =>
    [
      `Top errors, ${r.name}`,
      ...pad(r.errors.map((g) => [`${g.errors}/${g.of}`, g.category, g.examples[0] ?? ""])),
    ].join("\n"),
  );
  return [...parts, ...errors].join("\n\n");
}

const cell = (text: string): string => text.replace(/\|/g, "\\|");
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

function markdownTable(t: Table): string {
  return [
    `| ${t.headers.map(cell).join(" | ")} |`,
    `| ${t.headers.map(() => "---").join(" | ")} |`,
    ...t.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

export interface RunInfo {
  date: string;
  commit: string;
  seconds: number;
}

/** `docs/accuracy.md`. */
export function renderMarkdown(
  results: readonly CorpusResult[],
  metrics: Readonly<Record<string, number>>,
  info: RunInfo,
): string {
  const lines: string[] = [
    "# Accuracy",
    "",
    `Generated by \`npm run eval\` (tests/eval/run.ts) on ${info.date}, commit ${info.commit}, in ${info.seconds.toFixed(1)} s. Do not edit: run it again.`,
    "",
    "Measured on the development halves of four corpora annotated by others (`../shared/corpus`, see its README). A quote is found when a predicted content covers at least half of a gold content (one-to-one). A gold content given in several pieces (“A,” she said. “B.” is one PolNeAR content) is also found by the set of predicted quotes of one utterance (the same speaker; without a speaker, linked by `continues`), each lying mostly inside it, that together cover at least half of it; the set is used one-to-one and counts as one predicted relation, so both conventions (one quote per piece, or one per utterance) score alike. its speaker is judged on found quotes only; a relation is right when both are. Predictions are scored when the corpus tags their kind (PFSA-ID: direct only; PolNeAR: all), except a partial quote nested in another predicted quote, which is part of that relation. Entities: each named mention of a person, organization or place and each figure (number, quantity, percent, money → QUANTITY; date → TIME) is a predicted span, except durations, which NER-UGM tags inconsistently (never as TIME, sometimes as QUANTITY, spelled-out ones not at all) and are left unscored; pronoun and description mentions are not NER names and are left out.",
    "",
  ];
  for (const t of tables(results, metrics)) {
    lines.push(`## ${t.title}`, "", markdownTable(t), "");
    if (t.note) lines.push(t.note, "");
  }
  lines.push(
    "## What fails and why",
    "",
    "Counted automatically: each error under the traits of the item it concerns (so a missed quote counts once per trait), against how many items had that trait. Examples are cut to 80 characters; for entities the span is in [brackets].",
    "",
  );
  for (const r of results) {
    lines.push(`### ${r.name}`, "");
    if (r.errors.length === 0) lines.push("No errors recorded.", "");
    for (const g of r.errors) {
      const why = explain(g.category);
      lines.push(`- **${g.category}**: ${g.errors} of ${g.of}${why ? ` — ${why}` : ""}`);
      for (const example of g.examples) lines.push(`  - ${code(example)}`);
    }
    lines.push("");
  }
  lines.push("## How the corpora are read", "");
  for (const r of results) {
    lines.push(
      `- **${r.name}** (${r.lang}, ${r.documents} documents, ${r.characters.toLocaleString("en")} characters): ${r.notes.join("; ")}.`,
    );
  }
  lines.push(
    "",
    "Token files are joined with single spaces, none before `, . : ; ) ? ! %` or a closing quotation mark and none after `(` or an opening one. A Kompas ” opens when the tags start a STATEMENT with it and closes when they end one; otherwise it closes an open quotation or opens one.",
    "",
    "`npm run eval -- --json` also writes `tests/output/eval.json`; `npm run eval -- --errors <corpus>` lists every false positive and negative of a corpus. The regression floors are in `tests/eval/floors.json` (see `tests/eval/README.md`).",
    "",
  );
  return lines.join("\n");
}
