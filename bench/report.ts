/** The bench's results as the printed table and as docs/benchmarks.md. */
import type { CommandBatchResult, ProcessRun, StartupResult } from "./commandBench";
import type { CoreChecksResult } from "./coreChecksBench";
import type { SyncCountRow, WriteSyncRow } from "./excelSyncCount";
import type { RunResult } from "./consolidateOnce";
import type { Machine } from "./machine";
import type { PaneResult } from "./paneBench";
import { formatCount, formatMs, formatRatio, median } from "./stats";

export interface BenchResults {
  machine: Machine;
  generatedMs: number | null;
  startup: StartupResult;
  /** 300 and 500 files through the command, each against exceljs's bare read. */
  batches: CommandBatchResult[];
  /** One in-process run cut into stages. */
  stages: RunResult;
  country: ProcessRun | null;
  core: CoreChecksResult;
  /** The same sheet with a font name on every cell (what the reader hands over for a TCVN3 workbook). */
  coreAllFonts: CoreChecksResult;
  syncs: SyncCountRow[];
  writes: WriteSyncRow[];
  pane: PaneResult;
  totalMs: number;
}

type Row = [string, string, string, string];

const goal = (ok: boolean): string => (ok ? "met" : "not met");

/** The goals of issue 14: start-up against `node -e 0`, the command against exceljs's bare read. */
const BATCH_GOALS: Readonly<Record<number, number>> = { 300: 0.5, 500: 0.4 };
const COUNTRY_GOAL_MS = 8000;
const COUNTRY_GOAL_RSS_MB = 600;
const CORE_GOAL_ROWS_PER_SECOND = 300_000;

