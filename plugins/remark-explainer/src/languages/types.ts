/**
 * What the annotator knows about one language. Everything language-specific
 * lives in one object of this shape per language (`languages/id.ts`,
 * `languages/en.ts`); the rules in `core/` read it and hold no words of their own.
 *
 * Word lists are matched case-insensitively unless a field says otherwise.
 * Multi-word entries ("juru bicara", "according to") are allowed everywhere.
 */
export interface LanguagePack {
  /** BCP 47 primary subtag: `"id"`, `"en"`. */
  code: string;
  /** English name of the language, for messages. */
  name: string;
  /** Very frequent words, used to detect the language and to stop name runs. */
  stopwords: string[];

  reporting: {
    /**
     * Reporting verbs, each with every surface form the rules should match
     * (base, affixed, inflected): `{ lemma: "kata", forms: ["kata", "berkata", "mengatakan"] }`.
     */
    verbs: ReportingVerb[];
    /** Words that open reported content: `"bahwa"`, `"that"`. */
    complementizers: string[];
    /** Phrases placing the source before the content: `"menurut"`, `"according to"`. */
    accordingTo: string[];
    /** Suffixes that carry the speaker on a verb: `"nya"` (katanya, ujarnya). */
    speakerSuffixes: string[];
  };

  pronouns: {
    /** Third-person singular pronouns that can stand for a person: dia, ia, beliau; he, she. */
    personSingular: string[];
    /** Plural pronouns that can stand for an organization or group: mereka; they. */
    plural: string[];
  };

  people: {
    /** Titles and roles that precede a name: Presiden, Menteri, juru bicara; President, spokeswoman. */
    titles: string[];
    /** Honorifics: Bapak, Ibu, Dr., Prof., H., Hj.; Mr., Ms., Dr. */
    honorifics: string[];
    /** Lower-case particles inside names: bin, binti, van, von, de, al-. */
    nameParticles: string[];
  };

  organizations: {
    /** Words that make a capitalised run an organization: Kementerian, Badan, Partai; Ministry, Agency. */
    cues: string[];
  };

  groups: {
    /** Nouns for unnamed sources: pejabat, sumber; official, source. */
    nouns: string[];
    /** Indefinite determiners before them: seorang, sejumlah; a, an, one, several. */
    determiners: string[];
  };

  places: {
    /** Prepositions that introduce a place: di, ke, dari; in, to, from. */
    prepositions: string[];
    /** General knowledge: countries and major cities, in this language's spelling. */
    known: string[];
  };

  numbers: NumberConventions;
  dates: DateConventions;
}

export interface ReportingVerb {
  lemma: string;
  forms: string[];
}

export interface NumberConventions {
  /** Decimal separator: `","` (id) or `"."` (en). */
  decimal: string;
  /** Thousands separator: `"."` (id) or `","` (en). */
  group: string;
  /** Number words: `{ satu: 1, sepuluh: 10 }`. */
  words: Record<string, number>;
  /** Scale words: `{ ribu: 1e3, juta: 1e6 }`. */
  scales: Record<string, number>;
  /** Vague plurals of scales: `{ puluhan: 10, ratusan: 100 }` ("puluhan ribu" ≈ 10,000+). */
  vagueScales: Record<string, number>;
  /** Words meaning percent: `"persen"`, `"percent"`. */
  percent: string[];
  /** Currency symbols and words to ISO 4217 codes: `{ Rp: "IDR", $: "USD" }`. */
  currencies: Record<string, string>;
  /** Words that make a figure approximate: sekitar, hampir; about, nearly. */
  approximators: string[];
  /** Phrases that link a figure to an earlier value: "naik dari", "up from". */
  changeFrom: string[];
}

export interface DateConventions {
  /** Weekday names, Monday first. */
  weekdays: string[];
  /** Month names, January first (full forms). */
  months: string[];
  /** Abbreviated month names, January first. */
  monthsShort: string[];
  /** Relative expressions and their offset in days from the article date. */
  relative: Record<string, { days?: number; weeks?: number; months?: number; years?: number }>;
}
