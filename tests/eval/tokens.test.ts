import { describe, expect, it } from "vitest";
import { decodeTags } from "./tags.ts";
import { joinSentences, type Token } from "./tokens.ts";

/** "word/TAG" pairs, space-separated; a bare word is tagged O. */
function tokens(line: string): Token[] {
  return line.split(" ").map((pair) => {
    const [text = "", tag = "O"] = pair.split("/");
    return { text, tag };
  });
}

const statementRole = (token: Token) =>
  token.tag === "B-STATEMENT" ? ("open" as const) : token.tag === "L-STATEMENT" ? ("close" as const) : undefined;

describe("joinSentences", () => {
  it.each([
    ["Kata ( dia ) , ini : ya ; oke .", "Kata (dia), ini: ya; oke."],
    ["Naik 5 % ? Ya !", "Naik 5%? Ya!"],
    ["Ia menyebut ” ajaib ” saja .", "Ia menyebut ”ajaib” saja."],
    ["“ Halo , ” sapa Sari .", "“Halo,” sapa Sari."],
    ['Ia bilang " cukup " lalu pergi .', 'Ia bilang "cukup" lalu pergi.'],
  ])("spaces %j as %j", (input, expected) => {
    expect(joinSentences([tokens(input)], { quotesSpanSentences: false }).text).toBe(expected);
  });

  it("puts an opening ” that ends a sentence against the next word, in the same paragraph", () => {
    const sentences = [
      tokens("Ia tiba pagi . ”/B-STATEMENT"),
      tokens(
        "Jadi/I-STATEMENT ,/I-STATEMENT kami/I-STATEMENT pulang/I-STATEMENT ,/I-STATEMENT ”/L-STATEMENT kata Budi .",
      ),
      tokens("Lalu hujan ."),
    ];
    const joined = joinSentences(sentences, { quotesSpanSentences: true, roleHint: statementRole });
    expect(joined.text).toBe("Ia tiba pagi. ”Jadi, kami pulang,” kata Budi.\n\nLalu hujan.");
    const jadi = joined.ranges[1]?.[0];
    expect(jadi && joined.text.slice(jadi.start, jadi.end)).toBe("Jadi");
  });

  it("lets the tags override the guess for a ” that would otherwise close", () => {
    // Without the hint the second ” would close the first; the tags say it opens a new statement.
    const sentence = tokens("Ia menyebut ” ajaib . ”/B-STATEMENT Kami/I-STATEMENT senang/I-STATEMENT ”/L-STATEMENT");
    const text = joinSentences([sentence], { quotesSpanSentences: true, roleHint: statementRole }).text;
    expect(text).toBe("Ia menyebut ”ajaib. ”Kami senang”");
  });

  it("starts every sentence with fresh quotation state when quotes do not span sentences", () => {
    const joined = joinSentences([tokens('Ia bilang " cukup .'), tokens('" Halo " katanya .')], {
      quotesSpanSentences: false,
    });
    expect(joined.text).toBe('Ia bilang "cukup.\n\n"Halo" katanya.');
  });

  it("maps every token to its characters", () => {
    const joined = joinSentences([tokens("Rp 5 juta ( naik ) ."), tokens("Selesai .")], { quotesSpanSentences: false });
    const words = joined.ranges.flat().map((range) => joined.text.slice(range.start, range.end));
    expect(words).toEqual(["Rp", "5", "juta", "(", "naik", ")", ".", "Selesai", "."]);
  });
});

describe("decodeTags", () => {
  it("decodes BILOU", () => {
    const tags = ["B-STATEMENT", "I-STATEMENT", "L-STATEMENT", "U-CUE", "U-PERSONCOREF", "O", "B-ROLE", "L-ROLE"];
    expect(decodeTags(tags)).toEqual([
      { label: "STATEMENT", first: 0, last: 2 },
      { label: "CUE", first: 3, last: 3 },
      { label: "PERSONCOREF", first: 4, last: 4 },
      { label: "ROLE", first: 6, last: 7 },
    ]);
  });

  it("decodes BIO, splitting at B- and at a change of label", () => {
    const tags = ["B-PER", "I-PER", "B-PER", "O", "I-ORG", "I-ORG", "I-LOC", "B-LOC"];
    expect(decodeTags(tags)).toEqual([
      { label: "PER", first: 0, last: 1 },
      { label: "PER", first: 2, last: 2 },
      { label: "ORG", first: 4, last: 5 },
      { label: "LOC", first: 6, last: 6 },
      { label: "LOC", first: 7, last: 7 },
    ]);
  });

  it("ends a run at L- and U- even when the next tag continues the label", () => {
    expect(decodeTags(["U-X", "I-X", "L-X", "I-X"])).toEqual([
      { label: "X", first: 0, last: 0 },
      { label: "X", first: 1, last: 2 },
      { label: "X", first: 3, last: 3 },
    ]);
  });
});
