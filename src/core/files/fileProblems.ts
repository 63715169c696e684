/**
 * Why a file the user gave cannot be read at all, as plain data (`code`, the file, and where in
 * it when that is known), and the one table of Vietnamese sentences for these problems: what is
 * wrong and what to do. Adapters throw a `FileProblemError`; front ends print its sentence.
 */

export type FileProblemCode =
  | "file/not-found"
  | "file/directory"
  | "file/not-regular"
  | "file/unreadable"
  | "file/empty"
  | "file/too-large"
  | "format/unknown"
  | "format/text"
  | "format/html"
  | "format/xml-2003"
  | "format/xls"
  | "format/encrypted"
  | "format/office-97"
  | "format/ods"
  | "format/xlsb"
  | "format/other-office"
  | "format/zip"
  | "zip/truncated"
  | "zip/encrypted"
  | "zip/too-many-entries"
  | "zip/too-large"
  | "zip/bomb"
  | "xlsx/corrupt"
  | "xlsx/no-sheets"
  | "csv/not-utf8";

export interface FileProblem {
  code: FileProblemCode;
  /** The file as the user named it: a path for not-found and directory, else its name. */
  file: string;
  /** The part of the zip concerned (`xl/worksheets/sheet1.xml`). */
  entry?: string;
  /** The line of a text file where the problem is. */
  line?: number;
  /** What was found: a size in bytes, a ratio, a count, the other program's name. */
  actual?: number | string;
  /** The limit passed, in the unit of `actual`. */
  limit?: number;
}

/** A file that cannot be read, with the reason as data. */
export class FileProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(formatFileProblem(problem));
    this.name = "FileProblemError";
  }
}

const MB = 1024 * 1024;
const toMb = (bytes: number | string | undefined): string => (typeof bytes === "number" ? String(Math.ceil(bytes / MB)) : String(bytes ?? ""));
const SAVE_AS_XLSX = "hãy mở bằng Excel rồi lưu lại dạng Sổ làm việc Excel (.xlsx)";
const ASK_AGAIN = "hãy xin đơn vị gửi đúng tệp danh sách dạng .xlsx";

/** What follows `Tệp "…"`: the cause, then what to do. One entry per code. */
const PREDICATES: Record<FileProblemCode, (p: FileProblem) => string> = {
  "file/not-found": () => "không tồn tại; hãy kiểm tra tên tệp và thư mục.",
  "file/directory": () => "là một thư mục, không phải tệp .xlsx; hãy chọn một tệp.",
  "file/not-regular": () => "không phải tệp thông thường (là ống dẫn, thiết bị hoặc ổ đĩa) nên không đọc được; hãy chọn tệp .xlsx đã lưu trên máy.",
  "file/unreadable": (p) =>
    `không đọc được (có thể đang mở ở chương trình khác hoặc không có quyền đọc${p.actual ? `, mã lỗi ${String(p.actual)}` : ""}); hãy đóng tệp ở chương trình kia hoặc cấp quyền đọc rồi thử lại.`,
  "file/empty": () => "rỗng (0 byte); hãy xin đơn vị gửi lại tệp.",
  "file/too-large": (p) => `quá lớn (${toMb(p.actual)} MB, giới hạn ${toMb(p.limit)} MB); hãy tách danh sách thành nhiều tệp nhỏ hơn.`,
  "format/unknown": () => `không phải tệp Excel .xlsx (không nhận ra nội dung); ${SAVE_AS_XLSX}, hoặc xin đơn vị gửi lại.`,
  "format/text": () => `là tệp văn bản, không phải tệp Excel .xlsx; ${ASK_AGAIN}.`,
  "format/html": () => `là trang web (HTML) mang tên tệp Excel, thường do phần mềm xuất ra; ${SAVE_AS_XLSX}.`,
  "format/xml-2003": () => `là Bảng tính XML 2003, không phải .xlsx; ${SAVE_AS_XLSX}.`,
  "format/xls": () => `là định dạng Excel 97-2003 (.xls) cũ; ${SAVE_AS_XLSX}.`,
  "format/encrypted": () =>
    "được đặt mật khẩu nên không đọc được; hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu) rồi lưu lại, hoặc xin đơn vị gửi bản không đặt mật khẩu.",
  "format/office-97": () => `là tài liệu Office 97-2003 nhưng không phải bảng tính Excel; ${ASK_AGAIN}.`,
  "format/ods": () => "là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice Calc hoặc Excel rồi lưu lại dạng .xlsx.",
  "format/xlsb": () => `là Sổ làm việc nhị phân Excel (.xlsb); ${SAVE_AS_XLSX}.`,
  "format/other-office": (p) => `là tài liệu ${String(p.actual ?? "Office")}, không phải bảng tính Excel; ${ASK_AGAIN}.`,
  "format/zip": () => "là tệp nén (.zip), không phải tệp Excel .xlsx; hãy giải nén rồi chọn tệp .xlsx bên trong.",
  "zip/truncated": () => "bị cắt cụt hoặc hỏng (thiếu phần cuối, thường do tải về hoặc sao chép chưa xong); hãy xin đơn vị gửi lại tệp.",
  "zip/encrypted": () => "được nén kèm mật khẩu nên không đọc được; hãy xin đơn vị gửi lại tệp không đặt mật khẩu.",
  "zip/too-many-entries": (p) => `chứa quá nhiều thành phần (${String(p.actual)}, giới hạn ${String(p.limit)}), không giống tệp Excel thông thường; ${SAVE_AS_XLSX}, hoặc xin đơn vị gửi lại.`,
  "zip/too-large": (p) =>
    `khi giải nén lớn hơn ${toMb(p.limit)} MB (cần ${toMb(p.actual)} MB), quá giới hạn để máy không bị treo; hãy tách danh sách thành nhiều tệp, hoặc xóa các trang và hình ảnh không cần thiết rồi lưu lại.`,
  "zip/bomb": (p) =>
    `có phần "${p.entry ?? ""}" giải nén ra lớn bất thường${typeof p.actual === "number" ? ` (gấp ${p.actual} lần, giới hạn ${String(p.limit)} lần)` : ""}, có thể là tệp độc hại ("zip bomb"), nên không được mở; hãy xin đơn vị lưu lại danh sách bằng Excel và gửi lại.`,
  "xlsx/corrupt": (p) => `bị hỏng, không đọc được${p.entry ? ` (phần "${p.entry}")` : ""}; hãy mở bằng Excel để sửa (chọn Có khi Excel đề nghị khôi phục) rồi lưu lại, hoặc xin đơn vị gửi lại.`,
  "xlsx/no-sheets": () => "không có trang tính nào; hãy xin đơn vị gửi lại tệp có trang danh sách.",
  "csv/not-utf8": (p) =>
    `là tệp CSV không lưu bằng bảng mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI${p.line ? `, sai từ dòng ${p.line}` : ""}) nên chữ tiếng Việt sẽ bị sai; hãy mở bằng Excel rồi lưu lại dạng .xlsx hoặc "CSV UTF-8".`,
};

/** The sentence for a file that cannot be read: `Tệp "x.xlsx" được đặt mật khẩu …; hãy …`. */
export const formatFileProblem = (p: FileProblem): string => `Tệp "${p.file}" ${PREDICATES[p.code](p)}`;

/** The same, as the reason a file was skipped in a list of files (the file is named beside it). */
export const describeFileProblem = (p: FileProblem): string => `tệp ${PREDICATES[p.code](p)}`;
