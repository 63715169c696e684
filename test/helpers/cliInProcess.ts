import { runCli } from "../../src/cli/main";
import type { CliResult } from "./runCli";

/** `dienhinh ARGS` run in this process with captured streams: the real program, minus the process start. */
export const runCliInProcess = async (args: readonly string[]): Promise<CliResult> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
};