/** The summary table: what, result, goal, verdict. */
export const summaryRows = (r: BenchResults): Row[] => {
  const { startup, core, pane, country } = r;
  const node = startup.node.medianMs;
  const plansRatio = startup.plans.medianMs / node;
  const checkRatio = startup.check.medianMs / node;
  const rows: Row[] = [
    ["`node -e 0`", formatMs(node), "—", "yardstick"],
    ["`dienhinh plans`", `${formatMs(startup.plans.medianMs)} (${formatRatio(plansRatio)})`, "≤ 5×", goal(plansRatio <= 5)],
    [`\`dienhinh check\` one ward's file (${startup.checkedFile})`, `${formatMs(startup.check.medianMs)} (${formatRatio(checkRatio)})`, "≤ 8×", goal(checkRatio <= 8)],
  ];
  for (const b of r.batches) {
    const target = BATCH_GOALS[b.files];
    rows.push([`exceljs bare read, ${b.files} files (whole process)`, `${formatMs(b.bare.medianMs)} (loads alone ${formatMs(median(b.bareLoadMs))})`, "—", "yardstick"]);
    rows.push([`\`dienhinh consolidate\` ${b.files} files (compiled command)`, `${formatMs(b.command.medianMs)} (${formatRatio(b.ratio)}), peak RSS ${formatCount(b.command.medianRssMB)} MB`, target ? `≤ ${formatRatio(target)}` : "—", target ? goal(b.ratio <= target) : ""]);
  }
  if (country) {
    rows.push(["`dienhinh consolidate`, the country (3,321 files)", formatMs(country.ms), `≤ ${formatMs(COUNTRY_GOAL_MS)}`, goal(country.ms <= COUNTRY_GOAL_MS)]);
    rows.push(["  peak RSS", `${formatCount(country.maxRssMB)} MB`, `≤ ${COUNTRY_GOAL_RSS_MB} MB`, goal(country.maxRssMB <= COUNTRY_GOAL_RSS_MB)]);
  }
  rows.push([`core checks, one sheet of ${formatCount(core.rows)} rows (compiled)`, `${formatCount(core.rowsPerSecond)} rows/s (${formatMs(core.medianMs)})`, `≥ ${formatCount(CORE_GOAL_ROWS_PER_SECOND)} rows/s`, goal(core.rowsPerSecond >= CORE_GOAL_ROWS_PER_SECOND)]);
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

const stageRows = (stages: Record<string, number> | undefined, bare: number): string[][] =>
  Object.entries(stages ?? {}).map(([k, ms]) => [k, formatMs(ms), formatRatio(ms / bare)]);

export const formatMarkdown = (r: BenchResults): string => {
  const m = r.machine;
  const runs = (list: readonly { ms: number }[]): string => list.map((x) => formatMs(x.ms)).join(", ");
  const rss = (list: readonly { maxRssMB: number }[]): string => list.map((x) => formatCount(x.maxRssMB)).join(", ");
  return `# Benchmarks

Made by \`npm run bench\` (\`tsx bench/index.ts\`); every number below is from the run of ${m.date}.
Do not edit by hand: run the bench again.

- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB memory; Node ${m.node}.
- Load average (1 min) at start ${m.loadStart.toFixed(2)}, at end ${(m.loadEnd ?? Number.NaN).toFixed(2)}: other work on the machine slows every row alike; ratios measured in the same run are the numbers to compare.
- Data: unit files written with exceljs (title block, two-row merged header with the criteria under "Tiêu chuẩn chung", a row of column numbers, 60 nominations with a few mistakes, signature block; plan \`long-bien-2023-2025\`; names drawn from common Vietnamese surnames, middle and given names), made once into the temp folder and reused${r.generatedMs !== null ? ` (written this run in ${formatMs(r.generatedMs)})` : ""}.
- The command is the installed one: \`node dist/cli/dienhinh.js\` (package.json \`bin\`, compiled by esbuild in \`prepare\`), each run a process of its own timed from spawn to exit. exceljs's bare read is a compiled program of the same kind that loads exceljs and calls \`workbook.xlsx.load\` on each file and nothing else, also timed from spawn to exit ("loads alone": the loads timed inside it). Times are medians of alternated runs (listed below), except the country's single run.
- Whole bench: ${formatMs(r.totalMs)}.

## Summary

${markdownTable(["measure", "result", "goal", "verdict"], summaryRows(r))}

## Start-up

Runs (ms), alternated: \`node -e 0\` ${runs(r.startup.node.runs)}; \`dienhinh plans\` ${runs(r.startup.plans.runs)}; \`dienhinh check --plan long-bien-2023-2025 ${r.startup.checkedFile}\` ${runs(r.startup.check.runs)}.

${r.batches
  .map(
    (b) => `## Consolidating ${b.files} files

Bare read: ${runs(b.bare.runs)} (loads alone ${b.bareLoadMs.map(formatMs).join(", ")}). Command: ${runs(b.command.runs)}; peak RSS ${rss(b.command.runs)} MB.
`,
  )
  .join("\n")}
## Where the time goes

One in-process run over ${formatCount(r.stages.files)} files (through tsx), each stage timed over all files, against that run's own exceljs load: \`load\` is exceljs's load of the bytes (the floor's work), \`adapterRead\` the product's reader (src/xlsx/ooxml, with the zip's checks) on the same bytes again, then the product's own steps.

${markdownTable(["stage", "time", "of the exceljs load"], stageRows(r.stages.stages, r.stages.stages?.["load"] ?? 1))}

${r.country ? `## The country: 3,321 files

One run of the command: ${formatMs(r.country.ms)}, peak RSS ${formatCount(r.country.maxRssMB)} MB.
` : ""}
## Core checks

One sheet of ${formatCount(r.core.rows)} rows through \`checkWorkbook\` (read, row checks, duplicates, quotas; ${formatCount(r.core.findings)} findings), each run in a fresh process, the heap collected before the clock starts, the code compiled ahead of time into one JavaScript file by esbuild (as the command and the pane ship it): runs ${r.core.runsMs.map(formatMs).join(", ")}; median ${formatMs(r.core.medianMs)}, ${formatCount(r.core.rowsPerSecond)} rows/s.
The sheet is what the product's reader hands over: a workbook whose styles name no legacy font comes without font names. With a font name on every cell (a TCVN3 workbook's case; the old exceljs adapter gave them always): runs ${r.coreAllFonts.runsMs.map(formatMs).join(", ")}; median ${formatMs(r.coreAllFonts.medianMs)}, ${formatCount(r.coreAllFonts.rowsPerSecond)} rows/s.

## Excel adapter: context.sync() per check

The fake workbook of the tests (\`test/excel/fake\`); the counts must not grow with the rows.

${markdownTable(
  ["host", "fonts", "rows", "findings", "read", "mark", "clear", "largest response"],
  r.syncs.map((s) => [s.host, s.legacyFonts ? "TCVN3 mixed" : "one font", formatCount(s.rows), formatCount(s.findings), String(s.read), String(s.mark), String(s.clear), `${formatCount(s.largestResponseKB)} KB`]),
)}

### Writes under Excel on the web's 5 MB per request

Marking 3–4 findings a row with long Vietnamese reasons (a note per marked cell), clearing them,
and writing the consolidation's "Danh sách" of as many rows, on desktop (no cap: one write sync,
as always) and on Excel on the web (5 MB per request; parts packed to 4 MB by their weighed size).
Request sizes are the fake host's weighing of office.js's JSON (test/excel/fake/fakeBook.ts).

${markdownTable(
  ["host", "rows", "findings", "mark syncs", "largest", "clear syncs", "largest", "list syncs", "largest", "refused"],
  r.writes.map((w) => [w.host, formatCount(w.rows), formatCount(w.findings), String(w.mark), `${formatCount(w.markLargestKB)} KB`, String(w.clear), `${formatCount(w.clearLargestKB)} KB`, String(w.list), `${formatCount(w.listLargestKB)} KB`, String(w.refused)]),
)}

## Task pane

${r.pane.bundle ? `Production build (webpack, into a temp folder; dist/ gets the same file): \`${r.pane.bundle.file}\` ${formatCount(r.pane.bundle.rawBytes)} bytes, ${formatCount(r.pane.bundle.gzipBytes)} gzip (zlib default level).` : "Not built."}
${r.pane.load ? `Time to ready in headless Chromium (${r.pane.load.readyMs.length} loads, each in a new context, served from 127.0.0.1, office.js refused as offline): ${r.pane.load.readyMs.map(formatMs).join(", ")}; median ${formatMs(r.pane.load.medianReadyMs)} from navigation to the pane showing its browser mode.` : `Time to ready not measured: ${r.pane.notes.join("; ")}.`}
${r.pane.consolidation ? `Tổng hợp of ${r.pane.consolidation.files} unit files in the pane (browser mode; reading and checking in its Web Worker; from the click to the summary) alternated with the command's pipeline on the same files (a process each): pane ${r.pane.consolidation.paneMs.map(formatMs).join(", ")}, median ${formatMs(r.pane.consolidation.medianPaneMs)}; command ${r.pane.consolidation.commandMs.map(formatMs).join(", ")}, median ${formatMs(r.pane.consolidation.medianCommandMs)}; the longest task on the page's main thread meanwhile ${formatMs(r.pane.consolidation.longestTaskMs)}.` : ""}
`;
};
