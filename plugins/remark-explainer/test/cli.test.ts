import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { annotateFile } from "../src/file.js";
import type { Annotations, Span } from "../src/types.js";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/cli/${name}`, import.meta.url));

function spans(annotations: Annotations): Span[] {
  return [
    ...annotations.entities.flatMap((entity) => entity.mentions),
    ...annotations.quotes.flatMap((quote) => [quote.content, ...(quote.cue ? [quote.cue] : [])]),
    ...annotations.figures.map((figure) => figure.span),
  ];
}

describe("annotateFile", () => {
  for (const [name, lang] of [
    ["article.md", "id"],
    ["article.mdx", "en"],
    ["article.txt", "id"],
  ] as const) {
    it(`reads ${name} with offsets into the file as written`, async () => {
      const source = await readFile(fixture(name), "utf8");
      const annotations = annotateFile(source, name.slice(name.lastIndexOf(".")));
      expect(annotations.lang).toBe(lang);
      expect(annotations.quotes.length).toBeGreaterThan(0);
      for (const span of spans(annotations)) expect(source.slice(span.start, span.end)).toBe(span.text);
    });
  }

  it("takes the language and date from the frontmatter and keeps MDX syntax out of the text", async () => {
    const md = annotateFile(await readFile(fixture("article.md"), "utf8"), ".md");
    expect(md.figures.find((figure) => figure.kind === "date")?.date).toBe("2025-03-03");
    const mdx = annotateFile(await readFile(fixture("article.mdx"), "utf8"), ".mdx");
    expect(mdx.blocks.map((block) => block.span.text).join(" ")).not.toContain("import");
  });
});

describe("explainer-annotate", () => {
  it("prints the annotations as JSON", async () => {
    const { stdout } = await run(process.execPath, [cli, fixture("article.md")]);
    const annotations = JSON.parse(stdout) as Annotations;
    expect(annotations.quotes.some((quote) => quote.kind === "direct")).toBe(true);
  });

  it("names a missing file in one line and exits 1", async () => {
    const failure = await run(process.execPath, [cli, "no/such/article.md"]).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stdout: "" });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr.trim().split("\n")).toEqual(["explainer-annotate: no/such/article.md: no such file"]);
  });
});
