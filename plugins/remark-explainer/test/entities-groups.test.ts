import { describe, expect, it } from "vitest";
import { annotate } from "../src/core/annotate.js";
import { documentFromText } from "../src/core/document.js";
import { jsonFixtures } from "./json-fixtures.js";

/**
 * A fixture: our own sentences and every unnamed source (`group`) a careful reader
 * finds in them, in reading order: each mention's text, the group's name and the
 * name of the organization it speaks for (null when none).
 */
interface Fixture {
  lang: string;
  text: string;
  groups: [text: string, name: string, affiliation: string | null][];
}

describe("unnamed-source fixtures", () => {
  for (const [name, fixture] of jsonFixtures<Fixture>("entity-groups")) {
    it(name, () => {
      const annotations = annotate(documentFromText(fixture.text), { lang: fixture.lang });
      const byId = new Map(annotations.entities.map((entity) => [entity.id, entity]));
      const found = annotations.entities
        .filter((entity) => entity.type === "group")
        .flatMap((entity) =>
          entity.mentions.map((span) => ({
            start: span.start,
            row: [span.text, entity.name, byId.get(entity.affiliation ?? "")?.name ?? null],
          })),
        )
        .sort((a, b) => a.start - b.start)
        .map(({ row }) => row);
      expect(found).toEqual(fixture.groups);
    });
  }
});
