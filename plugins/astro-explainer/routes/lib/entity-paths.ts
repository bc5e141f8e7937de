/** `getStaticPaths` of the person and organization pages: one page per slug across all articles. */

import type { SiteEntity } from "astro-explainer/site";
import type { EntityType } from "remark-explainer";
import { loadSiteEntities } from "./load.ts";

export async function entityPaths(
  type: EntityType,
): Promise<{ params: { slug: string }; props: { entity: SiteEntity } }[]> {
  const entities = await loadSiteEntities();
  return entities
    .filter((entity) => entity.type === type)
    .map((entity) => ({ params: { slug: entity.slug }, props: { entity } }));
}
