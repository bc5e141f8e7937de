/**
 * Marks: the stretches of source the rewrite wraps, computed once per article
 * from its `Annotations`, each with the element it becomes.
 */
import type { Properties } from "hast";
import type { Annotations, Entity } from "../types.js";
import { cardItems, changedInto } from "./cards.js";
import {
  defaultEntityHref,
  entryId,
  type MarkKind,
  markKinds,
  type RewriteOptions,
  speakerEntryId,
} from "./options.js";

export interface Mark {
  /** Source offsets, as in `Span`. */
  start: number;
  end: number;
  kind: MarkKind;
  /**
   * True for mentions and figures that open a card: rendered as `<a>` unless
   * inside a link or another trigger, where they fall back to a `<span>`.
   */
  trigger: boolean;
  /**
   * `hProperties` of the element. A trigger's `<span>` form drops `href`, `interestfor` and
   * `data-note` and names its card with `aria-details` instead.
   */
  properties: Properties;
}

/** Order of marks covering the same stretch, outermost first. */
const nesting: Record<MarkKind, number> = { quote: 0, organization: 1, group: 2, person: 3, place: 4, figure: 5 };

/**
 * All marks of an article, sorted by start, longest (outermost) first.
 *
 * Attributes are few on purpose (a page has hundreds of marks): `data-explainer` with the
 * kind (styles, the unwrap contract), the link (`href`, which names the entity or figure),
 * and with cards `interestfor` naming its card and `data-note` its number (print shows the
 * cards as numbered footnotes; CSS cannot look a card's number up). No `aria-details`: in
 * Chromium `interestfor` already exposes the card as the link's details, and the client
 * script, which removes `interestfor`, sets `aria-details` in its place. Ids, quote kinds and
 * speakers are in the annotations, not repeated on every mark.
 */
export function collectMarks(annotations: Annotations, options: RewriteOptions = {}): Mark[] {
  const kinds = new Set(options.mark ?? markKinds);
  const cards = options.cards !== false;
  const speakers = new Set(annotations.quotes.map((quote) => quote.speaker));
  // Without cards, `#explainer-<id>` would lead nowhere: speakers go to their who-said-what entry, others link nowhere.
  const entityHref =
    options.entityHref ??
    (cards
      ? defaultEntityHref
      : (entity: Entity) => (speakers.has(entity.id) ? `#${speakerEntryId(entity.id)}` : undefined));
  const marks: Mark[] = [];
  const notes = new Map(
    cards ? cardItems(annotations, options).map((item, index) => [item.id, String(index + 1)]) : [],
  );
  const linking = (id: string): Properties => (cards ? { interestfor: entryId(id), dataNote: notes.get(id) } : {});

  for (const entity of annotations.entities) {
    if (!kinds.has(entity.type)) continue;
    const href = entityHref(entity);
    const properties: Properties = {
      ...(href === undefined ? {} : { href }),
      dataExplainer: entity.type,
      ...linking(entity.id),
    };
    const trigger = href !== undefined;
    for (const mention of entity.mentions) {
      marks.push({ start: mention.start, end: mention.end, kind: entity.type, trigger, properties });
    }
  }
  if (kinds.has("quote")) {
    for (const quote of annotations.quotes) {
      const properties: Properties = { dataExplainer: "quote" };
      marks.push({ start: quote.content.start, end: quote.content.end, kind: "quote", trigger: false, properties });
    }
  }
  if (kinds.has("figure")) {
    // A number another figure changed from opens that figure's card, which shows the change.
    const into = cards ? changedInto(annotations) : new Map<string, string>();
    for (const figure of annotations.figures) {
      const card = into.get(figure.id) ?? figure.id;
      const properties: Properties = {
        ...(cards ? { href: `#${entryId(card)}` } : {}),
        dataExplainer: "figure",
        ...linking(card),
      };
      marks.push({ start: figure.span.start, end: figure.span.end, kind: "figure", trigger: cards, properties });
    }
  }
  return dedupe(marks.filter((mark) => mark.end > mark.start).sort(compareMarks));
}

export function compareMarks(a: Pick<Mark, "start" | "end" | "kind">, b: Pick<Mark, "start" | "end" | "kind">): number {
  return a.start - b.start || b.end - a.end || nesting[a.kind] - nesting[b.kind];
}

/** The same stretch marked twice as the same kind (a name listed as two mentions) is marked once. */
function dedupe(sorted: Mark[]): Mark[] {
  return sorted.filter((mark, index) => {
    const previous = sorted[index - 1];
    return !previous || previous.start !== mark.start || previous.end !== mark.end || previous.kind !== mark.kind;
  });
}

/**
 * Finds the marks overlapping successive stretches of source in linear time
 * overall, when the stretches come in source order (text nodes of a tree).
 */
export class MarkCursor {
  private next = 0;
  private open: Mark[] = [];
  private lastFrom = 0;

  constructor(private readonly marks: readonly Mark[]) {}

  overlapping(from: number, to: number): Mark[] {
    if (from < this.lastFrom) {
      // Out of order (rare: MDX expressions): start over.
      this.next = 0;
      this.open = [];
    }
    this.lastFrom = from;
    for (let mark = this.marks[this.next]; mark && mark.start < to; mark = this.marks[++this.next]) {
      this.open.push(mark);
    }
    this.open = this.open.filter((mark) => mark.end > from);
    return this.open.filter((mark) => mark.start < to);
  }
}
