/**
 * Shared by the rewrite tests and the browser tests: fixtures whose spans are
 * written as text (resolved to offsets here), and the Markdown → HTML pipeline
 * with and without the rewrite.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element, RootContent as HastContent, Root as HastRoot } from "hast";
import type { Root } from "mdast";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { type RewriteOptions, rewriteTree } from "../src/mdast/index.js";
import type { Annotations } from "../src/types.js";

export const fixturesDir = join(import.meta.dirname, "fixtures/rewrite");

export interface Fixture {
  name: string;
  source: string;
  annotations: Annotations;
  options: RewriteOptions;
  expectedPath: string;
}

/**
 * A span in a fixture is `{ "text": "Singh" }`, or `{ "text": "Singh", "occurrence": 2 }`
 * for the second "Singh" of the source: offsets are filled in here, so fixtures stay readable.
 */
function resolveSpans(value: unknown, source: string): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveSpans(item, source));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if (typeof record.text === "string" && record.start === undefined) {
    const text = record.text;
    let start = -1;
    for (let seen = 0; seen < ((record.occurrence as number | undefined) ?? 1); seen++) {
      start = source.indexOf(text, start + 1);
      if (start < 0) throw new Error(`fixture span not in source: ${text}`);
    }
    return { start, end: start + text.length, text };
  }
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, resolveSpans(item, source)]));
}

export function loadFixture(name: string): Fixture {
  const dir = join(fixturesDir, name);
  const source = readFileSync(join(dir, "input.md"), "utf8");
  const raw = JSON.parse(readFileSync(join(dir, "annotations.json"), "utf8")) as {
    options?: RewriteOptions & { entityHrefPrefix?: string };
  } & Record<string, unknown>;
  const { options: rawOptions = {}, ...annotations } = raw;
  const { entityHrefPrefix, ...options } = rawOptions;
  if (entityHrefPrefix !== undefined) options.entityHref = (entity) => `${entityHrefPrefix}${entity.id}/`;
  return {
    name,
    source,
    annotations: resolveSpans(annotations, source) as Annotations,
    options,
    expectedPath: join(dir, "expected.html"),
  };
}

export const fixtureNames = (): string[] => readdirSync(fixturesDir).sort();

/** Markdown → mdast → (rewrite) → hast. */
export function toHast(source: string, rewrite?: { annotations: Annotations; options: RewriteOptions }): HastRoot {
  const processor = unified()
    .use(remarkParse)
    .use(() => (tree: Root) => {
      if (rewrite) rewriteTree(tree, rewrite.annotations, rewrite.options);
    })
    .use(remarkRehype);
  return processor.runSync(processor.parse(source)) as HastRoot;
}

export const toHtml = (tree: HastRoot): string => unified().use(rehypeStringify).stringify(tree);

/**
 * Unwrap every `data-explainer` element and drop every `data-explainer-added` one.
 * An added block (the cards section) also takes away the line break that
 * remark-rehype puts between blocks before it: that break is the pipeline's, not the author's.
 */
export function stripExplainer(tree: HastRoot): HastRoot {
  const strip = (nodes: HastContent[]): HastContent[] => {
    const kept: HastContent[] = [];
    for (const node of nodes) {
      if (node.type !== "element") kept.push(node);
      else if (node.properties.dataExplainerAdded !== undefined) {
        const previous = kept.at(-1);
        if (node.tagName === "section" && previous?.type === "text" && previous.value === "\n") kept.pop();
      } else if (node.properties.dataExplainer !== undefined) kept.push(...strip(node.children));
      else kept.push({ ...node, children: strip(node.children) as Element["children"] });
    }
    return kept;
  };
  return { ...tree, children: strip(tree.children) };
}
