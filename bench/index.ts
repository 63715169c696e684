/**
 * `npm run bench`: the installed (compiled) command's start-up against `node -e 0`; consolidating
 * 300 and 500 files through it against exceljs's bare read of them; the country's 3,321 files
 * with peak memory; the core checks on 100,000 rows; the Excel adapter's sync counts and the task
 * pane's bundle and time to ready. Prints a table and writes docs/benchmarks.md. About ten
 * minutes on two cores.
 *   tsx bench/index.ts [--quick]     (--quick: fewer runs and files, for trying the bench itself)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measureCommandBatch, measureCommandCountry, measureStartup, prepareCommandBench } from "./commandBench";
import { measureStages, runOnce } from "./consolidateBench";
import { measureCoreChecks } from "./coreChecksBench";
import { measureSyncCounts, measureWriteSyncs } from "./excelSyncCount";
import { COUNTRY_UNITS, ensureUnitFiles } from "./generateUnitFiles";
import { currentLoad, describeMachine } from "./machine";
import { measurePane } from "./paneBench";
import { formatMarkdown, formatTable, summaryRows, type BenchResults } from "./report";

const DOC = join(__dirname, "../docs/benchmarks.md");
const NOTES = join(__dirname, "optimizations.md");
/** A ward's list as units send them: the repository's sample, so that anyone can check it by hand. */
const WARD_FILE = join(__dirname, "../templates/samples/long-bien-2023-2025/Phuong_Bo_De.xlsx");

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
  const core = measureCoreChecks(template, 100_000, quick ? 3 : 7);
  log(`  ${Math.round(core.rowsPerSecond)} rows/s (compiled)`);
  const coreAllFonts = measureCoreChecks(template, 100_000, quick ? 3 : 5, { fontOnEveryCell: true });
  log(`  ${Math.round(coreAllFonts.rowsPerSecond)} rows/s with a font name on every cell`);

  log("The command: building it, then start-up…");
  const { bare, cleanup } = await prepareCommandBench();
  try {
    const startup = measureStartup(WARD_FILE, quick ? 3 : 11);
    log(`  node -e 0 ${Math.round(startup.node.medianMs)} ms, plans ${Math.round(startup.plans.medianMs)} ms, check ${Math.round(startup.check.medianMs)} ms`);
    const batches = [];
    for (const count of quick ? [100] : [300, 500]) {
      log(`Consolidating ${count} files through the command…`);
      batches.push(measureCommandBatch(bare, dir, count, quick ? 2 : 5, log));
    }
    const stagesFiles = quick ? 100 : 500;
    log(`The pipeline's stages, ${stagesFiles} files…`);
    const stages = measureStages(dir, stagesFiles);

    log(`Consolidating the country (${quick ? 1000 : COUNTRY_UNITS} files, one run)…`);
    const country = measureCommandCountry(dir, quick ? 1000 : COUNTRY_UNITS, log);

    log("Excel adapter sync counts…");
    const syncs = await measureSyncCounts([100, 10_000]);
    const writes = await measureWriteSyncs([10, 10_000]);

    log("Task pane: production build and time to ready, then 300 files in the pane beside the command…");
    const paneFiles = files.slice(0, quick ? 100 : 300);
    const pane = await measurePane(5, { files: paneFiles, runs: quick ? 1 : 3, command: (count) => runOnce("pipeline", dir, count).ms });

    machine.loadEnd = currentLoad();
    const results: BenchResults = { machine, generatedMs, startup, batches, stages, country, core, coreAllFonts, syncs, writes, pane, totalMs: performance.now() - started };
    // Kept for redoing the report without the runs (bench/report.ts on this file).
    writeFileSync(join(tmpdir(), "dienhinh-bench-results.json"), JSON.stringify(results));
    process.stdout.write(`\n${formatTable([["measure", "result", "goal", "verdict"], ...summaryRows(results)])}\n`);
    const notes = existsSync(NOTES) ? `\n${readFileSync(NOTES, "utf8")}` : "";
    if (quick) log("(--quick: docs/benchmarks.md left as it was)");
    else {
      writeFileSync(DOC, formatMarkdown(results) + notes);
      log(`Wrote ${DOC}`);
    }
  } finally {
    cleanup();
  }
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
