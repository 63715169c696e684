import type { Command } from "commander";
import { UNITS_REGISTRY_HEADER } from "../../core/messages/vi";
import type { Consolidation, SkippedInput } from "../../core/consolidate/types";
import { formatUnitNote } from "../../core/messages/vi";
import type { Plan } from "../../core/plan/schema";
import { consolidateSources, consolidationSheets, type ConsolidateOutcome } from "../../workflows/consolidateSources";
import { toConsolidationJson } from "../../workflows/consolidationJson";
import { describeWorkflowError, SKIPPED_NAMED } from "../../workflows/workflowErrors";
import { collectInputFiles } from "../collectInputFiles";
import { fileSource, loadUnitsRegistry } from "../fileSources";
import type { CliIO } from "../io";
import { isSamePath, loadPlanArgument } from "../loadInputs";
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


/** Writes the consolidated workbook to `path` (streamed, whole or not at all). */
export const writeConsolidationWorkbook = async (path: string, c: Consolidation, plan: Plan): Promise<void> => {
  const { streamLayoutsToXlsx } = await import("../../xlsx/streamLayoutWorkbook");
  await writeStreamAtomically(path, (out) => streamLayoutsToXlsx(out, consolidationSheets(c, plan), { creator: WORKBOOK_CREATOR }));
};

/** The consolidated workbook as bytes, written the same way. */
export const renderConsolidationWorkbook = async (c: Consolidation, plan: Plan): Promise<Uint8Array> => {
  const { streamLayoutsToBytes } = await import("../../xlsx/streamLayoutWorkbook");
  return streamLayoutsToBytes(consolidationSheets(c, plan), { creator: WORKBOOK_CREATOR });
};

/**
 * 0 when every file was read, no row has an error and every quota is met; 1 when some file
 * could not be read (the result is written for the others: a script must not take it for every
 * unit's), a row has an error, or a quota is not met. Refusals (nothing read) are 2, as a UserError.
 */
export const toConsolidateExitCode = (outcome: ConsolidateOutcome): ExitCode => {
  const c = outcome.consolidation;
  const attention = outcome.unreadable.length > 0 || c.entries.some((e) => !e.valid) || c.quotas.some((q) => q.met === false);
  return attention ? ExitCode.Findings : ExitCode.Ok;
};

export const runConsolidate = async (paths: readonly string[], options: ConsolidateCommandOptions, io: CliIO): Promise<ExitCode> => {
  const plan = await loadPlanArgument(options.plan);
  const files = await collectInputFiles(paths);
  if (files.some((f) => isSamePath(f, options.out))) throw new UserError(`Tệp kết quả "${options.out}" nằm trong số tệp đầu vào; hãy chọn tên khác để không ghi đè tệp của đơn vị.`);
  if (files.length === 0) throw new UserError(`Không tìm thấy tệp .xlsx nào trong ${paths.map((p) => `"${p}"`).join(", ")}; hãy chọn thư mục chứa danh sách của các đơn vị.`);
  const units = options.units ? await loadUnitsRegistry(options.units, plan) : undefined;
  const year = parseYearOption(options.year, plan);
  // The progress bar's package is loaded only where a bar is drawn: a terminal.
  const progress = io.isTTY && !options.json && options.progress !== false ? await import("cli-progress") : null;
  const bar = progress ? new progress.SingleBar({ format: "Đang đọc {bar} {value}/{total} tệp", hideCursor: true, stream: process.stderr }, progress.Presets.shades_classic) : null;
  bar?.start(files.length, 0);
  const result = await consolidateSources(plan, files.map(fileSource), {
    ...(units ? { units } : {}),
    ...(year ? { year } : {}),
    onProgress: (p) => bar?.update(p.done),
  }).finally(() => bar?.stop());
  if (!result.ok) {
    // The sentence names a few files; when it counts the rest, every one is told above it.
    if (result.error.code === "nothing-read" && result.error.skipped.length > SKIPPED_NAMED) for (const s of result.error.skipped) io.stderr(formatSkippedLine(s));
    throw new UserError(describeWorkflowError(result.error));
  }
  const outcome = result.value;
  await writeConsolidationWorkbook(options.out, outcome.consolidation, plan);
  if (options.json) io.stdout(JSON.stringify(toConsolidationJson(outcome, options.out), null, 2));
  else io.stdout(formatConsolidationText(outcome, options.out, plan));
  return toConsolidateExitCode(outcome);
};

/** "Bỏ qua a.xlsx / Kinh phí: bảng kinh phí, không phải danh sách đề nghị" */
const formatSkippedLine = (s: SkippedInput): string => `Bỏ qua ${s.file}${s.sheet ? ` / ${s.sheet}` : ""}: ${s.reason}`;

export const formatConsolidationText = ({ consolidation: c, read }: ConsolidateOutcome, out: string, plan: Plan): string => {
  // A file is skipped when none of its sheets was read: it is counted apart, never among those consolidated.
  const skippedFiles = new Set(c.skipped.map((s) => s.file).filter((f) => !read.includes(f))).size;
  const lines = [
    `Đã tổng hợp ${read.length} tệp${skippedFiles > 0 ? `, bỏ qua ${skippedFiles} tệp` : ""}; ${c.units.length} đơn vị, ${c.totals.rows} đề nghị, ${c.totals.validRows} hợp lệ.`,
  ];
  for (const u of c.units) lines.push(`  ${u.unit}: ${u.rows} đề nghị, ${u.validRows} hợp lệ. ${formatUnitNote(u, { plan })}`);
  for (const u of c.notSent) lines.push(`  ${u.unit}: chưa gửi danh sách`);
  const unmet = c.quotas.filter((q) => q.met === false);
  lines.push(`Chỉ tiêu chưa đạt: ${unmet.length}/${c.quotas.length}.`);
  if (c.duplicates.length > 0) lines.push(`Trùng lặp: ${c.duplicates.map((d) => d.name).join(", ")}.`);
  for (const s of c.skipped) lines.push(formatSkippedLine(s));
  lines.push(`Đã ghi: ${out}`);
  return lines.join("\n");
};

export const registerConsolidateCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("consolidate")
    .description("Tổng hợp danh sách của nhiều đơn vị (tệp hoặc thư mục) lên cấp trên")
    .argument("<đường-dẫn...>", "tệp .xlsx hoặc thư mục chứa tệp của các đơn vị")
    .requiredOption("--plan <mã|tệp>", "mã kế hoạch, hoặc tệp kế hoạch .json hay sổ kế hoạch .xlsx")
    .requiredOption("--out <tệp>", "tệp .xlsx tổng hợp sẽ ghi")
    .option("--units <tệp>", `tệp .xlsx danh sách đơn vị, dòng tiêu đề "${UNITS_REGISTRY_HEADER}"`)
    .option("--year <năm>", "năm báo cáo")
    .option("--json", "in kết quả dạng JSON")
    .option("--no-progress", "không hiện thanh tiến độ")
    .action(async (paths: string[], options: ConsolidateCommandOptions) => setExit(await runConsolidate(paths, options, io)));
};
