/**
 * schema.org JSON-LD for an article page: a NewsArticle whose `citation`s are
 * the Quotations it reports, each with its speaker, and whose `mentions` are
 * the people, organizations and places it names.
 */
import type { Entity } from "remark-explainer";
import type { SiteArticle } from "./aggregate.js";

type Thing = Record<string, unknown>;

function schemaType(entity: Entity): string {
  if (entity.type === "person") return "Person";
  if (entity.type === "place") return "Place";
  return "Organization";
}

function thing(entity: Entity, url: string | undefined): Thing {
  return {
    "@type": schemaType(entity),
    name: entity.name,
    ...(entity.role ? { jobTitle: entity.role } : {}),
    ...(url ? { url } : {}),
  };
}

export interface JsonLdOptions {
  /** Absolute URL of the article page. */
  url: string;
  /** Absolute URL of an entity's page, if it has one. */
  entityUrl?: (entity: Entity) => string | undefined;
}

/**
 * Indirect speech is a paraphrase, not a quotation, so only direct and partial
 * quotes become `Quotation`s; the speaker is both the real-world `creator` and
 * the one the article attributes the words to (`spokenByCharacter`).
 */
export function newsArticleJsonLd(article: SiteArticle, options: JsonLdOptions): Thing {
  const { annotations } = article;
  const entityUrl = options.entityUrl ?? (() => undefined);
  const byId = new Map(annotations.entities.map((entity) => [entity.id, entity]));
  const citation = annotations.quotes
    .filter((quote) => quote.kind !== "indirect")
    .map((quote) => {
      const speaker = quote.speaker === undefined ? undefined : byId.get(quote.speaker);
      const speakerThing = speaker ? thing(speaker, entityUrl(speaker)) : undefined;
      return {
        "@type": "Quotation",
        text: quote.content.text,
        ...(quote.block ? { url: `${options.url}#${quote.block}` } : {}),
        ...(speakerThing ? { creator: speakerThing, spokenByCharacter: speakerThing } : {}),
      };
    });
  const mentions = annotations.entities
    .filter((entity) => entity.type !== "group")
    .map((entity) => thing(entity, entityUrl(entity)));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    inLanguage: article.lang,
    datePublished: article.date.toISOString().slice(0, 10),
    url: options.url,
    mainEntityOfPage: options.url,
    ...(citation.length ? { citation } : {}),
    ...(mentions.length ? { mentions } : {}),
  };
}

/**
 * JSON that is safe inside `<script type="application/ld+json">`: `<`, `>` and
 * `&` escaped so no `</script>` or `<!--` can end the element, and U+2028/2029
 * escaped for consumers that parse it as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
