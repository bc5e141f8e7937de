/** Parsing brat standoff (`.ann`): text-bound annotations (T) and events (E) that link them. */
import type { Range } from "./types.ts";

export interface BratSpan {
  id: string;
  type: string;
  /** One range, or several for a discontinuous annotation (`0 5;9 12`). */
  fragments: Range[];
  text: string;
}

export interface BratEvent {
  id: string;
  type: string;
  /** The trigger annotation's id. */
  trigger: string;
  /** Role → annotation ids, in file order (`Content`, `Content2`, `Source`, …). */
  roles: { role: string; target: string }[];
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

export function parseBrat(content: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of content.split(/\r?\n/)) {
    const [id = "", body = "", text = ""] = line.split("\t");
    if (id.startsWith("T")) {
      const space = body.indexOf(" ");
      const fragments = body
        .slice(space + 1)
        .split(";")
        .map((pair) => {
          const [start = Number.NaN, end = Number.NaN] = pair.trim().split(/\s+/).map(Number);
          return { start, end };
        });
      if (space < 0 || fragments.some((f) => !Number.isInteger(f.start) || !Number.isInteger(f.end))) {
        throw new Error(`brat: cannot read offsets in "${line}"`);
      }
      spans.set(id, { id, type: body.slice(0, space), fragments, text });
    } else if (id.startsWith("E")) {
      const [head = "", ...rest] = body.trim().split(/\s+/);
      const [type = "", trigger = ""] = head.split(":");
      const roles = rest.map((pair) => {
        const [role = "", target = ""] = pair.split(":");
        return { role, target };
      });
      events.push({ id, type, trigger, roles });
    }
  }
  return { spans, events };
}

/**
 * brat counts offsets in code points; JavaScript strings in UTF-16 units.
 * Returns a converter from the first to the second for `text`.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const units: number[] = [];
  let unit = 0;
  for (const character of text) {
    units.push(unit);
    unit += character.length;
  }
  units.push(unit);
  return (offset) => units[offset] ?? unit;
}
