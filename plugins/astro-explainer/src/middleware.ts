/**
 * The integration's middleware: writes out the compact marks the Sätteri plugin
 * leaves in articles' HTML (`compactMarks`), in every HTML page, prerendered or
 * served. Astro's content store then holds the short form of every mark.
 */
import type { MiddlewareHandler } from "astro";
import { expandMarks } from "remark-explainer/compact";

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(expandMarks(html), { status: response.status, statusText: response.statusText, headers });
};
