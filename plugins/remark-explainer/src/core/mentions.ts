/**
 * People, organizations, places and unnamed sources, found from language cues:
 * titles and honorifics before names, organization and place cue words,
 * acronyms, known countries and cities, indefinite descriptions of sources,
 * and capitalised runs that are not sentence-initial common words.
 */
import type { EntityType } from "../types.js";
import { hasDigit, isUpperAt } from "./chars.js";
import type { ArticleDocument } from "./document.js";
import { affixed, type Lexicon, peoplesEnding, predicateWord, WordFlag } from "./lexicon.js";
import { retypeLists } from "./lists.js";
import type { EntityRecord, Registry } from "./registry.js";
import { type Token, TokenKind } from "./tokens.js";
import { addMention, type BlockView, flagged, lowerAt, type Mention, mentionAt, partyLabel, tokenAt } from "./view.js";

type SegmentKind = "name" | "org" | "place" | "acronym" | "title" | "known" | "short";

interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  /** For "known": the entity the words already belong to. */
  entity?: EntityRecord;
}

/** A name or a place, one the article named before too ("Tulsa, Okla." then "Tulsa Police Department"). */
const namesPlaceOrName = (part: Segment | undefined): part is Segment =>
  part?.kind === "name" || part?.kind === "place" || (part?.kind === "known" && part.entity?.type === "place");

/** Longest name a run may end with, in words. */
const MAX_NAME = 4;
/** Lower-case words a common noun's abbreviation by syllables may shorten: "biaya perjalanan ibadah haji". */
const MAX_ABBREVIATED_WORDS = 4;
/** Words an appositive role may run over ("Dewi Lestari, juru bicara Bappenas,"). */
const MAX_APPOSITIVE = 8;
/** Title words an appositive's title may follow ("former executive director"), at most. */
const MAX_TITLE_WORDS = 2;

interface Input {
  document: ArticleDocument;
  lexicon: Lexicon;
  registry: Registry;
  /**
   * Words the article writes in lower case somewhere: capitalised, they start a sentence. Without
   * `common` words (`WordFlag.Common`): `isCommonStart` and `personal` rule those out first.
   */
  lowercase: Set<string>;
}

interface Context extends Input {
  /** One-word organization names the article writes after a cue somewhere: golkar → "Partai Golkar". */
  shortNames: Map<string, string>;
  /** Words the article capitalises inside a sentence of running text: names, whatever opens a sentence. */
  midCapitals: Set<string>;
  /** Indexes of the blocks written in title case: headlines. */
  headlines: Set<number>;
  /** Acronyms of common nouns, spelled out in lower case before them in brackets: "demam berdarah dengue (DBD)". */
  commonAbbreviations: Set<string>;
  /** Words the article writes before a compass word as one place's name: pasaman ("Pasaman Barat"). */
  placeStems: Set<string>;
  /**
   * The capitalised run `titled` measured at token `runStart` of the block `runBlock` for nothing
   * (no title after it), ending at `runEnd`: `capitalised` at the same token reads it instead of
   * measuring again. Valid for one token of `scanBlock`, while nothing was added in between.
   */
  runBlock: number;
  runStart: number;
  runEnd: number;
}

export function findMentions(input: Input, views: readonly BlockView[]): void {
  const headlines = new Set(views.filter(isTitleCase).map((view) => view.index));
  const context: Context = {
    ...input,
    shortNames: new Map(),
    headlines,
    commonAbbreviations: new Set(),
    placeStems: new Set(),
    midCapitals: midCapitals(views, headlines),
    runBlock: -1,
    runStart: -1,
    runEnd: -1,
  };
  for (const view of views) findShortNames(context, view);
  const lead = views.find((view) => view.block.kind === "paragraph");
  for (const view of views) scanBlock(context, view, view === lead ? dateline(context, view) : 0);
  retypeLists(context.registry, views);
}

const dashes = new Set(["-", "–", "—"]);

/**
 * "SPRINGFIELD, Ill. (AP) —", "KENDARI, KOMPAS.com —", "Jakarta (Antara) -": a wire story's first
 * paragraph opens with the place it was filed from, in capitals or before the agency's bracket and
 * a dash. Marks the place (with its state's abbreviation after a comma); the token to read on from.
 */
function dateline(context: Context, view: BlockView): number {
  const { tokens, lowers } = view;
  let end = 0;
  while (end < MAX_NAME && tokens[end]?.kind === TokenKind.Word && tokens[end]?.cap) end++;
  if (end === 0) return 0;
  let next = end;
  if (tokens[next]?.text === "," && context.lexicon.abbreviations.has(lowers[next + 1] ?? "")) next += 2;
  const after = tokens[next]?.text ?? "";
  // ("PT PLN (Persero) menaikkan …": an organization's cue opens no dateline.)
  const capitals =
    tokens.slice(0, end).every((token) => token.text === token.text.toUpperCase()) &&
    context.lexicon.orgCues.match(tokens, 0, end) === 0;
  const agency = after === "(" && tokens[next + 2]?.text === ")" && dashes.has(tokens[next + 3]?.text ?? "");
  if (!(capitals && (after === "," || after === "(" || dashes.has(after))) && !agency) return 0;
  mentionSegment(context, view, { kind: "place", start: 0, end }, "place");
  let dash = next;
  while (dash < next + 8 && dash < tokens.length && !dashes.has(tokens[dash]?.text ?? "")) dash++;
  if (dash === next + 8 || dash === tokens.length) return next;
  // The agency in brackets before the dash, after a date perhaps ("LONDON, June 18 (Reuters) -").
  if (tokens[dash - 1]?.text === ")" && tokens[dash - 3]?.text === "(" && tokens[dash - 2]?.cap)
    mentionSegment(context, view, { kind: "org", start: dash - 2, end: dash - 1 }, "organization");
  // The story's first sentence starts after the dash: its subject is not the dateline's place or agency.
  // (Its first word keeps reading as mid-sentence: "— Supriyadi (44) menghabisi …" opens with a name.)
  for (let t = dash + 1; t < tokens.length; t++) view.unit[t] = (view.unit[t] as number) + 1;
  // "DETROIT, Nov 25 (Reuters)": the date after the place names nothing.
  let resume = next;
  if (tokens[resume]?.text === ",") {
    let k = resume + 1;
    // (Wire datelines drop the abbreviation's period: "Nov 25".)
    const calendar = (t: number): boolean =>
      flagged(view, t, WordFlag.Calendar) || context.lexicon.calendar.has(`${lowers[t] ?? ""}.`);
    while (k < dash && (calendar(k) || tokens[k]?.kind === TokenKind.Number)) k++;
    if (k > resume + 1) resume = k;
  }
  return resume;
}

const isWord = (token: Token | undefined): token is Token => token?.kind === TokenKind.Word;

/** Words capitalised after a sentence's first word, outside title-case lines, where every word is. */
function midCapitals(views: readonly BlockView[], headlines: Set<number>): Set<string> {
  const words = new Set<string>();
  for (const view of views) {
    if (headlines.has(view.index)) continue;
    view.tokens.forEach((token, k) => {
      if (token.kind === TokenKind.Word && token.cap && !view.initial[k]) words.add(token.lower);
    });
  }
  return words;
}

/** Tokens of a headline, at most. */
const MAX_HEADLINE = 30;
/** Share of the longer words capitalised in a title-case line. */
const TITLE_CASE_SHARE = 0.7;

/** A short block whose longer words are mostly capitalised: a headline ("Jo Reed Says Fares Will Rise"). */
export function isTitleCase(view: BlockView): boolean {
  if (view.tokens.length > MAX_HEADLINE) return false;
  let long = 0;
  let capitalised = 0;
  for (const token of view.tokens) {
    if (token.kind !== TokenKind.Word || token.text.length < 4) continue;
    long++;
    if (token.cap) capitalised++;
  }
  return long >= 3 && capitalised >= long * TITLE_CASE_SHARE;
}

/**
 * "Partai Golkar" anywhere in the article: "Golkar" alone names that organization,
 * before the full name too ("Golkar menolak …" in the lead, "Partai Golkar" later).
 */
function findShortNames(context: Context, view: BlockView): void {
  const { lexicon } = context;
  const { tokens } = view;
  // Where cues close names the name before one is not the organization's ("Clinton Foundation").
  if (!lexicon.orgCuesLead) return;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // A capitalised cue: "rumah dinas Budi" is a residence, "Dinas Pendidikan" an office.
    // "Fraksi Golkar" is a unit of Golkar, not its name.
    if (!tokens[k]?.cap || lexicon.orgCues.match(tokens, k) !== 1 || lexicon.orgUnits.match(tokens, k) > 0) continue;
    const word = tokens[k + 1] as Token;
    const after = tokens[k + 2];
    if (!isWord(word) || !word.cap || word.acronym || (isWord(after) && after.cap)) continue;
    if (lexicon.knownPlaces.match(tokens, k + 1) > 0 || !personal(context, view, k + 1, k + 2)) continue;
    if (!context.shortNames.has(word.lower)) context.shortNames.set(word.lower, textOf(context, view, k, k + 2));
  }
}

/** The flags `group`, `titled` and `described` test first: without one of them a lower-case word is passed over. */
const MAY_OPEN_MENTION =
  WordFlag.GroupNoun | WordFlag.GroupDeterminer | WordFlag.TitleStart | WordFlag.Honorific | WordFlag.DescriptorStart;

function scanBlock(context: Context, view: BlockView, from: number): void {
  const { lexicon } = context;
  const { tokens, lowers } = view;
  const appositives: { entity: EntityRecord; from: number; to: number }[] = [];
  let i = from;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind !== TokenKind.Word || view.mentions[i]) {
      i++;
      continue;
    }
    context.runBlock = -1;
    if (token.cap && partyLabel(lexicon, view, i)) {
      i++;
      continue;
    }
    // A lower-case word that can open no group, title or description (most words) starts no mention.
    if (!token.cap && (token.flags & MAY_OPEN_MENTION) === 0) {
      i++;
      continue;
    }
    const next =
      group(context, view, i) ??
      titled(context, view, i) ??
      described(context, view, i) ??
      agedInitials(context, view, i) ??
      titleOffice(context, view, i) ??
      (token.cap ? capitalised(context, view, i) : undefined);
    if (next === undefined) {
      i++;
      continue;
    }
    // Apposition after a person: "Dewi Lestari, juru bicara Bappenas,".
    const mention = mentionAt(view, next - 1);
    if (mention?.entity.type === "person" && tokens[next]?.text === ",") {
      let k = next + 1;
      if (flagged(view, k, WordFlag.GroupDeterminer) || lowers[k] === "the") k++;
      // "executive director of …", "former deputy mayor": title words before the title; "a senior
      // energy analyst": other lower-case words qualifying it too.
      let title = k;
      while (
        title - k < MAX_TITLE_WORDS &&
        lexicon.titles.match(tokens, title) === 0 &&
        (flagged(view, title, WordFlag.TitleWord) || (!lexicon.orgCuesLead && qualifier(tokens[title])))
      )
        title++;
      if (lexicon.titles.match(tokens, title) > 0 || (tokens[k]?.cap && lexicon.titles.match(tokens, k + 1) > 0)) {
        let end = k;
        // "…, a chief of staff to President Bill Clinton whom …": a relative clause ends the role.
        while (
          end < tokens.length &&
          end - k < MAX_APPOSITIVE &&
          tokens[end]?.kind !== TokenKind.Punct &&
          !lexicon.relativePronouns.has(lowers[end] ?? "")
        )
          end++;
        // ("…, chief executive of the National Rural Electric Cooperative Association": at the limit a name reads on.)
        while (
          end - k >= MAX_APPOSITIVE &&
          tokens[end - 1]?.cap &&
          (tokens[end]?.cap || (lexicon.connectors.has(lowers[end] ?? "") && tokens[end + 1]?.cap))
        )
          end += tokens[end]?.cap ? 1 : 2;
        // ("…, a professor at Seton Hall University in …": cut off at the limit, it ends on a noun.)
        while (end > k + 1 && flagged(view, end - 1, WordFlag.Common)) end--;
        appositives.push({ entity: mention.entity, from: next + 1, to: end });
      }
    }
    i = Math.max(next, i + 1);
  }
  for (const { entity, from, to } of appositives) {
    if (entity.role || !ownRole(context, view, entity, from, to)) continue;
    entity.role = textOf(context, view, from, to);
    for (let k = from; k < to; k++) {
      const inner = view.mentions[k]?.entity;
      // (Not the unnamed group the role's own noun may have made: "an analyst at the bank".)
      if (inner && inner !== entity && inner.type !== "person" && inner.type !== "group") {
        entity.affiliation ??= inner;
        break;
      }
    }
  }
}

/**
 * Tokens [from, to) after `entity`'s name describe that person: they hold no one else's title
 * ("Chuck Berry, the baseball player Willie Mays and …" lists people; "a senior adviser to the
 * Clinton campaign" is Moore's), and their last noun is no possessor ("Ivanka Trump, the
 * Republican nominee's daughter"; "an economist at the Tax Foundation's center" is Cole's).
 */
function ownRole(context: Context, view: BlockView, entity: EntityRecord, from: number, to: number): boolean {
  const after = view.tokens[to]?.text;
  if ((after === "'s" || after === "’s") && !tokenAt(view, to - 1)?.cap) return false;
  const text = textOf(context, view, from, to);
  for (let k = from; k < to; k++) {
    const inner = view.mentions[k]?.entity;
    if (inner && inner !== entity && inner.type === "person" && inner.role && text.includes(inner.role)) return false;
  }
  return true;
}

/** A lower-case word that is no common word or verb: it may qualify a title after it, in English order ("energy analyst"). */
const qualifier = (token: Token | undefined): boolean =>
  token?.kind === TokenKind.Word && !token.cap && (token.flags & (WordFlag.Common | WordFlag.Verb)) === 0;

/** The text of tokens [from, to) as written in the block. */
function textOf(_context: Context, view: BlockView, from: number, to: number): string {
  const first = view.tokens[from] as Token;
  const last = tokenAt(view, to - 1) as Token;
  return view.block.text.slice(first.start, last.end);
}

/** "Seorang pejabat Kementerian …", "a senior administration official": an unnamed source. */
function group(context: Context, view: BlockView, i: number): number | undefined {
  const { lexicon } = context;
  const { lowers, tokens } = view;
  // "kata sumber di Kementerian …": after an inverted cue the noun needs no determiner.
  const groupNoun = ((tokens[i]?.flags ?? 0) & WordFlag.GroupNoun) !== 0;
  const cued = groupNoun && (afterCue(context, view, i) || pluralOpening(context, view, i));
  // "European leaders said", "Chinese officials": a people's adjective before a source noun.
  const people = !cued && peopleBefore(context, view, i);
  if (!cued && !people && ((tokens[i]?.flags ?? 0) & WordFlag.GroupDeterminer) === 0) return undefined;
  let k = cued || people ? i : i + 1;
  let affiliationBefore: [number, number] | undefined;
  while (k < tokens.length && lexicon.groupModifiers.has(lowers[k] ?? "")) k++;
  if (tokens[k]?.cap) {
    // "a State Department official": the affiliation before the noun.
    const end = runEnd(context, view, k);
    if (flagged(view, end, WordFlag.GroupNoun)) {
      affiliationBefore = [k, end];
      k = end;
    }
  }
  while (k < tokens.length && lexicon.groupModifiers.has(lowers[k] ?? "")) k++;
  // "a coast guard officer", "a police officer": where names close with their head noun (English),
  // one or two nouns before the source noun qualify it.
  if (!lexicon.orgCuesLead) k = compoundHead(context, view, k);
  if (!flagged(view, k, WordFlag.GroupNoun)) return undefined;
  const noun = k;
  let end = noun + 1;
  // "dua pejabat senior Polri": modifiers after the noun too.
  while (end < tokens.length && lexicon.groupModifiers.has(lowers[end] ?? "")) end++;
  let affiliation: EntityRecord | undefined;
  if (affiliationBefore) {
    affiliation = affiliationOf(context, view, affiliationBefore[0], affiliationBefore[1]);
  } else {
    let from = end;
    const preposition = lowers[from] ?? "";
    const speaksFor = lexicon.groupPrepositions.has(preposition);
    if (lexicon.placePrepositions.has(preposition) || preposition === "of" || speaksFor) from++;
    if (lowers[from] === "the") from++;
    if (tokens[from]?.cap) {
      const to = runEnd(context, view, from);
      affiliation = affiliationOf(context, view, from, to);
      if (affiliation) end = to;
      if (affiliation?.type === "place") end = placesListed(context, view, end);
    } else if (speaksFor && from > end + 1 && lexicon.companyNouns.has(lowers[from] ?? "")) {
      // "lawyers for the company": the company the article named is spoken for; the words belong
      // to the source.
      end = from + 1;
    }
  }
  // "Seorang warga Cibinong, Rudi Hartono (45), mengatakan": one of the group, named after a comma.
  const member = nameAfterComma(context, view, end);
  const closed = member && (tokens[member.end]?.text === "," || tokens[member.end]?.text === "(");
  if (member && closed && !affiliationBefore)
    return addHolder(
      context,
      view,
      cued || people ? i : i + 1,
      member,
      affiliation?.type === "organization" ? affiliation : undefined,
    );
  const name = textOf(context, view, cued || people ? i : i + 1, affiliationBefore ? noun + 1 : end);
  const entity = context.registry.named(name) ?? context.registry.create(name, "group", 0);
  if (affiliation) entity.affiliation ??= affiliation;
  // With its affiliation before the noun, the noun alone stands for the source.
  addMention(context.document, view, affiliationBefore ? noun : i, noun + 1, entity);
  return end;
}

