/**
 * `npm run bench`: consolidation against exceljs's bare load (500 files, with and without worker
 * threads; the country's 3,321 files with peak memory), the core checks on 100,000 rows, the
 * Excel adapter's sync counts and the task pane's bundle and time to ready. Prints a table and
 * writes docs/benchmarks.md. About ten minutes on two cores.
 *   tsx bench/index.ts [--quick]     (--quick: fewer runs and files, for trying the bench itself)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureCountry, measureFileBatch, runOnce } from "./consolidateBench";
import { measureCoreChecks } from "./coreChecksBench";
import { measureSyncCounts } from "./excelSyncCount";
import { COUNTRY_UNITS, ensureUnitFiles } from "./generateUnitFiles";
import { currentLoad, describeMachine } from "./machine";
import { measurePane } from "./paneBench";
import { formatMarkdown, formatTable, summaryRows, type BenchResults } from "./report";

const DOC = join(__dirname, "../docs/benchmarks.md");
const NOTES = join(__dirname, "optimizations.md");

const main = async (): Promise<void> => {
  const quick = process.argv.includes("--quick");
  const started = performance.now();
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const machine = describeMachine();
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadStart.toFixed(2)}`);
  const { dir, files, generatedMs } = await ensureUnitFiles(log);

  // First, on a machine not yet busy: the country's run leaves the system reclaiming memory for a while.
  log("Core checks on 100,000 rows…");
  const template = files[1] ?? files[0] ?? "";
  const core = measureCoreChecks(template, 100_000, 7);
  log(`  ${Math.round(core.rowsPerSecond)} rows/s (compiled)`);
  const coreThroughTsx = measureCoreChecks(template, 100_000, 5, { runtime: "tsx" });
  log(`  ${Math.round(coreThroughTsx.rowsPerSecond)} rows/s through tsx`);
  const coreAllFonts = measureCoreChecks(template, 100_000, 5, { fontOnEveryCell: true });
  log(`  ${Math.round(coreAllFonts.rowsPerSecond)} rows/s with a font name on every cell`);

  const batchFiles = quick ? 100 : 500;
  log(`Consolidating ${batchFiles} files…`);
  const batch = measureFileBatch(dir, batchFiles, quick ? 3 : 5, quick ? 1 : 3, log);

  log(`Consolidating the country (${quick ? 1000 : COUNTRY_UNITS} files, one run)…`);
  const country = measureCountry(dir, quick ? 1000 : COUNTRY_UNITS, log);

  log("Excel adapter sync counts…");
  const syncs = await measureSyncCounts([100, 10_000]);

  log("Task pane: production build and time to ready…");
  const paneFiles = files.slice(0, quick ? 100 : 300);
  const pane = await measurePane(5, { files: paneFiles, runs: quick ? 1 : 3, command: (count) => runOnce("pipeline", dir, count).ms });

  machine.loadEnd = currentLoad();
  const results: BenchResults = { machine, generatedMs, batch, country, core, coreThroughTsx, coreAllFonts, syncs, pane, totalMs: performance.now() - started };
  process.stdout.write(`\n${formatTable([["measure", "result", "goal", "verdict"], ...summaryRows(results)])}\n`);
  const notes = existsSync(NOTES) ? `\n${readFileSync(NOTES, "utf8")}` : "";
  if (quick) log("(--quick: docs/benchmarks.md left as it was)");
  else {
    writeFileSync(DOC, formatMarkdown(results) + notes);
    log(`Wrote ${DOC}`);
  }
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
