/**
 * Issue 7: building twice gives a byte-identical dist/. The second build is of a fresh copy
 * of the site (its own Astro cache, another directory), as another clone would build it.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSiteCopy, buildSiteOnce } from "../support/build.mjs";

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

describe("reproducible build", () => {
  it("a second build of the same site gives byte-identical files", async () => {
    const first = await digests(await buildSiteOnce());
    const rebuild = await buildSiteCopy("rebuild");
    expect(rebuild.code, rebuild.output).toBe(0);
    const second = await digests(rebuild.dist);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((file) => first[file] !== second[file]);
    expect(differing).toEqual([]);
  }, 600_000);
});