/** "in Texas, Ohio and Iowa": known places listed after the one ending at `end`, marked; where the list ends. */
function placesListed(context: Context, view: BlockView, end: number): number {
  const { lexicon } = context;
  let last = end;
  for (;;) {
    let next = last;
    if (view.tokens[next]?.text === ",") next++;
    if (flagged(view, next, WordFlag.Coordinator)) next++;
    const place = next > last ? lexicon.knownPlaces.match(view.tokens, next) : 0;
    if (place === 0) return last;
    mentionSegment(context, view, { kind: "place", start: next, end: next + place }, "place");
    last = next + place;
  }
}

/**
 * A people's adjective at `i`, after a compass word perhaps, right before a lower-case source noun:
 * "European leaders", "Central European leaders".
 */
function peopleBefore(context: Context, view: BlockView, i: number): boolean {
  const { lexicon } = context;
  if (!flagged(view, i, WordFlag.Demonym) && !flagged(view, i + 1, WordFlag.Demonym)) return false;
  const adjective = lexicon.placePrefixes.has(view.lowers[i] ?? "") ? i + 1 : i;
  const noun = view.tokens[adjective + 1];
  return (
    flagged(view, adjective, WordFlag.Demonym) &&
    noun !== undefined &&
    !noun.cap &&
    (noun.flags & WordFlag.GroupNoun) !== 0 &&
    lexicon.demonyms.has(view.lowers[adjective] ?? "")
  );
}

/**
 * "Officials in California said", "Residents of Millbrook told": a plural group noun opening its
 * sentence, with a capitalised name after a place or affiliation preposition, needs no determiner
 * (else the name after the preposition read as the speaker).
 */
function pluralOpening(context: Context, view: BlockView, i: number): boolean {
  const { lexicon } = context;
  const { lowers } = view;
  const ending = lexicon.pluralEnding;
  if (!view.initial[i] || !ending || !lowers[i]?.endsWith(ending)) return false;
  const preposition = lowers[i + 1] ?? "";
  if (!lexicon.placePrepositions.has(preposition) && !lexicon.affiliationPrepositions.has(preposition)) return false;
  return view.tokens[lexicon.definiteDeterminers.has(lowers[i + 2] ?? "") ? i + 3 : i + 2]?.cap === true;
}

/** One of tokens [start, end) may open a cue. */
function holdsCue(view: BlockView, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (flagged(view, k, WordFlag.Cue)) return true;
  return false;
}

/**
 * The source noun closing a compound that opens at `k` ("coast guard | officer", "police | officer"),
 * else `k`. The phrase must end there and speak or be placed: "a police officer said", "a coast guard
 * officer in Calapan", not "a fatal police shooting" nor "a white student, to …".
 */
function compoundHead(context: Context, view: BlockView, k: number): number {
  // After most determiners no source noun follows: two flag tests before any other.
  if (!flagged(view, k + 1, WordFlag.GroupNoun) && !flagged(view, k + 2, WordFlag.GroupNoun)) return k;
  const { lexicon } = context;
  const lowerWord = (token: Token | undefined): boolean =>
    isWord(token) && !token.cap && (token.flags & (WordFlag.Common | WordFlag.Verb)) === 0;
  let head = k;
  while (head <= k + 2 && lowerWord(view.tokens[head]) && !(head > k && flagged(view, head, WordFlag.GroupNoun)))
    head++;
  if (head === k || head > k + 2 || !flagged(view, head, WordFlag.GroupNoun) || view.tokens[head]?.cap) return k;
  // "police | officers": a source noun qualifying another.
  while (flagged(view, head + 1, WordFlag.GroupNoun)) head++;
  const next = view.lowers[head + 1] ?? "";
  const placed =
    (lexicon.placePrepositions.has(next) || lexicon.affiliationPrepositions.has(next)) &&
    view.tokens[head + 2]?.cap === true;
  return placed || flagged(view, head + 1, WordFlag.Cue) ? head : k;
}

/**
 * Token i follows an inverted reporting verb: "kata sumber di Kementerian …". (Not "menurut sumber
 * X, …": attribution reads that source only up to its noun, so the comma after X would be lost.)
 */
function afterCue(context: Context, view: BlockView, i: number): boolean {
  return context.lexicon.verbs.get(lowerAt(view, i - 1))?.inverted === true;
}

/** Mentions for a run of capitalised words; the entity of its last organization or place. */
function affiliationOf(
  context: Context,
  view: BlockView,
  from: number,
  to: number,
  namesOrganization = false,
): EntityRecord | undefined {
  let found: EntityRecord | undefined;
  for (const segment of segments(context, view, from, to)) {
    // `namesOrganization`: "Wells Fargo CEO", "Agriculture Minister": a name before the title is the
    // holder's organization, unless the article knows it as a person's ("Clinton spokesman").
    if (namesOrganization && segment.kind === "name" && !knownPerson(context, view, segment)) segment.kind = "org";
    const entity = mentionSegment(context, view, segment, "organization");
    if (entity && entity.type !== "person") found = entity;
  }
  return found;
}

/**
 * The first token of `[from, to)` that is not a common word, adverb or possessive determiner
 * (articles, pronouns, "Yesterday", "Its"), or `to`.
 */
function afterCommonWords(lexicon: Lexicon, tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (
    k < to &&
    (((tokens[k] as Token).flags & (WordFlag.Common | WordFlag.Adverb)) !== 0 ||
      lexicon.possessive.has((tokens[k] as Token).lower))
  )
    k++;
  return k;
}

/** Title + name: "Presiden Korea Selatan Park Min-jun", "Treasury spokeswoman Dewi Lestari". */
function titled(context: Context, view: BlockView, i: number): number | undefined {
  const { lexicon } = context;
  const { lowers, tokens } = view;
  let title = lexicon.titles.match(tokens, i);
  if (namesOrganization(lexicon, tokens, i + title, title)) return undefined;
  let from = i;
  let affiliationRun: [number, number] | undefined;
  // Where the role opens when no affiliation does ("Company spokesperson …").
  let roleStart: number | undefined;
  // The affiliation is capitalised like the title after it ("Wells Fargo CEO"), so its names name organizations.
  let capitalisedTitle = false;
  if (title === 0 && ((tokens[i]?.flags ?? 0) & WordFlag.Honorific) !== 0) title = 1;
  if (title === 0 && tokens[i]?.cap && !lexicon.orgCuesLead) {
    // English order: an affiliation, then a lower-case title ("Treasury spokeswoman").
    const end = runEnd(context, view, i);
    const after = lexicon.titles.match(tokens, end);
    if (after > 0 && !tokens[end]?.cap && tokens[end + after]?.cap) {
      // "The director Helen Marsh", "The Harbor Board spokeswoman": the run's leading common words
      // ("The", "A") are no part of the affiliation, and alone they are none.
      const affiliationStart = afterCommonWords(lexicon, tokens, i, end);
      // "Company spokesperson Jo Reed": a company noun opening the sentence is no company's name.
      const described = end === i + 1 && view.initial[i] === true && lexicon.companyNouns.has(lowers[i] ?? "");
      if (affiliationStart < end && !described) affiliationRun = [affiliationStart, end];
      if (described) roleStart = i;
      from = end;
      title = after;
    } else {
      // "UAW President Shawn Fain", "Treasury Secretary Janet Yellen": a capitalised title inside the run.
      const inner = innerTitle(context, view, i, end);
      if (inner !== undefined) {
        // "Interim DNC Chairwoman": a title word opening the run qualifies the title, no affiliation
        // (the role keeps it: "Deputy Prime Minister", "Vice Health Minister").
        const qualified = afterCommonWords(lexicon, tokens, i, inner.start);
        let affiliationStart = qualified;
        while (affiliationStart < inner.start && flagged(view, affiliationStart, WordFlag.TitleWord))
          affiliationStart++;
        if (affiliationStart < inner.start) affiliationRun = [affiliationStart, inner.start];
        if (affiliationStart > qualified) roleStart = qualified;
        capitalisedTitle = true;
        from = inner.start;
        title = inner.end - inner.start;
      } else {
        context.runBlock = view.index;
        context.runStart = i;
        context.runEnd = end;
      }
    }
  }
  if (title === 0) return undefined;
  // Titles can stack: "Ajun Komisaris", "Dr." after "Menteri".
  let start = from + title;
  for (;;) {
    // "Brigjen (Pol) Budi": a bracketed title word after a rank.
    const bracket = bracketedTitleWord(context, view, start);
    if (bracket > 0) {
      start += bracket;
      continue;
    }
    const more = lexicon.titles.match(tokens, start) || (flagged(view, start, WordFlag.Honorific) ? 1 : 0);
    if (more === 0 || !tokens[start]?.cap) break;
    start += more;
  }
  // "Pengamat politik dari Universitas Padjadjaran, Firman Manan,": a field and a preposition may
  // come between the title and its organization when the holder's name follows after a comma.
  const fielded = tokens[start]?.cap ? undefined : fieldBeforeOrganization(context, view, start);
  if (fielded !== undefined) start = fielded;
  const roleFrom = roleStart ?? (affiliationRun ? affiliationRun[0] : from);
  const runAffiliation = (): EntityRecord | undefined =>
    affiliationRun && affiliationOf(context, view, affiliationRun[0], affiliationRun[1], capitalisedTitle);
  // "Menteri Keuangan, Sri Mulyani,": a whole title, then its holder named after a comma.
  // ("General Manager bandara itu, Rudy Hartono,": the title's organization named by a noun and a
  // demonstrative before the comma.)
  const described =
    start > from &&
    tokens[start]?.cap === false &&
    isWord(tokens[start]) &&
    lexicon.demonstratives.has(lowers[start + 1] ?? "")
      ? start + 2
      : start;
  const commaHolder = start > from ? nameAfterComma(context, view, described) : undefined;
  if (commaHolder) return addHolder(context, view, roleFrom, commaHolder, runAffiliation());
  if (!tokens[start]?.cap) return undefined;
  const jointHolder = jointPortfolio(context, view, from, start);
  if (jointHolder?.kind === "place") {
    mentionSegment(context, view, jointHolder, "place");
    return jointHolder.end;
  }
  if (jointHolder) return addHolder(context, view, roleFrom, jointHolder, runAffiliation());
  const end = runEnd(context, view, start, lexicon.orgCuesLead);
  if (end === start + 1 && initials(context, view, from, start)) {
    const person = personByInitials(context, (tokens[start] as Token).text);
    person.role ??= textOf(context, view, from, start);
    addMention(context.document, view, start, end, person);
    return end;
  }
  const holder = holderAfterAcronym(context, view, start, end);
  // "Kepala Badan Pusat Statistik (BPS) Margo Yuwono": the office's unit whole, its region, its holder.
  const parts: Segment[] = holder
    ? [
        { kind: "org", start, end: holder.unitEnd },
        ...(holder.regionEnd > holder.regionStart
          ? [{ kind: "place" as const, start: holder.regionStart, end: holder.regionEnd }]
          : []),
        { kind: "name", start: holder.start, end: holder.end },
      ]
    : segments(context, view, start, end, true);
  // "Menteri Pertanian Andi Amran Sulaiman Putra": names running on after a title past one name's
  // words are one name (a derived portfolio word opening it is taken off below).
  const head = parts[0];
  const tail = parts[1];
  if (
    parts.length === 2 &&
    head?.kind === "name" &&
    tail?.kind === "name" &&
    head.start === start &&
    head.end === tail.start &&
    tail.end - head.start <= MAX_NAME + 2 &&
    personal(context, view, derived(lexicon, lowers[head.start] ?? "") ? head.start + 1 : head.start, tail.end)
  ) {
    head.end = tail.end;
    parts.pop();
  }
  // "Chief Chuck Jordan": where an affiliation comes before the title (cues close names), a known
  // place's one word closing a name after the title is its surname ("Menteri Imigrasi Australia" is no name).
  const closing = lastOf(parts);
  const before = lastOf(parts, 2);
  if (
    !lexicon.orgCuesLead &&
    closing?.kind === "place" &&
    closing.end - closing.start === 1 &&
    before?.kind === "name" &&
    before.end === closing.start &&
    personal(context, view, before.start, closing.end)
  ) {
    before.end = closing.end;
    parts.pop();
  }
  let last = lastOf(parts);
  if (!last) return undefined;
  // "… Polri Brigjen (Pol) Whisnu Hermawan", "Kepala Dinas Kesehatan Kendari drg Rahmi": a rank's
  // bracket or an honorific after the unit opens the holder's name; the run before it is all unit.
  const marker =
    last.kind === "title" && last.end === end
      ? bracketedTitleWord(context, view, end)
      : flagged(view, end, WordFlag.Honorific) && tokens[end]?.kind === TokenKind.Word
        ? 1
        : 0;
  if (marker > 0 && tokens[end + marker]?.cap) {
    const nameEnd = runEnd(context, view, end + marker);
    if (nameEnd - (end + marker) <= MAX_NAME && personal(context, view, end + marker, nameEnd)) {
      parts.push({ kind: "name", start: end + marker, end: nameEnd });
      last = lastOf(parts) as Segment;
    }
  }
  // "Direktur Utama PT Jasa Marga (Persero) Rivan Achmad": the company's form in brackets, then its holder.
  if (last.kind === "org" && last.end === end && bracketedForm(context, view, end) && tokens[end + 3]?.cap) {
    const nameEnd = runEnd(context, view, end + 3);
    if (nameEnd - (end + 3) <= MAX_NAME && personal(context, view, end + 3, nameEnd)) {
      parts.push({ kind: "name", start: end + 3, end: nameEnd });
      last = lastOf(parts) as Segment;
    }
  }
  // A lower-case role noun takes an affiliation: "juru bicara Bappenas Dewi Lestari" (not "pelatih
  // Ruud van der Meer": a particle after the first word keeps it in the name).
  if (
    last.kind === "name" &&
    last.end - last.start >= 3 &&
    parts.length === 1 &&
    !tokens[from]?.cap &&
    tokens[last.start + 1]?.cap
  ) {
    parts.unshift({ kind: "org", start: last.start, end: last.start + 1 });
    last.start += 1;
  }
  // "Ketua Kelompok Tani Siti Aminah": a title's organization ran over the name after it.
  // (After a field the whole run is the organization: the name comes after the comma.)
  if (fielded === undefined) for (const words of [2, 1]) last = splitTrailingName(context, view, parts, words);
  nameAfterRegion(context, view, parts);
  // "Menteri Agama, Lukman Hakim": a one-word portfolio, then the name after a comma (after an
  // honorific the word is a surname: "Mr. Clarke, Mr. Barrett said").
  if (
    last.kind === "name" &&
    last.end - last.start === 1 &&
    last.start === start &&
    tokens[end]?.text === "," &&
    !flagged(view, from, WordFlag.Honorific)
  ) {
    const named = nameAfterComma(context, view, end);
    if (named) {
      // "pelatih Persib, Bojan Hodak", "CEO Kirimin, Raka Pradipta": after a title in lower case or an
      // office's, the word is the holder's organization.
      if (!tokens[from]?.cap || lexicon.officeTitles.match(tokens, from) > 0) last.kind = "org";
      else parts.pop();
      parts.push(named);
      last = named;
    }
  }
  // "Dewi Lestari, juru bicara Bappenas, …": a title written in lower case after a person and a
  // comma is that person's, and the one word after it their organization, not another person.
  if (
    last.kind === "name" &&
    parts.length === 1 &&
    last.end - last.start === 1 &&
    !tokens[from]?.cap &&
    tokens[from - 1]?.text === "," &&
    mentionAt(view, from - 2)?.entity.type === "person"
  )
    last.kind = "org";
  // "Ketua Umum Sembada Budi Wiyono Santoso": an office's organization, then its holder.
  if (
    last.kind === "name" &&
    parts.length === 1 &&
    last.end - last.start >= 3 &&
    lexicon.officeTitles.match(tokens, from) > 0 &&
    !lexicon.nameLeads.has(lowers[last.start] ?? "") &&
    personal(context, view, last.start + 1, last.end)
  ) {
    parts.unshift({ kind: "org", start: last.start, end: last.start + 1 });
    last.start++;
  }
  // "Menko Perekonomian Budi", "Menteri Agama Nasaruddin Umar": a derived portfolio word, or a title's
  // word before two words of a name (one after a minister's title: "Menteri Sosial Risma"), between
  // title and name belongs to the title ("Ketua Bidang Advokasi …" leaves no name).
  while (
    last.kind === "name" &&
    last.end - last.start > 1 &&
    (derived(lexicon, lowers[last.start] ?? "") ||
      (flagged(view, last.start, WordFlag.TitleWord) &&
        (last.end - last.start > 2 || lexicon.portfolioTitles.has(lowers.slice(from, last.start).join(" ")))))
  ) {
    if (!personal(context, view, last.start + 1, last.end)) break;
    last.start++;
  }
  // "Mr. Holtz-Eakin": right after an honorific, a hyphenated word is a surname.
  const honored = last.start === start && flagged(view, start - 1, WordFlag.Honorific);
  if (last.kind === "name" && !personal(context, view, last.start, last.end, honored)) {
    // "Menteri Perumahan": the rest of the title, no name.
    parts.pop();
    for (const segment of parts) mentionSegment(context, view, segment, "organization");
    return end;
  }
  if (last.kind !== "name") {
    // "Bupati Lampung Tengah nonaktif, Ardito Wijaya": one lower-case word may qualify the office.
    const qualified = isWord(tokens[end]) && !tokens[end]?.cap && !flagged(view, end, WordFlag.Common);
    // "Epidemiolog Universitas Halu Oleo (UHO), Ramadhan Tosepu,": after the organization's acronym
    // (and its chapter's region: "Ketua Perhimpunan … (PHRI) Bali, Ketut Wiratama,").
    const comma =
      qualified && tokens[end + 1]?.text === ","
        ? end + 1
        : bracketedAcronym(view, end)
          ? end + 3 + lexicon.knownPlaces.match(tokens, end + 3)
          : end;
    const named = nameAfterComma(context, view, comma) ?? holderAfterFaction(context, view, parts, end);
    if (named) {
      if (comma > end + 3 && named.start === comma + 1) parts.push({ kind: "place", start: end + 3, end: comma });
      parts.push(named);
      last = named;
    }
    if (last.kind !== "name") {
      for (const segment of parts) mentionSegment(context, view, segment, "organization");
      return end;
    }
  }
  let affiliation = runAffiliation();
  for (const segment of parts) {
    if (segment === last) break;
    // "Wakil Kepala Satlantas Polresta Cirebon Ajun Komisaris Purwadi", "VP Public Relations KAI
    // Joni Martinus": the words before the holder's name name their unit, not another person.
    // ("Direktur Pengembangan BEI Jeffrey Hendrik": derived words alone are the title's field.)
    if (segment.kind === "name") segment.kind = derivedOnly(lexicon, view, segment) ? "title" : "org";
    const entity = mentionSegment(context, view, segment, "organization");
    // "… (INSI) Provinsi Maluku Rina Lestari": the unit, not its region, is the holder's affiliation.
    if (entity && entity.type !== "person" && !(entity.type === "place" && affiliation?.type === "organization"))
      affiliation = entity;
  }
  return addHolder(context, view, roleFrom, last, affiliation);
}

