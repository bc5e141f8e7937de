/**
 * PFSA-ID: whole Kompas articles as BILOU token files. Only direct quotes are
 * tagged (STATEMENT), with their cue (CUE, or CUECOREF such as "katanya") and
 * speaker (PERSON, or PERSONCOREF: a later short name). Statements are not linked
 * to speakers, so we pair them as the README says: the nearest cue not across
 * another statement, the person named in the cue's sentence, else (a "-nya" cue)
 * the last person named before the statement; a short name resolves to the
 * latest full name containing it.
 */
import { readColumns } from "./columns.ts";
import { decodeTags, type TaggedRun } from "./tags.ts";
import { joinSentences, type QuoteRole, type Token } from "./tokens.ts";
import type { EvalDocument, GoldQuote, GoldSpeaker, Range } from "./types.ts";

/** How far (tokens) a cue may stand from its statement. */
const CUE_REACH = 30;
/** A sentence end followed by more text. */
const SENTENCE_INSIDE = /[.!?]\s+\S/;
/** Quotation marks and spaces at either end; at the start also stray punctuation the tagger included. */
const QUOTE_EDGES = /^[\s“”"„‘’',.;:]+|[\s“”"„‘’']+$/g;

/** A statement's first mark opens it, its last one closes it. */
function statementRole(token: Token): QuoteRole | undefined {
  if (/^[BU]-STATEMENT$/.test(token.tag)) return "open";
  if (token.tag === "L-STATEMENT") return "close";
  return undefined;
}

interface Article {
  text: string;
  tokens: Token[];
  ranges: Range[];
  /** Sentence number of each token. */
  sentenceOf: number[];
  runs: TaggedRun[];
}

function runRange(article: Article, run: TaggedRun): Range {
  const first = article.ranges[run.first];
  const last = article.ranges[run.last];
  if (!first || !last) throw new Error(`run ${run.first}..${run.last} outside the article`);
  return { start: first.start, end: last.end };
}

function runText(article: Article, run: TaggedRun): string {
  const { start, end } = runRange(article, run);
  return article.text.slice(start, end);
}

/** A range narrowed to its text without surrounding quotation marks and spaces. */
function trimQuotes(text: string, range: Range): Range {
  const slice = text.slice(range.start, range.end);
  const lead = slice.length - slice.replace(/^[\s“”"„‘’',.;:]+/, "").length;
  const kept = slice.replace(QUOTE_EDGES, "");
  return { start: range.start + lead, end: range.start + lead + kept.length };
}

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}

function speakerFor(article: Article, person: TaggedRun, persons: TaggedRun[]): GoldSpeaker {
  const text = runText(article, person);
  const mention = runRange(article, person);
  if (person.label === "PERSON") return { name: text, mentions: [mention] };
  const needle = words(text);
  const full =
    persons
      .filter((p) => p.label === "PERSON" && p.last < person.first && containsWords(words(runText(article, p)), needle))
      .at(-1) ?? persons.find((p) => p.label === "PERSON" && containsWords(words(runText(article, p)), needle));
  if (!full) return { name: text, mentions: [mention] };
  return { name: runText(article, full), mentions: [runRange(article, full), mention] };
}

function goldQuotes(article: Article): GoldQuote[] {
  const statements = article.runs.filter((run) => run.label === "STATEMENT");
  const cues = article.runs.filter((run) => run.label === "CUE" || run.label === "CUECOREF");
  const persons = article.runs.filter((run) => run.label === "PERSON" || run.label === "PERSONCOREF");
  /** True when a statement lies strictly between token indexes a < b. */
  const statementBetween = (a: number, b: number): boolean => statements.some((s) => s.first < b && s.last > a);

  return statements.map((statement) => {
    const after = cues.find((c) => c.first > statement.last && !statementBetween(statement.last, c.first));
    const before = cues.findLast((c) => c.last < statement.first && !statementBetween(c.last, statement.first));
    const afterDistance = after ? after.first - statement.last : Number.POSITIVE_INFINITY;
    const beforeDistance = before ? statement.first - before.last : Number.POSITIVE_INFINITY;
    const cue =
      Math.min(afterDistance, beforeDistance) > CUE_REACH
        ? undefined
        : afterDistance <= beforeDistance
          ? after
          : before;

    const content = trimQuotes(article.text, runRange(article, statement));
    const traits = [
      article.tokens[statement.first]?.text.startsWith("“") ? "mark:“" : "mark:”",
      SENTENCE_INSIDE.test(article.text.slice(content.start, content.end)) ? "sentences:several" : "sentences:one",
      cue === undefined ? "cue:none" : cue === after ? "cue:after" : "cue:before",
    ];
    if (cue?.label === "CUECOREF") traits.push("cue:-nya");

    let person: TaggedRun | undefined;
    if (cue) {
      const sentence = article.sentenceOf[cue.first];
      const near = persons.filter(
        (p) =>
          article.sentenceOf[p.first] === sentence &&
          !statementBetween(Math.min(p.last, cue.last), Math.max(p.first, cue.first)),
      );
      const distance = (p: TaggedRun): number => (p.first > cue.last ? p.first - cue.last : cue.first - p.last);
      person = near.sort((a, b) => distance(a) - distance(b))[0];
    }
    if (person) traits.push(person.label === "PERSON" ? "speaker:named" : "speaker:short-name");
    else {
      person = persons.findLast((p) => p.last < statement.first);
      traits.push(person ? "speaker:earlier" : "speaker:none");
    }

    const quote: GoldQuote = {
      content: [content],
      quoted: true,
      traits,
    };
    if (cue) quote.cue = runRange(article, cue);
    if (person) quote.speaker = speakerFor(article, person, persons);
    return quote;
  });
}

/** One document per article, its text rebuilt with Kompas's quotation marks. */
export function loadPfsa(content: string): EvalDocument[] {
  return readColumns(content, { separator: /\t/, tagField: 1 }).map((sentences, index) => {
    const joined = joinSentences(sentences, { quotesSpanSentences: true, roleHint: statementRole });
    const tokens = sentences.flat();
    const article: Article = {
      text: joined.text,
      tokens,
      ranges: joined.ranges.flat(),
      sentenceOf: sentences.flatMap((sentence, n) => sentence.map(() => n)),
      runs: decodeTags(tokens.map((token) => token.tag)),
    };
    return { id: `article-${index + 1}`, text: joined.text, quotes: goldQuotes(article), entities: [] };
  });
}
