/**
 * A language pack compiled once into Sets and Maps, so that the speech rules
 * do constant-time lookups per token and build no pattern per word.
 */
import type { LanguagePack } from "../languages/types.js";
import type { Token } from "./tokens.js";

/** A reporting-verb form and what it allows. */
export interface VerbForm {
  lemma: string;
  /** Only after the content, with the speaker after it: kata, ujar. */
  inverted: boolean;
  /** The form carries the speaker as a suffix: katanya. Its length is the suffix's. */
  suffix: number;
  /** Content may follow without a complementizer. */
  bareContent: boolean;
}

/**
 * Multi-word entries keyed by their first word, longest first. The lexicon gives
 * each set a `WordFlag` bit that the tokenizer sets on the entries' first words,
 * so a token without it is ruled out before any hashing: the rules ask these
 * sets about most capitalised tokens, some of them several times.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(
    entries: readonly string[],
    /** The `WordFlag` bit of the entries' first words. */
    readonly startFlag: number,
  ) {
    for (const entry of entries) {
      const words = entry.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** The entries' first words. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Number of words of the longest entry starting at token `index`, or 0. */
  match(tokens: readonly Token[], index: number, limit = tokens.length): number {
    // (No read at a negative index: V8 then handles this load, shared by every rule, as a generic one.)
    const first = index >= 0 ? tokens[index] : undefined;
    if (first === undefined || (first.flags & this.startFlag) === 0) return 0;
    const candidates = this.byFirst.get(first.lower) as string[][];
    for (const words of candidates) {
      if (index + words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[index + k]?.lower === words[k];
      if (ok) return words.length;
    }
    return 0;
  }
}

/**
 * Bits of `Lexicon.wordFlags` and `Token.flags`: the per-token lists a word is in. Below 1 << 30,
 * so that flags stay small integers (V8's Smis) in every token record.
 */
export const WordFlag = {
  Verb: 1,
  GroupDeterminer: 2,
  Honorific: 4,
  Common: 8,
  /** In `common`, `groupNouns`, `groupDeterminers`, `thingContexts` or `commonNouns`: no name opening a sentence. */
  CommonStart: 16,
  GroupNoun: 32,
  /** A reporting verb, a cue noun or the first word of an "according to" phrase: a cue may start here. */
  Cue: 64,
  /** A singular personal pronoun ("he", "dia"). */
  Singular: 128,
  /** The first word of a title ("presiden", "secretary"): `titles.match` may find one here. */
  TitleStart: 256,
  /** The first word of an organization's description ("layanan berita"): `orgDescriptors.match` may. */
  DescriptorStart: 512,
  // One bit per list that the attribution and mention rules test word by word along a sentence.
  Coordinator: 1 << 10,
  Subordinator: 1 << 11,
  Complementizer: 1 << 12,
  PassiveAuxiliary: 1 << 13,
  Adverb: 1 << 14,
  Calendar: 1 << 15,
  Particle: 1 << 16,
  TitleWord: 1 << 17,
  Plural: 1 << 18,
  AcronymCue: 1 << 19,
  // The first words of the lexicon's other `PhraseSet`s (`TitleStart` and `DescriptorStart` above are two more).
  AccordingToStart: 1 << 20,
  InitialsTitleStart: 1 << 21,
  OfficeTitleStart: 1 << 22,
  OrgCueStart: 1 << 23,
  OrgUnitStart: 1 << 24,
  OrgStandaloneStart: 1 << 25,
  PlaceCueStart: 1 << 26,
  FacilityStart: 1 << 27,
  KnownPlaceStart: 1 << 28,
  /** The last word of a people's adjective of a known place ("russian", "korean" of "south korean"): `demonyms` may hold it. */
  Demonym: 1 << 29,
} as const;

export interface Lexicon {
  /**
   * Each word of `verbs`, `groupDeterminers`, `groupNouns`, `honorifics`, `common` (and of the
   * lists of `CommonStart` and `Cue`, `singular`, the first words of each `PhraseSet` (its `startFlag`),
   * `coordinators`, `subordinators`, `complementizers`, `passiveAuxiliaries`, `adverbs`, `calendar`,
   * `particles`, `titleWords`, `plural`, `acronymCues`, the last words of `demonyms`) → its `WordFlag` bits. The tokenizer looks every token up once; the
   * rules that test each token against these lists read the bits instead of hashing into one
   * more Set or Map per list.
   */
  wordFlags: Map<string, number>;
  /** The entries of `wordFlags` that start with no letter: the flags of number and punctuation tokens. */
  symbolFlags: Map<string, number>;
  verbs: Map<string, VerbForm>;
  complementizers: Set<string>;
  accordingTo: PhraseSet;
  negators: Set<string>;
  adverbs: Set<string>;
  coordinators: Set<string>;
  subordinators: Set<string>;
  acronymCues: Set<string>;
  singular: Set<string>;
  plural: Set<string>;
  neuter: Set<string>;
  titles: PhraseSet;
  /** Every word that appears in a title, for splitting a title from the name after it. */
  titleWords: Set<string>;
  honorifics: Set<string>;
  particles: Set<string>;
  /** Words that open a personal name: I, Ni, Made, Wayan. */
  nameLeads: Set<string>;
  /** The pack's `people.mononyms`. */
  mononyms: boolean;
  /** Titles that are also surnames: Hakim, Sultan. */
  surnameTitles: Set<string>;
  /** Titles after which one all-caps word is a person's initials: Presiden SBY. */
  initialsTitles: PhraseSet;
  partyLetters: Set<string>;
  agesInBrackets: boolean;
  /** Nouns after which a capitalised word names a thing, not a person: virus, bahasa. */
  thingContexts: Set<string>;
  /** The pack's `people.thingEnds`, lower-cased. */
  thingEnds: Set<string>;
  /** The pack's `people.thingStarts`, lower-cased. */
  thingStarts: Set<string>;
  /** Function words of a language quoted inside this one: a run beside them is no person. */
  foreignStopwords: Set<string>;
  /** Affix pairs of derived common words (lower case): never name words. */
  commonAffixes: [string, string][];
  /** Endings of sentence-opening adverbs and participles: ly, ing, ed. */
  openerSuffixes: string[];
  /** Endings of adjectives of peoples and creeds: ian, ic, ese. */
  adjectiveSuffixes: string[];
  /** Words opening a predicate, and verb prefixes: a lone sentence-initial word before them is a name. */
  predicateMarkers: Set<string>;
  pluralVerbs: Set<string>;
  verbPrefixes: string[];
  /** Relative pronouns opening a clause about the word before them: yang. */
  relativizers: Set<string>;
  /** Demonstratives closing a noun phrase: ini, itu. A lone sentence-initial word before one is no name. */
  demonstratives: Set<string>;
  /** Affix pairs of passive verbs: ["di", "kan"]. */
  passiveAffixes: [string, string][];
  /** Offices named with their organization: Ketua Umum, Direktur. */
  officeTitles: PhraseSet;
  /** The pack's `people.portfolioTitles`, lower-cased, whole. */
  portfolioTitles: Set<string>;
  /** The pack's `people.cabinetTitles`, lower-cased. */
  cabinetTitles: Set<string>;
  /** The pack's `people.compoundEndings`, lower-cased. */
  compoundEndings: Set<string>;
  /** The pack's `people.peopleEndings`, lower-cased. */
  peopleEndings: string[];
  /** Common nouns and adjectives no personal name uses: Minyak, Sidang, Merah. */
  commonNouns: Set<string>;
  orgCues: PhraseSet;
  /** Units of an organization before its name: Fraksi, DPP, Kantor Wilayah. */
  orgUnits: PhraseSet;
  /** Cue words that are name words after another cue: Gerakan, Koperasi. */
  orgNameCues: Set<string>;
  /** Cues that name one organization on their own: Polri, Kemenlu. */
  orgStandalone: PhraseSet;
  titleOffices: Set<string>;
  abbreviationPrefixes: string[];
  nameArticles: Set<string>;
  /** Country names that close an organization's acronym: RI, Indonesia. */
  nationalSuffixes: Set<string>;
  orgDescriptors: PhraseSet;
  connectors: Set<string>;
  /** The pack's `organizations.conjunctions`, lower-cased. */
  orgConjunctions: Set<string>;
  /** The pack's `organizations.headNouns`, lower-cased. */
  orgHeadNouns: Set<string>;
  orgContexts: Set<string>;
  orgCuesLead: boolean;
  commonAcronyms: Set<string>;
  /** The pack's `organizations.workplacePrepositions`, lower-cased. */
  workplacePrepositions: Set<string>;
  /** The pack's `organizations.companyNouns` and `companyMarks`, lower-cased. */
  companyNouns: Set<string>;
  companyMarks: Set<string>;
  /** The pack's `organizations.closingCues`, lower-cased. */
  closingCues: Set<string>;
  /** The pack's `organizations.finalWords`, lower-cased. */
  orgFinalWords: Set<string>;
  /** Currency signs written with letters before a symbol ("US$", "S$"), lower-cased: their letters name nothing. */
  lettersBeforeSymbol: Set<string>;
  /** The symbols of `lettersBeforeSymbol` ("$"): looked at before a sign is put together. */
  symbolsAfterLetters: Set<string>;
  placeContexts: Set<string>;
  /** The pack's `places.headNouns`, lower-cased. */
  placeHeadNouns: Set<string>;
  /** The pack's `places.suffixes`, lower-cased. */
  placeSuffixes: Set<string>;
  placePrefixes: Set<string>;
  /** Peoples' adjectives of the known places, lower-cased ("south korean"), and the place each names. */
  demonyms: Map<string, string>;
  residencePrepositions: Set<string>;
  placeCueConnectors: Set<string>;
  groupNouns: Set<string>;
  groupDeterminers: Set<string>;
  groupModifiers: Set<string>;
  /** The pack's `groups.informed`: its nouns lower-cased, its phrases as lower-case words. */
  informedNouns: Set<string>;
  /** The pack's `groups.prepositions`, lower-cased. */
  groupPrepositions: Set<string>;
  informedPhrases: string[][];
  placePrepositions: Set<string>;
  placeCues: PhraseSet;
  /** Organization cues naming a building after a place preposition: Rumah Sakit, Kantor. */
  facilities: PhraseSet;
  knownPlaces: PhraseSet;
  /** Function words and calendar words: never names on their own. */
  common: Set<string>;
  /** Weekday and month names: time adverbials between a speaker and the verb. */
  calendar: Set<string>;
  /** The pack's month names (full), lower-cased: also surnames ("Theresa May"). */
  months: Set<string>;
  /** The pack's number words, lower-cased: no names, whole or hyphened ("Twenty-seven"). */
  numberWords: Set<string>;
  /** The pack's `dates.units` (week, weeks, tahun …): a stretch of time says nothing ("two weeks pushed …"). */
  timeUnits: Set<string>;
  /** Lower-cased words written with a final period that are one token: dr., prof., inc. */
  abbreviations: Set<string>;
  /** The pack's `reporting.sourceDeterminers`, `definiteDeterminers`, `cueNouns`, lower-cased, and `pronouns.possessive`. */
  sourceDeterminers: Set<string>;
  definiteDeterminers: Set<string>;
  cueNouns: Set<string>;
  /** The pack's `reporting.relativePronouns`, lower-cased. */
  relativePronouns: Set<string>;
  /** The pack's `reporting.cueNounLinks`, lower-cased. */
  cueNounLinks: Set<string>;
  /** The pack's `reporting.passiveAuxiliaries`, `agentPrepositions`, `affiliationPrepositions`, lower-cased. */
  passiveAuxiliaries: Set<string>;
  agentPrepositions: Set<string>;
  recipientPrepositions: Set<string>;
  modals: Set<string>;
  affiliationPrepositions: Set<string>;
  /** The pack's `reporting.pluralEnding` ("s"), if it has one. */
  pluralEnding: string | undefined;
  /** The pack's `reporting.pastEnding` ("ed"), if it has one. */
  pastEnding: string | undefined;
  /** The pack's `numbers.approximators` ("at least", "sekitar"), each as its lower-case words. */
  approximators: string[][];
  /** The pack's `reporting.anonymityPhrases`, each as its lower-case words. */
  anonymityPhrases: string[][];
  /** Every word of those phrases: a cue is looked for inside one only when it is one of them. */
  anonymityWords: Set<string>;
  /** The last words of those phrases ("named", "anonymity"): walking back over an aside meets them first. */
  anonymityEnds: Set<string>;
  /** The pack's `reporting.adjunctPrepositions` and `countingVerbs`, lower-cased. */
  adjunctPrepositions: Set<string>;
  countingVerbs: Set<string>;
  /** The pack's `reporting.notReporting`, each as its lower-case words. */
  notReporting: string[][];
  /** Their first words: a cue is compared with them only when it is one. */
  notReportingStarts: Set<string>;
  /** The pack's `reporting.motionParticles`, lower-cased. */
  motionParticles: Set<string>;
  possessive: Map<string, string>;
}

const cache = new WeakMap<LanguagePack, Lexicon>();

const lower = (words: readonly string[] | undefined): Set<string> =>
  new Set((words ?? []).map((word) => word.toLowerCase()));

/** The compiled form of a pack, built on first use and cached per pack object. */
export function lexiconOf(pack: LanguagePack): Lexicon {
  const cached = cache.get(pack);
  if (cached) return cached;
  const lexicon = compile(pack);
  cache.set(pack, lexicon);
  return lexicon;
}

function compile(pack: LanguagePack): Lexicon {
  const { reporting, people, organizations, groups, places } = pack;
  const verbs = new Map<string, VerbForm>();
  for (const verb of reporting.verbs) {
    const bareContent = verb.bareContent === true;
    for (const form of verb.forms) {
      verbs.set(form.toLowerCase(), { lemma: verb.lemma, inverted: false, suffix: 0, bareContent });
      // With the suffix, a prefixed form takes an object ("menyebutnya", called it): no clause follows.
      for (const suffix of reporting.speakerSuffixes) {
        const key = form.toLowerCase() + suffix.toLowerCase();
        if (!verbs.has(key)) verbs.set(key, { lemma: verb.lemma, inverted: false, suffix: 0, bareContent: false });
      }
    }
    for (const form of verb.inverted ?? []) {
      const key = form.toLowerCase();
      if (!verbs.has(key)) verbs.set(key, { lemma: verb.lemma, inverted: true, suffix: 0, bareContent });
      for (const suffix of reporting.speakerSuffixes) {
        verbs.set(key + suffix.toLowerCase(), {
          lemma: verb.lemma,
          inverted: true,
          suffix: suffix.length,
          bareContent,
        });
      }
    }
  }
  const titleWords = lower(people.titleWords);
  for (const title of people.titles) for (const word of title.split(/\s+/)) titleWords.add(word.toLowerCase());
  const everything = [
    ...people.titles,
    ...people.honorifics,
    ...organizations.cues,
    ...(places.cues ?? []),
    ...places.known,
    ...(pack.abbreviations ?? []),
    // "Sept. 11": a month's short form ends no sentence.
    ...pack.dates.monthsShort,
  ];
  const abbreviations = new Set<string>();
  for (const entry of everything) {
    for (const word of entry.split(/\s+/)) if (word.endsWith(".")) abbreviations.add(word.toLowerCase());
  }
  const lettersBeforeSymbol = Object.keys(pack.numbers.currencies).filter((sign) => LETTERS_BEFORE_SYMBOL.test(sign));
  const calendar = lower([...pack.dates.weekdays, ...pack.dates.months, ...pack.dates.monthsShort]);
  const common = new Set([...lower(pack.stopwords), ...calendar]);
  for (const list of [
    reporting.complementizers,
    reporting.negators,
    reporting.coordinators,
    pack.pronouns.personSingular,
  ]) {
    for (const word of list ?? []) common.add(word.toLowerCase());
  }
  const compiled: Omit<Lexicon, "wordFlags" | "symbolFlags"> = {
    verbs,
    complementizers: lower(reporting.complementizers),
    accordingTo: new PhraseSet(reporting.accordingTo, WordFlag.AccordingToStart),
    negators: lower(reporting.negators),
    adverbs: lower(reporting.adverbs),
    coordinators: lower(reporting.coordinators),
    subordinators: lower(reporting.subordinators),
    acronymCues: lower(reporting.acronymCues),
    singular: lower(pack.pronouns.personSingular),
    plural: lower(pack.pronouns.plural),
    neuter: lower(pack.pronouns.neuter ?? []),
    titles: new PhraseSet(people.titles, WordFlag.TitleStart),
    titleWords,
    honorifics: lower(people.honorifics),
    particles: lower(people.nameParticles),
    nameLeads: lower(people.nameLeads),
    mononyms: people.mononyms === true,
    surnameTitles: lower(people.surnameTitles),
    initialsTitles: new PhraseSet(people.initialsTitles ?? [], WordFlag.InitialsTitleStart),
    partyLetters: new Set(people.partyLetters ?? []),
    agesInBrackets: people.agesInBrackets === true,
    thingContexts: lower(people.thingContexts),
    thingEnds: lower(people.thingEnds),
    thingStarts: lower(people.thingStarts),
    foreignStopwords: lower(pack.foreignStopwords),
    commonAffixes: (people.commonAffixes ?? []).map(([prefix, suffix]) => [prefix.toLowerCase(), suffix.toLowerCase()]),
    openerSuffixes: (people.openerSuffixes ?? []).map((suffix) => suffix.toLowerCase()),
    adjectiveSuffixes: (people.adjectiveSuffixes ?? []).map((suffix) => suffix.toLowerCase()),
    predicateMarkers: lower(people.predicateMarkers),
    pluralVerbs: lower(people.pluralVerbs),
    verbPrefixes: (people.verbPrefixes ?? []).map((prefix) => prefix.toLowerCase()),
    relativizers: lower(people.relativizers),
    demonstratives: lower(people.demonstratives),
    passiveAffixes: (people.passiveAffixes ?? []).map(([prefix, suffix]) => [
      prefix.toLowerCase(),
      suffix.toLowerCase(),
    ]),
    officeTitles: new PhraseSet(people.officeTitles ?? [], WordFlag.OfficeTitleStart),
    portfolioTitles: lower(people.portfolioTitles),
    cabinetTitles: lower(people.cabinetTitles),
    compoundEndings: lower(people.compoundEndings),
    peopleEndings: [...lower(people.peopleEndings)],
    commonNouns: lower(people.commonNouns),
    orgCues: new PhraseSet(organizations.cues, WordFlag.OrgCueStart),
    orgUnits: new PhraseSet(organizations.units ?? [], WordFlag.OrgUnitStart),
    orgNameCues: lower(organizations.nameCues),
    orgStandalone: new PhraseSet(organizations.standalone ?? [], WordFlag.OrgStandaloneStart),
    titleOffices: lower(organizations.titleOffices),
    abbreviationPrefixes: (organizations.abbreviationPrefixes ?? []).map((prefix) => prefix.toLowerCase()),
    // Kept as written: only the capitalised article counts.
    nameArticles: new Set(organizations.nameArticles ?? []),
    nationalSuffixes: lower(organizations.nationalSuffixes),
    orgDescriptors: new PhraseSet(organizations.descriptors ?? [], WordFlag.DescriptorStart),
    connectors: lower(organizations.connectors),
    orgConjunctions: lower(organizations.conjunctions),
    orgHeadNouns: lower(organizations.headNouns),
    orgContexts: lower(organizations.contexts),
    orgCuesLead: organizations.cuesLead === true,
    commonAcronyms: lower(organizations.commonAcronyms),
    workplacePrepositions: lower(organizations.workplacePrepositions),
    companyNouns: lower(organizations.companyNouns),
    companyMarks: lower(organizations.companyMarks),
    closingCues: lower(organizations.closingCues),
    orgFinalWords: lower(organizations.finalWords),
    lettersBeforeSymbol: lower(lettersBeforeSymbol),
    symbolsAfterLetters: new Set(lettersBeforeSymbol.map((sign) => sign.slice(-1))),
    placeContexts: lower(places.contexts),
    placeSuffixes: lower(places.suffixes),
    placeHeadNouns: lower(places.headNouns),
    placePrefixes: lower(places.prefixes),
    demonyms: demonymsOf(places.known, places.demonyms),
    residencePrepositions: lower(places.residencePrepositions),
    placeCueConnectors: lower(places.cueConnectors),
    groupNouns: lower(groups.nouns),
    groupDeterminers: lower(groups.determiners),
    groupModifiers: lower(groups.modifiers),
    informedNouns: lower(groups.informed?.nouns),
    groupPrepositions: lower(groups.prepositions),
    informedPhrases: wordLists(groups.informed?.phrases),
    placePrepositions: lower(places.prepositions),
    placeCues: new PhraseSet(places.cues ?? [], WordFlag.PlaceCueStart),
    facilities: new PhraseSet(places.facilities ?? [], WordFlag.FacilityStart),
    knownPlaces: new PhraseSet(
      places.known.map((name) => name.replace(/,/g, " ,")),
      WordFlag.KnownPlaceStart,
    ),
    common,
    months: lower(pack.dates.months),
    numberWords: lower(Object.keys(pack.numbers.words)),
    calendar,
    timeUnits: lower(Object.keys(pack.dates.units)),
    abbreviations,
    sourceDeterminers: lower(reporting.sourceDeterminers),
    definiteDeterminers: lower(reporting.definiteDeterminers),
    cueNouns: lower(reporting.cueNouns),
    relativePronouns: lower(reporting.relativePronouns),
    passiveAuxiliaries: lower(reporting.passiveAuxiliaries),
    agentPrepositions: lower(reporting.agentPrepositions),
    recipientPrepositions: lower(reporting.recipientPrepositions),
    modals: lower(reporting.modals),
    cueNounLinks: lower(reporting.cueNounLinks),
    affiliationPrepositions: lower(reporting.affiliationPrepositions),
    pluralEnding: reporting.pluralEnding,
    pastEnding: reporting.pastEnding,
    anonymityPhrases: wordLists(reporting.anonymityPhrases),
    approximators: wordLists(pack.numbers.approximators),
    anonymityWords: new Set(wordLists(reporting.anonymityPhrases).flat()),
    anonymityEnds: new Set(wordLists(reporting.anonymityPhrases).map((words) => words[words.length - 1] ?? "")),
    adjunctPrepositions: lower(reporting.adjunctPrepositions),
    countingVerbs: lower(reporting.countingVerbs),
    motionParticles: lower(reporting.motionParticles),
    notReporting: wordLists(reporting.notReporting),
    notReportingStarts: new Set(wordLists(reporting.notReporting).map((words) => words[0] ?? "")),
    possessive: new Map(Object.entries(pack.pronouns.possessive ?? {})),
  };
  const wordFlags = wordFlagsOf(compiled);
  const symbolFlags = new Map([...wordFlags].filter(([word]) => !STARTS_WITH_LETTER.test(word)));
  return { ...compiled, wordFlags, symbolFlags };
}

/** Each phrase as its lower-case words, for rules that read a few phrases off the hot path. */
/** Each known place's adjectives by the pack's endings, with its irregular ones; never a known place's own name. */
function demonymsOf(known: readonly string[], rules: LanguagePack["places"]["demonyms"]): Map<string, string> {
  const demonyms = new Map<string, string>();
  if (!rules) return demonyms;
  const places = new Set(known.map((name) => name.toLowerCase()));
  for (const name of known) {
    const lowerName = name.toLowerCase();
    const stems = [lowerName];
    if (/[aeiouy]$/.test(lowerName)) stems.push(lowerName.slice(0, -1));
    for (const stem of stems)
      for (const ending of rules.endings) {
        const form = stem + ending;
        if (!places.has(form) && !demonyms.has(form)) demonyms.set(form, name);
      }
  }
  for (const [adjective, place] of Object.entries(rules.irregular ?? {})) demonyms.set(adjective.toLowerCase(), place);
  return demonyms;
}

const wordLists = (phrases: readonly string[] | undefined): string[][] =>
  (phrases ?? []).map((phrase) => phrase.toLowerCase().split(/\s+/));

/** A currency sign of letters and one symbol: "US$", "S$". */
const LETTERS_BEFORE_SYMBOL = /^\p{L}+[^\p{L}\p{N}]$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

function wordFlagsOf(lexicon: Omit<Lexicon, "wordFlags" | "symbolFlags">): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const word of words) flags.set(word, (flags.get(word) ?? 0) | flag);
  };
  mark(lexicon.verbs.keys(), WordFlag.Verb);
  mark(lexicon.groupDeterminers, WordFlag.GroupDeterminer);
  mark(lexicon.honorifics, WordFlag.Honorific);
  mark(lexicon.common, WordFlag.Common);
  mark(lexicon.groupNouns, WordFlag.GroupNoun);
  mark(lexicon.verbs.keys(), WordFlag.Cue);
  mark(lexicon.cueNouns, WordFlag.Cue);
  mark(lexicon.accordingTo.firstWords(), WordFlag.Cue);
  mark(lexicon.singular, WordFlag.Singular);
  for (const set of Object.values(lexicon)) if (set instanceof PhraseSet) mark(set.firstWords(), set.startFlag);
  mark(lexicon.coordinators, WordFlag.Coordinator);
  mark(lexicon.subordinators, WordFlag.Subordinator);
  mark(lexicon.complementizers, WordFlag.Complementizer);
  mark(lexicon.passiveAuxiliaries, WordFlag.PassiveAuxiliary);
  mark(lexicon.adverbs, WordFlag.Adverb);
  mark(lexicon.calendar, WordFlag.Calendar);
  mark(lexicon.particles, WordFlag.Particle);
  mark(lexicon.titleWords, WordFlag.TitleWord);
  mark(lexicon.plural, WordFlag.Plural);
  mark(lexicon.acronymCues, WordFlag.AcronymCue);
  for (const list of [
    lexicon.common,
    lexicon.groupNouns,
    lexicon.groupDeterminers,
    lexicon.thingContexts,
    lexicon.commonNouns,
  ])
    mark(list, WordFlag.CommonStart);
  mark(
    [...lexicon.demonyms.keys()].map((demonym) => demonym.slice(demonym.lastIndexOf(" ") + 1)),
    WordFlag.Demonym,
  );
  return flags;
}

