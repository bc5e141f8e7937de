/**
 * Compact output (`compactMarks`, `compactCards`): links to cards written as two
 * comments, marked text deferred to the host, cards named by the article's key, and
 * the host's `expandMarks`, `expandDeferredMarks` and `expandCards` giving back
 * exactly the HTML written without them.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { Properties } from "hast";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { createAnnotationCache } from "../src/cache.js";
import { compactCardsComment, compactOpening, compactOutput } from "../src/mdast/compact.js";
import { expandCards, expandDeferredMarks, expandMarks, expandPage } from "../src/mdast/expand.js";
import { textHtml, textHtmlReversible, toHtml, unescapeText } from "../src/mdast/html.js";
import type { Mark } from "../src/mdast/marks.js";
import { markKinds } from "../src/mdast/options.js";
import { splitText } from "../src/mdast/split.js";
import satteriExplainer from "../src/satteri.js";
import type { Annotations } from "../src/types.js";
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

const noAnnotations = (key: string): Annotations => {
  throw new Error(`no annotations expected, asked for ${key}`);
};
const noSection = (key: string): string => {
  throw new Error(`no cards section expected, asked for ${key}`);
};

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
    [{ compactMarks: true, compactCards: true }, true, "k", { marks: "compact", articleKey: "k", cards: true }],
    [{ compactMarks: "deferred" as const }, true, "k", { marks: "deferred", articleKey: "k", cards: false }],
    [{ compactMarks: "deferred" as const }, true, undefined, { marks: "compact", articleKey: undefined, cards: false }],
    [
      { compactMarks: "deferred" as const, compactCards: true },
      false,
      "k",
      { marks: "full", articleKey: undefined, cards: false },
    ],
    [{ compactCards: true }, true, undefined, { marks: "full", articleKey: undefined, cards: false }],
    [{}, true, "k", { marks: "full", articleKey: "k", cards: false }],
  ])(
    "compacts Markdown only, what names the article only with its key: %j, markdown %s, key %s",
    (options, markdown, key, expected) => {
      expect(compactOutput(options, markdown, key)).toEqual(expected);
    },
  );

  it("returns a page without compact marks as it is", () => {
    const html = "<p>No marks</p>";
    expect(expandMarks(html)).toBe(html);
    expect(expandPage(html, noAnnotations, noSection)).toBe(html);
  });

  it("expandPage writes out marks, closings and cards in one pass, other comments left alone", () => {
    const html =
      "<p><!-- note --><!--x:marsh:person:1-->Marsh<!--/x--> said <!--x-->.</p>\n<!--x-cards:0a1b--><!--/x-->";
    const section = (key: string) => `<section data-key="${key}"><!--/x--></section>`;
    expect(expandPage(html, noAnnotations, section)).toBe(expandCards(expandMarks(html), section));
    expect(expandPage(html, noAnnotations, section)).toBe(
      '<p><!-- note --><a href="#explainer-marsh" data-explainer="person" interestfor="explainer-marsh" data-note="1">Marsh</a> said <!--x-->.</p>\n<section data-key="0a1b"><!--/x--></section></a>',
    );
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
  const cache = createAnnotationCache({ dir: mkdtempSync(join(tmpdir(), "explainer-compact-")) });
  const render = (markdown: string, compactMarks: boolean | "deferred"): string => {
    const plugin = satteriExplainer({ compactMarks, cards: "page", cache });
    const result = markdownToHtml(markdown, { mdastPlugins: [plugin] });
    if (result instanceof Promise) throw new Error("the plugin renders synchronously");
    return result.html;
  };
  const annotationsOf = (key: string) => {
    const annotations = cache.get(key);
    if (!annotations) throw new Error(`no entry ${key}`);
    return annotations;
  };
  const articles = [
    ...fixtureNames().map((name) => join(fixturesDir, name, "input.md")),
    join(import.meta.dirname, "../../../content/articles/pasukan-korea-utara-ke-rusia.md"),
    join(import.meta.dirname, "../../../content/articles/river-authority-flood-crews.md"),
  ].map((path) => [
    path.split("/").slice(-2).join("/"),
    readFileSync(path, "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
  ]);

  it.each(articles)("renders %s to the same page once expanded, and shorter", (_name, markdown) => {
    const full = render(markdown, false);
    const compact = render(markdown, true);
    expect(expandMarks(compact)).toBe(full);
    const deferred = render(markdown, "deferred");
    expect(expandDeferredMarks(expandMarks(deferred), annotationsOf)).toBe(full);
    expect(expandPage(deferred, annotationsOf, noSection)).toBe(full);
    expect(expandPage(compact, annotationsOf, noSection)).toBe(full);
    if (full.includes("data-note=")) expect(deferred.length).toBeLessThan(compact.length);
    if (full.includes("data-note=")) expect(compact.length).toBeLessThan(full.length);
  });

  it("writes the shipped article's links to cards compact, all of them", () => {
    const [, markdown] = articles.at(-2) as [string, string];
    const compact = render(markdown, true);
    expect(compact).toContain("<!--x:");
    expect(compact).not.toMatch(/<a [^>]*data-note=/);
  });

  it("defers the marked text of an article, naming it once, and leaves no mark in its HTML", () => {
    const [, markdown] = articles.at(-2) as [string, string];
    const deferred = render(markdown, "deferred");
    expect(deferred.match(/<!--x@\d+:\d+:\d+(:l)?:[0-9a-f]{64}-->/g)).toHaveLength(1);
    expect(deferred).not.toMatch(/data-explainer="(person|quote|figure)"/);
  });
});

describe("text HTML of deferred nodes", () => {
  it("reads a text node's value back from its HTML, whatever the characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (value) => {
        if (textHtmlReversible(value)) expect(unescapeText(textHtml(value))).toBe(value);
      }),
      { numRuns: 500 },
    );
    expect(unescapeText(textHtml("Tom & Jerry <3 &amp; &lt;b&gt;"))).toBe("Tom & Jerry <3 &amp; &lt;b&gt;");
  });

  it("knows the values it cannot read back (spaces around a line break, which the HTML drops)", () => {
    expect(textHtmlReversible("a \nb")).toBe(false);
    expect(textHtmlReversible("a\n\tb")).toBe(false);
    expect(textHtmlReversible("a\nb")).toBe(true);
  });
});