/** The person named at `name`, holding the role written from `roleFrom` up to the name. */
function addHolder(
  context: Context,
  view: BlockView,
  roleFrom: number,
  name: Segment,
  affiliation: EntityRecord | undefined,
): number {
  const { tokens } = view;
  const person = context.registry.resolve(textOf(context, view, name.start, name.end), "person", 0);
  if (!person.role) {
    // "defender of RT America, Mr. Schultz": an honorific after the role is no part of it.
    let roleEnd =
      name.start - 1 > roleFrom && flagged(view, name.start - 1, WordFlag.Honorific) ? name.start - 1 : name.start;
    while (roleEnd > roleFrom && tokens[roleEnd - 1]?.kind === TokenKind.Punct && tokens[roleEnd - 1]?.text !== ")")
      roleEnd--;
    // "Mr. Trump", "Dr. Whitfield": an honorific alone is no role (an appositive may give one).
    if (roleEnd - roleFrom > 1 || !flagged(view, roleFrom, WordFlag.Honorific))
      person.role = textOf(context, view, roleFrom, roleEnd);
  }
  if (affiliation) person.affiliation ??= affiliation;
  addMention(context.document, view, name.start, name.end, person);
  return name.end;
}

/**
 * "Anggota Komisi I dari Fraksi PKS, Sukamta,": the unit's faction or party after a preposition at
 * `at`, then the holder after a comma. Adds the faction to `parts`; the holder's name.
 */
function holderAfterFaction(context: Context, view: BlockView, parts: Segment[], at: number): Segment | undefined {
  const { lexicon } = context;
  const preposition = view.lowers[at] ?? "";
  if (!view.tokens[at + 1]?.cap) return undefined;
  if (!lexicon.placePrepositions.has(preposition) && !lexicon.affiliationPrepositions.has(preposition))
    return undefined;
  const end = runEnd(context, view, at + 1);
  const named = nameAfterComma(context, view, end);
  if (named) parts.push(...segments(context, view, at + 1, end));
  return named;
}

/** Every word of `segment` is a derived common word: "Pengembangan", "Keuangan dan Pemasaran". */
function derivedOnly(lexicon: Lexicon, view: BlockView, segment: Segment): boolean {
  for (let k = segment.start; k < segment.end; k++)
    if (!derived(lexicon, view.lowers[k] ?? "") && !lexicon.connectors.has(view.lowers[k] ?? "")) return false;
  return true;
}

/** Words of the second field of a joint portfolio, at most. */
const MAX_FIELD_WORDS = 3;

/**
 * "Menteri Komunikasi dan Digital Meutya Hafid", "Menteri Hukum dan HAM Yasonna Laoly": after a
 * portfolio title at `from`, two fields joined by a connector from `start`, then the holder (the
 * second field is its first word, with the derived words and acronyms after it). The holder's name, or
 * the minister's country when one follows instead.
 */
function jointPortfolio(context: Context, view: BlockView, from: number, start: number): Segment | undefined {
  const { lexicon } = context;
  const { tokens, lowers } = view;
  if (lexicon.portfolioTitles.size === 0) return undefined;
  // The first field: one word, or two after a derived one ("Pendidikan Dasar dan Menengah"), so
  // that no name ends it ("Menteri Agama Nasaruddin dan …").
  let connector = lexicon.connectors.has(lowers[start + 1] ?? "") ? start + 1 : start + 2;
  // "Politik, Hukum, dan Keamanan": more one-word fields, set off by commas.
  if (tokens[start + 1]?.text === ",") {
    connector = start + 1;
    while (tokens[connector]?.text === "," && tokens[connector + 1]?.cap && tokens[connector + 2]?.text === ",")
      connector += 2;
    if (tokens[connector]?.text === ",") connector++;
  } else if (connector === start + 2 && !(tokens[start + 1]?.cap && derived(lexicon, lowers[start] ?? "")))
    return undefined;
  if (!lexicon.connectors.has(lowers[connector] ?? "") || !tokens[connector + 1]?.cap) return undefined;
  if (!lexicon.portfolioTitles.has(lowers.slice(from, start).join(" "))) return undefined;
  if (lexicon.titles.match(tokens, connector + 1) > 0) return undefined;
  let nameStart = connector + 2;
  while (
    nameStart < connector + 1 + MAX_FIELD_WORDS &&
    (tokens[nameStart]?.acronym || derived(lexicon, lowers[nameStart] ?? ""))
  )
    nameStart++;
  if (!tokens[nameStart]?.cap) return undefined;
  // "Menteri Haji dan Umrah Arab Saudi": the minister's country, and no holder named.
  const country = lexicon.knownPlaces.match(tokens, nameStart);
  if (country > 0) return { kind: "place", start: nameStart, end: nameStart + country };
  const nameEnd = runEnd(context, view, nameStart);
  if (nameEnd - nameStart > MAX_NAME || !personal(context, view, nameStart, nameEnd)) return undefined;
  return { kind: "name", start: nameStart, end: nameEnd };
}

/**
 * A person's name right after the comma at `comma` ("Bupati Bandung, Dadang Supriatna"): two words
 * or more, or one after an honorific ("…, Mr. Schultz,"), which stays out of the name.
 */
function nameAfterComma(context: Context, view: BlockView, comma: number): Segment | undefined {
  const { tokens } = view;
  const honored = flagged(view, comma + 1, WordFlag.Honorific);
  const start = honored ? comma + 2 : comma + 1;
  // ("general in California, New York and Illinois": a known place after the comma goes on a list.)
  if (
    tokens[comma]?.text !== "," ||
    !tokens[start]?.cap ||
    context.lexicon.titles.match(tokens, start) > 0 ||
    context.lexicon.knownPlaces.match(tokens, start) > 0 ||
    context.lexicon.placeCues.match(tokens, start) > 0
  )
    return undefined;
  const end = runEnd(context, view, start);
  const words = end - start;
  // ("Anggota DPR, Sukamta, menilai": one word set off before a reporting verb names one too.)
  const reporting = view.tokens[end]?.text === "," && flagged(view, end + 1, WordFlag.Verb);
  const named =
    words >= (honored || reporting ? 1 : 2) && words <= MAX_NAME && personal(context, view, start, end, honored);
  return named ? { kind: "name", start, end } : undefined;
}

/**
 * "Fraksi Partai Demokrat Budi Santoso": an organization of a cue and a name (or a
 * place of a cue and two words more) ran over the last `words` words, which read as
 * a person's name; split them off.
 */
function splitTrailingName(context: Context, view: BlockView, parts: Segment[], words: number): Segment {
  const last = lastOf(parts) as Segment;
  // "Kepala Damkar Kota Kendari Junaidin Umar": a place cue's run, too, over two words of a name.
  const cuedPlace =
    last.kind === "place" && words === 2 && context.lexicon.placeCues.match(view.tokens, last.start, last.end) > 0;
  if ((last.kind !== "org" && !cuedPlace) || last.end - last.start < 2 + words) return last;
  if (!splitsOffName(context, view, last.end - words, last.end)) return last;
  // "Kepala Badan Pusat Statistik Amalia | Adininggar Widyasanti": after a word that ends
  // organizations' names, a third word of the name.
  const third =
    words === 2 &&
    last.end - last.start >= 5 &&
    context.lexicon.orgFinalWords.has(lowerAt(view, last.end - 4)) &&
    !context.lexicon.orgFinalWords.has(lowerAt(view, last.end - 3)) &&
    splitsOffName(context, view, last.end - 3, last.end);
  const name: Segment = { kind: "name", start: last.end - words - (third ? 1 : 0), end: last.end };
  last.end = name.start;
  parts.push(name);
  return name;
}

/** "(Persero)", "(Tbk)": a company's form in brackets at token `open`, after its name. */
function bracketedForm(context: Context, view: BlockView, open: number): boolean {
  return (
    view.tokens[open]?.text === "(" &&
    view.tokens[open + 2]?.text === ")" &&
    context.lexicon.orgCues.match(view.tokens, open + 1) === 1
  );
}

/**
 * "Kepala Dinas Kesehatan Jawa Tengah Yunita | Dyah Suminar", "… Kota Bekasi Uu | Saefudin": a unit's
 * name ends with its region; one or two words between the region and the holder's name split off
 * after it open that name.
 */
function nameAfterRegion(context: Context, view: BlockView, parts: Segment[]): void {
  const name = lastOf(parts);
  const unit = lastOf(parts, 2);
  if (name?.kind !== "name" || unit?.kind !== "org" || unit.end !== name.start) return;
  const { lexicon } = context;
  const { tokens } = view;
  for (let k = unit.end - 1; k >= unit.end - 2 && k > unit.start + 1; k--) {
    if (name.end - k > MAX_NAME || !personal(context, view, k, name.end)) return;
    // "… Indonesia Lampung | Senoharto", "… Aceh Tenggara | Saiful Bahri": the region's own words stay.
    if (lexicon.placeSuffixes.has(view.lowers[k] ?? "") || lexicon.knownPlaces.match(tokens, k) > 0) return;
    // A known place of two words or more ("Jawa Tengah") or a place cue and its word ("Kota Bekasi") ending at k.
    for (let j = k - 2; j >= k - 3 && j > unit.start; j--) {
      const cue = lexicon.placeCues.match(tokens, j, k);
      if (lexicon.knownPlaces.match(tokens, j, k) === k - j || (cue > 0 && j + cue + 1 === k)) {
        unit.end = k;
        name.start = k;
        return;
      }
    }
  }
}

/** Tokens [from, to) are a title held only by a person, one all-caps word after it: "Presiden SBY". */
function initials(context: Context, view: BlockView, from: number, to: number): boolean {
  const { lexicon } = context;
  const token = view.tokens[to] as Token;
  if (lexicon.initialsTitles.match(view.tokens, from, to) !== to - from) return false;
  if (
    lexicon.knownPlaces.match(view.tokens, to) > 0 ||
    context.registry.named(token.text, token.lower)?.type === "place"
  )
    return false;
  return token.acronym && token.text.length <= 4 && !isRoman(token.text) && !lexicon.commonAcronyms.has(token.lower);
}

/** The end of initials followed by an age in brackets at token `i` ("AS (34)"), marked as a person; else undefined. */
function agedInitials(context: Context, view: BlockView, i: number): number | undefined {
  const { tokens } = view;
  const token = tokens[i] as Token;
  if (!context.lexicon.agesInBrackets || !token.acronym || token.text.length > 4) return undefined;
  const age = tokens[i + 2];
  if (tokens[i + 1]?.text !== "(" || age?.kind !== TokenKind.Number || age.text.length > 2) return undefined;
  if (tokens[i + 3]?.text !== ")") return undefined;
  addMention(context.document, view, i, i + 1, personByInitials(context, token.text));
  return i + 1;
}

/** Token `k` and a known place are joined by a conjunction: "Israel dan [Hamas]", "[Hamas] and Israel". */
function pairedWithCountry(context: Context, view: BlockView, k: number): boolean {
  const { lexicon } = context;
  const before = mentionAt(view, k - 2);
  if (
    flagged(view, k - 1, WordFlag.Coordinator) &&
    before?.end === k - 1 &&
    lexicon.knownPlaces.match(view.tokens, before.start, k - 1) === k - 1 - before.start
  )
    return true;
  return flagged(view, k + 1, WordFlag.Coordinator) && lexicon.knownPlaces.match(view.tokens, k + 2) > 0;
}

/**
 * "Kantor Perdana Menteri Israel", "Kantor Staf Presiden": the office of a title's holder (one
 * word of its own may come before the title), with the holder's place, as one organization (or
 * its building, after a place preposition).
 */
function titleOffice(context: Context, view: BlockView, i: number): number | undefined {
  const { lexicon } = context;
  const { tokens } = view;
  if (!tokens[i]?.cap || !lexicon.titleOffices.has(view.lowers[i] ?? "")) return undefined;
  let title = i + 1;
  if (lexicon.titles.match(tokens, title) === 0 && tokens[title]?.cap) title++;
  const length = lexicon.titles.match(tokens, title);
  if (length === 0) return undefined;
  const end = title + length + lexicon.knownPlaces.match(tokens, title + length);
  // "di Kantor Presiden": after a place preposition, the building.
  const type = lexicon.placePrepositions.has(lowerAt(view, i - 1)) ? "place" : "organization";
  const entity = context.registry.resolve(textOf(context, view, i, end), type, 0);
  addMention(context.document, view, i, end, entity);
  return end;
}

/** The person initials stand for; a bare use seen earlier, typed an organization, is retyped. */
function personByInitials(context: Context, text: string): EntityRecord {
  const { registry } = context;
  const known = registry.named(text);
  if (known && known.type !== "person" && known.name === text && known.aliases.size === 0)
    registry.retype(known, "person");
  return registry.resolve(text, "person", 0);
}

