/**
 * The integration's middleware: writes out, in every HTML page (prerendered or
 * served), what the plugin leaves compact in an article's HTML, since Astro's
 * content store holds every article's HTML in memory during a build: links to
 * cards (`compactMarks`), and on sites whose pages are all prerendered, the marks
 * and the cards section, both written here from the article's annotations
 * (`compactMarks: "deferred"`, `compactCards`).
 */
import type { MiddlewareHandler } from "astro";
import { cardsHtml } from "astro-explainer/site";
import { expandCards, expandDeferredMarks, expandMarks } from "remark-explainer/expand";
import { annotationsAt } from "./annotations.ts";

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const marked = expandDeferredMarks(expandMarks(await response.text()), annotationsAt);
  const html = expandCards(marked, (key) => cardsHtml(annotationsAt(key)));
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
};
