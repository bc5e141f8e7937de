/**
 * Issue 7: no pathological regex. Annotating a 1 MB paragraph takes about 8 times as long as a
 * 128 KB one; the bound allows 4 times that (32×) for noise and GC, while a quadratic scan
 * would take 64×. Times are CPU time, so a busy machine does not skew them. A guard against
 * blow-ups, not a speed target: the bench measures speed.
 */
import { describe, expect, it } from "vitest";
import { annotate, documentFromText } from "../../plugins/remark-explainer/src/core/annotate.js";
import { renderMarkdown } from "../support/html.ts";

/** Repeat `unit` into one paragraph (no blank lines) of about `bytes` UTF-16 units. */
const paragraphOf = (unit: string, bytes: number): string =>
  unit.repeat(Math.ceil(bytes / unit.length)).replace(/\n/g, " ");

/** Shapes that make backtracking regexes or quadratic scans blow up. */
const shapes: Record<string, string> = {
  prose: "“Kami siap,” kata Menteri Ani Wijaya. The minister said about 10,000 troops arrived, according to NATO. ",
  "capitalised run": "Ani Budi Citra Dewi Eko Fajar ",
  "one long number": "1.000",
  "one long word": "a",
  "opening marks only": "“ ",
  "unclosed quotes": "“kata dia ",
  "cues only": "kata menurut said according to ",
  "titles only": "Dr. Presiden Mr. juru bicara ",
  "digits and separators": "1,2.3 ",
  spaces: "a      ",
  apostrophes: "'s '90 Jum'at ",
};

/** CPU milliseconds of this process (not wall time: other processes on a shared machine do not count). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function time(text: string, lang: string): number {
  const started = cpuMs();
  annotate(documentFromText(text), { lang });
  return cpuMs() - started;
}

describe("annotation time is linear in the input", () => {
  for (const lang of ["id", "en"]) {
    it.for(Object.entries(shapes))(`%s (${lang})`, { timeout: 120_000 }, ([, unit]) => {
      const small = paragraphOf(unit, 128 * 1024);
      const large = paragraphOf(unit, 1024 * 1024);
      time(small, lang); // warm up the JIT
      const smallMs = Math.min(time(small, lang), time(small, lang));
      const largeMs = time(large, lang);
      expect(largeMs, `128 KB: ${smallMs.toFixed(0)} ms, 1 MB: ${largeMs.toFixed(0)} ms`).toBeLessThan(
        32 * smallMs + 100,
      );
      expect(largeMs).toBeLessThan(30_000);
    });
  }

  const timePlugin = async (markdown: string): Promise<number> => {
    const started = cpuMs();
    await renderMarkdown(markdown, { explainer: { lang: "id" } });
    return cpuMs() - started;
  };

  it("holds through the whole remark plugin (tree rewrite included)", async () => {
    // Smaller than the core's check (the same 8× step): a quadratic rewrite would make 1 MB take minutes.
    const small = paragraphOf(shapes.prose ?? "", 32 * 1024);
    const large = paragraphOf(shapes.prose ?? "", 256 * 1024);
    await timePlugin(small);
    const smallMs = Math.min(await timePlugin(small), await timePlugin(small));
    const largeMs = await timePlugin(large);
    expect(largeMs, `32 KB: ${smallMs.toFixed(0)} ms, 256 KB: ${largeMs.toFixed(0)} ms`).toBeLessThan(
      32 * smallMs + 100,
    );
  }, 120_000);

  // Text whose value is not its source is aligned to it character by character (`alignRuns`).
  it.for([
    [
      "a block quote's continuation lines",
      (n: number) => "> Menteri Ani Wijaya berkata &mdash; \\*ok\\* & “ya”\n".repeat(n),
    ],
    ["a continuation line's indent", (n: number) => `Menteri Ani Wijaya\n${" ".repeat(n * 40)}berkata.\n`],
    ["ampersands without references", (n: number) => "Ani & Budi & Citra &amp ".repeat(n * 2)],
  ] as const)("holds for text the parser changes: %s", { timeout: 120_000 }, async ([, markdown]) => {
    const small = markdown(600);
    const large = markdown(4800);
    await timePlugin(small);
    const smallMs = Math.min(await timePlugin(small), await timePlugin(small));
    const largeMs = await timePlugin(large);
    expect(largeMs, `×8 input: ${smallMs.toFixed(0)} → ${largeMs.toFixed(0)} ms`).toBeLessThan(32 * smallMs + 100);
  });
});
