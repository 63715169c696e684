import type { Command } from "commander";
import ExcelJS from "exceljs";
import { buildNominationTemplate } from "../../core/layout/nominationTemplate";
import { renderLayoutToWorksheet } from "../../xlsx/renderLayout";
import type { CliIO } from "../io";
import { loadPlanArgument } from "../loadInputs";
import { ExitCode } from "../userError";
import { writeFileAtomically } from "../writeOutput";
import { parseYearOption } from "./check";

/** `dienhinh template`: a blank nomination sheet for a plan. */
export const registerTemplateCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("template")
    .description("Tạo mẫu danh sách đề nghị trống theo kế hoạch")
    .requiredOption("--plan <id|path>", "mã kế hoạch hoặc tệp kế hoạch .json")
    .requiredOption("--out <file>", "tệp .xlsx sẽ ghi")
    .option("--year <yyyy>", "năm của danh sách")
    .action(async (options: { plan: string; out: string; year?: string }) => {
      const plan = await loadPlanArgument(options.plan);
      const year = parseYearOption(options.year) ?? Number(plan.period.to.slice(-4));
      const wb = new ExcelJS.Workbook();
      renderLayoutToWorksheet(wb, buildNominationTemplate(plan, year));
      await writeFileAtomically(options.out, new Uint8Array(await wb.xlsx.writeBuffer()));
      io.stdout(`Đã ghi mẫu danh sách: ${options.out}`);
      setExit(ExitCode.Ok);
    });
};
