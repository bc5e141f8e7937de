/**
 * Annotate one article file's text, read as its extension says: Markdown (`.md`),
 * MDX (`.mdx`) or plain text (`.txt`: blank-line-separated paragraphs, no syntax
 * interpreted). Offsets index the file's text exactly: the frontmatter is blanked
 * (not removed) before parsing so positions stay put.
 */
import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { annotate, documentFromText, documentFromTree } from "./core/annotate.js";
import { fromFrontmatter } from "./frontmatter.js";
import { locateWarnings } from "./mdast/locate-warnings.js";
import type { Annotations } from "./types.js";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

export function annotateFile(source: string, extension: string): Annotations {
  if (extension === ".txt") return locateWarnings(annotate(documentFromText(source)), source);
  const match = FRONTMATTER.exec(source);
  const frontmatter: unknown = match ? parseYaml(match[1] ?? "") : {};
  const body = match ? source.replace(FRONTMATTER, (block) => block.replace(/[^\r\n]/g, " ")) : source;
  const parser = extension === ".mdx" ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  const tree = parser.parse(body) as Root;
  const options = fromFrontmatter({}, isRecord(frontmatter) ? frontmatter : {});
  return locateWarnings(annotate(documentFromTree(tree, source), options), source);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
