import type { Command } from "commander";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { checkWorkbook } from "../../core/check/checkWorkbook";
import type { CheckReport } from "../../core/check/report";
import { toCheckJson } from "../../core/check/toCheckJson";
import { buildCheckResultLayout } from "../../core/layout/checkResultLayout";
import { annotateWorkbookBytes } from "../../xlsx/annotateWorkbook";
import { isSamePath, loadPlanArgument, loadUnitsFile, loadWorkbookFile } from "../loadInputs";
import { formatCheckReportText } from "../printCheckReport";
import { ExitCode, UserError } from "../userError";
import { writeFileAtomically } from "../writeOutput";
import type { CliIO } from "../io";

export interface CheckCommandOptions {
  plan: string;
  units?: string;
  unit?: string;
  year?: string;
  json?: boolean;
  out?: string;
}

/** 0 when nothing is wrong; 1 with errors or unmet quotas; 2 when no sheet held a list. */
export const toCheckExitCode = (report: CheckReport): ExitCode =>
  report.sheets.length === 0 ? ExitCode.Unusable : report.summary.errors > 0 || report.summary.quotasUnmet > 0 ? ExitCode.Findings : ExitCode.Ok;

export const parseYearOption = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new UserError(`Năm "${value}" không hợp lệ; hãy ghi năm bốn chữ số, ví dụ --year 2024.`);
  return year;
};

export const runCheck = async (file: string, options: CheckCommandOptions, io: CliIO): Promise<ExitCode> => {
  const plan = await loadPlanArgument(options.plan);
  if (options.out && isSamePath(options.out, file)) throw new UserError(`Tệp kết quả "${options.out}" trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè danh sách gốc.`);
  // The annotated copy is the unit's own workbook with marks: a CSV has no cells to mark.
  if (options.out && /\.(csv|txt)$/i.test(file)) throw new UserError(`Không tạo được bản có đánh dấu (--out) cho tệp CSV "${basename(file)}"; hãy bỏ --out, hoặc mở tệp bằng Excel, lưu dạng .xlsx rồi chạy lại.`);
  const units = options.units ? await loadUnitsFile(options.units, plan) : undefined;
  const workbook = await loadWorkbookFile(file);
  const year = parseYearOption(options.year);
  const report = checkWorkbook(workbook, plan, { ...(options.unit ? { unit: options.unit } : {}), ...(units ? { units } : {}), ...(year ? { year } : {}) });
  if (report.sheets.length === 0) {
    const reasons = report.skippedSheets.map((s) => `"${s.sheet}": ${s.reason}`).join("; ");
    throw new UserError(`Tệp "${basename(file)}" không có trang tính nào chứa danh sách đề nghị (${reasons}); hãy kiểm tra dòng tiêu đề có cột "Họ và tên" và "Đối tượng".`);
  }
  if (options.out) {
    const bytes = await annotateWorkbookBytes(await readFile(file), report, buildCheckResultLayout(report, plan.title));
    await writeFileAtomically(options.out, bytes);
  }
  if (options.json) io.stdout(JSON.stringify({ ...toCheckJson(report), ...(options.out ? { output: options.out } : {}) }, null, 2));
  else {
    io.stdout(formatCheckReportText(report));
    if (options.out) io.stdout(`\nĐã ghi bản có đánh dấu: ${options.out}`);
  }
  return toCheckExitCode(report);
};

export const registerCheckCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("check")
    .description("Kiểm tra một tệp danh sách đề nghị theo kế hoạch")
    .argument("<file>", "tệp .xlsx của đơn vị")
    .requiredOption("--plan <id|path>", "mã kế hoạch có sẵn, hoặc đường dẫn tệp kế hoạch .json hay sổ kế hoạch .xlsx")
    .option("--units <file>", "tệp .xlsx danh sách đơn vị (tên, loại, số CBCCVC)")
    .option("--unit <name>", "tên đơn vị của danh sách")
    .option("--year <yyyy>", "năm báo cáo (mặc định: năm ghi trong tiêu đề)")
    .option("--json", "in kết quả dạng JSON")
    .option("--out <file>", "ghi bản sao có đánh dấu ô lỗi và trang \"Kết quả kiểm tra\"")
    .action(async (file: string, options: CheckCommandOptions) => setExit(await runCheck(file, options, io)));
};
