/**
 * What `npm pack` would publish: built code with its types, README and
 * LICENSE; every `exports` target present; no tests and no fixtures.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./install.js";

interface PackManifest {
  exports: Record<string, string | Record<string, string>>;
  sideEffects: boolean | string[];
  peerDependencies?: Record<string, string>;
}

function packedFiles(folder: string): string[] {
  const output = execFileSync("npm", ["pack", "--dry-run", "--json", folder], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}` },
  });
  const [pack] = JSON.parse(output) as { files: { path: string }[] }[];
  return (pack?.files ?? []).map((file) => file.path);
}

/** Every file an `exports` entry points to, wildcards matched against the packed files. */
function exportTargets(manifest: PackManifest): string[] {
  return Object.values(manifest.exports).flatMap((target) =>
    (typeof target === "string" ? [target] : Object.values(target)).map((path) => path.replace(/^\.\//, "")),
  );
}

describe.each(["remark-explainer", "astro-explainer"])("npm pack of %s", (name) => {
  const folder = `./plugins/${name}`;
  const manifest = JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")) as PackManifest;
  const files = packedFiles(folder);

  it("holds the built code with its declarations, README and LICENSE", () => {
    expect(files).toEqual(
      expect.arrayContaining(["package.json", "README.md", "LICENSE", "dist/index.js", "dist/index.d.ts"]),
    );
  });

  it("holds no tests and no fixtures", () => {
    expect(files.filter((file) => /(^|\/)(test|tests|fixtures|__tests__)\/|\.test\.|\.spec\./.test(file))).toEqual([]);
  });

  it("holds every file its exports map points to", () => {
    for (const target of exportTargets(manifest)) {
      const pattern = new RegExp(`^${target.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".+")}$`);
      expect(
        files.some((file) => pattern.test(file)),
        target,
      ).toBe(true);
    }
  });
});

describe("package manifests", () => {
  const manifest = (name: string) =>
    JSON.parse(readFileSync(join(root, "plugins", name, "package.json"), "utf8")) as PackManifest;

  it("remark-explainer has no side effects and needs no Astro", () => {
    expect(manifest("remark-explainer").sideEffects).toBe(false);
    expect(JSON.stringify(manifest("remark-explainer"))).not.toMatch(/"astro"/);
  });

  it("astro-explainer declares Astro as a peer, and only its stylesheets as side effects", () => {
    expect(manifest("astro-explainer").peerDependencies?.astro).toMatch(/^\^7/);
    expect(manifest("astro-explainer").sideEffects).toEqual(["*.css"]);
  });
});
