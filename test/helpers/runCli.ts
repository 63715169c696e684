import { execFile } from "node:child_process";
import { join, resolve } from "node:path";

/** The checkout's root: the CLI runs from here, as `npm run cli` would. */
export const REPO_ROOT = resolve(__dirname, "../..");
const TSX = join(REPO_ROOT, "node_modules", ".bin", "tsx");
const MAIN = join(REPO_ROOT, "src", "cli", "main.ts");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of the test run without DIENHINH_DEBUG, so a stack trace is never switched on. */
const buildChildEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
  delete env["DIENHINH_DEBUG"];
  return env;
};

/**
 * Runs `dienhinh ARGS` as a real process (tsx on src/cli/main.ts) and returns its exit code and
 * both streams. Never rejects on a non-zero exit: the code is what the tests look at.
 */
export const runCli = (args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> =>
  new Promise((done, fail) => {
    execFile(
      TSX,
      [MAIN, ...args],
      { cwd: options.cwd ?? REPO_ROOT, env: buildChildEnv(), timeout: options.timeoutMs ?? 45_000, maxBuffer: 32 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          fail(new Error(`dienhinh ${args.join(" ")} did not run: ${error.message}\n${stderr}`));
          return;
        }
        done({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });

/**
 * Runs many CLI calls at most `limit` at a time: each process costs about a second and a half
 * of CPU, so the suite starts them together in `beforeAll` instead of one after another.
 */
export const runCliAll = async <K extends string>(calls: Record<K, readonly string[]>, limit = 2): Promise<Record<K, CliResult>> => {
  const keys = Object.keys(calls) as K[];
  const out = {} as Record<K, CliResult>;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < keys.length) {
      const key = keys[next++] as K;
      out[key] = await runCli(calls[key]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, keys.length) }, worker));
  return out;
};

/** A stack frame as Node prints it ("    at fn (file:1:2)"): never to be shown to an officer. */
export const STACK_LINE = /^\s+at /m;
