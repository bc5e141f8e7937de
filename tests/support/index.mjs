/** Shared helpers for the tests; see tests/README.md. */
export { buildSiteCopy, buildSiteOnce, siteBuildCommand } from "./build.mjs";
export { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium, INSTALL_COMMAND, launchChromium } from "./chromium.mjs";
export { exec } from "./exec.mjs";
export { findPage, htmlFiles, pageText } from "./pages.mjs";
export { BIN, DIST, OUTPUT, ROOT } from "./paths.mjs";
export { serveDist } from "./server.mjs";
