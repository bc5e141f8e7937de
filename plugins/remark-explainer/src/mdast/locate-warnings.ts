/** Line and column of warnings, from the source, for build logs. */
import type { Annotations } from "../types.js";

/** Give every warning that has a `ref` but no `line` the 1-based line and column of what it refers to; returns `annotations`. */
export function locateWarnings(annotations: Annotations, source: string): Annotations {
  for (const warning of annotations.warnings) {
    if (warning.line !== undefined || warning.ref === undefined) continue;
    const offset = offsetOf(annotations, warning.ref);
    if (offset === undefined) continue;
    const before = source.slice(0, offset);
    const lineStart = before.lastIndexOf("\n") + 1;
    warning.line = before.split("\n").length;
    warning.column = offset - lineStart + 1;
  }
  return annotations;
}

function offsetOf(annotations: Annotations, ref: string): number | undefined {
  return (
    annotations.quotes.find((quote) => quote.id === ref)?.content.start ??
    annotations.figures.find((figure) => figure.id === ref)?.span.start ??
    annotations.entities.find((entity) => entity.id === ref)?.mentions[0]?.start
  );
}
