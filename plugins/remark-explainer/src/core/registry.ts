/**
 * The article's entities as they are met, in reading order, and the
 * coreference that maps a later short name (surname, first name, acronym,
 * expansion) to the entity already seen. Lookups are Map hits on words.
 */
import type { EntityType } from "../types.js";
import { isUpperAt } from "./chars.js";

export interface EntityRecord {
  type: EntityType;
  /** Canonical name: the longest the text gives. */
  name: string;
  /** Lower-cased words of the canonical name. */
  words: string[];
  role?: string | undefined;
  affiliation?: EntityRecord | undefined;
  aliases: Set<string>;
  /** Source offset of the earliest mention (Infinity before any): "introduced before" choices. */
  first: number;
  /** Order of creation, for stable output. */
  order: number;
  /** Source offset of the latest mention, for "most recent" choices. */
  last: number;
  /** Known only as an unexplained capitalised word: dropped unless confirmed. */
  tentative?: boolean | undefined;
  /** Typed by default, with no cue yet: the first typed evidence may retype it. */
  guessed?: boolean | undefined;
}

const slugWord = (word: string): string =>
  asciiSlug(word) ??
  word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * `slugWord` of a name in ASCII, by one loop (normalising and three regexes cost more than the
 * rest of the output); undefined for any other name.
 */
function asciiSlug(word: string): string | undefined {
  let slug = "";
  let dash = false;
  for (let k = 0; k < word.length; k++) {
    let code = word.charCodeAt(k);
    if (code >= 0x80) return undefined;
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (dash && slug !== "") slug += "-";
      dash = false;
      slug += String.fromCharCode(code);
    } else {
      dash = true;
    }
  }
  return slug;
}

/** `"Dewi Lestari"` → `"dewi-lestari"`. */
export const slugify = (name: string): string => slugWord(name) || "entity";

/**
 * Initials of a name's capitalised words and word parts: Perserikatan Bangsa-Bangsa → PBB.
 * A character loop: this runs for every new organization or place.
 */
function initials(name: string): string[] {
  let whole = "";
  let parts = "";
  for (const word of name.split(/\s+/)) {
    if (!isUpperAt(word, 0)) continue;
    whole += word[0];
    // Word parts after a hyphen (-, ‐) count when capitalised.
    for (let k = 0; k < word.length; k = nextPart(word, k)) if (isUpperAt(word, k)) parts += word[k];
  }
  return whole === parts ? [whole] : [whole, parts];
}

/** Start of the part after the hyphen following `index`, or the word's length. */
function nextPart(word: string, index: number): number {
  for (let k = index; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code === 0x2d || code === 0x2010) return k + 1;
  }
  return word.length;
}

export class Registry {
  readonly entities: EntityRecord[] = [];
  private readonly byName = new Map<string, EntityRecord>();
  /** Each word of a person's name → the person who last used it. */
  private readonly byWord = new Map<string, EntityRecord>();
  private readonly byInitials = new Map<string, EntityRecord>();
  /** Last word of an organization's name of two words or more → the organization last named so. */
  private readonly byHead = new Map<string, EntityRecord>();
  /**
   * First word of an organization's name of two words → the organization last named so (longer
   * names open with a person's more often than short ones: "Laura Ingraham Show").
   */
  private readonly byLead = new Map<string, EntityRecord>();

  // `key`, here and below: the name lower-cased, when the caller has it already.

  /** The entity a name (or alias) belongs to, if seen. */
  named(name: string, key = name.toLowerCase()): EntityRecord | undefined {
    return this.byName.get(key);
  }

  /** The person one name word (surname or first name) stands for. */
  personWord(word: string, key = word.toLowerCase()): EntityRecord | undefined {
    return this.byWord.get(key);
  }

  /** The latest organization of two words or more whose name ends with `word`: "City Council" for "council". */
  headedBy(word: string): EntityRecord | undefined {
    const entity = this.byHead.get(word);
    return entity?.type === "organization" && entity.words.at(-1) === word ? entity : undefined;
  }

  /** An organization or place whose initials spell an acronym. */
  acronym(acronym: string, key = acronym.toLowerCase()): EntityRecord | undefined {
    return this.byName.get(key) ?? this.byInitials.get(acronym.replace(/\./g, ""));
  }

