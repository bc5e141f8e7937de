/** What must hold for any article's `Annotations`, whatever the input. */
import type { Annotations, Span } from "../../plugins/remark-explainer/src/types.js";

/** Every span of the annotations, labelled by where it sits. */
export function allSpans(annotations: Annotations): [string, Span][] {
  const spans: [string, Span][] = [];
  for (const entity of annotations.entities)
    for (const [i, mention] of entity.mentions.entries()) spans.push([`${entity.id}.mentions[${i}]`, mention]);
  for (const quote of annotations.quotes) {
    spans.push([`${quote.id}.content`, quote.content]);
    if (quote.cue) spans.push([`${quote.id}.cue`, quote.cue]);
    if (quote.source) spans.push([`${quote.id}.source`, quote.source]);
  }
  for (const figure of annotations.figures) spans.push([`${figure.id}.span`, figure.span]);
  for (const block of annotations.blocks) spans.push([`${block.id}.span`, block.span]);
  return spans;
}

/** The broken invariants, as readable lines (empty when all hold). */
export function invariantViolations(source: string, annotations: Annotations): string[] {
  const problems: string[] = [];
  for (const [where, span] of allSpans(annotations)) {
    const inRange = Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start;
    if (!inRange || span.start > span.end || span.end > source.length)
      problems.push(`${where}: bad offsets ${span.start}..${span.end} (source length ${source.length})`);
    else if (source.slice(span.start, span.end) !== span.text)
      problems.push(
        `${where}: text ${JSON.stringify(span.text)} ≠ source ${JSON.stringify(source.slice(span.start, span.end))}`,
      );
  }
  // Quotes may nest but never cross: in start order, each quote must end inside every quote still open.
  const byStart = [...annotations.quotes].sort(
    (a, b) => a.content.start - b.content.start || b.content.end - a.content.end,
  );
  const open: typeof byStart = [];
  for (const quote of byStart) {
    while (open.length > 0 && (open.at(-1)?.content.end ?? 0) <= quote.content.start) open.pop();
    const holder = open.at(-1);
    if (holder && quote.content.end > holder.content.end)
      problems.push(`${holder.id} and ${quote.id} overlap without nesting`);
    else open.push(quote);
  }
  // Ids are unique and references point at something.
  const entityIds = new Set(annotations.entities.map((entity) => entity.id));
  for (const [kind, ids] of [
    ["entity", annotations.entities.map((entity) => entity.id)],
    ["quote", annotations.quotes.map((quote) => quote.id)],
    ["figure", annotations.figures.map((figure) => figure.id)],
    ["block", annotations.blocks.map((block) => block.id)],
  ] as const) {
    if (new Set(ids).size !== ids.length) problems.push(`duplicate ${kind} ids: ${ids.join(", ")}`);
  }
  for (const quote of annotations.quotes) {
    for (const ref of [quote.speaker, quote.via])
      if (ref !== undefined && !entityIds.has(ref)) problems.push(`${quote.id} refers to missing entity ${ref}`);
    if (!(quote.confidence >= 0 && quote.confidence <= 1)) problems.push(`${quote.id}: confidence ${quote.confidence}`);
  }
  for (const entity of annotations.entities)
    if (entity.affiliation !== undefined && !entityIds.has(entity.affiliation))
      problems.push(`${entity.id} affiliated to missing entity ${entity.affiliation}`);
  return problems;
}
