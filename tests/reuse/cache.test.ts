/**
 * Caching: annotations are reused for the same text, options and version only,
 * and the integration clears Astro's content store when what renders changed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  annotationStoreDir,
  contentStamp,
  invalidateContentStore,
} from "../../plugins/astro-explainer/src/content-store.js";
import { cachedAnnotations, createAnnotationCache, pluginVersion } from "../../plugins/remark-explainer/src/cache.js";
import { AnnotationStore } from "../../plugins/remark-explainer/src/store.js";
import type { Annotations } from "../../plugins/remark-explainer/src/types.js";

const result = (lang: string): Annotations => ({
  lang,
  entities: [],
  quotes: [],
  figures: [],
  blocks: [],
  warnings: [],
});

/** Annotate through the cache, counting how often the annotator really runs. */
function counter(cache: ReturnType<typeof createAnnotationCache>) {
  let runs = 0;
  const annotate = (source: string, options: object = {}) =>
    cachedAnnotations(cache, source, options, "test", () => {
      runs++;
      return result(`run${runs}`);
    }).annotations;
  return { annotate, runs: () => runs };
}

describe("annotation cache", () => {
  it("is stamped with the package's version and a hash of its code", () => {
    const { version } = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../plugins/remark-explainer/package.json"), "utf8"),
    );
    expect(pluginVersion).toMatch(new RegExp(`^${version.replace(/\./g, "\\.")}\\+[0-9a-f]{12}$`));
  });

  it("reuses a result for the same text and options, not for other text or options", () => {
    const { annotate, runs } = counter(createAnnotationCache({ dir: false }));
    annotate("Ia berkata.");
    annotate("Ia berkata.");
    expect(runs()).toBe(1);
    annotate("Ia berkata lagi.");
    annotate("Ia berkata.", { lang: "en" });
    expect(runs()).toBe(3);
  });

  it("keeps results on disk for the next build, and a new version never reads them", () => {
    const dir = mkdtempSync(join(tmpdir(), "explainer-cache-"));
    const first = counter(createAnnotationCache({ dir, version: "1.0.0" }));
    expect(first.annotate("Teks.").lang).toBe("run1");

    const nextBuild = counter(createAnnotationCache({ dir, version: "1.0.0" }));
    expect(nextBuild.annotate("Teks.").lang).toBe("run1");
    expect(nextBuild.runs()).toBe(0);

    const upgraded = counter(createAnnotationCache({ dir, version: "1.1.0" }));
    expect(upgraded.annotate("Teks.").lang).toBe("run1");
    expect(upgraded.runs()).toBe(1);
    // The older version's entry is gone: one pack and one index line, and the version stamp.
    expect(readdirSync(dir).filter((name) => name.endsWith(".jsonl"))).toHaveLength(1);
    expect(readFileSync(join(dir, "index.tsv"), "utf8").split("\n")).toHaveLength(2);
    expect(readFileSync(join(dir, "version.txt"), "utf8")).toBe("1.1.0");
  });

  it("reuses on disk what the same build wrote, and writes again into a folder removed meanwhile", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "explainer-cache-")), "articles");
    const cache = createAnnotationCache({ dir, version: "1.0.0" });
    const { annotate, runs } = counter(cache);
    expect(annotate("Teks.").lang).toBe("run1");
    expect(annotate("Teks.").lang).toBe("run1");
    expect(runs()).toBe(1);
    rmSync(dir, { recursive: true });
    expect(annotate("Teks lain.").lang).toBe("run2");
    const store = new AnnotationStore(dir);
    expect(store.get(cache.key("Teks lain.", {}, "test"))).toContain('"run2"');
    expect(store.get(cache.key("Teks.", {}, "test"))).toBeUndefined();
  });

  it("writes an entry again when the one on disk cannot be read back", () => {
    const dir = mkdtempSync(join(tmpdir(), "explainer-cache-"));
    const key = createAnnotationCache({ dir, version: "1.0.0" }).key("Teks.", {}, "test");
    new AnnotationStore(dir).put(key, '{"lang":');
    const build = counter(createAnnotationCache({ dir, version: "1.0.0" }));
    expect(build.annotate("Teks.").lang).toBe("run1");
    const next = counter(createAnnotationCache({ dir, version: "1.0.0" }));
    expect(next.annotate("Teks.").lang).toBe("run1");
    expect(next.runs()).toBe(0);
  });

  it("appends every entry of a build to one pack, leaving entries of earlier builds where they are", () => {
    const dir = mkdtempSync(join(tmpdir(), "explainer-cache-"));
    counter(createAnnotationCache({ dir, version: "1.0.0" })).annotate("Satu.");
    const next = counter(createAnnotationCache({ dir, version: "1.0.0" }));
    for (const text of ["Satu.", "Dua.", "Tiga."]) next.annotate(text);
    expect(next.runs()).toBe(2);
    expect(readdirSync(dir).filter((name) => name.endsWith(".jsonl"))).toHaveLength(2);
    expect(readdirSync(dir).filter((name) => name.endsWith(".json"))).toEqual([]);
  });

  it("with reuse: false, annotates every time and still writes each article's entry, once", () => {
    const dir = mkdtempSync(join(tmpdir(), "explainer-cache-"));
    const { annotate } = counter(createAnnotationCache({ dir, version: "1.0.0" }));
    annotate("Teks.");
    const cache = createAnnotationCache({ dir, version: "1.0.0", reuse: false });
    const again = counter(cache);
    again.annotate("Teks.");
    again.annotate("Teks lain.");
    again.annotate("Teks lain.");
    expect(again.runs()).toBe(3);
    const key = cache.key("Teks.", {}, "test");
    expect(JSON.parse(new AnnotationStore(dir).get(key) ?? "null").lang).toBe("run1");
    expect(readFileSync(join(dir, "index.tsv"), "utf8").trim().split("\n")).toHaveLength(2);
    expect(cachedAnnotations(cache, "Teks.", {}, "test", () => result("x")).key).toBe(key);
  });

  it("gives the key of an entry only when it is on disk", () => {
    expect(cachedAnnotations(createAnnotationCache({ dir: false }), "Teks.", {}, "t", () => result("x")).key).toBe(
      undefined,
    );
    expect(cachedAnnotations(false, "Teks.", {}, "t", () => result("x")).key).toBe(undefined);
  });

  it("hashes options by value, functions by their source, whatever the key order", () => {
    const cache = createAnnotationCache({ dir: false });
    expect(cache.key("x", { a: 1, b: [2] }, "n")).toBe(cache.key("x", { b: [2], a: 1 }, "n"));
    expect(cache.key("x", { f: () => 1 }, "n")).not.toBe(cache.key("x", { f: () => 2 }, "n"));
    expect(cache.key("x", {}, "satteri")).not.toBe(cache.key("x", {}, "unified"));
  });
});

