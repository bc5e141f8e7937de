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

/** Share of its errors a category may have in common with one listed before it and still be listed. */
const REDUNDANT = 0.9;

export class ErrorLog {
  readonly records: ErrorRecord[] = [];
  private readonly groups = new Map<string, ErrorGroup>();
  /** Indexes into `records` of each category's errors. */
  private readonly members = new Map<string, Set<number>>();

  private group(category: string): ErrorGroup {
    let group = this.groups.get(category);
    if (!group) {
      group = { category, errors: 0, of: 0, examples: [] };
      this.groups.set(category, group);
      this.members.set(category, new Set());
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
      this.members.get(category)?.add(this.records.length);
      if (group.examples.length < EXAMPLES_KEPT) group.examples.push(shorten(example));
    }
    this.records.push(record);
  }

  /**
   * Categories with errors, most errors first, leaving out one whose errors are
   * nearly all those of a category already listed (it would say nothing new).
   * A cause never seen on its own ("missed person · boundary") is counted
   * against its kind ("missed person").
   */
  top(limit: number): ErrorGroup[] {
    const ranked = [...this.groups.values()]
      .filter((group) => group.errors > 0)
      .sort((a, b) => b.errors - a.errors || a.category.localeCompare(b.category));
    const listed: ErrorGroup[] = [];
    for (const group of ranked) {
      if (listed.length === limit) break;
      const mine = this.members.get(group.category) ?? new Set<number>();
      const redundant = listed.some((other) => {
        const theirs = this.members.get(other.category) ?? new Set<number>();
        let shared = 0;
        for (const index of mine) if (theirs.has(index)) shared++;
        return shared >= REDUNDANT * mine.size;
      });
      if (redundant) continue;
      const kind = group.category.split(" · ")[0] ?? "";
      listed.push(group.of > 0 ? group : { ...group, of: this.groups.get(kind)?.of ?? group.errors });
    }
    return listed;
  }
}
