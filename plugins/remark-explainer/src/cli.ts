#!/usr/bin/env node
/**
 * `explainer-annotate FILE`: print the `Annotations` of one article (`.md`, `.mdx`
 * or `.txt`) as JSON on stdout. Offsets index FILE's text exactly as read.
 * A missing or unreadable file: one line on stderr naming it, exit 1.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { annotateFile } from "./file.js";

async function main(argv: string[]): Promise<number> {
  const [file, ...rest] = argv;
  if (!file || rest.length > 0 || file.startsWith("-")) {
    process.stderr.write("usage: explainer-annotate FILE (.md, .mdx or .txt)\n");
    return 1;
  }
  const extension = extname(file).toLowerCase();
  if (![".md", ".mdx", ".txt"].includes(extension)) {
    process.stderr.write(`explainer-annotate: ${file}: not a .md, .mdx or .txt file\n`);
    return 1;
  }
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot be read";
    process.stderr.write(`explainer-annotate: ${file}: ${reason}\n`);
    return 1;
  }
  try {
    process.stdout.write(`${JSON.stringify(annotateFile(source, extension), null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`explainer-annotate: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
