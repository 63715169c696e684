/**
 * One measured run, in a process of its own so that runs do not warm each other and the peak RSS
 * is this run's alone. Prints one JSON line.
 *   tsx bench/consolidateOnce.ts MODE DIR COUNT OUT
 * MODE: bare      — exceljs `workbook.xlsx.load(buffer)` of each file, nothing else (the floor);
 *       pipeline  — the real `consolidate`: consolidateSources over the files (read, check, consolidate)
 *                   → the workbook streamed into its file as the CLI writes it (`writeConsolidationWorkbook`);
 *       workers   — the same with the files read and checked in worker threads;
 *       stages    — the pipeline cut into its stages, each timed on its own (for finding where time goes);
 *                   each file is loaded twice there (exceljs alone, then the whole adapter).
 * DIENHINH_BENCH_MEMORY=1 adds the peak RSS and heap of each step of `pipeline` (sampled).
 */
import ExcelJS from "exceljs";
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { renderConsolidationWorkbook, writeConsolidationWorkbook } from "../src/cli/commands/consolidate";
import { fileSource } from "../src/cli/fileSources";
import { consolidateSources } from "../src/workflows/consolidateSources";
import { describeWorkflowError } from "../src/workflows/workflowErrors";
import { checkFilesInWorkers } from "./checkFilesInWorkers";
import { checkWorkbook } from "../src/core/check/checkWorkbook";
import type { CheckReport } from "../src/core/check/report";
import { consolidateReports } from "../src/core/consolidate/consolidate";
import type { Consolidation } from "../src/core/consolidate/types";
import type { WorkbookValues } from "../src/core/model";
import { findBuiltinPlan } from "../src/plans/builtinPlans";
import { readWorkbookBytes } from "../src/xlsx/readWorkbook";
import { listBenchFiles } from "./benchFiles";
import { BENCH_PLAN } from "./unitSheets";

export interface RunResult {
  mode: string;
  files: number;
  ms: number;
  maxRssMB: number;
  rows?: number;
  stages?: Record<string, number>;
  memoryPeaks?: Record<string, { rssMB: number; heapMB: number }>;
}

const now = (): number => performance.now();

const runBare = async (files: readonly string[]): Promise<void> => {
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  }
};

const plan = findBuiltinPlan(BENCH_PLAN);

/**
 * With DIENHINH_BENCH_MEMORY=1: the peak RSS and heap seen in each step of the pipeline, sampled
 * every 100 ms (a step's peak may fall between samples; maxRssMB is the exact peak of the run).
 */
const memory = process.env["DIENHINH_BENCH_MEMORY"] === "1" ? { step: "start", peaks: {} as Record<string, { rssMB: number; heapMB: number }> } : null;
const sampleMemory = (): void => {
  if (!memory) return;
  const { rss, heapUsed } = process.memoryUsage();
  const peak = (memory.peaks[memory.step] ??= { rssMB: 0, heapMB: 0 });
  peak.rssMB = Math.max(peak.rssMB, Math.round(rss / 2 ** 20));
  peak.heapMB = Math.max(peak.heapMB, Math.round(heapUsed / 2 ** 20));
};
const enterStep = (step: string): void => {
  sampleMemory();
  if (memory) memory.step = step;
  sampleMemory();
};
if (memory) setInterval(sampleMemory, 100).unref();

/**
 * Read, check and consolidate, timed; only the consolidation is returned, so that the reports can
 * be collected before the workbook is written (as the workflow does for the CLI). The workflow
 * tells its progress once every file is read and checked: the time between is the consolidation.
 */
const readCheckConsolidate = async (files: readonly string[], inWorkers: boolean): Promise<{ consolidation: Consolidation; readAndCheck: number; consolidate: number }> => {
  if (!plan) throw new Error(`no plan ${BENCH_PLAN}`);
  enterStep("readAndCheck");
  const t0 = now();
  if (inWorkers) {
    const { reports, unreadable } = await checkFilesInWorkers(files, plan, {}, () => {});
    const t1 = now();
    enterStep("consolidate");
    const consolidation = consolidateReports(plan, reports, unreadable);
    return { consolidation, readAndCheck: t1 - t0, consolidate: now() - t1 };
  }
  let t1 = t0;
  const result = await consolidateSources(plan, files.map(fileSource), {
    onProgress: (p) => {
      if (p.done < p.total) return;
      t1 = now();
      enterStep("consolidate");
    },
  });
  if (!result.ok) throw new Error(describeWorkflowError(result.error));
  return { consolidation: result.value.consolidation, readAndCheck: t1 - t0, consolidate: now() - t1 };
};

/** The real pipeline, as `consolidate` runs it; its three steps are timed on the way. */
const runPipeline = async (files: readonly string[], out: string, inWorkers: boolean): Promise<{ rows: number; stages: Record<string, number> }> => {
  if (!plan) throw new Error(`no plan ${BENCH_PLAN}`);
  const { consolidation, readAndCheck, consolidate } = await readCheckConsolidate(files, inWorkers);
  enterStep("renderAndWrite");
  const t2 = now();
  // Exactly the CLI's writer: streamed into a temporary file beside `out`, then renamed.
  await writeConsolidationWorkbook(out, consolidation, plan);
  const t3 = now();
  enterStep("end");
  return { rows: consolidation.totals.rows, stages: { readAndCheck, consolidate, renderAndWrite: t3 - t2 } };
};

/** The pipeline's stages, each over all files, so that each can be weighed against the floor. */
const runStages = async (files: readonly string[], out: string): Promise<{ rows: number; stages: Record<string, number> }> => {
  if (!plan) throw new Error(`no plan ${BENCH_PLAN}`);
  const stages: Record<string, number> = { readFile: 0, load: 0, adapterRead: 0, check: 0, consolidate: 0, render: 0, write: 0 };
  const add = (k: string, t0: number): number => {
    const t = now();
    stages[k] = (stages[k] ?? 0) + t - t0;
    return t;
  };
  const reports: CheckReport[] = [];
  for (const file of files) {
    let t = now();
    const bytes = await readFile(file);
    t = add("readFile", t);
    // exceljs alone, then the whole adapter (checks on the bytes, exceljs, values): their
    // difference is what the adapter adds to exceljs.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    t = add("load", t);
    const values: WorkbookValues = await readWorkbookBytes(bytes, basename(file));
    t = add("adapterRead", t);
    reports.push(checkWorkbook(values, plan, {}));
    add("check", t);
  }
  let t = now();
  const consolidation = consolidateReports(plan, reports, []);
  t = add("consolidate", t);
  const bytes = await renderConsolidationWorkbook(consolidation, plan);
  t = add("render", t);
  await writeFile(out, bytes);
  add("write", t);
  return { rows: consolidation.totals.rows, stages };
};

const main = async (): Promise<void> => {
  const [mode = "", dir = "", count = "0", out = ""] = process.argv.slice(2);
  const files = listBenchFiles(dir, Number(count));
  const started = now();
  const result: RunResult = { mode, files: files.length, ms: 0, maxRssMB: 0 };
  if (mode === "bare") await runBare(files);
  else if (mode === "pipeline" || mode === "workers") Object.assign(result, await runPipeline(files, out, mode === "workers"));
  else if (mode === "stages") Object.assign(result, await runStages(files, out));
  else throw new Error(`unknown mode ${mode}`);
  result.ms = now() - started;
  // maxRSS is in kilobytes on Linux.
  result.maxRssMB = process.resourceUsage().maxRSS / 1024;
  if (memory) result.memoryPeaks = memory.peaks;
  process.stdout.write(`${JSON.stringify(result)}\n`);
};

void main();
