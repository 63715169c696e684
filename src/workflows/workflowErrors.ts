/**
 * Why a use case gave no result, as data (a code and the fields its sentence needs), and the one
 * table of Vietnamese sentences for them. A workflow returns these rather than throwing, so that
 * a Web Worker or an Apps Script server can pass them on as plain JSON; each front end shows the
 * sentence and sets its exit code or view. The sentences say what to do without naming a flag or
 * a button: the same words serve the command line and the panes.
 */
import type { SkippedSheet } from "../core/check/report";
import type { SkippedInput } from "../core/consolidate/types";
import { formatFileProblem, type FileProblem } from "../core/files/fileProblems";
import { UNITS_REGISTRY_HEADER } from "../core/messages/vi";

export type WorkflowError =
  /** Stopped on request, between two sources. */
  | { code: "cancelled"; done: number; total: number }
  /** No source was given. */
  | { code: "no-sources" }
  /** Not one list could be read from the sources, each with why. */
  | { code: "nothing-read"; sources: number; skipped: SkippedInput[] }
  /** A single source to check could not be read. */
  | { code: "unreadable"; problem: FileProblem }
  /** A single source to check holds no list; each sheet with why. */
  | { code: "no-list"; source: string; skippedSheets: SkippedSheet[] }
  /** A units registry without its header row. */
  | { code: "registry-no-header"; source: string }
  /** A units registry that could not be read. */
  | { code: "registry-unreadable"; problem: FileProblem }
  | { code: "plan-has-no-appendix"; plan: string }
  /** The list appendix was asked for without consolidated data. */
  | { code: "list-needs-data" }
  /** The consolidated data holds no valid nomination to print. */
  | { code: "list-has-no-valid-row"; rows: number };

export type WorkflowErrorCode = WorkflowError["code"];

/** A use case's answer: its value, or why there is none. */
export type WorkflowResult<T> = { ok: true; value: T } | { ok: false; error: WorkflowError };

export const succeed = <T>(value: T): WorkflowResult<T> => ({ ok: true, value });
export const fail = <T>(error: WorkflowError): WorkflowResult<T> => ({ ok: false, error });

const two = (n: number): string => String(n).padStart(2, "0");

/** How many skipped inputs one sentence names; the rest are counted (every one is listed in the report). */
export const SKIPPED_NAMED = 3;

/** "a.xlsx / Tổng hợp: trang tổng hợp…; b.xlsx: tệp bị cắt cụt…; và 295 tệp khác" */
const listSkipped = (skipped: readonly SkippedInput[]): string => {
  const named = skipped.slice(0, SKIPPED_NAMED).map((s) => `${s.file}${s.sheet ? ` / ${s.sheet}` : ""}: ${s.reason}`);
  const rest = skipped.length - named.length;
  return [...named, ...(rest > 0 ? [`và ${rest} tệp khác`] : [])].join("; ");
};

const SENTENCES: { [C in WorkflowErrorCode]: (e: Extract<WorkflowError, { code: C }>) => string } = {
  cancelled: (e) => `Đã dừng theo yêu cầu sau ${two(e.done)}/${two(e.total)} tệp; chưa có kết quả nào được ghi, các tệp của đơn vị không bị thay đổi.`,
  "no-sources": () => "Chưa có tệp nào để đọc; hãy chọn các tệp danh sách của đơn vị.",
  "nothing-read": (e) =>
    `Không đọc được danh sách nào từ ${e.sources} tệp${e.skipped.length > 0 ? ` (${listSkipped(e.skipped)})` : ""}; hãy kiểm tra các tệp của đơn vị.`,
  unreadable: (e) => formatFileProblem(e.problem),
  "no-list": (e) =>
    `Tệp "${e.source}" không có trang tính nào chứa danh sách đề nghị${e.skippedSheets.length > 0 ? ` (${e.skippedSheets.map((s) => `"${s.sheet}": ${s.reason}`).join("; ")})` : ""}; hãy kiểm tra dòng tiêu đề có cột "Họ và tên" và "Đối tượng".`,
  "registry-no-header": (e) =>
    `Tệp đơn vị "${e.source}" không có dòng tiêu đề "${UNITS_REGISTRY_HEADER}"; hãy thêm dòng tiêu đề này.`,
  "registry-unreadable": (e) => formatFileProblem(e.problem),
  "plan-has-no-appendix": (e) => `Kế hoạch "${e.plan}" không có bảng phụ lục; hãy tạo phụ lục danh sách.`,
  "list-needs-data": () => "Phụ lục danh sách cần dữ liệu: hãy tổng hợp các tệp của đơn vị trước, hoặc chọn bản tổng hợp.",
  "list-has-no-valid-row": (e) =>
    `Không có đề nghị hợp lệ nào để in phụ lục danh sách (${two(e.rows)} đề nghị đều có lỗi); hãy sửa các lỗi trong danh sách của đơn vị rồi tổng hợp lại.`,
};

/** The one sentence for a workflow's failure: what is wrong, where, what to do. */
export const describeWorkflowError = (error: WorkflowError): string => (SENTENCES[error.code] as (e: WorkflowError) => string)(error);
