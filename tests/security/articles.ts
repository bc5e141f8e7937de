/**
 * Fixture articles that carry every hostile payload in every place an author or a source
 * can put text: frontmatter (title, description), plain text, direct, partial and indirect
 * quotes, names, roles, organizations, figures' units, and author overrides.
 */
import { payloads } from "./payloads.ts";

/** Markdown that renders as exactly `text`: every ASCII punctuation character backslash-escaped. */
export const markdownText = (text: string): string =>
  text.replace(/[\r\n]+/g, " ").replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`);

/** The same text as HTML character references, which Markdown also decodes to text. */
export const entityText = (text: string): string =>
  text.replace(/[\r\n]+/g, " ").replace(/[&<>"'`]/g, (character) => `&#${character.charCodeAt(0)};`);

/** A YAML double-quoted scalar holding exactly `text`. */
export const yamlString = (text: string): string =>
  JSON.stringify(text).replace(/[\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16)}`);

/** The sentences of one payload, in every position, in Indonesian and English. */
function paragraphs(payload: string): string[] {
  const md = markdownText(payload);
  return [
    `Warga menulis ${md} di papan pengumuman balai kota.`,
    `“${md},” kata Menteri Luar Negeri Ani Wijaya kepada wartawan pada hari Senin.`,
    `Budi Santoso mengatakan bahwa ${md} dan menyebut rencana itu “${md}”.`,
    `Presiden Ani ${md} Wijaya mengatakan, “Kami siap berunding.”`,
    `Citra Lestari, juru bicara ${md}, mengatakan sekitar 10.000 ${md} akan tiba.`,
    `Menurut Kementerian ${md}, anggaran naik 12 persen.`,
    `“${md},” said Ministry of ${md} spokeswoman Dana ${md} Reyes on Tuesday.`,
    `A senior official said about 3,000 ${md} had arrived, according to ${md} News.`,
    `“${entityText(payload)},” ujar Budi Santoso.`,
  ];
}

/** File name → Markdown for the hostile articles, `perArticle` payloads in each. */
export function hostileArticles(perArticle = 16): Record<string, string> {
  const articles: Record<string, string> = {};
  for (let first = 0; first < payloads.length; first += perArticle) {
    const chunk = payloads.slice(first, first + perArticle);
    const n = first / perArticle + 1;
    const title = chunk[0] ?? "";
    const description = chunk[1] ?? "";
    articles[`hostile-${n}.md`] = [
      "---",
      `title: ${yamlString(`Hostile ${n} ${title}`)}`,
      `description: ${yamlString(description)}`,
      `lang: ${n % 2 ? "id" : "en"}`,
      "date: 2025-02-03",
      "---",
      "",
      `## ${markdownText(title)}`,
      "",
      ...chunk.flatMap((payload) => paragraphs(payload).map((paragraph) => `${paragraph}\n`)),
    ].join("\n");
  }
  return articles;
}

/** An article whose author overrides carry payloads: an entity's new name and role. */
export function hostileOverrideArticle(): string {
  const [name = "", role = ""] = payloads.filter((payload) => payload.includes("<"));
  return [
    "---",
    `title: "Hostile overrides"`,
    `description: "Author overrides carrying markup."`,
    "lang: id",
    "date: 2025-02-03",
    "explainer:",
    "  entities:",
    "    ani-wijaya:",
    `      name: ${yamlString(name)}`,
    `      role: ${yamlString(role)}`,
    "  speakers:",
    "    q1: ani-wijaya",
    "---",
    "",
    "“Kami siap berunding,” kata Menteri Luar Negeri Ani Wijaya kepada wartawan di Jakarta.",
    "",
    "Ani Wijaya menambahkan bahwa sekitar 3.000 warga akan dievakuasi.",
    "",
  ].join("\n");
}
