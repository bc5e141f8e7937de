/** Run a command, collecting its output; never throws on a non-zero exit. */
import { spawn } from "node:child_process";
import { delimiter } from "node:path";
import { BIN } from "./paths.mjs";

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string | undefined>, echo?: boolean, shell?: boolean }} [options]
 *   `echo` hands the terminal to the command (its colours and progress shown, nothing collected).
 * @returns {Promise<{ code: number, stdout: string, stderr: string, output: string }>}
 */
export function exec(command, args, options = {}) {
  const env = { ...process.env, ...options.env };
  // The project's Node 24 and tools first, whoever started us.
  env.PATH = `${BIN}${delimiter}${env.PATH ?? ""}`;
  env.ASTRO_TELEMETRY_DISABLED = "1";
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env,
      shell: options.shell ?? false,
      stdio: options.echo ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, output }));
  });
}
