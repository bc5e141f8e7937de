/** compromise (English NLP) as a baseline: its quotations, people, organizations and places as spans. */
import nlp from "compromise";
import type { Range } from "./types.ts";

export interface CompromiseSpans {
  quotations: Range[];
  people: Range[];
  organizations: Range[];
  places: Range[];
}

interface TermJson {
  offset: { start: number; length: number };
}

/**
 * Spans from the first term to the last: compromise's match offsets include
 * neighbouring punctuation inconsistently, its term offsets do not.
 */
function spans(matches: { terms?: TermJson[] }[]): Range[] {
  return matches.flatMap(({ terms }) => {
    const first = terms?.[0];
    const last = terms?.at(-1);
    if (!first || !last) return [];
    return [{ start: first.offset.start, end: last.offset.start + last.offset.length }];
  });
}

export function compromiseSpans(text: string): CompromiseSpans {
  const doc = nlp(text);
  const json = (view: { json: (options: object) => unknown }): Range[] =>
    spans(view.json({ offset: true, terms: { offset: true } }) as { terms?: TermJson[] }[]);
  return {
    quotations: json(doc.quotations()),
    people: json(doc.people()),
    organizations: json(doc.organizations()),
    places: json(doc.places()),
  };
}
