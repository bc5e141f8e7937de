/**
 * PolNeAR: US political news articles with attribution relations (source, cue,
 * content; direct and indirect) in brat standoff. When an article has several
 * annotators' files we take the first in name order, so the choice is stable.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type BratDocument, codePointOffsets, parseBrat } from "./brat.ts";
import type { EvalDocument, GoldQuote, Range } from "./types.ts";

const OPENING_MARKS = /^[“"‘«„]/;
const PRONOUN = /^(he|she|they|i|we|you|it|him|her|them|his|its|their)$/i;

function isQuoted(text: string, content: Range[]): boolean {
  const first = content[0];
  if (!first) return false;
  const inside = text.slice(first.start, first.end).trimStart();
  const before = text.slice(0, first.start).trimEnd().at(-1) ?? "";
  return OPENING_MARKS.test(inside) || OPENING_MARKS.test(before);
}

function sourceKind(text: string): string {
  if (PRONOUN.test(text.trim())) return "source:pronoun";
  const words = text.trim().replace(/^(the|a|an)\s+/i, "");
  return /^\p{Lu}/u.test(words) ? "source:name" : "source:description";
}

/** Gold quotes of one article: one per attribution event. */
export function polnearQuotes(text: string, brat: BratDocument): GoldQuote[] {
  const toUnits = codePointOffsets(text);
  const fragmentsOf = (ids: string[]): Range[] =>
    ids
      .flatMap((id) => brat.spans.get(id)?.fragments ?? [])
      .map((f) => ({ start: toUnits(f.start), end: toUnits(f.end) }));
  const quotes: GoldQuote[] = [];
  for (const event of brat.events) {
    if (!event.type.startsWith("Attribution")) continue;
    const targets = (role: RegExp): string[] => event.roles.filter((r) => role.test(r.role)).map((r) => r.target);
    // Fragments in text order: brat keeps the order they were selected in.
    const content = fragmentsOf(targets(/^Content\d*$/)).sort((a, b) => a.start - b.start);
    if (content.length === 0) continue;
    const cue = fragmentsOf(targets(/^Cue$/))[0];
    const source = fragmentsOf(targets(/^Source$/));
    const quoted = isQuoted(text, content);
    const traits = [quoted ? "style:quoted" : "style:unquoted"];
    const contentStart = content[0]?.start ?? 0;
    if (cue) traits.push(cue.start < contentStart ? "cue:before" : "cue:after");
    const quote: GoldQuote = { content, quoted, traits };
    if (cue) quote.cue = cue;
    if (source.length > 0) {
      const sourceText = source.map((f) => text.slice(f.start, f.end)).join(" ");
      traits.push(sourceKind(sourceText));
      quote.speaker = { mentions: source };
    } else traits.push("source:none");
    quotes.push(quote);
  }
  return quotes;
}

/** The articles of `polnear/dev`: `text/<name>.txt` with `attributions/<name>_<annotator>.ann`. */
export function loadPolnear(directory: string): EvalDocument[] {
  const annotations = readdirSync(join(directory, "attributions")).sort();
  return readdirSync(join(directory, "text"))
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .flatMap((file) => {
      const name = file.slice(0, -".txt".length);
      const ann = annotations.find((a) => a.startsWith(`${name}_`) && a.endsWith(".ann"));
      if (!ann) return [];
      const text = readFileSync(join(directory, "text", file), "utf8");
      const brat = parseBrat(readFileSync(join(directory, "attributions", ann), "utf8"));
      return [{ id: name, text, quotes: polnearQuotes(text, brat), entities: [] }];
    });
}
