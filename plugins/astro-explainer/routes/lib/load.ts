/**
 * Reads the site's articles and their annotations for the explainer pages
 * (through `annotationsOf`: the frontmatter holds a reference to them).
 */
import type { CollectionEntry, CollectionKey } from "astro:content";
import { getCollection, render } from "astro:content";
import options from "virtual:astro-explainer/routes-config";
import { type SiteArticle, type SiteEntity, siteEntities } from "astro-explainer/site";
import type { Annotations } from "remark-explainer";
import { annotationsOf } from "./annotations.ts";

/** What the injected pages expect of an article entry's frontmatter. */
interface ArticleData {
  title: string;
  description?: string;
  lang?: string;
  date?: Date | string;
}

/** An entry of any collection of the host site: the package cannot know which. */
type Entry = CollectionEntry<CollectionKey>;

function emptyAnnotations(lang: string): Annotations {
  return { lang, entities: [], quotes: [], figures: [], blocks: [], warnings: [] };
}

/** One article entry with its annotations (empty when the plugin did not run on it). */
export async function siteArticle(entry: Entry): Promise<SiteArticle> {
  const data = entry.data as ArticleData;
  const { remarkPluginFrontmatter } = await render(entry);
  const found = annotationsOf(remarkPluginFrontmatter);
  const lang = data.lang ?? found?.lang ?? options.defaultLang;
  return {
    id: entry.id,
    title: data.title,
    description: data.description ?? "",
    lang,
    date: new Date(data.date ?? 0),
    annotations: found ?? emptyAnnotations(lang),
  };
}

/**
 * Every article of the configured collection, newest first. A build reads them
 * once for all the pages (every entity page needs them all: reading them per
 * page made a build quadratic in the number of articles); the dev server reads
 * them afresh so edits show.
 */
export function loadArticles(): Promise<SiteArticle[]> {
  if (import.meta.env.DEV) return readArticles();
  articlesOnce ??= readArticles();
  return articlesOnce;
}

let articlesOnce: Promise<SiteArticle[]> | undefined;

/** Every entity across the articles (`siteEntities`), computed once per build like the articles. */
export function loadSiteEntities(): Promise<SiteEntity[]> {
  if (import.meta.env.DEV) return readSiteEntities();
  entitiesOnce ??= readSiteEntities();
  return entitiesOnce;
}

let entitiesOnce: Promise<SiteEntity[]> | undefined;

async function readSiteEntities(): Promise<SiteEntity[]> {
  return siteEntities(await loadArticles());
}

async function readArticles(): Promise<SiteArticle[]> {
  const entries = await getCollection(options.collection as CollectionKey);
  const articles = await Promise.all(entries.map(siteArticle));
  return articles.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

export interface Enrichment {
  description?: string;
  links?: { label: string; url: string }[];
}

/** Curated data about an entity (description, links), when the site has an enrichment collection. */
export async function loadEnrichment(slug: string): Promise<Enrichment | undefined> {
  if (!options.enrichmentCollection) return undefined;
  const entries = await getCollection(options.enrichmentCollection as CollectionKey);
  return (entries.find((entry) => entry.id === slug)?.data as Enrichment | undefined) ?? undefined;
}
