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
  /**
   * Function words of a language often quoted inside this one (English in Indonesian
   * news: on, of, the): a capitalised run beside or holding them is a foreign phrase
   * ("Return on Equity"), not a person.
   */
  foreignStopwords?: string[];
  /**
   * Abbreviations whose period ends no sentence, beyond the titles, honorifics and
   * cues already listed: US state abbreviations ("Springfield, Va., said"), Jr.
   */
  abbreviations?: string[];

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
    /** Words that negate a following verb, so it reports nothing: tidak, belum; not, never. */
    negators?: string[];
    /**
     * Words that may stand between a speaker and the verb, or between the verb and
     * its content, without breaking the link: juga, telah, pada, hari; also, has, on.
     */
    adverbs?: string[];
    /** Conjunctions joining two verb phrases of one subject: dan, namun; and, but. */
    coordinators?: string[];
    /**
     * Words opening a subordinate clause before the main one: ketika, meski; when, although.
     * A cue inside it ("When Lane noted that …, the crowd cheered") reports up to the comma.
     */
    subordinators?: string[];
    /** Words that introduce the expansion of an acronym: akronim, singkatan; stands for. */
    acronymCues?: string[];
    /**
     * Determiners that open a described source standing for a speaker with no name:
     * the, one, another ("the campaign said", "one official said", "according to the poll").
     * The description becomes a `group` entity; one headed by a title ("the president")
     * is the person last seen with that title.
     */
    sourceDeterminers?: string[];
    /**
     * The definite ones among them: a definite description ("the official", "the ministry")
     * is the entity last seen with that head noun (A senior official, the Ministry of …).
     */
    definiteDeterminers?: string[];
    /**
     * Nouns that report what their owner said when a complementizer follows: claim,
     * statement; klaim, pernyataan. The owner stands before them in a possessive ("Reed's
     * claim that …", "his claim that …") or is named right after them ("klaim Budi bahwa …").
     */
    cueNouns?: string[];
    /**
     * Words after a cue noun that open its content besides the complementizers: an infinitive's
     * "to" or a topic preposition ("his decision to …", "Reed's comments about …").
     */
    cueNounLinks?: string[];
    /**
     * Relative pronouns that stand for the speaker before them: who, which, that; yang.
     * "Jo Reed, who said …": the pronoun is the literal source, Reed the speaker.
     */
    relativePronouns?: string[];
    /**
     * Auxiliaries making a following participle passive: is, was, been; "was reported by …",
     * "is expected to …" report nothing of the subject's. A form ending in
     * `progressiveEnding` after them stays active ("is saying").
     */
    passiveAuxiliaries?: string[];
    /** The ending of the progressive form, active after an auxiliary: "ing". */
    progressiveEnding?: string;
    /**
     * The ending of manner adverbs ("ly"): a lower-case word with it between a subject and its
     * cue belongs to neither ("Reed promptly said", "the agency swiftly denied").
     */
    adverbEnding?: string;
    /** The ending of regular plural nouns ("s"): "mayors" heads a source as "mayor" does. */
    pluralEnding?: string;
    /** The ending of regular past-tense verbs ("ed"): "Congress passed" opens with its subject. */
    pastEnding?: string;
    /** Prepositions introducing a passive's agent right after a participle: by ("backed by the West"). */
    agentPrepositions?: string[];
    /**
     * Prepositions of whom something was said to, right after the cue, where a comma then opens
     * what was said: kepada ("mengatakan kepada kantor berita AFP, …"). Not English "to", an infinitive's too.
     */
    recipientPrepositions?: string[];
    /**
     * Words before a verb that make it an obligation or a request, no report: harus, diminta
     * ("Pemudik diminta memastikan kendaraannya prima").
     */
    modals?: string[];
    /**
     * Prepositions joining a speaker to the organization they speak for, between name and verb:
     * of, at, from ("Jo Reed of the Sierra Club said").
     */
    affiliationPrepositions?: string[];
    /**
     * Phrases that say why a source is unnamed, not what it said: right after a cue ("asked not
     * to be named", "spoke on condition of anonymity"), or holding one, which then reports nothing
     * ("yang tidak mau disebutkan namanya").
     */
    anonymityPhrases?: string[];
    /**
     * Prepositions that, after a trailing attribution and a comma, open the cue's own adjunct, not
     * more of what was said: "…, kata Lestari, kepada wartawan", "…, Reed said, to reporters".
     */
    adjunctPrepositions?: string[];
    /**
     * Lemmas of reporting verbs that, with a number right after them, count instead of reporting:
     * add ("Employers added 94,000 jobs", "shares added 2%").
     */
    countingVerbs?: string[];
    /**
     * Particles that, right after a reporting verb with no complementizer after it, make it a verb
     * of motion that reports nothing: into, onto ("Hurricane Delia slammed into the coast").
     */
    motionParticles?: string[];
    /**
     * Phrases opening with a reporting verb that report nothing: figures compared ("every 2.5
     * minutes, compared with every 15 minutes"), a launch ("the rocket blasted off").
     */
    notReporting?: string[];
  };

  pronouns: {
    /** Third-person singular pronouns that can stand for a person: dia, ia, beliau; he, she. */
    personSingular: string[];
    /** Plural pronouns that can stand for an organization or group: mereka; they. */
    plural: string[];
    /** Those of `plural` that never stand for people: it (an organization's, never a person's). */
    neuter?: string[];
    /** Possessive determiners and the pronoun each stands for: { his: "he", their: "they" }. */
    possessive?: Record<string, string>;
  };

  people: {
    /**
     * Titles and roles that precede a name: Presiden, Menteri, juru bicara; President, spokeswoman.
     * Multi-word portfolios ("Menteri Luar Negeri") may be listed whole.
     */
    titles: string[];
    /** Honorifics: Bapak, Ibu, Dr., Prof., H., Hj.; Mr., Ms., Dr. */
    honorifics: string[];
    /** Lower-case particles inside names: bin, binti, van, von, de, al-. */
    nameParticles: string[];
    /**
     * Capitalised words that open a personal name and belong to it, even when
     * short or a common word elsewhere: Balinese birth-order names I, Ni, Made, Wayan.
     */
    nameLeads?: string[];
    /**
     * People are often named by one name alone, first mention included (Indonesian: "Diyanto dari
     * Dinas Perhubungan"): a lone capitalised word opening a sentence may be a name. Where they are
     * not (English), such a word the article never capitalises mid-sentence is a common word.
     */
    mononyms?: boolean;
    /**
     * Titles that are also surnames, a name's own when they close it after a name word: Hakim,
     * Sultan ("Lukman Hakim mengatakan", not an office "Lukman" of judges).
     */
    surnameTitles?: string[];
    /**
     * Titles held by a person, never an organization's office, after which one
     * all-caps word is a person's initials: Presiden SBY, Wapres JK.
     */
    initialsTitles?: string[];
    /**
     * Whether a person's age follows their name in brackets, so that capitals before one are
     * someone's initials: "tersangka AS (34)" (crime reports name suspects by initials).
     */
    agesInBrackets?: boolean;
    /** Party letters of the label after a legislator's name, no name themselves: R, D ("Sen. Jo Reed, R-Texas,"). */
    partyLetters?: string[];
    /**
     * Lower-case nouns after which a capitalised word names a thing (a species, a
     * disease, a language, a product), not a person: virus, spesies, bahasa; virus, species.
     */
    thingContexts?: string[];
    /**
     * Capitalised words closing the names of laws and treaties, which name no one: Act, Treaty
     * ("the Affordable Care Act", "the AI Act").
     */
    thingEnds?: string[];
    /**
     * Capitalised words opening the names of laws and regulations, which name no one: Peraturan,
     * Undang-Undang ("Peraturan Menteri Keuangan" is a regulation, not the minister).
     */
    thingStarts?: string[];
    /** Capitalised words that extend a title but are not names: Luar, Negeri, Jenderal; General, Foreign. */
    titleWords?: string[];
    /**
     * Affix pairs of derived common words, which are never name words even when
     * capitalised: `["pe", "an"]` (Pembangunan), `["", "nya"]` (Rencananya). The stem
     * between them must have three letters or more.
     */
    commonAffixes?: [prefix: string, suffix: string][];
    /**
     * Endings of adverbs and participles that open sentences: ly, ing, ed (Promptly,
     * Following, Chastened). A sentence's first word with one, before a comma or a
     * lower-case word, is no name unless the article capitalises it mid-sentence.
     */
    openerSuffixes?: string[];
    /**
     * Endings of adjectives of peoples and creeds: ian, ic, ese, ish (Orwellian, Islamic,
     * Chinese). A word with one before a lower-case word modifies it ("the Islamic group"):
     * no name, unless the article knows it as one.
     */
    adjectiveSuffixes?: string[];
    /**
     * Lower-case words that open a predicate: juga, tak, telah. A lone capitalised
     * word opening a sentence before one is its subject, a name ("Budiarto juga hadir").
     */
    predicateMarkers?: string[];
    /**
     * Verb forms only a plural subject takes: are, were, have. A lone capitalised word opening a
     * sentence before one is a common noun, no one's name ("Customers have signed …").
     */
    pluralVerbs?: string[];
    /**
     * Common nouns and adjectives that no personal name uses, capitalised inside the
     * names of things (Badan Pengatur Minyak dan Gas Bumi, Sidang Paripurna): words of
     * no person. Runs go on through them; leave out words that are also given names.
     */
    commonNouns?: string[];
    /**
     * Prefixes of verbs: me, ber, ter. A lone capitalised word opening a sentence before a
     * longer word with one ("Budiarto mendukung") is its subject, a name.
     */
    verbPrefixes?: string[];
    /**
     * Demonstratives that close a noun phrase: ini, itu, tersebut. A lone word opening a
     * sentence before one heads a common noun phrase ("Kondisi ini dikhawatirkan …"), no name.
     */
    demonstratives?: string[];
    /** Relative pronouns: yang. "Budiarto yang tengah …": the predicate after them counts too. */
    relativizers?: string[];
    /**
     * Affix pairs of passive verbs: `["di", "kan"]` (dinobatkan). A lone capitalised word
     * opening a sentence before one is its subject ("Budiarto dinobatkan …").
     */
    passiveAffixes?: [prefix: string, suffix: string][];
    /**
     * Titles of an office that news names with its organization before the holder:
     * Ketua Umum, Direktur ("Ketua Umum Sembada Budi Wiyono Santoso"). A run of three
     * words or more after one, with no cue, opens with that organization's one-word name.
     */
    officeTitles?: string[];
    /**
     * Titles whose portfolio may join two fields with a connector before the holder's name:
     * Menteri ("Menteri Komunikasi dan Digital Meutya Hafid", "Menteri Hukum dan HAM Yasonna Laoly").
     */
    portfolioTitles?: string[];
    /**
     * Titles of a government's ministers, whose one-word portfolio may stand between a people's
     * adjective and them: Minister, Secretary ("French Economy Minister …"; not "Korean Air CEO").
     */
    cabinetTitles?: string[];
    /**
     * Lower-case words that, joined by a hyphen after a name, make an adjective of it:
     * led, backed, based ("Republican-led states", "Saudi-backed forces").
     */
    compoundEndings?: string[];
    /**
     * Endings of capitalised plural nouns for peoples and adherents: ians, cans, eans
     * ("rural Americans", "Ukrainians", "Europeans", "Republicans"). One word with one names no one.
     */
    peopleEndings?: string[];
  };

  organizations: {
    /** Words that make a capitalised run an organization: Kementerian, Badan, Partai; Ministry, Agency. */
    cues: string[];
    /**
     * Words for a unit of an organization (Fraksi, DPP, Kantor Wilayah): before an
     * organization's name they are no part of it ("Fraksi | Gerindra", "DPD | Partai Hanura
     * | Bali"); one word after the unit's organization ends in its branch's place.
     */
    units?: string[];
    /**
     * Cue words that are also words of an organization's own name after another cue:
     * Gerakan, Koperasi ("Partai Gerakan …", "Kementerian Koperasi dan UKM"). There they
     * open no second organization, as a cue after a bare cue otherwise does (Fraksi | Partai …).
     */
    nameCues?: string[];
    /**
     * Cues that name one organization on their own (Polri, Kemenlu, Parlemen). Where cues
     * lead names, any other cue alone names nothing ("Perusahaan jasa angkutan …").
     */
    standalone?: string[];
    /**
     * Words naming the office of a title's holder, an organization with the title (and place)
     * after them: Kantor ("Kantor Perdana Menteri Israel", "Kantor Staf Presiden").
     */
    titleOffices?: string[];
    /**
     * Articles written capitalised inside a sentence as the start of a newspaper's, journal's or
     * other organization's name: The ("in The Lancet", "The Guardian reported").
     */
    nameArticles?: string[];
    /** Beginnings of one-word abbreviations that name organizations: Kemen ("Kemenhub"), Pers ("Persib"). */
    abbreviationPrefixes?: string[];
    /** The country's names that close an organization's acronym: RI, Indonesia ("DPR RI", "PKB Indonesia"). */
    nationalSuffixes?: string[];
    /** Lower-case descriptions that precede an organization's name: layanan berita; news agency. */
    descriptors?: string[];
    /** Lower-case words allowed inside an organization's name: of, for (Department of Defense). */
    connectors?: string[];
    /**
     * Conjunctions that go on with an organization's name once a connector has followed its cue:
     * and ("Department of Health and Human Services", "Centers for Disease Control and
     * Prevention"; not "the State Department and Pentagon").
     */
    conjunctions?: string[];
    /**
     * Lower-case nouns after a name that make it an organization's: union, group, party ("the
     * United Auto Workers union", "the Teamsters union").
     */
    headNouns?: string[];
    /** Lower-case words after which a bare name or acronym is an organization: partai, kader, fraksi; party. */
    contexts?: string[];
    /**
     * Cues open an organization's name (Kementerian Luar Negeri), so a second cue or
     * an acronym inside a run starts another organization: "Fraksi | Partai Demokrat",
     * "Fakultas Kehutanan | UGM". English cues close names (State Department): false.
     */
    cuesLead?: boolean;
    /** Acronyms of common nouns, never organizations: BBM (fuel), RUU (bill); GDP, CEO. */
    commonAcronyms?: string[];
    /**
     * Prepositions after a title or source noun that make the name after them where that
     * person works, an organization: at ("analysts at Morgan Stanley", "a professor at Kestrel").
     */
    workplacePrepositions?: string[];
    /**
     * Lower-case nouns that, with a definite article before them or a demonstrative after, stand
     * for the company last named: "the company said", "the insurer", "perusahaan itu mengatakan".
     */
    companyNouns?: string[];
    /** Words of a name that make it a company's, the ones `companyNouns` stand for: Inc, Corp, Partners; PT, Tbk. */
    companyMarks?: string[];
    /**
     * Where cues lead names, the cues that close one instead, a name before them: Sekuritas
     * ("BNI Sekuritas Budi Raharjo", "Mirae Asset Sekuritas Indonesia"). Listed among `cues` too.
     */
    closingCues?: string[];
    /**
     * Where cues lead names, words that often end an organization's name (not cues: no name
     * follows them inside it): Nasional, Pusat, Statistik. A holder's name after one may run to
     * three words ("Kepala Badan Pusat Statistik | Amalia Adininggar Widyasanti").
     */
    finalWords?: string[];
  };

  groups: {
    /** Nouns for unnamed sources: pejabat, sumber; official, source. */
    nouns: string[];
    /** Indefinite determiners before them: seorang, sejumlah; a, an, one, several. */
    determiners: string[];
    /** Adjectives allowed between determiner and noun: senior, tinggi. */
    modifiers?: string[];
    /**
     * Sources known by what they know: nouns that head one only before such a phrase, and the
     * phrases, each followed by a description of what is known ("a person familiar with the
     * matter", "people with knowledge of the talks").
     */
    informed?: { nouns: string[]; phrases: string[] };
    /**
     * Prepositions after the noun that name whom the source speaks for, besides place
     * prepositions and "of": for ("a spokesman for the ministry", "a spokesperson for the agency").
     */
    prepositions?: string[];
  };

  places: {
    /** Prepositions that introduce a place: di, ke, dari; in, to, from. */
    prepositions: string[];
    /** General knowledge: countries and major cities, in this language's spelling. */
    known: string[];
    /**
     * How this language makes the adjective of a people from a known place's name: endings added
     * to the name, or to it without its final vowel or "y" (n, an, ian, ese, i: "Russian", "Mexican",
     * "Ukrainian", "Japanese", "Chinese", "Pakistani"), and the adjectives no ending makes
     * (`{ German: "Germany", British: "Britain" }`). Such a word names that place ("German Chancellor").
     */
    demonyms?: { endings: string[]; irregular?: Record<string, string> };
    /** Words that make a capitalised run a place: Provinsi, Kota, Oblast; Province, County. */
    cues?: string[];
    /** Words that join a one-word cue to the name after it: of ("Gulf of Aden", "Bay of Bengal", "Isle of Man"). */
    cueConnectors?: string[];
    /**
     * Organization cues that name a building after a place preposition: Rumah Sakit, Kantor
     * ("dirawat di Rumah Sakit …", "di Kantor Kementerian …" are places; as subjects, organizations).
     */
    facilities?: string[];
    /** Lower-case words after which a capitalised name is a place: ibukota, daerah, wilayah; capital. */
    contexts?: string[];
    /**
     * Lower-case nouns after a name that make it a place's: city, province, parish ("off Calapan
     * city", "Sindh province", "Terrebonne parish").
     */
    headNouns?: string[];
    /** Capitalised words that go on with a known place's name after it: Tengah, Utara ("Lampung Tengah"). */
    suffixes?: string[];
    /** Prepositions of where a person lives, after their age set off by commas: of ("John Doe, 34, of Tulsa"). */
    residencePrepositions?: string[];
    /** Capitalised words that open a known place's name before it: North, Central ("South Jakarta", "Central Java"). */
    prefixes?: string[];
  };

  numbers: NumberConventions;
  dates: DateConventions;
}