/** Tokens [from, to) could be a person's name: no cue word, title word or known place among them. */
function splitsOffName(context: Context, view: BlockView, from: number, to: number): boolean {
  const { lexicon, registry } = context;
  // "Kejaksaan Tinggi Sulawesi Selatan": the words end a known place that starts before them;
  // "Badan Pengatur Minyak dan Gas Bumi": they follow a connector.
  if (lexicon.connectors.has(lowerAt(view, from - 1)) || lexicon.connectors.has(lowerAt(view, from - 2))) return false;
  // "Universitas Halu Oleo (UHO)": the organization's acronym follows its whole name.
  if (bracketedAcronym(view, to)) return false;
  if (lexicon.knownPlaces.match(view.tokens, from - 1, to) >= 2 || !personal(context, view, from, to)) return false;
  for (let k = from; k < to; k++) {
    const token = view.tokens[k] as Token;
    if (token.acronym || (token.flags & WordFlag.TitleWord) !== 0 || lexicon.orgCues.match(view.tokens, k, to) > 0)
      return false;
    if (lexicon.knownPlaces.match(view.tokens, k, to) > 0 || lexicon.placeCues.match(view.tokens, k, to) > 0)
      return false;
    const known = registry.named(token.text, token.lower);
    if (known && known.type !== "person") return false;
  }
  return true;
}

/** "Layanan berita nasional Korea Selatan Antara": a description, then an organization's name. */
function described(context: Context, view: BlockView, i: number): number | undefined {
  const { lexicon } = context;
  const { tokens } = view;
  const length = lexicon.orgDescriptors.match(tokens, i);
  if (length === 0) return undefined;
  context.runBlock = -1;
  let k = i + length;
  while (
    k < tokens.length &&
    k - i < length + 3 &&
    isWord(tokens[k]) &&
    !tokens[k]?.cap &&
    !flagged(view, k, WordFlag.Common) &&
    !context.lexicon.verbs.has(view.lowers[k] ?? "")
  ) {
    // "company spokesman Paul Omdahl": a title after the descriptor makes it a person's.
    if (lexicon.titles.match(tokens, k) > 0) return undefined;
    k++;
  }
  // ("the company announced Monday": a verb ends the description, a weekday names nothing.)
  if (!tokens[k]?.cap || flagged(view, k, WordFlag.Calendar)) return undefined;
  const end = runEnd(context, view, k);
  const parts = segments(context, view, k, end);
  const last = lastOf(parts);
  if (last?.kind !== "name") return undefined;
  let affiliation: EntityRecord | undefined;
  for (const segment of parts) {
    if (segment === last) break;
    affiliation = mentionSegment(context, view, segment, "organization") ?? affiliation;
  }
  const name = textOf(context, view, last.start, last.end);
  const org = context.registry.resolve(name, "organization", 0);
  org.role ??= textOf(context, view, i, last.start);
  if (affiliation) org.affiliation ??= affiliation;
  addMention(context.document, view, last.start, last.end, org);
  return end;
}

/**
 * "TEMPO.CO", "Liputan6.Com": a word joined to the one before by a point ends a web address, no
 * name (not an initial: "D.C.", "N.Y.").
 */
function webAddressEnd(view: BlockView, i: number): boolean {
  const { tokens } = view;
  const token = tokens[i] as Token;
  const point = tokens[i - 1];
  return (
    point?.text === "." &&
    point.end === token.start &&
    tokens[i - 2]?.end === point.start &&
    token.text.length > 1 &&
    !token.text.endsWith(".") &&
    tokens[i + 1]?.text !== "."
  );
}

/** A capitalised run with no title before it. */
function capitalised(context: Context, view: BlockView, i: number): number | undefined {
  const { lexicon, registry } = context;
  const { tokens } = view;
  if (i > 0 && tokens[i - 1]?.text === "." && webAddressEnd(view, i)) return i + 1;
  const first = tokens[i] as Token;
  if (first.acronym && commonAbbreviation(context, view, i)) return i + 1;
  // "Peraturan Menteri Keuangan", "Undang-Undang Cipta Kerja": a law's name names no one.
  if (lexicon.thingStarts.size > 0 && lexicon.thingStarts.has(first.lower)) return runEnd(context, view, i);
  // "Republican-led states", "Saudi-backed forces": a name joined to a participle describes something.
  const hyphen = first.lower.lastIndexOf("-");
  if (hyphen > 0 && lexicon.compoundEndings.has(first.lower.slice(hyphen + 1))) return i + 1;
  // "kelas III Badan Penyelenggara …": a numeral after a lower-case word numbers that word (not "I",
  // not a company form: "CV").
  if (
    first.acronym &&
    first.text.length > 1 &&
    isRoman(first.text) &&
    isWord(tokens[i - 1]) &&
    !tokens[i - 1]?.cap &&
    lexicon.orgCues.match(tokens, i) === 0
  )
    return i + 1;
  // Known places may hold a comma: "Washington, D.C.".
  const place = lexicon.knownPlaces.match(tokens, i);
  // ("New York Times": where cues close names, a capitalised word after the place reads on.)
  if (place > 1 && (lexicon.orgCuesLead || !tokens[i + place]?.cap)) {
    const entity = registry.resolve(textOf(context, view, i, i + place), "place", 0);
    addMention(context.document, view, i, i + place, entity);
    return i + place;
  }
  // "in May", "May 5": a month's name that is also a surname ("Theresa May") is a date there.
  if (lexicon.months.has(view.lowers[i] ?? "") && (flagged(view, i - 1, WordFlag.Common) || numberAfter(view, i + 1)))
    return i + 1;
  // "US$ 1,8 miliar": the letters of a currency sign.
  const next = tokens[i + 1];
  if (
    next?.kind === TokenKind.Punct &&
    lexicon.symbolsAfterLetters.has(next.text) &&
    next.start === tokens[i]?.end &&
    lexicon.lettersBeforeSymbol.has(`${view.lowers[i]}${next.text}`)
  )
    return i + 2;
  // ("African-Americans, he said, …": before a sentence's first word is dropped as an opener.)
  if (view.initial[i] && !tokens[i + 1]?.cap && peoplesPlural(context, view, i)) return i + 1;
  let start = i;
  // A sentence's first word is capitalised anyway: drop it when it is a common word.
  while (start < tokens.length && isCommonStart(context, view, start)) start++;
  // "Sidang Paripurna", "Gaya Jokowi": after a noun, capitalised words are a name only with other evidence.
  const afterNoun = start !== i && !flagged(view, start - 1, WordFlag.Common);
  const cued = lexicon.titles.match(tokens, start) > 0 || flagged(view, start, WordFlag.Honorific);
  if (start !== i && (!afterNoun || !tokens[start]?.cap || cued)) return start;
  const described = describedPerson(context, view, start);
  if (described !== undefined) return described;
  const measured = context.runBlock === view.index && context.runStart === start;
  const end = measured ? context.runEnd : runEnd(context, view, start);
  if (end <= start) return start !== i ? start : undefined;
  if (end - start === 1 && peoplesPlural(context, view, start)) return end;
  if (end - start >= 2 && expansion(context, view, start, end)) return end;
  const parts = segments(context, view, start, end);
  // Only after a title or a bare cue nesting an organization ("Fraksi | Partai Demokrat …",
  // "Wakil Sekretaris Jenderal | Partai …"): company names run long.
  const outer = lastOf(parts, 2);
  const nests =
    outer?.kind === "title" ||
    (outer?.kind === "org" && lexicon.orgCues.match(view.tokens, outer.start, outer.end) === outer.end - outer.start);
  if (lexicon.orgCuesLead && nests) splitTrailingName(context, view, parts, 2);
  for (const segment of parts) mentionSegment(context, view, segment, undefined, afterNoun);
  return end;
}

/**
 * The acronym at token `k` abbreviates a common noun: "demam berdarah dengue (DBD)", "gross
 * domestic product (GDP)" spell it out in lower-case words before it, and so does the article
 * wherever it was seen so before ("kasus DBD"). It names no organization.
 */
function commonAbbreviation(context: Context, view: BlockView, k: number): boolean {
  const { tokens } = view;
  const token = tokens[k] as Token;
  if (context.commonAbbreviations.has(token.lower)) return true;
  const letters = token.text.replaceAll(".", "");
  const open = k - 1;
  const first = open - letters.length;
  if (first < 0 || tokens[open]?.text !== "(" || tokens[k + 1]?.text !== ")") return false;
  for (let at = first; at < open; at++) {
    const word = tokens[at];
    // (The first may open the sentence: "Gross domestic product (GDP) rose".)
    if (!isWord(word) || (word.cap && !view.initial[at])) return false;
  }
  if (!spells(view.lowers.slice(first, open).join(" "), letters)) return false;
  context.commonAbbreviations.add(token.lower);
  return true;
}

/**
 * The one capitalised word at `k` is a people's plural, a group, no one's name ("rural Americans",
 * "Thousands of Ukrainians"; a source noun such as "Republicans" is read as one).
 */
function peoplesPlural(context: Context, view: BlockView, k: number): boolean {
  const { lexicon, registry } = context;
  const token = view.tokens[k] as Token;
  if ((token.flags & WordFlag.GroupNoun) !== 0 || !peoplesEnding(lexicon, token.lower)) return false;
  const people = registry.named(token.text, token.lower) ?? registry.create(token.text, "group", 0);
  addMention(context.document, view, k, k + 1, people);
  return true;
}

/**
 * Where titles follow their descriptions, a party or rank word before a title or a full name
 * describes the person: "Republican Secretary of State Jon Husted" (the title is read next),
 * "Democrat Hillary Clinton". Returns where to go on, or undefined.
 */
function describedPerson(context: Context, view: BlockView, start: number): number | undefined {
  const { lexicon } = context;
  if (lexicon.orgCuesLead || !flagged(view, start, WordFlag.TitleWord) || !view.tokens[start + 1]?.cap)
    return undefined;
  if (lexicon.titles.match(view.tokens, start + 1) > 0) return start + 1;
  const end = runEnd(context, view, start + 1);
  if (end - start < 3 || end - start > MAX_NAME + 1 || hasOrgCue(context, view, start + 1, end)) return undefined;
  if (!personal(context, view, start + 1, end)) return undefined;
  mentionSegment(context, view, { kind: "name", start: start + 1, end }, "person");
  return end;
}

/** Token k opens a personal name and a name word follows it: "I Made …", "Ni Luh …". */
function leadsName(context: Context, view: BlockView, k: number, end: number): boolean {
  if (!context.lexicon.orgCuesLead || !context.lexicon.nameLeads.has(view.lowers[k] ?? "")) return false;
  return k + 1 < end && nameWord(context, view, k + 1);
}

/**
 * Token k is a two-letter initials part of a name: after a name word ("Mahfud MD"),
 * or before one where no title or word precedes ("…, TB Hasanuddin").
 */
function nameInitials(context: Context, view: BlockView, k: number, end: number): boolean {
  const { lexicon, registry } = context;
  const token = view.tokens[k] as Token;
  // "Abdullah II" is a regnal number; "Mahfud MD" spells no plausible one.
  if (!lexicon.orgCuesLead || !token.acronym || token.text.length !== 2 || /^[IVX]+$/.test(token.text)) return false;
  if (lexicon.commonAcronyms.has(token.lower) || registry.acronym(token.text)) return false;
  if (mentionAt(view, k - 1)?.entity.type === "person" || nameWord(context, view, k - 1)) return true;
  return !isWord(tokenAt(view, k - 1)) && k + 1 < end && nameWord(context, view, k + 1);
}

/** Token k could be a word of a person's name: capitalised, no acronym, cue, title or place. */
function nameWord(context: Context, view: BlockView, k: number): boolean {
  const { lexicon } = context;
  const token = view.tokens[k];
  if (!isWord(token) || !token.cap || token.acronym || view.initial[k]) return false;
  if (lexicon.titles.match(view.tokens, k) > 0 || lexicon.orgCues.match(view.tokens, k) > 0) return false;
  if (lexicon.knownPlaces.match(view.tokens, k) > 0 || lexicon.placeCues.match(view.tokens, k) > 0) return false;
  return personal(context, view, k, k + 1);
}

/** "(KPK)" right after token `end - 1`. */
const bracketedAcronym = (view: BlockView, end: number): boolean =>
  view.tokens[end]?.text === "(" && view.tokens[end + 1]?.acronym === true && view.tokens[end + 2]?.text === ")";

/**
 * "Badan Pangan Nasional (Bapanas)": a bracketed capitalised word after token `end - 1`
 * that shortens the name `lowerName` by its syllables, as Indonesian abbreviations
 * (Bulog, Kemenlu) do: it opens within the name's first word (a syllable of it: "Kepolisian
 * Daerah (Polda)"), takes its letters in order and draws on two words at least.
 */
function bracketedAbbreviation(view: BlockView, end: number, lowerName: string): boolean {
  const short = view.tokens[end + 1];
  if (view.tokens[end]?.text !== "(" || view.tokens[end + 2]?.text !== ")") return false;
  if (!isWord(short) || !short.cap || short.acronym) return false;
  const firstWordEnd = lowerName.indexOf(" ");
  const opening = lowerName.indexOf(short.lower[0] ?? "");
  if (opening < 0 || (firstWordEnd >= 0 && opening > firstWordEnd)) return false;
  // (Inside the first word, four letters at least: "(Pol)" after a rank is no abbreviation.)
  if (opening > 0 && short.lower.length < 4) return false;
  let at = opening;
  let words = 0;
  let lastWord = -1;
  for (const letter of short.lower) {
    at = lowerName.indexOf(letter, at);
    if (at < 0) return false;
    const word = countSpaces(lowerName, at);
    if (word !== lastWord) words++;
    lastWord = word;
    at++;
  }
  return words >= 2;
}

/**
 * The capitalised word in brackets at token `k` shortens the two to four lower-case words before
 * the bracket by their syllables ("biaya perjalanan ibadah haji (Bipih)"): a common noun's, noted
 * for the article's later uses.
 */
function syllabicAbbreviation(context: Context, view: BlockView, k: number): boolean {
  const open = k - 1;
  if (tokenAt(view, open)?.text !== "(" || view.tokens[k + 1]?.text !== ")") return false;
  for (let words = 2; words <= MAX_ABBREVIATED_WORDS; words++) {
    const first = open - words;
    const word = view.tokens[first];
    if (!isWord(word) || word.cap) return false;
    if (bracketedAbbreviation(view, open, view.lowers.slice(first, open).join(" "))) {
      context.commonAbbreviations.add(view.lowers[k] ?? "");
      return true;
    }
  }
  return false;
}

/** How many spaces precede `at` in `text`: the index of the word there. */
function countSpaces(text: string, at: number): number {
  let spaces = 0;
  for (let k = text.indexOf(" "); k >= 0 && k < at; k = text.indexOf(" ", k + 1)) spaces++;
  return spaces;
}

/**
 * Where cues lead names, token `to` of an organization from `from` opens another:
 * a cue right after a bare cue (Fraksi | Partai), or an acronym after a name.
 */
function startsOrganization(context: Context, view: BlockView, from: number, to: number): boolean {
  const { lexicon } = context;
  if (!lexicon.orgCuesLead) return false;
  // "Partai Persatuan Pembangunan", "Partai Gerakan …": a derived cue word or a name-word cue
  // after a bare cue is part of the name.
  if (lexicon.orgCues.match(view.tokens, to) > 0) {
    const word = view.lowers[to] ?? "";
    return (
      lexicon.orgCues.match(view.tokens, from, to) === to - from &&
      !derived(lexicon, word) &&
      !lexicon.orgNameCues.has(word)
    );
  }
  const token = view.tokens[to] as Token;
  // ("Pemerintah Provinsi DKI Jakarta": an acronym opening a known place's name goes on with it.)
  return (
    to - from >= 2 &&
    token.acronym &&
    !lexicon.commonAcronyms.has(token.lower) &&
    lexicon.knownPlaces.match(view.tokens, to) === 0
  );
}

/**
 * "Kementerian ESDM Bambang Setyo Adi Nugroho": after the acronym that closes an organization's name
 * (its cue at `from`), the rest of the run [to, end), two words or more of a personal name, is its holder
 * (where cues lead names: the caller asks only then).
 */
function holderAfterOwnAcronym(context: Context, view: BlockView, from: number, to: number, end: number): boolean {
  const { lexicon } = context;
  if (to - 1 <= from || !tokenAt(view, to - 1)?.acronym || end - to < 2) return false;
  // ("Dinas Perhubungan DKI Jakarta Syafrin Liputo", "Kantor SAR Bandung Deden …": a place goes on with the name.)
  if (lexicon.knownPlaces.match(view.tokens, to - 1) > 0 || lexicon.knownPlaces.match(view.tokens, to) > 0)
    return false;
  return personal(context, view, to, end);
}

function hasOrgCue(context: Context, view: BlockView, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (context.lexicon.orgCues.match(view.tokens, k, end) > 0) return true;
  return false;
}

/** Tokens an acronym and its expansion may stand apart. */
const ACRONYM_WINDOW = 30;

/**
 * A run spelling out an acronym: "Komisi Pemberantasan Korupsi (KPK)", or
 * "DPRK … akronim dari … Republik Demokratik Rakyat Korea". One entity, both names.
 */
