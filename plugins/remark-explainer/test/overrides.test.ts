/**
 * Author overrides on a hand-made article's annotations (not the speech
 * annotator's output, so that these tests say only what overrides do).
 */
import { readFileSync } from "node:fs";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { annotate, documentFromText } from "../src/core/annotate.js";
import { ExplainerOverrideError, applyOverrides as exported } from "../src/core/index.js";
import { applyOverrides, type ExplainerOverrides } from "../src/core/overrides.js";
import remarkExplainer from "../src/index.js";
import type { Annotations } from "../src/types.js";

const annotations = JSON.parse(
  readFileSync(new URL("./fixtures/overrides/annotations.json", import.meta.url), "utf8"),
) as Annotations;

describe("applyOverrides", () => {
  it("leaves the annotations alone when there is nothing to apply, and never mutates its input", () => {
    const before = structuredClone(annotations);
    expect(applyOverrides(annotations, {})).toEqual(annotations);
    applyOverrides(annotations, { speakers: { q1: "Dewi Lestari" }, ignore: ["f2", "budi"] });
    expect(annotations).toEqual(before);
  });

  it("sets a speaker by quote id and entity name, for certain, and drops the guess's warning", () => {
    const result = applyOverrides(annotations, { speakers: { q1: "dewi lestari" } });
    const quote = result.quotes.find((candidate) => candidate.id === "q1");
    expect(quote).toMatchObject({ speaker: "dewi-lestari", confidence: 1 });
    expect(quote?.source).toBeUndefined();
    expect(result.warnings).toEqual([{ ruleId: "other", reason: "kept" }]);
  });

  it("finds a quote by a fragment of its words and a speaker by id or alias", () => {
    const result = applyOverrides(annotations, { speakers: { "Tidak  Melaut": "Dewi", "akan kembali": "budi" } });
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(["budi", "dewi-lestari"]);
  });

  it("ignores a figure and unlinks the figure that changed from it", () => {
    const result = applyOverrides(annotations, { ignore: ["f2"] });
    expect(result.figures).toEqual([
      { id: "f1", kind: "quantity", span: { start: 200, end: 210, text: "120 kapal" }, value: 120, unit: "kapal" },
    ]);
  });

  it("keeps a chain of quote pieces whole when a piece in the middle is ignored", () => {
    const pieces = structuredClone(annotations);
    const [first, second] = pieces.quotes;
    if (!first || !second) throw new Error("the fixture has two quotes");
    const third = { ...structuredClone(second), id: "q3", continues: "q2" };
    second.continues = "q1";
    pieces.quotes.push(third);
    const result = applyOverrides(pieces, { ignore: ["q2"] });
    expect(result.quotes.map((quote) => [quote.id, quote.continues])).toEqual([
      ["q1", undefined],
      ["q3", "q1"],
    ]);
    expect(applyOverrides(pieces, { ignore: ["q1"] }).quotes.find((quote) => quote.id === "q2")?.continues).toBe(
      undefined,
    );
  });

  it("ignores a quote", () => {
    expect(applyOverrides(annotations, { ignore: ["q1"] }).quotes.map((quote) => quote.id)).toEqual(["q2"]);
  });

  it("ignores an entity by name and takes it off the quotes it spoke or relayed and off affiliations", () => {
    const result = applyOverrides(annotations, { ignore: ["Kabar Bohong", "kementerian-kelautan"] });
    expect(result.entities.map((entity) => entity.id)).toEqual(["dewi-lestari", "budi"]);
    expect(result.entities[0]?.affiliation).toBeUndefined();
    const q2 = result.quotes.find((quote) => quote.id === "q2");
    expect(q2?.speaker).toBeUndefined();
    expect(q2?.via).toBeUndefined();
  });

  it("corrects an entity, keeping its id and its old name as an alias", () => {
    const result = applyOverrides(annotations, {
      entities: {
        budi: { name: "Budi Santoso", type: "person", role: "nelayan", affiliation: "Kementerian Kelautan" },
      },
    });
    expect(result.entities.find((entity) => entity.id === "budi")).toEqual({
      id: "budi",
      type: "person",
      name: "Budi Santoso",
      role: "nelayan",
      affiliation: "kementerian-kelautan",
      aliases: ["Budi"],
      mentions: [{ start: 60, end: 64, text: "Budi" }],
    });
  });

  it("lets a speaker override use a corrected name", () => {
    const result = applyOverrides(annotations, {
      entities: { budi: { name: "Budi Santoso" } },
      speakers: { q2: "Budi Santoso" },
    });
    expect(result.quotes.find((quote) => quote.id === "q2")?.speaker).toBe("budi");
  });

  it("is what core/index exports", () => {
    expect(exported).toBe(applyOverrides);
  });
});

