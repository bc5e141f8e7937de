/**
 * UI strings of the explainer pages, per language. The site's pages and the
 * routes the integration injects both read them, so a page's chrome speaks the
 * language of the article it shows.
 */
import { type EntityType, labelsFor, type QuoteKind } from "remark-explainer";

export interface UiStrings {
  skipToContent: string;
  home: string;
  articles: string;
  whoSaidWhat: string;
  whoSaidWhatSite: string;
  whoIsQuoted: string;
  otherVoices: string;
  people: string;
  organizations: string;
  search: string;
  searchLabel: string;
  searchButton: string;
  searchNoResults: string;
  searchNeedsJs: string;
  published: string;
  language: string;
  languageName: Record<string, string>;
  quoteKind: Record<QuoteKind, string>;
  entityType: Record<EntityType, string>;
  speakers: string;
  unknownSpeaker: string;
  relayedBy: string;
  relayed: string;
  role: string;
  affiliation: string;
  aliases: string;
  quotes: string;
  mentions: string;
  mentionedIn: string;
  inArticle: string;
  toParagraph: string;
  noQuotes: string;
  noEntities: string;
  links: string;
  machineReadable: string;
  annotationsJson: string;
  quoteCount: (count: number) => string;
  mentionCount: (count: number) => string;
  wordCount: (count: number) => string;
  speakerCount: (count: number) => string;
  articleCount: (count: number) => string;
  /** The link from a speaker's few quotes on a site-wide list to all of them. */
  allQuotes: (count: number) => string;
  formatDate: (date: Date) => string;
}

/** Words the cards already say (remark-explainer's labels): one table, so a page and its cards never disagree. */
function cardWords(
  lang: string,
): Pick<UiStrings, "quoteKind" | "entityType" | "role" | "affiliation" | "quoteCount" | "mentionCount" | "wordCount"> {
  const labels = labelsFor(lang);
  return {
    quoteKind: labels.quoteKinds,
    entityType: labels.entity,
    role: labels.role,
    affiliation: labels.affiliation,
    quoteCount: labels.quotes,
    mentionCount: labels.mentions,
    wordCount: labels.words,
  };
}

const id: UiStrings = {
  ...cardWords("id"),
  skipToContent: "Langsung ke isi",
  home: "Beranda",
  articles: "Artikel",
  whoSaidWhat: "Siapa mengatakan apa",
  whoSaidWhatSite: "Siapa mengatakan apa di semua artikel",
  whoIsQuoted: "Siapa paling banyak dikutip, menurut organisasi atau negara",
  otherVoices: "Tanpa afiliasi yang disebut",
  people: "Tokoh",
  organizations: "Organisasi",
  search: "Cari",
  searchLabel: "Cari artikel, tokoh dan kutipan",
  searchButton: "Cari",
  searchNoResults: "Tidak ada hasil.",
  searchNeedsJs: "Pencarian membutuhkan JavaScript.",
  published: "Terbit",
  language: "Bahasa",
  languageName: { id: "Indonesia", en: "Inggris" },
  speakers: "Narasumber",
  unknownSpeaker: "Pembicara tidak diketahui",
  relayedBy: "disampaikan oleh",
  relayed: "Pernyataan yang disampaikannya",
  aliases: "Disebut juga",
  quotes: "Kutipan",
  mentions: "Disebut di",
  mentionedIn: "Disebut dalam",
  inArticle: "dalam",
  toParagraph: "ke paragraf",
  noQuotes: "Belum ada kutipan yang dikenali.",
  noEntities: "Belum ada yang dikenali.",
  links: "Tautan",
  machineReadable: "Data",
  annotationsJson: "Anotasi (JSON)",
  speakerCount: (n) => `${n} pembicara`,
  articleCount: (n) => `${n} artikel`,
  allQuotes: (n) => `semua ${n} kutipan →`,
  formatDate: (date) => date.toLocaleDateString("id-ID", { dateStyle: "long", timeZone: "UTC" }),
};

const en: UiStrings = {
  ...cardWords("en"),
  skipToContent: "Skip to content",
  home: "Home",
  articles: "Articles",
  whoSaidWhat: "Who said what",
  whoSaidWhatSite: "Who said what across all articles",
  whoIsQuoted: "Who gets quoted most, by organization or country",
  otherVoices: "No affiliation given",
  people: "People",
  organizations: "Organizations",
  search: "Search",
  searchLabel: "Search articles, people and quotes",
  searchButton: "Search",
  searchNoResults: "No results.",
  searchNeedsJs: "Search needs JavaScript.",
  published: "Published",
  language: "Language",
  languageName: { id: "Indonesian", en: "English" },
  speakers: "Speakers",
  unknownSpeaker: "Unknown speaker",
  relayedBy: "relayed by",
  relayed: "Statements it relayed",
  aliases: "Also called",
  quotes: "Quotes",
  mentions: "Mentioned in",
  mentionedIn: "Mentioned in",
  inArticle: "in",
  toParagraph: "to paragraph",
  noQuotes: "No quotes recognised yet.",
  noEntities: "Nothing recognised yet.",
  links: "Links",
  machineReadable: "Data",
  annotationsJson: "Annotations (JSON)",
  speakerCount: (n) => (n === 1 ? "1 speaker" : `${n} speakers`),
  articleCount: (n) => (n === 1 ? "1 article" : `${n} articles`),
  allQuotes: (n) => `all ${n} quotes →`,
  formatDate: (date) => date.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" }),
};

const strings: Record<string, UiStrings> = { id, en };

/** Languages the UI speaks. */
export const uiLanguages = Object.keys(strings);

/** The UI strings for a BCP 47 tag (`"en-GB"` reads as `"en"`); English when the language has none. */
export function ui(lang: string): UiStrings {
  const primary = lang.toLowerCase().split("-")[0] ?? "";
  return strings[primary] ?? en;
}

/** A name as a heading shows it: unnamed sources are descriptions ("a senior official …"), so capitalise them. */
export function displayName(name: string, lang: string): string {
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
