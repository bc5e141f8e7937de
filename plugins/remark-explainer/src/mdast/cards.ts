/**
 * The cards appended after the article: one per marked entity and figure,
 * each a popover that is also its in-page entry (`#explainer-<id>`, the
 * mention's default link target, shown by CSS on `:target` when JavaScript
 * is off). A page has dozens of cards: each holds what it adds to the text
 * and no more (no close button: the client script adds one to the card it
 * opens; without JavaScript a card closes on leave, blur or Escape).
 */
import type { Element, ElementContent } from "hast";
import type { RootContent } from "mdast";
import type { Annotations, Entity, Figure, Quote } from "../types.js";
import { formatDate, formatFigure, formatNumber, numberFormat, shorten } from "./format.js";
import type { Labels } from "./labels.js";
import { added, type ExplainerAdded, h } from "./nodes.js";
import { defaultEntityHref, entryId, markKinds, type RewriteOptions } from "./options.js";

/** The added nodes to append at the end of the article (none when there is nothing to explain). */
export function buildCards(annotations: Annotations, labels: Labels, options: RewriteOptions = {}): RootContent[] {
  const section = cardsSection(annotations, labels, options);
  return section ? [added(section)] : [];
}

/** Whether the article has a cards section (`cardsSection` is defined), without building it. */
export const hasCards = (annotations: Annotations, options: RewriteOptions = {}): boolean =>
  cardItems(annotations, options).length > 0;

/**
 * The cards section as one hast element (`undefined` when there is nothing to explain): what
 * `buildCards` appends, for pages that render it themselves (`cards: "page"`).
 */
export function cardsSection(
  annotations: Annotations,
  labels: Labels,
  options: RewriteOptions = {},
): Element | undefined {
  const context: CardContext = {
    annotations,
    labels,
    entityHref: options.entityHref ?? defaultEntityHref,
    popover: true,
    index: indexOf(annotations),
  };
  const cards = cardItems(annotations, options).map((item, index) =>
    "span" in item ? figureCard(item, context, index + 1) : entityCard(item, context, index + 1),
  );
  if (cards.length === 0) return undefined;
  // The client's close button reads its accessible name here, once per page.
  return h(
    "section",
    {
      className: ["explainer-cards"],
      dataExplainerAdded: "cards",
      ariaLabel: labels.cards,
      dataExplainerClose: labels.close,
    },
    cards,
  );
}

/**
 * What gets a card (marked entities with mentions, and figures), in order of first mention in
 * the text. A card's place in this list is its footnote number in print (`data-note` on the
 * card and on the marks that open it), so the numbers run 1, 2, 3… down the article.
 */
export function cardItems(annotations: Annotations, options: RewriteOptions = {}): (Entity | Figure)[] {
  const kinds = new Set(options.mark ?? markKinds);
  const shownElsewhere = changedInto(annotations);
  const figures = kinds.has("figure") ? annotations.figures.filter((figure) => !shownElsewhere.has(figure.id)) : [];
  const items = [
    ...annotations.entities
      .filter((entity) => kinds.has(entity.type) && entity.mentions.length > 0)
      .map((entity) => ({
        item: entity,
        first: entity.mentions.reduce((min, mention) => Math.min(min, mention.start), Infinity),
      })),
    ...figures.map((figure) => ({ item: figure, first: figure.span.start })),
  ];
  return items.sort((a, b) => a.first - b.first).map(({ item }) => item);
}

/**
 * The figures another figure's card shows as where it changed from ("naik dari 3.000"), each
 * with that figure's id: their marks open that card, whose change line holds their value, and
 * they get none of their own (it would only repeat the number in the text). A figure with a
 * change of its own keeps its card.
 */
export function changedInto(annotations: Annotations): Map<string, string> {
  const byId = new Map(annotations.figures.map((figure) => [figure.id, figure]));
  const into = new Map<string, string>();
  for (const figure of annotations.figures) {
    const previous = figure.previous === undefined ? undefined : byId.get(figure.previous);
    if (!previous || into.has(previous.id) || previous.previous !== undefined) continue;
    if (changeOf(previous, figure)) into.set(previous.id, figure.id);
  }
  return into;
}

