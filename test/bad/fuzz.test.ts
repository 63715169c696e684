import { execFile } from "node:child_process";
import { join } from "node:path";
import { SECONDS_PER_FILE } from "./helpers/fuzzRun";

/**
 * Fuzz, briefly: mutants of the repository's own workbooks (XML and zip level, seeded) through
 * `check` and `check --out`, each held to the budget and the rules of helpers/fuzzRun.ts. It is
 * the longer run, `npm run fuzz` (scripts/fuzzReader.ts), with fewer mutants, in a process of its
 * own: the memory budget is the run's peak, not that of a jest worker that ran other files before.
 */

const SEED = 15;
const COUNT = 60;
/** The budget of a file, 1 GB, held by the whole run. */
const MAX_PEAK_MB = 1024;
const ROOT = join(__dirname, "..", "..");

const runFuzz = (): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/fuzzReader.ts", "--count", String(COUNT), "--seed", String(SEED)], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });

it(`${COUNT} mutants (seed ${SEED}): every one answered within ${SECONDS_PER_FILE} s in one sentence or a report, input unchanged, copy whole or none, the run within ${MAX_PEAK_MB} MB`, async () => {
  const run = await runFuzz();
  const broken = run.stdout.split("\n").filter((line) => line.startsWith("✗") || line.startsWith("    "));
  const peak = Number(/Peak memory of the run: (\d+) MB/.exec(run.stdout)?.[1] ?? NaN);
  expect({ code: run.code, broken, summary: new RegExp(`^${COUNT} mutants \\(seed ${SEED}\\) in \\d+ s; 0 broke a rule\\.$`, "m").test(run.stdout) }).toStrictEqual({ code: 0, broken: [], summary: true });
  // The mutants reach both ends: files refused and files read.
  const [refused, read] = (/Refused: (\d+); read: (\d+)\./.exec(run.stdout) ?? []).slice(1).map(Number);
  expect((refused ?? 0) > 0 && (read ?? 0) > 0).toBe(true);
  expect(peak).toBeLessThanOrEqual(MAX_PEAK_MB);
}, 600_000);
