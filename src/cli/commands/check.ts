import type { Command } from "commander";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { CheckReport, UnitInfo } from "../../core/check/report";
import type { Plan } from "../../core/plan/schema";
import { toCheckJson } from "../../core/check/toCheckJson";
import { matchKnownUnitName } from "../../core/units/findUnitName";
import { suggestName } from "../suggestName";
import { buildCheckResultSheet, checkSource } from "../../workflows/checkSources";
import { describeWorkflowError } from "../../workflows/workflowErrors";
import { fileSource, loadUnitsRegistry } from "../fileSources";
import { isSamePath, loadPlanArgument } from "../loadInputs";
import { UNITS_REGISTRY_HEADER } from "../../core/messages/vi";
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

/** The plan's first and last year, from its period ("01/01/2021" – "31/12/2025"). */
const planYears = (plan: Plan): { from: number; to: number } => ({ from: Number(plan.period.from.slice(-4)), to: Number(plan.period.to.slice(-4)) });

/** `--year`: four digits, inside the plan's period. */
export const parseYearOption = (value: string | undefined, plan: Plan): number | undefined => {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(year)) throw new UserError(`Năm "${value}" không hợp lệ; hãy ghi năm bốn chữ số, ví dụ --year 2024.`);
  const { from, to } = planYears(plan);
  if (year < from || year > to) throw new UserError(`Năm ${year} nằm ngoài thời gian ${from}–${to} của kế hoạch "${plan.id}"; hãy ghi --year từ ${from} đến ${to}, hoặc chọn kế hoạch của năm đó.`);
  return year;
};

/**
 * `--unit` with a registry (`--units`): the unit must be one the registry lists, spelled as it may
 * be written in a title; otherwise the quotas would be counted for a unit nobody knows.
 */
export const checkUnitOption = (unit: string | undefined, units: readonly UnitInfo[] | undefined, registry: string | undefined): void => {
  if (unit === undefined || units === undefined || units.length === 0) return;
  const names = units.map((u) => u.name);
  if (matchKnownUnitName(unit, names)) return;
  const near = suggestName(unit, names);
  throw new UserError(`Đơn vị "${unit}" không có trong danh sách đơn vị "${basename(registry ?? "")}"; ${near ? `có lẽ bạn muốn ghi --unit "${near}"` : "hãy ghi đúng tên như trong danh sách đơn vị, hoặc thêm đơn vị này vào đó"}.`);
};

/** The marked copy of a unit's workbook (`--out`): failing cells filled, notes, the results sheet. */
export const writeCheckCopy = async (file: string, report: CheckReport, plan: Plan, out: string): Promise<void> => {
  const { annotateWorkbookBytes } = await import("../../xlsx/annotateWorkbook");
  await writeFileAtomically(out, await annotateWorkbookBytes(await readFile(file), report, buildCheckResultSheet(report, plan)));
};

export const runCheck = async (file: string, options: CheckCommandOptions, io: CliIO): Promise<ExitCode> => {
  const plan = await loadPlanArgument(options.plan);
  if (options.out && isSamePath(options.out, file)) throw new UserError(`Tệp kết quả "${options.out}" trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè danh sách gốc.`);
  // The annotated copy is the unit's own workbook with marks: a CSV has no cells to mark.
  if (options.out && /\.(csv|txt)$/i.test(file)) throw new UserError(`Không tạo được bản có đánh dấu (--out) cho tệp CSV "${basename(file)}"; hãy bỏ --out, hoặc mở tệp bằng Excel, lưu dạng .xlsx rồi chạy lại.`);
  const units = options.units ? await loadUnitsRegistry(options.units, plan) : undefined;
  const year = parseYearOption(options.year, plan);
  checkUnitOption(options.unit, units, options.units);
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
    .argument("<tệp>", "tệp .xlsx của đơn vị")
    .requiredOption("--plan <mã|tệp>", "mã kế hoạch có sẵn, hoặc đường dẫn tệp kế hoạch .json hay sổ kế hoạch .xlsx")
    .option("--units <tệp>", `tệp .xlsx danh sách đơn vị, dòng tiêu đề "${UNITS_REGISTRY_HEADER}"`)
    .option("--unit <tên>", "tên đơn vị của danh sách")
    .option("--year <năm>", "năm báo cáo (mặc định: năm ghi trong tiêu đề)")
    .option("--json", "in kết quả dạng JSON")
    .option("--out <tệp>", "ghi bản sao có đánh dấu ô lỗi và trang \"Kết quả kiểm tra\"")
    .action(async (file: string, options: CheckCommandOptions) => setExit(await runCheck(file, options, io)));
};