/** The values a figure's card shows as its change from `previous` (both known), or `undefined`. */
function changeOf(previous: Figure | undefined, figure: Figure): [number, number] | undefined {
  return previous?.value !== undefined && figure.value !== undefined ? [previous.value, figure.value] : undefined;
}

/** An empty anchor `<span id="p3">` put first in a paragraph, so `#p3` links land on it without touching the author's `<p>`. */
export function blockAnchor(blockId: string): ExplainerAdded {
  return added(h("span", { id: blockId, className: ["explainer-anchor"], dataExplainerAdded: "anchor" }));
}

export interface CardOptions extends RewriteOptions {
  /** A popover (default; the client script adds its close control), or `false` for a card shown in the page (an entity page). */
  popover?: boolean;
}

/** The card of one entity or figure, alone: for components that place it themselves. */
export function cardElement(
  item: Entity | Figure,
  annotations: Annotations,
  labels: Labels,
  options: CardOptions = {},
): Element {
  const context: CardContext = {
    annotations,
    labels,
    entityHref: options.entityHref ?? defaultEntityHref,
    popover: options.popover !== false,
    index: indexOf(annotations),
  };
  const card = "span" in item ? figureCard(item, context) : entityCard(item, context);
  // Alone, the popover carries the close control's name that the cards section carries for its cards.
  if (context.popover) card.properties.dataExplainerClose = labels.close;
  return card;
}

interface CardContext {
  annotations: Annotations;
  labels: Labels;
  entityHref: (entity: Entity) => string;
  popover?: boolean;
  index: AnnotationIndex;
}

/**
 * What the cards look up, built once per section: scanning the annotations for every card
 * (its quotes, its organization's people) made a page's cards quadratic in its entities.
 * Lists keep the annotations' order; an id names its first entity or figure, as `find` would.
 */
interface AnnotationIndex {
  entity: Map<string, Entity>;
  figure: Map<string, Figure>;
  quotesBySpeaker: Map<string, Quote[]>;
  /** People affiliated to an entity (the entity itself left out). */
  members: Map<string, Entity[]>;
}

