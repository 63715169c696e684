import type { FileProblem } from "../../../src/core/files/fileProblems";

/**
 * What the product must do with each file of test/fixtures/bad/: refuse it with a FileProblem
 * (check: exit 2 and the sentence; consolidate: skipped with the reason), find no list in it, or
 * read it and check it like any list. Every fixture the script makes has an entry here.
 */

export interface ReadOutcome {
  outcome: "read";
  code: 0 | 1;
  summary: { rows: number; validRows: number; errors: number; warnings: number; quotasUnmet: number };
  /** Row, name and registration date of each nomination as read. */
  nominations: [number, string, string | null][];
  /** Findings other than the plan's criteria without a column: [code, cell or row, actual]. */
  findings: [string, string | number, string | number | null][];
  skippedSheets: { sheet: string; reason: string }[];
}

export type Expectation = { outcome: "refused"; problem: FileProblem } | { outcome: "no-list"; skippedSheets: { sheet: string; reason: string }[] } | ReadOutcome;

const refused = (problem: FileProblem): Expectation => ({ outcome: "refused", problem });

const SAME_THREE: ReadOutcome["nominations"] = [
  [6, "Thôn Háng Đề Dê", "02/11/2021"],
  [7, "Giàng A Sử", "02/11/2021"],
  [8, "Hộ ông Vàng A Tủa", "03/11/2021"],
];

/**
 * Three valid rows and no warning: the plan's specific criteria this list has no column for are
 * standards the council judges from the achievements (their columns are optional), not asked for.
 */
const read = (change: Partial<ReadOutcome> = {}): ReadOutcome => ({
  outcome: "read",
  code: 0,
  summary: { rows: 3, validRows: 3, errors: 0, warnings: 0, quotasUnmet: 0 },
  nominations: SAME_THREE,
  findings: [],
  skippedSheets: [],
  ...change,
});

