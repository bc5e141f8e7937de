/**
 * Issue 7 through a real Astro build of this site: odd articles build and keep their text;
 * an unsupported language is a logged warning; an invalid `lang` and an override naming
 * nothing fail the build with a message naming the file and the culprit.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSiteCopy } from "../support/build.mjs";
import { findPage } from "../support/pages.mjs";

const fixtures = new URL("../fixtures/reliability/", import.meta.url);
const read = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(new URL(dir, fixtures)).map((name) => [name, readFileSync(new URL(`${dir}${name}`, fixtures), "utf8")]),
  );

/** Printable-ish junk from a fixed LCG: every code point below U+0800 except a few YAML/MDX breakers. */
function junk(length: number): string {
  let state = 7;
  let text = "";
  while (text.length < length) {
    state = (state * 1664525 + 1013904223) >>> 0;
    text += String.fromCharCode(state >>> 21);
  }
  return text;
}

const junkArticle = `---\ntitle: "Fixture: binary junk"\ndescription: "Random code points."\nlang: id\ndate: 2025-01-06\n---\n\n${junk(20_000)}\n\nThe last sentence after the junk survives.\n`;

describe("odd articles in an Astro build of the site", async () => {
  const site = await buildSiteCopy("reliability", {
    articles: { ...read("articles/"), "binary-junk.md": junkArticle },
  });

  it("builds", () => {
    expect(site.code, site.output).toBe(0);
  });

  it.for([
    ["Fixture: artikel tanpa isi", ""],
    ["Fixture: frontmatter only", ""],
    [
      "Fixture: kutipan yang tidak ditutup",
      "Kami tidak akan mundur dari perundingan ini, kata Menteri Luar Negeri Ani Wijaya",
    ],
    [
      "Fixture: kutipan yang tidak ditutup",
      "Paragraf terakhir ini harus tetap utuh: ‘setengah kutipan dan tanda » yang salah arah.",
    ],
    [
      "Fixture: article en français",
      "« Nous sommes prêts à négocier », a déclaré le ministre Jean Dupont à Paris mardi.",
    ],
    ["Fixture: binary junk", "The last sentence after the junk survives."],
  ])("%s has a page with its text: %j", async ([title, sentence]) => {
    const page = await findPage(site.dist, title);
    expect(page, `no page shows the title ${title}`).toBeDefined();
    if (sentence) expect(page?.text).toContain(sentence);
  });

  it("logs the unsupported language as a warning naming the article", () => {
    const line = site.output.split("\n").find((candidate) => /unsupported|no language pack/i.test(candidate));
    expect(line, site.output).toBeDefined();
    expect(site.output).toMatch(/unsupported-language\.md/);
  });
});

describe("articles that must fail the build", () => {
  it("an invalid lang fails naming the file and the field", async () => {
    const site = await buildSiteCopy("invalid-lang", {
      articles: { "invalid-lang.md": read("failing/")["invalid-lang.md"] ?? "" },
    });
    expect(site.code).not.toBe(0);
    expect(site.output).toMatch(/invalid-lang/);
    expect(site.output).toMatch(/\blang\b/);
  });

  it("an override naming a quote and an entity that do not exist fails naming the file and the override", async () => {
    const site = await buildSiteCopy("unknown-override", {
      articles: { "unknown-override.md": read("failing/")["unknown-override.md"] ?? "" },
    });
    expect(site.code, site.output).not.toBe(0);
    expect(site.output).toMatch(/unknown-override\.md/);
    expect(site.output).toMatch(/q99|entitas-hantu/);
  });
});
