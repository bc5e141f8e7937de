/**
 * `annotationsOf` (astro-explainer/annotations): the annotations a page gets from
 * an entry's `remarkPluginFrontmatter`, through the integration's store or as they are.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Annotations } from "remark-explainer";
import { describe, expect, it, vi } from "vitest";
import { AnnotationStore } from "../../plugins/remark-explainer/src/store.js";

const dir = mkdtempSync(join(tmpdir(), "explainer-store-"));
vi.mock("virtual:astro-explainer/store", () => ({ default: { dir } }));
const { annotationsOf } = await import("../../plugins/astro-explainer/routes/lib/annotations.js");

const annotations: Annotations = { lang: "en", entities: [], quotes: [], figures: [], blocks: [], warnings: [] };

describe("annotationsOf", () => {
  it("reads the store's entry for a reference, and entries written after its first read", () => {
    const writer = new AnnotationStore(dir);
    writer.put("abc", JSON.stringify({ ...annotations, lang: "id" }));
    expect(annotationsOf({ explainer: { ref: "abc", lang: "id" } })?.lang).toBe("id");
    writer.put("def", JSON.stringify({ ...annotations, lang: "fr" }));
    expect(annotationsOf({ explainer: { ref: "def", lang: "fr" } })?.lang).toBe("fr");
  });

  it("returns annotations put in the frontmatter as they are (the remark plugin without the integration)", () => {
    expect(annotationsOf({ explainer: annotations })).toBe(annotations);
  });

  it("returns undefined when the plugin did not run", () => {
    expect(annotationsOf({ title: "x" })).toBeUndefined();
  });

  it("fails, naming the entry, when the reference points at a missing entry", () => {
    expect(() => annotationsOf({ explainer: { ref: "gone", lang: "en" } })).toThrow(
      /annotations are missing \(entry gone in /,
    );
  });
});
