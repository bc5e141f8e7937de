/** The shared test helpers do what tests/README.md says. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteBuildCommand } from "./build.mjs";
import { chromiumPlan, launchChromium } from "./chromium.mjs";
import { OUTPUT } from "./paths.mjs";
import { serveDist } from "./server.mjs";

async function scratchSite(): Promise<string> {
  const dir = join(OUTPUT, "support-self-test", "site");
  await mkdir(join(dir, "about"), { recursive: true });
  await writeFile(join(dir, "index.html"), "<!doctype html><title>home</title><h1>Home</h1>");
  await writeFile(join(dir, "about", "index.html"), "about");
  await writeFile(join(dir, "plain.html"), "plain");
  await writeFile(join(dir, "404.html"), "not here");
  await writeFile(join(OUTPUT, "support-self-test", "secret.txt"), "secret");
  return dir;
}

describe("serveDist", () => {
  it("serves a site under its base as a static host would", async () => {
    const server = await serveDist(await scratchSite(), "/sub/", { headers: { "X-Test": "1" } });
    try {
      const get = async (path: string) => {
        const response = await fetch(server.origin + path);
        return [response.status, await response.text(), response.headers.get("x-test")];
      };
      expect(server.url).toBe(`${server.origin}/sub/`);
      expect(await get("/sub/")).toEqual([200, "<!doctype html><title>home</title><h1>Home</h1>", "1"]);
      expect(await get("/sub/about/")).toEqual([200, "about", "1"]);
      expect(await get("/sub/about")).toEqual([200, "about", "1"]);
      expect(await get("/sub/plain")).toEqual([200, "plain", "1"]);
      expect(await get("/sub/nothing")).toEqual([404, "not here", "1"]);
      expect(await get("/about/")).toEqual([404, "not here", "1"]);
      expect((await get("/sub/..%2fsecret.txt"))[0]).toBe(404);
      expect((await get("/sub/%E0%A4%A")).at(0)).toBe(404);
      expect(server.requests).toContain("/sub/about/");
    } finally {
      await server.close();
    }
  });
});

describe("chromiumPlan", () => {
  const machine = { path: "/usr/bin/chromium", exists: false, isRoot: true, hasApt: true };
  it.for([
    [{}, "install"],
    [{ exists: true }, "ready"],
    [{ isRoot: false }, "explain"],
    [{ hasApt: false }, "explain"],
    [{ path: "/opt/chrome/chrome" }, "explain"],
  ] as const)("%j → %s", ([change, plan]) => {
    expect(chromiumPlan({ ...machine, ...change })).toBe(plan);
  });
});

describe("launchChromium", () => {
  it("opens a served page in headless Chromium", async () => {
    const server = await serveDist(await scratchSite());
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      expect(await page.textContent("h1")).toBe("Home");
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("siteBuildCommand", () => {
  it("is npm run build without recompiling the packages", async () => {
    const command = await siteBuildCommand();
    expect(command).toMatch(/astro build/);
    expect(command).not.toMatch(/build:plugins/);
  });
});
