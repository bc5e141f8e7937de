/**
 * The integration's middleware: writes out, in every HTML page (prerendered or
 * served), what the plugin leaves compact in an article's HTML, since Astro's
 * content store holds every article's HTML in memory during a build: links to
 * cards (`compactMarks`), and on sites whose pages are all prerendered, the cards
 * section, rendered here from the article's annotations (`compactCards`).
 */
import type { MiddlewareHandler } from "astro";
import { cardsHtml } from "astro-explainer/site";
import { expandCards, expandMarks } from "remark-explainer/compact";
import { annotationsAt } from "./annotations.ts";

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = expandCards(expandMarks(await response.text()), (key) => cardsHtml(annotationsAt(key)));
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
};
