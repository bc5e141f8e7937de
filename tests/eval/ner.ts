/**
 * The NER sets (idner-news-2k, IndoLEM NER-UGM): independent news sentences in
 * BIO. Sentences are grouped in file order into pseudo-articles of
 * SENTENCES_PER_DOCUMENT paragraphs, so that coreference has some context.
 */
import { type ColumnFormat, readColumns } from "./columns.ts";
import { decodeTags } from "./tags.ts";
import { joinSentences, type Token } from "./tokens.ts";
import type { EvalDocument, GoldEntity, GoldEntityType } from "./types.ts";

export const SENTENCES_PER_DOCUMENT = 20;

const ENTITY_TYPES: Record<string, GoldEntityType> = {
  PER: "person",
  PERSON: "person",
  ORG: "organization",
  ORGANIZATION: "organization",
  LOC: "place",
  LOCATION: "place",
  QUANTITY: "quantity",
  TIME: "time",
};

/** Documents of up to `size` sentences, one paragraph each, with their gold entities. */
export function nerDocuments(sentences: Token[][], name: string, size = SENTENCES_PER_DOCUMENT): EvalDocument[] {
  const documents: EvalDocument[] = [];
  for (let from = 0; from < sentences.length; from += size) {
    const group = sentences.slice(from, from + size);
    const joined = joinSentences(group, { quotesSpanSentences: false });
    const entities: GoldEntity[] = [];
    group.forEach((sentence, n) => {
      // Per sentence, so that a run never continues across a sentence break.
      for (const run of decodeTags(sentence.map((token) => token.tag))) {
        const type = ENTITY_TYPES[run.label];
        const first = joined.ranges[n]?.[run.first];
        const last = joined.ranges[n]?.[run.last];
        if (type && first && last) entities.push({ type, start: first.start, end: last.end });
      }
    });
    documents.push({ id: `${name}-${from + 1}`, text: joined.text, quotes: [], entities });
  }
  return documents;
}

const IDNER: ColumnFormat = { separator: / /, tagField: 2 };
const NERUGM: ColumnFormat = { separator: /\t/, tagField: 1 };

/** idner-news-2k `dev.txt`: `TOKEN POS TAG`. */
export function loadIdner(content: string): EvalDocument[] {
  return nerDocuments(readColumns(content, IDNER).flat(), "sentences");
}

/** IndoLEM NER-UGM `dev.tsv`: `TOKEN<TAB>TAG`. */
export function loadNerugm(content: string): EvalDocument[] {
  return nerDocuments(readColumns(content, NERUGM).flat(), "sentences");
}
