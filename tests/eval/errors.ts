/**
 * Error bookkeeping: every mismatch goes under one or more categories, each
 * counted against how often the situation occurred, with short examples.
 */

export interface ErrorGroup {
  /** "missed quote · style:unquoted" */
  category: string;
  errors: number;
  /** How many items could have gone wrong this way. */
  of: number;
  examples: string[];
}

export interface ErrorRecord {
  /** "missed quote", "spurious quote", "wrong speaker", "missed person", … */
  kind: string;
  document: string;
  start: number;
  end: number;
  detail: string;
}

const EXAMPLES_KEPT = 3;
export const SNIPPET_LENGTH = 80;

/** `text` on one line, cut to `max` characters with an ellipsis. */
export function shorten(text: string, max = SNIPPET_LENGTH): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** The span in brackets with as much context on each side as fits in `max` characters. */
export function inContext(text: string, start: number, end: number, max = SNIPPET_LENGTH): string {
  const span = shorten(text.slice(start, end), max - 2);
  const room = Math.max(0, max - span.length - 2);
  const before = text.slice(Math.max(0, start - 200), start).replace(/\s+/g, " ");
  const after = text.slice(end, end + 200).replace(/\s+/g, " ");
  const left = before.slice(before.length - Math.floor(room / 2));
  const right = after.slice(0, room - left.length);
  return `${left}[${span}]${right}`;
}

export class ErrorLog {
  readonly records: ErrorRecord[] = [];
  private readonly groups = new Map<string, ErrorGroup>();

  private group(category: string): ErrorGroup {
    let group = this.groups.get(category);
    if (!group) {
      group = { category, errors: 0, of: 0, examples: [] };
      this.groups.set(category, group);
    }
    return group;
  }

  /** `count` more items that could have failed under these categories. */
  seen(categories: readonly string[], count = 1): void {
    for (const category of categories) this.group(category).of += count;
  }

  /** It did fail: counted under each category, the example kept for the first few. */
  fail(categories: readonly string[], example: string, record: ErrorRecord): void {
    for (const category of categories) {
      const group = this.group(category);
      group.errors++;
      if (group.examples.length < EXAMPLES_KEPT) group.examples.push(shorten(example));
    }
    this.records.push(record);
  }

  /**
   * Categories with errors, most errors first. A cause never seen on its own
   * ("missed person · boundary") is counted against its kind ("missed person").
   */
  top(limit: number): ErrorGroup[] {
    return [...this.groups.values()]
      .filter((group) => group.errors > 0)
      .map((group) => {
        const kind = group.category.split(" · ")[0] ?? "";
        return group.of > 0 ? group : { ...group, of: this.groups.get(kind)?.of ?? group.errors };
      })
      .sort((a, b) => b.errors - a.errors || a.category.localeCompare(b.category))
      .slice(0, limit);
  }
}
