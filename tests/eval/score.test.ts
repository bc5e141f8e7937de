import type { Annotations, Entity, Quote } from "remark-explainer/core";
import { describe, expect, it } from "vitest";
import { ErrorLog, inContext, shorten } from "./errors.ts";
import { matchOneToOne, overlap, pieceSetScore, prf, quoteMatchScore } from "./match.ts";
import { predictedSpans, scoredQuotes, scoreEntities, scoreQuotes } from "./score.ts";
import { namesMatch, speakerRight } from "./speakers.ts";
import type { EvalDocument, GoldQuote } from "./types.ts";

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
};

describe("prf", () => {
  it("computes precision, recall and F1 from counts", () => {
    expect(prf(3, 4, 6)).toEqual({ tp: 3, predicted: 4, gold: 6, precision: 0.75, recall: 0.5, f1: 0.6 });
  });
  it("is 0, not NaN, when nothing was predicted or nothing is gold", () => {
    expect(prf(0, 0, 5)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 2, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("matching", () => {
  it("measures overlap in characters", () => {
    expect(overlap({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(5);
    expect(overlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
  });

  it("accepts a quote covering at least half of the gold content, fragments summed", () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    expect(quoteMatchScore(gold, { start: 0, end: 10 })).toBe(0.5);
    expect(quoteMatchScore(gold, { start: 0, end: 9 })).toBeUndefined();
    expect(quoteMatchScore(gold, { start: 0, end: 30 })).toBe(1);
  });

  it("pairs one-to-one, best pairs first", () => {
    // Gold 0 fits prediction 0 best; gold 1 can only take prediction 1 then.
    const score = (g: number, p: number) => (g === 0 ? [0.9, 0.6][p] : p === 0 ? 0.8 : 0.7);
    expect(matchOneToOne([0, 1], [0, 1], score)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    // Two gold quotes and one prediction: one match only.
    expect(matchOneToOne([0, 1], [0], () => 1)).toEqual([[0, 0]]);
  });
});

describe("speakers", () => {
  it.each([
    ["Rina Wati", "rina  wati", true],
    ["Wati", "Kapten Rina Wati", true],
    ["Rina Wati", "Kapten Rina Wati", true],
    ["Kapten Rina Wati", "Rina Wati", true],
    ["Rina", "Kapten Rina Wati", false],
    ["Kapten", "Kapten Rina Wati", false],
    ["Dewi", "Rina Wati", false],
  ])("%j matches %j: %s", (candidate, gold, expected) => {
    expect(namesMatch(candidate, gold)).toBe(expected);
  });

  const text = "“Siap,” kata Rina. He said no.";
  const rina: Entity = {
    id: "rina-wati",
    type: "person",
    name: "Rina Wati",
    mentions: [span(text, "Rina")],
  };
  const entities = new Map([[rina.id, rina]]);
  const quote: Quote = { id: "q1", kind: "direct", content: span(text, "Siap,"), speaker: rina.id, confidence: 1 };
  const gold = (speaker: GoldQuote["speaker"]): GoldQuote => {
    const g: GoldQuote = { content: [span(text, "Siap,")], quoted: true, traits: [] };
    if (speaker) g.speaker = speaker;
    return g;
  };

  it("judges a named gold speaker by name, the short name the text used included", () => {
    expect(speakerRight(gold({ name: "Rina Wati", mentions: [] }), quote, entities, text)).toBe(true);
    expect(speakerRight(gold({ name: "Dewi", mentions: [] }), quote, entities, text)).toBe(false);
    expect(speakerRight(gold({ name: "Rina Wati", mentions: [] }), { ...quote, speaker: "x" }, entities, text)).toBe(
      false,
    );
  });

  it("judges a gold source mention by overlap with the entity's mentions or the quote's source", () => {
    const he = span(text, "He");
    expect(speakerRight(gold({ mentions: [span(text, "Rina")] }), quote, entities, text)).toBe(true);
    expect(speakerRight(gold({ mentions: [he] }), quote, entities, text)).toBe(false);
    expect(speakerRight(gold({ mentions: [he] }), { ...quote, source: he }, entities, text)).toBe(true);
  });

  it("counts a gold quote without speaker right only when none is predicted", () => {
    const { speaker: _, ...anonymous } = quote;
    expect(speakerRight(gold(undefined), anonymous, entities, text)).toBe(true);
    expect(speakerRight(gold(undefined), quote, entities, text)).toBe(false);
  });
});

const annotations = (parts: Partial<Annotations>): Annotations => ({
  lang: "id",
  entities: [],
  quotes: [],
  figures: [],
  blocks: [],
  warnings: [],
  ...parts,
});

describe("scoreQuotes", () => {
  const text = "“Kami siap,” kata Rina. “Besok,” ujar Dodi. Lalu “ajaib” katanya.";
  const document: EvalDocument = {
    id: "d",
    text,
    entities: [],
    quotes: [
      { content: [span(text, "Kami siap,")], quoted: true, traits: [], speaker: { name: "Rina", mentions: [] } },
      { content: [span(text, "Besok,")], quoted: true, traits: [], speaker: { name: "Dodi", mentions: [] } },
    ],
  };
  const rina: Entity = { id: "rina", type: "person", name: "Rina", mentions: [span(text, "Rina")] };
  const predicted = annotations({
    entities: [rina],
    quotes: [
      { id: "q1", kind: "direct", content: span(text, "Kami siap"), speaker: "rina", confidence: 1 },
      { id: "q2", kind: "direct", content: span(text, "Besok,"), speaker: "rina", confidence: 1 },
      { id: "q3", kind: "partial", content: span(text, "ajaib"), confidence: 1 },
    ],
  });

  it("pairs found quotes, judges their speakers and keeps what was missed or spurious", () => {
    const outcome = scoreQuotes(document, predicted);
    expect(outcome.pairs.map((p) => [p.predicted.id, p.speakerRight])).toEqual([
      ["q1", true],
      ["q2", false],
    ]);
    expect(outcome.missed).toEqual([]);
    expect(outcome.spurious.map((q) => q.id)).toEqual(["q3"]);
  });
});

describe("scoreQuotes, a gold content given in pieces", () => {
  // Gold: one content in two pieces around "Rina said"; our quotes: one per piece.
  const text = "“We are ready,” Rina said. “The trucks leave at dawn.” Then Dodi spoke.";
  const gold: GoldQuote = {
    content: [span(text, "We are ready,"), span(text, "The trucks leave at dawn.")],
    quoted: true,
    traits: [],
    speaker: { mentions: [span(text, "Rina")] },
  };
  const document: EvalDocument = { id: "d", text, entities: [], quotes: [gold] };
  const rina: Entity = { id: "rina", type: "person", name: "Rina", mentions: [span(text, "Rina")] };
  const dodi: Entity = { id: "dodi", type: "person", name: "Dodi", mentions: [span(text, "Dodi")] };
  const quote = (id: string, part: string, fields: Partial<Quote> = {}): Quote => ({
    id,
    kind: "direct",
    content: span(text, part),
    confidence: 1,
    ...fields,
  });
  const first = quote("q1", "We are ready", { speaker: "rina" });

  it("is matched by the same speaker's pieces together, counted as one predicted relation", () => {
    const outcome = scoreQuotes(
      document,
      annotations({ entities: [rina], quotes: [first, quote("q2", "The trucks leave at dawn.", { speaker: "rina" })] }),
    );
    expect(outcome.pairs.map((p) => [p.predicted.id, p.pieces.map((q) => q.id), p.speakerRight])).toEqual([
      ["q1", ["q2"], true],
    ]);
    expect(outcome.relations).toBe(1);
    expect(outcome.spurious).toEqual([]);
  });

  it("does not join pieces of different speakers, nor a piece below half of the gold", () => {
    const outcome = scoreQuotes(
      document,
      annotations({
        entities: [rina, dodi],
        quotes: [first, quote("q2", "The trucks leave at dawn.", { speaker: "dodi" })],
      }),
    );
    // The longer piece alone covers over half: a single match; the other piece is spurious.
    expect(outcome.pairs.map((p) => [p.predicted.id, p.pieces.length])).toEqual([["q2", 0]]);
    expect(outcome.relations).toBe(2);
    expect(outcome.spurious.map((q) => q.id)).toEqual(["q1"]);
    const short = scoreQuotes(document, annotations({ entities: [rina], quotes: [first] }));
    expect(short.missed).toEqual([gold]);
  });

  it("joins speakerless pieces only along their continues links", () => {
    const second = quote("q2", "The trucks leave at dawn.");
    const separate = scoreQuotes(document, annotations({ quotes: [quote("q1", "We are ready"), second] }));
    expect(separate.pairs.map((p) => p.pieces.length)).toEqual([0]);
    const linked = scoreQuotes(
      document,
      annotations({ quotes: [quote("q1", "We are ready"), { ...second, continues: "q1" }] }),
    );
    expect(linked.pairs.map((p) => [p.predicted.id, p.pieces.map((q) => q.id)])).toEqual([["q1", ["q2"]]]);
  });

  it("takes a prediction mostly outside the gold into no set", () => {
    expect(pieceSetScore(gold.content, [span(text, "We are ready"), span(text, "Rina said. “The trucks")])).toBe(
      undefined,
    );
    expect(pieceSetScore(gold.content, [span(text, "We are ready"), span(text, "The trucks")])).toBeCloseTo(22 / 38);
  });
});

describe("scoredQuotes", () => {
  const text = "Ia bilang pajak “terlalu tinggi” dan akan turun. “Cukup,” katanya.";
  const quote = (id: string, kind: Quote["kind"], part: string): Quote => ({
    id,
    kind,
    content: span(text, part),
    confidence: 1,
  });
  const quotes = [
    quote("q1", "indirect", "pajak “terlalu tinggi” dan akan turun"),
    quote("q2", "partial", "terlalu tinggi"),
    quote("q3", "direct", "Cukup,"),
  ];

  it("drops partial quotes nested in another predicted quote, not nested reported speech", () => {
    const relayed = quote("q4", "indirect", "akan turun");
    expect(scoredQuotes([...quotes, relayed], ["indirect"]).map((q) => q.id)).toEqual(["q1", "q4"]);
    expect(scoredQuotes(quotes, ["direct", "partial", "indirect"]).map((q) => q.id)).toEqual(["q1", "q3"]);
  });

  it("keeps only the kinds the corpus tags, a nested quote staying out", () => {
    expect(scoredQuotes(quotes, ["direct"]).map((q) => q.id)).toEqual(["q3"]);
    expect(scoredQuotes(quotes, ["partial"]).map((q) => q.id)).toEqual([]);
  });
});

describe("entities", () => {
  const text = "Kapten Rina Wati dari PT Maju tiba di Bandung. Dia membawa 5 ton beras pada 2 Mei.";
  const rina: Entity = {
    id: "rina-wati",
    type: "person",
    name: "Rina Wati",
    mentions: [span(text, "Kapten Rina Wati"), span(text, "Dia")],
  };
  const maju: Entity = { id: "pt-maju", type: "organization", name: "PT Maju", mentions: [span(text, "Maju")] };
  const predicted = predictedSpans(
    annotations({
      entities: [rina, maju, { id: "g", type: "group", name: "warga", mentions: [span(text, "Bandung")] }],
      figures: [
        { id: "f1", kind: "quantity", span: span(text, "5 ton") },
        { id: "f2", kind: "date", span: span(text, "2 Mei") },
      ],
    }),
  );

  it("predicts named mentions and figures by category, not pronouns or groups", () => {
    expect(predicted.map((p) => [p.type, text.slice(p.start, p.end)])).toEqual([
      ["person", "Kapten Rina Wati"],
      ["organization", "Maju"],
      ["quantity", "5 ton"],
      ["time", "2 Mei"],
    ]);
  });

  it("scores exact spans and any overlap one-to-one per type", () => {
    const gold = [
      { type: "person" as const, ...span(text, "Rina Wati") },
      { type: "organization" as const, ...span(text, "PT Maju") },
      { type: "place" as const, ...span(text, "Bandung") },
      { type: "quantity" as const, ...span(text, "5 ton beras") },
      { type: "time" as const, ...span(text, "2 Mei") },
    ];
    const outcomes = scoreEntities(gold, predicted, ["person", "place", "quantity", "time"]);
    const summary = outcomes.map(
      (o) => `${o.type}/${o.matching}: ${o.tp} tp, ${o.missed.length} fn, ${o.spurious.length} fp`,
    );
    expect(summary).toEqual([
      "person/exact: 0 tp, 1 fn, 1 fp",
      "person/overlap: 1 tp, 0 fn, 0 fp",
      "place/exact: 0 tp, 1 fn, 0 fp",
      "place/overlap: 0 tp, 1 fn, 0 fp",
      "quantity/exact: 0 tp, 1 fn, 1 fp",
      "quantity/overlap: 1 tp, 0 fn, 0 fp",
      "time/exact: 1 tp, 0 fn, 0 fp",
      "time/overlap: 1 tp, 0 fn, 0 fp",
    ]);
  });
});

describe("error snippets", () => {
  const text = `${"Awal kalimat yang panjang sekali. ".repeat(5)}Budi Santoso datang.${" Lalu pulang lagi.".repeat(5)}`;

  it("cuts to 80 characters with the span in brackets and context on both sides", () => {
    const at = span(text, "Budi Santoso");
    const snippet = inContext(text, at.start, at.end);
    expect(snippet.length).toBeLessThanOrEqual(80);
    expect(snippet).toContain("[Budi Santoso]");
    expect(snippet.indexOf("[")).toBeGreaterThan(20);
  });

  it("shortens long text to one line with an ellipsis", () => {
    expect(shorten("satu\n\ndua")).toBe("satu dua");
    expect(shorten(text)).toHaveLength(80);
    expect(shorten(text).endsWith("…")).toBe(true);
  });
});

describe("ErrorLog", () => {
  const record = (start: number) => ({ kind: "missed quote", document: "d", start, end: start + 1, detail: "" });

  it("ranks categories by errors, counts them against what was seen, and skips one that repeats another", () => {
    const log = new ErrorLog();
    log.seen(["missed quote · a", "missed quote · b", "missed quote · c"], 4);
    log.fail(["missed quote · a", "missed quote · b"], "one", record(1));
    log.fail(["missed quote · a", "missed quote · b", "missed quote · c"], "two", record(2));
    log.fail(["missed quote · a"], "three", record(3));
    expect(log.top(5)).toEqual([{ category: "missed quote · a", errors: 3, of: 4, examples: ["one", "two", "three"] }]);
    expect(log.records).toHaveLength(3);
  });

  it("counts a cause against its kind when the cause itself was never seen", () => {
    const log = new ErrorLog();
    log.seen(["missed person"], 10);
    log.fail(["missed person · boundary"], "x", record(1));
    expect(log.top(5)).toMatchObject([{ category: "missed person · boundary", errors: 1, of: 10 }]);
  });
});