function expansion(context: Context, view: BlockView, start: number, end: number): boolean {
  const { tokens } = view;
  const name = textOf(context, view, start, end);
  let acronym: EntityRecord | undefined;
  if (bracketedAcronym(view, end)) {
    const short = tokens[end + 1] as Token;
    const person = context.registry.named(name);
    if (person?.type === "person" && spells(name, short.text)) {
      // "Susilo Bambang Yudhoyono (SBY)", the name known as a person's: their initials.
      context.registry.alias(person, short.text);
      addMention(context.document, view, start, end, person);
      addMention(context.document, view, end + 1, end + 2, person);
      return true;
    }
    // "Stadion Gelora Bandung Lautan Api (GBLA)": a place's cue makes it a place's.
    const place = context.lexicon.placeCues.match(tokens, start, end) > 0;
    acronym =
      context.registry.acronym(short.text) ?? context.registry.resolve(short.text, place ? "place" : "organization", 0);
    const confirmed = acronym.tentative !== true && acronym.first !== Number.POSITIVE_INFINITY;
    if (!confirmed && !place && !hasOrgCue(context, view, start, end)) acronym.tentative = true;
    else acronym.tentative = undefined;
    context.registry.alias(acronym, name);
    // One mention for the name with its acronym, as news NER tags it.
    addMention(context.document, view, start, end + 3, acronym);
    return true;
  } else {
    let cue = -1;
    for (let k = start - 1; k >= 0 && k >= start - 12 && view.unit[k] === view.unit[start]; k--) {
      if (flagged(view, k, WordFlag.AcronymCue)) {
        cue = k;
        break;
      }
    }
    if (cue < 0) return false;
    for (let k = cue - 1; k >= 0 && k >= cue - ACRONYM_WINDOW; k--) {
      const mention = view.mentions[k];
      if (mention && mention.end - mention.start === 1 && tokens[mention.start]?.acronym) {
        acronym = mention.entity;
        break;
      }
    }
  }
  if (!acronym) return false;
  acronym.tentative = undefined;
  context.registry.alias(acronym, name);
  addMention(context.document, view, start, end, acronym);
  return true;
}

function isCommonStart(context: Context, view: BlockView, k: number): boolean {
  const token = view.tokens[k] as Token;
  if (token.kind !== TokenKind.Word || !token.cap || token.acronym) return false;
  if (context.registry.named(token.text, token.lower) || context.registry.personWord(token.text, token.lower))
    return false;
  if (context.lexicon.knownPlaces.match(view.tokens, k) > 0) return false;
  // "Pasar Kramat Jati": where cues lead, a place cue before a capitalised word opens a place,
  // common noun as it is ("City Attorney Brad Holm": English cues close names).
  const { lexicon } = context;
  if (lexicon.orgCuesLead && view.tokens[k + 1]?.cap && lexicon.placeCues.match(view.tokens, k) > 0) return false;
  // "Twenty-seven states": a number in words.
  if (token.lower.includes("-") && token.lower.split("-").every((part) => lexicon.numberWords.has(part))) return true;
  // "Forecasters warned": a source noun opening a sentence is no name.
  // "Virus Ebola": a thing noun opening a sentence; "Wartawan …": a common noun (WordFlag.CommonStart has them all).
  if (token.flags & WordFlag.CommonStart) return true;
  // "Kondisi ini dikhawatirkan": a word before a demonstrative heads a common noun phrase.
  if (view.initial[k] === true && context.lexicon.demonstratives.has(view.lowers[k + 1] ?? "")) return true;
  // "Customers have signed": a plural noun, no one's name.
  if (view.initial[k] === true && lexicon.pluralVerbs.has(view.lowers[k + 1] ?? "")) return true;
  // "Pernyataan Jokowi …": a derived common word opening a sentence.
  if (view.initial[k] === true && derived(context.lexicon, token.lower) && !cueAt(context, view, k)) return true;
  // "Partai Demokrat menolak": a cue opening a sentence before a name opens that name.
  if (lexicon.orgCues.match(view.tokens, k) > 0 && view.tokens[k + 1]?.cap) return false;
  if (context.headlines.has(view.index) && headlineWord(context, view, k)) return true;
  if (view.initial[k] !== true) return false;
  return context.lowercase.has(token.lower) || opener(context, view, k) || loneStart(context, view, k);
}

/**
 * "Fuel costs, however, jumped", "Stronger coordination could …": where people are named in full
 * first (no `mononyms`), a sentence's first word alone before a lower-case word, which the article
 * never capitalises mid-sentence, is a common word, unless a verb follows it: a reporting one, an
 * auxiliary or modal, or one in the past tense ("Congress passed", "Google has"; "Okafor was
 * elected" follows "Maria Okafor", known by then).
 */
function loneStart(context: Context, view: BlockView, k: number): boolean {
  const { lexicon } = context;
  const next = view.tokens[k + 1];
  if (lexicon.mononyms || !isWord(next) || next.cap || context.midCapitals.has(view.tokens[k]?.lower ?? ""))
    return false;
  const past = lexicon.pastEnding !== undefined && next.lower.endsWith(lexicon.pastEnding);
  return (
    !past &&
    !lexicon.passiveAuxiliaries.has(next.lower) &&
    !lexicon.modals.has(next.lower) &&
    !speaks(context, view, k + 1)
  );
}

/**
 * In a title-case line every word is capitalised: a reporting verb ("Jo Reed Says Fares …") is
 * no name's. (Not every word written in lower case elsewhere: "Former White House Doctor Says".)
 */
function headlineWord(context: Context, view: BlockView, k: number): boolean {
  return context.lexicon.verbs.has(view.lowers[k] ?? "");
}

/**
 * Token k, a sentence's first word the article never capitalises mid-sentence, opens the
 * sentence: set off by a comma with no predicate after it ("Meanwhile, the mayor said",
 * "Chastened, Lund now says"), or an adverb or participle before a lower-case word that
 * reports nothing ("Promptly the governor …", "Following the vote, …").
 */
function opener(context: Context, view: BlockView, k: number): boolean {
  const { lexicon } = context;
  const token = view.tokens[k] as Token;
  if (context.midCapitals.has(token.lower)) return false;
  const next = view.tokens[k + 1];
  if (next?.text === ",") return !predicate(context, view, k + 1);
  const suffixed = lexicon.openerSuffixes.some(
    (suffix) => token.lower.length >= suffix.length + 3 && token.lower.endsWith(suffix),
  );
  return suffixed && isWord(next) && !next.cap && !speaks(context, view, k + 1);
}

/** A title, organization or place cue starts at token k ("Kementerian", "Kepolisian" are derived words too). */
function cueAt(context: Context, view: BlockView, k: number): boolean {
  const { lexicon } = context;
  return (
    lexicon.orgCues.match(view.tokens, k) > 0 ||
    lexicon.placeCues.match(view.tokens, k) > 0 ||
    lexicon.titles.match(view.tokens, k) > 0
  );
}

/**
 * "Korps Lalu Lintas", "Dinas Lalu Lintas": after an organization's cue, a capitalised common word
 * before another capitalised word that is not one is a word of the name.
 */
function commonWordInName(hasOrgCue: boolean, view: BlockView, k: number): boolean {
  const next = view.tokens[k + 1];
  return hasOrgCue && next?.kind === TokenKind.Word && next.cap && (next.flags & WordFlag.Common) === 0;
}

/**
 * End (exclusive) of the run of capitalised words, name particles and connectors from `start`;
 * `office`: the run names a title's office, whose words a connector may join like an organization's
 * ("Direktur Niaga dan Manajemen Pelanggan PLN …").
 */
function runEnd(context: Context, view: BlockView, start: number, office = false): number {
  const { lexicon } = context;
  const { tokens, lowers } = view;
  let k = start;
  let hasOrgCue = false;
  /**
   * A connector followed the cue ("Department of Health"), not before a known place ("ACLU of
   * Ohio and Demos" are two): a conjunction may go on with the name.
   */
  let connected = false;
  /** End of the first cue's words: the organization's own name follows. */
  let cueEnd = -1;
  const headline = context.headlines.has(view.index);
  while (k < tokens.length) {
    const token = tokens[k] as Token;
    if (token.kind === TokenKind.Word && token.cap && !(k > start && view.initial[k])) {
      if (
        k > start &&
        token.flags & WordFlag.Common &&
        !token.acronym &&
        !calendarSurname(context, view, k) &&
        !commonWordInName(hasOrgCue, view, k)
      )
        break;
      if (k > start && headline && headlineWord(context, view, k)) break;
      const cue = lexicon.orgCues.match(tokens, k);
      if (cue > 0 && !hasOrgCue) cueEnd = k + cue;
      if (cue > 0) hasOrgCue = true;
      k++;
      continue;
    }
    if (k > start && particleWord(context, token)) {
      k++;
      continue;
    }
    if (
      k > start &&
      token.flags & WordFlag.Particle &&
      tokens[k + 1]?.text === "-" &&
      tokens[k + 2]?.cap === true &&
      tokens[k + 2]?.start === (tokens[k + 1] as Token).end + 1
    ) {
      k += 2;
      continue;
    }
    // "Ruud van der Meer": two particles before the surname.
    if (
      k > start &&
      flagged(view, k, WordFlag.Particle) &&
      flagged(view, k + 1, WordFlag.Particle) &&
      tokens[k + 2]?.cap
    ) {
      k += 2;
      continue;
    }
    // A comma joins no words of a name, only a listed name's items: "Badan Meteorologi, Klimatologi,
    // dan Geofisika (BMKG)", "Ministry of Economy, Trade and Industry" go on to their last item.
    if (token.text === ",") {
      // (An office's unit may list its fields too: "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB".)
      const last = (hasOrgCue || office) && k > start ? listedItem(context, view, k, connected) : undefined;
      if (last === undefined) break;
      k = last;
      continue;
    }
    const next = tokens[k + 1];
    // "Kementerian Hukum dan HAM", but not "Partai X Budi Santoso dan Presiden Y".
    // ("Security Council on Friday": a connector before a weekday joins nothing.)
    const joinsOrganization =
      (hasOrgCue || (office && lexicon.connectors.has(token.lower) && officeGoesOn(context, view, k + 1))) &&
      (lexicon.connectors.has(token.lower) ||
        (connected && lexicon.orgConjunctions.has(token.lower) && !lexicon.connectors.has(lowers[k + 1] ?? ""))) &&
      (lexicon.connectors.has(lowers[k + 1] ?? "") || !flagged(view, k + 1, WordFlag.Common)) &&
      lexicon.titles.match(tokens, k + 1) === 0 &&
      !flagged(view, k + 1, WordFlag.Honorific) &&
      !(k - cueEnd >= 3 && namePair(context, view, k)) &&
      // "Partai Gerindra dan Partai Golkar": a cue after the connector opens another organization.
      !(k > cueEnd && lexicon.orgCues.match(tokens, k + 1) > 0);
    // "Ministry of the Environment": an article may follow the connector.
    const article = joinsOrganization && lexicon.connectors.has(lowers[k + 1] ?? "") && tokens[k + 2]?.cap === true;
    if (k > start && article) {
      k += 2;
      continue;
    }
    const joins =
      k > start &&
      next?.cap === true &&
      ((token.flags & WordFlag.Particle) !== 0 ||
        joinsOrganization ||
        placeOf(lexicon, view, start, k) ||
        token.text === "&" ||
        (!hasOrgCue && conjoinedBeforeCue(context, view, start, k)));
    if (!joins) break;
    if (joinsOrganization && lexicon.knownPlaces.match(tokens, k + 1) === 0) connected = true;
    k++;
  }
  return k;
}

/**
 * "the Justice Department", "the General Assembly": where cues close names, a title of `title`
 * words ending at `after` names the organization whose cue follows it, no one's office.
 */
const namesOrganization = (
  lexicon: Lexicon,
  tokens: readonly Token[],
  after: number,
  title: number,
  end?: number,
): boolean => title > 0 && !lexicon.orgCuesLead && lexicon.orgCues.match(tokens, after, end) > 0;

/** Token `k` joins a one-word place cue opening the run at `start` to a name: "Gulf of Aden". */
const placeOf = (lexicon: Lexicon, view: BlockView, start: number, k: number): boolean =>
  k === start + 1 &&
  flagged(view, start, WordFlag.PlaceCueStart) &&
  lexicon.placeCueConnectors.has(lowerAt(view, k)) &&
  lexicon.placeCues.match(view.tokens, start, k) === 1;

/** Capitalised words looked at after a connector inside an office's name for its organization. */
const MAX_OFFICE_WORDS = 6;

/**
 * After a connector in a title's office ("Direktur Niaga dan …"), the words from `k` go on with it
 * when they lead to its organization, a cue or an acronym ("… Manajemen Pelanggan PLN Sulistyo"),
 * and open with no place or acronym of their own ("Menteri Hukum dan HAM", "untuk Inggris dan Irlandia").
 */
function officeGoesOn(context: Context, view: BlockView, k: number): boolean {
  const { lexicon } = context;
  const { tokens } = view;
  if (tokens[k]?.acronym || lexicon.knownPlaces.match(tokens, k) > 0) return false;
  for (let j = k + 1; j < k + MAX_OFFICE_WORDS && tokens[j]?.cap; j++) {
    const token = tokens[j] as Token;
    if (token.acronym ? !lexicon.commonAcronyms.has(token.lower) : lexicon.orgCues.match(tokens, j) > 0) return true;
  }
  return false;
}

/** Capitalised words after the conjunction before the cue that closes the name, at most. */
const MAX_CONJOINED = 2;

/**
 * "Food and Drug Administration", "U.S. Fish and Wildlife Service": where cues close names, the
 * conjunction at `k`, after one word of the run from `start` (a known place before it aside), goes
 * on to a name that a cue closes a few words on ("Anderson Cooper and Fox News" are two).
 */
function conjoinedBeforeCue(context: Context, view: BlockView, start: number, k: number): boolean {
  const { lexicon } = context;
  if (lexicon.orgCuesLead || !lexicon.orgConjunctions.has(view.lowers[k] ?? "")) return false;
  const first = start + lexicon.knownPlaces.match(view.tokens, start, k);
  const word = view.tokens[first];
  // "the FBI and Justice Department": an acronym or a name met before stands alone.
  if (k - first !== 1 || !word || word.acronym || context.registry.named(word.text, word.lower)) return false;
  for (let j = k + 1; j <= k + 1 + MAX_CONJOINED && view.tokens[j]?.cap; j++)
    if (lexicon.orgCues.match(view.tokens, j) > 0) return true;
  return false;
}

/** Most items after the first in a listed organization's name ("Economy, Trade and Industry"). */
const MAX_LISTED = 4;

/**
 * At the comma `k` inside an organization's name, a list of capitalised words closed by a conjunction
 * and then by the organization's acronym, bracketed or its owner's ("Badan Meteorologi, Klimatologi,
 * dan Geofisika (BMKG)", "Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB"), or, `afterConnector`,
 * by the name's end ("Ministry of Economy, Trade and Industry said"). The first token of the last
 * item, or undefined ("Partai Golkar, Gerindra, dan PKS" are three: the acronym ends no name).
 */
function listedItem(context: Context, view: BlockView, k: number, afterConnector: boolean): number | undefined {
  const { lexicon } = context;
  const { tokens } = view;
  // The list's shape first (most commas after a name open none), then what its items are.
  let at = k + 1;
  for (let items = 0; items < MAX_LISTED; items++) {
    const last = joiningWord(lexicon, view, at);
    if (last) at++;
    const first = at;
    while (at - first < 2 && tokens[at]?.cap && !tokens[at]?.acronym && !flagged(view, at, WordFlag.Common)) at++;
    if (at === first) return undefined;
    if (last) {
      const after = tokens[at];
      const bracketed = after?.text === "(" && tokens[at + 1]?.acronym === true && tokens[at + 2]?.text === ")";
      // (An acronym that opens a name, "PT PLN", closes no list.)
      // (Nor a name's initials: "… dan Keamanan Mahfud MD".)
      const owner =
        after?.acronym === true && lexicon.orgCues.match(tokens, at) === 0 && !nameInitials(context, view, at, at + 1);
      // "Ministry of Economy, Trade and Industry said": after the cue's connector, one-word items
      // whose last ends the name.
      // Where cues lead names, the list itself may end the name: "Badan Meteorologi, Klimatologi, dan Geofisika memprediksi".
      const ended =
        at - first === 1 && (afterConnector ? !after?.cap : lexicon.orgCuesLead && isWord(after) && !after.cap);
      return (owner || bracketed || ended) && !listNamesItself(context, view, k, first) ? first : undefined;
    }
    if (tokens[at]?.text === ",") at++;
    else if (!joiningWord(lexicon, view, at)) return undefined;
  }
  return undefined;
}

