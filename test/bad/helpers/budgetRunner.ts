import { readFileSync } from "node:fs";
import { runCli } from "../../../src/cli/main";

/**
 * Runs `dienhinh` calls one after another in this process and prints, as JSON, each call's exit
 * code, streams and time, and the process's peak memory: a child process the budget tests start
 * (helpers/budget.ts), so that the memory measured is the calls' own.
 *   node -r tsx/cjs test/bad/helpers/budgetRunner.ts JOBS.json
 */

const main = async (): Promise<void> => {
  const jobs = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as string[][];
  const results: { code: number; stdout: string; stderr: string; ms: number }[] = [];
  for (const args of jobs) {
    const out: string[] = [];
    const err: string[] = [];
    const started = performance.now();
    const code = await runCli(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false });
    results.push({ code, stdout: out.join("\n"), stderr: err.join("\n"), ms: performance.now() - started });
  }
  process.stdout.write(JSON.stringify({ results, peakMb: process.resourceUsage().maxRSS / 1024 }));
};

void main();
