import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Element, Root as HastRoot } from "hast";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import remarkExplainer from "../src/index.js";
import { shorten } from "../src/mdast/format.js";
import { collectMarks, labelsFor, locateWarnings, MarkCursor, splitText } from "../src/mdast/index.js";
import type { Annotations } from "../src/types.js";
import { fixtureNames, loadFixture, stripExplainer, toHast, toHtml } from "./rewrite-helpers.js";

/** Set UPDATE_FIXTURES=1 to write a missing expected.html (then read it before committing). */
const update = process.env.UPDATE_FIXTURES === "1";

function nestedLinks(tree: HastRoot): number {
  let count = 0;
  const visit = (node: HastRoot | Element, insideLink: boolean): void => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const isLink = child.tagName === "a" && child.properties.href !== undefined;
      if (isLink && insideLink) count++;
      visit(child, insideLink || isLink);
    }
  };
  visit(tree, false);
  return count;
}

describe.each(fixtureNames())("rewrite fixture %s", (name) => {
  const fixture = loadFixture(name);
  const rewritten = toHast(fixture.source, { annotations: fixture.annotations, options: fixture.options });

  it("renders the expected HTML", () => {
    const html = `${toHtml(rewritten)}\n`;
    if (update && !existsSync(fixture.expectedPath)) writeFileSync(fixture.expectedPath, html);
    expect(html).toBe(readFileSync(fixture.expectedPath, "utf8"));
  });

  it("gives back the plain HTML once wrappers are unwrapped and added elements removed", () => {
    expect(toHtml(stripExplainer(rewritten))).toBe(toHtml(toHast(fixture.source)));
  });

  it("never nests a link in a link", () => {
    expect(nestedLinks(rewritten)).toBe(0);
  });
});

describe("splitText", () => {
  const annotations: Annotations = {
    lang: "en",
    entities: [{ id: "ann", type: "person", name: "Ann", mentions: [{ start: 10, end: 13, text: "Ann" }] }],
    quotes: [],
    figures: [],
    blocks: [],
    warnings: [],
  };
  const marks = collectMarks(annotations);

  it("leaves a text node no mark touches alone", () => {
    expect(splitText("Hello", 0, 5, marks)).toBeUndefined();
  });

  it("cuts an exact text node at the mark and keeps every character", () => {
    const nodes = splitText("Hi, Ann!", 6, 14, marks);
    expect(nodes?.map((node) => node.type)).toEqual(["text", "explainerMark", "text"]);
    expect(JSON.stringify(nodes)).toContain('"value":"Ann"');
  });

  it("does not cut a text node whose value differs from its source, unless a mark covers all of it", () => {
    // "A &amp; Ann" in the source is "A & Ann" in the tree: offsets inside cannot be trusted.
    expect(splitText("A & Ann", 4, 15, marks)).toBeUndefined();
    const whole = splitText("Ann", 9, 14, marks);
    expect(whole).toBeUndefined();
    const covered = splitText("Ann", 10, 13, marks);
    expect(covered?.[0]?.type).toBe("explainerMark");
  });

  it("renders a trigger inside a link as a span without href", () => {
    const [node] = splitText("Ann", 10, 13, marks, { insideLink: true }) ?? [];
    expect(node?.type === "explainerMark" && node.data).toEqual({
      hName: "span",
      hProperties: { dataExplainer: "person", ariaDetails: "explainer-ann" },
    });
  });
});

describe("MarkCursor", () => {
  it("returns the marks overlapping each stretch, in order", () => {
    const mark = (start: number, end: number) => ({
      start,
      end,
      kind: "person" as const,
      trigger: true,
      properties: {},
    });
    const cursor = new MarkCursor([mark(0, 100), mark(5, 8), mark(20, 30)]);
    expect(cursor.overlapping(0, 4).map((m) => m.start)).toEqual([0]);
    expect(cursor.overlapping(6, 25).map((m) => m.start)).toEqual([0, 5, 20]);
    expect(cursor.overlapping(31, 40).map((m) => m.start)).toEqual([0]);
    expect(cursor.overlapping(1, 6).map((m) => m.start)).toEqual([0, 5]);
  });
});

