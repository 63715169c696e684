import type { Command } from "commander";
import { buildTemplate } from "../../workflows/template";
import { streamLayoutsToXlsx } from "../../xlsx/streamLayoutWorkbook";
import type { CliIO } from "../io";
import { loadPlanArgument } from "../loadInputs";
import { ExitCode } from "../userError";
import { WORKBOOK_CREATOR, writeStreamAtomically } from "../writeOutput";
import { parseYearOption } from "./check";

/** `dienhinh template`: a blank nomination sheet for a plan. */
export const registerTemplateCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("template")
    .description("Tạo mẫu danh sách đề nghị trống theo kế hoạch")
    .requiredOption("--plan <id|path>", "mã kế hoạch, hoặc tệp kế hoạch .json hay sổ kế hoạch .xlsx")
    .requiredOption("--out <file>", "tệp .xlsx sẽ ghi")
    .option("--year <yyyy>", "năm của danh sách")
    .action(async (options: { plan: string; out: string; year?: string }) => {
      const plan = await loadPlanArgument(options.plan);
      const year = parseYearOption(options.year);
      const layout = year === undefined ? buildTemplate(plan) : buildTemplate(plan, year);
      await writeStreamAtomically(options.out, (out) => streamLayoutsToXlsx(out, [layout], { creator: WORKBOOK_CREATOR }));
      io.stdout(`Đã ghi mẫu danh sách: ${options.out}`);
      setExit(ExitCode.Ok);
    });
};
