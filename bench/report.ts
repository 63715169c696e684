/** The bench's results as the printed table and as docs/benchmarks.md. */
import type { FileBatchResult } from "./consolidateBench";
import type { CoreChecksResult } from "./coreChecksBench";
import type { SyncCountRow } from "./excelSyncCount";
import type { RunResult } from "./consolidateOnce";
import type { Machine } from "./machine";
import type { PaneResult } from "./paneBench";
import { formatCount, formatMs, formatRatio, median } from "./stats";

export interface BenchResults {
  machine: Machine;
  generatedMs: number | null;
  batch: FileBatchResult;
  country: { pipeline: RunResult; bare: RunResult } | null;
  core: CoreChecksResult;
  /** The same checks run through tsx (compiling each module as it loads), as the command line runs. */
  coreThroughTsx: CoreChecksResult;
  /** The same sheet with a font name on every cell (what the reader hands over for a TCVN3 workbook). */
  coreAllFonts: CoreChecksResult;
  syncs: SyncCountRow[];
  pane: PaneResult;
  totalMs: number;
}

type Row = [string, string, string, string];

const goal = (ok: boolean): string => (ok ? "met" : "not met");

/** The summary table: what, result, goal, verdict. */
export const summaryRows = (r: BenchResults): Row[] => {
  const { batch, core, pane, country } = r;
  const ratio = batch.pipeline.medianMs / batch.bare.medianMs;
  const workersRatio = batch.workers.medianMs / batch.pipeline.medianMs;
  const rows: Row[] = [
    [`exceljs bare load, ${batch.files} files`, formatMs(batch.bare.medianMs), "—", "floor"],
    [`consolidate ${batch.files} files (read → check → consolidate → write)`, formatMs(batch.pipeline.medianMs), "—", ""],
    ["  ratio to the bare load", formatRatio(ratio), "≤ 1.20×", goal(ratio <= 1.2)],
    [`  with worker threads (${r.machine.cores} cores)`, `${formatMs(batch.workers.medianMs)} (${formatRatio(workersRatio)} of one thread)`, "—", workersRatio < 0.95 ? "faster" : "no gain"],
  ];
  if (country) {
    rows.push([`consolidate ${country.pipeline.files} files (the country, ${formatCount(country.pipeline.rows ?? 0)} rows)`, `${formatMs(country.pipeline.ms)} (${formatRatio(country.pipeline.ms / country.bare.ms)} of bare load)`, "—", "one run"]);
    rows.push(["  peak RSS", `${formatCount(country.pipeline.maxRssMB)} MB`, "≤ 1,024 MB", goal(country.pipeline.maxRssMB <= 1024)]);
  }
  rows.push([`core checks, one sheet of ${formatCount(core.rows)} rows`, `${formatCount(core.rowsPerSecond)} rows/s (${formatMs(core.medianMs)})`, "≥ 200,000 rows/s", goal(core.rowsPerSecond >= 200_000)]);
  rows.push(["  the same run through tsx (as the CLI runs)", `${formatCount(r.coreThroughTsx.rowsPerSecond)} rows/s (${formatMs(r.coreThroughTsx.medianMs)})`, "—", ""]);
  rows.push(["  the same with a font name on every cell", `${formatCount(r.coreAllFonts.rowsPerSecond)} rows/s (${formatMs(r.coreAllFonts.medianMs)})`, "—", ""]);
  const syncOf = (rows: number): string => {
    const list = r.syncs.filter((s) => s.rows === rows);
    const reads = list.map((s) => s.read + s.mark);
    return `${Math.min(...reads)}–${Math.max(...reads)} (read+mark), clear ${Math.max(...list.map((s) => s.clear))}`;
  };
  rows.push(["Excel context.sync(), 100 rows", syncOf(100), "constant", ""]);
  rows.push(["Excel context.sync(), 10,000 rows", syncOf(10_000), "same as 100", goal(syncOf(100) === syncOf(10_000))]);
  if (pane.bundle) rows.push([`task pane bundle (${pane.bundle.file})`, `${formatCount(pane.bundle.rawBytes / 1024)} KiB raw, ${formatCount(pane.bundle.gzipBytes / 1024)} KiB gzip`, "—", ""]);
  if (pane.load) rows.push(["task pane time to ready (headless Chromium)", `${formatMs(pane.load.medianReadyMs)} (DOMContentLoaded ${formatMs(pane.load.medianDomContentLoadedMs)})`, "—", ""]);
  else rows.push(["task pane time to ready", "skipped", "—", pane.notes.join("; ")]);
  if (pane.consolidation) {
    const c = pane.consolidation;
    const ratio = c.medianPaneMs / c.medianCommandMs;
    rows.push([`pane: consolidate ${c.files} files (Web Worker) vs the command`, `${formatMs(c.medianPaneMs)} vs ${formatMs(c.medianCommandMs)} (${ratio.toFixed(2)}×); longest main-thread task ${formatMs(c.longestTaskMs)}`, "≤ 1.5×, ≤ 200 ms", ratio <= 1.5 && c.longestTaskMs <= 200 ? "met" : "not met"]);
  }
  return rows;
};