describe("overrides that name nothing fail, naming the override", () => {
  const cases: [string, unknown, string][] = [
    ["unknown quote id", { speakers: { q9: "budi" } }, 'explainer.speakers["q9"]: no quote with id or words "q9"'],
    ["unknown quote words", { speakers: { "kapal tenggelam": "budi" } }, 'explainer.speakers["kapal tenggelam"]'],
    ["unknown speaker", { speakers: { q1: "Siti" } }, 'explainer.speakers["q1"]: no entity "Siti"'],
    ["speaker ignored first", { ignore: ["budi"], speakers: { q1: "budi" } }, 'explainer.speakers["q1"]'],
    ["unknown ignore item", { ignore: ["f7"] }, 'explainer.ignore["f7"]: no entity, quote or figure "f7"'],
    ["unknown entity", { entities: { Siti: { role: "menteri" } } }, 'explainer.entities["Siti"]: no entity "Siti"'],
    [
      "unknown affiliation",
      { entities: { budi: { affiliation: "Partai Laut" } } },
      'explainer.entities["budi"].affiliation: no entity "Partai Laut"',
    ],
    ["not a mapping", ["q1"], "explainer: must be a mapping"],
    ["unknown key", { speaker: {} }, "explainer.speaker: unknown key"],
    ["speaker not a string", { speakers: { q1: 3 } }, 'explainer.speakers["q1"]: must be an entity id or name'],
    ["ignore not a list", { ignore: "budi" }, "explainer.ignore: must be a list"],
    ["unknown entity field", { entities: { budi: { age: "40" } } }, 'explainer.entities["budi"].age: unknown field'],
    ["bad entity type", { entities: { budi: { type: "animal" } } }, 'explainer.entities["budi"].type: must be one of'],
  ];
  for (const [name, overrides, message] of cases) {
    it(name, () => {
      const apply = () => applyOverrides(annotations, overrides as ExplainerOverrides);
      expect(apply).toThrow(ExplainerOverrideError);
      expect(apply).toThrow(message);
    });
  }

  it("carries the override on the error", () => {
    try {
      applyOverrides(annotations, { ignore: ["f7"] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExplainerOverrideError);
      expect((error as ExplainerOverrideError).override).toBe('explainer.ignore["f7"]');
    }
  });
});

describe("annotate with overrides", () => {
  it("applies them after detection", () => {
    const document = documentFromText("Sekitar 500 kapal berlayar pada 2023.");
    const plain = annotate(document, { lang: "id" });
    expect(plain.figures.map((figure) => figure.span.text)).toEqual(["500 kapal", "2023"]);
    const corrected = annotate(document, { lang: "id", overrides: { ignore: ["f2"] } });
    expect(corrected.figures.map((figure) => figure.span.text)).toEqual(["500 kapal"]);
  });

  it("fails on an override naming nothing", () => {
    const document = documentFromText("Sekitar 500 kapal berlayar.");
    expect(() => annotate(document, { lang: "id", overrides: { ignore: ["f9"] } })).toThrow(ExplainerOverrideError);
  });
});

describe("overrides from the frontmatter", () => {
  const run = (explainer: unknown) => {
    const file = new VFile({ value: "Sekitar 500 kapal berlayar pada 2023.\n", path: "kapal.md" });
    file.data = { astro: { frontmatter: { lang: "id", explainer } } };
    const processor = unified().use(remarkParse).use(remarkExplainer);
    processor.runSync(processor.parse(file), file);
    return file.data.explainer;
  };

  it("are applied by the remark plugin", () => {
    expect(run({ ignore: ["f1"] })?.figures.map((figure) => figure.span.text)).toEqual(["2023"]);
  });

  it("fail the file when they name nothing", () => {
    expect(() => run({ ignore: ["f9"] })).toThrow('explainer.ignore["f9"]');
  });
});
