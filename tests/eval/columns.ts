/** Reading column token files: one token a line, blank line between sentences. */
import type { Token } from "./tokens.ts";

export interface ColumnFormat {
  /** Splits a line into its fields. */
  separator: RegExp;
  /** Which field holds the tag (the token is always the first). */
  tagField: number;
}

/** Articles split at `-DOCSTART-` lines (a file without them is one article), as sentences of tokens. */
export function readColumns(content: string, format: ColumnFormat): Token[][][] {
  const articles: Token[][][] = [];
  let sentences: Token[][] = [];
  let sentence: Token[] = [];
  const endSentence = (): void => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  const endArticle = (): void => {
    endSentence();
    if (sentences.length > 0) articles.push(sentences);
    sentences = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === "") {
      endSentence();
      continue;
    }
    const fields = line.split(format.separator);
    const text = fields[0] ?? "";
    if (text === "-DOCSTART-") {
      endArticle();
      continue;
    }
    sentence.push({ text, tag: fields[format.tagField] ?? "O" });
  }
  endArticle();
  return articles;
}
