/**
 * Reading and checking the files (as src/workflows/checkEachSource.ts does for `consolidate`) spread over worker threads: each worker
 * reads and checks whole files and sends back the report. Same results in the same order as the
 * one-thread version. Kept with the bench, not wired into the CLI: on 2 cores it gains nothing
 * (exceljs already keeps more than one core busy, and each report is copied back to the main
 * thread); see docs/benchmarks.md.
 */
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { checkWorkbook } from "../src/core/check/checkWorkbook";
import type { CheckOptions, CheckReport } from "../src/core/check/report";
import type { SkippedInput } from "../src/core/consolidate/types";
import type { Plan } from "../src/core/plan/schema";
import { describeFileProblem } from "../src/core/files/fileProblems";
import { loadWorkbookFile, UnusableFileError } from "../src/cli/loadInputs";
import { UserError } from "../src/cli/userError";

const ROLE = "dienhinh-check-files";

type Reply = { index: number; report: CheckReport } | { index: number; unreadable: string } | { index: number; error: string };

interface WorkerInput {
  role: typeof ROLE;
  plan: Plan;
  options: CheckOptions;
}

/** The worker's side: one file at a time, as the main thread hands them out. */
const serveChecks = (input: WorkerInput): void => {
  parentPort?.on("message", (job: { index: number; file: string } | null) => {
    if (job === null) {
      parentPort?.close();
      return;
    }
    loadWorkbookFile(job.file)
      .then((workbook) => ({ index: job.index, report: checkWorkbook(workbook, input.plan, input.options) }) as Reply)
      .catch((e: unknown): Reply => {
        // As the workflow words it: the skipped list names the file beside the reason.
        if (e instanceof UnusableFileError) return { index: job.index, unreadable: describeFileProblem(e.problem) };
        if (e instanceof UserError) return { index: job.index, unreadable: e.message };
        return { index: job.index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      })
      .then((reply) => parentPort?.postMessage(reply));
  });
};

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.role === ROLE) serveChecks(workerData as WorkerInput);

/** Workers run this file through tsx, as the CLI itself runs (bin/dienhinh.js). */
const workerSource = (): string => `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(__filename)});`;

/**
 * Reads and checks every input in `threads` workers; files that cannot be read are skipped with
 * their reason, as the workflow does. Results keep the order of `files`.
 */
export const checkFilesInWorkers = async (
  files: readonly string[],
  plan: Plan,
  options: CheckOptions,
  onFile: (done: number) => void,
  threads = Math.min(availableParallelism(), files.length),
): Promise<{ reports: CheckReport[]; unreadable: SkippedInput[] }> => {
  const replies: Reply[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const input: WorkerInput = { role: ROLE, plan, options };
      const worker = new Worker(workerSource(), { eval: true, workerData: input });
      const hand = (): void => {
        const index = next++;
        const file = files[index];
        worker.postMessage(file === undefined ? null : { index, file });
      };
      worker.on("message", (reply: Reply) => {
        if ("error" in reply) {
          void worker.terminate();
          reject(new Error(reply.error));
          return;
        }
        replies[reply.index] = reply;
        onFile(++done);
        hand();
      });
      worker.on("error", reject);
      worker.on("exit", () => resolve());
      hand();
    });
  await Promise.all(Array.from({ length: Math.max(1, threads) }, runWorker));
  const reports: CheckReport[] = [];
  const unreadable: SkippedInput[] = [];
  replies.forEach((reply, i) => {
    const file = basename(files[i] ?? "");
    if ("report" in reply) {
      reports.push(reply.report);
      if (reply.report.sheets.length === 0 && reply.report.skippedSheets.length === 0) unreadable.push({ file, sheet: null, reason: "tệp không có trang tính nào" });
    } else if ("unreadable" in reply) unreadable.push({ file, sheet: null, reason: reply.unreadable });
  });
  return { reports, unreadable };
};