describe("labels", () => {
  it("speaks the article's language and falls back to English", () => {
    expect(labelsFor("id").close).toBe("Tutup");
    expect(labelsFor("en-GB").close).toBe("Close");
    expect(labelsFor("xx").quotes(2)).toBe("2 quotes");
  });
});

describe("locateWarnings", () => {
  it("gives a warning the 1-based line and column of the quote it refers to", () => {
    const source = "First line.\n\nSaid “hi” here.";
    const start = source.indexOf("hi");
    const annotations: Annotations = {
      lang: "en",
      entities: [],
      quotes: [{ id: "q1", kind: "direct", content: { start, end: start + 2, text: "hi" }, confidence: 0.3 }],
      figures: [],
      blocks: [],
      warnings: [{ ruleId: "low-confidence-speaker", reason: "No speaker found", ref: "q1" }],
    };
    locateWarnings(annotations, source);
    expect(annotations.warnings[0]).toMatchObject({ line: 3, column: 7 });
  });
});

describe("remarkExplainer", () => {
  it("stores the annotations on file.data and on the Astro frontmatter, and renders valid HTML", async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkExplainer)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process("Ann said “the river is rising,” on Monday.\n");
    const astro = file.data.astro as { frontmatter: { explainer: unknown } };
    expect(file.data.explainer).toBeDefined();
    expect(astro.frontmatter.explainer).toBe(file.data.explainer);
    expect(JSON.parse(JSON.stringify(file.data.explainer))).toEqual(file.data.explainer);
    expect(String(file)).toContain('<span id="p1" class="explainer-anchor" data-explainer-added="anchor"></span>');
  });
});

describe("card text", () => {
  it("shows quotes without Markdown syntax", () => {
    expect(shorten("Harga *tidak* akan [turun](https://x.test) \\*premium\\* `kode` __kuat__, 5 * 3")).toBe(
      "Harga tidak akan turun *premium* kode kuat, 5 * 3",
    );
  });

  it.each([
    ["[turun](https://x.test) lagi", "turun lagi"],
    ["*tidak* naik", "tidak naik"],
    ["__kuat__ sekali", "kuat sekali"],
    ["`kode` baru", "kode baru"],
    ["harga \\*premium", "harga *premium"],
    ["harga   tetap, 5 x 3", "harga tetap, 5 x 3"],
  ])("strips each kind of syntax alone: %s", (markdown, shown) => {
    expect(shorten(markdown)).toBe(shown);
  });

  it("cuts long text at a word boundary", () => {
    expect(shorten("satu dua tiga empat lima", 12)).toBe("satu dua…");
  });
});

describe("figure cards", () => {
  const figure = (id: string, start: number, value: number | undefined, previous?: string) => ({
    id,
    kind: "number" as const,
    span: { start, end: start + 1, text: "1" },
    ...(value === undefined ? {} : { value }),
    ...(previous ? { previous } : {}),
  });
  const links = (figures: ReturnType<typeof figure>[]) =>
    collectMarks({ lang: "en", entities: [], quotes: [], figures, blocks: [], warnings: [] }).map(
      (mark) => mark.properties.href,
    );

  it("a number another changed from opens that figure's card, which shows the change", () => {
    expect(links([figure("f1", 0, 7, "f2"), figure("f2", 5, 3)])).toEqual(["#explainer-f1", "#explainer-f1"]);
  });

  it("keeps the card of a number with a change of its own, or whose value is unknown", () => {
    const chain = [figure("f1", 0, 9, "f2"), figure("f2", 5, 7, "f3"), figure("f3", 10, 3)];
    expect(links(chain)).toEqual(["#explainer-f1", "#explainer-f2", "#explainer-f2"]);
    expect(links([figure("f1", 0, 9, "f2"), figure("f2", 5, undefined)])).toEqual(["#explainer-f1", "#explainer-f2"]);
  });
});
