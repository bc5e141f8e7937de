/** Reading a built site: its HTML files and their visible text. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";

/**
 * Every `.html` file under `dir`, as paths relative to it with "/" separators, sorted.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/**
 * The text a reader sees in an HTML document (scripts, styles and templates left out),
 * whitespace collapsed.
 * @param {string} html
 */
export function pageText(html) {
  return toText(fromHtml(html)).replace(/\s+/g, " ").trim();
}

/**
 * The first page under `dir` whose visible text contains `needle`.
 * @param {string} dir
 * @param {string} needle
 * @returns {Promise<{ file: string, html: string, text: string } | undefined>}
 */
export async function findPage(dir, needle) {
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(join(dir, file), "utf8");
    const text = pageText(html);
    if (text.includes(needle)) return { file, html, text };
  }
  return undefined;
}
