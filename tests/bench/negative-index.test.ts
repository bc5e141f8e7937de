/**
 * No load site of the annotator reads at a negative index (bench/negative-index.mjs says why:
 * V8 then makes that load generic for good). A structural check from V8's IC log; nothing timed.
 */
import { describe, expect, it } from "vitest";
import { negativeIndexSites, sitesIn } from "../../bench/negative-index.mjs";

describe("reads at a negative index", () => {
  it("finds a megamorphic load at key -1 in remark-explainer's code, and only there", () => {
    const log = [
      "code-creation,JS,9,330579,0x1000,0x100,flagged file:///x/plugins/remark-explainer/dist/core/view.js:34:24,0x2,*",
      "code-creation,JS,9,330580,0x2000,0x100,parse file:///x/node_modules/other/index.js:1:1,0x3,*",
      "KeyedLoadIC,0x1010,1,35,25,1,N,0x4,-1,,",
      "KeyedLoadIC,0x1020,1,36,9,1,1,0x4,-1,,",
      "KeyedLoadIC,0x1030,1,37,9,1,N,0x4,2,,",
      "KeyedLoadIC,0x2010,1,3,9,1,N,0x4,-1,,",
    ].join("\n");
    expect(sitesIn(log)).toEqual([{ file: "core/view.js", line: 35, column: 25, fn: "flagged" }]);
  });

  it("happen nowhere while the annotator reads generated articles of both languages", () => {
    expect(negativeIndexSites({ articles: 40 })).toEqual([]);
  }, 60_000);
});
