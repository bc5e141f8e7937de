/**
 * What the corpus loaders produce and the scorer consumes: documents with gold
 * spans as character offsets (UTF-16) into the text the loader rebuilt.
 * The annotator's own data model lives in remark-explainer; this is only the gold side.
 */

/** A stretch of a document's text. */
export interface Range {
  start: number;
  end: number;
}

import type { QuoteKind } from "remark-explainer/core";

/** Gold entity categories, mapped from each corpus's tag set. */
export type GoldEntityType = "person" | "organization" | "place" | "quantity" | "time";

export interface GoldEntity extends Range {
  type: GoldEntityType;
}

/** Who said it: a name to compare (PFSA-ID) or the mention spans to overlap (PolNeAR). */
export interface GoldSpeaker {
  name?: string;
  mentions: Range[];
}

export interface GoldQuote {
  /** The words said; several ranges when the corpus gives a discontinuous content. */
  content: Range[];
  /** True when the content stands in quotation marks (a direct quote). */
  quoted: boolean;
  cue?: Range;
  /** Absent when the corpus names no speaker for it. */
  speaker?: GoldSpeaker;
  /** Corpus-specific traits for error analysis ("cue:-nya", "speaker:coref", …). */
  traits: string[];
}

export interface EvalDocument {
  id: string;
  text: string;
  quotes: GoldQuote[];
  entities: GoldEntity[];
}

export interface Corpus {
  /** Short key used on the command line: "pfsa-id", "polnear", … */
  name: string;
  lang: "id" | "en";
  /** What this corpus's gold can score: which predicted quote kinds (none: quotes not scored), which entity types. */
  scores: { quoteKinds: QuoteKind[]; entityTypes: GoldEntityType[] };
  /** How the documents were formed, for the report. */
  notes: string[];
  documents: EvalDocument[];
}
