/**
 * The annotation cache's folder: entries (one article's annotations as JSON each)
 * appended to a pack file per writer, `pack-<pid>-<time>-<n>.jsonl`, and listed
 * in one index shared by every writer, `index.tsv` (a line per entry: key, pack,
 * offset and length in bytes). Creating a file per article cost 0.1–0.6 ms each
 * (more on a busy disk) on every cold build; appending costs microseconds.
 *
 * An entry never changes (its key hashes what produced it), so readers only add
 * to what they know. An entry is written before its index line, and a line
 * counts once it is whole, so a reader never sees half an entry; short appends
 * to a file opened for appending do not interleave between processes.
 *
 * Only `node:fs`: pages read entries through this module (astro-explainer's
 * `annotationsOf`), bundled into the site's build.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Where one entry lies. */
interface Location {
  pack: string;
  offset: number;
  length: number;
}

/** The files a store keeps in its folder, for pruning. */
export const storeFilePattern = /^(index\.tsv|pack-.+\.jsonl)$/;

const indexFile = "index.tsv";
let packsMade = 0;

export class AnnotationStore {
  readonly dir: string;
  private readonly known = new Map<string, Location>();
  /** Bytes of the index read so far. */
  private indexRead = 0;
  /** This writer's pack, from its first entry on. */
  private pack: string | undefined;

  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * The entry's text, or `undefined` when there is none or it cannot be read.
   * `refresh`: look at index lines added since the last look (by other writers) first.
   */
  get(key: string, { refresh = true }: { refresh?: boolean } = {}): string | undefined {
    if (refresh && !this.known.has(key)) this.readIndex();
    const location = this.known.get(key);
    if (!location) return undefined;
    try {
      const fd = openSync(join(this.dir, location.pack), "r");
      try {
        const buffer = Buffer.allocUnsafe(location.length);
        const read = readSync(fd, buffer, 0, location.length, location.offset);
        return read === location.length ? buffer.toString("utf8") : undefined;
      } finally {
        closeSync(fd);
      }
    } catch {
      return undefined;
    }
  }

  /** The entry parsed as JSON, or `undefined` when there is none or it cannot be read or parsed. */
  getJson<T>(key: string, options?: { refresh?: boolean }): T | undefined {
    const text = this.get(key, options);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }

  /** Read the index lines added since the last look. */
  readIndex(): void {
    let added: string;
    try {
      const fd = openSync(join(this.dir, indexFile), "r");
      try {
        const buffer = Buffer.allocUnsafe(Math.max(0, fstatSync(fd).size - this.indexRead));
        added = buffer.toString("utf8", 0, readSync(fd, buffer, 0, buffer.length, this.indexRead));
      } finally {
        closeSync(fd);
      }
    } catch {
      return;
    }
    // Whole lines only: one being appended right now is read next time.
    const whole = added.slice(0, added.lastIndexOf("\n") + 1);
    this.indexRead += Buffer.byteLength(whole);
    for (const line of whole.split("\n")) {
      const [key, pack, offset, length] = line.split("\t");
      if (key && pack && offset && length)
        this.known.set(key, { pack, offset: Number(offset), length: Number(length) });
    }
  }

  /** Append an entry; throws when the disk refuses. The folder is made when missing. */
  put(key: string, text: string): void {
    const bytes = Buffer.from(text, "utf8");
    let offset = this.pack === undefined ? undefined : appendTo(join(this.dir, this.pack), bytes, "a");
    if (this.pack === undefined || offset === undefined) {
      // The first entry, or the folder was removed since: a new pack.
      mkdirSync(this.dir, { recursive: true });
      this.pack = `pack-${process.pid}-${Date.now().toString(36)}-${++packsMade}.jsonl`;
      offset = appendTo(join(this.dir, this.pack), bytes, "wx", true) ?? 0;
    }
    const location = { pack: this.pack, offset, length: bytes.length };
    appendTo(join(this.dir, indexFile), Buffer.from(`${key}\t${this.pack}\t${offset}\t${bytes.length}\n`), "a", true);
    this.known.set(key, location);
  }
}

/**
 * Write `bytes` at the end of `path`; the offset they start at, or `undefined` when
 * the file cannot be opened (thrown instead with `mustOpen`).
 */
function appendTo(path: string, bytes: Buffer, flags: "a" | "wx", mustOpen = false): number | undefined {
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    if (mustOpen) throw error;
    return undefined;
  }
  try {
    const offset = fstatSync(fd).size;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    return offset;
  } finally {
    closeSync(fd);
  }
}
