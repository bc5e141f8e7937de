/**
 * Issue 7: MDX (imports, exports, JSX, expressions, components inside and around quotes)
 * compiles to the same program with and without the plugin, once its markup is taken out.
 */
import { readdirSync, readFileSync } from "node:fs";
import { compile } from "@mdx-js/mdx";
import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import remarkExplainer from "../../plugins/remark-explainer/src/index.js";
import { stripExplainer } from "../support/html.ts";

const dir = new URL("../fixtures/reliability/mdx/", import.meta.url);
const fixtures = readdirSync(dir).filter((name) => name.endsWith(".mdx"));

async function compileMdx(source: string, withPlugin: boolean): Promise<string> {
  const compiled = await compile(source, {
    remarkPlugins: withPlugin ? [remarkExplainer] : [],
    rehypePlugins: withPlugin ? [() => (tree: Root) => stripExplainer(tree)] : [],
  });
  return String(compiled);
}

describe("MDX fixtures", () => {
  it("has fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  it.for(fixtures)("%s compiles to the same program with the plugin", async (name) => {
    const source = readFileSync(new URL(name, dir), "utf8");
    const plain = await compileMdx(source, false);
    expect(plain).toContain("_jsx");
    expect(await compileMdx(source, true)).toBe(plain);
  });
});