export interface ReportingVerb {
  lemma: string;
  /** Forms whose subject is the speaker, before or after them: mengatakan, said. */
  forms: string[];
  /**
   * Forms used only after the content, with the speaker after them: kata, ujar
   * ("…,” kata Lestari). The speaker-suffix forms (katanya) are derived from these.
   */
  inverted?: string[];
  /** True when the content may follow with no complementizer: "mengatakan pasukan …", "said the troops …". */
  bareContent?: boolean;
}

export interface NumberConventions {
  /** Decimal separator: `","` (id) or `"."` (en). */
  decimal: string;
  /** Thousands separator: `"."` (id) or `","` (en). */
  group: string;
  /** Number words that can open a number: `{ dua: 2, sepuluh: 10, seratus: 100 }`; `{ two: 2, twenty: 20 }`. */
  words: Record<string, number>;
  /** Words that multiply the number word before them inside a compound: `{ puluh: 10, ratus: 100 }`; `{ hundred: 100 }`. */
  multipliers: Record<string, number>;
  /** Words that add ten to the number word before them: `"belas"` (dua belas = 12). */
  teens: string[];
  /** Scale words: `{ ribu: 1e3, juta: 1e6 }`. */
  scales: Record<string, number>;
  /** Vague plurals of scales: `{ puluhan: 10, ratusan: 100 }` ("puluhan ribu" ≈ 10,000+). */
  vagueScales: Record<string, number>;
  /** Words joining a vague scale to what it counts: `"of"` (thousands of troops). */
  partitives: string[];
  /** Words meaning percent: `"persen"`, `"percent"`. */
  percent: string[];
  /** Currency symbols and codes written before the amount, to ISO 4217 codes: `{ Rp: "IDR", $: "USD" }`. */
  currencies: Record<string, string>;
  /** Currency words written after the amount: `{ "dolar AS": "USD", rupiah: "IDR" }`; `{ dollars: "USD" }`. */
  currencyWords: Record<string, string>;
  /** Words that make a figure approximate: sekitar, hampir; about, nearly. */
  approximators: string[];
  /** Phrases that link a figure to an earlier value: "naik dari", "up from". */
  changeFrom: string[];
  /** Words that introduce the new value after the earlier one: "menjadi", "to" (naik dari 3.000 menjadi 10.000). */
  changeTo: string[];
  /**
   * Words joining a bare number to a second one as the ends of a range, where others write a dash:
   * hingga, sampai; to ("8 hingga 10 persen", "8 to 10 percent").
   */
  rangeWords?: string[];
  /** Words after which such a pair is a change, no range: from ("rose from 8 to 10 percent"). */
  rangeNotAfter?: string[];
  /** The other way of writing a range: words before its first number and between its two: between … and. */
  rangeBetween?: { before: string[]; words: string[] };
  /**
   * The other order, the new value first: phrases before it ("rose to", "naik menjadi") and the
   * word before the earlier value that follows it ("from", "dari"): "fell to 3.4% in May from 3.5%".
   */
  changeNewFirst?: { before: string[]; from: string[] };
  /** Lower-case words that often follow a number but are not what it counts (verbs, prepositions): ada, per; per, more. */
  notUnits: string[];
  /**
   * Lower-case words that may stand between a number and what it counts, taken into the figure:
   * "200 new drivers", "3,000 additional troops" (where adjectives precede nouns).
   */
  unitModifiers?: string[];
  /**
   * Endings of adjectives taken the same way when a lower-case word follows them: "14 bacterial
   * infections", "20 medical workers" (`al`). Only where adjectives precede nouns.
   */
  unitModifierEndings?: string[];
  /**
   * Beginnings of verbs, which count nothing: a word after a number that starts with one (and goes
   * on four letters or more) is no unit, unless it is a title's ("gempa bermagnitudo 6,2
   * mengguncang …", "1 meraih"; "13 medali", "500 megawatt", "34 menteri" still count: mem, men,
   * meng, mel, mer, ber, where me- verbs take their nasal).
   */
  verbStarts?: string[];
  /** Units written in more than one word, taken whole after a number: "kilo liter", "meter persegi"; "square miles". */
  compoundUnits?: string[];
  /** Nouns written before the number they measure, taken into its span as its unit: "skor" (skor 0,768), "indeks". */
  measuresBefore?: string[];
  /** Words before a bare number that make it a position, not an amount: "ke" (hari ke 48). */
  ordinalMarkers?: string[];
  /**
   * True when capitalised modifiers may stand between a number and what it counts
   * ("10,000 North Korean troops"): languages whose adjectives precede the noun.
   */
  unitAfterNames?: boolean;
}

