import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../../src/cli/main";

/** The CLI run in this process with captured streams: as the real one, minus the process start. */
export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export const runInProcess = async (args: readonly string[]): Promise<Captured> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
};

export const BAD_DIR = join(__dirname, "..", "..", "fixtures", "bad");
export const PLAN = "tua-chua-2021-2025";

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** sha256 of every file in a folder, by name: compared before and after a run, nothing may change. */
export const hashFolder = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => [e.name, sha256(readFileSync(join(dir, e.name)))]));
