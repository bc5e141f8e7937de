/**
 * The annotation store (remark-explainer/store): entries appended to a pack per
 * writer and found through one index, by any reader, whenever they were written.
 */
import { appendFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnnotationStore } from "../../plugins/remark-explainer/src/store.js";

const folder = () => join(mkdtempSync(join(tmpdir(), "explainer-store-")), "articles");

describe("AnnotationStore", () => {
  it("gives back each entry as written, offsets counted in bytes (non-ASCII text before it)", () => {
    const dir = folder();
    const writer = new AnnotationStore(dir);
    const entries = {
      a: '{"name":"Menteri Luar Negeri “Ré”"}',
      b: '{"name":"Ấn Độ, 東京"}',
      c: '{"name":"plain"}',
    };
    for (const [key, text] of Object.entries(entries)) writer.put(key, text);
    const reader = new AnnotationStore(dir);
    for (const [key, text] of Object.entries(entries)) expect(reader.get(key)).toBe(text);
    const files = readdirSync(dir);
    expect(files).toHaveLength(2);
    expect(files.filter((name) => /^pack-.+\.jsonl$/.test(name))).toHaveLength(1);
  });

  it("finds entries written after its first look, but only with refresh", () => {
    const dir = folder();
    const reader = new AnnotationStore(dir);
    expect(reader.get("late")).toBeUndefined();
    new AnnotationStore(dir).put("late", "{}");
    expect(reader.get("late", { refresh: false })).toBeUndefined();
    expect(reader.get("late")).toBe("{}");
  });

  it("reads an index line only once it is whole", () => {
    const dir = folder();
    const writer = new AnnotationStore(dir);
    writer.put("first", "[1]");
    const pack = readdirSync(dir).find((name) => name.endsWith(".jsonl")) as string;
    appendFileSync(join(dir, pack), "[2]");
    appendFileSync(join(dir, "index.tsv"), `second\t${pack}\t3`);
    const reader = new AnnotationStore(dir);
    expect(reader.get("second")).toBeUndefined();
    expect(reader.get("first")).toBe("[1]");
    appendFileSync(join(dir, "index.tsv"), "\t3\n");
    expect(reader.get("second")).toBe("[2]");
  });

  it("gives nothing for an entry its pack does not hold whole", () => {
    const dir = folder();
    new AnnotationStore(dir).put("short", "[1]");
    const pack = readdirSync(dir).find((name) => name.endsWith(".jsonl")) as string;
    appendFileSync(join(dir, "index.tsv"), `cut\t${pack}\t0\t99\n`);
    expect(new AnnotationStore(dir).get("cut")).toBeUndefined();
  });
});
