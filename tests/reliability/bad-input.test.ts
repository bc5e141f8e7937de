/**
 * Issue 7: bad input through the bare unified pipeline: no crash, a clear message where
 * something is wrong, and nothing lost (the HTML equals the plain pipeline's once the
 * plugin's markup is taken out).
 */
import { describe, expect, it } from "vitest";
import type { Annotations } from "../../plugins/remark-explainer/src/types.js";
import { renderMarkdown } from "../support/html.ts";
import { invariantViolations } from "./invariants.ts";

/** Render with and without the plugin; return the annotations after checking nothing was lost. */
async function annotateSafely(markdown: string, options: { lang?: string } = {}): Promise<Annotations> {
  const plain = await renderMarkdown(markdown);
  const annotated = await renderMarkdown(markdown, { explainer: options, strip: true });
  expect(annotated.html).toBe(plain.html);
  const annotations = annotated.file.data.explainer;
  if (!annotations) throw new Error("no annotations on file.data.explainer");
  expect(invariantViolations(markdown, annotations)).toEqual([]);
  return annotations;
}

/** Deterministic pseudo-random bytes (a fixed LCG), so a failure can be replayed. */
function junkBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe("bad input", () => {
  it.for(["", " ", "\n\n\n", "\t", "\u0000", "\ufeff"])(
    "an empty article (%j) gives empty annotations",
    async (input) => {
      const annotations = await annotateSafely(input);
      expect(annotations.quotes).toEqual([]);
      expect(annotations.entities).toEqual([]);
      expect(annotations.figures).toEqual([]);
    },
  );

  it.for([
    "“Kami tidak akan mundur dari perundingan ini, kata Menteri Luar Negeri Ani Wijaya.",
    "The mayor said: “We will rebuild the bridge.\n\nNobody closed that quote, and 3,000 people waited.",
    "„Ini tidak adil, ujar Budi.\n\n«Nous partirons, a-t-il dit.\n\n「未完",
    "Kalimat dengan penutup saja” dan tanda ‘setengah.",
  ])("unclosed quotes keep their text: %j", async (input) => {
    await annotateSafely(input);
  });

  it.for([1, 2, 3])("binary junk (seed %i) neither throws nor loses text", async (seed) => {
    const bytes = junkBytes(64 * 1024, seed);
    await annotateSafely(new TextDecoder("utf-8").decode(bytes));
    await annotateSafely(new TextDecoder("latin1").decode(bytes));
  });

  it("a 5 MB article is annotated whole", async () => {
    const paragraph = (i: number) =>
      `“Kami akan mengirim ${i}.000 tentara ke perbatasan,” kata Menteri Pertahanan Ani Wijaya pada hari Senin. ` +
      `Minister Budi Santoso said about ${i},500 troops had arrived, according to a senior official (paragraph ${i}).`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 1; size < 5 * 1024 * 1024; i++) {
      parts.push(paragraph(i));
      size += (parts.at(-1)?.length ?? 0) + 2;
    }
    const markdown = parts.join("\n\n");
    const annotations = await annotateSafely(markdown, { lang: "id" });
    expect(annotations.blocks).toHaveLength(parts.length);
    expect(annotations.blocks.at(-1)?.span.text).toBe(parts.at(-1));
  }, 300_000);

  it.for(["not a language!", "", "12", "x".repeat(500), "<script>", "\u0000id"])(
    "an invalid lang (%j) is reported, never silently used",
    async (lang) => {
      let annotations: Annotations | undefined;
      try {
        annotations = await annotateSafely("“Kami siap,” kata Ani Wijaya kepada wartawan.", { lang });
      } catch (error) {
        // Refusing is fine when the message names the bad value.
        expect(String(error)).toContain(JSON.stringify(lang).slice(1, -1).slice(0, 40));
        return;
      }
      const warning = annotations.warnings.find((candidate) => candidate.ruleId === "unsupported-language");
      expect(warning, JSON.stringify(annotations.warnings)).toBeDefined();
    },
  );

  it("an unsupported language warns and falls back to the language-independent rules", async () => {
    const french =
      "« Nous sommes prêts à négocier », a déclaré le ministre Jean Dupont à Paris mardi.\n\nLe budget atteint 25 %.\n";
    const annotations = await annotateSafely(french, { lang: "fr" });
    expect(annotations.lang).toBe("fr");
    expect(annotations.warnings.map((warning) => warning.ruleId)).toContain("unsupported-language");
    // Quotation marks are language-independent: the quote is still found.
    expect(annotations.quotes.map((quote) => quote.content.text.trim())).toContain("Nous sommes prêts à négocier");
  });

  it("the unsupported-language warning reaches the file's messages (the build log)", async () => {
    const { file } = await renderMarkdown("« Bonjour », dit-il.", { explainer: { lang: "fr" } });
    expect(file.messages.map((message) => message.ruleId)).toContain("unsupported-language");
  });

  it.for([
    [{ speakers: { q99: "ani-wijaya" } }, 'explainer.speakers["q99"]'],
    [{ ignore: ["entitas-hantu"] }, "entitas-hantu"],
    [{ entities: { "Orang Hantu": { role: "juru bicara" } } }, "Orang Hantu"],
  ] as const)("an override naming nothing fails, naming the file and the override: %j", async ([overrides, named]) => {
    const markdown = "“Kami siap,” kata Menteri Luar Negeri Ani Wijaya kepada wartawan di Jakarta.\n";
    const rendering = renderMarkdown(markdown, {
      explainer: { lang: "id" },
      frontmatter: { explainer: overrides },
      path: "content/articles/stale-override.md",
    });
    await expect(rendering).rejects.toThrow(/stale-override\.md/);
    await expect(rendering).rejects.toThrow(named);
    await expect(rendering).rejects.toMatchObject({ name: "ExplainerOverrideError" });
  });
});
