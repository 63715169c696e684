/**
 * Consolidation runs, each in a child process (bench/consolidateOnce.ts) so that runs neither warm
 * nor share memory with each other: the real pipeline against exceljs's bare load of the same
 * files, alternated within one bench run, with worker threads, and the country at once.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunResult } from "./consolidateOnce";
import { median } from "./stats";

export const runOnce = (mode: string, dir: string, count: number): RunResult => {
  const out = join(tmpdir(), `dienhinh-bench-${mode}-${process.pid}.xlsx`);
  const child = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "consolidateOnce.ts"), mode, dir, String(count), out], {
    cwd: join(__dirname, ".."),
    encoding: "utf8",
    timeout: 900_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  rmSync(out, { force: true });
  const last = (child.stdout ?? "").trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !last.startsWith("{")) throw new Error(`${mode} ${count}: exit ${child.status}\n${(child.stderr ?? "").slice(-1500)}`);
  return JSON.parse(last) as RunResult;
};

export interface Series {
  runs: RunResult[];
  medianMs: number;
  medianRssMB: number;
}

const toSeries = (runs: RunResult[]): Series => ({ runs, medianMs: median(runs.map((r) => r.ms)), medianRssMB: median(runs.map((r) => r.maxRssMB)) });

export interface FileBatchResult {
  files: number;
  bare: Series;
  pipeline: Series;
  workers: Series;
  /** One run cut into stages: where the pipeline's time goes. */
  stages: RunResult;
}

/**
 * `runs` rounds of bare load then pipeline (alternated, so that other work on the machine weighs
 * on both alike), worker threads `workerRuns` times, and one run cut into stages.
 */
export const measureFileBatch = (dir: string, files: number, runs: number, workerRuns: number, log: (line: string) => void): FileBatchResult => {
  const bare: RunResult[] = [];
  const pipeline: RunResult[] = [];
  for (let k = 0; k < runs; k++) {
    bare.push(runOnce("bare", dir, files));
    pipeline.push(runOnce("pipeline", dir, files));
    log(`  round ${k + 1}/${runs}: bare ${Math.round(bare[k]?.ms ?? 0)} ms, pipeline ${Math.round(pipeline[k]?.ms ?? 0)} ms`);
  }
  const workers: RunResult[] = [];
  for (let k = 0; k < workerRuns; k++) {
    workers.push(runOnce("workers", dir, files));
    log(`  workers ${k + 1}/${workerRuns}: ${Math.round(workers[k]?.ms ?? 0)} ms`);
  }
  const stages = runOnce("stages", dir, files);
  return { files, bare: toSeries(bare), pipeline: toSeries(pipeline), workers: toSeries(workers), stages };
};

/** One run of the pipeline cut into its stages (bench/consolidateOnce.ts `stages`): where the time goes. */
export const measureStages = (dir: string, files: number): RunResult => runOnce("stages", dir, files);

/** The whole country at once: one pipeline run (with its peak RSS), and one bare load to weigh it against. */
export const measureCountry = (dir: string, files: number, log: (line: string) => void): { pipeline: RunResult; bare: RunResult } => {
  const bare = runOnce("bare", dir, files);
  log(`  bare ${Math.round(bare.ms)} ms`);
  const pipeline = runOnce("pipeline", dir, files);
  log(`  pipeline ${Math.round(pipeline.ms)} ms, peak RSS ${Math.round(pipeline.maxRssMB)} MB`);
  return { pipeline, bare };
};
