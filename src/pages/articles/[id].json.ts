/** `/articles/<id>.json`: the article's `Annotations`, for other tools. */

import { getCollection, render } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import { annotationsOf } from "astro-explainer/annotations";

export const getStaticPaths = (async () => {
  const articles = await getCollection("articles");
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { remarkPluginFrontmatter } = await render(props.article);
  return new Response(`${JSON.stringify(annotationsOf(remarkPluginFrontmatter) ?? null, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
