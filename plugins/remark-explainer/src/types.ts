/**
 * The Explainer data model: the one definition shared by the annotator, the
 * remark plugin, the Astro integration, the site and the tests.
 *
 * Every `Span` points into the *source* the annotator was given (the Markdown
 * file's text, or the plain-text file), in UTF-16 code units, so that
 * `source.slice(span.start, span.end) === span.text` always holds.
 */

/** A stretch of the source text. */
export interface Span {
  /** UTF-16 offset of the first character, into the source. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** `source.slice(start, end)`, kept so that consumers need no source. */
  text: string;
}

export type EntityType = "person" | "organization" | "place" | "group";

/** Something the article talks about: a person, an organization, a place or an unnamed source. */
export interface Entity {
  /** Stable slug derived from the canonical name, unique within one article: `"sabrina-singh"`. */
  id: string;
  type: EntityType;
  /** Canonical (longest) name: `"Dewi Lestari"`; for a group, its description. */
  name: string;
  /** Role or title as the text gives it: `"juru bicara Bappenas"`. */
  role?: string;
  /** Entity id of the organization (or place standing for a government) the entity belongs to. */
  affiliation?: string;
  /** Other names the text uses for it: short names, acronyms, expansions. */
  aliases?: string[];
  /** Every mention, short names and pronouns resolved to it included, in source order. */
  mentions: Span[];
}

export type QuoteKind = "direct" | "partial" | "indirect";

/** Something someone said, as the article reports it. */
export interface Quote {
  /** Stable id within the article: `"q1"`, `"q2"`, … in source order. */
  id: string;
  kind: QuoteKind;
  /** The words said, without quotation marks. */
  content: Span;
  /** The reporting cue: `"kata"`, `"mengatakan"`, `"said"`, `"according to"`. */
  cue?: Span;
  /** Entity id of the speaker; absent when unknown. */
  speaker?: string;
  /** The mention naming the speaker in this attribution (a name, a pronoun, `katanya`). */
  source?: Span;
  /** Entity id of a relaying source (an agency reporting what a president said). */
  via?: string;
  /**
   * Id of the previous piece of the same utterance, when this quote continues it
   * across an interrupting attribution (“A,” he said. “B.”) or a paragraph break.
   */
  continues?: string;
  /** How sure the attribution is, 0..1. */
  confidence: number;
  /** Id of the block (paragraph) the quote starts in, for links: `"p7"`. */
  block?: string;
}

export type FigureKind = "number" | "quantity" | "percent" | "money" | "date" | "duration";

/** A number, amount, share, sum of money, date or duration in the text. */
export interface Figure {
  id: string;
  kind: FigureKind;
  span: Span;
  /** Normalised value: `10000` for "10.000", `0.25` for "25%". */
  value?: number;
  /** Upper bound of a range ("4–6 ribu" → value 4000, valueMax 6000). */
  valueMax?: number;
  /** What is counted, or the currency as ISO code: `"tentara"`, `"IDR"`, `"USD"`. */
  unit?: string;
  /** "sekitar", "about", "lebih dari", … */
  approximate?: boolean;
  /** Calendar date (`YYYY-MM-DD`, `YYYY-MM` for a month, `YYYY` for a year) for dates written in full or resolved against the article's date. */
  date?: string;
  /** Id of the figure this one changed from ("naik dari … 3.000"). */
  previous?: string;
  /** Id of the block (paragraph) the figure is in. */
  block?: string;
}

/** A paragraph or heading of the article, as the annotator numbered it. */
export interface Block {
  /** `"p1"`, `"p2"`, … in source order; stable for a given text. */
  id: string;
  kind: "paragraph" | "heading";
  span: Span;
}

/** Something the annotator was unsure of or could not do, for build logs. */
export interface AnnotationWarning {
  /** Rule id, as in `file.message(…).ruleId`: `"low-confidence-speaker"`, `"unsupported-language"`. */
  ruleId: string;
  reason: string;
  /** 1-based line in the source, when the warning concerns a place in it. */
  line?: number;
  column?: number;
  /** Id of the quote, entity or figure concerned. */
  ref?: string;
}

/** Everything found in one article. Plain JSON. */
export interface Annotations {
  /** Language the article was read in (BCP 47 primary subtag): `"id"`, `"en"`. */
  lang: string;
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  blocks: Block[];
  warnings: AnnotationWarning[];
}

/**
 * What `frontmatter.explainer` holds instead of the `Annotations` when the remark
 * plugin is told so (`frontmatter: "reference"`, as astro-explainer does): the
 * article's key in the annotation cache folder, whose entry `<ref>` holds its
 * `Annotations` (`remark-explainer/store`), and what a page needs without reading it. Keeps
 * hosts that store frontmatter per page (Astro's content store) small.
 */
export interface AnnotationsReference {
  /** The article's key in the annotation cache (`AnnotationCache.key`). */
  ref: string;
  /** Language the article was read in, as `Annotations.lang`. */
  lang: string;
}
