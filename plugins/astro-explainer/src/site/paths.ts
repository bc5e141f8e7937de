/** URLs of the explainer pages, under the site's `base`, so the site works from any sub-path. */
import type { EntityType } from "remark-explainer";
import type { ResolvedRoutesOptions } from "../routes.js";

/** `import.meta.env.BASE_URL` with exactly one trailing slash. */
export function baseUrl(base: string): string {
  return base.endsWith("/") ? base : `${base}/`;
}

/** `path` (relative, no leading slash) under `base`. */
export function href(base: string, path = ""): string {
  return `${baseUrl(base)}${path.replace(/^\/+/, "")}`;
}

export function articleHref(base: string, options: ResolvedRoutesOptions, articleId: string, block?: string): string {
  const page = href(base, options.articlePath.replace("[id]", articleId));
  return block ? `${page}#${block}` : page;
}

/** The directory of pages for entities of this type, if the site has one. */
export function entityDirectory(options: ResolvedRoutesOptions, type: EntityType | undefined): string | false {
  if (type === "person") return options.people;
  if (type === "organization") return options.organizations;
  return false;
}

/** The page of a person or organization; `undefined` for types that have no page. */
export function entityHref(
  base: string,
  options: ResolvedRoutesOptions,
  entity: { id: string; type: EntityType | undefined },
): string | undefined {
  const directory = entityDirectory(options, entity.type);
  return directory ? href(base, `${directory}/${entity.id}/`) : undefined;
}

/**
 * Where "all N quotes" leads from a capped who-said-what list: the speaker's page, or for a
 * speaker without one (an unnamed source) the site's search for their name; `undefined` when
 * neither exists or the speaker is unknown (`slug` `""`).
 */
export function speakerQuotesHref(
  base: string,
  options: ResolvedRoutesOptions,
  speaker: { slug: string; name: string; type: EntityType | undefined },
): string | undefined {
  if (!speaker.slug) return undefined;
  const page = entityHref(base, options, { id: speaker.slug, type: speaker.type });
  if (page) return page;
  return options.search ? `${href(base, `${options.search}/`)}?q=${encodeURIComponent(speaker.name)}` : undefined;
}
