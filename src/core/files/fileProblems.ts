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
  | "csv/not-utf8"
  // Files made to attack the reader, and what a marked copy cannot be made of (issue 15).
  | "file/link-outside"
  | "zip/duplicate-entry"
  | "xlsx/cell-out-of-range"
  | "xlsx/duplicate-cell"
  | "xlsx/missing-shared-string"
  | "xlsx/shared-sheet-part"
  | "xlsx/sheet-too-spread"
  | "xlsx/duplicate-sheet-name"
  | "xlsx/cannot-mark";

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
  /** The sheet concerned, by its name in the workbook. */
  sheet?: string;
  /** The cell ("B7") or range ("F100:XFD1048576") concerned, as the file writes it. */
  cell?: string;
  /** The Excel row concerned, when no cell is named. */
  row?: number;
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

const REPAIR = "hãy mở bằng Excel để sửa (chọn Có khi Excel đề nghị khôi phục) rồi lưu lại, hoặc xin đơn vị gửi lại";
const placeOf = (p: FileProblem): string => (p.cell !== undefined ? `${p.cell.includes(":") ? "vùng ô" : "ô"} ${p.cell}` : `dòng ${String(p.row ?? "")}`);

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
  // Files made to attack the reader, and what a marked copy cannot be made of (issue 15).
  "file/link-outside": () => "là liên kết (symlink) trỏ ra ngoài thư mục đã chọn nên không được đọc; hãy chép tệp thật vào thư mục rồi chạy lại.",
  "zip/duplicate-entry": (p) => `có hai phần cùng tên "${p.entry ?? ""}" nên không biết phần nào là thật (tệp bị hỏng hoặc bị sửa); ${REPAIR}.`,
  "xlsx/cell-out-of-range": (p) =>
    `có ${placeOf(p)} ở trang tính "${p.sheet ?? ""}" nằm ngoài giới hạn của Excel (1.048.576 dòng, 16.384 cột), tức là tệp bị hỏng hoặc do phần mềm khác ghi sai; ${REPAIR}.`,
  "xlsx/duplicate-cell": (p) => `ghi ô ${p.cell ?? ""} của trang tính "${p.sheet ?? ""}" hai lần (tệp bị hỏng, không rõ giá trị nào đúng); ${REPAIR}.`,
  "xlsx/missing-shared-string": (p) =>
    `có ô ${p.cell ?? ""} ở trang tính "${p.sheet ?? ""}" trỏ tới chuỗi chữ số ${String(p.actual ?? "")} không có trong tệp (tệp bị hỏng, ô này sẽ bị đọc thành trống); ${REPAIR}.`,
  "xlsx/shared-sheet-part": (p) =>
    `có trang tính "${p.sheet ?? ""}" và "${String(p.actual ?? "")}" cùng trỏ tới một phần dữ liệu ("${p.entry ?? ""}"), tức là tệp bị hỏng hoặc bị sửa; ${REPAIR}.`,
  "xlsx/sheet-too-spread": (p) =>
    `có trang tính "${p.sheet ?? ""}" trải ra quá xa so với dữ liệu thật (tới ${placeOf(p)}), đọc hết sẽ làm treo máy; hãy xóa các ô và vùng gộp thừa ở xa danh sách (nhấn Ctrl+End để tìm) rồi lưu lại, hoặc xin đơn vị gửi lại.`,
  "xlsx/duplicate-sheet-name": (p) => `có hai trang tính cùng tên "${p.sheet ?? ""}" nên không biết đánh dấu vào trang nào; hãy mở bằng Excel, đổi tên một trang rồi chạy lại.`,
  "xlsx/cannot-mark": (p) => `không tạo được bản có đánh dấu vì phần "${p.entry ?? ""}" của tệp không đọc được; ${REPAIR}.`,
};

/** The sentence for a file that cannot be read: `Tệp "x.xlsx" được đặt mật khẩu …; hãy …`. */
export const formatFileProblem = (p: FileProblem): string => `Tệp "${p.file}" ${PREDICATES[p.code](p)}`;

/** The same, as the reason a file was skipped in a list of files (the file is named beside it). */
export const describeFileProblem = (p: FileProblem): string => `tệp ${PREDICATES[p.code](p)}`;
