import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { explainerOverrides } from "astro-explainer/schema";

const articles = defineCollection({
  loader: glob({ pattern: "**/*.{md,mdx}", base: "./content/articles" }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "a BCP 47 language tag such as id or en"),
    date: z.coerce.date(),
    /** Author corrections to the annotations (speakers, ignore, entities): see the README. */
    explainer: explainerOverrides.optional(),
  }),
});

/** Curated, optional facts about an entity, one file per entity slug: `content/entities/<slug>.json`. */
const entities = defineCollection({
  loader: glob({ pattern: "**/*.json", base: "./content/entities" }),
  schema: z.object({
    description: z.string().min(1).optional(),
    links: z.array(z.object({ label: z.string().min(1), url: z.url() })).optional(),
  }),
});

export const collections = { articles, entities };
