/**
 * `annotationsOf` (astro-explainer/annotations): the annotations a page gets from
 * an entry's `remarkPluginFrontmatter`, through the integration's store or as they are.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Annotations } from "remark-explainer";
import { describe, expect, it, vi } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "explainer-store-"));
vi.mock("virtual:astro-explainer/store", () => ({ default: { dir } }));
const { annotationsOf } = await import("../../plugins/astro-explainer/routes/lib/annotations.js");

const annotations: Annotations = { lang: "en", entities: [], quotes: [], figures: [], blocks: [], warnings: [] };

describe("annotationsOf", () => {
  it("reads <store>/<ref>.json for a reference", () => {
    writeFileSync(join(dir, "abc.json"), JSON.stringify({ ...annotations, lang: "id" }));
    expect(annotationsOf({ explainer: { ref: "abc", lang: "id" } })?.lang).toBe("id");
  });

  it("returns annotations put in the frontmatter as they are (the remark plugin without the integration)", () => {
    expect(annotationsOf({ explainer: annotations })).toBe(annotations);
  });

  it("returns undefined when the plugin did not run", () => {
    expect(annotationsOf({ title: "x" })).toBeUndefined();
  });

  it("fails, naming the file, when the reference points at a missing file", () => {
    expect(() => annotationsOf({ explainer: { ref: "gone", lang: "en" } })).toThrow(
      /annotations are missing.*gone\.json/,
    );
  });
});
