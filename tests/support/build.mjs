/**
 * Astro builds for tests. Builds are the slow part of `npm test` (tens of seconds each on
 * two cores), so the site is built once per run and each fixture site once per test file.
 */
import { cp, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { exec } from "./exec.mjs";
import { DIST, OUTPUT, ROOT } from "./paths.mjs";

/** What `npm run build` does after compiling the packages (others may add steps, e.g. Pagefind). */
export async function siteBuildCommand() {
  const { scripts } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
  return String(scripts.build).replace(/^\s*npm run build:plugins\s*&&\s*/, "");
}

/** @type {Promise<string> | undefined} */
let siteBuild;

/**
 * The site's `dist/`, built at most once per test run: tests/run.mjs builds it before
 * vitest starts (and says so with EXPLAINER_SITE_BUILT=1, or "failed" when that build failed);
 * a bare `vitest run` builds it here, once for all workers.
 * @returns {Promise<string>} the absolute path of `dist/`
 */
export function buildSiteOnce() {
  siteBuild ??=
    process.env.EXPLAINER_SITE_BUILT === "1"
      ? Promise.resolve(DIST)
      : process.env.EXPLAINER_SITE_BUILT === "failed"
        ? Promise.reject(new Error("npm run build failed before the tests started: see its output above the test run."))
        : buildSiteLocked();
  return siteBuild;
}

async function buildSiteLocked() {
  const runId = process.env.EXPLAINER_TEST_RUN ?? String(process.ppid);
  const dir = join(OUTPUT, "site-build");
  const done = join(dir, `${runId}.done`);
  const lock = join(dir, "lock");
  await mkdir(dir, { recursive: true });
  for (;;) {
    if (await exists(done)) return DIST;
    try {
      await mkdir(lock);
      break;
    } catch {
      // Another worker is building; a lock older than 15 minutes was left by a killed run.
      const info = await stat(lock).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > 15 * 60_000) await rm(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    const result = await exec("npm", ["run", "build"], { cwd: ROOT });
    if (result.code !== 0) throw new Error(`npm run build failed (exit ${result.code}):\n${result.output}`);
    await writeFile(done, "");
    return DIST;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * @typedef {object} SiteCopy
 * @property {string} root  the copy's root directory
 * @property {string} dist  its build output
 * @property {number} code  the build's exit code (a test may expect a failure)
 * @property {string} output  the build's stdout and stderr, interleaved
 */

/** @type {Map<string, Promise<SiteCopy>>} */
const copies = new Map();

/**
 * Build a copy of this site (its `src/`, `public/`, `content/`, config) with other articles,
 * under tests/output/sites/<name>, with its own Astro cache: as a fresh clone would build.
 * Memoised per name within a test file; never throws on a failed build (check `code`).
 * @param {string} name
 * @param {{ articles?: string | Record<string, string>, env?: Record<string, string>, config?: (text: string) => string }} [options]
 *   `articles`: a directory to use as content/articles, or file name → file text.
 *   Without it the copy keeps the site's own articles. `config`: rewrites the copy's astro.config.mjs.
 * @returns {Promise<SiteCopy>}
 */
export function buildSiteCopy(name, options = {}) {
  let build = copies.get(name);
  if (!build) {
    build = buildCopy(name, options);
    copies.set(name, build);
  }
  return build;
}

async function buildCopy(name, { articles, env = {}, config }) {
  const root = join(OUTPUT, "sites", name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  for (const entry of ["src", "public", "content", "astro.config.mjs", "tsconfig.json", "package.json"]) {
    if (await exists(join(ROOT, entry))) await cp(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  if (config) {
    const configFile = join(root, "astro.config.mjs");
    await writeFile(configFile, config(await readFile(configFile, "utf8")));
  }
  const articlesDir = join(root, "content", "articles");
  if (articles !== undefined) {
    await rm(articlesDir, { recursive: true, force: true });
    if (typeof articles === "string") await cp(articles, articlesDir, { recursive: true });
    else {
      for (const [file, text] of Object.entries(articles)) {
        await mkdir(dirname(join(articlesDir, file)), { recursive: true });
        await writeFile(join(articlesDir, file), text);
      }
    }
  }
  // Vitest copies its import.meta.env into process.env; its BASE_URL ("/") would override the
  // copy's `base` in the child's Astro build (Vite reads it as import.meta.env.BASE_URL).
  const result = await exec(await siteBuildCommand(), [], {
    cwd: root,
    env: { BASE_URL: undefined, ...env },
    shell: true,
  });
  return { root, dist: join(root, "dist"), code: result.code, output: result.output };
}

async function exists(/** @type {string} */ path) {
  return stat(path).then(
    () => true,
    () => false,
  );
}