/** A connector or conjunction at `at`: "dan", "and". */
const joiningWord = (lexicon: Context["lexicon"], view: BlockView, at: number): boolean =>
  lexicon.connectors.has(view.lowers[at] ?? "") || lexicon.orgConjunctions.has(view.lowers[at] ?? "");

/** Some item of the list after the comma `k`, up to its last item at `last`, names an organization, place or title. */
function listNamesItself(context: Context, view: BlockView, k: number, last: number): boolean {
  const { lexicon } = context;
  const { tokens } = view;
  for (let at = k + 1; at <= last; at++) {
    if (!tokens[at]?.cap || (at > k + 1 && tokens[at - 1]?.cap)) continue;
    if (
      lexicon.orgCues.match(tokens, at) > 0 ||
      lexicon.knownPlaces.match(tokens, at) > 0 ||
      lexicon.titles.match(tokens, at) > 0
    )
      return true;
  }
  return false;
}

/** "Lukman Hakim", "Sandi Sultan": a title that is also a surname, closing a run after a name's word. */
function titleSurname(context: Context, view: BlockView, k: number): boolean {
  if (!context.lexicon.surnameTitles.has(view.lowers[k] ?? "")) return false;
  const before = view.tokens[k - 1] as Token;
  return before.cap && (before.flags & (WordFlag.TitleWord | WordFlag.Common | WordFlag.Honorific)) === 0;
}

/**
 * "Theresa May said": a month's name (not a weekday's) right after a capitalised word that is no common word,
 * and with no number after it, is a surname ("in May 2024", "Friday, May 5" are dates).
 */
function calendarSurname(context: Context, view: BlockView, k: number): boolean {
  if (!context.lexicon.months.has(view.lowers[k] ?? "") || flagged(view, k - 1, WordFlag.Common)) return false;
  return tokenAt(view, k - 1)?.cap === true && !numberAfter(view, k + 1);
}

/**
 * "Partai Golkar Yorrys Raweyai dan Priyo Budi Santoso": two words of a name before
 * the connector at k, two after it: it joins two people, not an organization's words.
 */
function namePair(context: Context, view: BlockView, k: number): boolean {
  for (const at of [k - 2, k - 1, k + 1, k + 2]) if (!nameWord(context, view, at)) return false;
  return true;
}

/**
 * Split a capitalised run into places, organizations, acronyms, titles, known entities and names.
 * `afterTitle`: the run follows a title the caller took off ("Direktur Jenderal | Pajak Kementerian Keuangan …").
 */
function segments(context: Context, view: BlockView, start: number, end: number, afterTitle = false): Segment[] {
  const { lexicon, registry } = context;
  const { lowers, tokens } = view;
  const parts: Segment[] = [];
  const push = (segment: Segment): void => {
    parts.push(segment);
  };
  let k = start;
  while (k < end) {
    const unit = lexicon.orgUnits.match(tokens, k, end);
    // "DPD Bali": a unit before a place is the organization itself.
    if (unit > 0 && k + unit < end && lexicon.knownPlaces.match(tokens, k + unit, end) === 0) {
      k = unitOf(context, view, parts, k, k + unit, end);
      continue;
    }
    // "anggota Komisi III": a numbered unit alone names no organization.
    if (unit > 1 && isRoman(tokens[k + unit - 1]?.text ?? "")) {
      push({ kind: "title", start: k, end: k + unit });
      k += unit;
      continue;
    }
    const title = lexicon.titles.match(tokens, k, end);
    // A title closes the run only before its bracketed word: "Brigjen (Pol) Budi".
    if (
      title > 0 &&
      !namesOrganization(lexicon, tokens, k + title, title, end) &&
      (k + title < end || bracketedTitleWord(context, view, end) > 0)
    ) {
      // "Environment Minister Priya Raman": where cues close names, a name before a title is its portfolio.
      const previous = lastOf(parts);
      if (!lexicon.orgCuesLead && previous?.kind === "name" && previous.end === k) previous.kind = "org";
      push({ kind: "title", start: k, end: k + title });
      k += title;
      continue;
    }
    // "BNI Sekuritas Budi Raharjo": a closing cue ends the name before it.
    const previousName = lastOf(parts);
    // (Closing cues are cues too: the flag first.)
    if (
      flagged(view, k, WordFlag.OrgCueStart) &&
      previousName?.end === k &&
      previousName.kind !== "title" &&
      lexicon.closingCues.has(lowers[k] ?? "")
    ) {
      parts.pop();
      push({ kind: "org", start: previousName.start, end: k + 1 });
      k++;
      continue;
    }
    // "Congress Street", "University Avenue": where cues close names, a place's cue closing the run
    // makes it a place, an organization's cue in it or not.
    if (
      !lexicon.orgCuesLead &&
      k === start &&
      end - start >= 2 &&
      flagged(view, end - 1, WordFlag.PlaceCueStart) &&
      lexicon.placeCues.match(tokens, end - 1, end) === 1 &&
      lexicon.orgCues.match(tokens, k, end) > 0
    ) {
      push({ kind: "place", start: k, end });
      k = end;
      continue;
    }
    if (lexicon.orgCues.match(tokens, k, end) > 0) {
      let to = k + lexicon.orgCues.match(tokens, k, end);
      const named = to;
      // "the Washington Post Trump said": where cues close names, only a connector or another cue
      // goes on past one ("Department of Veterans Affairs", "Police Department").
      while (
        to < end &&
        (lexicon.orgCuesLead ||
          lexicon.connectors.has(lowers[to] ?? "") ||
          lexicon.orgCues.match(tokens, to) > 0 ||
          !lexicon.orgCues.match(tokens, to - 1)) &&
        lexicon.titles.match(tokens, to, end) === 0 &&
        !startsOrganization(context, view, k, to) &&
        !leadsName(context, view, to, end) &&
        // ("Kementerian Dalam Negeri Safrizal ZA": a name closed by initials, after the organization's own.)
        !(to > named && to + 2 === end && nameWord(context, view, to) && nameInitials(context, view, to + 1, end)) &&
        !(lexicon.orgCuesLead && holderAfterOwnAcronym(context, view, k, to, end))
      )
        to++;
      // "Polri dan TNI": the connector before the next organization belongs to neither.
      const stop = to < end && lexicon.connectors.has(lowers[to - 1] ?? "") ? to - 1 : to;
      const previous = lastOf(parts);
      // "dirawat di Rumah Sakit Harapan": after a place preposition, a facility is a place
      // ("di Kantor | Partai …": a bare one before an organization names nothing).
      const facility =
        k === start &&
        stop > k + lexicon.facilities.match(tokens, k, end) &&
        lexicon.facilities.match(tokens, k, end) > 0 &&
        lexicon.placePrepositions.has(lowers[k - 1] ?? "");
      // "Justice Department": the name before an English cue is part of it, a place's too
      // ("Washington Post", "Wall Street Journal", "Chicago Police Department").
      if (!lexicon.orgCuesLead && namesPlaceOrName(previous) && previous.end === k) {
        let from = previous.start;
        parts.pop();
        for (let before = lastOf(parts); before && before.end === from; before = lastOf(parts)) {
          if (!namesPlaceOrName(before)) break;
          from = before.start;
          parts.pop();
        }
        push({ kind: "org", start: from, end: stop });
      } else if (previous?.kind === "name" && previous.end === k) {
        parts.pop();
        const title = lastOf(parts);
        // "Direktur Jenderal | Pajak | Kementerian Keuangan": where cues lead, the words between a
        // title and the cue name its office's field (a title of its own, or the caller's role).
        if (lexicon.orgCuesLead && title?.kind === "title" && title.end === previous.start) {
          title.end = k;
          push({ kind: "org", start: k, end: stop });
        } else if (lexicon.orgCuesLead && afterTitle && previous.start === start) {
          push({ kind: "org", start: k, end: stop });
        } else {
          push({ kind: "org", start: previous.start, end: stop });
        }
      } else {
        push({ kind: facility ? "place" : "org", start: k, end: stop });
      }
      k = to;
      continue;
    }
    // "Wall Street Journal": where cues close names, an organization's cue later in the run wins.
    if (lexicon.placeCues.match(tokens, k, end) > 0 && !(!lexicon.orgCuesLead && hasOrgCue(context, view, k, end))) {
      let to = k + lexicon.placeCues.match(tokens, k, end);
      // "Wall Street", "New York City": where cues close names, the name before the cue is the place's.
      const previous = lastOf(parts);
      if (!lexicon.orgCuesLead && (previous?.kind === "name" || previous?.kind === "place") && previous.end === k) {
        parts.pop();
        push({ kind: "place", start: previous.start, end: to });
        k = to;
        continue;
      }
      // The name after the cue, whole when it is a known place ("Provinsi | DKI Jakarta", "Gulf of
      // | Mexico"), with its compass words ("Kabupaten Bandung Barat").
      if (to === k + 1 && to < end && lexicon.placeCueConnectors.has(lowerAt(view, to))) to++;
      if (to < end) to += Math.max(1, lexicon.knownPlaces.match(tokens, to, end));
      while (
        to < end &&
        (lexicon.placeSuffixes.has(lowers[to] ?? "") ||
          (lexicon.knownPlaces.match(tokens, to, end) === 0 && lexicon.titles.match(tokens, to, end) === 0))
      )
        to++;
      push({ kind: "place", start: k, end: to });
      k = to;
      continue;
    }
    // "Bupati Flores Timur", "Halmahera Selatan": a compass word right after one word of a name
    // (or of a place the article named alone: "Pasaman dan Pasaman Barat") closes that place's name.
    const single = lastOf(parts);
    if (
      single?.end === k &&
      single.end - single.start === 1 &&
      (single.kind === "name" || (single.kind === "known" && single.entity?.type === "place")) &&
      lexicon.placeSuffixes.has(lowers[k] ?? "")
    ) {
      parts[parts.length - 1] = { kind: "place", start: single.start, end: k + 1 };
      context.placeStems.add(lowers[single.start] ?? "");
      k++;
      continue;
    }
    // "South Jakarta", "Central Java": a compass word opens the known place after it.
    const prefix =
      flagged(view, k + 1, WordFlag.KnownPlaceStart) &&
      lexicon.placePrefixes.has(lowers[k] ?? "") &&
      lexicon.knownPlaces.match(tokens, k + 1, end) > 0
        ? 1
        : 0;
    let place = prefix + lexicon.knownPlaces.match(tokens, k + prefix, end);
    // "Mirae Asset Sekuritas Indonesia": the country closing a company's run is its name's.
    const previousOrg = lastOf(parts);
    if (place === 1 && k + 1 === end && previousOrg?.kind === "org" && previousOrg.end === k) {
      if (lexicon.nationalSuffixes.has(lowers[k] ?? "")) {
        previousOrg.end = end;
        k = end;
        continue;
      }
    }
    if (place > 0) {
      // "Lampung Tengah", "Kalimantan Utara": a compass word goes on with the place.
      while (k + place < end && lexicon.placeSuffixes.has(lowers[k + place] ?? "")) place++;
      // "Boston Celtics", "New York Knicks": a known place and a plural closing the run name a team.
      if (k + place + 1 === end && teamNickname(context, view, k + place)) {
        push({ kind: "org", start: k, end });
        k = end;
        continue;
      }
      push({ kind: "place", start: k, end: k + place });
      k += place;
      continue;
    }
    // "German Chancellor", "the South Korean company": a people's adjective names its place (not
    // inside a name: "Mark Cuban", "American Airlines").
    const demonym = lastOf(parts)?.kind === "name" ? undefined : demonymAt(context, view, k, end);
    if (demonym) {
      push(demonym);
      k = demonym.end;
      continue;
    }
    const token = tokens[k] as Token;
    const previousPart = lastOf(parts);
    const afterName =
      previousPart?.kind === "name" && previousPart.end === k && nameWords(view, previousPart) < MAX_NAME;
    if (leadsName(context, view, k, end) || nameInitials(context, view, k, end)) {
      if (afterName) previousPart.end = k + 1;
      else push({ kind: "name", start: k, end: k + 1 });
      k++;
      continue;
    }
    // "Vann R. Newkirk II": a regnal or generational number closes a person's name.
    if (afterName && isRoman(token.text) && token.text.length >= 2 && !view.initial[k]) {
      previousPart.end = k + 1;
      k++;
      continue;
    }
    if ((token.acronym || hyphenedAcronym(token.text)) && k + 1 < end && derived(lexicon, lowers[k + 1] ?? "")) {
      // "PDI Perjuangan": an acronym and a derived word are one organization's name.
      push({ kind: "org", start: k, end: k + 2 });
      k += 2;
      continue;
    }
    const acronym = token.acronym || hyphenedAcronym(token.text);
    if (acronym && nationalAcronym(context, view, k, end)) {
      push({ kind: "org", start: k, end: k + 2 });
      k += 2;
      continue;
    }
    // "C.J. Davis", "J.D. Vance": initials with their points open a person's name.
    // (Not an organization's or place's: "U.N. Charter", "U.S. Army".)
    if (
      acronym &&
      !parts.length &&
      dottedInitials(token.text) &&
      k + 1 < end &&
      nameWord(context, view, k + 1) &&
      !registry.named(token.text, token.lower) &&
      lexicon.knownPlaces.match(tokens, k) === 0
    ) {
      push({ kind: "name", start: k, end: k + 1 });
      k++;
      continue;
    }
    // ("Pasien DBD": the abbreviation of a common noun spelled out before.)
    if (acronym && context.commonAbbreviations.has(token.lower)) {
      k++;
      continue;
    }
    if (acronym) {
      push({ kind: "acronym", start: k, end: k + 1 });
      k++;
      continue;
    }
    // "Kemenhub", "Kemenkumham": a ministry's one-word abbreviation (not a derived word: "Kemenangan").
    if (abbreviation(lexicon, token.lower) && !derived(lexicon, token.lower)) {
      push({ kind: "org", start: k, end: k + 1 });
      k++;
      continue;
    }
    const known = registry.named(token.text, token.lower);
    if (known && known.type !== "person") {
      push({ kind: "known", start: k, end: k + 1, entity: known });
      k++;
      continue;
    }
    if (!known && context.shortNames.has(token.lower)) {
      push({ kind: "short", start: k, end: k + 1 });
      k++;
      continue;
    }
    if (token.flags & WordFlag.TitleWord && lastOf(parts)?.kind === "title") {
      (lastOf(parts) as Segment).end = k + 1;
      k++;
      continue;
    }
    const previous = lastOf(parts);
    if (previous?.kind === "name" && previous.end === k && nameWords(view, previous) < MAX_NAME) previous.end = k + 1;
    else push({ kind: "name", start: k, end: k + 1 });
    k++;
  }
  return parts;
}

/**
 * Where cues close names, token `k` may be a team's nickname after its place: a capitalised plural,
 * no cue, title, source noun or common word ("Celtics", "Knicks", not "Times", "Democrats").
 */
function teamNickname(context: Context, view: BlockView, k: number): boolean {
  const { lexicon } = context;
  const token = view.tokens[k];
  const ending = lexicon.pluralEnding;
  if (lexicon.orgCuesLead || !ending || !token?.cap || token.acronym || !token.lower.endsWith(ending)) return false;
  const flags =
    WordFlag.GroupNoun | WordFlag.Common | WordFlag.TitleWord | WordFlag.OrgCueStart | WordFlag.PlaceCueStart;
  return (token.flags & flags) === 0 && lexicon.knownPlaces.match(view.tokens, k) === 0;
}

/** A people's adjective at token `k` ("Russian", with a compass word "South Korean"), as its place's segment. */
function demonymAt(context: Context, view: BlockView, k: number, end: number): Segment | undefined {
  const { demonyms } = context.lexicon;
  const { lowers } = view;
  // (With a compass word only: "South Korean".)
  const prefixed =
    k + 1 < end && flagged(view, k + 1, WordFlag.Demonym) && context.lexicon.placePrefixes.has(lowers[k] ?? "");
  if (!prefixed && !flagged(view, k, WordFlag.Demonym)) return undefined;
  const pair = prefixed ? demonyms.get(`${lowers[k]} ${lowers[k + 1]}`) : undefined;
  const words = pair === undefined ? 1 : 2;
  const place = pair ?? demonyms.get(lowers[k] ?? "");
  if (place === undefined) return undefined;
  // Only alone or before a title: "Russian President …", not "Russian Defense Ministry"; a minister's
  // one-word portfolio may come between ("French Economy Minister …", not "Korean Air CEO").
  const { titles, cabinetTitles } = context.lexicon;
  const at = k + words;
  if (at < end && titles.match(view.tokens, at, end) === 0 && !cabinetTitles.has(view.lowers[at + 1] ?? ""))
    return undefined;
  return { kind: "known", start: k, end: k + words, entity: context.registry.resolve(place, "place", 0) };
}

