import { FileProblemError, type FileProblem } from "../../src/core/files/fileProblems";
import type { CellScalar, SheetValues, WorkbookValues } from "../../src/core/model";
import type { ReadableSource, UnreadableSource } from "../../src/workflows/sources";

/**
 * Units' lists as plain values for the workflow tests, laid out as wards keep them (an organ
 * line naming the unit, a title with the year, a header with the plan's four general criteria),
 * and sources over them: what a front end hands a workflow, without files.
 */

const CRITERIA = ["Chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái"];
export const LIST_HEADER = ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Phong trào thi đua", ...CRITERIA, "Ngày đăng ký"];

export interface Nominee {
  name: string;
  kind?: string;
  /** A criterion left blank makes the row invalid. */
  valid?: boolean;
  date?: string;
}

/** A list sheet of `unitLine`'s unit ("UBND XÃ HÒA BÌNH"); no nominee gives a header-only list. */
export const unitListSheet = (name: string, unitLine: string, nominees: readonly Nominee[], year = 2024): SheetValues => ({
  name,
  rows: [
    [unitLine],
    [`DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM ${year}`],
    LIST_HEADER,
    ...nominees.map((n, i): CellScalar[] => [i + 1, n.name, n.kind ?? "Cá nhân", "Cán bộ", "Nông thôn mới", "x", "x", "x", n.valid === false ? null : "x", n.date ?? `15/03/${year}`]),
  ],
  merges: [],
});

export const workbook = (file: string, ...sheets: SheetValues[]): WorkbookValues => ({ file, sheets });

/** A source over values already in memory; `reads` counts how often it was read. */
export const memorySource = (values: WorkbookValues, extra: Partial<Pick<ReadableSource, "openWorkbook">> = {}): ReadableSource & { reads: number } => {
  const source = {
    name: values.file,
    reads: 0,
    read: async () => {
      source.reads += 1;
      return values;
    },
    ...extra,
  };
  return source;
};

/** A source whose reading fails as a broken file's does. */
export const brokenSource = (name: string, problem: FileProblem): ReadableSource => ({
  name,
  read: async () => {
    throw new FileProblemError(problem);
  },
});

/** A source known to be unreadable before anything is read (a folder, a missing file). */
export const refusedSource = (name: string, problem: FileProblem): UnreadableSource => ({ name, problem });
