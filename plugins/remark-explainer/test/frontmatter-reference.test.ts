/**
 * What the plugin leaves in Astro's frontmatter (`file.data.astro.frontmatter.explainer`):
 * the whole annotations by default (the only channel without astro-explainer), or with
 * `frontmatter: "reference"` their key in the cache folder, where the same annotations are.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { createAnnotationCache } from "../src/cache.js";
import remarkExplainer, { isAnnotations, isReference, type Options } from "../src/index.js";
import satteriExplainer, { type SatteriContext } from "../src/satteri.js";
import { AnnotationStore } from "../src/store.js";

const article = `"We open on Monday," said Tomas Brandt, the mayor of Eastfield.\n`;

function frontmatterAfterUnified(options: Options) {
  const file = new VFile({ value: article, path: "mayor.md" });
  file.data = { astro: { frontmatter: { lang: "en" } } };
  const processor = unified().use(remarkParse).use(remarkExplainer, options);
  processor.runSync(processor.parse(file), file);
  return { value: (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter.explainer, file };
}

/** The Sätteri adapter on a unified-parsed tree (same positions), through a minimal context. */
function frontmatterAfterSatteri(options: Options) {
  const frontmatter: Record<string, unknown> = { lang: "en" };
  const ctx: SatteriContext = {
    fileURL: undefined,
    source: article,
    data: { astro: { frontmatter } },
    replaceNode: () => {},
    prependChild: () => {},
    appendChild: () => {},
  };
  const tree = unified().use(remarkParse).parse(article);
  satteriExplainer(options)({ fileURL: undefined, source: article, data: ctx.data }).before(tree, ctx);
  return { value: frontmatter.explainer, data: ctx.data.explainer };
}

describe("frontmatter.explainer", () => {
  it("holds the annotations by default, with or without a cache", () => {
    for (const cache of [
      false,
      createAnnotationCache({ dir: mkdtempSync(join(tmpdir(), "explainer-fm-")) }),
    ] as const) {
      const { value, file } = frontmatterAfterUnified({ cache });
      expect(isAnnotations(value)).toBe(true);
      expect(value).toBe(file.data.explainer);
    }
    expect(isAnnotations(frontmatterAfterSatteri({}).value)).toBe(true);
  });

  it('holds { ref, lang } with frontmatter: "reference", the annotations being the entry <ref> of the store in cache.dir', () => {
    for (const run of [frontmatterAfterUnified, frontmatterAfterSatteri]) {
      const cache = createAnnotationCache({ dir: mkdtempSync(join(tmpdir(), "explainer-fm-")), reuse: false });
      const { value } = run({ cache, frontmatter: "reference" });
      if (!isReference(value)) throw new Error(`${run.name}: no reference in ${JSON.stringify(value)}`);
      expect(Object.keys(value).sort()).toEqual(["lang", "ref"]);
      expect(value.lang).toBe("en");
      const stored = JSON.parse(new AnnotationStore(cache.dir as string).get(value.ref) ?? "null");
      expect(stored.entities.map((entity: { name: string }) => entity.name)).toContain("Tomas Brandt");
      expect(stored.quotes).toHaveLength(1);
    }
  });

  it("keeps the annotations in file.data.explainer when the frontmatter has the reference", () => {
    const cache = createAnnotationCache({ dir: mkdtempSync(join(tmpdir(), "explainer-fm-")) });
    const { value, file } = frontmatterAfterUnified({ cache, frontmatter: "reference" });
    expect(isReference(value)).toBe(true);
    expect(file.data.explainer?.quotes).toHaveLength(1);
    expect(isAnnotations(frontmatterAfterSatteri({ cache, frontmatter: "reference" }).data)).toBe(true);
  });

  it("falls back to the annotations when the cache is not on disk (no file to refer to)", () => {
    for (const cache of [false, createAnnotationCache({ dir: false })] as const) {
      expect(isAnnotations(frontmatterAfterUnified({ cache, frontmatter: "reference" }).value)).toBe(true);
    }
  });

  it("a second render of the same frontmatter takes its reference for no author overrides", () => {
    const cache = createAnnotationCache({ dir: mkdtempSync(join(tmpdir(), "explainer-fm-")) });
    const file = new VFile({ value: article });
    file.data = { astro: { frontmatter: { lang: "en" } } };
    const processor = unified().use(remarkParse).use(remarkExplainer, { cache, frontmatter: "reference" });
    processor.runSync(processor.parse(file), file);
    expect(() => processor.runSync(processor.parse(file), file)).not.toThrow();
    expect(file.data.explainer?.quotes).toHaveLength(1);
  });
});
