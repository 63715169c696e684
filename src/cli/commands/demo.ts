import type { Command } from "commander";
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Plan } from "../../core/plan/schema";
import { findBuiltinPlan } from "../../plans/builtinPlans";
import { buildAppendix, type AppendixRequest } from "../../workflows/appendix";
import { checkSource } from "../../workflows/checkSources";
import { consolidateSources } from "../../workflows/consolidateSources";
import { describeWorkflowError } from "../../workflows/workflowErrors";
import { streamLayoutsToXlsx } from "../../xlsx/streamLayoutWorkbook";
import { fileSource, loadUnitsRegistry } from "../fileSources";
import type { CliIO } from "../io";
import { ExitCode } from "../userError";
import { WORKBOOK_CREATOR, writeStreamAtomically } from "../writeOutput";
import { writeCheckCopy } from "./check";
import { formatConsolidationText, writeConsolidationWorkbook } from "./consolidate";

/** Where the bundled samples live: one folder per plan id, with an optional units registry "Don_vi.xlsx". */
export const SAMPLES_DIR = resolve(__dirname, "../../../templates/samples");
const UNITS_FILE = "Don_vi.xlsx";

const indent = (text: string): string => text.split("\n").map((l) => `  ${l}`).join("\n");

/** One plan's samples: each checked with its marked copy, then consolidated, then the appendices. */
const runPlanSamples = async (plan: Plan, dir: string, outDir: string, io: CliIO): Promise<number> => {
  const names = await readdir(dir);
  const files = names.filter((f) => f.endsWith(".xlsx") && f !== UNITS_FILE).sort();
  const units = names.includes(UNITS_FILE) ? await loadUnitsRegistry(join(dir, UNITS_FILE), plan) : undefined;
  const options = units ? { units } : {};
  io.stdout(`\n== Kế hoạch ${plan.id}: ${files.length} tệp ==`);
  let unusable = 0;
  for (const file of files) {
    const checked = await checkSource(plan, fileSource(join(dir, file)), options);
    if (!checked.ok) {
      io.stderr(`  ${file}: ${describeWorkflowError(checked.error)}`);
      unusable++;
      continue;
    }
    const report = checked.value;
    const out = join(outDir, "kiem-tra", plan.id, file.replace(/\.xlsx$/, " - kiem tra.xlsx"));
    await writeCheckCopy(join(dir, file), report, plan, out);
    const lists = report.sheets.map((s) => `${s.unit} (${s.validRows}/${s.rows} hợp lệ)`).join(", ");
    io.stdout(`  ${file}: ${lists} — ${report.summary.errors} lỗi, ${report.summary.warnings} cảnh báo, ${report.summary.quotasUnmet} chỉ tiêu chưa đạt → ${out}`);
  }
  const consolidated = await consolidateSources(plan, files.map((f) => fileSource(join(dir, f))), options);
  if (!consolidated.ok) {
    io.stderr(`  ${describeWorkflowError(consolidated.error)}`);
    return unusable + 1;
  }
  const summaryOut = join(outDir, "tong-hop", `${plan.id}.xlsx`);
  await writeConsolidationWorkbook(summaryOut, consolidated.value.consolidation, plan);
  io.stdout(indent(formatConsolidationText(consolidated.value, summaryOut, plan)));
  const appendices: [AppendixRequest, string][] = [
    ...(plan.appendix ? [[{ kind: "plan" }, "phu luc ke hoach"] as [AppendixRequest, string]] : []),
    [{ kind: "list", groupBy: "unit" }, "danh sach"],
  ];
  for (const [request, suffix] of appendices) {
    const layout = buildAppendix(plan, request, consolidated.value.consolidation);
    if (!layout.ok) {
      io.stderr(`  ${describeWorkflowError(layout.error)}`);
      continue;
    }
    const out = join(outDir, "phu-luc", `${plan.id} - ${suffix}.xlsx`);
    await writeStreamAtomically(out, (stream) => streamLayoutsToXlsx(stream, [layout.value], { creator: WORKBOOK_CREATOR }));
    io.stdout(`  Đã ghi phụ lục ${request.kind === "plan" ? "kế hoạch" : "danh sách"}: ${out}`);
  }
  return unusable;
};

/**
 * `dienhinh demo`: checks every bundled sample unit sheet against its plan and writes the
 * annotated copies under out/, consolidates each plan's samples and prints its appendices. Findings
 * in the samples are intended (they show what the checks catch), so the demo succeeds when every
 * file was read.
 */
export const runDemo = async (io: CliIO, outDir: string): Promise<ExitCode> => {
  const planDirs = (await readdir(SAMPLES_DIR, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  let unusable = 0;
  for (const planId of planDirs) {
    const plan = findBuiltinPlan(planId);
    if (!plan) {
      io.stderr(`  ${planId}: không có kế hoạch có sẵn mang mã này.`);
      unusable++;
      continue;
    }
    unusable += await runPlanSamples(plan, join(SAMPLES_DIR, planId), outDir, io);
  }
  return unusable > 0 ? ExitCode.Unusable : ExitCode.Ok;
};

export const registerDemoCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("demo")
    .description("Chạy thử trên các danh sách mẫu kèm theo, ghi kết quả vào thư mục out/")
    .option("--out <dir>", "thư mục ghi kết quả", "out")
    .action(async (options: { out: string }) => setExit(await runDemo(io, options.out)));
};
