/**
 * Issue 7: building twice gives a byte-identical dist/. Two fresh copies of the site (each
 * with its own Astro cache, in different directories, as two clones would be) are built side
 * by side from the same snapshot of the tree, so edits made meanwhile cannot tell them apart.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSiteCopy } from "../support/build.mjs";

/** Relative path → sha256 of every file under `dir`. */
async function digests(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const hash = createHash("sha256")
        .update(await readFile(path))
        .digest("hex");
      return [path.slice(dir.length).replace(/^[\\/]/, ""), hash] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Where two text files first differ, with some context, for the failure message. */
async function firstDifference(a: string, b: string): Promise<string> {
  const [x, y] = await Promise.all([readFile(a, "utf8"), readFile(b, "utf8")]);
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `at ${i}: ${JSON.stringify(x.slice(Math.max(0, i - 60), i + 60))} ≠ ${JSON.stringify(y.slice(Math.max(0, i - 60), i + 60))}`;
}

describe("reproducible build", () => {
  it("two builds of the same site give byte-identical files", async () => {
    const [a, b] = await Promise.all([buildSiteCopy("rebuild-a"), buildSiteCopy("rebuild-b")]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    const [first, second] = await Promise.all([digests(a.dist), digests(b.dist)]);
    const differing = Object.keys(first).filter((file) => first[file] !== second[file]);
    const details = await Promise.all(
      differing
        .filter((file) => /\.(html|json|js|css|xml|txt)$/.test(file) && file in second)
        .slice(0, 5)
        .map(async (file) => `${file} ${await firstDifference(join(a.dist, file), join(b.dist, file))}`),
    );
    expect(Object.keys(second)).toEqual(Object.keys(first));
    expect(differing, details.join("\n")).toEqual([]);
  }, 600_000);
});
