import { readFileSync, realpathSync, statSync, type BigIntStats, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { basename, dirname, join, resolve } from "node:path";
import { parsePlanText } from "../core/plan/parsePlan";
import { readPlanWorkbook } from "../core/plan/workbook/readPlanWorkbook";
import type { Plan } from "../core/plan/schema";
import type { WorkbookValues } from "../core/model";
import { findBuiltinPlan, listBuiltinPlans } from "../plans/builtinPlans";
import { describeFileProblem, FileProblemError, formatFileProblem, type FileProblem } from "../core/files/fileProblems";
import { MAX_FILE_BYTES } from "../xlsx/inspectFileBytes";
import { readSpreadsheetBytes } from "../xlsx/readWorkbook";
import { refusalOfCollectedPath } from "./collectInputFiles";
import { UserError } from "./userError";

/** A plan is a few kilobytes of JSON: anything over this is not one. */
const MAX_PLAN_BYTES = 1024 * 1024;

const MAX_PLAN_PROBLEMS_SHOWN = 50;

/** A key or id quoted from a plan file, shown safely: control characters (terminal escapes, line breaks) as \\uXXXX. */
// eslint-disable-next-line no-control-regex -- the control characters are what is being escaped
const toPrintable = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The problems of a plan file as one message: the first ones listed, the count of the rest. */
const describePlanProblems = (file: string, problems: readonly string[]): string => {
  const shown = problems.slice(0, MAX_PLAN_PROBLEMS_SHOWN).map((p) => `  - ${toPrintable(p)}`);
  if (problems.length > MAX_PLAN_PROBLEMS_SHOWN) shown.push(`  … và ${problems.length - MAX_PLAN_PROBLEMS_SHOWN} lỗi khác.`);
  return `Tệp kế hoạch "${basename(file)}" có ${problems.length} lỗi, hãy sửa rồi chạy lại:\n${shown.join("\n")}`;
};

/** A plan workbook (`plan export`, `plan new`, edited in Excel); every problem names its sheet and cell. */
const loadPlanWorkbookFile = async (path: string): Promise<Plan> => {
  let workbook: WorkbookValues;
  try {
    workbook = await loadWorkbookFile(path);
  } catch (e) {
    // Said as a plan the user named, with the path as given: a pipe, a folder, a broken file.
    if (e instanceof UnusableFileError) throw new UserError(`Không đọc được tệp kế hoạch "${path}": ${describeFileProblem(e.problem)}`);
    throw e;
  }
  const result = readPlanWorkbook(workbook);
  if (!result.ok) throw new UserError(describePlanProblems(path, result.problems.map((p) => p.message)));
  return result.plan;
};

/** A plan by built-in id, or a plan file path (.json, or a plan workbook .xlsx); a bad file is refused with every problem listed. */
export const loadPlanArgument = async (arg: string): Promise<Plan> => {
  const builtin = findBuiltinPlan(arg);
  if (builtin) return builtin;
  if (/\.xlsx$/i.test(arg)) return loadPlanWorkbookFile(arg);
  if (!/[\\/]|\.json$/i.test(arg)) {
    const ids = listBuiltinPlans().map((p) => p.id).join(", ");
    throw new UserError(`Không có kế hoạch "${arg}"; hãy chọn một trong: ${ids}, hoặc đường dẫn tới tệp kế hoạch .json hay sổ kế hoạch .xlsx.`);
  }
  let text: string;
  try {
    // A pipe or device given as the plan would be waited on forever, and a huge file is no plan.
    const info = await stat(arg);
    if (!info.isFile() || info.size > MAX_PLAN_BYTES) throw new Error("not a plan file");
    text = await readFile(arg, "utf8");
  } catch {
    throw new UserError(`Không đọc được tệp kế hoạch "${arg}" (không có, không phải tệp thông thường hoặc lớn hơn 1 MB); hãy kiểm tra đường dẫn.`);
  }
  const result = parsePlanText(text);
  if (!result.ok) throw new UserError(describePlanProblems(arg, result.problems.map((p) => `${p.path}: ${p.message}`)));
  return result.plan;
};

/** A file that cannot be read, told in one sentence; `problem` says why as data (for skip lists). */
export class UnusableFileError extends UserError {
  constructor(readonly problem: FileProblem) {
    super(formatFileProblem(problem));
  }
}

const errnoOf = (e: unknown): string => (e && typeof e === "object" && "code" in e && typeof e.code === "string" ? e.code : "");

/**
 * Reads a spreadsheet the user named (.xlsx, or CSV in Unicode). Missing, locked, unreadable,
 * special (a pipe, a device), oversized, disguised or broken files become a FileProblem. The file
 * is only ever read, never opened for writing.
 */
const inflateWithZlib = (data: Uint8Array, size: number): Uint8Array => inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });

export const loadWorkbookFile = async (path: string): Promise<WorkbookValues> => {
  const name = basename(path);
  const refused = refusalOfCollectedPath(path);
  if (refused) throw new UnusableFileError(refused);
  let info: Stats;
  try {
    // Synchronous: files are read one after the other, and a unit file is tens of kilobytes.
    info = statSync(path);
  } catch (e) {
    const code = errnoOf(e);
    throw new UnusableFileError(code === "ENOENT" || code === "ENOTDIR" ? { code: "file/not-found", file: path } : { code: "file/unreadable", file: name, actual: code });
  }
  if (info.isDirectory()) throw new UnusableFileError({ code: "file/directory", file: path });
  // Reading a pipe waits for a writer forever: anything but a plain file is refused before opening it.
  if (!info.isFile()) throw new UnusableFileError({ code: "file/not-regular", file: name });
  if (info.size > MAX_FILE_BYTES) throw new UnusableFileError({ code: "file/too-large", file: name, actual: info.size, limit: MAX_FILE_BYTES });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UnusableFileError({ code: "file/unreadable", file: name, actual: errnoOf(e) });
  }
  try {
    return await readSpreadsheetBytes(bytes, name, inflateWithZlib);
  } catch (e) {
    // Whatever else goes wrong inside one file is that file's problem: a run over many goes on.
    throw new UnusableFileError(e instanceof FileProblemError ? e.problem : { code: "xlsx/corrupt", file: name });
  }
};

const identityOf = (path: string): BigIntStats | null => {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return null;
  }
};

/** The path with its folder's links resolved ("./dir/../a.xlsx", a linked folder); as given when the folder does not exist. */
const realLocationOf = (path: string): string => {
  const absolute = resolve(path);
  try {
    return join(realpathSync(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
};

/**
 * Whether two paths name the same file: an output must never overwrite an input. Two existing
 * paths are the same file when the disk says so (same device and file number: through a link, a
 * linked folder, a hard link, or another letter case on a disk that ignores case); a path not
 * yet made is compared by its real folder.
 */
export const isSamePath = (a: string, b: string): boolean => {
  if (resolve(a) === resolve(b)) return true;
  const ia = identityOf(a);
  const ib = identityOf(b);
  if (ia && ib && ia.ino !== 0n) return ia.dev === ib.dev && ia.ino === ib.ino;
  return realLocationOf(a) === realLocationOf(b);
};
