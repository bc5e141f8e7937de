/**
 * Gathers what the annotator found in every article into what the pages show:
 * speakers with their quotes, and one record per entity across the site.
 * Entities with the same slug in different articles are the same entity.
 */
import type { Annotations, Entity, EntityType, Quote, QuoteKind } from "remark-explainer";

/** One article as the pages need it: its frontmatter and its annotations. */
export interface SiteArticle {
  id: string;
  title: string;
  description: string;
  lang: string;
  date: Date;
  annotations: Annotations;
}

/** A quote with everything needed to show it away from its article. */
export interface QuoteEntry {
  article: SiteArticle;
  quote: Quote;
  speaker: Entity | undefined;
  via: Entity | undefined;
  words: number;
}

/** A speaker and what they said, for who-said-what lists. */
export interface SpeakerGroup {
  /** The speaker's slug; `""` for quotes whose speaker is unknown. */
  slug: string;
  name: string;
  type: EntityType | undefined;
  role: string | undefined;
  /** Name of the speaker's organization (or country), when the text gives one. */
  affiliation: string | undefined;
  quotes: QuoteEntry[];
  counts: Record<QuoteKind, number>;
  words: number;
  /** How many articles quote them. */
  articles: number;
}

/** Where an entity appears in one article. */
export interface Appearance {
  article: SiteArticle;
  entity: Entity;
  /** Ids of the blocks (paragraphs) holding its mentions, in order, once each. */
  blocks: string[];
}

/** One person, organization, place or unnamed source across the whole site. */
export interface SiteEntity {
  slug: string;
  type: EntityType;
  /** The longest name any article gives it. */
  name: string;
  roles: string[];
  /** What it belongs to: an organization, or a place standing for a government; `type` absent when the article does not name it as an entity. */
  affiliations: { slug: string; name: string; type: EntityType | undefined }[];
  aliases: string[];
  quotes: QuoteEntry[];
  /** Quotes of others that this entity relayed (a news agency). */
  relayed: QuoteEntry[];
  /** People and groups whose affiliation is this entity. */
  members: { slug: string; name: string; type: EntityType }[];
  appearances: Appearance[];
  mentionCount: number;
  /** The language most of its articles are written in. */
  lang: string;
}

/** A word: letters and digits, joined by apostrophes and hyphens, and digit groups by `.` or `,` (10.000, 3,5). */
const wordPattern = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

/** The id of the block whose span holds `offset`, if any. */
export function blockAt(annotations: Annotations, offset: number): string | undefined {
  return annotations.blocks.find((block) => block.span.start <= offset && offset < block.span.end)?.id;
}

/**
 * An article's entities by id, and its quote entries, made once per article: the site-wide
 * pages look speakers and affiliations up for every quote, and several pages list the same quotes.
 */
const entitiesById = new WeakMap<SiteArticle, Map<string, Entity>>();
const entriesOf = new WeakMap<SiteArticle, QuoteEntry[]>();

function entityById(article: SiteArticle, id: string | undefined): Entity | undefined {
  if (id === undefined) return undefined;
  let byId = entitiesById.get(article);
  if (!byId) {
    byId = new Map();
    for (const entity of article.annotations.entities) if (!byId.has(entity.id)) byId.set(entity.id, entity);
    entitiesById.set(article, byId);
  }
  return byId.get(id);
}

function quoteEntries(article: SiteArticle): QuoteEntry[] {
  let entries = entriesOf.get(article);
  if (!entries) {
    entries = article.annotations.quotes.map((quote) => ({
      article,
      quote,
      speaker: entityById(article, quote.speaker),
      via: entityById(article, quote.via),
      words: countWords(quote.content.text),
    }));
    entriesOf.set(article, entries);
  }
  return entries;
}

function affiliationOf(article: SiteArticle, entity: Entity): Entity | undefined {
  return entityById(article, entity.affiliation);
}

function affiliationName(article: SiteArticle, entity: Entity): string | undefined {
  return affiliationOf(article, entity)?.name ?? entity.affiliation;
}

/** Every quote of these articles, in article then source order. */
export function allQuotes(articles: readonly SiteArticle[]): QuoteEntry[] {
  return articles.flatMap(quoteEntries);
}

/**
 * Quotes grouped by speaker: most quoted first, ties in order of first quote;
 * quotes with no known speaker last.
 */
