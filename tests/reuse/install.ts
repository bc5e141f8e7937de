/**
 * A throwaway folder where the two packages are installed from `npm pack`
 * tarballs, as a host site would get them from the registry (not workspace
 * links), beside the Astro packages at the root's versions. npm's cache,
 * filled by the root install, makes this a few seconds.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");
const sites = join(root, "tests/fixtures/sites");
/** npm and Astro run on this Node (the project's 24), whatever `node` the machine has. */
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
  NO_COLOR: "1",
};

/** `npm pack` both packages into `dir`; returns the tarballs' paths. */
export function packPackages(dir: string): string[] {
  const output = execFileSync(
    "npm",
    ["pack", "--json", "--pack-destination", dir, "./plugins/remark-explainer", "./plugins/astro-explainer"],
    { cwd: root, encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"] },
  );
  return (JSON.parse(output) as { filename: string }[]).map((pack) => join(dir, pack.filename));
}

/** A folder with node_modules holding the packed packages and Astro; sites go in its subfolders. */
export function installFromTarballs(): string {
  const dir = mkdtempSync(join(tmpdir(), "explainer-reuse-"));
  const tarballs = packPackages(dir);
  const rootDependencies = (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> }
  ).dependencies;
  const dependencies: Record<string, string> = {};
  for (const name of ["astro", "@astrojs/mdx", "@astrojs/markdown-remark"])
    dependencies[name] = rootDependencies[name] ?? "*";
  for (const tarball of tarballs)
    dependencies[tarball.includes("astro-explainer") ? "astro-explainer" : "remark-explainer"] = `file:${tarball}`;
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "explainer-reuse", private: true, type: "module", dependencies }),
  );
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], {
    cwd: dir,
    env,
    stdio: "pipe",
  });
  return dir;
}

/** Copy a fixture site (the shared pages and content, then its own files) into `dir/<name>`. */
export function copySite(dir: string, name: string): string {
  const site = join(dir, name);
  cpSync(join(sites, "common"), site, { recursive: true });
  cpSync(join(sites, name), site, { recursive: true });
  return site;
}

/** `astro build` in a site folder with the installed Astro; returns its output, throws with it on failure. */
export function astroBuild(site: string, dir: string): string {
  const build = spawnSync(process.execPath, [join(dir, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: site,
    encoding: "utf8",
    env: { ...env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  const output = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`astro build failed in ${site}:\n${output}`);
  return output;
}
