/** Decoding BIO and BILOU tag sequences into labelled runs of tokens. */

export interface TaggedRun {
  /** The label without its prefix: "PER", "STATEMENT". */
  label: string;
  /** Index of the run's first token. */
  first: number;
  /** Index of the run's last token (inclusive). */
  last: number;
}

/**
 * Runs from tags such as B-X, I-X, L-X (or E-X), U-X (or S-X) and O.
 * Like conlleval, an I-/L- that does not continue a run of its label starts one,
 * so a sloppy sequence still yields every tagged token.
 */
export function decodeTags(tags: readonly string[]): TaggedRun[] {
  const runs: TaggedRun[] = [];
  let open: TaggedRun | undefined;
  tags.forEach((tag, index) => {
    const match = /^([BILUES])-(.+)$/.exec(tag);
    if (!match) {
      open = undefined;
      return;
    }
    const prefix = match[1] ?? "";
    const label = match[2] ?? "";
    const continues =
      open !== undefined && open.label === label && (prefix === "I" || prefix === "L" || prefix === "E");
    if (continues && open) open.last = index;
    else {
      open = { label, first: index, last: index };
      runs.push(open);
    }
    if (prefix === "L" || prefix === "E" || prefix === "U" || prefix === "S") open = undefined;
  });
  return runs;
}
