import type { Command } from "commander";
import { formatCitationStatus, formatPlanPeriod } from "../../core/messages/planMessages";
import { describePlanDocument, formatDocumentDate } from "../../core/plan/describePlanDocument";
import { describeCitationStatus, describePlanPeriod } from "../../core/plan/planStatus";
import type { Plan } from "../../core/plan/schema";
import { buildNewPlan, NEW_PLAN_LEVELS, type NewPlanLevel } from "../../plans/newPlan";
import { writePlanWorkbook } from "../../xlsx/writePlanWorkbook";
import type { CliIO } from "../io";
import { loadPlanArgument } from "../loadInputs";
import { ExitCode, UserError } from "../userError";
import { WORKBOOK_CREATOR, writeFileAtomically } from "../writeOutput";

/** Today's date as the core takes it: a Date whose UTC day is the local day. */
export const todayAsUtcDay = (now: Date = new Date()): Date => new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));

const requireXlsxOut = (out: string): void => {
  if (!/\.xlsx$/i.test(out)) throw new UserError(`Tệp kết quả "${out}" phải có đuôi .xlsx; hãy đặt tên dạng ke-hoach.xlsx.`);
};

/** `plan export`: a plan (built-in or a file) as a workbook the officer edits in Excel. */
export const runPlanExport = async (options: { plan: string; out: string }, io: CliIO, today: Date): Promise<ExitCode> => {
  requireXlsxOut(options.out);
  const plan = await loadPlanArgument(options.plan);
  await writeFileAtomically(options.out, await writePlanWorkbook(plan, today, WORKBOOK_CREATOR));
  io.stdout(`Đã ghi sổ kế hoạch "${plan.id}": ${options.out}`);
  return ExitCode.Ok;
};

/** `plan new`: a 2026–2030 plan at commune or province level, to fill in. */
export const runPlanNew = async (options: { level: string; out: string }, io: CliIO, today: Date): Promise<ExitCode> => {
  const level = NEW_PLAN_LEVELS.find((l) => l === options.level);
  if (level === undefined) throw new UserError(`Cấp "${options.level}" không có; hãy chọn --level xa (xã, phường, đặc khu) hoặc --level tinh (tỉnh, thành phố).`);
  requireXlsxOut(options.out);
  const plan = buildNewPlan(level as NewPlanLevel);
  await writeFileAtomically(options.out, await writePlanWorkbook(plan, today, WORKBOOK_CREATOR));
  io.stdout(`Đã ghi kế hoạch mới cấp ${level === "xa" ? "xã" : "tỉnh"} giai đoạn 2026 - 2030: ${options.out}`);
  io.stdout("Hãy mở tệp bằng Excel, ghi những ô còn để trống hoặc ghi “…” (xem trang Ghi chú), rồi dùng tệp này ở --plan.");
  return ExitCode.Ok;
};

/** The facts and the legal basis of a plan, each cited text with where it stands on `today`. */
export const formatPlanShow = (plan: Plan, today: Date): string => {
  const level = plan.levels.find((l) => l.id === plan.level)?.name ?? plan.level;
  const lines = [
    `${describePlanDocument(plan)}${plan.dateNote ? ` (${plan.dateNote})` : ""}`,
    `Mã: ${plan.id}`,
    `Trích yếu: ${plan.title}`,
    `Cấp ban hành: ${level}`,
    `Thời gian: ${formatPlanPeriod(describePlanPeriod(plan, today))}`,
    `Tiêu chí: ${plan.criteria.length}; chỉ tiêu: ${plan.quotas.length}; thời hạn: ${plan.deadlines.length}${plan.appendix ? `; bảng phụ lục: ${plan.appendix.rows.length} dòng` : ""}`,
    "",
    plan.legalBasis.length > 0 ? "Căn cứ:" : "Căn cứ: kế hoạch không ghi văn bản căn cứ.",
    ...plan.legalBasis.map((c) => `  - ${c.ref}${c.issued ? ` ngày ${formatDocumentDate(c.issued)}` : ""}: ${formatCitationStatus(describeCitationStatus(c, today))}.`),
  ];
  if (plan.notes.length > 0) lines.push("", "Ghi chú:", ...plan.notes.map((n) => `  - ${n}`));
  return lines.join("\n");
};

/** `plan show`: what `formatPlanShow` says, or the same as JSON. */
export const runPlanShow = async (arg: string, options: { json?: boolean }, io: CliIO, today: Date): Promise<ExitCode> => {
  const plan = await loadPlanArgument(arg);
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          ...plan,
          status: describePlanPeriod(plan, today).state,
          legalBasis: plan.legalBasis.map((c) => ({ ...c, status: describeCitationStatus(c, today) })),
        },
        null,
        2,
      ),
    );
  } else io.stdout(formatPlanShow(plan, today));
  return ExitCode.Ok;
};

export const registerPlanCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  const plan = program.command("plan").description("Kế hoạch dạng sổ Excel: xuất, tạo mới, xem");
  plan
    .command("export")
    .description("Ghi một kế hoạch ra sổ Excel để xem và sửa")
    .requiredOption("--plan <id|path>", "mã kế hoạch có sẵn, hoặc tệp kế hoạch .json hay .xlsx")
    .requiredOption("--out <file>", "tệp .xlsx sẽ ghi")
    .action(async (options: { plan: string; out: string }) => setExit(await runPlanExport(options, io, todayAsUtcDay())));
  plan
    .command("new")
    .description("Tạo sổ kế hoạch mới giai đoạn 2026 - 2030 cấp xã hoặc cấp tỉnh, dẫn các văn bản đang có hiệu lực")
    .requiredOption("--level <xa|tinh>", "cấp ban hành: xa hoặc tinh")
    .requiredOption("--out <file>", "tệp .xlsx sẽ ghi")
    .action(async (options: { level: string; out: string }) => setExit(await runPlanNew(options, io, todayAsUtcDay())));
  plan
    .command("show")
    .description("In thông tin, thời gian và văn bản căn cứ (kèm tình trạng hiệu lực) của một kế hoạch")
    .argument("<plan>", "mã kế hoạch có sẵn, hoặc tệp kế hoạch .json hay .xlsx")
    .option("--json", "in dạng JSON")
    .action(async (arg: string, options: { json?: boolean }) => setExit(await runPlanShow(arg, options, io, todayAsUtcDay())));
};