export const EXPECTATIONS: Record<string, Expectation> = {
  "rong.xlsx": refused({ code: "file/empty", file: "rong.xlsx" }),
  "ngau-nhien.xlsx": refused({ code: "format/unknown", file: "ngau-nhien.xlsx" }),
  "ghi-chu-doi-ten.xlsx": refused({ code: "format/text", file: "ghi-chu-doi-ten.xlsx" }),
  "cat-cut.xlsx": refused({ code: "zip/truncated", file: "cat-cut.xlsx" }),
  "bom-nen.xlsx": refused({ code: "zip/bomb", file: "bom-nen.xlsx", entry: "xl/worksheets/sheet1.xml", actual: 860, limit: 200 }),
  "bom-nen-chong-lap.xlsx": refused({ code: "zip/bomb", file: "bom-nen-chong-lap.xlsx", entry: "xl/worksheets/sheet2.xml" }),
  "mat-khau.xlsx": refused({ code: "format/encrypted", file: "mat-khau.xlsx" }),
  "excel-97-2003.xls": refused({ code: "format/xls", file: "excel-97-2003.xls" }),
  "xls-doi-ten.xlsx": refused({ code: "format/xls", file: "xls-doi-ten.xlsx" }),
  "trang-web.xls": refused({ code: "format/html", file: "trang-web.xls" }),
  "xml-2003.xls": refused({ code: "format/xml-2003", file: "xml-2003.xls" }),
  "bang-tinh.ods": refused({ code: "format/ods", file: "bang-tinh.ods" }),
  "tai-lieu-word.xlsx": refused({ code: "format/other-office", file: "tai-lieu-word.xlsx", actual: "Word" }),
  "nen-co-mat-khau.xlsx": refused({ code: "zip/encrypted", file: "nen-co-mat-khau.xlsx", entry: "[Content_Types].xml" }),
  "xml-hong.xlsx": refused({ code: "xlsx/corrupt", file: "xml-hong.xlsx" }),
  "khong-co-trang.xlsx": refused({ code: "xlsx/no-sheets", file: "khong-co-trang.xlsx" }),
  "danh-sach-tcvn3.csv": refused({ code: "csv/not-utf8", file: "danh-sach-tcvn3.csv", line: 1 }),
  "chi-trang-an.xlsx": { outcome: "no-list", skippedSheets: [{ sheet: "Danh sách", reason: "trang tính bị ẩn" }] },
  // A CSV has no title rows above row 1 of the file: its header is on line 4, its rows from line 5.
  "danh-sach-utf8.csv": read({ nominations: SAME_THREE.map(([r, n, d]) => [r - 1, n, d]) }),
  "1048576-dong.xlsx": read(),
  "cong-thuc-va-loi.xlsx": read({ code: 1, summary: { rows: 3, validRows: 2, errors: 1, warnings: 0, quotasUnmet: 0 }, findings: [["cell/criterion", "J7", "#N/A"]] }),
  "cong-thuc-dung-chung.xlsx": read(),
  "chu-dinh-dang.xlsx": read(),
  "lien-ket.xlsx": read(),
  // The merged movement (E6:E8) and date (K6:K8) hold for all three rows.
  "o-gop-trong-du-lieu.xlsx": read({ summary: { rows: 3, validRows: 3, errors: 0, warnings: 0, quotasUnmet: 0 }, nominations: [[6, "Thôn Háng Đề Dê", "02/11/2021"], [7, "Giàng A Sử", "02/11/2021"], [8, "Hộ ông Vàng A Tủa", "02/11/2021"]] }),
  "dong-an.xlsx": read({ summary: { rows: 3, validRows: 3, errors: 0, warnings: 1, quotasUnmet: 0 }, findings: [["row/hidden", 7, null]] }),
  "trang-an.xlsx": read({ skippedSheets: [{ sheet: "Mẫu cũ", reason: "trang tính bị ẩn" }] }),
  "van-ban-32767.xlsx": read(),
  "emoji-ky-tu-dieu-khien.xlsx": read({ nominations: [[6, "Thôn Háng Đề Dê 🌾", "02/11/2021"], [7, "Giàng A Sử", "02/11/2021"], [8, "Hộ ông Vàng A Tủa 👨‍👩‍👧", "03/11/2021"]] }),
  // Serials of the 1904 system: the days Excel shows, not four years and a day earlier.
  "ngay-1904.xlsx": read({ nominations: [[6, "Thôn Háng Đề Dê", "02/11/2021"], [7, "Giàng A Sử", "03/11/2021"], [8, "Hộ ông Vàng A Tủa", "04/11/2021"]] }),
  "ngay-truoc-1900.xlsx": read({
    code: 1,
    summary: { rows: 3, validRows: 2, errors: 1, warnings: 0, quotasUnmet: 0 },
    nominations: [[6, "Thôn Háng Đề Dê", "15/03/1899"], [7, "Giàng A Sử", "02/11/2021"], [8, "Hộ ông Vàng A Tủa", "03/11/2021"]],
    findings: [["cell/date-outside-period", "L6", "15/03/1899"]],
  }),
  // "2.000" is two thousand and "1.250,5" is 1250.5: the second enterprise's revenue fell (3.000 → 2.800).
  "so-dang-van-ban.xlsx": read({
    code: 1,
    summary: { rows: 2, validRows: 1, errors: 1, warnings: 1, quotasUnmet: 0 },
    nominations: [[6, "Hợp tác xã Chè Sín Chải", "02/11/2021"], [7, "Công ty TNHH Chè Tả Phìn", "02/11/2021"]],
    findings: [["cell/rising", "L7", "2800 (năm 2021)"]],
  }),
  "hai-cot-trung-ten.xlsx": read(),
  "chi-co-tieu-de.xlsx": read({ code: 1, summary: { rows: 0, validRows: 0, errors: 0, warnings: 0, quotasUnmet: 1 }, nominations: [] }),
};