/** Two or three letters, each with its point: "C.J.", "J.F.K.". */
const dottedInitials = (text: string): boolean => /^(?:\p{Lu}\.){2,3}$/u.test(text);

/**
 * The `nth` segment from the end of `parts`, if any. (Not `parts[parts.length - 1]`: read on an
 * empty list, that is a property look-up of "-1", which the name-run rules did once per word.)
 */
function lastOf(parts: readonly Segment[], nth = 1): Segment | undefined {
  return parts.length >= nth ? parts[parts.length - nth] : undefined;
}

/**
 * "DPR RI", "PKB Indonesia": the country an organization belongs to closes the acronym at `k`
 * (the caller has checked it is one), inside the run ending at `end`.
 */
function nationalAcronym(context: Context, view: BlockView, k: number, end: number): boolean {
  return (
    k + 1 < end &&
    context.lexicon.nationalSuffixes.has(view.lowers[k + 1] ?? "") &&
    !isRoman(view.tokens[k]?.text ?? "")
  );
}

/** Capitalised words of a segment: particles do not count ("Mohammed bin Abdulrahman Al Thani" has four). */
function nameWords(view: BlockView, segment: Segment): number {
  let words = 0;
  for (let k = segment.start; k < segment.end; k++) if (view.tokens[k]?.cap) words++;
  return words;
}

/**
 * "Fraksi Gerindra", "DPD Nasdem Sumenep": a unit [from, to) of the organization named
 * after it names nothing itself (a "title" segment); a bare name after it is the
 * organization, and one word closing the run the branch's place. Returns where to go on.
 */
function unitOf(context: Context, view: BlockView, parts: Segment[], from: number, to: number, end: number): number {
  const { lexicon, registry } = context;
  const { lowers, tokens } = view;
  parts.push({ kind: "title", start: from, end: to });
  const token = tokens[to] as Token;
  const known = registry.named(token.text, token.lower);
  // "Fraksi Partai …", "Ketua Fraksi Ketua …", "Fraksi PDI Perjuangan": the usual rules read on.
  if (lexicon.orgCues.match(tokens, to, end) > 0 || lexicon.titles.match(tokens, to, end) > 0) return to;
  if (known?.type === "person" || (token.acronym && derived(lexicon, lowers[to + 1] ?? ""))) return to;
  // "Komisi I DPR RI": the country closes the organization's name, as after no unit.
  if (token.acronym && nationalAcronym(context, view, to, end)) {
    parts.push({ kind: "org", start: to, end: to + 2 });
    return to + 2;
  }
  if (token.acronym) parts.push({ kind: "acronym", start: to, end: to + 1 });
  else if (known) parts.push({ kind: "known", start: to, end: to + 1, entity: known });
  else if (context.shortNames.has(token.lower)) parts.push({ kind: "short", start: to, end: to + 1 });
  else parts.push({ kind: "org", start: to, end: to + 1 });
  if (to + 2 === end && nameWord(context, view, to + 1)) {
    // "Komisi III DPR Habiburokhman": a numbered unit has no region, the word is its member's name.
    const numbered = isRoman(tokens[to - 1]?.text ?? "") && lexicon.knownPlaces.match(tokens, to + 1, end) === 0;
    parts.push({ kind: numbered ? "name" : "place", start: to + 1, end });
    return end;
  }
  return to + 1;
}

/**
 * Attach the mention for one segment and return its entity. `hint` types an
 * unknown name; without one, an unknown single word stays tentative until
 * later evidence (a title, a reporting verb) confirms it. `weak`: a person
 * guessed after a sentence-initial noun stays tentative too.
 */
function mentionSegment(
  context: Context,
  view: BlockView,
  segment: Segment,
  hint: EntityType | undefined,
  weak = false,
): EntityRecord | undefined {
  const { registry, lexicon } = context;
  const { start, end } = segment;
  const name = textOf(context, view, start, end);
  // Lower-cased once for every lookup below.
  const key = name.toLowerCase();
  let entity: EntityRecord | undefined;
  let tentative = false;
  switch (segment.kind) {
    case "title":
      return undefined;
    case "place": {
      // "City Attorney Brad Holm", "County Commissioner Bob Dixon": a place cue alone names no place.
      if (lexicon.placeCues.match(view.tokens, start, end) === end - start) return undefined;
      entity = registry.named(name, key) ?? registry.resolve(name, "place", 0, false, key);
      // "Kabupaten Demak": where cues lead, the name after the cue stands alone later ("Bupati Demak …").
      const cue = lexicon.orgCuesLead ? lexicon.placeCues.match(view.tokens, start, end) : 0;
      if (cue > 0 && start + cue < end && personal(context, view, start + cue, end))
        registry.alias(entity, textOf(context, view, start + cue, end));
      break;
    }
    case "org": {
      // "Fraksi" before "Partai Demokrat" or, where cues lead names, alone ("Perusahaan jasa …"):
      // a bare cue names nothing.
      const bare = lexicon.orgCues.match(view.tokens, start, end) === end - start;
      const alone =
        lexicon.orgCuesLead &&
        !bracketedAcronym(view, end) &&
        lexicon.orgStandalone.match(view.tokens, start, end) === 0;
      if (bare && (lexicon.orgCues.match(view.tokens, end) > 0 || alone)) return undefined;
      // "Council President Maria Delgado" after "the City Council": where cues close names, a cue
      // alone is the organization it closed.
      // (Not where the article uses the cue as a name of its own: "the House", then "the White House".)
      const closed = bare && !lexicon.orgCuesLead && !registry.named(name, key) ? registry.headedBy(key) : undefined;
      if (closed) registry.alias(closed, name);
      entity = closed ?? registry.resolve(name, "organization", 0, false, key);
      // "DPR RI": the acronym before the country stands alone later ("DPR").
      const national = end - start === 2 && lexicon.nationalSuffixes.has(view.lowers[start + 1] ?? "");
      if (national && view.tokens[start]?.acronym && !registry.named(view.tokens[start]?.text ?? ""))
        registry.alias(entity, view.tokens[start]?.text ?? "");
      // "Boston Celtics": the team's nickname stands alone later ("the Celtics").
      if (
        teamNickname(context, view, end - 1) &&
        lexicon.knownPlaces.match(view.tokens, start, end) === end - start - 1
      )
        registry.alias(entity, tokenAt(view, end - 1)?.text ?? "");
      // "Partai Golkar", "PT PLN": the name after the cue stands alone later ("Golkar", "PLN").
      // ("Bank Indonesia": not a known place's name.)
      else if (
        end - start === 2 &&
        (personal(context, view, start + 1, end) || view.tokens[start + 1]?.acronym === true) &&
        lexicon.knownPlaces.match(view.tokens, start + 1, end) === 0
      )
        registry.alias(entity, view.tokens[start + 1]?.text ?? "");
      // "Meridian Health Partners", "Toyota Motor Corp": where cues close names, a company's first
      // word stands alone later ("Meridian said"), unless it names something else (or opens a longer
      // name: "Twin Cities Hospital Group").
      const first = view.tokens[start] as Token;
      if (
        !lexicon.orgCuesLead &&
        end - start >= 2 &&
        end - start <= 3 &&
        lexicon.companyMarks.has(lowerAt(view, end - 1)) &&
        personal(context, view, start, start + 1) &&
        !flagged(view, start, WordFlag.TitleWord) &&
        lexicon.knownPlaces.match(view.tokens, start, start + 1) === 0 &&
        !registry.named(first.text, first.lower)
      )
        registry.alias(entity, first.text);
      // "PT Pertamina (Persero)": a bracketed company form belongs to the name.
      const form = view.tokens[end + 1];
      const abbreviation = bracketedAbbreviation(view, end, key);
      const formed = bracketedForm(context, view, end);
      if (bracketedAcronym(view, end) || formed || abbreviation) {
        if (form?.acronym || abbreviation) registry.alias(entity, form?.text ?? "");
        entity.tentative = undefined;
        let mentionEnd = end + 3;
        // "PT Bank Rakyat Indonesia (Persero) Tbk (BBRI)": a listed company's mark after its form, then its ticker.
        if (formed && lexicon.companyMarks.has(view.lowers[mentionEnd] ?? "")) {
          mentionEnd++;
          if (bracketedAcronym(view, mentionEnd)) {
            registry.alias(entity, view.tokens[mentionEnd + 1]?.text ?? "");
            mentionEnd += 3;
          }
        }
        addMention(context.document, view, start, mentionEnd, entity);
        return entity;
      }
      break;
    }
    case "short": {
      // The cue and the name, as the article writes them elsewhere: one entity for both.
      const full = context.shortNames.get(key) ?? name;
      entity = registry.named(full) ?? registry.resolve(full, "organization", 0);
      registry.alias(entity, name);
      break;
    }
    case "known":
      entity = segment.entity;
      tentative = entity?.tentative === true;
      break;
    case "acronym": {
      // "Komisi III"; BBM (fuel), RUU (bill): no organizations.
      if (isRoman(name) || lexicon.commonAcronyms.has(key)) return undefined;
      // "UU ITE", "virus HIV": after a thing's noun, the thing's own short name (unless an organization's).
      if (lexicon.thingContexts.has(lowerAt(view, start - 1)) && !registry.acronym(name, key)) return undefined;
      // "Presiden Susilo Bambang Yudhoyono (SBY)": the initials of the person just named.
      const before = mentionAt(view, start - 2)?.entity;
      if (tokenAt(view, start - 1)?.text === "(" && before?.type === "person" && spells(before.name, name)) {
        registry.alias(before, name);
        entity = before;
        break;
      }
      entity = registry.acronym(name, key) ?? registry.resolve(name, "organization", 0, false, key);
      break;
    }
    case "name": {
      // "Munaslub", "Raker": common-noun abbreviations written like names; "I've": a pronoun.
      if (end - start === 1 && (lexicon.commonAcronyms.has(key) || contraction(name))) return undefined;
      // "biaya perjalanan ibadah haji (Bipih)": a common noun's abbreviation by syllables, there and after.
      if (
        end - start === 1 &&
        ((context.commonAbbreviations.size > 0 && context.commonAbbreviations.has(key)) ||
          syllabicAbbreviation(context, view, start))
      )
        return undefined;
      entity = registry.named(name, key) ?? (end - start === 1 ? registry.personWord(name, key) : undefined);
      if (entity) break;
      // "the Affordable Care Act": a law's name names no one (one holding a cue word stays a mention,
      // so that no cue is read inside it: "the Death in Custody Reporting Act").
      if (lexicon.thingEnds.has(lowerAt(view, end - 1)) && !holdsCue(view, start, end)) return undefined;
      // "Pasaman Barat dan Pasaman": the word before a place's compass word is a place alone too.
      if (context.placeStems.size > 0 && context.placeStems.has(key)) {
        entity = registry.resolve(name, "place", 0, false, key);
        break;
      }
      if (hint === undefined && modifier(context, view, end)) return undefined;
      const previous = lowerAt(view, start - 1);
      // "the Teamsters union": a noun after the name says what it names ("Small group of …": a word
      // the article writes in lower case too names nothing).
      const headed = (): boolean =>
        lexicon.orgHeadNouns.has(view.lowers[end] ?? "") &&
        !(end - start === 1 && (view.initial[start] || context.lowercase.has(view.lowers[start] ?? "")));
      if (lexicon.orgContexts.has(previous) || workplace(context, view, start) || headed()) {
        entity = registry.resolve(name, "organization", 0, false, key);
        break;
      }
      // "off Calapan city", "Sindh province": the noun after the name says it is a place's.
      if (lexicon.placeHeadNouns.has(view.lowers[end] ?? "")) {
        entity = registry.resolve(name, "place", 0, false, key);
        break;
      }
      // "the mayor of Millbrook", "wilayah Aceh dan Sumut": a place context word before a connector counts too.
      const beforeConnector = lexicon.connectors.has(previous) ? lowerAt(view, start - 2) : "";
      // "John Doe, 34, of Tulsa": where someone of that age lives.
      const residence =
        lexicon.residencePrepositions.has(previous) &&
        tokenAt(view, start - 2)?.text === "," &&
        tokenAt(view, start - 3)?.kind === TokenKind.Number;
      // ("Mayor Jennifer Roberts": a capitalised title before a name makes a person; "dari Rp150.000":
      // a sum written with its currency's sign is no place.)
      if (
        (lexicon.placePrepositions.has(previous) &&
          !view.initial[start] &&
          !hasDigit(view.tokens[start]?.text ?? "") &&
          !afterAccordingTo(context, view, start, end)) ||
        (lexicon.placeContexts.has(previous) && !tokenAt(view, start - 1)?.cap) ||
        lexicon.placeContexts.has(beforeConnector) ||
        residence
      ) {
        entity = registry.resolve(name, "place", 0, false, key);
        break;
      }
      // "Jakarta, Budiarto sempat …": a word set off after a place is a subject when a predicate follows.
      if (end - start === 1 && besidePlace(context, view, start, end) && !predicate(context, view, end)) {
        entity = registry.resolve(name, "place", 0, false, key);
        break;
      }
      if (hint === undefined && (lexicon.thingContexts.has(previous) || foreignPhrase(context, view, start, end)))
        return undefined;
      // "StatesWest", "PetroChina": a capital inside one word marks a company or brand; "Israel dan
      // Hamas": one unknown word paired with a country is a party like it, and the list knows the countries.
      // "in The Lancet": a name after an article capitalised inside a sentence is a publication's or organization's.
      // ("The Daily Courier reported": opening a sentence too, a name of two words or more after it.)
      const afterArticle =
        lexicon.nameArticles.has(tokenAt(view, start - 1)?.text ?? "") && (!view.initial[start - 1] || end - start > 1);
      if (
        afterArticle ||
        (end - start === 1 && (INNER_CAPITAL.test(name) || pairedWithCountry(context, view, start)))
      ) {
        entity = registry.resolve(name, "organization", 0, false, key);
        break;
      }
      if ((hint === undefined || end - start > 1) && personal(context, view, start, end)) {
        // One word alone is a person by default: a cue elsewhere ("juru bicara Bappenas") may retype it.
        entity = registry.resolve(name, "person", 0, end - start === 1, key);
        // A sentence's first word alone ("Jadi", "Tujuan") is a name only with a predicate after it.
        tentative =
          weak ||
          (hint === undefined && end - start === 1 && view.initial[start] === true && !predicate(context, view, end));
        break;
      }
      // "Panglima Besar", "Menteri Imigrasi": words of a title name nothing; a whole one
      // ("kata Mendagri") may stand for its holder.
      if (titleOnly(context, view, start, end) && lexicon.titles.match(view.tokens, start, end) !== end - start)
        return undefined;
      // "New Poll Shows …": common words in a title-case line are capitalised like the rest.
      if (hint === undefined && context.headlines.has(view.index)) return undefined;
      entity = registry.resolve(name, hint ?? "organization", 0, false, key);
      tentative = hint === undefined;
      break;
    }
  }
  if (!entity) return undefined;
  if (tentative) entity.tentative = true;
  else entity.tentative = undefined;
  addMention(context.document, view, start, end, entity);
  return entity;
}

