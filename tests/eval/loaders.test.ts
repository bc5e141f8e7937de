import { describe, expect, it } from "vitest";
import { codePointOffsets, parseBrat } from "./brat.ts";
import { loadIdner, loadNerugm, nerDocuments } from "./ner.ts";
import { loadPfsa } from "./pfsa.ts";
import { polnearQuotes } from "./polnear.ts";
import type { EvalDocument, Range } from "./types.ts";

const slice = (document: EvalDocument, range: Range | undefined): string =>
  range ? document.text.slice(range.start, range.end) : "";

/** A token file from "token/TAG" words; "|" breaks sentences, "#" starts an article. */
function columns(source: string): string {
  return source
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (word === "|") return "";
      if (word === "#") return "-DOCSTART-\tO\n";
      const [text = "", tag = "O"] = word.split("/");
      return `${text}\t${tag}`;
    })
    .join("\n");
}

describe("loadPfsa", () => {
  const file = columns(`
    # Kepala/B-ROLE Dinas/L-ROLE Budi/B-PERSON Santoso/L-PERSON datang . ”/B-STATEMENT |
      Kami/I-STATEMENT siap/I-STATEMENT ./I-STATEMENT | Semua/I-STATEMENT aman/I-STATEMENT ,/I-STATEMENT ”/L-STATEMENT
      kata/U-CUE Budi/U-PERSONCOREF . | Hujan turun . |
      ”/B-STATEMENT Besok/I-STATEMENT cerah/I-STATEMENT ,/I-STATEMENT ”/L-STATEMENT katanya/U-CUECOREF .
    # Sari/U-PERSON mengatakan/U-CUE , ”/B-STATEMENT Cukup/I-STATEMENT ./I-STATEMENT ”/L-STATEMENT`);
  const [first, second] = loadPfsa(file);

  it("rebuilds each article with Kompas quotation marks and paragraphs outside quotations", () => {
    expect(first?.text).toBe(
      "Kepala Dinas Budi Santoso datang. ”Kami siap. Semua aman,” kata Budi.\n\nHujan turun.\n\n”Besok cerah,” katanya.",
    );
    expect(second?.text).toBe("Sari mengatakan, ”Cukup.”");
  });

  it("gives each statement its content without marks, its cue and its resolved speaker", () => {
    if (!first || !second) throw new Error("two articles expected");
    const [a, b] = first.quotes;
    expect(slice(first, a?.content[0])).toBe("Kami siap. Semua aman,");
    expect(slice(first, a?.cue)).toBe("kata");
    expect(a?.speaker?.name).toBe("Budi Santoso");
    expect(a?.traits).toEqual(["mark:”", "sentences:several", "cue:after", "speaker:short-name"]);
    expect(slice(first, b?.content[0])).toBe("Besok cerah,");
    expect(slice(first, b?.cue)).toBe("katanya");
    expect(b?.speaker?.name).toBe("Budi Santoso");
    expect(b?.traits).toContain("speaker:earlier");
    const [c] = second.quotes;
    expect(c?.speaker?.name).toBe("Sari");
    expect(c?.traits).toContain("cue:before");
  });
});

describe("brat", () => {
  it("reads text-bound annotations, discontinuous ones included, and events", () => {
    const brat = parseBrat(
      "T1\tSource 0 4\tRina\nT2\tCue 5 9\tsaid\nT3\tContent 11 14;16 19\tabc def\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
    );
    expect(brat.spans.get("T3")).toEqual({
      id: "T3",
      type: "Content",
      fragments: [
        { start: 11, end: 14 },
        { start: 16, end: 19 },
      ],
      text: "abc def",
    });
    expect(brat.events).toEqual([
      {
        id: "E1",
        type: "Attribution",
        trigger: "T2",
        roles: [
          { role: "Content", target: "T3" },
          { role: "Cue", target: "T2" },
          { role: "Source", target: "T1" },
        ],
      },
    ]);
  });

  it("converts code-point offsets to UTF-16 past astral characters", () => {
    const text = "a😀b";
    const toUnits = codePointOffsets(text);
    expect([0, 1, 2, 3].map(toUnits)).toEqual([0, 1, 3, 4]);
    expect(text.slice(toUnits(2), toUnits(3))).toBe("b");
  });
});

