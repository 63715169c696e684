import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../../helpers/runCli";

/** The budget every file is held to, whatever it claims: on two shared cores, one Vietnamese sentence or a report. */
export const BUDGET = { seconds: 20, megabytes: 1024 };

export interface BudgetRun {
  results: { code: number; stdout: string; stderr: string; ms: number }[];
  /** The child process's peak resident memory over all the calls. */
  peakMb: number;
}

/** Runs the calls in one child process (helpers/budgetRunner.ts) and returns what each gave and the peak memory. */
export const runMeasured = (jobs: readonly (readonly string[])[], dir: string): Promise<BudgetRun> => {
  const file = join(dir, "jobs.json");
  writeFileSync(file, JSON.stringify(jobs));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["-r", "tsx/cjs", join(__dirname, "budgetRunner.ts"), file], { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024, timeout: 600_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the measured run failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as BudgetRun);
    });
  });
};