  /**
   * The entity for a name of the given type: an exact name or alias; for a
   * person, a part of a longer name already seen (Lestari → Dewi Lestari) or a
   * longer form of a short one (Park, then Park Min-jun).
   */
  resolve(name: string, type: EntityType, at: number, guess = false, key = name.toLowerCase()): EntityRecord {
    // Lower-cased and split once: this runs for every candidate name.
    const exact = this.byName.get(key);
    if (exact) {
      if (!guess && (exact.tentative || exact.guessed) && exact.type !== type) this.retype(exact, type);
      if (!guess) exact.guessed = undefined;
      return this.touch(exact, at);
    }
    const words = key.split(/\s+/);
    if (type === "person") {
      const partOf = this.personOf(words);
      if (partOf) {
        if (words.length > partOf.words.length) this.rename(partOf, name, key, words);
        return this.touch(partOf, at);
      }
      // "Shares of Hanbit fell" after "Hanbit Semiconductor": a guessed name opening an organization's.
      const organization = guess && words.length === 1 ? this.byLead.get(key) : undefined;
      if (organization?.type === "organization") return this.touch(organization, at);
    }
    const record = this.add(name, key, words, type, at);
    if (guess) record.guessed = true;
    return record;
  }

  /** A new entity that no other name maps to (unnamed sources). */
  create(name: string, type: EntityType, at: number): EntityRecord {
    const key = name.toLowerCase();
    return this.add(name, key, key.split(/\s+/), type, at);
  }

  private add(name: string, key: string, words: string[], type: EntityType, at: number): EntityRecord {
    // Every field from the start, and none deleted later: records keep one hidden class (fast property
    // reads in every rule) instead of one per order of assignment, or a dictionary after a `delete`.
    const record: EntityRecord = {
      type,
      name,
      words,
      role: undefined,
      affiliation: undefined,
      aliases: new Set(),
      first: Number.POSITIVE_INFINITY,
      order: this.entities.length,
      last: at,
      tentative: undefined,
      guessed: undefined,
    };
    this.entities.push(record);
    this.index(record, name, key, words);
    return record;
  }

  /** Record another name for an entity (an acronym's expansion, or the reverse). */
  alias(record: EntityRecord, name: string): void {
    const key = name.toLowerCase();
    const other = this.byName.get(key);
    // A word guessed to be a person turns out to name this organization ("Golkar", then "Partai Golkar").
    if (other?.guessed && other.type !== record.type) this.retype(other, record.type);
    if (other && other !== record) return;
    if (name.length > record.name.length && !/^\p{Lu}+$/u.test(name)) {
      record.aliases.add(record.name);
      record.name = name;
      record.words = key.split(/\s+/);
    } else if (name !== record.name) {
      record.aliases.add(name);
    }
    this.index(record, name, key);
  }

  /** A tentative entity turns out to be of another type ("kata Budi": a person). */
  retype(record: EntityRecord, type: EntityType): void {
    record.type = type;
    record.tentative = undefined;
    record.guessed = undefined;
    this.index(record, record.name);
  }

  private personOf(words: readonly string[]): EntityRecord | undefined {
    // Every word must point to the same person (Park → Park Min-jun).
    let found: EntityRecord | undefined;
    for (const word of words) {
      const person = this.byWord.get(word);
      if (!person || (found && person !== found)) {
        found = undefined;
        break;
      }
      found = person;
    }
    if (found) return found;
    // A longer name containing a known person's whole name.
    for (const word of words) {
      const person = this.byWord.get(word);
      if (person?.words.every((part) => words.includes(part))) return person;
    }
    return undefined;
  }

  private rename(record: EntityRecord, name: string, key: string, words: string[]): void {
    record.aliases.add(record.name);
    record.name = name;
    record.words = words;
    this.index(record, name, key, words);
  }

  /** `key`: the name lower-cased; `words`: `key` split on spaces (computed here if not given). */
  private index(record: EntityRecord, name: string, key = name.toLowerCase(), words?: readonly string[]): void {
    this.byName.set(key, record);
    if (record.type === "person") {
      for (const word of words ?? key.split(/\s+/)) if (word.length > 1) this.byWord.set(word, record);
    } else if ((record.type === "organization" || record.type === "place") && /[\s-]/.test(name)) {
      const head = record.words.length > 1 ? record.words[record.words.length - 1] : undefined;
      if (record.type === "organization" && head !== undefined) this.byHead.set(head, record);
      const lead = record.words[0];
      if (record.type === "organization" && record.words.length === 2 && lead !== undefined)
        this.byLead.set(lead, record);
      // One word without hyphens has one initial: no acronym to spell.
      for (const letters of initials(name))
        if (letters.length >= 2 && !this.byInitials.has(letters)) this.byInitials.set(letters, record);
    }
  }

  private touch(record: EntityRecord, at: number): EntityRecord {
    record.last = Math.max(record.last, at);
    return record;
  }
}
