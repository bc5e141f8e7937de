/**
 * Page weight of the real site's article page: the JavaScript and CSS it
 * loads, each file gzipped (level 9) as a server would send it, summed.
 *
 * The site (src/, content/, public/, astro.config.mjs) is copied to
 * bench/work/page-site and built there, so the bench never writes the
 * repository's dist/ while someone else builds it. `--page-dist <dir>`
 * measures an existing build instead.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { WORK } from "./build.mjs";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SITE_FILES = ["src", "content", "public", "astro.config.mjs", "tsconfig.json", "package.json"];
const SHIPPED_ARTICLE = "pasukan-korea-utara-ke-rusia";

/** Build a copy of the site; returns its dist directory. */
export function buildSiteCopy() {
  const root = join(WORK, "page-site");
  rmSync(root, { recursive: true, force: true });
  for (const entry of SITE_FILES) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  const result = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", root],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 << 20,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    },
  );
  if (result.status !== 0) throw new Error(`site build failed:\n${result.stdout}\n${result.stderr}`);
  return join(root, "dist");
}

/** The shipped article's page, else the first article page. */
function articlePage(dist) {
  const articles = join(dist, "articles");
  const ids = existsSync(articles) ? readdirSync(articles).sort() : [];
  const id = ids.includes(SHIPPED_ARTICLE)
    ? SHIPPED_ARTICLE
    : ids.find((name) => existsSync(join(articles, name, "index.html")));
  if (!id) throw new Error(`no article page under ${articles}`);
  return posix.join("articles", id, "index.html");
}

const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, "i"))?.[1];
const EXECUTABLE = /^(?:module|text\/javascript|application\/javascript)?$/i;

/** JS and CSS the page loads: referenced files (with their static imports) and inline blocks. */
function pageAssets(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath), "utf8");
  const scripts = new Map();
  const styles = new Map();
  const missing = [];
  let inlineScripts = 0;
  let inlineStyles = 0;
  const resolve = (url, from) => {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith("data:")) return undefined;
    const path = url.split(/[?#]/)[0];
    return path.startsWith("/") ? path.slice(1) : posix.join(posix.dirname(from), path);
  };
  const addScript = (file) => {
    if (!file || scripts.has(file)) return;
    if (!existsSync(join(dist, file))) return void missing.push(file);
    const code = readFileSync(join(dist, file), "utf8");
    scripts.set(file, code);
    // Static imports load with the page; dynamic import() only on demand, so they are not counted.
    for (const [, specifier] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      addScript(resolve(specifier, file));
    }
  };
  for (const [, tag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!EXECUTABLE.test(attribute(tag, "type") ?? "")) continue;
    const src = attribute(tag, "src");
    if (src) addScript(resolve(src, pagePath));
    else if (body.trim()) scripts.set(`inline script ${++inlineScripts}`, body);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel")?.toLowerCase();
    const href = attribute(tag, "href");
    if (!href) continue;
    if (rel === "modulepreload") addScript(resolve(href, pagePath));
    if (rel === "stylesheet") {
      const file = resolve(href, pagePath);
      if (file && existsSync(join(dist, file))) styles.set(file, readFileSync(join(dist, file), "utf8"));
      else if (file) missing.push(file);
    }
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (body.trim()) styles.set(`inline style ${++inlineStyles}`, body);
  }
  return { scripts, styles, missing };
}

const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

function weigh(files) {
  const list = [...files].map(([file, text]) => ({ file, bytes: Buffer.byteLength(text), bytesGz: gzipSize(text) }));
  return {
    bytes: list.reduce((sum, f) => sum + f.bytes, 0),
    bytesGz: list.reduce((sum, f) => sum + f.bytesGz, 0),
    list,
  };
}

/** `{ page, jsBytesGz, cssBytesGz, … }` for the article page of a built site. */
export function pageWeight({ dist } = {}) {
  const root = dist ?? buildSiteCopy();
  const page = articlePage(root);
  const { scripts, styles, missing } = pageAssets(root, page);
  const js = weigh(scripts);
  const css = weigh(styles);
  return {
    page,
    builtFrom: dist ? dist : "a copy of the site in bench/work/page-site",
    jsBytesGz: js.bytesGz,
    cssBytesGz: css.bytesGz,
    jsBytes: js.bytes,
    cssBytes: css.bytes,
    files: [...js.list, ...css.list],
    ...(missing.length > 0 ? { missing } : {}),
  };
}