/** Calendar units durations are counted in. */
export type TimeUnit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century";

/** An offset from the article date; `weekday` (1 = Monday … 7 = Sunday) picks that day of the offset week. */
export interface RelativeDate {
  days?: number;
  weeks?: number;
  months?: number;
  years?: number;
  weekday?: number;
}

export interface DateConventions {
  /** Weekday names, Monday first; matched only when capitalised. */
  weekdays: string[];
  /** Month names, January first (full forms); matched only when capitalised or after a month cue. */
  months: string[];
  /** Words after which a month name needs no capital: "bulan" (bulan september). */
  monthCues: string[];
  /** Abbreviated month names, January first; taken only next to a day number ("Oct. 29", "29 Okt"). */
  monthsShort: string[];
  /** Order of all-digit dates: `"dmy"` (29/10/2024) or `"mdy"` (10/29/2024). */
  numericOrder: "dmy" | "mdy";
  /** Relative expressions and their offset from the article date: `{ "minggu lalu": { weeks: -1 } }`. */
  relative: Record<string, RelativeDate>;
  /** Words for calendar units, every form: `{ tahun: "year" }`; `{ year: "year", years: "year" }`. */
  units: Record<string, TimeUnit>;
  /** Vague durations and the unit they count: `{ "berminggu-minggu": "minggu" }`; `{ "for weeks": "weeks" }`. */
  vagueDurations: Record<string, string>;
  /**
   * Words placing a named weekday or month in the past, before it ("last") or after it ("lalu");
   * `clause`: words that put the rest of their clause in the past ("telah", "was") or reach back
   * from the article ("sejak", "since"), so that "closed in March" in an October article is the
   * March before it, not the nearer one to come.
   */
  past: { before: string[]; after: string[]; clause?: string[] };
  /**
   * Words placing a named weekday or month in the future: "next"; "depan", "mendatang";
   * `clause`: words that put the rest of their clause in the future tense ("akan", "will"),
   * so that "akan bertemu pada Jumat" is the coming Friday.
   */
  future: { before: string[]; after: string[]; clause?: string[] };
  /** Words after a duration that make it a date that long before the article: "lalu", "silam"; "ago". */
  ago: string[];
  /** Words after a duration that make it a date that long after the article: "lagi"; "from now". */
  hence: string[];
  /** Clock times: words before them ("pukul") and zones or markers after them ("WIB"; "a.m.", "GMT"). */
  clock: { cues: string[]; zones: string[] };
  /** Suffixes that make a year a decade: "-an" (1970-an); "s" (1970s). */
  decadeSuffixes: string[];
  /** Words that make a number of years an age, before it ("berusia", "aged") or after its unit ("old"). */
  ages: { before: string[]; after: string[] };
  /** Lower-case nouns of events a year after them names ("pemilihan legislatif 2014"): that year is no date of its own. */
  eventNouns?: string[];
}
