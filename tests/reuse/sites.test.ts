/**
 * Proof that the packages work in another Astro site, installed from their
 * `npm pack` tarballs: one fixture site per Markdown processor, each with an
 * `.md` and an `.mdx` page in a content collection and in `src/pages`, built
 * with `astro build` and its HTML checked for marks and cards. On Sätteri the
 * site is built again with other options, which must not be served stale.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copySite, installFromTarballs } from "./install.js";

let dir = "";
beforeAll(() => {
  dir = installFromTarballs();
}, 180_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pages = {
  "collection .md": "articles/harbour/index.html",
  "collection .mdx": "articles/pasar/index.html",
  "src/pages .md": "page-md/index.html",
  "src/pages .mdx": "page-mdx/index.html",
};

const read = (site: string, page: string): string => readFileSync(join(site, "dist", page), "utf8");

describe.each(["satteri", "unified"])("fixture site on %s, packages from tarballs", (name) => {
  let site = "";
  let log = "";
  beforeAll(() => {
    site = copySite(dir, name);
    log = astroBuild(site, dir);
  }, 300_000);

  it.each(Object.entries(pages))("%s is annotated, with cards", (_kind, page) => {
    const html = read(site, page);
    expect(html).toMatch(/<a [^>]*data-explainer="(person|organization|place|group)"/);
    expect(html).toMatch(/data-explainer="figure"/);
    expect(html).toMatch(/data-explainer-added="cards"/);
  });

  it("hands the annotations to the page (remarkPluginFrontmatter)", () => {
    expect(read(site, pages["collection .md"])).toMatch(/<body data-quotes="[1-9]/);
  });

  it("renders the package's components and stylesheet, imported by name", () => {
    const html = read(site, pages["collection .md"]);
    expect(html).toMatch(/<nav class="explainer-legend"/);
    expect(html).toMatch(/<section class="explainer-wsw"/);
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]+\.css"/);
  });

  it("keeps the annotations in Astro's cacheDir, an entry per article, and only a reference in its content store", () => {
    const store = join(site, "node_modules/.astro/explainer/articles");
    // Pages in src/pages (3) and collection entries (2), with or without warnings: one pack, an index line each.
    expect(readdirSync(store).filter((name) => name.endsWith(".jsonl")).length).toBe(1);
    expect(readFileSync(join(store, "index.tsv"), "utf8").trim().split("\n").length).toBe(5);
    const contentStore = readFileSync(join(site, "node_modules/.astro/data-store.json"), "utf8");
    expect(contentStore).toMatch(/"ref":/);
    expect(contentStore).not.toMatch(/"mentions":/);
  });

  it("keeps marks and cards compact in its content store and writes them out in every page", () => {
    const contentStore = readFileSync(join(site, "node_modules/.astro/data-store.json"), "utf8");
    // Sätteri defers marked text to the middleware; unified writes compact marks.
    expect(contentStore).toContain(name === "satteri" ? "!--x@" : "!--x:");
    // Markdown entries hold a comment naming their cards; the middleware renders the section in the page.
    expect(contentStore).toContain("!--x-cards:");
    for (const page of Object.values(pages)) expect(read(site, page)).not.toMatch(/<!--x:|<!--\/x-->/);
  });

  it("logs annotation warnings with the file's name", () => {
    expect(log).toMatch(/page-fr\.md.*unsupported-language/);
  });
});

describe("new options are not served stale from Astro's content store", () => {
  it("rebuilds collection entries when the options change", () => {
    const site = join(dir, "satteri");
    expect(existsSync(join(site, "node_modules/.astro/data-store.json"))).toBe(true);
    const config = readFileSync(join(site, "astro.config.mjs"), "utf8");
    expect(config).toContain("[mdx(), explainer()]");
    writeFileSync(
      join(site, "astro.config.mjs"),
      config.replace("[mdx(), explainer()]", "[mdx(), explainer({ cards: false })]"),
    );
    const log = astroBuild(site, dir);
    expect(log).toMatch(/cleared Astro's content store/);
    const html = read(site, pages["collection .md"]);
    expect(html).toMatch(/data-explainer="/);
    expect(html).not.toMatch(/data-explainer-added="cards"/);
  }, 300_000);
});
