/**
 * The Sätteri adapter hands a text node's marks to Sätteri as one `html` node
 * (`toHtml`) instead of as nodes: Sätteri must render both the same, byte for byte.
 * Random texts and marks (quotes, ampersands, angle brackets, no-break spaces, emoji,
 * nested and crossing marks) go through `splitText`, then through Sätteri both ways;
 * so do the cards sections of the rewrite fixtures (`hastToHtml`).
 */
import fc from "fast-check";
import type { Properties } from "hast";
import type { RootContent } from "mdast";
import { defineMdastPlugin, type MdastContent, markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { blockAnchor, cardsSection } from "../src/mdast/cards.js";
import { hastToHtml, toHtml } from "../src/mdast/html.js";
import { labelsFor } from "../src/mdast/labels.js";
import type { Mark } from "../src/mdast/marks.js";
import { added, h } from "../src/mdast/nodes.js";
import { markKinds } from "../src/mdast/options.js";
import { splitText } from "../src/mdast/split.js";
import { marksOf } from "./mark-arbitraries.js";
import { fixtureNames, loadFixture } from "./rewrite-helpers.js";

/** Sätteri's HTML of a paragraph whose only text is replaced by `content`. */
function render(content: MdastContent | MdastContent[]): string {
  const plugin = defineMdastPlugin({
    name: "replace-text",
    before(root, ctx) {
      const paragraph = root.children[0];
      if (paragraph?.type === "paragraph" && paragraph.children[0]) ctx.replaceNode(paragraph.children[0], content);
    },
  });
  const result = markdownToHtml("placeholder\n", { mdastPlugins: [plugin] });
  if (result instanceof Promise) throw new Error("synchronous plugins render synchronously");
  return result.html;
}

const tricky = fc.constantFrom(
  "&",
  "<",
  ">",
  '"',
  "'",
  "\u00a0",
  "‘",
  "—",
  "😀",
  "a",
  " ",
  "&amp;",
  "\\",
  "{",
  "}",
  "`",
  "=",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u200b",
);
const text = fc
  .array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(""));
const value = fc.oneof(text, fc.constant(undefined));
const properties: fc.Arbitrary<Properties> = fc.record(
  { href: text, dataExplainer: fc.constantFrom(...markKinds), interestfor: value, dataNote: value, ariaDetails: value },
  { requiredKeys: ["dataExplainer"] },
);
const marks = (length: number): fc.Arbitrary<Mark[]> => marksOf(length, properties);

describe("toHtml, as Sätteri renders the same nodes", () => {
  it("gives the HTML of marked text byte for byte", () => {
    fc.assert(
      fc.property(
        text
          .filter((value) => value.length > 0)
          .chain((value) => fc.tuple(fc.constant(value), marks(value.length), fc.boolean())),
        ([value, list, insideLink]) => {
          const nodes = splitText(value, 0, value.length, list, { insideLink });
          if (!nodes) return;
          expect(render({ type: "html", value: toHtml(nodes) })).toBe(render(nodes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the HTML of a paragraph anchor", () => {
    const nodes: RootContent[] = [blockAnchor("p12"), { type: "text", value: "Tom & “Jerry” <3" }];
    expect(render({ type: "html", value: toHtml(nodes) })).toBe(render(nodes));
  });

  it.each(fixtureNames())("gives the HTML of the cards section of fixture %s", (name) => {
    const { annotations, options } = loadFixture(name);
    const section = cardsSection(annotations, labelsFor(annotations.lang), { ...options, cards: true });
    if (!section) throw new Error(`fixture ${name} has no cards`);
    expect(render({ type: "html", value: hastToHtml([section]) })).toBe(render(added(section)));
  });

  it("writes booleans, void elements, SVG names and hast text as Sätteri does", () => {
    const content = h("div", { hidden: true, dataOff: false, tabIndex: -1, ariaLabelledBy: ["a", "b"] }, [
      h("svg", { viewBox: "0 0 1 1", ariaHidden: "true" }, [h("rect", { x: "0", width: "3" })]),
      h("br"),
      "hast text keeps its lines: a \n b & <c>",
    ]);
    const html = hastToHtml([content]);
    expect(html).toContain("<svg viewBox=");
    expect(render({ type: "html", value: html })).toBe(render(added(content)));
  });

  it("refuses a node it cannot write", () => {
    expect(() => toHtml([{ type: "emphasis", children: [] }])).toThrow(/emphasis/);
  });
});
