import { readFileSync } from "node:fs";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { annotate } from "../src/core/annotate.js";
import { documentFromText, documentFromTree } from "../src/core/document.js";
import type { Annotations, Quote } from "../src/types.js";
import { jsonFixtures } from "./json-fixtures.js";

/** A fixture: our own sentences, and what a careful reader finds in them. */
interface Fixture {
  lang: string;
  text: string;
  quotes: {
    kind: string;
    content: string;
    speaker?: string;
    cue?: string;
    source?: string;
    via?: string;
    /** Id of the quote this one continues, null for none; compared only when given. */
    continues?: string | null;
  }[];
  entities?: {
    id: string;
    type: string;
    role?: string;
    affiliation?: string;
    aliases?: string[];
    mentions?: string[];
  }[];
  /** Ids of entities found with no role and no affiliation. */
  unqualified?: string[];
}

/** The parts of a quote a fixture states: only the fields it gives are compared. */
function project(quote: Quote, expected: Fixture["quotes"][number]): Record<string, unknown> {
  const result: Record<string, unknown> = { kind: quote.kind, content: quote.content.text, speaker: quote.speaker };
  if ("cue" in expected) result.cue = quote.cue?.text;
  if ("source" in expected) result.source = quote.source?.text;
  if ("continues" in expected) result.continues = quote.continues ?? null;
  result.via = quote.via;
  return result;
}