export function groupQuotes(entries: readonly QuoteEntry[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const articlesOf = new Map<string, Set<SiteArticle>>();
  for (const entry of entries) {
    const { speaker, article } = entry;
    const slug = speaker?.id ?? "";
    let group = groups.get(slug);
    if (!group) {
      group = {
        slug,
        name: speaker?.name ?? "",
        type: speaker?.type,
        role: undefined,
        affiliation: undefined,
        quotes: [],
        counts: { direct: 0, partial: 0, indirect: 0 },
        words: 0,
        articles: 0,
      };
      groups.set(slug, group);
    }
    const seen = articlesOf.get(slug) ?? new Set<SiteArticle>();
    articlesOf.set(slug, seen.add(article));
    group.articles = seen.size;
    if (speaker) {
      if (speaker.name.length > group.name.length) group.name = speaker.name;
      group.role ??= speaker.role;
      group.affiliation ??= affiliationName(article, speaker);
    }
    group.quotes.push(entry);
    group.counts[entry.quote.kind] += 1;
    group.words += entry.words;
  }
  return [...groups.values()]
    .map((group, index) => ({ group, index }))
    .sort((a, b) => {
      const unknown = Number(a.group.slug === "") - Number(b.group.slug === "");
      return unknown || b.group.quotes.length - a.group.quotes.length || a.index - b.index;
    })
    .map(({ group }) => group);
}

/**
 * The `limit` most recent of a speaker's quotes: newest article first, source order within
 * an article. A site-wide list shows these and links to the speaker's page for the rest.
 */
export function recentQuotes(quotes: readonly QuoteEntry[], limit: number): QuoteEntry[] {
  return quotes
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.article.date.getTime() - a.entry.article.date.getTime() || a.index - b.index)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** Who said what in these articles. */
export function speakerGroups(articles: readonly SiteArticle[]): SpeakerGroup[] {
  return groupQuotes(allQuotes(articles));
}

/** Speakers who speak for the same organization or country, for the who-gets-quoted chart. */
export interface VoiceBloc {
  /** The affiliation's name, an organization's or place's own; `""` for people who speak for no one named. */
  label: string;
  speakers: SpeakerGroup[];
  quotes: number;
  words: number;
}

/** Named speakers grouped by affiliation, the most quoted bloc first, the unaffiliated last; order within a bloc kept. */
export function voiceBlocs(groups: readonly SpeakerGroup[]): VoiceBloc[] {
  const blocs = new Map<string, VoiceBloc>();
  for (const group of groups) {
    if (group.slug === "") continue;
    const speaksForItself = group.type === "organization" || group.type === "place";
    const label = group.affiliation ?? (speaksForItself ? group.name : "");
    let bloc = blocs.get(label);
    if (!bloc) {
      bloc = { label, speakers: [], quotes: 0, words: 0 };
      blocs.set(label, bloc);
    }
    bloc.speakers.push(group);
    bloc.quotes += group.quotes.length;
    bloc.words += group.words;
  }
  return [...blocs.values()]
    .map((bloc, index) => ({ bloc, index }))
    .sort(
      (a, b) =>
        Number(a.bloc.label === "") - Number(b.bloc.label === "") ||
        b.bloc.quotes - a.bloc.quotes ||
        b.bloc.words - a.bloc.words ||
        a.index - b.index,
    )
    .map(({ bloc }) => bloc);
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

function pushUnique<T>(list: T[], value: T, same: (a: T, b: T) => boolean = Object.is): void {
  if (!list.some((item) => same(item, value))) list.push(value);
}

/** Every entity of every article, merged by slug, in order of first appearance. */
export function siteEntities(articles: readonly SiteArticle[]): SiteEntity[] {
  const entities = new Map<string, SiteEntity>();
  const langs = new Map<string, string[]>();
  for (const article of articles) {
    for (const entity of article.annotations.entities) {
      let site = entities.get(entity.id);
      if (!site) {
        site = {
          slug: entity.id,
          type: entity.type,
          name: entity.name,
          roles: [],
          affiliations: [],
          aliases: [],
          quotes: [],
          relayed: [],
          members: [],
          appearances: [],
          mentionCount: 0,
          lang: article.lang,
        };
        entities.set(entity.id, site);
        langs.set(entity.id, []);
      }
      if (entity.name.length > site.name.length) site.name = entity.name;
      if (entity.role) pushUnique(site.roles, entity.role);
      if (entity.affiliation) {
        const affiliation = affiliationOf(article, entity);
        pushUnique(
          site.affiliations,
          { slug: entity.affiliation, name: affiliation?.name ?? entity.affiliation, type: affiliation?.type },
          (a, b) => a.slug === b.slug,
        );
      }
      for (const alias of entity.aliases ?? []) pushUnique(site.aliases, alias);
      const blocks: string[] = [];
      for (const mention of entity.mentions) {
        const block = blockAt(article.annotations, mention.start);
        if (block) pushUnique(blocks, block);
      }
      site.appearances.push({ article, entity, blocks });
      site.mentionCount += entity.mentions.length;
      langs.get(entity.id)?.push(article.lang);
    }
    for (const entry of quoteEntries(article)) {
      if (entry.speaker) entities.get(entry.speaker.id)?.quotes.push(entry);
      if (entry.via) entities.get(entry.via.id)?.relayed.push(entry);
    }
  }
  for (const site of entities.values()) {
    site.aliases = site.aliases.filter((alias) => alias !== site.name);
    site.lang = mostFrequent(langs.get(site.slug) ?? []) ?? site.lang;
    for (const affiliation of site.affiliations) {
      pushUnique(
        entities.get(affiliation.slug)?.members ?? [],
        { slug: site.slug, name: site.name, type: site.type },
        (a, b) => a.slug === b.slug,
      );
    }
  }
  return [...entities.values()];
}