export const formatTable = (rows: readonly Row[]): string => {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ").trimEnd()).join("\n");
};

const markdownTable = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

/** The median of one stage over a series of runs. */
const medianStage = (runs: readonly RunResult[], stage: string): number => median(runs.map((x) => x.stages?.[stage] ?? Number.NaN));

const stageRows = (stages: Record<string, number> | undefined, bare: number): string[][] =>
  Object.entries(stages ?? {}).map(([k, ms]) => [k, formatMs(ms), formatRatio(ms / bare)]);

export const formatMarkdown = (r: BenchResults): string => {
  const m = r.machine;
  const { batch } = r;
  const runs = (list: readonly RunResult[]): string => list.map((x) => formatMs(x.ms)).join(", ");
  return `# Benchmarks

Made by \`npm run bench\` (\`tsx bench/index.ts\`); every number below is from the run of ${m.date}.
Do not edit by hand: run the bench again.

- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB memory; Node ${m.node}.
- Load average (1 min) at start ${m.loadStart.toFixed(2)}, at end ${(m.loadEnd ?? Number.NaN).toFixed(2)}: other work on the machine slows every row alike; ratios measured in the same run are the numbers to compare.
- Data: unit files written with exceljs (title block, two-row merged header with the criteria under "Tiêu chuẩn chung", a row of column numbers, 60 nominations with a few mistakes, signature block; plan \`long-bien-2023-2025\`; names drawn from common Vietnamese surnames, middle and given names), made once into the temp folder and reused${r.generatedMs !== null ? ` (written this run in ${formatMs(r.generatedMs)})` : ""}.
- Each consolidation run is a process of its own; times are medians (runs listed), never single timings, except the country run.
- Whole bench: ${formatMs(r.totalMs)}.

## Summary

${markdownTable(["measure", "result", "goal", "verdict"], summaryRows(r))}

## Consolidating ${batch.files} files

Bare load: ${runs(batch.bare.runs)}. Pipeline: ${runs(batch.pipeline.runs)}. Worker threads: ${runs(batch.workers.runs)}.
Peak RSS (median): bare ${formatCount(batch.bare.medianRssMB)} MB, pipeline ${formatCount(batch.pipeline.medianRssMB)} MB, workers ${formatCount(batch.workers.medianRssMB)} MB.

The pipeline's steps (medians): read and check ${formatMs(medianStage(batch.pipeline.runs, "readAndCheck"))} in one thread, ${formatMs(medianStage(batch.workers.runs, "readAndCheck"))} in worker threads; consolidate ${formatMs(medianStage(batch.pipeline.runs, "consolidate"))}; write the workbook ${formatMs(medianStage(batch.pipeline.runs, "renderAndWrite"))}.

Where the time goes (one run, each stage timed over all files, against that run's own exceljs load): \`load\` is exceljs's load of the bytes (the floor's work), \`adapterRead\` the product's reader (src/xlsx/ooxml, with the zip's checks) on the same bytes again, then the product's own steps.

${markdownTable(["stage", "time", "of the exceljs load"], stageRows(batch.stages.stages, batch.stages.stages?.load ?? 1))}

${r.country ? `## The country: ${r.country.pipeline.files} files

One run (it takes long): ${formatMs(r.country.pipeline.ms)} for ${formatCount(r.country.pipeline.rows ?? 0)} rows, peak RSS ${formatCount(r.country.pipeline.maxRssMB)} MB; bare load of the same files ${formatMs(r.country.bare.ms)} (peak ${formatCount(r.country.bare.maxRssMB)} MB).
Steps: read and check ${formatMs(r.country.pipeline.stages?.readAndCheck ?? Number.NaN)}, consolidate ${formatMs(r.country.pipeline.stages?.consolidate ?? Number.NaN)}, write the workbook ${formatMs(r.country.pipeline.stages?.renderAndWrite ?? Number.NaN)}.
` : ""}
## Core checks

One sheet of ${formatCount(r.core.rows)} rows through \`checkWorkbook\` (read, row checks, duplicates, quotas; ${formatCount(r.core.findings)} findings), each run in a fresh process, the heap collected before the clock starts, the code compiled ahead of time into one JavaScript file by esbuild (the pane ships the core compiled into its bundle): runs ${r.core.runsMs.map(formatMs).join(", ")}; median ${formatMs(r.core.medianMs)}, ${formatCount(r.core.rowsPerSecond)} rows/s.
Through tsx, which compiles each module as it loads (how the command line runs today): runs ${r.coreThroughTsx.runsMs.map(formatMs).join(", ")}; median ${formatMs(r.coreThroughTsx.medianMs)}, ${formatCount(r.coreThroughTsx.rowsPerSecond)} rows/s.
The sheet is what the product's reader hands over: a workbook whose styles name no legacy font comes without font names. With a font name on every cell (a TCVN3 workbook's case; the old exceljs adapter gave them always): runs ${r.coreAllFonts.runsMs.map(formatMs).join(", ")}; median ${formatMs(r.coreAllFonts.medianMs)}, ${formatCount(r.coreAllFonts.rowsPerSecond)} rows/s.

## Excel adapter: context.sync() per check

The fake workbook of the tests (\`test/excel/fake\`); the counts must not grow with the rows.

${markdownTable(
  ["host", "fonts", "rows", "findings", "read", "mark", "clear", "largest response"],
  r.syncs.map((s) => [s.host, s.legacyFonts ? "TCVN3 mixed" : "one font", formatCount(s.rows), formatCount(s.findings), String(s.read), String(s.mark), String(s.clear), `${formatCount(s.largestResponseKB)} KB`]),
)}

## Task pane

${r.pane.bundle ? `Production build (webpack, into a temp folder; dist/ gets the same file): \`${r.pane.bundle.file}\` ${formatCount(r.pane.bundle.rawBytes)} bytes, ${formatCount(r.pane.bundle.gzipBytes)} gzip (zlib default level).` : "Not built."}
${r.pane.load ? `Time to ready in headless Chromium (${r.pane.load.readyMs.length} loads, each in a new context, served from 127.0.0.1, office.js refused as offline): ${r.pane.load.readyMs.map(formatMs).join(", ")}; median ${formatMs(r.pane.load.medianReadyMs)} from navigation to the pane showing its browser mode.` : `Time to ready not measured: ${r.pane.notes.join("; ")}.`}
${r.pane.consolidation ? `Tổng hợp of ${r.pane.consolidation.files} unit files in the pane (browser mode; reading and checking in its Web Worker; from the click to the summary) alternated with the command's pipeline on the same files (a process each): pane ${r.pane.consolidation.paneMs.map(formatMs).join(", ")}, median ${formatMs(r.pane.consolidation.medianPaneMs)}; command ${r.pane.consolidation.commandMs.map(formatMs).join(", ")}, median ${formatMs(r.pane.consolidation.medianCommandMs)}; the longest task on the page's main thread meanwhile ${formatMs(r.pane.consolidation.longestTaskMs)}.` : ""}
`;
};