describe("polnearQuotes", () => {
  const text = "“We will win,” Mr. Lane said. He added that taxes would fall. Rates rose, officials said.";
  const ann = [
    "T1\tContent 1 12\tWe will win",
    "T2\tSource 15 23\tMr. Lane",
    "T3\tCue 24 28\tsaid",
    "T4\tAttribution 24 28\tsaid",
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
    "T5\tSource 30 32\tHe",
    "T6\tCue 33 38\tadded",
    "T7\tContent 39 60\tthat taxes would fall",
    "T8\tAttribution 33 38\tadded",
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
    "T9\tContent 62 72\tRates rose",
    "T10\tCue 84 88\tsaid",
    "T11\tAttribution-no-source 84 88\tsaid",
    "E3\tAttribution-no-source:T11 Content:T9 Cue:T10",
  ].join("\n");
  const quotes = polnearQuotes(text, parseBrat(ann));

  it("makes one gold quote per attribution, marking which stand in quotation marks", () => {
    expect(quotes.map((q) => q.content.map((r) => text.slice(r.start, r.end)).join(" "))).toEqual([
      "We will win",
      "that taxes would fall",
      "Rates rose",
    ]);
    expect(quotes.map((q) => q.quoted)).toEqual([true, false, false]);
  });

  it("puts the fragments of a discontinuous content in text order", () => {
    const [quote] = polnearQuotes(
      text,
      parseBrat("T1\tContent 39 44;15 23\tthat Mr. Lane\nE1\tAttribution:T1 Content:T1"),
    );
    expect(quote?.content).toEqual([
      { start: 15, end: 23 },
      { start: 39, end: 44 },
    ]);
  });

  it("keeps the source mention as the speaker and classifies it", () => {
    expect(quotes.map((q) => q.speaker?.mentions.map((r) => text.slice(r.start, r.end)))).toEqual([
      ["Mr. Lane"],
      ["He"],
      undefined,
    ]);
    expect(quotes.map((q) => q.traits)).toEqual([
      ["style:quoted", "cue:after", "source:name"],
      ["style:unquoted", "cue:before", "source:pronoun"],
      ["style:unquoted", "cue:after", "source:none"],
    ]);
  });
});

describe("NER loaders", () => {
  it("reads idner-news-2k (TOKEN POS TAG, CRLF) into entities over the rebuilt text", () => {
    const file =
      "Menteri NOUN O\r\nAni PROPN B-PER\r\nRahma PROPN I-PER\r\nke ADP O\r\nBandung PROPN B-LOC\r\n. PUNCT O\r\n\r\nPT PROPN B-ORG\r\nMaju PROPN I-ORG\r\n";
    const [document] = loadIdner(file);
    if (!document) throw new Error("one document expected");
    expect(document.text).toBe("Menteri Ani Rahma ke Bandung.\n\nPT Maju");
    expect(document.entities.map((e) => [e.type, slice(document, e)])).toEqual([
      ["person", "Ani Rahma"],
      ["place", "Bandung"],
      ["organization", "PT Maju"],
    ]);
  });

  it("reads NER-UGM (TOKEN<TAB>TAG) with TIME and QUANTITY", () => {
    const file = "Senin\tB-TIME\n(\tI-TIME\n2/3\tI-TIME\n)\tI-TIME\nada\tO\n5\tB-QUANTITY\n%\tI-QUANTITY\n";
    const [document] = loadNerugm(file);
    if (!document) throw new Error("one document expected");
    expect(document.text).toBe("Senin (2/3) ada 5%");
    expect(document.entities.map((e) => [e.type, slice(document, e)])).toEqual([
      ["time", "Senin (2/3)"],
      ["quantity", "5%"],
    ]);
  });

  it("groups sentences into documents and never runs an entity across a sentence break", () => {
    const sentence = (tag: string) => [{ text: "Ani", tag }];
    const documents = nerDocuments([sentence("B-PER"), sentence("I-PER"), sentence("I-PER")], "s", 2);
    expect(documents.map((d) => [d.id, d.text, d.entities.length])).toEqual([
      ["s-1", "Ani\n\nAni", 2],
      ["s-3", "Ani", 1],
    ]);
  });
});
