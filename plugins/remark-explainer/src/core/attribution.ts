/**
 * Who said what: reporting cues, their speakers (before or after the cue, a
 * pronoun, a "-nya" suffix, the subject of a coordinated sentence), direct
 * and partial quotations, indirect speech with or without a complementizer,
 * "according to", relayed speech, and quotations that continue the previous one.
 */
import type { QuoteKind, Span } from "../types.js";
import { isSpaceCode } from "./chars.js";
import type { ArticleDocument } from "./document.js";
import { toSpan } from "./document.js";
import { affixed, type Lexicon, peoplesEnding, predicateWord, type VerbForm, WordFlag } from "./lexicon.js";
import { isTitleCase, MAX_ASIDE } from "./mentions.js";
import type { QuoteRegion } from "./quotes.js";
import type { EntityRecord, Registry } from "./registry.js";
import { type Token, TokenKind } from "./tokens.js";
import {
  addMention,
  type BlockView,
  flagged,
  lowerAt,
  type Mention,
  mentionAt,
  partyLabel,
  tokenAt,
  tokenSpan,
  wordsAt,
} from "./view.js";

/**
 * A quote as the rules find it. Every field is set from the start (`foundQuote`, or a copy of one)
 * and none is deleted: all of them share one hidden class, so the passes after the rules read their fields
 * with monomorphic loads (with fields added in varying orders and a `delete`, those loads were
 * megamorphic).
 */
export interface FoundQuote {
  kind: QuoteKind;
  content: Span;
  cue: Span | undefined;
  speaker: EntityRecord | undefined;
  source: Span | undefined;
  via: EntityRecord | undefined;
  /** The previous piece of the same utterance (“A,” he said, “B.”). */
  continues: FoundQuote | undefined;
  confidence: number;
  block: string;
}

const foundQuote = (kind: QuoteKind, content: Span, confidence: number, block: string): FoundQuote => ({
  kind,
  content,
  cue: undefined,
  speaker: undefined,
  source: undefined,
  via: undefined,
  continues: undefined,
  confidence,
  block,
});

interface Speaker {
  /** Absent for a pronoun that points back to no one ("he said" opening an article). */
  entity?: EntityRecord;
  source: Span;
  confidence: number;
}

const isDash = (text: string): boolean => text === "-" || text === "–";
/** A number that reads as a year: "ruled in 2001 that". */
const YEAR = /^(1[89]|20)\d\d$/;

/** The last quotation seen, for the next one to continue. */
interface Piece {
  region: QuoteRegion;
  speaker?: Speaker;
  found?: FoundQuote;
  cue?: Cue;
}

/** Per-language words for sources the lexicon does not hold. */
export interface DescribedSources {
  /** Determiners opening a described source: the, one, another. */
  determiners: ReadonlySet<string>;
  /** Definite determiners: "the official" is the official last seen. */
  definite: ReadonlySet<string>;
  /** Nouns reporting their owner's words before a complementizer: claim, pernyataan. */
  cueNouns: ReadonlySet<string>;
  /** Possessive determiners → the pronoun they stand for: his → he. */
  possessive: ReadonlyMap<string, string>;
  /** Relative pronouns standing for the speaker before them: who, which. */
  relatives: ReadonlySet<string>;
  /** The ending of a progressive form, active after an auxiliary: "ing". */
  progressiveEnding: string | undefined;
  /** The ending of manner adverbs: "ly". */
  adverbEnding: string | undefined;
  /** The ending of regular plural nouns: "s". */
  pluralEnding: string | undefined;
}

interface Cue {
  view: BlockView;
  /** Token range of the cue. */
  from: number;
  to: number;
  verb?: VerbForm;
}

