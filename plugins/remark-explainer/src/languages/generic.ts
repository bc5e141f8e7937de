/**
 * The fallback for languages without a pack: no words, only the
 * language-independent rules (quotation marks, digits, capitalisation).
 */
import type { LanguagePack } from "./types.js";

export const generic: LanguagePack = {
  code: "und",
  name: "Undetermined",
  stopwords: [],
  reporting: { verbs: [], complementizers: [], accordingTo: [], speakerSuffixes: [] },
  pronouns: { personSingular: [], plural: [] },
  people: { titles: [], honorifics: ["Dr.", "Prof."], nameParticles: [] },
  organizations: { cues: [] },
  groups: { nouns: [], determiners: [] },
  places: { prepositions: [], known: [] },
  numbers: {
    decimal: ".",
    group: ",",
    words: {},
    multipliers: {},
    teens: [],
    scales: {},
    vagueScales: {},
    partitives: [],
    percent: ["%"],
    currencies: { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" },
    currencyWords: {},
    approximators: [],
    changeFrom: [],
    changeTo: [],
    notUnits: [],
  },
  dates: {
    weekdays: [],
    months: [],
    monthsShort: [],
    monthCues: [],
    numericOrder: "dmy",
    relative: {},
    units: {},
    vagueDurations: {},
    past: { before: [], after: [] },
    future: { before: [], after: [] },
    ago: [],
    hence: [],
    clock: { cues: [], zones: [] },
    decadeSuffixes: [],
    ages: { before: [], after: [] },
  },
};
