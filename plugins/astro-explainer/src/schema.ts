/**
 * The frontmatter key for author corrections, as a zod schema for content
 * collections. A collection schema strips keys it does not know, so a site
 * whose articles carry `explainer:` overrides adds this to its schema:
 *
 * ```ts
 * import { explainerOverrides } from "astro-explainer/schema";
 * schema: z.object({ title: z.string(), explainer: explainerOverrides.optional() })
 * ```
 */
import { z } from "astro/zod";

const entityType = z.enum(["person", "organization", "place", "group"]);

export const explainerOverrides = z
  .object({
    /** Quote id (`"q3"`) or a fragment of the quote's words → the speaker's entity id or name. */
    speakers: z.record(z.string(), z.string()).optional(),
    /** Entity ids or names, quote ids and figure ids to drop. */
    ignore: z.array(z.string()).optional(),
    /** Entity id or name → corrected fields. */
    entities: z
      .record(
        z.string(),
        z
          .object({
            name: z.string().optional(),
            type: entityType.optional(),
            role: z.string().optional(),
            affiliation: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
