/** Who said what, as numbers: each speaker's quotes and words, grouped by organization or country. */
import type { Annotations, Entity, Quote } from "remark-explainer";

export interface SpeakerSummary {
  speaker: Entity;
  quotes: Quote[];
  /** Words quoted or reported, all quotes together. */
  words: number;
  /** What the speaker speaks for: its affiliation's name, or itself for an organization or place. */
  group: string;
}

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Speakers with at least one quote, grouped (groups by total quotes), most quoted first within a group. */
export function speakerSummaries(annotations: Annotations): SpeakerSummary[] {
  const byId = new Map(annotations.entities.map((entity) => [entity.id, entity]));
  const summaries = new Map<string, SpeakerSummary>();
  for (const quote of annotations.quotes) {
    const speaker = quote.speaker === undefined ? undefined : byId.get(quote.speaker);
    if (!speaker) continue;
    let summary = summaries.get(speaker.id);
    if (!summary) {
      const affiliation = speaker.affiliation === undefined ? undefined : byId.get(speaker.affiliation);
      summary = { speaker, quotes: [], words: 0, group: affiliation?.name ?? speaker.name };
      summaries.set(speaker.id, summary);
    }
    summary.quotes.push(quote);
    summary.words += wordCount(quote.content.text);
  }
  const list = [...summaries.values()];
  const groupQuotes = new Map<string, number>();
  for (const summary of list)
    groupQuotes.set(summary.group, (groupQuotes.get(summary.group) ?? 0) + summary.quotes.length);
  const groupTotal = (summary: SpeakerSummary): number => groupQuotes.get(summary.group) ?? 0;
  return list.sort(
    (a, b) =>
      groupTotal(b) - groupTotal(a) ||
      a.group.localeCompare(b.group) ||
      b.quotes.length - a.quotes.length ||
      b.words - a.words,
  );
}
