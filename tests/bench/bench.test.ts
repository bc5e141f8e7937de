/**
 * The bench's generator is deterministic and produces what the bench claims
 * (sizes, quotes, names), and a quick bench run writes results of the right
 * shape. No timing is asserted here: the bench itself is the judge.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateArticle, generateArticles, worstNames, worstParagraph, worstQuotes } from "../../bench/generate.mjs";
import { pageWeight } from "../../bench/page.mjs";
import { exec } from "../support/exec.mjs";
import { BIN, ROOT } from "../support/paths.mjs";

const frontmatter = /^---\ntitle: ".+"\ndescription: ".+"\nlang: (id|en)\ndate: \d{4}-\d{2}-\d{2}\n---\n\n/;

describe("article generator", () => {
  it("gives the same bytes for the same seed and different bytes for another", () => {
    const first = generateArticles(6, { seed: 3 });
    expect(generateArticles(6, { seed: 3 })).toEqual(first);
    expect(generateArticles(6, { seed: 4 }).map((a) => a.markdown)).not.toEqual(first.map((a) => a.markdown));
  });

  it("writes ~4 KB articles with frontmatter, alternating Indonesian and English", () => {
    const articles = generateArticles(20, { seed: 1 });
    expect(articles.map((a) => a.lang).slice(0, 4)).toEqual(["id", "en", "id", "en"]);
    for (const { markdown, lang } of articles) {
      const size = Buffer.byteLength(markdown);
      expect(size).toBeGreaterThan(3500);
      expect(size).toBeLessThan(4800);
      expect(markdown).toMatch(frontmatter);
      expect(markdown.match(frontmatter)?.[1]).toBe(lang);
    }
  });

  it("formats figures in each language's own way", () => {
    const id = generateArticles(10, { seed: 2, langs: ["id"] })
      .map((a) => a.markdown)
      .join("");
    const en = generateArticles(10, { seed: 2, langs: ["en"] })
      .map((a) => a.markdown)
      .join("");
    expect(id).toMatch(/\d{1,3}\.\d{3}\b/); // 10.000
    expect(id).toMatch(/\d,\d persen/);
    expect(en).toMatch(/\d{1,3},\d{3}\b/); // 10,000
    expect(en).toMatch(/\d\.\d percent/);
  });

  it("builds the worst cases to size", () => {
    const paragraph = worstParagraph(50_000);
    const body = paragraph.replace(/^---[\s\S]*?---\n\n/, "");
    expect(Buffer.byteLength(body)).toBeGreaterThanOrEqual(50_000);
    expect(body.trim()).not.toContain("\n\n");
    expect(worstQuotes(101).match(/“/g)).toHaveLength(101);
    const names = worstNames(60, { lang: "en" }).match(/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ said that/gu) ?? [];
    expect(new Set(names).size).toBe(60);
  });

  it("depends on nothing but the seed", () => {
    expect(generateArticle({ seed: 9, lang: "en" })).toBe(generateArticle({ seed: 9, lang: "en" }));
  });
});

describe("page weight", () => {
  it("counts the page's scripts with their static imports, inline code and stylesheets, not JSON or lazy imports", () => {
    const weight = pageWeight({ dist: join(ROOT, "tests/fixtures/bench/built-site") });
    expect(weight.page).toBe("articles/sample/index.html");
    expect(weight.files.map((file) => file.file)).toEqual([
      "_astro/page.js",
      "_astro/shared.js",
      "inline script 1",
      "_astro/page.css",
      "inline style 1",
    ]);
    expect(weight.jsBytesGz).toBe(weight.files.slice(0, 3).reduce((sum, file) => sum + file.bytesGz, 0));
    expect(weight.cssBytesGz).toBe(weight.files.slice(3).reduce((sum, file) => sum + file.bytesGz, 0));
    expect(weight.missing).toBeUndefined();
  });
});

describe("npm run bench -- --quick", () => {
  it("writes results of the documented shape", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "bench-")), "results.json");
    const run = await exec(join(BIN, "node"), ["bench/run.mjs", "--quick", "--only", "annotator,worst", "--out", out], {
      cwd: ROOT,
    });
    expect(run.code, run.output).toBe(0);
    const results = JSON.parse(readFileSync(out, "utf8"));
    expect(results.machine).toEqual(
      expect.objectContaining({
        cpu: expect.any(String),
        cores: expect.any(Number),
        node: expect.stringMatching(/^v24/),
      }),
    );
    expect(results.annotator).toEqual(
      expect.objectContaining({
        mbPerS: expect.any(Number),
        compromiseMbPerS: expect.any(Number),
        ratioVsCompromise: expect.any(Number),
      }),
    );
    expect(Object.keys(results.worstCases)).toEqual(["paragraph", "quotes", "names"]);
    for (const result of Object.values(results.worstCases)) {
      expect(result).toEqual(expect.objectContaining({ n: expect.any(Number), ratio: expect.any(Number) }));
    }
    expect(results.targets["annotator MB/s"]).toEqual(expect.objectContaining({ met: expect.any(Boolean) }));
  });
});
