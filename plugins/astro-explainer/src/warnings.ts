/**
 * Annotation warnings in the build log. Astro drops `file.message`, so the
 * integration logs each warning itself: file, line (in the file, not in the
 * text the processor got) and reason.
 */
import { readFileSync } from "node:fs";
import type { AstroIntegrationLogger } from "astro";
import type { Root } from "mdast";
import type { WarningsReport } from "remark-explainer/satteri";
import type { VFile } from "vfile";

/** A reporter that logs every warning of a document through the integration's logger. */
export function logWarnings(logger: AstroIntegrationLogger, root: string): (report: WarningsReport) => void {
  return ({ file, source, warnings }) => {
    const lines = file ? linesBefore(file, source) : 0;
    const name = file ? relativeTo(root, file) : "(unnamed document)";
    for (const warning of warnings) {
      const where = warning.line === undefined ? name : `${name}:${warning.line + lines}:${warning.column ?? 1}`;
      logger.warn(`${where} ${warning.reason} [${warning.ruleId}]`);
    }
  };
}

/** The unified side: a remark plugin placed after remark-explainer that hands its warnings to `report`. */
export function remarkReportWarnings(report: (report: WarningsReport) => void) {
  return (_tree: Root, file: VFile): void => {
    const warnings = file.data.explainer?.warnings ?? [];
    if (warnings.length > 0) report({ file: file.path || undefined, source: String(file.value), warnings });
  };
}

/**
 * How many lines of the file come before the text the processor got. Astro
 * passes either the file with its frontmatter blanked (same length: none) or
 * the body after it, trimmed (a substring that ends the file).
 */
export function linesBefore(path: string, source: string): number {
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch {
    return 0;
  }
  if (text.length === source.length) return 0;
  const offset = text.lastIndexOf(source);
  return offset <= 0 ? 0 : text.slice(0, offset).split("\n").length - 1;
}

function relativeTo(root: string, file: string): string {
  return file.startsWith(root) ? file.slice(root.length) : file;
}
