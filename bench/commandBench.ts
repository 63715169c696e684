/**
 * The installed command as an officer runs it: `node dist/cli/dienhinh.js …` (package.json `bin`,
 * built by `prepare`), each run a process of its own, timed from spawn to exit (wall clock, start-up
 * included) with its peak RSS. Weighed, in the same run, against `node -e 0` (start-up) and against
 * exceljs's bare read of the same files: a compiled program that loads exceljs and calls
 * `workbook.xlsx.load` on each file, nothing else (bench/consolidateOnce.ts's `bare` mode).
 */
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildCli } from "../scripts/buildCli";
import { listBenchFiles } from "./benchFiles";
import type { RunResult } from "./consolidateOnce";
import { median } from "./stats";
import { BENCH_PLAN } from "./unitSheets";

const ROOT = join(__dirname, "..");
/** The bench's own copy of the command, built from the working tree (dist/cli is what `bin` runs). */
const COMMAND = join(ROOT, "dist", "cli", "dienhinh.js");
/** Preloaded into every timed process: its peak RSS, printed on exit (Linux gives kilobytes). */
const RSS_PRELOAD = join(__dirname, "printPeakRss.cjs");

export interface ProcessRun {
  ms: number;
  maxRssMB: number;
  code: number | null;
}

export interface Series {
  runs: ProcessRun[];
  medianMs: number;
  medianRssMB: number;
}

const toSeries = (runs: ProcessRun[]): Series => ({ runs, medianMs: median(runs.map((r) => r.ms)), medianRssMB: median(runs.map((r) => r.maxRssMB)) });

/** One process, timed from spawn to exit; exit codes other than `okCodes` are the bench's failure. */
const timeProcess = (args: readonly string[], okCodes: readonly number[] = [0]): ProcessRun & { stdout: string } => {
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--require", RSS_PRELOAD, ...args], { cwd: ROOT, encoding: "utf8", timeout: 900_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") } });
  const ms = performance.now() - started;
  if (child.status === null || !okCodes.includes(child.status)) throw new Error(`node ${args.join(" ")}: exit ${child.status}\n${(child.stderr ?? "").slice(-1500)}`);
  const rss = /peak-rss-kb:(\d+)\s*$/.exec(child.stderr ?? "")?.[1];
  return { ms, maxRssMB: Number(rss ?? Number.NaN) / 1024, code: child.status, stdout: child.stdout ?? "" };
};

/** Builds the command (as `prepare` does) and the bare reader, compiled alike; returns the bare reader's file. */
export const prepareCommandBench = async (): Promise<{ bare: string; cleanup: () => void }> => {
  await buildCli(COMMAND);
  const dir = mkdtempSync(join(tmpdir(), "dienhinh-bare-"));
  const bare = join(dir, "consolidateOnce.js");
  buildSync({ entryPoints: [join(__dirname, "consolidateOnce.ts")], bundle: true, platform: "node", target: "node20", packages: "external", outfile: bare, logLevel: "warning" });
  return { bare, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

export interface StartupResult {
  node: Series;
  plans: Series;
  check: Series;
  checkedFile: string;
}

/** `node -e 0`, `dienhinh plans` and `dienhinh check` of one ward's file, alternated `runs` times. */
export const measureStartup = (wardFile: string, runs: number): StartupResult => {
  const node: ProcessRun[] = [];
  const plans: ProcessRun[] = [];
  const check: ProcessRun[] = [];
  for (let k = 0; k < runs; k++) {
    node.push(timeProcess(["-e", "0"]));
    plans.push(timeProcess([COMMAND, "plans"]));
    // 1: the ward's list has findings (its samples are made to have some).
    check.push(timeProcess([COMMAND, "check", "--plan", BENCH_PLAN, wardFile], [0, 1]));
  }
  return { node: toSeries(node), plans: toSeries(plans), check: toSeries(check), checkedFile: basename(wardFile) };
};

/** A folder holding exactly the first `count` bench files (hard links; copies where links fail). */
const batchFolder = (dataDir: string, count: number): string => {
  const dir = join(tmpdir(), `dienhinh-bench-batch-${count}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const file of listBenchFiles(dataDir, count)) {
    const to = join(dir, basename(file));
    try {
      linkSync(file, to);
    } catch {
      if (!existsSync(to)) copyFileSync(file, to);
    }
  }
  return dir;
};

export interface CommandBatchResult {
  files: number;
  /** exceljs's bare read, whole process (start-up, loading exceljs, then each file's load). */
  bare: Series;
  /** The same, the files' loads alone (timed inside the process). */
  bareLoadMs: number[];
  command: Series;
  ratio: number;
}

/** `runs` rounds of bare read then `dienhinh consolidate DIR --out …` (alternated, so that other work on the machine weighs on both alike). */
export const measureCommandBatch = (bareScript: string, dataDir: string, files: number, runs: number, log: (line: string) => void): CommandBatchResult => {
  const dir = batchFolder(dataDir, files);
  const out = join(tmpdir(), `dienhinh-bench-command-${process.pid}.xlsx`);
  const bare: ProcessRun[] = [];
  const bareLoadMs: number[] = [];
  const command: ProcessRun[] = [];
  try {
    for (let k = 0; k < runs; k++) {
      const b = timeProcess([bareScript, "bare", dataDir, String(files), out]);
      bare.push(b);
      bareLoadMs.push((JSON.parse(b.stdout.trim().split("\n").pop() ?? "{}") as RunResult).ms);
      // 1: some lists have findings (the bench's files have a few mistakes, as real ones do).
      command.push(timeProcess([COMMAND, "consolidate", "--plan", BENCH_PLAN, dir, "--out", out, "--no-progress"], [0, 1]));
      log(`  round ${k + 1}/${runs}: bare ${Math.round(bare[k]?.ms ?? 0)} ms, command ${Math.round(command[k]?.ms ?? 0)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
  const result = { files, bare: toSeries(bare), bareLoadMs, command: toSeries(command) };
  return { ...result, ratio: result.command.medianMs / result.bare.medianMs };
};

/** The country at once through the command: one run, with its peak RSS. */
export const measureCommandCountry = (dataDir: string, files: number, log: (line: string) => void): ProcessRun => {
  const dir = batchFolder(dataDir, files);
  const out = join(tmpdir(), `dienhinh-bench-country-${process.pid}.xlsx`);
  try {
    const run = timeProcess([COMMAND, "consolidate", "--plan", BENCH_PLAN, dir, "--out", out, "--no-progress"], [0, 1]);
    log(`  command ${Math.round(run.ms)} ms, peak RSS ${Math.round(run.maxRssMB)} MB`);
    return { ms: run.ms, maxRssMB: run.maxRssMB, code: run.code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
};
