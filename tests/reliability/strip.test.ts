/** The unwrap contract the reliability tests rely on must itself catch lost or injected text. */
import type { Root } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { stripExplainer } from "../support/html.ts";

const toHtml = (tree: Root): string => unified().use(rehypeStringify).stringify(tree);

const text = (value: string) => ({ type: "text" as const, value });
const paragraph = (...children: Root["children"]): Root => ({
  type: "root",
  children: [{ type: "element", tagName: "p", properties: {}, children: children as never }],
});

describe("stripExplainer", () => {
  it("unwraps data-explainer elements and drops data-explainer-added ones", () => {
    const annotated = paragraph(
      text("Kata "),
      {
        type: "element",
        tagName: "a",
        properties: { dataExplainer: "person", href: "#ani" },
        children: [text("Ani")],
      },
      { type: "element", tagName: "span", properties: { "data-explainer-added": "" }, children: [text("card")] },
      text("."),
    );
    expect(toHtml(stripExplainer(annotated))).toBe(toHtml(paragraph(text("Kata Ani."))));
  });

  it("keeps everything else, so changed or injected text still shows", () => {
    const injected = paragraph(text("Kata "), {
      type: "element",
      tagName: "b",
      properties: { dataOther: "x" },
      children: [text("Ani")],
    });
    expect(toHtml(stripExplainer(injected))).not.toBe(toHtml(paragraph(text("Kata Ani"))));
    expect(toHtml(stripExplainer(paragraph(text("Kata Ani!"))))).not.toBe(toHtml(paragraph(text("Kata Ani"))));
  });

  it("drops the block separator remark-rehype wrote for a removed block, and nothing else", () => {
    const card = { type: "element" as const, tagName: "aside", properties: { dataExplainerAdded: "" }, children: [] };
    const p = (value: string) => ({ type: "element" as const, tagName: "p", properties: {}, children: [text(value)] });
    const withCard: Root = { type: "root", children: [p("a"), text("\n"), card, text("\n"), p("b")] };
    const plain: Root = { type: "root", children: [p("a"), text("\n"), p("b")] };
    expect(toHtml(stripExplainer(withCard))).toBe(toHtml(plain));
  });
});
