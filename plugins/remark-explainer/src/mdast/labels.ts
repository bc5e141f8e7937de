/**
 * UI words of the marks and cards, per article language. English is the
 * fallback for languages without a table.
 */
import type { EntityType, FigureKind, QuoteKind } from "../types.js";

export interface Labels {
  /** Name of each entity type, singular. */
  entity: Record<EntityType, string>;
  figure: string;
  figureKinds: Record<FigureKind, string>;
  quoteKinds: Record<QuoteKind, string>;
  /** "Close" on the card's close control. */
  close: string;
  /** Accessible name of the appended card container. */
  cards: string;
  role: string;
  affiliation: string;
  /** Counts: `quotes(3)` → "3 quotes". */
  quotes: (count: number) => string;
  mentions: (count: number) => string;
  people: string;
  statements: string;
  /** Before an approximate value: "about". */
  approximately: string;
  /** Heading of a figure's change: "Change". */
  change: string;
  /** Link to the entity's own entry or page. */
  more: string;
  /** Prefix of a relayed quote: "via Antara". */
  via: string;
  /** Components: the who-said-what heading, word counts, the legend. */
  whoSaidWhat: string;
  words: (count: number) => string;
  legend: string;
  /** Legend link that clears the filter. */
  all: string;
  /** Who-said-what group of the quotes whose speaker the annotator could not name. */
  unattributed: string;
  quote: string;
}

const en: Labels = {
  entity: { person: "Person", organization: "Organization", place: "Place", group: "Unnamed source" },
  figure: "Figure",
  figureKinds: {
    number: "Number",
    quantity: "Quantity",
    percent: "Percentage",
    money: "Money",
    date: "Date",
    duration: "Duration",
  },
  quoteKinds: { direct: "direct", partial: "partial", indirect: "indirect" },
  close: "Close",
  cards: "People, organizations and figures in this article",
  role: "Role",
  affiliation: "Affiliation",
  quotes: (count) => (count === 1 ? "1 quote" : `${count} quotes`),
  mentions: (count) => (count === 1 ? "1 mention" : `${count} mentions`),
  people: "People",
  statements: "Statements",
  approximately: "about",
  change: "Change",
  more: "More",
  via: "via",
  whoSaidWhat: "Who said what",
  words: (count) => (count === 1 ? "1 word" : `${count} words`),
  legend: "Legend",
  all: "All",
  unattributed: "Unattributed",
  quote: "Quote",
};

const id: Labels = {
  entity: { person: "Tokoh", organization: "Organisasi", place: "Tempat", group: "Sumber tanpa nama" },
  figure: "Angka",
  figureKinds: {
    number: "Bilangan",
    quantity: "Jumlah",
    percent: "Persentase",
    money: "Uang",
    date: "Tanggal",
    duration: "Durasi",
  },
  quoteKinds: { direct: "langsung", partial: "sebagian", indirect: "tidak langsung" },
  close: "Tutup",
  cards: "Tokoh, organisasi dan angka dalam artikel ini",
  role: "Jabatan",
  affiliation: "Afiliasi",
  quotes: (count) => `${count} kutipan`,
  mentions: (count) => `${count} sebutan`,
  people: "Tokoh",
  statements: "Pernyataan",
  approximately: "sekitar",
  change: "Perubahan",
  more: "Selengkapnya",
  via: "melalui",
  whoSaidWhat: "Siapa berkata apa",
  words: (count) => `${count} kata`,
  legend: "Keterangan",
  all: "Semua",
  unattributed: "Tanpa sumber yang jelas",
  quote: "Kutipan",
};

const tables: Record<string, Labels> = { en, id };

/** The labels for a BCP 47 language tag (`"id"`, `"en-GB"`), English when unknown. */
export function labelsFor(lang: string): Labels {
  const primary = lang.toLowerCase().split("-")[0] ?? "";
  return tables[primary] ?? en;
}