function checkSpans(source: string, annotations: Annotations): void {
  for (const quote of annotations.quotes) {
    for (const span of [quote.content, quote.cue, quote.source]) {
      if (span) expect(source.slice(span.start, span.end)).toBe(span.text);
    }
  }
  const taken: [number, number][] = [];
  for (const entity of annotations.entities) {
    for (const span of entity.mentions) {
      expect(source.slice(span.start, span.end)).toBe(span.text);
      taken.push([span.start, span.end]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < taken.length; k++)
    expect((taken[k] as [number, number])[0]).toBeGreaterThanOrEqual((taken[k - 1] as [number, number])[1]);
}

describe("speech fixtures", () => {
  for (const [name, fixture] of jsonFixtures<Fixture>("speech")) {
    it(name, () => {
      const annotations = annotate(documentFromText(fixture.text), { lang: fixture.lang });
      checkSpans(fixture.text, annotations);
      const quotes = annotations.quotes.map((quote, index) =>
        project(quote, fixture.quotes[index] ?? fixture.quotes[0] ?? { kind: "", content: "" }),
      );
      const expected = fixture.quotes.map((quote) => ({ speaker: undefined, via: undefined, ...quote }));
      expect(quotes).toEqual(expected);
      for (const want of fixture.entities ?? []) {
        const entity = annotations.entities.find((candidate) => candidate.id === want.id);
        expect(entity, `entity ${want.id} in ${annotations.entities.map((e) => e.id).join(", ")}`).toBeDefined();
        const { mentions, ...fields } = want;
        expect(entity).toMatchObject(fields);
        if (mentions) expect(entity?.mentions.map((span) => span.text)).toEqual(mentions);
      }
      for (const id of fixture.unqualified ?? []) {
        const entity = annotations.entities.find((candidate) => candidate.id === id);
        expect({ id, role: entity?.role, affiliation: entity?.affiliation }).toEqual({
          id,
          role: undefined,
          affiliation: undefined,
        });
      }
    });
  }
});

describe("the shipped article, as a careful reader reads it", () => {
  const source = readFileSync(
    new URL("../../../content/articles/pasukan-korea-utara-ke-rusia.md", import.meta.url),
    "utf8",
  );
  const tree = unified().use(remarkParse).parse(source);
  const annotations = annotate(documentFromTree(tree, source), { lang: "id", date: "2024-10-29" });
  const said = annotations.quotes.map((quote) => ({
    kind: quote.kind,
    speaker: quote.speaker,
    via: quote.via,
    starts: quote.content.text.slice(0, 24),
  }));
  const entity = (id: string) => annotations.entities.find((candidate) => candidate.id === id);

  it("finds every quotation, partial quotation and indirect statement with its speaker", () => {
    expect(said).toEqual([
      { kind: "indirect", speaker: "pentagon", via: undefined, starts: "Diperkirakan 10.000 tent" },
      { kind: "partial", speaker: "pentagon", via: undefined, starts: "minggu-minggu mendatang" },
      { kind: "indirect", speaker: "sabrina-singh", via: undefined, starts: "Sekitar 10.000 tentara K" },
      { kind: "direct", speaker: "sabrina-singh", via: undefined, starts: "Sebagian dari tentara in" },
      { kind: "indirect", speaker: "yoon-suk-yeol", via: undefined, starts: "pengerahan militer Korea" },
      { kind: "partial", speaker: "yoon-suk-yeol", via: undefined, starts: "ilegal" },
      { kind: "indirect", speaker: "mark-rutte", via: undefined, starts: "penempatan pasukan Korea" },
      { kind: "partial", speaker: "mark-rutte", via: undefined, starts: "eskalasi yang signifikan" },
      { kind: "partial", speaker: "mark-rutte", via: undefined, starts: "ekspansi berbahaya dari " },
      { kind: "direct", speaker: "mark-rutte", via: undefined, starts: "Mendalamnya kerja sama m" },
      {
        kind: "indirect",
        speaker: "pejabat-kementerian-luar-negeri-korea-utara",
        via: undefined,
        starts: "jika Pyongyang mengambil",
      },
      { kind: "partial", speaker: "moskow", via: undefined, starts: "berita palsu." },
      { kind: "indirect", speaker: "vladimir-putin", via: undefined, starts: "itu adalah masalah inter" },
      { kind: "indirect", speaker: "sergey-lavrov", via: undefined, starts: "Pyongyang dan Moskow men" },
      { kind: "indirect", speaker: "sergey-lavrov", via: undefined, starts: "instruktur militer Barat" },
      { kind: "direct", speaker: "sabrina-singh", via: undefined, starts: "Jika kita melihat pasuka" },
      { kind: "partial", speaker: "sabrina-singh", via: undefined, starts: "tidak akan ada batasan d" },
      { kind: "direct", speaker: "sabrina-singh", via: undefined, starts: "Ini adalah perhitungan y" },
      { kind: "indirect", speaker: "yoon-suk-yeol", via: "yonhap", starts: "negaranya harus “mengeva" },
      { kind: "partial", speaker: "yoon-suk-yeol", via: undefined, starts: "mengevaluasi secara meny" },
      { kind: "indirect", speaker: "andrii-sybiha", via: undefined, starts: "Kiev telah memperingatka" },
      { kind: "direct", speaker: "andrii-sybiha", via: undefined, starts: "Singkatnya: dengarkan Uk" },
    ]);
    expect(annotations.quotes.map((quote) => quote.id)).toEqual(annotations.quotes.map((_, index) => `q${index + 1}`));
    checkSpans(source, annotations);
  });

  it("names speakers by surname, title and surname, “Dia” and “katanya”", () => {
    const sources = annotations.quotes.map((quote) => quote.source?.text);
    expect(sources).toContain("Singh");
    expect(sources).toContain("Dia");
    expect(sources).toContain("nya");
    expect(annotations.quotes.find((quote) => quote.via === "yonhap")?.source?.text).toBe("Yoon");
    expect(entity("sabrina-singh")?.mentions.map((span) => span.text)).toEqual([
      "Sabrina Singh",
      "Singh",
      "Singh",
      "Dia",
      "Singh",
    ]);
    expect(entity("yoon-suk-yeol")?.mentions.map((span) => span.text)).toEqual(["Yoon Suk-yeol", "ia", "Yoon"]);
  });

  it("knows the people, with roles and affiliations, including those who never speak", () => {
    expect(entity("sabrina-singh")).toMatchObject({
      type: "person",
      role: "juru bicara Pentagon",
      affiliation: "pentagon",
    });
    expect(entity("mark-rutte")).toMatchObject({
      type: "person",
      role: "Sekretaris Jenderal NATO",
      affiliation: "nato",
    });
    expect(entity("yoon-suk-yeol")).toMatchObject({ type: "person", role: "Presiden Korea Selatan" });
    expect(entity("sergey-lavrov")).toMatchObject({ type: "person", role: "Menteri Luar Negeri Rusia" });
    expect(entity("andrii-sybiha")).toMatchObject({ type: "person", role: "Menteri Luar Negeri Ukraina" });
    expect(entity("lloyd-austin")).toMatchObject({ type: "person", role: "Menteri Pertahanan AS" });
    expect(entity("antony-blinken")).toMatchObject({ type: "person", role: "Menteri Luar Negeri" });
    expect(entity("vladimir-putin")).toMatchObject({ type: "person", role: "Presiden Rusia" });
  });

  it("knows the organizations, the unnamed source and the places", () => {
    for (const id of ["pentagon", "nato", "kementerian-luar-negeri-korea-utara", "yonhap"]) {
      expect(entity(id)?.type, id).toBe("organization");
    }
    expect(entity("republik-demokratik-rakyat-korea")).toMatchObject({ type: "organization", aliases: ["DPRK"] });
    expect(entity("pejabat-kementerian-luar-negeri-korea-utara")).toMatchObject({
      type: "group",
      affiliation: "kementerian-luar-negeri-korea-utara",
    });
    for (const id of [
      "rusia",
      "ukraina",
      "korea-utara",
      "korea-selatan",
      "moskow",
      "pyongyang",
      "washington",
      "kiev",
      "oblast-kursk",
    ]) {
      expect(entity(id)?.type, id).toBe("place");
    }
    const people = annotations.entities.filter((candidate) => candidate.type === "person").map((person) => person.id);
    expect(people.sort()).toEqual([
      "andrii-sybiha",
      "antony-blinken",
      "lloyd-austin",
      "mark-rutte",
      "sabrina-singh",
      "sergey-lavrov",
      "vladimir-putin",
      "yoon-suk-yeol",
    ]);
  });

  it("takes the subheading in quotation marks for a heading, not a quotation", () => {
    expect(annotations.quotes.some((quote) => quote.content.text.startsWith("Berita palsu"))).toBe(false);
    expect(annotations.warnings.filter((warning) => warning.ruleId === "low-confidence-speaker")).toEqual([]);
  });
});
