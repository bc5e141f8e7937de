/**
 * Page weight of the article pages in `dist/`: every script and stylesheet a page loads (a
 * script's imports followed), gzipped at level 9. The enhancement script's budget is 2 KB
 * gzipped for the whole article page; README.md's "Page weight" reports these figures.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSiteOnce } from "../support/index.mjs";

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** A script and the modules it imports, statically or dynamically, as files under `dist`. */
function scriptClosure(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const [, specifier] of code.matchAll(/\bimport\s*(?:\(\s*|[^"'`()]*?from\s*|\s*)["'`]([^"'`]+)["'`]/g)) {
    if (!specifier) continue;
    const target = specifier.startsWith("/") ? join(dist, specifier) : join(dirname(file), specifier);
    scriptClosure(dist, target, seen);
  }
  return seen;
}

interface Weight {
  js: number;
  css: number;
  files: string[];
}

function pageWeight(dist: string, page: string): Weight {
  const html = readFileSync(join(dist, page), "utf8");
  const local = (url: string) => join(dist, url.split(/[?#]/)[0] ?? url);
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => local(match[1] ?? ""));
  const styles = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => local(/\bhref="([^"]+)"/.exec(tag)?.[1] ?? ""));
  // Inline code would escape the measure (and the site's CSP forbids it).
  const inline = [...html.matchAll(/<style\b[^>]*>|<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\bsrc="|type="application\/ld\+json"/.test(tag));
  expect(inline, page).toEqual([]);
  const js = new Set<string>();
  for (const script of scripts) for (const file of scriptClosure(dist, script)) js.add(file);
  return {
    js: [...js].reduce((sum, file) => sum + gz(file), 0),
    css: styles.reduce((sum, file) => sum + gz(file), 0),
    files: [...js, ...styles].map((file) => file.slice(dist.length)),
  };
}

let dist: string;

beforeAll(async () => {
  dist = await buildSiteOnce();
}, 300_000);

describe("page weight", () => {
  it.each([["pasukan-korea-utara-ke-rusia"], ["river-authority-flood-crews"]])(
    "the article page %s loads at most 2 KB of gzipped JavaScript",
    (id) => {
      const weight = pageWeight(dist, `articles/${id}/index.html`);
      console.log(`articles/${id}/: JS ${weight.js} B gz, CSS ${weight.css} B gz (${weight.files.join(", ")})`);
      expect(weight.js).toBeGreaterThan(0);
      expect(weight.js).toBeLessThanOrEqual(2048);
      expect(weight.css).toBeGreaterThan(0);
    },
  );
});
