/**
 * Author corrections, from the article's frontmatter:
 *
 * ```yaml
 * explainer:
 *   speakers: { "q3": "Ana Moreau", "eskalasi yang signifikan": "ana-moreau" }
 *   ignore: ["berita-palsu", "f4", "q9"]
 *   entities: { "Park": { name: "Park Min-jun", role: "Presiden Korea Selatan", affiliation: "Korea Selatan" } }
 * ```
 *
 * Applied after detection. An override that names a quote, entity or figure the
 * annotator did not find throws an `ExplainerOverrideError` naming the override,
 * so that a stale correction fails the build instead of silently doing nothing.
 */
import type { Annotations, Entity, EntityType, Quote } from "../types.js";

export interface EntityOverride {
  /** New canonical name; the old one stays as an alias and the id stays as it was. */
  name?: string;
  type?: EntityType;
  role?: string;
  /** Entity id or name of the organization or place the entity belongs to. */
  affiliation?: string;
}

export interface ExplainerOverrides {
  /** Quote id (`"q3"`) or a fragment of the quote's words → the speaker's entity id or name. */
  speakers?: Record<string, string>;
  /** Entity ids or names, quote ids and figure ids to drop. */
  ignore?: string[];
  /** Entity id or name → corrected fields. */
  entities?: Record<string, EntityOverride>;
}

/** An override that names something the article does not have, or is malformed. */
export class ExplainerOverrideError extends Error {
  /** The override as written, for example `explainer.speakers["q12"]`. */
  readonly override: string;

  constructor(override: string, reason: string) {
    super(`${override}: ${reason}`);
    this.name = "ExplainerOverrideError";
    this.override = override;
  }
}

const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(["person", "organization", "place", "group"]);
const ENTITY_FIELDS: ReadonlySet<string> = new Set(["name", "type", "role", "affiliation"]);

/** The annotations with the author's corrections applied; the input is left as it was. */
export function applyOverrides(annotations: Annotations, overrides: ExplainerOverrides): Annotations {
  checkShape(overrides);
  const result = structuredClone(annotations);
  for (const [key, fields] of Object.entries(overrides.entities ?? {})) {
    correctEntity(result, key, fields);
  }
  for (const item of overrides.ignore ?? []) ignore(result, item);
  for (const [key, speaker] of Object.entries(overrides.speakers ?? {})) {
    const override = `explainer.speakers[${JSON.stringify(key)}]`;
    const entity = findEntity(result, speaker, override);
    for (const quote of findQuotes(result, key, override)) {
      quote.speaker = entity.id;
      quote.confidence = 1;
      // The mention the annotator took for the speaker no longer names it.
      delete quote.source;
      result.warnings = result.warnings.filter((warning) => warning.ref !== quote.id);
    }
  }
  return result;
}

function correctEntity(annotations: Annotations, key: string, fields: EntityOverride): void {
  const override = `explainer.entities[${JSON.stringify(key)}]`;
  const entity = findEntity(annotations, key, override);
  if (fields.name !== undefined && fields.name !== entity.name) {
    entity.aliases = [...new Set([...(entity.aliases ?? []), entity.name])];
    entity.name = fields.name;
  }
  if (fields.type !== undefined) entity.type = fields.type;
  if (fields.role !== undefined) entity.role = fields.role;
  if (fields.affiliation !== undefined) {
    entity.affiliation = findEntity(annotations, fields.affiliation, `${override}.affiliation`).id;
  }
}

/** Drops a figure, a quote or an entity, and every link to it. */
function ignore(annotations: Annotations, item: string): void {
  const override = `explainer.ignore[${JSON.stringify(item)}]`;
  const figure = annotations.figures.find((candidate) => candidate.id === item);
  const quote = annotations.quotes.find((candidate) => candidate.id === item);
  const removed = new Set<string>();
  if (figure) {
    removed.add(figure.id);
    annotations.figures = annotations.figures.filter((candidate) => candidate !== figure);
    for (const other of annotations.figures) if (other.previous === figure.id) delete other.previous;
  } else if (quote) {
    removed.add(quote.id);
    annotations.quotes = annotations.quotes.filter((candidate) => candidate !== quote);
    // A later piece of the same utterance now continues what the dropped piece continued.
    for (const other of annotations.quotes) {
      if (other.continues !== quote.id) continue;
      if (quote.continues === undefined) delete other.continues;
      else other.continues = quote.continues;
    }
  } else {
    const entities = matchingEntities(annotations, item);
    if (entities.length === 0) throw new ExplainerOverrideError(override, `no entity, quote or figure "${item}"`);
    for (const entity of entities) removed.add(entity.id);
    annotations.entities = annotations.entities.filter((entity) => !removed.has(entity.id));
    for (const entity of annotations.entities) {
      if (entity.affiliation !== undefined && removed.has(entity.affiliation)) delete entity.affiliation;
    }
    for (const other of annotations.quotes) {
      if (other.speaker !== undefined && removed.has(other.speaker)) {
        delete other.speaker;
        delete other.source;
      }
      if (other.via !== undefined && removed.has(other.via)) delete other.via;
    }
  }
  annotations.warnings = annotations.warnings.filter(
    (warning) => warning.ref === undefined || !removed.has(warning.ref),
  );
}

