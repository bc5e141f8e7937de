/**
 * Compact marks (`compactMarks` on the Sätteri plugin): a link to a card written as
 * two comments, and `expandMarks` giving back exactly the HTML written without them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Properties } from "hast";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { compactCardsComment, compactOpening, compactOutput, expandCards, expandMarks } from "../src/mdast/compact.js";
import { toHtml } from "../src/mdast/html.js";
import type { Mark } from "../src/mdast/marks.js";
import { markKinds } from "../src/mdast/options.js";
import { splitText } from "../src/mdast/split.js";
import satteriExplainer from "../src/satteri.js";
import { marksOf } from "./mark-arbitraries.js";
import { fixtureNames, fixturesDir } from "./rewrite-helpers.js";

const link = (id: string, kind = "person", note = "3"): Properties => ({
  href: `#explainer-${id}`,
  dataExplainer: kind,
  interestfor: `explainer-${id}`,
  dataNote: note,
});

describe("compactOpening", () => {
  it.each([
    [link("helen-marsh"), "<!--x:helen-marsh:person:3-->"],
    [link("f12", "figure", "41"), "<!--x:f12:figure:41-->"],
    [link("jérôme-n’diaye"), "<!--x:jérôme-n’diaye:person:3-->"],
  ])("writes a link to a card as one comment", (properties, expected) => {
    expect(compactOpening("a", properties)).toBe(expected);
  });

  it.each([
    ["a span", "span", link("marsh")],
    ["a link elsewhere", "a", { ...link("marsh"), href: "/people/marsh/" }],
    ["another attribute", "a", { ...link("marsh"), ariaDetails: "explainer-marsh" }],
    ["attributes in another order", "a", { dataExplainer: "person", ...link("marsh") }],
    ["no note", "a", { ...link("marsh"), dataNote: undefined }],
    ["an id needing escapes", "a", link('a"b')],
    ["an id with a separator", "a", link("a:b")],
    ["an id with a space", "a", link("a b")],
    ["a card of another prefix", "a", { ...link("marsh"), href: "#card-marsh", interestfor: "card-marsh" }],
  ])("leaves %s in full", (_name, tagName, properties) => {
    expect(compactOpening(tagName, properties as Properties)).toBeUndefined();
  });
});

describe("expandMarks", () => {
  it("writes compact marks out and leaves everything else alone", () => {
    const html = "<p><!-- note --><!--x:marsh:person:1-->Marsh<!--/x--> said <!--x-->.</p>";
    expect(expandMarks(html)).toBe(
      '<p><!-- note --><a href="#explainer-marsh" data-explainer="person" interestfor="explainer-marsh" data-note="1">Marsh</a> said <!--x-->.</p>',
    );
  });

  it("puts a section where a compact cards comment names its entry", () => {
    const html = "<p>Text</p>\n<!--x-cards:0a1b-->";
    expect(expandCards(html, (key) => `<section data-key="${key}"></section>`)).toBe(
      '<p>Text</p>\n<section data-key="0a1b"></section>',
    );
    expect(compactCardsComment("0a1b")).toBe("<!--x-cards:0a1b-->");
  });

  it.each([
    [{ compactMarks: true, compactCards: true }, true, "k", { marks: true, cardsKey: "k" }],
    [{ compactMarks: true, compactCards: true }, false, "k", { marks: false, cardsKey: undefined }],
    [{ compactCards: true }, true, undefined, { marks: false, cardsKey: undefined }],
    [{}, true, "k", { marks: false, cardsKey: undefined }],
  ])(
    "compacts Markdown only, cards only with a store key: %j, markdown %s, key %s",
    (options, markdown, key, expected) => {
      expect(compactOutput(options, markdown, key)).toEqual(expected);
    },
  );

  it("returns a page without compact marks as it is", () => {
    const html = "<p>No marks</p>";
    expect(expandMarks(html)).toBe(html);
  });

  const id = fc.oneof(
    fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    fc.string({ maxLength: 6 }),
    fc.constantFrom('a"b', "a:b", "a b", "<", "-->", "é", ""),
  );
  const properties: fc.Arbitrary<Properties> = fc.oneof(
    fc
      .tuple(id, fc.constantFrom(...markKinds), fc.stringMatching(/^[0-9]{1,3}$/))
      .map(([card, kind, note]) => link(card, kind, note)),
    fc.constant({ dataExplainer: "quote" }),
  );
  const text = fc.string({ minLength: 1, maxLength: 16 });
  const marks = (length: number): fc.Arbitrary<Mark[]> => marksOf(length, properties);

  it("gives back the full HTML of any marked text, nested and crossing marks included", () => {
    fc.assert(
      fc.property(
        text.chain((value) => fc.tuple(fc.constant(value), marks(value.length), fc.boolean())),
        ([value, list, insideLink]) => {
          const nodes = splitText(value, 0, value.length, list, { insideLink });
          if (!nodes) return;
          expect(expandMarks(toHtml(nodes, true))).toBe(toHtml(nodes));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("compactMarks on Sätteri", () => {
  const render = (markdown: string, compactMarks: boolean): string => {
    const result = markdownToHtml(markdown, { mdastPlugins: [satteriExplainer({ compactMarks, cards: "page" })] });
    if (result instanceof Promise) throw new Error("the plugin renders synchronously");
    return result.html;
  };
  const articles = [
    ...fixtureNames().map((name) => join(fixturesDir, name, "input.md")),
    join(import.meta.dirname, "../../../content/articles/pasukan-korea-utara-ke-rusia.md"),
  ].map((path) => [
    path.split("/").slice(-2).join("/"),
    readFileSync(path, "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
  ]);

  it.each(articles)("renders %s to the same page once expanded, and shorter", (_name, markdown) => {
    const full = render(markdown, false);
    const compact = render(markdown, true);
    expect(expandMarks(compact)).toBe(full);
    if (full.includes("data-note=")) expect(compact.length).toBeLessThan(full.length);
  });

  it("writes the shipped article's links to cards compact, all of them", () => {
    const [, markdown] = articles.at(-1) as [string, string];
    const compact = render(markdown, true);
    expect(compact).toContain("<!--x:");
    expect(compact).not.toMatch(/<a [^>]*data-note=/);
  });
});
