/**
 * Hand-made articles and annotations (our own sentences) for the site's data
 * functions, so they can be checked without the annotator.
 */

import type { SiteArticle } from "../../plugins/astro-explainer/src/site/aggregate.js";
import type { Annotations, Block, Entity, Quote, Span } from "../../plugins/remark-explainer/src/types.js";

/** The span of the `nth` occurrence of `text` in `source`. */
export function span(source: string, text: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = source.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" not in source`);
  return { start, end: start + text.length, text };
}

function blocks(source: string): Block[] {
  let offset = 0;
  return source.split("\n\n").map((paragraph, index) => {
    const start = source.indexOf(paragraph, offset);
    offset = start + paragraph.length;
    return { id: `p${index + 1}`, kind: "paragraph", span: { start, end: offset, text: paragraph } };
  });
}

function article(
  id: string,
  lang: string,
  date: string,
  source: string,
  make: (s: (text: string, nth?: number) => Span) => Omit<Annotations, "lang" | "blocks" | "figures" | "warnings">,
): SiteArticle {
  const found = make((text, nth) => span(source, text, nth));
  return {
    id,
    title: `Title of ${id}`,
    description: `About ${id}`,
    lang,
    date: new Date(date),
    annotations: { lang, blocks: blocks(source), figures: [], warnings: [], ...found },
  };
}

const harbourSource = [
  "Port director Ana Silva said that the harbour would reopen on Monday.",
  "“We have cleared the channel,” Silva said. The Harbour Board said it was “cautiously optimistic”.",
  "The news agency Coastline reported that Mayor Tom Reed said the town had waited long enough.",
].join("\n\n");

export const harbour = article("harbour", "en", "2024-05-02", harbourSource, (s) => {
  const entities: Entity[] = [
    {
      id: "ana-silva",
      type: "person",
      name: "Ana Silva",
      role: "Port director",
      affiliation: "harbour-board",
      mentions: [s("Ana Silva"), s("Silva", 1)],
    },
    { id: "harbour-board", type: "organization", name: "Harbour Board", mentions: [s("Harbour Board")] },
    { id: "coastline", type: "organization", name: "Coastline", mentions: [s("Coastline")] },
    { id: "tom-reed", type: "person", name: "Tom Reed", role: "Mayor", mentions: [s("Tom Reed")] },
  ];
  const quotes: Quote[] = [
    {
      id: "q1",
      kind: "indirect",
      content: s("the harbour would reopen on Monday"),
      speaker: "ana-silva",
      confidence: 0.9,
      block: "p1",
    },
    {
      id: "q2",
      kind: "direct",
      content: s("We have cleared the channel"),
      speaker: "ana-silva",
      confidence: 0.95,
      block: "p2",
    },
    {
      id: "q3",
      kind: "partial",
      content: s("cautiously optimistic"),
      speaker: "harbour-board",
      confidence: 0.8,
      block: "p2",
    },
    {
      id: "q4",
      kind: "indirect",
      content: s("the town had waited long enough"),
      speaker: "tom-reed",
      via: "coastline",
      confidence: 0.7,
      block: "p3",
    },
  ];
  return { entities, quotes };
});

const followUpSource = [
  "Silva, the port director, told reporters: “Ships are moving again.”",
  "A dock worker in Eastport said the night shifts were exhausting.",
  "“Nobody asked us,” someone shouted.",
].join("\n\n");

export const followUp = article("follow-up", "en", "2024-05-09", followUpSource, (s) => {
  const entities: Entity[] = [
    { id: "ana-silva", type: "person", name: "Silva", role: "the port director", mentions: [s("Silva")] },
    {
      id: "dock-worker",
      type: "group",
      name: "A dock worker",
      affiliation: "eastport",
      mentions: [s("A dock worker")],
    },
    { id: "eastport", type: "place", name: "Eastport", mentions: [s("Eastport")] },
  ];
  const quotes: Quote[] = [
    {
      id: "q1",
      kind: "direct",
      content: s("Ships are moving again."),
      speaker: "ana-silva",
      confidence: 0.9,
      block: "p1",
    },
    {
      id: "q2",
      kind: "indirect",
      content: s("the night shifts were exhausting"),
      speaker: "dock-worker",
      confidence: 0.8,
      block: "p2",
    },
    { id: "q3", kind: "direct", content: s("Nobody asked us,"), confidence: 0.3, block: "p3" },
  ];
  return { entities, quotes };
});

const pelabuhanSource = "Direktur pelabuhan Ana Silva mengatakan kapal sudah berlayar.";

export const pelabuhan = article("pelabuhan", "id", "2024-05-03", pelabuhanSource, (s) => ({
  entities: [
    { id: "ana-silva", type: "person", name: "Ana Silva", role: "Direktur pelabuhan", mentions: [s("Ana Silva")] },
  ],
  quotes: [
    {
      id: "q1",
      kind: "indirect",
      content: s("kapal sudah berlayar"),
      speaker: "ana-silva",
      confidence: 0.9,
      block: "p1",
    },
  ],
}));
