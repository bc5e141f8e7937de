import { describe, expect, it } from "vitest";
import { annotate } from "../src/core/annotate.js";
import { documentFromText } from "../src/core/document.js";
import { jsonFixtures } from "./json-fixtures.js";

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

describe("entity fixtures", () => {
  for (const [name, fixture] of jsonFixtures<Fixture>("entities")) {
    it(name, () => {
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
