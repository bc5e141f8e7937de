/**
 * Issue 7: the built site has no broken internal link or anchor, at the root and under a
 * sub-path `base`. linkinator crawls every page (fragments checked) over a local server.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LinkChecker } from "linkinator";
import { describe, expect, it } from "vitest";
import { buildSiteCopy, buildSiteOnce } from "../support/build.mjs";
import { htmlFiles } from "../support/pages.mjs";
import { OUTPUT } from "../support/paths.mjs";
import { serveDist } from "../support/server.mjs";

/** Broken internal links and fragments of the site in `dist` served under `base`, as "page → link: reason". */
async function brokenLinks(dist: string, base: string): Promise<string[]> {
  const server = await serveDist(dist, base);
  try {
    const pages = (await htmlFiles(dist)).map((file) => server.url + file.replace(/index\.html$/, ""));
    const result = await new LinkChecker().check({
      path: pages,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // External links are the author's; this checks the site's own.
      linksToSkip: async (link) => !link.startsWith(server.origin),
    });
    return result.links
      .filter((link) => link.state === "BROKEN")
      .map((link) => {
        const reason = link.failureDetails?.map((detail) => (detail instanceof Error ? detail.message : "")).join(" ");
        return `${link.parent ?? "(start)"} → ${link.url}: ${link.status ?? ""} ${reason ?? ""}`.trim();
      })
      .sort();
  } finally {
    await server.close();
  }
}

describe("internal links and anchors", () => {
  it("none broken in dist/", async () => {
    expect(await brokenLinks(await buildSiteOnce(), "/")).toEqual([]);
  }, 300_000);

  it("none broken when the site is built and served under a sub-path base", async () => {
    const site = await buildSiteCopy("base-path", { env: { EXPLAINER_BASE: "/news/explainer/" } });
    expect(site.code, site.output).toBe(0);
    expect(await brokenLinks(site.dist, "/news/explainer/")).toEqual([]);
  }, 600_000);

  it("would notice a missing page and a missing anchor (self-check)", async () => {
    const scratch = join(OUTPUT, "links-self-check");
    await mkdir(scratch, { recursive: true });
    await writeFile(
      join(scratch, "index.html"),
      '<!doctype html><title>x</title><p id="here">x</p><a href="#here">ok</a><a href="#nowhere">bad anchor</a><a href="missing/">bad page</a>',
    );
    const broken = (await brokenLinks(scratch, "/")).join("\n");
    expect(broken).toMatch(/#nowhere/);
    expect(broken).toMatch(/missing\//);
    expect(broken).not.toMatch(/#here/);
  });
});
