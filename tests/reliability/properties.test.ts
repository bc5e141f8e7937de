/**
 * Issue 7, property tests over generated Markdown: the plugin never throws, loses or adds
 * no text, every Span cuts its own text out of the source, quotes nest but never cross, and
 * annotating twice gives the same result.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotate, documentFromText } from "../../plugins/remark-explainer/src/core/annotate.js";
import type { Annotations } from "../../plugins/remark-explainer/src/types.js";
import { renderMarkdown } from "../support/html.ts";
import { article } from "./arbitraries.ts";
import { invariantViolations } from "./invariants.ts";

// A fixed seed keeps CI reproducible; FC_SEED=<n> explores other cases (a failure prints its seed and path).
const runs = { numRuns: 300, seed: Number(process.env.FC_SEED ?? 7_2025) };
const languages = fc.constantFrom<{ lang?: string }>({}, { lang: "id" }, { lang: "en" }, { lang: "zz" });

async function annotationsOf(markdown: string, options: { lang?: string }): Promise<Annotations> {
  const { file } = await renderMarkdown(markdown, { explainer: options });
  const annotations = file.data.explainer;
  if (!annotations) throw new Error("the plugin stored no annotations on file.data.explainer");
  return annotations;
}

describe("generated Markdown", () => {
  it("keeps the rendered text exactly (unwrapping the plugin's markup gives the plain HTML)", async () => {
    await fc.assert(
      fc.asyncProperty(article, languages, async (markdown, options) => {
        const plain = await renderMarkdown(markdown);
        const annotated = await renderMarkdown(markdown, { explainer: options, strip: true });
        expect(annotated.html).toBe(plain.html);
      }),
      runs,
    );
  });

  it("gives spans that cut their text out of the source, quotes that never cross, valid references", async () => {
    await fc.assert(
      fc.asyncProperty(article, languages, async (markdown, options) => {
        expect(invariantViolations(markdown, await annotationsOf(markdown, options))).toEqual([]);
      }),
      runs,
    );
  });

  it("annotates the same way twice", async () => {
    await fc.assert(
      fc.asyncProperty(article, languages, async (markdown, options) => {
        expect(await annotationsOf(markdown, options)).toEqual(await annotationsOf(markdown, options));
      }),
      runs,
    );
  });

  it("holds for the same text read as plain text (the .txt path)", () => {
    fc.assert(
      fc.property(article, languages, (text, options) => {
        const first = annotate(documentFromText(text), options);
        expect(invariantViolations(text, first)).toEqual([]);
        expect(annotate(documentFromText(text), options)).toEqual(first);
      }),
      runs,
    );
  });
});
