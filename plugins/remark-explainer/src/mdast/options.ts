/** Options of the tree rewrite, shared by the remark plugin and the Sätteri adapter. */
import type { Entity, EntityType } from "../types.js";

/** What can be marked in the text. */
export type MarkKind = EntityType | "figure" | "quote";

/** Every kind, the default of `mark`. */
export const markKinds: readonly MarkKind[] = ["person", "organization", "place", "group", "figure", "quote"];

export interface RewriteOptions {
  /**
   * Append one card per marked entity and figure after the article (default `true`).
   * `"page"`: mark exactly as with `true` (links to `#explainer-<id>`, `interestfor` naming
   * the card `explainer-<id>`) but append nothing: the page renders the
   * same cards section from the annotations (astro-explainer's `ExplainerCards`, or
   * `cardsSection` here), so the cards never enter a host's store of rendered Markdown.
   * `false` for sites that render their own from `file.data.explainer`: mentions then
   * carry no `interestfor`, and figures are marked without a link.
   */
  cards?: boolean | "page";
  /** Which kinds to mark in the text (default: all of `markKinds`). */
  mark?: readonly MarkKind[];
  /**
   * Where a mention links to. Default with cards: `#explainer-<entity id>`, the entity's
   * entry among the appended cards, which exists on the page without JavaScript. Default
   * with `cards: false`: a speaker's mentions link to `#speaker-<entity id>`, their entry in
   * astro-explainer's `WhoSaidWhat`; other mentions are marked without a link.
   */
  entityHref?: (entity: Entity) => string;
}

/** Whether the rewrite appends the cards section to the article (`cards` is `true` or unset). */
export const cardsInMarkdown = (options: RewriteOptions): boolean =>
  options.cards === undefined || options.cards === true;

/**
 * Id of the card of an entity or figure: the popover itself is the in-page entry a mention
 * links to (`#explainer-<id>`, shown by CSS on `:target` when JavaScript is off).
 */
export const entryId = (id: string): string => `explainer-${id}`;

export const defaultEntityHref = (entity: Entity): string => `#${entryId(entity.id)}`;

/** Id of a speaker's entry in a who-said-what list. */
export const speakerEntryId = (id: string): string => `speaker-${id}`;
