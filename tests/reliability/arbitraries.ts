/**
 * fast-check generators of hostile-but-plausible Markdown articles: prose in Indonesian and
 * English, quotes of every style (balanced or not), reporting cues, names and roles, figures
 * in both locales, emoji and ZWJ sequences, combining marks, right-to-left text, tabs, NUL
 * and other control characters, and stray Markdown syntax.
 */
import fc from "fast-check";

const words = fc.constantFrom(
  "pemerintah",
  "mengatakan",
  "bahwa",
  "pasukan",
  "akan",
  "tiba",
  "di",
  "ke",
  "dari",
  "minggu",
  "lalu",
  "the",
  "minister",
  "said",
  "that",
  "troops",
  "would",
  "arrive",
  "in",
  "last",
  "week",
  "and",
  "of",
);
const names = fc.constantFrom(
  "Ani Wijaya",
  "Budi",
  "Presiden Lestari Wibowo",
  "Dr. Amara Osei",
  "Ms. Chen",
  "Kementerian Luar Negeri",
  "Ministry of Health",
  "NATO",
  "KPK",
  "Jakarta",
  "Paris",
  "seorang pejabat",
  "a senior official",
  "Dia",
  "She",
  "Muhammad bin Salman",
  "Ludwig van Beethoven",
  "al-Farabi",
  "Bapak Hadi",
  "juru bicara Dewan Kota",
);
const cues = fc.constantFrom(
  "kata",
  "katanya",
  "ujarnya",
  "mengatakan",
  "menurut",
  "said",
  "told reporters",
  "according to",
  "added",
  "warned",
);
const figures = fc.constantFrom(
  "10.000",
  "3,5",
  "1,2 juta",
  "Rp 5 triliun",
  "25 persen",
  "puluhan ribu",
  "4–6 ribu",
  "sepuluh ribu",
  "10,000",
  "3.5",
  "$1.2 billion",
  "25%",
  "ten thousand",
  "29 Oktober 2024",
  "Oct. 29",
  "2024",
  "0",
  "-7",
  "1e9",
  "12.345.678,90",
  "99,9%",
  "US$ 300",
  "€ 4",
  "¥100",
  "½",
  "٣٤٥",
);
const exotic = fc.constantFrom(
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "👍🏽",
  "🇮🇩",
  "e\u0301",
  "n\u0303",
  "a\u0308\u0304",
  "مرحبا بالعالم",
  "שלום",
  "\u200f",
  "\u200e",
  "\u202e",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\t",
  "\u0000",
  "\u0001",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\r",
  "\ud800",
  "\udfff",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "\u00a0",
  "\u3000",
  "Ⅻ",
);
const markdown = fc.constantFrom(
  "*",
  "**",
  "_",
  "`",
  "``",
  "[",
  "]",
  "(",
  ")",
  "![",
  "<",
  ">",
  "&amp;",
  "&",
  "\\",
  "#",
  "- ",
  "1. ",
  "|",
  "~~",
  "<b>",
  "</b>",
  "<!--",
  "-->",
  "[link](https://x.test)",
  "<https://x.test>",
  "*em*",
  "`code`",
  "***",
);
const quoteMarks: [string, string][] = [
  ["“", "”"],
  ["„", "“"],
  ['"', '"'],
  ["‘", "’"],
  ["'", "'"],
  ["«", "»"],
  ["»", "«"],
  ["‹", "›"],
  ["「", "」"],
  ["『", "』"],
  ["”", "”"],
];
const quoteStyle = fc.constantFrom(...quoteMarks);

const token = fc.oneof(
  { weight: 8, arbitrary: words },
  { weight: 3, arbitrary: names },
  { weight: 2, arbitrary: cues },
  { weight: 2, arbitrary: figures },
  { weight: 2, arbitrary: exotic },
  { weight: 2, arbitrary: markdown },
  { weight: 1, arbitrary: fc.constantFrom(",", ".", ":", ";", "—", "–", "…", "?", "!", "'s", "n't", "Jum'at") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);
const phrase = fc.array(token, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(" "));

/** A quote as a news article writes it, or broken: unclosed, unopened, nested, mixed marks. */
const quote = fc
  .tuple(quoteStyle, quoteStyle, phrase, phrase, fc.constantFrom("balanced", "unclosed", "unopened", "nested", "mixed"))
  .map(([[open, close], [innerOpen, innerClose], said, inner, shape]) => {
    switch (shape) {
      case "unclosed":
        return `${open}${said}`;
      case "unopened":
        return `${said}${close}`;
      case "nested":
        return `${open}${said} ${innerOpen}${inner}${innerClose}${close}`;
      case "mixed":
        return `${open}${said}${innerClose}`;
      default:
        return `${open}${said}${close}`;
    }
  });

const attributed = fc
  .tuple(quote, cues, names, fc.boolean())
  .map(([said, cue, name, before]) => (before ? `${name} ${cue}, ${said}` : `${said}, ${cue} ${name}.`));

const sentence = fc.oneof(
  { weight: 3, arbitrary: phrase },
  { weight: 2, arbitrary: quote },
  { weight: 3, arbitrary: attributed },
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" "));
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 1, arbitrary: paragraph.map((text) => `## ${text}`) },
  { weight: 1, arbitrary: paragraph.map((text) => `> ${text}`) },
  { weight: 1, arbitrary: paragraph.map((text) => `- ${text}\n- ${text}`) },
  { weight: 1, arbitrary: paragraph.map((text) => `\`\`\`\n${text}\n\`\`\``) },
  { weight: 1, arbitrary: paragraph.map((text) => `<div>${text}</div>`) },
);
const separator = fc.constantFrom("\n\n", "\n", "\r\n\r\n", "\n\n\n", "  \n", "\t\n\n");

/** A whole article body. */
export const article = fc
  .array(fc.tuple(block, separator), { minLength: 1, maxLength: 8 })
  .map((blocks) => blocks.map(([text, sep]) => text + sep).join(""));
