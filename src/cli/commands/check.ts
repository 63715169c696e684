import type { Command } from "commander";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { CheckReport } from "../../core/check/report";
import type { Plan } from "../../core/plan/schema";
import { toCheckJson } from "../../core/check/toCheckJson";
import { annotateWorkbookBytes } from "../../xlsx/annotateWorkbook";
import { buildCheckResultSheet, checkSource } from "../../workflows/checkSources";
import { describeWorkflowError } from "../../workflows/workflowErrors";
import { fileSource, loadUnitsRegistry } from "../fileSources";
import { isSamePath, loadPlanArgument } from "../loadInputs";
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

/** The marked copy of a unit's workbook (`--out`): failing cells filled, notes, the results sheet. */
export const writeCheckCopy = async (file: string, report: CheckReport, plan: Plan, out: string): Promise<void> =>
  writeFileAtomically(out, await annotateWorkbookBytes(await readFile(file), report, buildCheckResultSheet(report, plan)));

export const runCheck = async (file: string, options: CheckCommandOptions, io: CliIO): Promise<ExitCode> => {
  const plan = await loadPlanArgument(options.plan);
  if (options.out && isSamePath(options.out, file)) throw new UserError(`Tệp kết quả "${options.out}" trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè danh sách gốc.`);
  // The annotated copy is the unit's own workbook with marks: a CSV has no cells to mark.
  if (options.out && /\.(csv|txt)$/i.test(file)) throw new UserError(`Không tạo được bản có đánh dấu (--out) cho tệp CSV "${basename(file)}"; hãy bỏ --out, hoặc mở tệp bằng Excel, lưu dạng .xlsx rồi chạy lại.`);
  const units = options.units ? await loadUnitsRegistry(options.units, plan) : undefined;
  const year = parseYearOption(options.year);
  const result = await checkSource(plan, fileSource(file), { ...(options.unit ? { unit: options.unit } : {}), ...(units ? { units } : {}), ...(year ? { year } : {}) });
  if (!result.ok) throw new UserError(describeWorkflowError(result.error));
  const report = result.value;
  if (options.out) await writeCheckCopy(file, report, plan, options.out);
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
