/** Where things are, for every test and for tests/run.mjs. */
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The site's build output, built once per `npm test`. */
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
/** Scratch space for tests (git-ignored): fixture site copies, screenshots, second builds. */
export const OUTPUT = fileURLToPath(new URL("../output/", import.meta.url));
/** The project's own binaries (Node 24, astro, vitest, …). */
export const BIN = fileURLToPath(new URL("../../node_modules/.bin/", import.meta.url));
