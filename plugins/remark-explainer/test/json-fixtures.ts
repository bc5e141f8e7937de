import { readdirSync, readFileSync } from "node:fs";

/** The JSON fixtures of `test/fixtures/<folder>/`, as [name, fixture] in name order. */
export function jsonFixtures<T>(folder: string): [name: string, fixture: T][] {
  const directory = new URL(`./fixtures/${folder}/`, import.meta.url);
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => [name.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(name, directory), "utf8")) as T]);
}