/** Lower-case nouns of a noun phrase after a preposition and its determiner ("at a news conference"), at most. */
const MAX_PHRASE_NOUNS = 3;
/** Words skipped between a speaker and the verb, at most. */
const MAX_SKIP = 4;
/** Lower-case words of a description before a name closing a sentence: "…, catastrophe modeling firm Verisk said". */
const MAX_DESCRIPTION = 3;
/** Words a speaker's title and affiliation may run over after a cue ("kata Kepala Bidang … Sumy Hastry"). */
const MAX_SPEAKER_AFTER = 20;
/** Tokens between a quotation and the cue of a long subject after it (a name with two affiliations), at most. */
const MAX_LATE_SUBJECT = 32;
/** Words between a verb and its complementizer, at most. */
const MAX_BEFORE_COMPLEMENTIZER = 8;
/** Tokens a cue may stand before the quoted words it governs. */
const MAX_GOVERNING = 12;
/** …and before a short phrase (`SHORT_PHRASE_WORDS` words at most): "called it “a disgrace”". */
const MAX_GOVERNING_SHORT = 4;
const SHORT_PHRASE_WORDS = 3;
/** Blocks after which the last speaker is no longer "recent". */
const RECENT_BLOCKS = 3;
/** Straight and curly quotation marks that may open a paragraph of a long quotation. */
const QUOTE_MARKS = new Set(['"', "“", "'", "‘", "«"]);
/** Dashes that may stand between a quotation and its attribution. */
const DASHES = new Set(["—", "―", "–"]);
/** Tokens before an attribution in mid-sentence ("The museum, Obama said, would …"), at most. */
const MAX_PARENTHETICAL_HEAD = 10;
/** White space, a comma, semicolon or colon (was `/[\s,;:]/`). */
const trailingMark = (code: number): boolean => isSpaceCode(code) || code === 0x2c || code === 0x3b || code === 0x3a;
/** A name in the possessive (McConnell's, Clinton’s), or the possessive ending on its own. */
const POSSESSIVE = /^[\p{L}\p{N}.-]*['’]s$/u;
/** `POSSESSIVE.test`, run only on a word that ends in 's or ’s. */
function isPossessive(text: string): boolean {
  const mark = text.charCodeAt(text.length - 2);
  return text.charCodeAt(text.length - 1) === 0x73 && (mark === 0x27 || mark === 0x2019) && POSSESSIVE.test(text);
}
/** Confidence of an attribution to a pronoun that points back to no one. */
const UNRESOLVED = 0.3;
/**
 * Confidence of a bare noun phrase taken for the subject ("Polls show …"): at most this, a
 * speaker is not the one later pronouns and -nya cues point back to.
 */
const GUESSED = 0.5;
/** Tokens of the shortest bare content before another attribution: fewer are the verb's object. */
const MIN_BARE_CONTENT = 4;
/** Words a described source ("the state's campaign chairman") may run over. */
const MAX_DESCRIBED = 5;
/** Tokens of a bare noun phrase opening its clause as a verb's subject ("Data from the survey show"). */
const MAX_SUBJECT = 8;
/** Words of a recipient after a cue and its preposition, before the comma: "kepada kantor berita AFP Prancis,". */
const MAX_RECIPIENT = 6;

export class Attributor {
  private lastSpeaker: { entity: EntityRecord; block: number } | undefined;
  /** The latest indirect statement: quoted words inside it are its partial quotes. */
  private lastIndirect: FoundQuote | undefined;
  private previousQuote: Piece | undefined;
  private readonly found: FoundQuote[] = [];
  /** Token ranges already reported, per block: indirect contents, quotes, cues. */
  private readonly covered = new Map<number, [number, number][]>();
  /**
   * First token of each token's attribution unit, per block, filled on first use. Plain arrays:
   * a typed array per block is an allocation outside the heap.
   */
  private readonly unitFirsts = new Map<number, number[]>();

  constructor(
    private readonly document: ArticleDocument,
    private readonly views: readonly BlockView[],
    private readonly lexicon: Lexicon,
    private readonly registry: Registry,
    private readonly mentions: readonly Mention[],
    private readonly sources: DescribedSources,
  ) {
    this.determiners = sources.determiners;
  }

  /** Determiners opening a described source: the, one, another. */
  private readonly determiners: ReadonlySet<string>;

  run(regions: readonly QuoteRegion[]): FoundQuote[] {
    const byBlock = new Map<number, QuoteRegion[]>();
    for (const region of regions) {
      if (region.depth > 0) continue;
      const list = byBlock.get(region.openBlock) ?? [];
      list.push(region);
      byBlock.set(region.openBlock, list);
    }
    for (const view of this.views) {
      if (view.block.kind === "heading") continue;
      this.block(view, byBlock.get(view.index) ?? []);
    }
    return this.found.sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  }

  // ---- quotations -------------------------------------------------------

  /** Cues and quotations of one block in reading order, so that pronouns see the speakers before them. */
  private block(view: BlockView, regions: readonly QuoteRegion[]): void {
    if (this.headline(view) || this.introduced(view)) return;
    this.labelled(view);
    let next = 0;
    for (let k = 0; k <= view.tokens.length; k++) {
      while (next < regions.length && (regions[next] as QuoteRegion).open <= k) {
        const region = regions[next++] as QuoteRegion;
        this.previousQuote = this.quote(region, this.previousQuote);
      }
      // No reporting verb, cue noun or "according to" starts at most tokens: one bit here, no call.
      if (k < view.tokens.length && ((view.tokens[k] as Token).flags & WordFlag.Cue) !== 0) this.cueAt(view, k);
    }
  }

  /**
   * A headline written as the first paragraph, in title case, reports with a capitalised cue and
   * no marks: "Jo Reed Says Ferry Fares Will Rise", "Ferry Fares Will Rise, Jo Reed Says",
   * "Poll: Ferry Fares Will Rise". The source is the words before the cue or colon.
   */
  private headline(view: BlockView): boolean {
    const { tokens } = view;
    // Plain text opens with its title; further title-case lines are captions and credits ("[Video: …]").
    if (view.index > 0 || !isTitleCase(view)) return false;
    let last = tokens.length;
    while (last > 0 && (tokens[last - 1] as Token).kind === TokenKind.Punct) last--;
    // "…, Jo Reed Says."
    const final = this.verbAt(view, last - 1);
    if (final && tokens[last - 1]?.cap) {
      let comma = last - 2;
      while (comma > 0 && tokens[comma]?.text !== ",") comma--;
      if (comma > 1 && last - 1 - comma <= MAX_DESCRIBED) {
        const speaker = this.headlineSource(view, comma + 1, last - 1);
        this.emit("indirect", tokenSpan(this.document, view, 0, comma), this.cueOf(view, last - 1), speaker, view);
        this.cover(view.index, 0, tokens.length);
        return true;
      }
    }
    for (let k = 1; k < last - 1 && k <= MAX_DESCRIBED; k++) {
      const token = tokens[k] as Token;
      const colon = token.text === ":";
      if (!colon && !(token.cap && this.verbAt(view, k))) continue;
      if (colon && k > MAX_DESCRIBED - 2) break;
      const speaker = this.headlineSource(view, 0, k);
      const cue = colon ? undefined : this.cueOf(view, k);
      const quoted = view.quoted[k + 1] === 1 && view.quoted[last - 1] === 1;
      this.emit(quoted ? "direct" : "indirect", tokenSpan(this.document, view, k + 1, last), cue, speaker, view);
      this.cover(view.index, 0, tokens.length);
      return true;
    }
    return false;
  }

  private cueOf(view: BlockView, k: number): Cue {
    const verb = this.verbAt(view, k);
    return verb ? { view, from: k, to: k + 1, verb } : { view, from: k, to: k + 1 };
  }

  /** The source of a headline over tokens [from, to): the entity named there, else a group of those words. */
  private headlineSource(view: BlockView, from: number, to: number): Speaker {
    const span = tokenSpan(this.document, view, from, to);
    const mention = view.mentions[from];
    if (mention && mention.start === from && mention.end <= to)
      return { entity: mention.entity, source: span, confidence: 0.8 };
    // A name run on over the cue ("Jo Reed Says Ferry") was title case, not a name: the source is
    // the words before the cue, that entity still when the article names it again.
    let overrun: EntityRecord | undefined;
    for (let k = from; k < to; k++) {
      const over = view.mentions[k];
      if (!over || (over.start >= from && over.end <= to)) continue;
      overrun = over.entity;
      view.mentions.fill(undefined, over.start, over.end);
    }
    const known = this.registry.named(span.text) ?? this.registry.personWord(lowerAt(view, to - 1));
    const entity =
      known && (known !== overrun || overrun.last > span.end)
        ? known
        : overrun
          ? this.registry.create(span.text, overrun.type, span.start)
          : this.registry.resolve(span.text, "group", span.start);
    const added = addMention(this.document, view, from, to, entity, span);
    return { entity, source: added?.span ?? span, confidence: 0.7 };
  }

  /**
   * A paragraph opening with a speaker's name and a colon is that speaker's
   * words: interview transcripts ("PENCE: Well, …") and headlines ("Moreau: …").
   */
  private labelled(view: BlockView): void {
    // A transcript inside a long quotation opens each paragraph with a mark: "PENCE: …
    const start = view.tokens[0]?.kind === TokenKind.Punct && QUOTE_MARKS.has(view.tokens[0].text) ? 1 : 0;
    const mention = view.mentions[start]?.start === start ? view.mentions[start] : undefined;
    let end = mention?.end ?? start;
    let entity = mention?.entity;
    // An all-capitals label names the person already met: "PENCE" for Mike Pence.
    const label = view.tokens[start];
    if (
      label &&
      label.kind === TokenKind.Word &&
      label.text === label.text.toUpperCase() &&
      (!mention || end === start + 1)
    ) {
      const person = this.registry.personWord(label.lower);
      if (person) entity = person;
      end = start + 1;
    }
    if (!entity || entity.type === "place" || view.tokens[end]?.text !== ":") return;
    let last = view.tokens.length;
    while (last > end + 1 && (tokenAt(view, last - 1) as Token).kind === TokenKind.Punct && !view.quoted[last - 1])
      last--;
    if (last - end < 4 || (view.quoted[end + 1] && start === 0)) return;
    const source = tokenSpan(this.document, view, start, end);
    if (!mention || mention.entity !== entity) {
      view.mentions.fill(undefined, start, end);
      addMention(this.document, view, start, end, entity, source);
    }
    const speaker: Speaker = { entity, source, confidence: 0.8 };
    this.emit("direct", tokenSpan(this.document, view, end + 1, last), undefined, speaker, view);
    this.cover(view.index, 0, view.tokens.length);
  }

  private quote(region: QuoteRegion, previous: Piece | undefined): Piece {
    const open = this.views[region.openBlock] as BlockView;
    const close = this.views[region.closeBlock] as BlockView;
    const content = this.contentSpan(region);
    if (!content) return { region };
    const startsUnit = this.startsUnit(open, region.open);
    // After the closing mark: “…,” kata Lestari / “…,” Lestari said / “…,” katanya.
    let j = region.close + 1;
    let dash = false;
    while (j < close.tokens.length && (close.tokens[j]?.text === "," || DASHES.has(close.tokens[j]?.text ?? ""))) {
      dash ||= DASHES.has(close.tokens[j]?.text ?? "");
      j++;
    }
    const after =
      (close.unit[j] === close.unit[region.close] ? this.attributionAt(close, j) : undefined) ??
      (dash ? this.signature(close, j) : undefined);
    if (after) {
      // “A.” ― Jane Roe “B.” ― Ann Lee: the second opens right after the first one's signature.
      const kind: QuoteKind = startsUnit || this.afterSignature(open, region.open) ? "direct" : "partial";
      const found = this.emit(kind, content, after.cue, after.speaker, open);
      // A whole quotation's attribution is spent: its verb opens no indirect speech ("Ruiz
      // said in an interview"). After a partial one it may still close the sentence around it.
      if (startsUnit) this.cover(close.index, j, after.end);
      return { region, speaker: after.speaker, found, cue: after.cue };
    }
    // Before the opening mark: Lestari mengatakan, “…” / Menurut Lestari, “…”
    const before = this.attributionBefore(open, region.open);
    if (before) {
      const kind: QuoteKind = before.direct ? "direct" : "partial";
      const found = this.emit(kind, content, before.cue, before.speaker, open);
      // “A,” he said, “B.”: the second piece shares the first one's cue.
      if (previous?.found && previous.cue && sameCue(previous.cue, before.cue)) found.continues = previous.found;
      return { region, speaker: before.speaker, found, cue: before.cue };
    }
    // "Reed continued:" closing the paragraph before: the quotation it introduces.
    const introduced = startsUnit && region.open === 0 ? this.introducedBefore(region.openBlock) : undefined;
    if (introduced) {
      const found = this.emit("direct", content, introduced.cue, introduced.speaker, open);
      return { region, speaker: introduced.speaker, found, cue: introduced.cue };
    }
    // Inside an indirect statement already found: its quoted words.
    const last = this.lastIndirect;
    const inside = last && last.content.start <= content.start && last.content.end >= content.end ? last : undefined;
    if (inside) {
      this.found.push({ ...inside, kind: "partial", content, block: open.block.id });
      return { region };
    }
    if (startsUnit && previous?.speaker && this.continues(previous.region, region)) {
      const speaker = { ...previous.speaker, confidence: Math.min(previous.speaker.confidence, 0.7) };
      const found = this.emit("direct", content, undefined, speaker, open, false);
      if (previous.found) found.continues = previous.found;
      return { region, speaker, found };
    }
    if (!startsUnit) return { region };
    // A line that is only a short quotation with no sentence mark is a title, not speech.
    if (
      this.startsUnit(open, region.open) &&
      region.close === close.tokens.length - 1 &&
      !/[.!?…。！？]$/.test(content.text)
    ) {
      return { region };
    }
    // A quotation standing alone: probably the last speaker's, but say so.
    const recent =
      this.lastSpeaker && region.openBlock - this.lastSpeaker.block <= 1 ? this.lastSpeaker.entity : undefined;
    const found = this.emit(
      "direct",
      content,
      undefined,
      recent ? { entity: recent, source: content, confidence: 0.4 } : undefined,
      open,
      false,
    );
    // Kept for a cue later in its sentence, after a subject too long to read from the mark (lateAttribution).
    return { region, found };
  }

  /**
   * A paragraph without quotation marks after one ending in "The governor added:" is the words
   * introduced, as a block quotation is.
   */
  private introduced(view: BlockView): boolean {
    const first = view.tokens[0];
    if (!first || view.quoted[0] || view.block.kind === "heading") return false;
    const before = this.introducedBefore(view.index);
    if (!before) return false;
    let last = view.tokens.length;
    while (last > 0 && (tokenAt(view, last - 1) as Token).kind === TokenKind.Punct) last--;
    if (last < MIN_BARE_CONTENT) return false;
    this.emit("direct", tokenSpan(this.document, view, 0, last), before.cue, before.speaker, view);
    this.cover(view.index, 0, view.tokens.length);
    return true;
  }

  /** An attribution ending the paragraph before block `index` with a colon: "He said:", "The Courier reports:". */
  private introducedBefore(index: number): { cue: Cue; speaker: Speaker } | undefined {
    const view = index > 0 ? this.views[index - 1] : undefined;
    if (!view || view.block.kind === "heading") return undefined;
    let k = view.tokens.length - 1;
    if (view.tokens[k]?.text !== ":" || view.quoted[k]) return undefined;
    k--;
    while (k > 0 && this.isSkippable(view, k) && !this.verbAt(view, k)) k--;
    const verb = this.verbAt(view, k);
    if (!verb || this.isCovered(view.index, k)) return undefined;
    const cue: Cue = { view, from: k, to: k + 1, verb };
    const speaker = this.speakerOf(cue);
    return speaker ? { cue, speaker } : undefined;
  }

  /** The quotation opening at `open` follows a signature: a dash and a name ending right before it. */
  private afterSignature(view: BlockView, open: number): boolean {
    const name = mentionAt(view, open - 1);
    return name !== undefined && DASHES.has(tokenAt(view, name.start - 1)?.text ?? "");
  }

  /** The next quotation follows the previous one with no other sentence between. */
  private continues(previous: QuoteRegion, next: QuoteRegion): boolean {
    if (next.openBlock - previous.closeBlock > 1) return false;
    if (next.openBlock === previous.closeBlock) {
      const view = this.views[next.openBlock] as BlockView;
      return (
        view.unit[next.open] === (view.unit[previous.close] ?? -1) + 1 ||
        view.unit[next.open] === view.unit[previous.close]
      );
    }
    const view = this.views[previous.closeBlock] as BlockView;
    return this.endsUnit(view, previous.close) || this.unitEndsBlock(view, previous.close);
  }

  /** Only punctuation in tokens [from, to). */
  private endsUnitAt(view: BlockView, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if ((view.tokens[k] as Token).kind !== TokenKind.Punct) return false;
    return true;
  }

  private unitEndsBlock(view: BlockView, token: number): boolean {
    return view.unit[token] === view.unit[view.tokens.length - 1];
  }

  private contentSpan(region: QuoteRegion): Span | undefined {
    const open = this.views[region.openBlock] as BlockView;
    const close = this.views[region.closeBlock] as BlockView;
    let from = (open.tokens[region.open] as Token).end;
    let to = (close.tokens[region.close] as Token).start;
    const text = close.block.text;
    // Doubled marks ('' … '') write one quotation: the inner pair is not part of the words.
    const openMark = (open.tokens[region.open] as Token).text;
    if (open.block.text[from] === openMark && text[to - 1] === (close.tokens[region.close] as Token).text) {
      from++;
      to--;
    }
    // A trailing comma belongs to the sentence around the quotation.
    while (to > 0 && trailingMark(text.charCodeAt(to - 1)) && (region.openBlock !== region.closeBlock || to > from))
      to--;
    const start = toSpan(this.document, open.block, from, from).start;
    const end = toSpan(this.document, close.block, to, to).end;
    if (end <= start) return undefined;
    return { start, end, text: this.document.source.slice(start, end) };
  }

  private startsUnit(view: BlockView, token: number): boolean {
    const unit = view.unit[token];
    for (let k = token - 1; k >= 0 && view.unit[k] === unit; k--) {
      const t = view.tokens[k] as Token;
      if (t.kind !== TokenKind.Punct) return false;
    }
    return true;
  }

  private endsUnit(view: BlockView, token: number): boolean {
    const unit = view.unit[token];
    for (let k = token + 1; k < view.tokens.length && view.unit[k] === unit; k++) {
      if ((view.tokens[k] as Token).kind !== TokenKind.Punct) return false;
    }
    return true;
  }

  // ---- attributions -----------------------------------------------------

  /** A cue with its speaker starting at token `j`: "kata Lestari", "Lestari said", "katanya". */
  private attributionAt(view: BlockView, j: number): { cue: Cue; speaker: Speaker; end: number } | undefined {
    const verb = this.verbAt(view, j);
    if (verb) {
      const cue: Cue = { view, from: j, to: j + 1, verb };
      if (verb.suffix > 0) {
        const speaker = this.recent(view, j, "person");
        if (!speaker) return undefined;
        const token = view.tokens[j] as Token;
        const suffix = toSpan(this.document, view.block, token.end - verb.suffix, token.end);
        const source = addMention(this.document, view, j, j + 1, speaker, suffix)?.span ?? suffix;
        return { cue, speaker: { entity: speaker, source, confidence: 0.8 }, end: j + 1 };
      }
      const speaker = this.speakerAfter(view, j + 1);
      if (speaker) return { cue, speaker: speaker.speaker, end: speaker.end };
      return undefined;
    }
    const subject = this.subjectAt(view, j);
    if (!subject) return undefined;
    let k = subject.end;
    // Adverbs may also be cues ("told"): the first verb ends the skip.
    while (
      k < view.tokens.length &&
      k - subject.end < MAX_SKIP &&
      !this.verbAt(view, k) &&
      flagged(view, k, WordFlag.Adverb)
    )
      k++;
    const after = this.verbAt(view, k);
    if (!after || after.suffix > 0 || (after.inverted && !this.lexicon.verbs.get(view.lowers[k] ?? "")?.bareContent))
      return undefined;
    return { cue: { view, from: k, to: k + 1, verb: after }, speaker: subject.speaker, end: k + 1 };
  }

  /**
   * A name alone after a dash signs the quotation: “…” ― Jane Doe, ending the
   * paragraph or followed by the next signed quotation (“…” ― Jane Doe “…” ― Ann Lee).
   */
  private signature(view: BlockView, j: number): { cue: Cue; speaker: Speaker; end: number } | undefined {
    const mention = view.mentions[j];
    if (!mention || mention.start !== j || mention.entity.type === "place") return undefined;
    for (let k = mention.end; k < view.tokens.length && !view.quoted[k]; k++) {
      if ((view.tokens[k] as Token).kind !== TokenKind.Punct) return undefined;
    }
    if (mention.entity.tentative) this.registry.retype(mention.entity, "person");
    const speaker: Speaker = { entity: mention.entity, source: mention.span, confidence: 0.8 };
    return { cue: { view, from: j - 1, to: j }, speaker, end: mention.end };
  }

  /** Attribution before a quotation's opening mark; `direct` when the quote is the verb's whole content. */
  private attributionBefore(
    view: BlockView,
    open: number,
  ): { cue: Cue; speaker: Speaker; direct: boolean } | undefined {
    let k = open - 1;
    let punct = false;
    while (k >= 0 && (view.tokens[k]?.text === ":" || view.tokens[k]?.text === ",")) {
      punct = true;
      k--;
    }
    const complementizer = flagged(view, k, WordFlag.Complementizer);
    if (complementizer) k--;
    let skipped = 0;
    while (k >= 0 && skipped < MAX_SKIP && !this.verbAt(view, k) && this.isSkippable(view, k)) {
      k--;
      skipped++;
    }
    if (k < 0 || view.unit[k] !== view.unit[open]) return undefined;
    const verb = this.verbAt(view, k);
    if (verb) {
      const cue: Cue = { view, from: k, to: k + 1, verb };
      const speaker = this.speakerOf(cue);
      if (!speaker) return undefined;
      const direct = !complementizer && (punct || (skipped === 0 && !this.wordsAfterQuotation(view, open)));
      return { cue, speaker, direct };
    }
    // A cue earlier in the sentence governs quoted words: "menyebutnya sebagai “berita palsu”".
    // A short phrase ("under “constant attack”") only right after its cue: further away it is a scare quote.
    const reach = this.isShortPhrase(view, open) ? MAX_GOVERNING_SHORT : MAX_GOVERNING;
    for (let m = k - 1; m >= 0 && m >= open - reach && view.unit[m] === view.unit[open]; m--) {
      const governing = this.verbAt(view, m);
      if (!governing || governing.suffix > 0 || governing.inverted) continue;
      const cue: Cue = { view, from: m, to: m + 1, verb: governing };
      const speaker = this.speakerOf(cue);
      if (speaker) return { cue, speaker, direct: false };
      break;
    }
    // Menurut Lestari, “…”
    for (let m = k; m >= 0 && m >= k - 8 && view.unit[m] === view.unit[open]; m--) {
      const length = this.lexicon.accordingTo.match(view.tokens, m);
      if (length === 0) continue;
      const speaker = this.speakerAfter(view, m + length, true);
      if (!speaker) return undefined;
      return { cue: { view, from: m, to: m + length }, speaker: speaker.speaker, direct: punct };
    }
    return tokenAt(view, open - 1)?.text === ":" ? this.colonSubject(view, open) : undefined;
  }

  /**
   * "Sanders made the following comment: “…”", "A friend commented: “…”": a sentence whose subject
   * is a person introduces the quotation after its colon, whatever its verb.
   */
  private colonSubject(view: BlockView, open: number): { cue: Cue; speaker: Speaker; direct: boolean } | undefined {
    // The clause before the colon: from the unit's start or its last comma ("On July 6, Jo Reed wrote:").
    let start = open - 1;
    while (start > 0 && view.unit[start - 1] === view.unit[open - 1] && tokenAt(view, start - 1)?.text !== ",") start--;
    const mention = view.mentions[start];
    let speaker: Speaker | undefined;
    if (mention?.start === start && mention.entity.type === "person" && !this.isFunctionWord(view, mention))
      speaker = { entity: mention.entity, source: mention.span, confidence: 0.6 };
    else if (flagged(view, start, WordFlag.Singular)) speaker = this.pronoun(view, start);
    if (!speaker?.entity) return undefined;
    const end = mention?.start === start ? mention.end : start + 1;
    if (end >= open - 1 || open - 1 - end > MAX_BEFORE_COMPLEMENTIZER) return undefined;
    for (let m = end; m < open - 1; m++) if (view.tokens[m]?.kind === TokenKind.Punct) return undefined;
    return { cue: { view, from: end, to: open - 1 }, speaker, direct: true };
  }

  /** The quotation opening at `open` is a few words with no sentence mark: a name, a term, a scare quote. */
  private isShortPhrase(view: BlockView, open: number): boolean {
    let words = 0;
    for (let k = open + 1; k < view.tokens.length && view.quoted[k]; k++) {
      const token = view.tokens[k] as Token;
      if (token.kind === TokenKind.Word) words++;
      else if (isFinal(token.text)) return false;
      if (words > SHORT_PHRASE_WORDS) return false;
    }
    return true;
  }

  private isSkippable(view: BlockView, k: number): boolean {
    const token = view.tokens[k] as Token;
    if (token.flags & WordFlag.Adverb) return true;
    if (this.isMannerAdverb(view, k)) return true;
    // Weekdays and months (capitalised common words), numbers of dates ("said on Sept. 12 that") and
    // tallies ("voted 78-20"); not a count ("said 12 people were hurt": what was said).
    if (isDash(token.text)) return this.tallyAt(view, k - 1);
    if (token.kind === TokenKind.Number)
      return (
        YEAR.test(token.text) ||
        flagged(view, k - 1, WordFlag.Calendar) ||
        flagged(view, k + 1, WordFlag.Calendar) ||
        this.tallyAt(view, k) ||
        this.tallyAt(view, k - 2)
      );
    return (token.flags & WordFlag.Calendar) !== 0;
  }

  /** Tokens from `k` are a tally: a number, a dash, a number ("78-20"). */
  private tallyAt(view: BlockView, k: number): boolean {
    const { tokens } = view;
    return (
      tokens[k]?.kind === TokenKind.Number &&
      isDash(tokens[k + 1]?.text ?? "") &&
      tokens[k + 2]?.kind === TokenKind.Number
    );
  }

  /**
   * "promptly", "forcefully": lower case with the adverb ending and a stem of four letters or
   * more. After a determiner or possessive it is a noun ("the assembly", "his family").
   */
  private isMannerAdverb(view: BlockView, k: number): boolean {
    const ending = this.sources.adverbEnding;
    const token = view.tokens[k] as Token;
    if (ending === undefined || token.cap || token.kind !== TokenKind.Word) return false;
    if (!token.lower.endsWith(ending) || token.lower.length < ending.length + 4) return false;
    const previous = lowerAt(view, k - 1);
    return !this.determiners.has(previous) && !this.sources.possessive.has(previous) && !isPossessive(previous);
  }

  private verbAt(view: BlockView, k: number): VerbForm | undefined {
    if (view.quoted[k]) return undefined;
    const token = view.tokens[k];
    if (!token || token.kind !== TokenKind.Word) return undefined;
    const verb = token.flags & WordFlag.Verb ? this.lexicon.verbs.get(token.lower) : undefined;
    if (!verb) return undefined;
    const previous = lowerAt(view, k - 1);
    if (this.lexicon.negators.has(previous) || previous.endsWith("n't")) return undefined;
    // "the questions sparked by …": a noun after a definite article. After a possessive it may be a
    // cue noun with its owner ("his claims", "Reed's promises").
    if (this.sources.definite.has(previous)) return undefined;
    return verb;
  }

  /** The speaker named right after a cue: "kata juru bicara Bappenas Dewi Lestari", "said he". */
  private speakerAfter(view: BlockView, from: number, bare = false): { speaker: Speaker; end: number } | undefined {
    const anaphor = this.demonstrativeDescription(view, from);
    if (anaphor) return anaphor;
    let firstOther: Mention | undefined;
    /** Where the lower-case words counted before a name start: after "by" they count again. */
    let counted = from;
    for (let k = from; k < view.tokens.length && k - from < MAX_SPEAKER_AFTER; k++) {
      const token = view.tokens[k] as Token;
      // "ujar Brigjen (Pol) Whisnu": a bracketed rank or abbreviation inside the subject is stepped over.
      const bracket = token.text === "(" ? this.bracketedWord(view, k) : undefined;
      if (bracket !== undefined) {
        k = bracket;
        continue;
      }
      if (token.kind === TokenKind.Punct || view.quoted[k]) {
        // "kata pelatih Persib, Bojan Hodak,", "kata Kepala BPBD Jawa Tengah, Bergas Catursasi,": a
        // title's words up to a comma describe the person named after it.
        const apposed =
          k > from && this.lexicon.titles.match(view.tokens, from) > 0 ? this.apposedPerson(view, k) : undefined;
        if (apposed) return apposed;
        break;
      }
      const mention = view.mentions[k];
      // "said McConnell's trip was …": a possessive opens the content, it names no speaker,
      // unless a person named after it closes the clause ("noted NBC's Jo Reed.").
      if (
        mention &&
        (isPossessive(tokenAt(view, mention.end - 1)?.text ?? "") || isPossessive(view.tokens[mention.end]?.text ?? ""))
      ) {
        const after = isPossessive(view.tokens[mention.end]?.text ?? "") ? mention.end + 1 : mention.end;
        const owned = view.mentions[after];
        if (owned?.start !== after || owned.entity.type !== "person" || !this.closesClause(view, owned.end)) break;
        return { speaker: { entity: owned.entity, source: owned.span, confidence: 0.9 }, end: owned.end };
      }
      if (mention) {
        if (mention.entity.type === "person" || mention.entity.type === "group") {
          if (mention.entity.tentative) this.registry.retype(mention.entity, "person");
          return { speaker: { entity: mention.entity, source: mention.span, confidence: 0.95 }, end: mention.end };
        }
        firstOther ??= mention;
        k = mention.end - 1;
        continue;
      }
      if (k === from && this.isPronoun(token.lower)) {
        const pronoun = this.pronoun(view, k);
        return pronoun ? { speaker: pronoun, end: k + 1 } : undefined;
      }
      // "said in Ohio": a name after a preposition is where it was said, no speaker.
      if (!bare && this.lexicon.placePrepositions.has(token.lower)) break;
      if (token.cap || (token.flags & WordFlag.TitleWord) !== 0 || (token.flags & WordFlag.Adverb) !== 0) continue;
      // "according to a report by the consultancy Meridian Analytics": the agent of a document
      // noun is its source, a description before its name too.
      if (k - counted <= 3 && this.lexicon.agentPrepositions.has(token.lower)) {
        counted = k + 1;
        continue;
      }
      if (k > counted + 3) break;
    }
    if (firstOther) {
      if (firstOther.entity.tentative) this.registry.retype(firstOther.entity, "person");
      return { speaker: { entity: firstOther.entity, source: firstOther.span, confidence: 0.9 }, end: firstOther.end };
    }
    const end = this.describedAfter(view, from, bare);
    // "said the storms showed …": a description running on into a clause is its subject, no speaker.
    if (end === undefined || (!bare && !this.closesClause(view, end))) return undefined;
    // "said the mayor, Carl Ruiz": the name in apposition.
    return this.apposedPerson(view, end) ?? { speaker: this.described(view, from, end), end };
  }

  /**
   * The person named right after the comma at `comma` and closed by punctuation, in apposition to
   * the words before it ("According to the poll, Carl Ruiz led" opens the content with a name).
   */
  private apposedPerson(view: BlockView, comma: number): { speaker: Speaker; end: number } | undefined {
    const named = view.tokens[comma]?.text === "," ? view.mentions[comma + 1] : undefined;
    if (!named || named.start !== comma + 1 || named.entity.type !== "person") return undefined;
    if ((view.tokens[named.end]?.kind ?? TokenKind.Punct) !== TokenKind.Punct) return undefined;
    return { speaker: { entity: named.entity, source: named.span, confidence: 0.9 }, end: named.end };
  }

  /**
   * "ujar pelatih asal Belanda itu": a lower-case title or group noun closed by a demonstrative a few words on
   * is someone named before, the person last seen with that title, else the person last seen
   * (not the place inside the description).
   */
  private demonstrativeDescription(view: BlockView, from: number): { speaker: Speaker; end: number } | undefined {
    const first = view.tokens[from];
    if (!first || first.cap) return undefined;
    // "kata perusahaan tersebut": the company named before.
    const company = this.lexicon.companyNouns.has(first.lower);
    if (!company && (first.flags & (WordFlag.TitleWord | WordFlag.GroupNoun)) === 0) return undefined;
    let end = from + 1;
    // "politikus Partai Amanat Nasional (PAN) itu": an organization's bracketed acronym is stepped over.
    let bracketed = 0;
    while (end - from - bracketed <= MAX_DESCRIBED && view.unit[end] === view.unit[from] && !view.quoted[end]) {
      const token = view.tokens[end] as Token;
      if (token.text === "(" && view.tokens[end + 1]?.acronym && view.tokens[end + 2]?.text === ")") {
        end += 3;
        bracketed += 3;
        continue;
      }
      if (token.kind === TokenKind.Punct) return undefined;
      end++;
      if (this.lexicon.demonstratives.has(token.lower)) break;
    }
    if (!this.lexicon.demonstratives.has(lowerAt(view, end - 1))) return undefined;
    const source = tokenSpan(this.document, view, from, end);
    const entity = company
      ? this.companyBefore(source.start)
      : (this.holderOf(first.lower, source.start) ?? this.recent(view, from, "person", true));
    return entity ? { speaker: { entity, source, confidence: 0.7 }, end } : undefined;
  }

  /** Start of a capitalised title of one or two words ending right before token `end`, opening its unit. */
  private titleBefore(view: BlockView, end: number): number | undefined {
    for (let start = end - 1; start >= end - 2 && start >= 0; start--) {
      if (!view.tokens[start]?.cap || view.mentions[start]) return undefined;
      if (!flagged(view, start, WordFlag.TitleStart)) continue;
      const previous = tokenAt(view, start - 1);
      return !previous || previous.kind === TokenKind.Punct || view.unit[start - 1] !== view.unit[start]
        ? start
        : undefined;
    }
    return undefined;
  }

  /** The person last seen, before offset `before`, whose role holds the title word `title` ("the president"). */
  private holderOf(title: string, before = Number.POSITIVE_INFINITY): EntityRecord | undefined {
    let holder: EntityRecord | undefined;
    for (const candidate of this.registry.entities) {
      if (candidate.type !== "person" || candidate.last >= before) continue;
      if (!candidate.role?.toLowerCase().split(/\s+/).includes(title)) continue;
      if (!holder || candidate.last > holder.last) holder = candidate;
    }
    return holder;
  }

  /** The closing bracket of "(Pol)" at `open`: one or two capitalised words, a capitalised word after it. */
  private bracketedWord(view: BlockView, open: number): number | undefined {
    for (let close = open + 2; close <= open + 3; close++) {
      if (view.tokens[close]?.text !== ")") continue;
      for (let k = open + 1; k < close; k++) if (!view.tokens[k]?.cap) return undefined;
      return view.tokens[close + 1]?.cap ? close : undefined;
    }
    return undefined;
  }

  /**
   * Start of a described source ending before token `end`: "the campaign",
   * "one senior official", "the state's campaign chairman"; or a bare plural
   * unnamed-source noun ("sources", "top officials").
   */
  private describedBefore(view: BlockView, end: number, outer = true): number | undefined {
    const head = tokenAt(view, end - 1);
    if (!head || head.kind !== TokenKind.Word || mentionAt(view, end - 1) || view.quoted[end - 1]) return undefined;
    if (
      (head.flags & WordFlag.Common) !== 0 ||
      this.determiners.has(head.lower) ||
      this.lexicon.timeUnits.has(head.lower)
    )
      return undefined;
    const unit = view.unit[end - 1];
    let k = end - 1;
    for (; k >= 0 && end - k <= MAX_DESCRIBED; k--) {
      const token = view.tokens[k] as Token;
      // (The head itself may have a verb's form: "the two states argue".)
      if (view.unit[k] !== unit || view.quoted[k] || (k < end - 1 && this.verbAt(view, k))) break;
      if (this.determiners.has(token.lower)) {
        if (k >= end - 1) return undefined;
        // "The mayors of two towns said", "A spokesperson for the agency said": the description this
        // one is the affiliation of. ("Two nurses at the clinic": a group found already.)
        const preposition = lowerAt(view, k - 1);
        const owner =
          outer &&
          (this.lexicon.affiliationPrepositions.has(preposition) || this.lexicon.groupPrepositions.has(preposition))
            ? (this.describedBefore(view, k - 1, false) ?? this.groupEndingBefore(view, k - 1))
            : undefined;
        return owner ?? this.informedStart(view, k);
      }
      const word = token.kind === TokenKind.Word || token.text === "’s" || token.text === "'s";
      if (!word || (token.flags & WordFlag.Common) !== 0) break;
    }
    return (head.flags & WordFlag.GroupNoun) !== 0 && k < end - 1 ? k + 1 : undefined;
  }

  /** Start of the mention of an unnamed group ending right before token `end`. */
  private groupEndingBefore(view: BlockView, end: number): number | undefined {
    const mention = mentionAt(view, end - 1);
    return mention?.entity.type === "group" && mention.end === end ? mention.start : undefined;
  }

  /** End of a described source starting at `from` ("said the spokesman"); any short run when `bare`. */
  private describedAfter(view: BlockView, from: number, bare: boolean): number | undefined {
    const informed = this.informedAfter(view, from);
    if (informed !== undefined) return informed;
    const first = view.tokens[from];
    if (!first || (!bare && !this.determiners.has(first.lower))) return undefined;
    const unit = view.unit[from];
    let k = from + 1;
    while (k < view.tokens.length && k - from < MAX_DESCRIBED && view.unit[k] === unit && !view.quoted[k]) {
      const token = view.tokens[k] as Token;
      if (token.kind !== TokenKind.Word || (token.flags & WordFlag.Common) !== 0 || this.verbAt(view, k)) break;
      k++;
    }
    const last = tokenAt(view, k - 1) as Token;
    if (this.determiners.has(last.lower) || (last.flags & WordFlag.Common) !== 0) return undefined;
    return k;
  }

  /**
   * A source known by what it knows, before the description of it starting at `from`: "(a)
   * person / people familiar with | the matter". Its start, or `from`.
   */
  private informedStart(view: BlockView, from: number): number {
    for (const phrase of this.lexicon.informedPhrases) {
      const at = from - phrase.length;
      if (at < 1 || !wordsAt(view, at, phrase)) continue;
      const noun = at - 1;
      if (!this.lexicon.informedNouns.has(view.lowers[noun] ?? "") && !flagged(view, noun, WordFlag.GroupNoun))
        continue;
      return this.lexicon.groupDeterminers.has(lowerAt(view, noun - 1)) ? noun - 1 : noun;
    }
    return from;
  }

  /** End of "(two) people familiar with the matter" from `from`, after a cue ("said people familiar …"). */
  private informedAfter(view: BlockView, from: number): number | undefined {
    const noun = this.lexicon.groupDeterminers.has(view.lowers[from] ?? "") ? from + 1 : from;
    if (!this.lexicon.informedNouns.has(view.lowers[noun] ?? "") && !flagged(view, noun, WordFlag.GroupNoun))
      return undefined;
    const phrase = this.lexicon.informedPhrases.find((words) => wordsAt(view, noun + 1, words));
    return phrase ? this.describedAfter(view, noun + 1 + phrase.length, false) : undefined;
  }

  /**
   * The organization or group a definite description over tokens [from, to) refers back to:
   * the latest one whose name holds its head ("the authority" → Northern Rivers Authority,
   * "the official" → a senior official), or the word before a head that matches none
   * ("the ministry itself").
   */
  private antecedent(view: BlockView, from: number, to: number, before: number): EntityRecord | undefined {
    if (!this.sources.definite.has(view.lowers[from] ?? "")) return undefined;
    for (let h = to - 1; h > from && h >= to - 2; h--) {
      const head = view.lowers[h] ?? "";
      let found: EntityRecord | undefined;
      for (const candidate of this.registry.entities) {
        if (candidate.type !== "organization" && candidate.type !== "group") continue;
        // "the court" is any court named before it; "the FBI director" is the FBI only if the
        // article has done with the FBI by then (it is named later: the director is someone else).
        const seen = h === to - 1 ? candidate.first : candidate.last;
        if (seen >= before || !this.holdsHead(candidate, head)) continue;
        if (!found || candidate.last > found.last) found = candidate;
      }
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The company a description over tokens [from, to) stands for: a company noun with a definite
   * article before it or a demonstrative after it ("the insurer said", "Perusahaan itu mengatakan").
   */
  private companyDescribed(view: BlockView, from: number, to: number, before: number): EntityRecord | undefined {
    if (!this.lexicon.companyNouns.has(lowerAt(view, to - 1))) return undefined;
    const definite = to - from === 2 && this.sources.definite.has(view.lowers[from] ?? "");
    const demonstrative = to - from === 1 && this.lexicon.demonstratives.has(view.lowers[to] ?? "");
    return definite || demonstrative ? this.companyBefore(before) : undefined;
  }

  /**
   * The company (an organization whose name has a company's mark: Inc, PT) seen before offset
   * `before` that the article is about: the first named ("since an attack on Change Healthcare in
   * 2024, … the insurer said" is still the story's insurer).
   */
  private companyBefore(before: number): EntityRecord | undefined {
    for (const candidate of this.registry.entities) {
      // (Named before it: its later mentions may already be read.)
      if (candidate.type !== "organization" || candidate.first >= before) continue;
      if (candidate.words.some((word) => this.lexicon.companyMarks.has(word))) return candidate;
    }
    return undefined;
  }

  /** An organization's name holds the word anywhere (the Ministry of …); a group's ends in it (a senior official). */
  private holdsHead(entity: EntityRecord, head: string): boolean {
    if (entity.type === "organization") return entity.words.includes(head);
    // "senior official at the Ministry of …": the words before the first common word.
    for (const word of entity.words) {
      if (word === head) return true;
      if (this.lexicon.common.has(word)) return false;
    }
    return false;
  }

  /**
   * The speaker a description over tokens [from, to) stands for: the person last
   * seen with the title it ends in ("the president"), else a group of that name.
   */
  private described(view: BlockView, from: number, to: number): Speaker {
    const span = tokenSpan(this.document, view, from, to);
    const head = lowerAt(view, to - 1);
    // "the Teamsters union": the organization named before the noun that says what it is.
    const named = mentionAt(view, to - 2);
    if (this.lexicon.orgHeadNouns.has(head) && named?.entity.type === "organization" && named.end === to - 1)
      return { entity: named.entity, source: named.span, confidence: 0.9 };
    // "the spokesperson": the one the article names with that title (not "a … spokesperson": someone new).
    let entity =
      this.lexicon.titleWords.has(head) && !flagged(view, from, WordFlag.GroupDeterminer)
        ? this.holderOf(head)
        : undefined;
    entity ??= this.antecedent(view, from, to, span.start);
    entity ??= this.companyDescribed(view, from, to, span.start);
    entity ??= this.registry.resolve(
      span.text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()),
      "group",
      span.start,
    );
    // "the Clinton campaign", "the Indiana governor": the description is the source, not the name inside it.
    if (mentionAt(view, from - 1) !== view.mentions[from] || !view.mentions[from]) {
      const last = mentionAt(view, to - 1);
      if (!last || view.mentions[to] !== last) view.mentions.fill(undefined, from, to);
    }
    const mention = addMention(this.document, view, from, to, entity, span);
    return { entity, source: mention?.span ?? span, confidence: 0.7 };
  }

  /** A name or pronoun starting at `j`, as the subject of a verb after it. */
  private subjectAt(view: BlockView, from: number): { speaker: Speaker; end: number } | undefined {
    // Over a title or honorific to its name: "Mayor John Reed said", "Mr. Obama said", "the Tax Foundation said".
    let j = from;
    if (this.determiners.has(view.lowers[j] ?? "") && view.mentions[j + 1]?.start === j + 1) j++;
    // "union President Mary Turner told", "the company CEO Jo Reed said": lower-case words qualifying a
    // capitalised title.
    // (The title first: most subjects have none.)
    for (let k = j; k < j + 2 && !view.mentions[k] && !view.tokens[k]?.cap; k++) {
      if (!view.tokens[k + 1]?.cap || !flagged(view, k + 1, WordFlag.TitleWord) || view.mentions[k + 1]) continue;
      let qualifies = true;
      for (let m = j; m <= k && qualifies; m++)
        qualifies =
          view.tokens[m]?.kind === TokenKind.Word && !this.isPronoun(view.lowers[m] ?? "") && !this.verbAt(view, m);
      if (qualifies) j = k + 1;
      break;
    }
    // "…, operator Arianespace said", "…, catastrophe modeling firm Verisk estimated": a description
    // in lower case before the name.
    if (!view.mentions[j] && view.tokens[j]?.cap === false) {
      // (The name first: most lower-case words open no description before one.)
      let k = j + 1;
      while (k <= j + MAX_DESCRIPTION && !view.mentions[k]) k++;
      const named = view.mentions[k];
      let m = j;
      if (named?.start === k && named.entity.type !== "place") while (m < k && this.nounBefore(view, m + 1)) m++;
      if (m === k) j = k;
    }
    while (
      j - from < MAX_SKIP &&
      !view.mentions[j] &&
      view.tokens[j]?.cap &&
      (flagged(view, j, WordFlag.TitleWord) || flagged(view, j, WordFlag.Honorific))
    )
      j++;
    const mention = view.mentions[j];
    if (mention && mention.start === j) {
      const named = this.nameBeforeVerb(view, mention) ?? { mention, end: mention.end };
      return {
        speaker: { entity: named.mention.entity, source: named.mention.span, confidence: 0.95 },
        end: named.end,
      };
    }
    const token = view.tokens[j];
    if (token && this.isPronoun(token.lower)) {
      const pronoun = this.pronoun(view, j);
      return pronoun ? { speaker: pronoun, end: j + 1 } : undefined;
    }
    // "…, the campaign said": a description running up to a verb (an informed source's is longer:
    // "people with knowledge of the talks said").
    const longest = from + MAX_DESCRIBED + (this.informedAfter(view, from) === undefined ? 0 : MAX_DESCRIBED);
    for (let v = from + 1; v <= longest && v < view.tokens.length; v++) {
      if (!this.verbAt(view, v)) continue;
      if (this.describedBefore(view, v) !== from) return undefined;
      return { speaker: this.described(view, from, v), end: v };
    }
    return undefined;
  }

  /**
   * From a name opening a subject to the person named last before the verb, over the title
   * words between and a party label or aside after: "Clinton campaign spokesman Brian Fallon
   * said", "Rep. Jo Reed (D-Ill.) said", "Senator Jo Reed, R-Ky., said". Undefined when no verb follows.
   */
  private nameBeforeVerb(view: BlockView, first: Mention): { mention: Mention; end: number } | undefined {
    let last = first;
    let m = first.end;
    for (; m < view.tokens.length && m - first.start < MAX_SPEAKER_AFTER && !view.quoted[m]; m++) {
      const mention = view.mentions[m];
      if (mention?.start === m) {
        if (mention.entity.type === "person" || mention.entity.type === "group") last = mention;
        m = mention.end - 1;
        continue;
      }
      const lower = view.lowers[m] ?? "";
      // "Jo Reed of the Sierra Club said": the organization a person speaks for.
      const affiliation = this.affiliationAfter(view, m);
      if (last.entity.type === "person" && affiliation !== undefined) {
        m = affiliation - 1;
        continue;
      }
      // "Senate Majority Leader Jo Reed": capitalised words of a title on the way to the name.
      const titled =
        this.lexicon.titleWords.has(lower) ||
        this.lexicon.groupModifiers.has(lower) ||
        this.lexicon.honorifics.has(lower) ||
        this.personAhead(view, m);
      if (!titled || this.verbAt(view, m)) break;
    }
    m = this.overLabel(view, m);
    while (m < view.tokens.length && flagged(view, m, WordFlag.Adverb) && !this.verbAt(view, m)) m++;
    if (last === first && m === first.end) return undefined;
    return this.verbAt(view, m) ? { mention: last, end: m } : undefined;
  }

  /** Capitalised words from `m` up to a person's name: "Majority Leader Jo Reed". */
  private personAhead(view: BlockView, m: number): boolean {
    for (let k = m; k < view.tokens.length && k - m < MAX_SKIP; k++) {
      const mention = view.mentions[k];
      if (mention) return mention.start === k && mention.entity.type === "person";
      if (!view.tokens[k]?.cap || view.quoted[k]) return false;
    }
    return false;
  }

  /** End of an affiliation opening at `m`: a preposition, a determiner and an organization ("of the Sierra Club"). */
  private affiliationAfter(view: BlockView, m: number): number | undefined {
    if (!this.lexicon.affiliationPrepositions.has(view.lowers[m] ?? "")) return undefined;
    const at = this.determiners.has(view.lowers[m + 1] ?? "") ? m + 2 : m + 1;
    const mention = view.mentions[at];
    if (mention?.start !== at || mention.entity.type !== "organization" || view.quoted[at]) return undefined;
    return mention.end;
  }

  /** Past a party label or a short aside after a name: "(D-Ill.)", ", R-Ky.,", ", 82,". */
  private overLabel(view: BlockView, m: number): number {
    const open = view.tokens[m]?.text;
    const close = open === "(" ? ")" : open === "," ? "," : undefined;
    if (!close) return m;
    for (let k = m + 1; k < view.tokens.length && k - m <= MAX_ASIDE && view.unit[k] === view.unit[m]; k++) {
      if (view.tokens[k]?.text === close) return k + 1;
      if (view.quoted[k] || this.verbAt(view, k)) return m;
    }
    return m;
  }

  /** The subject of a cue before it: adjacent, or the sentence's subject over a conjunction. */
  private speakerOf(cue: Cue): Speaker | undefined {
    const { view, from } = cue;
    let k = from - 1;
    let skipped = 0;
    while (k >= 0 && skipped < MAX_SKIP && this.isSkippable(view, k) && !view.mentions[k]) {
      k--;
      skipped++;
    }
    if (k < 0 || view.unit[k] !== view.unit[from]) return undefined;
    const relative = this.relativeSubject(view, k);
    if (relative) return relative;
    const participle = this.participleSubject(view, from, k);
    if (participle) return participle;
    // "He’s claiming": the contraction after a pronoun ('s, split off like a possessive).
    if (isPossessive(view.tokens[k]?.text ?? "") && k > 0 && this.isPronoun(lowerAt(view, k - 1))) k--;
    // ("Rudi Hartono (45), mengatakan": a parenthesis before the comma.)
    if (view.tokens[k]?.text === "," && tokenAt(view, k - 1)?.text === ")") {
      const named = this.overParenthesis(view, k - 1);
      if (named !== k - 1) k = named;
    }
    k = this.overAside(view, this.overParenthesis(view, k));
    // "Kepala BPBD Jawa Tengah, Bergas Catursasi, mengatakan", "The agency's spokeswoman, Ms. Pike,
    // said": a person named between commas right before the verb is the subject the role before them describes.
    const named = view.tokens[k]?.text === "," ? mentionAt(view, k - 1) : undefined;
    if (
      named?.entity.type === "person" &&
      tokenAt(view, this.appositionOpening(view, named.start))?.text === "," &&
      !view.quoted[k - 1]
    )
      k--;
    let mention = view.mentions[k];
    // "Seorang pejabat Badan Pengawas Obat mengatakan", "A senior official at the Ministry of … said":
    // the source, not its affiliation (over a preposition and determiner between them).
    // ("Prosecutors in Texas and Ohio said": over the places listed, to the first.)
    const affiliated = mention?.entity.type === "place" ? this.listedFirst(view, mention) : mention;
    let before = affiliated ? affiliated.start - 1 : -1;
    while (before > 0 && affiliated && affiliated.start - before <= 2 && !view.mentions[before]) before--;
    const owner = affiliated && mentionAt(view, before);
    if (affiliated && owner && owner.entity.type === "group" && owner.entity.affiliation === affiliated.entity)
      mention = owner;
    // "Rep. Chip Roy of Texas told", "Jo Reed of the Sierra Club said": the person, not where they are from.
    if (mention && mention.entity.type !== "person") mention = this.personBefore(view, mention) ?? mention;
    // "Gubernur DKI Jakarta mengatakan": a title right before the place it governs, and no name, is
    // the place's office holder: the one named before with that role, else an unnamed one.
    const title = mention?.entity.type === "place" ? this.titleBefore(view, mention.start) : undefined;
    if (mention && title !== undefined && !view.quoted[k]) {
      const holder = this.holderOf(view.lowers[title] ?? "", mention.span.start);
      if (holder?.role?.includes(mention.span.text)) {
        const source = tokenSpan(this.document, view, title, mention.end);
        return { entity: holder, source, confidence: 0.8 };
      }
      return this.described(view, title, mention.end);
    }
    if (mention && !view.quoted[k] && !this.isFunctionWord(view, mention)) {
      if (mention.entity.tentative) mention.entity.tentative = undefined;
      const pronoun = mention.end - mention.start === 1 && flagged(view, k, WordFlag.Common);
      return { entity: mention.entity, source: mention.span, confidence: pronoun ? 0.8 : 0.95 };
    }
    const token = view.tokens[k] as Token;
    if (this.isPronoun(token.lower)) return this.pronoun(view, k);
    const description = this.describedBefore(view, k + 1);
    if (description !== undefined) return this.described(view, description, k + 1);
    const phrase = this.clauseSubject(view, k + 1);
    if (phrase !== undefined) return { ...this.described(view, phrase, k + 1), confidence: GUESSED };
    // "… tidak menyangkal bahwa …, dan mengatakan": the sentence's subject.
    const subject = this.unitSubject(view, from);
    if (!subject) return undefined;
    const coordinated = (token.flags & WordFlag.Coordinator) !== 0 || token.text === ",";
    return { entity: subject.entity, source: subject.span, confidence: coordinated ? 0.85 : 0.6 };
  }

  /**
   * The token before a name set off as an apposition, over an honorific or, after a description, a
   * few lower-case words of its role ("…'s coach, former champion Viktor Sorokin, said"; not "Mulyadi
   * (49), paman Tulus, menuturkan", where the name before is the subject): a comma when it is one.
   */
  private appositionOpening(view: BlockView, start: number): number {
    if (flagged(view, start - 1, WordFlag.Honorific)) return start - 2;
    let k = start - 1;
    for (; k > 0 && start - k <= MAX_DESCRIPTION; k--) {
      const token = view.tokens[k] as Token;
      if (token.kind !== TokenKind.Word || token.cap || view.quoted[k] || this.verbAt(view, k)) break;
    }
    if (k === start - 1) return k;
    const described = tokenAt(view, k - 1);
    return described?.kind === TokenKind.Word && !described.cap && !view.mentions[k - 1] ? k : -1;
  }

  /** The first place of a list ending with `mention`'s: "Texas" of "Texas, Ohio and Iowa". */
  private listedFirst(view: BlockView, mention: Mention): Mention {
    let first = mention;
    for (;;) {
      let k = first.start - 1;
      if (flagged(view, k, WordFlag.Coordinator)) k--;
      if (tokenAt(view, k)?.text === ",") k--;
      const previous = k < first.start - 1 ? view.mentions[k] : undefined;
      if (previous?.entity.type !== "place") return first;
      first = previous;
    }
  }

  /**
   * A participle cue with no auxiliary ("sent a letter to the board urging …", "by telling them
   * …") reports for its clause's subject, not for the object just before it ("the board").
   * `near` is the token before the cue, over adverbs.
   */
  private participleSubject(view: BlockView, from: number, near: number): Speaker | undefined {
    const ending = this.sources.progressiveEnding;
    if (ending === undefined || !view.lowers[from]?.endsWith(ending)) return undefined;
    if (flagged(view, near, WordFlag.PassiveAuxiliary)) return undefined;
    const nearest = view.mentions[near];
    const start = this.unitFirst(view, from);
    // "The mayors of three towns wrote to the ministry asking …": a described subject opening the sentence.
    const described = view.mentions[start] ? undefined : this.describedAfter(view, start, false);
    if (described !== undefined && described <= near && this.isSourceHead(lowerAt(view, described - 1)))
      return this.described(view, start, described);
    for (let t = start; t < near && t < (nearest?.start ?? near); t++) {
      if (view.quoted[t]) continue;
      const mention = view.mentions[t];
      if (mention) {
        if (this.isOpener(view, mention) || this.isFunctionWord(view, mention) || mention.entity.type === "place") {
          t = mention.end - 1;
          continue;
        }
        // "Economy Minister Roland Lescure welcomed …, calling it …": the holder, not their office.
        const holder = mention.entity.type === "person" ? undefined : this.holderAfter(view, mention);
        const subject = holder && holder.start < near ? holder : mention;
        return { entity: subject.entity, source: subject.span, confidence: 0.6 };
      }
      if (this.isPronoun(view.lowers[t] ?? "")) return this.pronoun(view, t);
    }
    return undefined;
  }

  /** A word that can head a described source: a group noun or a title, singular or plural ("mayors"). */
  private isSourceHead(word: string): boolean {
    const ending = this.sources.pluralEnding;
    const singular = ending && word.endsWith(ending) ? word.slice(0, -ending.length) : word;
    const heads = (form: string): boolean => this.lexicon.groupNouns.has(form) || this.lexicon.titleWords.has(form);
    return heads(word) || heads(singular);
  }

  /**
   * Start of a bare noun phrase opening its clause and ending before token `end`, the verb's
   * subject: "Polls show …", "63 percent said …", "Data from the survey show …". Words and
   * numbers only, back to the unit's start or a comma or coordinator; neither end a function word.
   */
  private clauseSubject(view: BlockView, end: number): number | undefined {
    const unit = view.unit[end - 1];
    let k = end - 1;
    for (; k >= 0 && end - k <= MAX_SUBJECT && view.unit[k] === unit; k--) {
      const token = view.tokens[k] as Token;
      if (token.kind === TokenKind.Punct || view.quoted[k] || (token.flags & WordFlag.Coordinator) !== 0) break;
      if (this.verbAt(view, k) || (token.flags & WordFlag.Subordinator) !== 0) return undefined;
      if (this.sources.relatives.has(token.lower) || this.isPronoun(token.lower)) return undefined;
      // An auxiliary makes it a clause ("The plan will cost more than expected").
      if ((token.flags & WordFlag.PassiveAuxiliary) !== 0 || (token.flags & WordFlag.Adverb) !== 0) return undefined;
    }
    const start = k + 1;
    if (start >= end || end - k > MAX_SUBJECT) return undefined;
    const first = view.lowers[start] ?? "";
    const head = lowerAt(view, end - 1);
    if (this.lexicon.common.has(head) || (this.lexicon.common.has(first) && !this.determiners.has(first)))
      return undefined;
    return start;
  }

  /**
   * A relative pronoun at `k` stands for what it follows: "Jo Reed, who said", "the poll, which
   * shows", "experts who say". It is the literal source; with nothing before it, the speaker is unknown.
   */
  private relativeSubject(view: BlockView, k: number): Speaker | undefined {
    if (!this.sources.relatives.has(view.lowers[k] ?? "") || view.quoted[k]) return undefined;
    const source = tokenSpan(this.document, view, k, k + 1);
    let end = tokenAt(view, k - 1)?.text === "," ? k - 1 : k;
    // "Sen. Rachel Ortiz, R-Texas, who …": the party label is no antecedent.
    if (partyLabel(this.lexicon, view, end - 1)) end -= 2;
    const mention = mentionAt(view, end - 1);
    if (mention && mention.entity.type !== "place" && !view.quoted[end - 1])
      return { entity: (this.describedOwner(view, mention) ?? mention).entity, source, confidence: 0.85 };
    const description = this.describedBefore(view, end);
    if (description !== undefined) {
      // "Jo Reed, an engineer who …": the description is in apposition to the name before it.
      const named = tokenAt(view, description - 1)?.text === "," ? mentionAt(view, description - 2) : undefined;
      if (named?.entity.type === "person" && !view.quoted[description - 2])
        return { entity: named.entity, source, confidence: 0.8 };
      const entity = this.described(view, description, end).entity;
      return entity ? { entity, source, confidence: 0.7 } : { source, confidence: UNRESOLVED };
    }
    return { source, confidence: UNRESOLVED };
  }

  /**
   * The described source a name is the affiliation of: "a senior official at the Ministry, who …"
   * is the official's clause, not the ministry's.
   */
  private describedOwner(view: BlockView, mention: Mention): Mention | undefined {
    let k = mention.start - 1;
    if (this.determiners.has(lowerAt(view, k))) k--;
    if (!this.lexicon.affiliationPrepositions.has(lowerAt(view, k))) return undefined;
    const owner = mentionAt(view, k - 1);
    return owner && owner !== mention && owner.entity.type === "group" ? owner : undefined;
  }

  /**
   * Over an aside closed by the comma at `k` to the name it follows: "Mr. King, 82, told",
   * "Jane Roe, of Springfield, Ill., said", "a spokesman, who …, said". Returns `k` when no name
   * or description opens the aside.
   */
  private overAside(view: BlockView, k: number): number {
    if (view.tokens[k]?.text !== ",") return k;
    const unit = view.unit[k];
    // The earliest name: "Jo Wilson, of Springfield, Va., said" is Wilson's, whatever Springfield was taken for.
    let named = k;
    // "…, who asked not to be named because he was not authorized to speak publicly, said": why a
    // source is unnamed may take twice the words of another aside.
    let limit = MAX_ASIDE;
    for (let m = k - 1; m > 0 && k - m <= limit && view.unit[m] === unit && !view.quoted[m]; m--) {
      if (k - m === MAX_ASIDE && this.anonymityBetween(view, m, k)) limit = 2 * MAX_ASIDE;
      if (view.tokens[m]?.text !== ",") continue;
      // An aside opens in lower case or with a number (", 82,", ", of Springfield,", ", who …,").
      if (view.tokens[m + 1]?.cap) continue;
      const mention = mentionAt(view, m - 1);
      if (mention && mention.entity.type !== "place" && !view.quoted[m - 1] && !this.isOpener(view, mention))
        named = m - 1;
      // "A TriMet spokesperson, who was not authorized to speak, said": a described source.
      else if (!mention && this.isSourceHead(lowerAt(view, m - 1)) && this.describedBefore(view, m) !== undefined)
        named = m - 1;
    }
    return named;
  }

  /**
   * Tokens [start, end) are only a name and the aside after it ("John Miller, who met the
   * chief last week"): the subject of the verb after `end`, not words it reports.
   */
  private nameAndAside(view: BlockView, start: number, end: number): boolean {
    // "The American Civil Liberties Union, which …": the determiner before the name.
    const mention =
      view.mentions[start] ?? (this.determiners.has(view.lowers[start] ?? "") ? view.mentions[start + 1] : undefined);
    if (!mention || mention.entity.type === "place" || view.tokens[mention.end]?.text !== ",") return false;
    if (mention.end + 1 >= end || view.tokens[mention.end + 1]?.cap) return false;
    for (let m = mention.end + 1; m < end; m++) if (view.tokens[m]?.text === "," || view.quoted[m]) return false;
    return true;
  }

  /** Over a parenthesis closed at `k` to the name it follows: "Rep. Jo Reed (D-Ill.) said". */
  private overParenthesis(view: BlockView, k: number): number {
    if (view.tokens[k]?.text !== ")") return k;
    for (let m = k - 1; m > 0 && k - m <= MAX_ASIDE && view.unit[m] === view.unit[k]; m--) {
      if (view.tokens[m]?.text !== "(") continue;
      const mention = mentionAt(view, m - 1);
      return mention && mention.entity.type !== "place" && !view.quoted[m - 1] ? m - 1 : k;
    }
    return k;
  }

  /**
   * A sentence's capitalised first word taken for a name that is a function word or adverb
   * ("Perhaps", "Once", "That"): it names no speaker. Pronouns do.
   */
  private isFunctionWord(view: BlockView, mention: Mention): boolean {
    if (mention.end - mention.start !== 1 || !view.initial[mention.start]) return false;
    const word = view.lowers[mention.start] ?? "";
    if (this.isPronoun(word)) return false;
    return this.lexicon.common.has(word) || this.lexicon.adverbs.has(word) || this.lexicon.subordinators.has(word);
  }

  /**
   * "Meanwhile, …", "Recently, …": a capitalised opening word set off by a comma, known from
   * nothing else, names no one ("Lund, speaking in Ohio, said" does).
   */
  private isOpener(view: BlockView, mention: Mention): boolean {
    return (
      mention.end - mention.start === 1 &&
      view.initial[mention.start] === true &&
      view.tokens[mention.end]?.text === "," &&
      mention.entity.tentative === true
    );
  }

  /** First token of token `k`'s unit: one pass per block, so that walking back to it stays linear. */
  private unitFirst(view: BlockView, k: number): number {
    let firsts = this.unitFirsts.get(view.index);
    if (!firsts) {
      firsts = new Array<number>(view.tokens.length).fill(0);
      for (let t = 1; t < firsts.length; t++)
        firsts[t] = view.unit[t] === view.unit[t - 1] ? (firsts[t - 1] as number) : t;
      this.unitFirsts.set(view.index, firsts);
    }
    return firsts[k] ?? k;
  }

  /** The person an affiliation after an affiliation preposition (and a determiner) belongs to: "Chip Roy | of | Texas". */
  private personBefore(view: BlockView, affiliation: Mention): Mention | undefined {
    let k = affiliation.start - 1;
    if (this.determiners.has(lowerAt(view, k))) k--;
    if (!this.lexicon.affiliationPrepositions.has(lowerAt(view, k))) return undefined;
    const person = mentionAt(view, k - 1);
    return person?.entity.type === "person" && !view.quoted[k - 1] ? person : undefined;
  }

  /** The person whose title a mention of an organization or place opens: "Senate | Majority Leader | John Thune". */
  private holderAfter(view: BlockView, affiliation: Mention): Mention | undefined {
    let k = affiliation.end;
    while (k - affiliation.end < MAX_SKIP && flagged(view, k, WordFlag.TitleWord) && !view.mentions[k]) k++;
    const person = view.mentions[k];
    return k > affiliation.end && person?.start === k && person.entity.type === "person" ? person : undefined;
  }

  /** First person, organization or group named in the unit before `before` (a place if nothing else). */
  private unitSubject(view: BlockView, before: number): Mention | undefined {
    const start = this.unitFirst(view, before);
    let place: Mention | undefined;
    for (let k = start; k < before; k++) {
      const mention = view.mentions[k];
      if (!mention || view.quoted[k]) continue;
      if (this.isOpener(view, mention) || this.isFunctionWord(view, mention)) continue;
      // "Senate Majority Leader John Thune called … and urged": the holder, not their office.
      const holder = mention.entity.type === "person" ? undefined : this.holderAfter(view, mention);
      if (holder && holder.start < before) return holder;
      if (mention.entity.type !== "place") return mention;
      place ??= mention;
      k = mention.end - 1;
    }
    return place;
  }

  private isPronoun(word: string): boolean {
    return this.lexicon.singular.has(word) || this.lexicon.plural.has(word);
  }

  /** The entity a pronoun stands for, with the pronoun kept as its mention. */
  private pronoun(view: BlockView, k: number): Speaker | undefined {
    const token = view.tokens[k] as Token;
    const plural = (token.flags & WordFlag.Plural) !== 0;
    const want = this.lexicon.neuter.has(token.lower) ? "organization" : plural ? "plural" : "person";
    const entity = this.recent(view, k, want, true);
    // Nobody to point back to: the pronoun still marks an attribution, with no speaker.
    if (!entity) return { source: tokenSpan(this.document, view, k, k + 1), confidence: UNRESOLVED };
    const mention = addMention(this.document, view, k, k + 1, entity);
    const source = mention?.span ?? tokenSpan(this.document, view, k, k + 1);
    return { entity, source, confidence: 0.8 };
  }

  /**
   * The most recent compatible speaker before token `k`: the last speaker, else the latest
   * one named. `named` (free pronouns, not a -nya suffix, which keeps to the speaker) lets
   * someone named in a later paragraph than the last speaker's win.
   */
  private recent(
    view: BlockView,
    k: number,
    want: "person" | "plural" | "organization",
    named = false,
  ): EntityRecord | undefined {
    const compatible = (entity: EntityRecord): boolean =>
      want === "person"
        ? entity.type === "person" || (entity.type === "group" && this.isOnePerson(entity))
        : want === "organization"
          ? entity.type === "organization" || (entity.type === "group" && !this.isPeople(entity))
          : entity.type !== "place";
    const last =
      this.lastSpeaker && view.index - this.lastSpeaker.block <= RECENT_BLOCKS && compatible(this.lastSpeaker.entity)
        ? this.lastSpeaker
        : undefined;
    const offset = tokenSpan(this.document, view, k, k + 1).start;
    // Latest unquoted mention before the position (mentions are in reading order).
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.mentions[mid] as Mention).span.start < offset) low = mid + 1;
      else high = mid;
    }
    // A one-word name typed a person by default and met once ("memimpin Bulog") yields to a person
    // named with more words before it ("Budi Santoso memimpin Bulog. Ia …").
    let guessed: EntityRecord | undefined;
    for (let m = low - 1; m >= 0 && m >= low - 50; m--) {
      const mention = this.mentions[m] as Mention;
      const owner = this.views[mention.block] as BlockView;
      // Quoted words are no antecedents; for a free pronoun, nor capitalised words known from nothing else ("Cracks appeared").
      if (owner.quoted[mention.start] || (named && mention.entity.tentative)) continue;
      if (view.index - mention.block > RECENT_BLOCKS) break;
      if (!compatible(mention.entity)) continue;
      const { entity } = mention;
      if (want === "person" && entity.guessed && entity.words.length === 1 && entity.first === entity.last) {
        guessed ??= mention.entity;
        continue;
      }
      // With `named`, someone named in a later paragraph than the last speaker's wins.
      return last && (!named || last.block >= mention.block) ? last.entity : mention.entity;
    }
    return last?.entity ?? guessed;
  }

  /** A group of people, which "it" does not stand for: its words hold a group noun, or it is a people ("Americans"). */
  private isPeople(group: EntityRecord): boolean {
    const last = group.words.at(-1) ?? "";
    return group.words.some((word) => this.lexicon.groupNouns.has(word)) || peoplesEnding(this.lexicon, last);
  }

  /**
   * "he"/"she" may stand for a described source only when it is one human: "a senior
   * official", not "sources" nor "the campaign". Plural nouns are the group nouns whose
   * singular is listed too (languages without plural forms list none).
   */
  private isOnePerson(group: EntityRecord): boolean {
    const nouns = this.lexicon.groupNouns;
    // Its first group noun: "senior official", "pejabat di Kementerian Keuangan" (its affiliation after it).
    let head: string | undefined;
    for (const word of group.words) {
      if (!nouns.has(word)) continue;
      head = word;
      break;
    }
    if (head === undefined) return false;
    return !(head.endsWith("s") && (nouns.has(head.slice(0, -1)) || nouns.has(head.slice(0, -2))));
  }

  // ---- indirect speech --------------------------------------------------

  /** Indirect speech around a cue at token `k` (a `WordFlag.Cue` word), if there is one. */
  private cueAt(view: BlockView, k: number): void {
    const { tokens } = view;
    if (view.quoted[k] || this.isCovered(view.index, k)) return;
    const according = this.lexicon.accordingTo.match(tokens, k);
    if (according > 0) {
      this.according(view, k, according);
      return;
    }
    if (this.cueNoun(view, k)) return;
    const verb = this.verbAt(view, k);
    // A word of a name is no cue ("the United States led").
    if (!verb || view.mentions[k]) return;
    // "Pemudik diminta memastikan …": an obligation or a request, no report.
    if (this.lexicon.modals.has(lowerAt(view, k - 1))) return;
    // "yang tidak mau disebutkan namanya": the verb says why the source is unnamed, it reports nothing.
    if (this.lexicon.anonymityWords.has(view.lowers[k] ?? "") && this.insideAnonymity(view, k)) return;
    // "Twenty-seven states argue that …": a cue word right before the verb that reports is its subject.
    if (this.verbAt(view, k + 1) && flagged(view, k + 2, WordFlag.Complementizer)) return;
    // "several member states that said …": a cue word after a noun, heading a relative clause whose
    // verb reports, is a noun too.
    if (flagged(view, k + 1, WordFlag.Complementizer) && this.verbAt(view, k + 2) && this.nounBefore(view, k)) return;
    // "Editor’s note:": a possessed word before a colon labels a paragraph; it reports no one.
    if (tokens[k + 1]?.text === ":" && (tokens[k - 1]?.text === "’s" || tokens[k - 1]?.text === "'s")) return;
    // "…, kata Lestari" / "…, Lestari said": the cue and its speaker close the sentence.
    const subject = mentionAt(view, k - 1);
    let attributionStart =
      subject && !view.quoted[k - 1] ? subject.start : (this.describedBefore(view, k) ?? this.pronounBefore(view, k));
    // "…, Mr. Kamin said", "…, Mayor Jo Reed said": honorifics and titles before the name belong to it.
    while (
      subject &&
      attributionStart > 0 &&
      attributionStart - subject.start < MAX_SKIP &&
      tokenAt(view, attributionStart - 1)?.cap &&
      (flagged(view, attributionStart - 1, WordFlag.Honorific) ||
        flagged(view, attributionStart - 1, WordFlag.TitleWord))
    )
      attributionStart--;
    // "…, the Tax Foundation said": the determiner belongs to the attribution.
    if (subject && this.determiners.has(lowerAt(view, attributionStart - 1))) attributionStart--;
    // "…, operator Arianespace said", "…, catastrophe modeling firm Verisk estimated": so does a
    // description in lower case between the comma and the name.
    if (subject && tokenAt(view, attributionStart - 1)?.text !== ",") {
      // (The comma first: most names have none a few words before them.)
      let comma = attributionStart - 2;
      while (comma >= attributionStart - 1 - MAX_DESCRIPTION && tokenAt(view, comma)?.text !== ",") comma--;
      let m = attributionStart;
      if (tokenAt(view, comma)?.text === ",") while (m > comma + 1 && this.nounBefore(view, m)) m--;
      if (m === comma + 1) attributionStart = m;
    }
    // "…, one West Virginia official said": a group's affiliation and determiner before it too.
    if (subject && subject.entity.type === "group") attributionStart = this.groupStart(view, attributionStart);
    const contentEnd = this.clauseBreak(view, attributionStart - 1);
    // "…, the climate fund backed by Bill Gates": a passive participle reports nothing said before it.
    if (contentEnd !== undefined && !this.lexicon.agentPrepositions.has(view.lowers[k + 1] ?? "")) {
      // After a whole quotation, the cue is the quotation's: attributed with it.
      if (view.quoted[attributionStart - 1] && this.startsUnit(view, this.quoteStart(view, attributionStart - 1)))
        return;
      if (this.trailing(view, contentEnd, attributionStart)) return;
    }
    if (verb.inverted || verb.suffix > 0) return;
    if (k > 0 && view.quoted[k - 1]) return;
    if (this.isPassive(view, k)) {
      this.passiveAgent(view, k);
      return;
    }
    if (this.lateAttribution(view, k, verb)) return;
    this.forward(view, { view, from: k, to: k + 1, verb });
  }

  /**
   * “…,” Rep. Jo Reed (D-Ohio), a panel member, said in an interview: the quotation that opened
   * the sentence, left without a source at its closing mark, is this cue's, when only its subject
   * lies between and nothing but adverbials follows the verb (no content of its own).
   */
  private lateAttribution(view: BlockView, k: number, verb: VerbForm): boolean {
    const piece = this.previousQuote;
    const found = piece?.found;
    if (!piece || !found || found.cue || piece.region.closeBlock !== view.index) return false;
    const close = piece.region.close;
    if (view.unit[close] !== view.unit[k] || k - close > MAX_LATE_SUBJECT) return false;
    for (let m = close + 1; m < k; m++) if (view.quoted[m] || this.verbAt(view, m)) return false;
    if (!this.closesClause(view, k + 1, true) && !this.opensAdverbial(view, k + 1)) return false;
    const cue: Cue = { view, from: k, to: k + 1, verb };
    const speaker = this.speakerOf(cue);
    if (!speaker?.entity || speaker.source.start < found.content.end) return false;
    found.cue = tokenSpan(this.document, view, k, k + 1);
    found.speaker = speaker.entity;
    found.source = speaker.source;
    found.confidence = speaker.confidence;
    if (speaker.confidence > GUESSED) this.lastSpeaker = { entity: speaker.entity, block: view.index };
    piece.speaker = speaker;
    piece.cue = cue;
    let end = k + 1;
    while (end < view.tokens.length && view.unit[end] === view.unit[k]) end++;
    this.cover(view.index, k, end);
    return true;
  }

  /** "said after the hearing", "said of the plan": a phrase at `k` about the saying, with no "that" or ":" after it. */
  private opensAdverbial(view: BlockView, k: number): boolean {
    const word = view.lowers[k] ?? "";
    const { lexicon } = this;
    if (!lexicon.placePrepositions.has(word) && !lexicon.cueNounLinks.has(word) && !lexicon.subordinators.has(word))
      return false;
    for (let m = k; m < view.tokens.length && view.unit[m] === view.unit[k]; m++)
      if (flagged(view, m, WordFlag.Complementizer) || view.tokens[m]?.text === ":") return false;
    return true;
  }

  /**
   * The cue at `k` is a passive participle: after an auxiliary ("was first reported", "is
   * expected to") or before its agent ("backed by the West"). Its subject said nothing.
   */
  private isPassive(view: BlockView, k: number): boolean {
    if (this.lexicon.agentPrepositions.has(view.lowers[k + 1] ?? "")) return true;
    const ending = this.sources.progressiveEnding;
    if (ending !== undefined && view.lowers[k]?.endsWith(ending)) return false;
    // Over adverbs ("was first reported", "was formally called"); some auxiliaries are listed among
    // them ("is also said").
    for (let m = k - 1; m >= 0 && k - m <= MAX_SKIP; m--) {
      const word = view.lowers[m] ?? "";
      if (this.lexicon.passiveAuxiliaries.has(word)) return true;
      if (!this.lexicon.adverbs.has(word) && !this.isMannerAdverb(view, m)) return false;
    }
    return false;
  }

  /**
   * Start of a group's description ending in the source word at `start`, over its affiliation and
   * a determiner before it ("one West Virginia official"), when a comma stands before that.
   */
  private groupStart(view: BlockView, start: number): number {
    let k = start;
    while (k > 0 && start - k < MAX_DESCRIBED && mentionAt(view, k - 1) && !view.quoted[k - 1]) k--;
    if (this.determiners.has(lowerAt(view, k - 1))) k--;
    return k < start && this.clauseBreak(view, k - 1) !== undefined ? k : start;
  }

  /**
   * A passive cue with its agent reports the agent's words about the subject: "The levy issue was
   * first reported by the Courier" (the Courier, on the levy issue), "a penalty imposed by the bureau".
   */
  private passiveAgent(view: BlockView, k: number): void {
    if (!this.lexicon.agentPrepositions.has(view.lowers[k + 1] ?? "")) return;
    // "raised by 0.1 points" measures, it names no agent.
    if (view.tokens[k + 2]?.kind === TokenKind.Number) return;
    const agent = this.speakerAfter(view, k + 2, true);
    if (!agent) return;
    let end = k;
    while (
      end > 0 &&
      k - end < MAX_SKIP &&
      (flagged(view, end - 1, WordFlag.PassiveAuxiliary) || flagged(view, end - 1, WordFlag.Adverb))
    )
      end--;
    // The subject before the auxiliary; with none ("a fine imposed by"), the noun phrase back to its determiner.
    const reduced = end === k;
    let start = end;
    while (
      start > 0 &&
      end - start < MAX_SUBJECT &&
      view.unit[start - 1] === view.unit[k] &&
      tokenAt(view, start - 1)?.kind !== TokenKind.Punct &&
      !view.quoted[start - 1] &&
      !this.verbAt(view, start - 1) &&
      !this.sources.relatives.has(lowerAt(view, start - 1))
    ) {
      start--;
      if (reduced && this.determiners.has(view.lowers[start] ?? "")) break;
    }
    if (start === end || end - start >= MAX_SUBJECT) return;
    this.cover(view.index, k, agent.end);
    this.emitIndirect(view, start, end, { view, from: k, to: k + 2 }, agent.speaker);
  }

  /**
   * A cue noun at `k` with its owner and a complementizer: "Reed's claim that …", "his
   * claim that …", "klaim Budi bahwa …".
   */
  private cueNoun(view: BlockView, k: number): boolean {
    if (!this.sources.cueNouns.has(view.lowers[k] ?? "")) return false;
    let owner: Speaker | undefined;
    let after = k + 1;
    const before = tokenAt(view, k - 1)?.text ?? "";
    const possessor = mentionAt(view, k - 2);
    const pronoun = this.sources.possessive.get(lowerAt(view, k - 1));
    if (isPossessive(before) && possessor && !view.quoted[k - 2] && possessor.entity.type !== "place") {
      owner = { entity: possessor.entity, source: possessor.span, confidence: 0.8 };
    } else if (pronoun !== undefined) {
      const entity = this.recent(view, k - 1, this.lexicon.plural.has(pronoun) ? "plural" : "person", true);
      if (!entity) return false;
      const source = tokenSpan(this.document, view, k - 1, k);
      owner = {
        entity,
        source: addMention(this.document, view, k - 1, k, entity, source)?.span ?? source,
        confidence: 0.7,
      };
    } else {
      const named = view.mentions[k + 1];
      if (!named || named.start !== k + 1 || named.entity.type === "place") return false;
      owner = { entity: named.entity, source: named.span, confidence: 0.8 };
      after = named.end;
    }
    const link = view.lowers[after] ?? "";
    if (!(this.lexicon.complementizers.has(link) || this.lexicon.cueNounLinks.has(link)) || view.quoted[after + 1])
      return false;
    // The noun's clause ends at the first comma: "Contrary to his claim that …, engineers found".
    const unit = view.unit[k];
    let end = after + 1;
    while (end < view.tokens.length && view.unit[end] === unit && (view.tokens[end]?.text !== "," || view.quoted[end]))
      end++;
    if (end - after < 3) return false;
    this.emitIndirect(view, after + 1, end, { view, from: k, to: k + 1 }, owner);
    return true;
  }

  /**
   * End (exclusive) of the content before a clause break at token `k`: a comma
   * or dash, or a closing quotation mark after a comma ("…mendatang,” Bappenas").
   */
  private clauseBreak(view: BlockView, k: number): number | undefined {
    const text = tokenAt(view, k)?.text;
    if (text === "," || text === "—" || text === "–") return k;
    if (!view.quoted[k]) return undefined;
    // A doubled closing mark ("…,'' Mr. Kamin said") is one mark.
    const before = tokenAt(view, k - 1)?.text === view.tokens[k]?.text ? k - 2 : k - 1;
    return view.tokens[before]?.text === "," ? k + 1 : undefined;
  }

  /** Token index of the opening mark of the quotation holding token `k`. */
  private quoteStart(view: BlockView, k: number): number {
    let start = k;
    while (start > 0 && view.quoted[start - 1]) start--;
    return start;
  }

  /**
   * The sentence goes on with words after the quotation opening at `open`: "said “a storm” had
   * hit the coast" quotes a few words inside reported speech, not the whole statement.
   */
  private wordsAfterQuotation(view: BlockView, open: number): boolean {
    let k = open;
    while (k < view.tokens.length && view.quoted[k]) k++;
    for (; k < view.tokens.length && view.unit[k] === view.unit[open]; k++)
      if ((view.tokens[k] as Token).kind !== TokenKind.Punct) return true;
    return false;
  }

  /** `k - 1` when the word before the verb at `k` is a pronoun ("…, they say"), else `k`. */
  private pronounBefore(view: BlockView, k: number): number {
    const previous = lowerAt(view, k - 1);
    return this.lexicon.singular.has(previous) || this.lexicon.plural.has(previous) ? k - 1 : k;
  }

  /**
   * The attribution ending at `end` closes its clause: punctuation, the unit's
   * end or an adverbial follows ("said.", "said Tuesday", "said in an interview"),
   * not content of its own ("says he is making a demand"). `afterSpeaker`: the attribution
   * ends in a source named after the verb, whose prepositional phrase may follow ("said one
   * source in the room").
   */
  private closesClause(view: BlockView, end: number, afterSpeaker = false): boolean {
    const unit = view.unit[end - 1];
    for (let m = end; m < view.tokens.length && view.unit[m] === unit && m - end < MAX_BEFORE_COMPLEMENTIZER; m++) {
      const token = view.tokens[m] as Token;
      // A possessive opens the verb's object ("cited Trump's remarks"): no end.
      if (isPossessive(token.text)) return false;
      // A quotation after the words ("blasted Reed as a “fraud”", "likened the plan to “theft”") goes on
      // with what the verb said: those words were its object, not its speaker.
      if (view.quoted[m]) return false;
      if (token.kind === TokenKind.Punct) return true;
      if (afterSpeaker && this.lexicon.placePrepositions.has(token.lower)) return true;
      // "said at a news conference", "said in an interview with …": a preposition and a determiner
      // open a noun phrase of lower-case words (not "said at least 12 people died").
      if (this.lexicon.placePrepositions.has(token.lower) && this.determiners.has(view.lowers[m + 1] ?? "")) {
        m = this.nounPhraseEnd(view, m + 2) - 1;
        continue;
      }
      // A name runs on ("kata juru bicara Bappenas Dewi Lestari"); so do time and place adverbials,
      // and a passive after one ("ujar Budi saat dihubungi").
      const adverbial =
        token.cap ||
        view.mentions[m] !== undefined ||
        this.isSkippable(view, m) ||
        (token.flags & WordFlag.Common) !== 0 ||
        this.lexicon.placePrepositions.has(token.lower) ||
        ((this.isSkippable(view, m - 1) || flagged(view, m - 1, WordFlag.Subordinator)) &&
          affixed(this.lexicon.passiveAffixes, token.lower));
      if (!adverbial || (token.flags & WordFlag.Singular) !== 0 || (token.flags & WordFlag.Plural) !== 0) return false;
    }
    return true;
  }

  /**
   * Past a prepositional phrase at `k` of a determiner and lower-case nouns when a clause's subject
   * (a pronoun, a name or a determiner) follows it: "said in a statement | it supported …", "said in
   * an interview | the plan was dead". `k` otherwise.
   */
  private overAdjunct(view: BlockView, k: number): number {
    // (The preposition may have been skipped already, as in "said on Tuesday".)
    const determiner = this.lexicon.placePrepositions.has(view.lowers[k] ?? "") ? k + 1 : k;
    if (!this.determiners.has(view.lowers[determiner] ?? "")) return k;
    if (!this.lexicon.placePrepositions.has(lowerAt(view, determiner - 1))) return k;
    const end = this.nounPhraseEnd(view, determiner + 1);
    if (end === determiner + 1) return k;
    const subject =
      this.isPronoun(view.lowers[end] ?? "") ||
      this.determiners.has(view.lowers[end] ?? "") ||
      view.mentions[end]?.start === end;
    return subject ? end : k;
  }

  /** End of the lower-case nouns from `k` after a determiner, up to `MAX_PHRASE_NOUNS`: no verb, pronoun or function word. */
  private nounPhraseEnd(view: BlockView, k: number): number {
    let end = k;
    while (
      end - k < MAX_PHRASE_NOUNS &&
      view.tokens[end]?.kind === TokenKind.Word &&
      !view.tokens[end]?.cap &&
      !flagged(view, end, WordFlag.Common | WordFlag.Singular | WordFlag.Plural) &&
      !this.verbAt(view, end)
    )
      end++;
    return end;
  }

  /**
   * Tokens [from, to) are two words naming a thing, the subject of what was said around the
   * attribution: "The plan, Reed said, would cost …", "Rencana itu, kata Budi, akan …" (not a
   * time: "Last week, Reed said, …").
   */
  private shortSubject(view: BlockView, from: number, to: number): boolean {
    if (to - from !== 2 || flagged(view, from, WordFlag.Calendar) || flagged(view, from + 1, WordFlag.Calendar))
      return false;
    const noun = this.determiners.has(view.lowers[from] ?? "")
      ? from + 1
      : this.lexicon.demonstratives.has(view.lowers[from + 1] ?? "")
        ? from
        : undefined;
    // ("Selama ini, kata …": a function word heads no subject.)
    if (noun === undefined || flagged(view, noun, WordFlag.Common)) return false;
    return !this.lexicon.timeUnits.has(view.lowers[noun] ?? "");
  }

  /** "…, kata Lestari." / "…, Lestari said." — the unit's words before the break are the content. */
  private trailing(view: BlockView, contentEnd: number, attributionStart: number): boolean {
    const unit = view.unit[attributionStart];
    let start = contentEnd - 1;
    while (start > 0 && view.unit[start - 1] === unit) start--;
    if (
      (contentEnd - start < 3 && !this.shortSubject(view, start, contentEnd)) ||
      this.nameAndAside(view, start, contentEnd)
    )
      return false;
    // After a two-word subject, only a speaker before the verb, or a verb written before its speaker
    // ("kata Budi"): "The program, called EB-5, allows …" names, it reports nothing.
    const verbFirst = this.verbAt(view, attributionStart);
    if (contentEnd - start < 3 && verbFirst && !verbFirst.inverted) return false;
    const attribution = this.attributionAt(view, attributionStart);
    // "…, said one source in the room": after an unnamed source, a prepositional phrase is the source's
    // (a name there may be the verb's object: "compared Trump to a coach").
    const described = attribution?.cue.from === attributionStart && attribution.speaker.entity?.type === "group";
    if (!attribution || !this.closesClause(view, attribution.end, described)) return false;
    // "In one post, Roe said: “…”": the attribution introduces the quotation after it, not the words before.
    const after = view.tokens[attribution.end]?.text;
    if (after === ":" || view.quoted[attribution.end] || (after === "," && view.quoted[attribution.end + 1]))
      return false;
    // "During his years in office, Mr. Obama said, a majority …": an opening adverbial is the
    // writer's; only the words after the attribution were said.
    const first = view.lowers[start] ?? "";
    let clause = false;
    for (let m = start; m < contentEnd && !clause; m++) clause = view.tokens[m]?.text === ",";
    // A preposition before a noun phrase ("During his …", "At Monday's …"), not an infinitive ("To understand …").
    const second = view.tokens[start + 1];
    const phrase =
      this.lexicon.placePrepositions.has(first) &&
      second !== undefined &&
      (second.cap || second.kind === TokenKind.Number || this.determiners.has(second.lower));
    const adverbial = !clause && (phrase || this.lexicon.subordinators.has(first));
    const next = attribution.end + 1;
    // ("…, kata Lestari, kepada wartawan": the cue's adjunct, not more words said.)
    const goesOn =
      view.tokens[attribution.end]?.text === "," &&
      !this.verbAt(view, next) &&
      !this.lexicon.adjunctPrepositions.has(view.lowers[next] ?? "");
    // A two-word subject is content only with the rest of its sentence after the attribution.
    if ((adverbial || contentEnd - start < 3) && !goesOn) return false;
    const head = adverbial
      ? undefined
      : this.emitIndirect(view, start, contentEnd, attribution.cue, attribution.speaker);
    this.cover(view.index, start, attribution.end);
    // "But to prevent problems, he said, officials should be vigilant": the words go on after it.
    // Only after a short opening: after a whole clause, what follows is the writer's again.
    const short = contentEnd - start <= MAX_PARENTHETICAL_HEAD;
    if ((head || adverbial) && short && goesOn) {
      let end = next;
      while (end < view.tokens.length && view.unit[end] === unit) end++;
      if (end - next >= 3 && !view.quoted[next]) {
        const tail = this.emitIndirect(view, next, end, attribution.cue, attribution.speaker);
        if (tail && head) tail.continues = head;
      }
    }
    return true;
  }

  /**
   * A description at `from` ends its sentence: "…, according to TriMet, the regional transit
   * agency." describes the source again, it reports nothing.
   */
  private closingDescription(view: BlockView, from: number): boolean {
    const end = this.describedAfter(view, from, false);
    if (end === undefined) return false;
    const after = view.tokens[end];
    if (after && (after.kind !== TokenKind.Punct || after.text === ",")) return false;
    // Headed by a noun for a source ("the agency", "a spokesman"), not a clause ("the plan works").
    const { orgCues, orgDescriptors } = this.lexicon;
    return (
      this.isSourceHead(lowerAt(view, end - 1)) ||
      orgCues.match(view.tokens, end - 1) > 0 ||
      orgDescriptors.match(view.tokens, end - 1) > 0
    );
  }

  /** "Menurut Lestari, …" / "…, according to Lestari." */
  private according(view: BlockView, k: number, length: number): void {
    const after = this.speakerAfter(view, k + length, true);
    if (!after) return;
    const cue: Cue = { view, from: k, to: k + length };
    const unit = view.unit[k];
    const start = Math.min(k - 1, this.unitFirst(view, k));
    // The cue is covered first: a content after it stays the last range covered, so its words open no cue.
    this.cover(view.index, k, after.end);
    // "…, according to the Tax Foundation, more than …": the words before are the content, what
    // follows the source is about it.
    if (tokenAt(view, k - 1)?.text === "," && k - 1 - start >= 3) {
      const head = view.quoted[start] ? undefined : this.emitIndirect(view, start, k - 1, cue, after.speaker);
      // "Kenaikan harga BBM, menurut Budi, akan memicu inflasi": the sentence goes on after the source,
      // where a predicate opens by its form (not an apposition: "according to Lily Batchelder, a former aide …").
      const next = view.tokens[after.end + 1];
      const goesOn =
        next?.kind === TokenKind.Word && !next.cap && predicateWord(this.lexicon, next.lower, next.flags, true);
      if (head && view.tokens[after.end]?.text === "," && goesOn) {
        let end = after.end + 1;
        while (end < view.tokens.length && view.unit[end] === unit) end++;
        const tail = this.emitIndirect(view, after.end + 1, end, cue, after.speaker);
        if (tail) tail.continues = head;
      }
    } else if (view.tokens[after.end]?.text === "," && !this.closingDescription(view, after.end + 1)) {
      let end = after.end + 1;
      while (end < view.tokens.length && view.unit[end] === unit) end++;
      if (!view.quoted[after.end + 1]) this.emitIndirect(view, after.end + 1, end, cue, after.speaker);
    }
  }

  /** "Lestari mengatakan (pada hari Selasa) (bahwa) …" */
  private forward(view: BlockView, cue: Cue): void {
    const { tokens } = view;
    // "Kesepakatan itu diumumkan Perdana Menteri Qatar …": a passive verb's agent follows it, not what was said.
    if (
      affixed(this.lexicon.passiveAffixes, view.lowers[cue.from] ?? "") &&
      (tokens[cue.to]?.cap === true || this.lexicon.titles.match(tokens, cue.to) > 0)
    )
      return;
    const unit = view.unit[cue.from];
    // Before `speakerOf`, which may mark a description there.
    const namedSubject = mentionAt(view, cue.from - 1) !== undefined || this.isPronoun(lowerAt(view, cue.from - 1));
    // "Hurricane Delia slammed into the coast": a verb of motion, no report (and a subject no one
    // named, no source: `speakerOf` would describe one).
    const motion = this.lexicon.motionParticles.has(view.lowers[cue.to] ?? "");
    if (motion && !namedSubject) return;
    // "…, compared with every 15 minutes", "the rocket blasted off": nothing reported.
    if (
      this.lexicon.notReportingStarts.has(view.lowers[cue.from] ?? "") &&
      this.lexicon.notReporting.some((words) => wordsAt(view, cue.from, words))
    )
      return;
    const speaker = this.speakerOf(cue);
    if (!speaker) return;
    // "Bupati Demak meminta bantuan. “…,” katanya.": someone named as a cue's subject is the one a
    // pronoun after it stands for, whether or not the cue reports anything itself.
    if (speaker.entity?.type === "person" && speaker.confidence > GUESSED && mentionAt(view, cue.from - 1))
      this.lastSpeaker = { entity: speaker.entity, block: view.index };
    if (motion) return;
    if (this.relay(view, cue, speaker)) return;
    let k = cue.to;
    let complementizer = false;
    // "mengatakan pada rapat kabinet bahwa …", "told reporters on Tuesday that …"
    for (let m = cue.to; m < tokens.length && view.unit[m] === unit && m - cue.to <= MAX_BEFORE_COMPLEMENTIZER; m++) {
      if ((tokens[m] as Token).kind === TokenKind.Punct && tokens[m]?.text !== "," && !joinsWords(tokens, m)) break;
      // "said officials are in possession of video that shows …": a clause has begun, its "that" is its own.
      if (flagged(view, m, WordFlag.PassiveAuxiliary)) break;
      // "urged the doctors to return, warning that …": the "that" is the next cue's.
      if (flagged(view, m, WordFlag.Cue) && tokens[m - 1]?.text === "," && this.verbAt(view, m)) break;
      if (flagged(view, m, WordFlag.Complementizer)) {
        // "cited problems … that he blamed on …": after the verb's object, "that" opens a relative clause.
        if (cue.verb?.bareContent && this.hasObject(view, cue.to, m)) break;
        complementizer = true;
        k = m + 1;
        break;
      }
    }
    let colon = false;
    if (!complementizer) {
      // "Employers added 94,000 jobs": a counting verb's number is its object, no content.
      if (tokens[cue.to]?.kind === TokenKind.Number && this.lexicon.countingVerbs.has(cue.verb?.lemma ?? "")) return;
      // "Dia melanjutkan, pemerintah …": a comma right after any reporting verb its subject names opens
      // what it reports ("18 states, corporations …" is a list).
      if (!cue.verb?.bareContent && !(namedSubject && tokens[cue.to]?.text === ",")) return;
      // "mengatakan kepada wartawan, …" / "said on Tuesday …"
      k = this.overRecipient(view, k);
      // (Not "at" of "said at least 12 people died": an approximator opens what was said.)
      while (
        k < tokens.length &&
        view.unit[k] === unit &&
        this.isSkippable(view, k) &&
        !view.mentions[k] &&
        !this.approximatorAt(view, k)
      )
        k++;
      // "after a gale warning had been issued": a cue word before a passive's auxiliary is a noun.
      if (flagged(view, k, WordFlag.PassiveAuxiliary)) return;
      colon = tokens[k]?.text === ":";
      if (tokens[k]?.text === "," || colon) k++;
    }
    if (k >= tokens.length || view.unit[k] !== unit) return;
    // “…” after the verb: a quotation, attributed from its side, unless the sentence goes on after it.
    if (view.quoted[k] && !this.wordsAfterQuotation(view, k)) return;
    // "said in a statement it supported …": where or how it was said, then the clause said.
    if (!complementizer) k = this.overAdjunct(view, k);
    // "said of the plan", "said at a rally this month": the words after are what it was about or where.
    if (
      !complementizer &&
      this.lexicon.affiliationPrepositions.has(view.lowers[k] ?? "") &&
      !this.approximatorAt(view, k)
    )
      return;
    // "asked not to be named because …": why the source is unnamed, not what it said.
    if (this.lexicon.anonymityPhrases.some((words) => wordsAt(view, k, words))) return;
    let end = k;
    while (end < tokens.length && view.unit[end] === unit) end++;
    // "The governor added: It's typical. She knows nothing.": words after a colon run to the paragraph's end.
    if (colon) end = tokens.length;
    end = this.subordinateEnd(view, cue.from, k, end);
    if (end - k < 2) return;
    // "said in Springfield.": a place alone after the verb is where, not what.
    const named = view.mentions[k];
    if (!complementizer && named?.start === k && named.entity.type === "place" && this.endsUnitAt(view, named.end, end))
      return;
    // A bare content ends at the comma before another speaker's cue ("said the tides were low, and
    // a clerk said …"); a few words there are an object, no content ("When he wrote his book, Mr. Hale said").
    const next = this.nextAttribution(view, k, end);
    if (!complementizer && next !== undefined && next - k < MIN_BARE_CONTENT) return;
    end = next ?? end;
    // "questioned the vote, urging supporters to …", "said X and vowed to …": the second cue is one
    // of its own, sharing the subject; this content ends before it.
    end = this.coordinatedCue(view, k, end) ?? end;
    // Relayed: "Antara mengatakan Presiden Park mengatakan … bahwa …".
    this.emitIndirect(view, k, end, cue, speaker);
  }

  /** An approximator ("at least", "about") starts at token `k`. */
  private approximatorAt(view: BlockView, k: number): boolean {
    return this.lexicon.approximators.some((words) => wordsAt(view, k, words));
  }

  /** A lower-case word that is no function word nor verb stands before token `k`: "member | states". */
  private nounBefore(view: BlockView, k: number): boolean {
    const token = tokenAt(view, k - 1);
    return (
      token?.kind === TokenKind.Word &&
      !token.cap &&
      !flagged(view, k - 1, WordFlag.Common) &&
      !this.verbAt(view, k - 1)
    );
  }

  /** One of the phrases saying why a source is unnamed ends in tokens [from, to) (looked for at their last words). */
  private anonymityBetween(view: BlockView, from: number, to: number): boolean {
    for (let m = from; m < to; m++)
      if (this.lexicon.anonymityEnds.has(view.lowers[m] ?? "") && this.insideAnonymity(view, m)) return true;
    return false;
  }

  /** Token `k` is a word of one of the phrases saying why a source is unnamed. */
  private insideAnonymity(view: BlockView, k: number): boolean {
    return this.lexicon.anonymityPhrases.some((words) => words.some((_, at) => wordsAt(view, k - at, words)));
  }

  /**
   * Past whom it was said to, up to the comma that opens what was said: "mengatakan kepada kantor
   * berita AFP, …". `k` when no such comma follows a few words on.
   */
  private overRecipient(view: BlockView, k: number): number {
    if (!this.lexicon.recipientPrepositions.has(view.lowers[k] ?? "")) return k;
    for (let m = k + 1; m <= k + MAX_RECIPIENT && view.unit[m] === view.unit[k]; m++) {
      if (view.quoted[m] || this.verbAt(view, m)) return k;
      if (view.tokens[m]?.text === ",") return m;
    }
    return k;
  }

  /**
   * The break (comma or coordinator) before a second reporting verb of the same subject in
   * tokens [from, to): ", saying …", ", and warned …", "and called for …".
   */
  private coordinatedCue(view: BlockView, from: number, to: number): number | undefined {
    for (let m = from + 1; m < to - 1; m++) {
      const text = view.tokens[m]?.text ?? "";
      const comma = text === ",";
      if ((!comma && !flagged(view, m, WordFlag.Coordinator)) || view.quoted[m]) continue;
      let v = m + 1;
      if (comma && flagged(view, v, WordFlag.Coordinator)) v++;
      const verb = this.verbAt(view, v);
      if (verb && !verb.inverted && verb.suffix === 0 && (comma || v > m)) return m;
    }
    return undefined;
  }

  /**
   * In a sentence opening with a subordinator ("When Lane noted that the ferry was late,
   * the crowd cheered"), a cue at `cue` reports up to the comma closing that clause.
   */
  private subordinateEnd(view: BlockView, cue: number, from: number, to: number): number {
    let start = this.unitFirst(view, cue);
    while (start < cue && (view.tokens[start] as Token).kind === TokenKind.Punct) start++;
    if (!flagged(view, start, WordFlag.Subordinator)) return to;
    for (let m = start + 1; m < cue; m++) if (view.tokens[m]?.text === ",") return to;
    for (let m = from; m < to; m++) if (view.tokens[m]?.text === "," && !view.quoted[m]) return m;
    return to;
  }

  /**
   * The first comma or conjunction in tokens [from, to) followed by a subject (name, pronoun,
   * description) and its reporting verb: ", and he noted that …", "although they say …".
   */
  private nextAttribution(view: BlockView, from: number, to: number): number | undefined {
    const joins = WordFlag.Coordinator | WordFlag.Subordinator;
    for (let m = from; m < to - 2; m++) {
      const comma = view.tokens[m]?.text === ",";
      if ((!comma && !flagged(view, m, joins)) || view.quoted[m + 1]) continue;
      let j = m + 1;
      if (comma && flagged(view, j, joins)) j++;
      if (flagged(view, j, WordFlag.Honorific | WordFlag.TitleWord)) j++;
      const mention = view.mentions[j];
      const pronoun = flagged(view, j, WordFlag.Singular | WordFlag.Plural);
      let end = mention?.start === j ? mention.end : pronoun ? j + 1 : -1;
      // "…, and the council said": a described subject.
      for (let v = j + 1; end < 0 && v <= j + MAX_DESCRIBED && v < to; v++) {
        if (this.verbAt(view, v) && this.describedBefore(view, v) === j) end = v;
      }
      const verb = end > 0 ? this.verbAt(view, end) : undefined;
      if (verb && !verb.inverted && verb.suffix === 0) return m;
    }
    return undefined;
  }

  /**
   * Tokens [from, to) after a verb open with an object of its own, a common noun that is
   * no name: "cited problems". Words after a preposition or an adverbial are that
   * phrase's own ("said in a letter to lawmakers that", "told reporters that").
   */
  private hasObject(view: BlockView, from: number, to: number): boolean {
    for (let m = from; m < to; m++) {
      const token = view.tokens[m] as Token;
      if (this.lexicon.placePrepositions.has(token.lower) || this.isSkippable(view, m)) return false;
      if (token.kind !== TokenKind.Word || token.cap || view.mentions[m]) continue;
      if ((token.flags & WordFlag.Common) !== 0) continue;
      if ((token.flags & WordFlag.GroupNoun) !== 0 || (token.flags & WordFlag.Plural) !== 0) continue;
      return true;
    }
    return false;
  }

  /** "Antara mengatakan Presiden Park mengatakan … bahwa …": Park's words, via Antara. */
  private relay(view: BlockView, cue: Cue, outer: Speaker): boolean {
    const unit = view.unit[cue.from];
    let k = cue.to;
    while (k < view.tokens.length && view.unit[k] === unit && this.isSkippable(view, k) && !view.mentions[k]) k++;
    let named = k;
    while (
      named < view.tokens.length &&
      named - k < MAX_SKIP &&
      !view.mentions[named] &&
      (view.tokens[named] as Token).cap
    )
      named++;
    const inner = view.mentions[named];
    if (!inner || inner.start !== named || (inner.entity.type !== "person" && inner.entity.type !== "group"))
      return false;
    let m = inner.end;
    while (m < view.tokens.length && m - inner.end < MAX_SKIP && this.isSkippable(view, m)) m++;
    const verb = this.verbAt(view, m);
    if (!verb || verb.inverted) return false;
    const before = this.found.length;
    this.forward(view, { view, from: m, to: m + 1, verb });
    const relayed = this.found[before];
    if (!relayed) return false;
    if (outer.entity) relayed.via = outer.entity;
    let end = m;
    while (end < view.tokens.length && view.unit[end] === unit) end++;
    this.cover(view.index, cue.from, end);
    return true;
  }

  private emitIndirect(view: BlockView, from: number, to: number, cue: Cue, speaker: Speaker): FoundQuote | undefined {
    let end = to;
    while (end > from && (tokenAt(view, end - 1) as Token).kind === TokenKind.Punct && !view.quoted[end - 1]) end--;
    if (end <= from) return undefined;
    const content = tokenSpan(this.document, view, from, end);
    this.cover(view.index, from, to);
    // A content that is one quotation is that quotation, not indirect speech.
    if (isWholeQuote(view, from, end)) return undefined;
    // "According to MSNBC, basically", "get those jokes off": one word says nothing.
    if (end - from < 2 && !view.quoted[from]) return undefined;
    // "advises the Harbor Council", "backed Jo Reed": a name alone is whom, not what was said.
    const first = this.determiners.has(view.lowers[from] ?? "") ? from + 1 : from;
    if (view.mentions[first]?.start === first && view.mentions[first]?.end === end) return undefined;
    this.lastIndirect = this.emit("indirect", content, cue, speaker, view);
    return this.lastIndirect;
  }

  private emit(
    kind: QuoteKind,
    content: Span,
    cue: Cue | undefined,
    speaker: Speaker | undefined,
    view: BlockView,
    named = true,
  ): FoundQuote {
    const quote = foundQuote(kind, content, speaker?.confidence ?? 0.2, view.block.id);
    if (cue) quote.cue = tokenSpan(this.document, cue.view, cue.from, cue.to);
    if (speaker) {
      if (speaker.entity) {
        quote.speaker = speaker.entity;
        if (speaker.confidence > GUESSED) this.lastSpeaker = { entity: speaker.entity, block: view.index };
      }
      if (named || speaker.source !== content) quote.source = speaker.source;
      if (speaker.source === content) quote.source = undefined;
    }
    this.found.push(quote);
    return quote;
  }

  private cover(block: number, from: number, to: number): void {
    const list = this.covered.get(block) ?? [];
    list.push([from, to]);
    this.covered.set(block, list);
  }

  private isCovered(block: number, k: number): boolean {
    const list = this.covered.get(block);
    if (!list) return false;
    const last = list[list.length - 1];
    return last !== undefined && k >= last[0] && k < last[1];
  }
}

/** Token k is a hyphen inside a compound, touching the tokens on both sides: "a 30-page ruling". */
function joinsWords(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k] as Token;
  return hyphen.text === "-" && tokens[k - 1]?.end === hyphen.start && tokens[k + 1]?.start === hyphen.end;
}

function isFinal(text: string): boolean {
  return text === "." || text === "!" || text === "?" || text === "…";
}

function sameCue(a: Cue, b: Cue): boolean {
  return a.view === b.view && a.from === b.from && a.to === b.to;
}

/** Tokens [from, to) are exactly one quotation (marks included). */
function isWholeQuote(view: BlockView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!view.quoted[k]) return false;
  return true;
}
