/** A small static server for built sites, as a static host would serve them. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
};

/**
 * Serve `dir` under the path prefix `base` on a free localhost port.
 * Directories serve their `index.html`, `/x` falls back to `/x.html`, unknown paths get
 * `404.html` (when the site has one) with status 404. Every response carries `headers`
 * (e.g. a Content-Security-Policy).
 * @param {string} dir
 * @param {string} [base] e.g. "/" or "/news/"
 * @param {{ headers?: Record<string, string> }} [options]
 * @returns {Promise<{ origin: string, url: string, requests: string[], close: () => Promise<void> }>}
 *   `url` is origin + base; `requests` lists every path asked for (handy for asserting no 404s).
 */
export async function serveDist(dir, base = "/", { headers = {} } = {}) {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const root = normalize(dir);
  /** @type {string[]} */
  const requests = [];

  const resolveFile = async (/** @type {string} */ pathname) => {
    if (!`${pathname}/`.startsWith(prefix)) return undefined;
    const relative = decodeURIComponent(pathname.slice(prefix.length - 1));
    const file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
    for (const candidate of [file, join(file, "index.html"), `${file}.html`]) {
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) return candidate;
    }
    return undefined;
  };

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    requests.push(pathname);
    let file;
    try {
      file = await resolveFile(pathname);
    } catch {
      file = undefined; // a malformed %-escape is a 404, as on a real host
    }
    let status = 200;
    if (!file) {
      status = 404;
      const notFound = join(root, "404.html");
      file = (await stat(notFound).catch(() => undefined))?.isFile() ? notFound : undefined;
    }
    response.writeHead(status, {
      ...headers,
      "Content-Type": file
        ? (TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? "application/octet-stream")
        : "text/plain",
      "Cache-Control": "no-store",
    });
    if (!file || request.method === "HEAD") response.end(file ? undefined : "Not found");
    else createReadStream(file).pipe(response);
  });

  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + prefix,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
