import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annotate } from "../src/core/annotate.js";
import { documentFromText } from "../src/core/document.js";

/**
 * A fixture: our own sentences and every mention of a person, organization or
 * place a careful reader marks in them, in reading order, with its type and the
 * entity's name. A capitalised word that is no name must not appear.
 */
interface Fixture {
  lang: string;
  text: string;
  mentions: [text: string, type: string, entity: string][];
}

const fixtures = new URL("./fixtures/entities/", import.meta.url);

describe("entity fixtures", () => {
  for (const file of readdirSync(fixtures)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    it(file.replace(/\.json$/, ""), () => {
      const fixture = JSON.parse(readFileSync(new URL(file, fixtures), "utf8")) as Fixture;
      const annotations = annotate(documentFromText(fixture.text), { lang: fixture.lang });
      const found = annotations.entities
        .filter((entity) => entity.type !== "group")
        .flatMap((entity) =>
          entity.mentions.map((span) => ({ start: span.start, row: [span.text, entity.type, entity.name] })),
        )
        .sort((a, b) => a.start - b.start)
        .map(({ row }) => row);
      expect(found).toEqual(fixture.mentions);
    });
  }
});
