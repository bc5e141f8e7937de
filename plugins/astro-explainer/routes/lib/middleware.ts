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
import { expandPage } from "remark-explainer/expand";
import { annotationsAt } from "./annotations.ts";

const encoder = new TextEncoder();

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = expandPage(await response.text(), annotationsAt, (key) => cardsHtml(annotationsAt(key)));
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  // Bytes, not the string: a string body goes through a well-formedness pass before the same
  // encoding, and building with it peaked ~90 MB higher at 1,000 articles (more garbage per page).
  return new Response(encoder.encode(html), { status: response.status, statusText: response.statusText, headers });
};
