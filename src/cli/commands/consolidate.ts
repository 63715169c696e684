import type { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { basename } from "node:path";
import { checkWorkbook } from "../../core/check/checkWorkbook";
import { ownReportTexts } from "../../core/check/ownReportTexts";
import type { CheckOptions, CheckReport } from "../../core/check/report";
import { consolidateReports } from "../../core/consolidate/consolidate";
import { formatUnitNote } from "../../core/messages/vi";
import { buildDuplicatesLayout, buildEntriesLayout, buildQuotaLayout, buildSkippedLayout, buildSummaryLayout } from "../../core/consolidate/consolidationLayouts";
import type { Consolidation, SkippedInput } from "../../core/consolidate/types";
import type { Layout } from "../../core/layout/types";
import type { Plan } from "../../core/plan/schema";
import { streamLayoutsToBytes, streamLayoutsToXlsx } from "../../xlsx/streamLayoutWorkbook";
import { collectInputFiles } from "../collectInputFiles";
import type { CliIO } from "../io";
import { describeFileProblem } from "../../xlsx/fileProblems";
import { isSamePath, loadPlanArgument, loadUnitsFile, loadWorkbookFile, UnusableFileError } from "../loadInputs";
import { ExitCode, UserError } from "../userError";
import { WORKBOOK_CREATOR, writeStreamAtomically } from "../writeOutput";
import { parseYearOption } from "./check";

export interface ConsolidateCommandOptions {
  plan: string;
  units?: string;
  year?: string;
  out: string;
  json?: boolean;
  progress?: boolean;
}

/** The consolidation as `consolidate --json` prints it. */
export const toConsolidationJson = (c: Consolidation, output: string) => ({
  plan: c.plan,
  scope: c.scope,
  year: c.year,
  units: c.units,
  totals: c.totals,
  quotas: c.quotas,
  duplicates: c.duplicates,
  skipped: c.skipped,
  output,
});

/**
 * The consolidated workbook's sheets (Tổng hợp, Danh sách, Chỉ tiêu, Trùng lặp, Tệp bỏ qua), each
 * made only when the writer comes to it, so that one layout at a time is held: the list of the
 * whole country is 3 million cells. The same sheets as `buildConsolidationLayouts` (a test checks).
 */
export const consolidationSheets = (c: Consolidation, plan: Plan): (() => Layout)[] => [
  () => buildSummaryLayout(c, plan),
  () => buildEntriesLayout(c, plan),
  () => buildQuotaLayout(c, plan),
  () => buildDuplicatesLayout(c, plan),
  () => buildSkippedLayout(c, plan),
];

/** Writes the consolidated workbook to `path` (streamed, whole or not at all). */
export const writeConsolidationWorkbook = (path: string, c: Consolidation, plan: Plan): Promise<void> =>
  writeStreamAtomically(path, (out) => streamLayoutsToXlsx(out, consolidationSheets(c, plan), { creator: WORKBOOK_CREATOR }));

/** The consolidated workbook as bytes, written the same way. */
export const renderConsolidationWorkbook = (c: Consolidation, plan: Plan): Promise<Uint8Array> =>
  streamLayoutsToBytes(consolidationSheets(c, plan), { creator: WORKBOOK_CREATOR });

/** Reads and checks every input; files that cannot be read are skipped with their reason. */
export const checkInputFiles = async (
  files: readonly string[],
  plan: Plan,
  options: CheckOptions,
  onFile: (done: number) => void,
): Promise<{ reports: CheckReport[]; unreadable: SkippedInput[] }> => {
  const reports: CheckReport[] = [];
  const unreadable: SkippedInput[] = [];
  let done = 0;
  for (const file of files) {
    try {
      const workbook = await loadWorkbookFile(file);
      // Held until every file is read: its texts must not keep the file's whole XML alive.
      const report = ownReportTexts(checkWorkbook(workbook, plan, options));
      reports.push(report);
      if (report.sheets.length === 0 && report.skippedSheets.length === 0) unreadable.push({ file: basename(file), sheet: null, reason: "tệp không có trang tính nào" });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // The skipped list names the file beside the reason: the reason says only what and what to do.
      unreadable.push({ file: basename(file), sheet: null, reason: e instanceof UnusableFileError ? describeFileProblem(e.problem) : e.message });
    }
    onFile(++done);
  }
  return { reports, unreadable };
};

/**
 * Reads, checks and consolidates `files`; refuses when not one list could be read. Only the
 * consolidation leaves this function: the reports (every finding and row of every file) can be
 * collected before the workbook is written.
 */
export const readAndConsolidate = async (files: readonly string[], plan: Plan, options: CheckOptions, onFile: (done: number) => void): Promise<Consolidation> => {
  const { reports, unreadable } = await checkInputFiles(files, plan, options, onFile);
  const consolidation = consolidateReports(plan, reports, unreadable, options);
  if (consolidation.entries.length === 0 && reports.every((r) => r.sheets.length === 0)) {
    const reasons = consolidation.skipped.map((s) => `${s.file}${s.sheet ? ` / ${s.sheet}` : ""}: ${s.reason}`).join("; ");
    throw new UserError(`Không đọc được danh sách nào từ ${files.length} tệp (${reasons}); hãy kiểm tra các tệp của đơn vị.`);
  }
  return consolidation;
};

export const runConsolidate = async (paths: readonly string[], options: ConsolidateCommandOptions, io: CliIO): Promise<ExitCode> => {
  const plan = await loadPlanArgument(options.plan);
  const files = await collectInputFiles(paths);
  if (files.some((f) => isSamePath(f, options.out))) throw new UserError(`Tệp kết quả "${options.out}" nằm trong số tệp đầu vào; hãy chọn tên khác để không ghi đè tệp của đơn vị.`);
  if (files.length === 0) throw new UserError(`Không tìm thấy tệp .xlsx nào trong ${paths.map((p) => `"${p}"`).join(", ")}; hãy chọn thư mục chứa danh sách của các đơn vị.`);
  const units = options.units ? await loadUnitsFile(options.units, plan) : undefined;
  const year = parseYearOption(options.year);
  const bar = io.isTTY && !options.json && options.progress !== false ? new SingleBar({ format: "Đang đọc {bar} {value}/{total} tệp", hideCursor: true, stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(files.length, 0);
  const consolidation = await readAndConsolidate(files, plan, { ...(units ? { units } : {}), ...(year ? { year } : {}) }, (done) => bar?.update(done)).finally(() => bar?.stop());
  await writeConsolidationWorkbook(options.out, consolidation, plan);
  if (options.json) io.stdout(JSON.stringify(toConsolidationJson(consolidation, options.out), null, 2));
  else io.stdout(formatConsolidationText(consolidation, files.length, options.out, plan));
  const errors = consolidation.entries.some((e) => !e.valid);
  return errors || consolidation.quotas.some((q) => q.met === false) ? ExitCode.Findings : ExitCode.Ok;
};

const formatConsolidationText = (c: Consolidation, fileCount: number, out: string, plan: Plan): string => {
  const lines = [`Đã tổng hợp ${fileCount} tệp, ${c.units.length} đơn vị: ${c.totals.rows} đề nghị, ${c.totals.validRows} hợp lệ.`];
  for (const u of c.units) lines.push(`  ${u.unit}: ${u.rows} đề nghị, ${u.validRows} hợp lệ. ${formatUnitNote(u, { plan })}`);
  const unmet = c.quotas.filter((q) => q.met === false);
  lines.push(`Chỉ tiêu chưa đạt: ${unmet.length}/${c.quotas.length}.`);
  if (c.duplicates.length > 0) lines.push(`Trùng lặp giữa các đơn vị: ${c.duplicates.map((d) => d.name).join(", ")}.`);
  for (const s of c.skipped) lines.push(`Bỏ qua ${s.file}${s.sheet ? ` / ${s.sheet}` : ""}: ${s.reason}`);
  lines.push(`Đã ghi: ${out}`);
  return lines.join("\n");
};

export const registerConsolidateCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("consolidate")
    .description("Tổng hợp danh sách của nhiều đơn vị (tệp hoặc thư mục) lên cấp trên")
    .argument("<paths...>", "tệp .xlsx hoặc thư mục chứa tệp của các đơn vị")
    .requiredOption("--plan <id|path>", "mã kế hoạch hoặc tệp kế hoạch .json")
    .requiredOption("--out <file>", "tệp .xlsx tổng hợp sẽ ghi")
    .option("--units <file>", "tệp .xlsx danh sách đơn vị (tên, loại, số CBCCVC)")
    .option("--year <yyyy>", "năm báo cáo")
    .option("--json", "in kết quả dạng JSON")
    .option("--no-progress", "không hiện thanh tiến độ")
    .action(async (paths: string[], options: ConsolidateCommandOptions) => setExit(await runConsolidate(paths, options, io)));
};