/** A people's plural by its ending (`people.peopleEndings`): "americans", "ukrainians". */
export function peoplesEnding(lexicon: Lexicon, lower: string): boolean {
  return lexicon.peopleEndings.some((ending) => lower.endsWith(ending));
}

/** Whether a word carries one of the affix pairs around a stem of three letters or more. */
export function affixed(affixes: readonly [string, string][], lower: string): boolean {
  for (const [prefix, suffix] of affixes) {
    if (lower.length >= prefix.length + suffix.length + 3 && lower.startsWith(prefix) && lower.endsWith(suffix))
      return true;
  }
  return false;
}

/**
 * A lower-case word whose form opens a predicate: a marker ("akan", "juga") or, where verbs carry
 * affixes, a verb by them ("mendukung"; "dinobatkan" when `passive`). The stem after a prefix runs
 * four letters or more: "mendukung", not "mereka".
 */
export function predicateWord(lexicon: Lexicon, lower: string, flags: number, passive: boolean): boolean {
  if (lexicon.predicateMarkers.has(lower)) return true;
  if ((flags & WordFlag.Common) !== 0) return false;
  if (passive && affixed(lexicon.passiveAffixes, lower)) return true;
  return lexicon.verbPrefixes.some((prefix) => lower.length >= prefix.length + 4 && lower.startsWith(prefix));
}
