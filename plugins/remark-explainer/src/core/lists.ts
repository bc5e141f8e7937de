/**
 * Lists name things of one kind: in "Golkar, PKS, PAN, dan Demokrat" or
 * "Guinea, Liberia, Nigeria, dan Sierra Leone", a word typed a person only by
 * default (no title, no verb) takes the type of the list's typed members.
 */
import type { EntityType } from "../types.js";
import { WordFlag } from "./lexicon.js";
import type { Registry } from "./registry.js";
import { TokenKind } from "./tokens.js";
import { type BlockView, flagged, type Mention } from "./view.js";

/** Fewest members a run of mentions needs to be read as a list. */
const MIN_MEMBERS = 3;

export function retypeLists(registry: Registry, views: readonly BlockView[]): void {
  for (const view of views) {
    // One list per block, emptied in place: a new array per mention was most of this pass's allocation.
    const list: Mention[] = [];
    let k = 0;
    while (k < view.tokens.length) {
      const mention = view.mentions[k];
      if (!mention) {
        k++;
        continue;
      }
      list.push(mention);
      const next = separatorEnd(view, mention.end);
      if (next === undefined || view.mentions[next]?.start !== next) {
        // An enumeration closes with "dan"/"and"; "rumah dinas X, Jalan Y, Menteng, Jakarta" is an address.
        if (flagged(view, mention.start - 1, WordFlag.Coordinator)) retype(registry, list);
        list.length = 0;
      }
      k = next !== undefined && view.mentions[next]?.start === next ? next : mention.end;
    }
  }
}

/** Token after "," / "dan" / ", dan" (a coordinator) from `k`, when one stands there. */
function separatorEnd(view: BlockView, k: number): number | undefined {
  const token = view.tokens[k];
  if (token?.text === ",") {
    const after = view.tokens[k + 1];
    return after?.kind === TokenKind.Word && (after.flags & WordFlag.Coordinator) !== 0 ? k + 2 : k + 1;
  }
  if (token?.kind === TokenKind.Word && (token.flags & WordFlag.Coordinator) !== 0) return k + 1;
  return undefined;
}

function retype(registry: Registry, list: readonly Mention[]): void {
  if (list.length < MIN_MEMBERS) return;
  let type: EntityType | undefined;
  for (const { entity } of list) {
    if (entity.guessed || entity.tentative) continue;
    // A named person among them: a mixed list, nothing to infer.
    if (entity.type === "person" || (type && entity.type !== type)) return;
    type = entity.type;
  }
  if (!type) return;
  for (const { entity } of list) if (entity.guessed && entity.type !== type) registry.retype(entity, type);
}
