/** The processor-neutral tree rewrite: reused by the remark plugin and the Sätteri adapter. */
export { blockAnchor, buildCards, type CardOptions, cardElement, cardsSection } from "./cards.js";
export { plainText, shorten } from "./format.js";
export { type Labels, labelsFor } from "./labels.js";
export { locateWarnings } from "./locate-warnings.js";
export { collectMarks, type Mark, MarkCursor } from "./marks.js";
export type { ExplainerAdded, ExplainerMark } from "./nodes.js";
export {
  cardsInMarkdown,
  defaultEntityHref,
  entryId,
  type MarkKind,
  markKinds,
  type RewriteOptions,
  speakerEntryId,
} from "./options.js";
export { rewriteTree } from "./rewrite.js";
export { type SplitContext, splitText } from "./split.js";