/** The one entity an override names, by id or (case-insensitively) by name or alias. */
function findEntity(annotations: Annotations, reference: string, override: string): Entity {
  const [entity] = matchingEntities(annotations, reference);
  if (!entity) throw new ExplainerOverrideError(override, `no entity "${reference}" in this article`);
  return entity;
}

function matchingEntities(annotations: Annotations, reference: string): Entity[] {
  const byId = annotations.entities.filter((entity) => entity.id === reference);
  if (byId.length > 0) return byId;
  const wanted = normalise(reference);
  return annotations.entities.filter(
    (entity) =>
      normalise(entity.name) === wanted || (entity.aliases ?? []).some((alias) => normalise(alias) === wanted),
  );
}

/** The quote with that id, else every quote whose words contain the fragment. */
function findQuotes(annotations: Annotations, key: string, override: string): Quote[] {
  const byId = annotations.quotes.filter((quote) => quote.id === key);
  if (byId.length > 0) return byId;
  const fragment = normalise(key);
  const quotes = annotations.quotes.filter((quote) => normalise(quote.content.text).includes(fragment));
  if (fragment === "" || quotes.length === 0) {
    throw new ExplainerOverrideError(override, `no quote with id or words "${key}" in this article`);
  }
  return quotes;
}

/** Case and runs of spaces do not matter, nor typographic versus straight apostrophes. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

/** Frontmatter is hand-written YAML: reject what is not the documented shape, naming the place. */
function checkShape(overrides: unknown): asserts overrides is ExplainerOverrides {
  if (!isRecord(overrides)) throw new ExplainerOverrideError("explainer", "must be a mapping");
  for (const key of Object.keys(overrides)) {
    if (!["speakers", "ignore", "entities"].includes(key)) {
      throw new ExplainerOverrideError(`explainer.${key}`, "unknown key (expected speakers, ignore or entities)");
    }
  }
  const { speakers, ignore: ignored, entities } = overrides;
  if (speakers !== undefined) {
    if (!isRecord(speakers)) throw new ExplainerOverrideError("explainer.speakers", "must be a mapping");
    for (const [key, value] of Object.entries(speakers)) {
      if (typeof value !== "string") {
        throw new ExplainerOverrideError(`explainer.speakers[${JSON.stringify(key)}]`, "must be an entity id or name");
      }
    }
  }
  if (ignored !== undefined && !(Array.isArray(ignored) && ignored.every((item) => typeof item === "string"))) {
    throw new ExplainerOverrideError("explainer.ignore", "must be a list of ids or names");
  }
  if (entities !== undefined) {
    if (!isRecord(entities)) throw new ExplainerOverrideError("explainer.entities", "must be a mapping");
    for (const [key, fields] of Object.entries(entities)) {
      const override = `explainer.entities[${JSON.stringify(key)}]`;
      if (!isRecord(fields))
        throw new ExplainerOverrideError(override, "must be a mapping of name, type, role, affiliation");
      for (const [field, value] of Object.entries(fields)) {
        if (!ENTITY_FIELDS.has(field)) throw new ExplainerOverrideError(`${override}.${field}`, "unknown field");
        if (typeof value !== "string") throw new ExplainerOverrideError(`${override}.${field}`, "must be a string");
        if (field === "type" && !ENTITY_TYPES.has(value)) {
          throw new ExplainerOverrideError(`${override}.type`, `must be one of ${[...ENTITY_TYPES].join(", ")}`);
        }
      }
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
