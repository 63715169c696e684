import type { Command } from "commander";
import { appendixFromSources } from "../../workflows/appendix";
import { describeWorkflowError } from "../../workflows/workflowErrors";
import { streamLayoutsToXlsx } from "../../xlsx/streamLayoutWorkbook";
import { collectInputFiles } from "../collectInputFiles";
import { fileSource, loadUnitsRegistry } from "../fileSources";
import type { CliIO } from "../io";
import { isSamePath, loadPlanArgument } from "../loadInputs";
import { ExitCode, UserError } from "../userError";
import { WORKBOOK_CREATOR, writeStreamAtomically } from "../writeOutput";
import { parseYearOption } from "./check";

export interface AppendixCommandOptions {
  plan: string;
  from?: string;
  layout?: string;
  group?: string;
  units?: string;
  year?: string;
  out: string;
}

/**
 * `dienhinh appendix`: the plan's PHỤ LỤC table, or the list of nominees grouped by unit or
 * field. Given data (a consolidated workbook with --from, or units' files), the plan appendix
 * shows required and actual numbers; the list appendix needs data.
 */
export const runAppendix = async (paths: readonly string[], options: AppendixCommandOptions, io: CliIO): Promise<ExitCode> => {
  const plan = await loadPlanArgument(options.plan);
  const kind = options.layout ?? "plan";
  if (kind !== "plan" && kind !== "list") throw new UserError(`Kiểu phụ lục "${kind}" không có; hãy chọn --layout plan hoặc --layout list.`);
  const group = options.group ?? "unit";
  if (group !== "unit" && group !== "field") throw new UserError(`Cách nhóm "${group}" không có; hãy chọn --group unit hoặc --group field.`);
  const inputs = [...(options.from ? [options.from] : []), ...paths];
  const files = inputs.length > 0 ? await collectInputFiles(inputs) : [];
  if (files.some((f) => isSamePath(f, options.out))) throw new UserError(`Tệp kết quả "${options.out}" trùng với tệp đầu vào; hãy chọn tên khác.`);
  if (kind === "list" && files.length === 0) throw new UserError("Phụ lục danh sách cần dữ liệu; hãy chỉ tệp tổng hợp bằng --from hoặc các tệp của đơn vị.");
  const units = options.units ? await loadUnitsRegistry(options.units, plan) : undefined;
  const year = parseYearOption(options.year);
  const result = await appendixFromSources(plan, { kind, groupBy: group }, files.map(fileSource), { ...(units ? { units } : {}), ...(year ? { year } : {}) });
  if (!result.ok) throw new UserError(describeWorkflowError(result.error));
  await writeStreamAtomically(options.out, (out) => streamLayoutsToXlsx(out, [result.value.layout], { creator: WORKBOOK_CREATOR }));
  io.stdout(`Đã ghi phụ lục ${kind === "plan" ? "kế hoạch" : "danh sách"}: ${options.out}`);
  return ExitCode.Ok;
};

export const registerAppendixCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("appendix")
    .description("In phụ lục: bảng phụ lục của kế hoạch, hoặc danh sách điển hình đã tổng hợp")
    .argument("[paths...]", "tệp .xlsx hoặc thư mục của các đơn vị (không bắt buộc)")
    .requiredOption("--plan <id|path>", "mã kế hoạch, hoặc tệp kế hoạch .json hay sổ kế hoạch .xlsx")
    .requiredOption("--out <file>", "tệp .xlsx sẽ ghi")
    .option("--from <file>", "tệp tổng hợp (kết quả của lệnh consolidate)")
    .option("--layout <plan|list>", "plan: bảng phụ lục kế hoạch; list: danh sách điển hình", "plan")
    .option("--group <unit|field>", "nhóm danh sách theo đơn vị hoặc lĩnh vực", "unit")
    .option("--units <file>", "tệp .xlsx danh sách đơn vị")
    .option("--year <yyyy>", "năm báo cáo")
    .action(async (paths: string[], options: AppendixCommandOptions) => setExit(await runAppendix(paths, options, io)));
};