describe("Astro content store invalidation", () => {
  function project() {
    const root = mkdtempSync(join(tmpdir(), "explainer-store-"));
    const cacheDir = pathToFileURL(join(root, "node_modules/.astro/"));
    const dotAstroDir = pathToFileURL(join(root, ".astro/"));
    const stores = [join(root, "node_modules/.astro/data-store.json"), join(root, ".astro/data-store.json")];
    const writeStores = () => {
      for (const store of stores) {
        mkdirSync(join(store, ".."), { recursive: true });
        writeFileSync(store, "{}");
      }
    };
    return { locations: { cacheDir, dotAstroDir }, stores, writeStores };
  }

  it("clears the store on first use, keeps it while nothing changes, clears it for a new version", () => {
    const { locations, stores, writeStores } = project();
    const v1 = contentStamp({ "remark-explainer": "1.0.0" }, "{}");
    writeStores();
    expect(invalidateContentStore(v1, locations)).toBe("new");
    expect(stores.map((store) => existsSync(store))).toEqual([false, false]);

    writeStores();
    expect(invalidateContentStore(v1, locations)).toBe("unchanged");
    expect(stores.map((store) => existsSync(store))).toEqual([true, true]);

    const v2 = contentStamp({ "remark-explainer": "1.0.1" }, "{}");
    expect(invalidateContentStore(v2, locations)).toBe("changed");
    expect(stores.map((store) => existsSync(store))).toEqual([false, false]);
  });

  it("clears it when the annotation store was removed, since its entries point into that folder", () => {
    const { locations, stores, writeStores } = project();
    const stamp = contentStamp({ v: "1" }, "{}");
    invalidateContentStore(stamp, locations);
    writeStores();
    const storeDir = fileURLToPath(new URL(annotationStoreDir, locations.cacheDir));
    expect(existsSync(join(storeDir, "content-stamp.txt"))).toBe(true);
    rmSync(storeDir, { recursive: true });
    expect(invalidateContentStore(stamp, locations)).toBe("new");
    expect(stores.map((store) => existsSync(store))).toEqual([false, false]);
  });

  it("clears it when the options change", () => {
    const { locations, stores, writeStores } = project();
    invalidateContentStore(contentStamp({ v: "1" }, "{}"), locations);
    writeStores();
    expect(invalidateContentStore(contentStamp({ v: "1" }, '{"cards":false}'), locations)).toBe("changed");
    expect(existsSync(stores[0] as string)).toBe(false);
  });
});