/** "PDI-P", "DPR-RI": acronyms joined by a hyphen. */
const HYPHENED_ACRONYM = /^\p{Lu}{2,}(?:-\p{Lu}+)+$/u;
const COMPOUND = /^\p{Lu}[^-]*-\p{Lu}/u;
const REDUPLICATED = /^(\p{L}+)-\1$/u;
/** "I've", "They’re": a pronoun contracted with a verb, never a name (not "O'Neill", "Ma'ruf"). */
const CONTRACTION = /^\p{L}+['’](?:ve|m|re|ll|d)$/iu;
/** A capital after two lower-case letters or more inside a word (not Mac-): StatesWest, YouTube. */
// These run on every capitalised word a name may hold: a word without the hyphen or apostrophe
// the pattern requires is ruled out without running it.
const hyphenedAcronym = (text: string): boolean => text.includes("-") && HYPHENED_ACRONYM.test(text);
const reduplicated = (lower: string): boolean => lower.includes("-") && REDUPLICATED.test(lower);
const contraction = (text: string): boolean => (text.includes("'") || text.includes("’")) && CONTRACTION.test(text);
/** "MPs", "NGOs", "TEUs": an acronym made plural is a common noun, nobody's name. */
function pluralAcronym(text: string): boolean {
  const last = text.length - 1;
  if (last < 2 || text.charCodeAt(last) !== 0x73 /* s */) return false;
  for (let k = 0; k < last; k++) if (!isUpperAt(text, k)) return false;
  return true;
}
const INNER_CAPITAL = /^(?!Mac)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u;

/** Whether an acronym is the initials of a name's words: Susilo Bambang Yudhoyono → SBY. */
function spells(name: string, acronym: string): boolean {
  const words = name.split(/\s+/);
  if (words.length !== acronym.length) return false;
  return words.every((word, k) => word[0]?.toUpperCase() === acronym[k]);
}

/** Roman numerals written in capitals: "Komisi III", "Muktamar VIII". */
const ROMAN = /^[IVXLCDM]+$/;
/** `ROMAN.test`, run only on a word that opens with one of its letters. */
const isRoman = (text: string): boolean => "IVXLCDM".includes(text.charAt(0)) && ROMAN.test(text);

/** "Nusakambangan, [Cilacap]", "[Kalibata], Jakarta": a word set off by a comma next to a place. */
function besidePlace(context: Context, view: BlockView, start: number, end: number): boolean {
  const place = (k: number): boolean => view.mentions[k]?.entity.type === "place";
  // The place after the comma is not scanned yet: a known one set off by punctuation counts ("Senayan, Jakarta,").
  const after = context.lexicon.knownPlaces.match(view.tokens, end + 1);
  const knownAfter = after > 0 && view.tokens[end + 1 + after]?.kind === TokenKind.Punct;
  return (
    (tokenAt(view, start - 1)?.text === "," && place(start - 2)) ||
    (view.tokens[end]?.text === "," && (place(end + 1) || knownAfter))
  );
}

/** "Return on Equity": tokens [from, to) hold or touch a foreign function word. */
function foreignPhrase(context: Context, view: BlockView, from: number, to: number): boolean {
  const foreign = context.lexicon.foreignStopwords;
  if (foreign.size === 0) return false;
  const beside = (k: number): boolean => tokenAt(view, k)?.cap === false && foreign.has(lowerAt(view, k));
  if (beside(from - 1) || beside(to)) return true;
  for (let k = from; k < to; k++)
    if ((view.lowers[k] ?? "").length >= 3 && foreign.has(view.lowers[k] ?? "")) return true;
  return false;
}

/**
 * A predicate opens at token `end`, its subject before it: a reporting verb ("KPK menyatakan"),
 * a predicate marker ("Budiarto juga …", "Budiarto, mantan menteri, …") or a prefixed verb
 * ("Budiarto mendukung …").
 */
function predicate(context: Context, view: BlockView, end: number, relative = false): boolean {
  const { lexicon } = context;
  if (speaks(context, view, end)) return true;
  const token = view.tokens[end];
  if (token?.text === ",") {
    // "Budiarto, mantan menteri, …": a title, maybe after a function word; "Budiarto, kata Ani, …".
    if (lexicon.verbs.get(view.lowers[end + 1] ?? "")?.inverted === true) return true;
    // "Marlowe, 45, said": an age set off after a name.
    if (view.tokens[end + 1]?.kind === TokenKind.Number && view.tokens[end + 2]?.text === ",") return true;
    const skip = flagged(view, end + 1, WordFlag.Common) ? 1 : 0;
    // "Dover, Del., said": a known place set off by punctuation is where, not a title ("Del." for delegate).
    const place = lexicon.knownPlaces.match(view.tokens, end + 1);
    if (place > 0 && view.tokens[end + 1 + place]?.kind === TokenKind.Punct) return false;
    return lexicon.titles.match(view.tokens, end + 1 + skip) > 0 || asideBeforeVerb(context, view, end);
  }
  if (!isWord(token) || token.cap) return false;
  // "Budiarto yang tengah …": a relative clause with a predicate of its own.
  if (lexicon.relativizers.has(token.lower) && !lexicon.predicateMarkers.has(token.lower))
    return predicate(context, view, end + 1, true);
  // "Budiarto dinobatkan …"; a passive after "yang" is done to a thing as often ("Materi yang diajarkan").
  return predicateWord(lexicon, token.lower, token.flags, !relative);
}

/** A reporting verb right after token `end - 1`, its subject before it: "KPK menyatakan". */
function speaks(context: Context, view: BlockView, end: number): boolean {
  const verb = context.lexicon.verbs.get(view.lowers[end] ?? "");
  return verb !== undefined && !verb.inverted;
}

/**
 * Tokens an aside between a name and its verb may hold: "Mr. King, 82, told", "Hidayatullah,
 * salah satu jurnalis …, mengaku". Attribution walks over the same asides.
 */
export const MAX_ASIDE = 14;

/**
 * The comma at `comma` opens an aside in lower case that a comma closes right before a
 * reporting verb: "Hidayatullah, salah satu jurnalis yang meliput …, mengaku", "Maria, a nurse
 * who …, said". What opens the sentence before it is the verb's subject.
 */
function asideBeforeVerb(context: Context, view: BlockView, comma: number): boolean {
  if (view.tokens[comma + 1]?.cap !== false) return false;
  const unit = view.unit[comma];
  for (let m = comma + 1; m <= comma + MAX_ASIDE && view.unit[m] === unit; m++)
    if (view.tokens[m]?.text === ",") return speaks(context, view, m + 1);
  return false;
}

/** Tokens "(", a title word, ")" at k ("(Pol)" after a rank): their count, else 0. */
function bracketedTitleWord(_context: Context, view: BlockView, k: number): number {
  const { tokens } = view;
  if (tokens[k]?.text !== "(" || tokens[k + 2]?.text !== ")") return 0;
  return flagged(view, k + 1, WordFlag.TitleWord) ? 3 : 0;
}

/**
 * After an office's unit ending at `k`, its acronym in brackets and the holder's name: "… Badan
 * Pusat Statistik (BPS) Margo Yuwono", "… Energi dan Sumber Daya Mineral (ESDM) Arifin Tasrif"
 * (the unit may go on over connectors to the bracket), the unit's region first when there is
 * one ("… (IDI) Provinsi Papua Donald Aronggear", "… (BPKP) Aceh Indra Khairan").
 */
function holderAfterAcronym(
  context: Context,
  view: BlockView,
  unitStart: number,
  k: number,
): { unitEnd: number; regionStart: number; regionEnd: number; start: number; end: number } | undefined {
  const { lexicon } = context;
  const { tokens, lowers } = view;
  let unitEnd = k;
  while (lexicon.connectors.has(lowers[unitEnd] ?? "") && tokens[unitEnd + 1]?.cap)
    unitEnd = runEnd(context, view, unitEnd + 1);
  // "(BPS)", "(Amvesindo)", or the office's short title: "Kepala Kepolisian Resor Kota Besar (Kapolrestabes) Bandung".
  const shortTitle =
    tokens[unitEnd]?.text === "(" &&
    lexicon.titles.match(tokens, unitEnd + 1) === 1 &&
    tokens[unitEnd + 2]?.text === ")";
  const shortened =
    shortTitle ||
    bracketedAcronym(view, unitEnd) ||
    (unitEnd > unitStart &&
      bracketedAbbreviation(view, unitEnd, textOf(context, view, unitStart, unitEnd).toLowerCase()));
  if (!shortened) return undefined;
  const regionStart = unitEnd + 3;
  if (!tokens[regionStart]?.cap) return undefined;
  const end = runEnd(context, view, regionStart);
  const cue = lexicon.placeCues.match(tokens, regionStart, end);
  const regionEnd = regionStart + (cue > 0 ? cue + 1 : lexicon.knownPlaces.match(tokens, regionStart, end));
  // "… Bandung Komisaris Besar Budi Sartono": a rank between the region and the name.
  let start = regionEnd;
  for (let rank = lexicon.titles.match(tokens, start, end); rank > 0; rank = lexicon.titles.match(tokens, start, end))
    start += rank;
  // (A holder's name may have five words: "(ESDM) Bambang Setyo Adi Nugroho Wibowo".)
  if (start >= end || end - start > MAX_NAME + 1 || !personal(context, view, start, end)) return undefined;
  return { unitEnd, regionStart, regionEnd, start, end };
}

/** A number at token k, or a hyphen and a number there: "Rp 5", "Covid - 19", "F-16". */
function numberAfter(view: BlockView, k: number): boolean {
  const token = view.tokens[k];
  if (token?.text === "-") return view.tokens[k + 1]?.kind === TokenKind.Number;
  return token?.kind === TokenKind.Number && !score(view, k);
}

/** Token `k` opens a score, two numbers joined by a dash ("beating Elena Vasquez 6-4", "Persib 2-1"). */
function score(view: BlockView, k: number): boolean {
  const [first, dash, second] = [view.tokens[k], view.tokens[k + 1], view.tokens[k + 2]];
  return (
    (dash?.text === "-" || dash?.text === "–") &&
    second?.kind === TokenKind.Number &&
    first?.end === dash.start &&
    dash.end === second.start
  );
}

/** A lower-case particle joined to a capitalised name part: "al-Qassam". */
function particleWord(context: Context, token: Token): boolean {
  if (token.kind !== TokenKind.Word || token.cap) return false;
  const dash = token.text.indexOf("-");
  return (
    dash > 0 &&
    context.lexicon.particles.has(token.lower.slice(0, dash + 1)) &&
    /\p{Lu}/u.test(token.text[dash + 1] ?? "")
  );
}

/** Tokens [from, to) are all title words: "Besar", "Terpilih". */
function titleOnly(_context: Context, view: BlockView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!flagged(view, k, WordFlag.TitleWord)) return false;
  return true;
}

/** Whether a word opens with one of the organizations' abbreviation prefixes and goes on two letters or more. */
function abbreviation(lexicon: Lexicon, lower: string): boolean {
  for (const prefix of lexicon.abbreviationPrefixes)
    if (lower.length >= prefix.length + 2 && lower.startsWith(prefix)) return true;
  return false;
}

/** Whether a word is a derived common word: "Pembangunan", "Rencananya". */
function derived(lexicon: Lexicon, lower: string): boolean {
  return affixed(lexicon.commonAffixes, lower);
}

/**
 * Tokens [from, to) read as a person's name: every word a capitalised name
 * word (or a particle), none a common, title or derived word, and none written
 * in lower case elsewhere in the article ("Tanah Air", "Sidang Paripurna").
 */
function personal(context: Context, view: BlockView, from: number, to: number, titled = false): boolean {
  const { lexicon } = context;
  for (let k = from; k < to; k++) {
    const token = view.tokens[k] as Token;
    if (token.kind !== TokenKind.Word) {
      if (token.text === "-") continue;
      return false;
    }
    if (!token.cap) {
      if (token.flags & WordFlag.Particle || particleWord(context, token)) continue;
      return false;
    }
    if (hyphenedAcronym(token.text) || contraction(token.text) || pluralAcronym(token.text)) return false;
    if ((token.acronym || token.text.replace(".", "").length === 1) && to - from === 1) return false;
    // "Mr. Justice is running": an honorific alone names no one (the word after it was a title word).
    if (token.flags & WordFlag.Honorific && to - from === 1) return false;
    // "Rp80", "UKP4", "Rp 5", "Covid - 19": names hold no digits and are not followed by a number.
    if (hasDigit(token.text) || numberAfter(view, k + 1)) return false;
    const lower = token.lower;
    const common = token.flags & WordFlag.Common && !(k > from && calendarSurname(context, view, k));
    const title = token.flags & WordFlag.TitleWord && !(k > from && k === to - 1 && titleSurname(context, view, k));
    if (common || title || derived(lexicon, lower)) return false;
    // "Harga-harga": a reduplicated word is a common plural.
    if (lexicon.commonNouns.has(lower) || reduplicated(lower)) return false;
    if (lexicon.commonAcronyms.has(lower)) return false;
    if (context.lowercase.has(lower) && !context.registry.personWord(lower)) return false;
    // "Indo-Pasifik": capitalised parts joined are a region or a pair, unless a part is a known person.
    if (to - from === 1 && !titled && token.text.includes("-") && COMPOUND.test(token.text)) {
      return token.lower.split("-").some((part) => context.registry.personWord(part) !== undefined);
    }
  }
  return true;
}

/**
 * The words before token `to` modify the lower-case word there: an adjective of a people or creed
 * ("the Saudi government", "radical Islamic terrorism", "North American integration") or a
 * compound with a lower-case head ("a Saudi-led coalition"). A reporting verb after them makes
 * them its subject instead.
 */
function modifier(context: Context, view: BlockView, to: number): boolean {
  const next = view.tokens[to];
  if (!isWord(next) || next.cap || speaks(context, view, to) || (next.flags & WordFlag.Common) !== 0) return false;
  const last = lowerAt(view, to - 1);
  if (/-\p{Ll}+$/u.test(tokenAt(view, to - 1)?.text ?? "")) return true;
  return context.lexicon.adjectiveSuffixes.some((suffix) => last.length >= suffix.length + 3 && last.endsWith(suffix));
}

/**
 * "according to Craig Bryan", "according to TriMet.": a name of two words or more there, or one
 * the clause ends with, is a source, not a place ("according to Tulsa police": one word before a
 * noun is the source's affiliation).
 */
function afterAccordingTo(context: Context, view: BlockView, start: number, end: number): boolean {
  if (end - start < 2 && view.tokens[end]?.kind !== TokenKind.Punct) return false;
  for (let words = 1; words <= 3; words++) {
    if (context.lexicon.accordingTo.match(view.tokens, start - words) === words) return true;
  }
  return false;
}

/**
 * "analysts at Morgan Stanley", "a professor at Kestrel": after a title or source noun and a
 * workplace preposition, a name is where that person works, not a place.
 */
function workplace(context: Context, view: BlockView, start: number): boolean {
  if (!context.lexicon.workplacePrepositions.has(lowerAt(view, start - 1))) return false;
  const noun = tokenAt(view, start - 2);
  return isWord(noun) && (noun.flags & (WordFlag.GroupNoun | WordFlag.TitleWord)) !== 0;
}

/** The words of `segment` name someone the article has named as a person already. */
function knownPerson(context: Context, view: BlockView, segment: Segment): boolean {
  const name = textOf(context, view, segment.start, segment.end);
  const known = context.registry.named(name) ?? context.registry.personWord(name, name.toLowerCase());
  return known?.type === "person" && known.tentative !== true;
}

/** Lower-case words of a field between a title and its organization ("pengamat politik dari …"), at most. */
const MAX_FIELD = 2;

/**
 * The start of the organization after a title's field and preposition (or after the field alone
 * when an organization's cue opens it), `at` being the field's first word: "[politik] dari |
 * Universitas Padjadjaran, Firman Manan,". Only where a comma and a
 * personal name of two words or more close the organization's run; else undefined.
 */
function fieldBeforeOrganization(context: Context, view: BlockView, at: number): number | undefined {
  const { lexicon } = context;
  const { tokens, lowers } = view;
  let k = at;
  while (k - at < MAX_FIELD && isWord(tokens[k]) && !tokens[k]?.cap && !flagged(view, k, WordFlag.Common)) k++;
  const preposition = lowers[k] ?? "";
  // ("Pengamat pariwisata Universitas Udayana, I Nyoman Darma,": an organization's cue right after the field.)
  const cued = k > at && tokens[k]?.cap === true && lexicon.orgCues.match(tokens, k) > 0;
  if (!cued && !lexicon.placePrepositions.has(preposition) && !lexicon.affiliationPrepositions.has(preposition))
    return undefined;
  const start = cued ? k : k + 1;
  if (!tokens[start]?.cap) return undefined;
  const end = runEnd(context, view, start);
  if (tokens[end]?.text !== "," || !tokens[end + 1]?.cap) return undefined;
  const nameEnd = runEnd(context, view, end + 1);
  return nameEnd - (end + 1) >= 2 && personal(context, view, end + 1, nameEnd) ? start : undefined;
}

/** Words of an affiliation before a capitalised title inside a run ("White House Press Secretary"), at most. */
const MAX_AFFILIATION = 3;

/**
 * Where the capitalised run [start, end) holds a title after a few words of affiliation and
 * before a name of two words or more: the title's tokens, with the title words before it
 * ("UAW | President | Shawn Fain", "White House | Press Secretary | Karine Jean-Pierre").
 */
function innerTitle(
  context: Context,
  view: BlockView,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  const { lexicon } = context;
  for (let at = start + 1; at <= start + MAX_AFFILIATION && at < end - 2; at++) {
    const title = lexicon.titles.match(view.tokens, at, end);
    if (title === 0 || end - (at + title) < 2 || !personal(context, view, at + title, end)) continue;
    let first = at;
    while (first > start + 1 && flagged(view, first - 1, WordFlag.TitleWord)) first--;
    return { start: first, end: at + title };
  }
  return undefined;
}

/** Every mention of the document, once, in reading order. */
export function allMentions(views: readonly BlockView[]): Mention[] {
  const list: Mention[] = [];
  for (const view of views) {
    let previous: Mention | undefined;
    for (const mention of view.mentions) {
      if (mention && mention !== previous) list.push(mention);
      previous = mention;
    }
  }
  return list;
}