function indexOf(annotations: Annotations): AnnotationIndex {
  const index: AnnotationIndex = {
    entity: new Map(),
    figure: new Map(),
    quotesBySpeaker: new Map(),
    members: new Map(),
  };
  for (const entity of annotations.entities) {
    if (!index.entity.has(entity.id)) index.entity.set(entity.id, entity);
    if (entity.affiliation !== undefined && entity.affiliation !== entity.id)
      pushTo(index.members, entity.affiliation, entity);
  }
  for (const figure of annotations.figures) if (!index.figure.has(figure.id)) index.figure.set(figure.id, figure);
  for (const quote of annotations.quotes)
    if (quote.speaker !== undefined) pushTo(index.quotesBySpeaker, quote.speaker, quote);
  return index;
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function entityCard(entity: Entity, context: CardContext, note?: number): Element {
  const { labels, entityHref, index } = context;
  const byId = (id: string | undefined): Entity | undefined => (id === undefined ? undefined : index.entity.get(id));
  const body: ElementContent[] = [];
  const affiliation = byId(entity.affiliation);
  const facts: (ElementContent | string)[] = [];
  if (entity.role) facts.push(entity.role);
  if (affiliation) facts.push(...(facts.length > 0 ? [" · "] : []), link(entityHref(affiliation), affiliation.name));
  else if (entity.affiliation) facts.push(...(facts.length > 0 ? [" · "] : []), entity.affiliation);
  if (facts.length > 0) body.push(h("p", { className: ["explainer-card-role"] }, facts));

  const quotes = index.quotesBySpeaker.get(entity.id) ?? [];
  body.push(
    h("p", { className: ["explainer-card-counts"] }, [
      `${labels.quotes(quotes.length)} · ${labels.mentions(entity.mentions.length)}`,
    ]),
  );
  const people = index.members.get(entity.id) ?? [];
  if (people.length > 0) {
    body.push(
      h("p", { className: ["explainer-card-heading"] }, [labels.people]),
      h(
        "ul",
        { className: ["explainer-card-people"] },
        people.map((person) => h("li", {}, [link(entityHref(person), person.name)])),
      ),
    );
  }
  if (quotes.length > 0) {
    if (entity.type !== "person") body.push(h("p", { className: ["explainer-card-heading"] }, [labels.statements]));
    body.push(
      h(
        "ul",
        { className: ["explainer-card-quotes"] },
        quotes.map((quote) => quoteItem(quote, byId, labels)),
      ),
    );
  }
  const href = entityHref(entity);
  if (href !== `#${entryId(entity.id)}`)
    body.push(h("p", { className: ["explainer-card-more"] }, [link(href, labels.more)]));
  return card(entity.id, entity.type, labels.entity[entity.type], entity.name, body, context, note);
}

function quoteItem(quote: Quote, byId: (id: string | undefined) => Entity | undefined, labels: Labels): Element {
  const words = shorten(quote.content.text);
  const shown = quote.kind === "indirect" ? words : `“${words}”`;
  const children: (ElementContent | string)[] = [
    quote.block ? link(`#${quote.block}`, shown) : shown,
    " ",
    h("span", { className: ["explainer-badge"], dataQuoteKind: quote.kind }, [labels.quoteKinds[quote.kind]]),
  ];
  const via = byId(quote.via);
  if (via) children.push(h("span", { className: ["explainer-card-via"] }, [` ${labels.via} ${via.name}`]));
  return h("li", {}, children);
}

/**
 * What a figure's card adds to the sentence the reader is looking at: its kind, its value
 * normalised (the date resolved, the amount in full with its unit) and what it changed from.
 */
function figureCard(figure: Figure, context: CardContext, note?: number): Element {
  const { annotations, labels } = context;
  const lang = annotations.lang;
  const value = figure.date ? formatDate(figure.date, lang) : formatFigure(figure, lang, labels);
  const values = changeOf(
    figure.previous === undefined ? undefined : context.index.figure.get(figure.previous),
    figure,
  );
  const body = values ? change(...values, lang, labels) : [];
  return card(figure.id, "figure", labels.figureKinds[figure.kind], value ?? figure.span.text, body, context, note);
}

/** "3.000 → 10.000 (×3,3)" and two bars drawn to scale. */
function change(before: number, after: number, lang: string, labels: Labels): Element[] {
  const text = `${formatNumber(before, lang)} → ${formatNumber(after, lang)}`;
  const ratio = before !== 0 ? ` (×${numberFormat(lang, { maximumFractionDigits: 1 }).format(after / before)})` : "";
  const largest = Math.max(Math.abs(before), Math.abs(after)) || 1;
  const width = (value: number): string => String(Math.max(1, Math.round((Math.abs(value) / largest) * 100)));
  const bars = h(
    "svg",
    { className: ["explainer-bars"], viewBox: "0 0 100 20", width: "100", height: "20", ariaHidden: "true" },
    [
      h("rect", { className: ["explainer-bar-before"], x: "0", y: "1", width: width(before), height: "8" }),
      h("rect", { className: ["explainer-bar-after"], x: "0", y: "11", width: width(after), height: "8" }),
    ],
  );
  return [h("p", { className: ["explainer-card-change"] }, [`${labels.change}: ${text}${ratio}`]), bars];
}

function card(
  id: string,
  kind: string,
  kindLabel: string,
  title: string,
  body: ElementContent[],
  context: CardContext,
  note?: number,
): Element {
  const popoverId = entryId(id);
  const titleId = `${popoverId}-title`;
  const heading = [
    h("p", { className: ["explainer-card-kind"] }, [kindLabel]),
    h("p", { className: ["explainer-card-title"], id: titleId }, [title]),
  ];
  if (!context.popover) {
    return h(
      "div",
      { className: ["explainer-card"], dataExplainerCard: kind, ariaLabelledBy: [titleId], role: "group" },
      [...heading, ...body],
    );
  }
  const properties = {
    className: ["explainer-card"],
    id: popoverId,
    ...(note === undefined ? {} : { dataNote: String(note) }),
    popover: "auto",
    role: "dialog",
    tabIndex: -1,
    ariaLabelledBy: [titleId],
    dataExplainerCard: kind,
  };
  return h("div", properties, [...heading, ...body]);
}

const link = (href: string, text: string): Element => h("a", { href }, [text]);
