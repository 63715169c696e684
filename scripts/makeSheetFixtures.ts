import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  encodeSheetSpec,
  fontOfSpecCell,
  makeHoaBinhSpec,
  makeHoaBinhTwoRowSpec,
  utcDate,
  type SheetSpec,
  type SpecValue,
  type WorkbookSpec,
} from "../test/helpers/sheets";

/**
 * Writes the reading fixtures of test/fixtures/sheets/: every workbook spec once through exceljs
 * (exceljs/) and once as sheet XML written by hand and zipped (raw/), the way openpyxl and other
 * producers write it: shared and inline strings, dates as serials under a date format, formulas
 * without cached values. Run: npx tsx scripts/makeSheetFixtures.ts
 */

const CRITERIA = ["Chap hanh chu truong, chinh sach", "Hoan thanh xuat sac nhiem vu", "Co mo hinh moi, cach lam hay", "Tuong than tuong ai"];

/** Header in row 1, no title, no diacritics, columns out of order, two extra columns, a unit column. */
const TAN_LAP_PLAIN: SheetSpec = {
  name: "DS",
  rows: [
    ["Ho va ten", "STT", "So dien thoai", "Doi tuong", "Don vi", "Ngay dang ky", "Gioi tinh", ...CRITERIA],
    ["Trần Thị Lan", 1, "0912 345 678", "Cá nhân", "Xã Tân Lập", utcDate(2024, 10, 1), "Nữ", "x", "x", "x", "x"],
    ["Hợp tác xã Chè Tân Lập", 2, null, "Tập thể", "Xã Tân Lập", "01/10/2024", null, "x", "x", "x", "x"],
  ],
};

/** A header spread over three rows; figures of two years, some stored as text ("2.000"); no unit in the title. */
const ENTERPRISE: SheetSpec = {
  name: "Sheet1",
  rows: [
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH PHONG TRÀO "DOANH NGHIỆP VIỆT NAM HỘI NHẬP VÀ PHÁT TRIỂN" NĂM 2024'],
    [],
    ["TT", "Tên tập thể, cá nhân", "Đối tượng", "Kết quả sản xuất, kinh doanh (triệu đồng)", null, null, null, "Ngày đăng ký"],
    [null, null, null, "Doanh thu", null, "Lợi nhuận", null, null],
    [null, null, null, "Năm 2023", "Năm 2024", "Năm 2023", "Năm 2024", null],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
    [1, "Tổ sản xuất số 1", "Tập thể", "2.000", "2.500", 400, 380, "15/02/2024"],
    [2, "Phân xưởng chế biến", "Tập thể", 1200, 1500, "1.250,5", "1.300", "20/05/2024"],
    [3, "Phạm Văn Minh", "Cá nhân", null, null, null, null, "10/08/2024"],
  ],
  merges: ["A1:H1", "A3:A5", "B3:B5", "C3:C5", "D3:G3", "D4:E4", "F4:G4", "H3:H5"],
};

const GUIDE: SheetSpec = {
  name: "Hướng dẫn",
  rows: [
    ["HƯỚNG DẪN GHI DANH SÁCH"],
    ["Cột Họ và tên ghi đầy đủ họ tên cá nhân hoặc tên tập thể được đề nghị."],
    ["Cột Đối tượng ghi Cá nhân, Tập thể hoặc Hộ gia đình; không ghi tắt nếu không cần."],
    ["Ví dụ:"],
    ["STT", "Họ và tên", "Đối tượng"],
    [1, "Nguyễn Văn A", "Cá nhân"],
  ],
};

const BUDGET: SheetSpec = {
  name: "Kinh phí",
  rows: [
    ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"],
    [1, "Giấy khen tập thể", 2, 1000000, 2000000],
    [2, "Giấy khen cá nhân", 3, 500000, 1500000],
  ],
};

const SUMMARY = (withResults: boolean): SheetSpec => ({
  name: "Tổng hợp",
  rows: [
    ["Xã", "Số điển hình"],
    ["Hòa Bình", withResults ? { formula: "COUNTA('Xã Hòa Bình'!B8:B12)", result: 4 } : { formula: "COUNTA('Xã Hòa Bình'!B8:B12)" }],
    ["Tân Lập", withResults ? { formula: "COUNTA('Xã Tân Lập'!B3:B20)", result: 0 } : { formula: "COUNTA('Xã Tân Lập'!B3:B20)" }],
  ],
});

/** A list with its header and no rows yet. */
const TAN_LAP_EMPTY: SheetSpec = {
  name: "Xã Tân Lập",
  rows: [
    ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"],
    ["STT", "Họ và tên", "Đối tượng", "Thành tích tiêu biểu"],
  ],
};

const OLD_HIDDEN: SheetSpec = { ...makeHoaBinhSpec("Mẫu cũ"), hidden: true };

const UNITS: SheetSpec = {
  name: "Đơn vị",
  rows: [
    ["STT", "Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, người lao động"],
    [1, "Xã Hòa Bình", "Xã", 20],
    [2, "Xã Tân Lập", "Xã", "18"],
    [3, "Thị trấn Mường Thanh", "Thị trấn", 25],
    [4, "Phòng Nội vụ", "Phòng, ban", 41],
    [5, "Công ty TNHH Minh Phát", "Doanh nghiệp", null],
  ],
};

const CLUSTER_CRITERIA = ["Chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái"];
const ALL_X = ["x", "x", "x", "x"];
/** A group row merged across the cluster's twelve columns, on Excel row `row`. */
const acrossCluster = (row: number): string => `A${row}:L${row}`;

/**
 * A cluster's consolidated list: kinds as the outer groups ("A. TẬP THỂ", "B. CÁ NHÂN"), the
 * communes inside each ("I. Xã Hòa Bình", "II. XÃ TÂN LẬP (01)" merged across the table, "I | Xã
 * Hòa Bình" with its numeral in its own cell, "II. Thị trấn Mường Thanh" in column A alone), a
 * collective named "Tổ dân phố số 3" with its number and kind, a total row.
 */
const CLUSTER_KIND_THEN_UNIT: SheetSpec = {
  name: "Danh sách cụm",
  rows: [
    ["UBND HUYỆN MƯỜNG THANH", null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["CỤM THI ĐUA CÁC XÃ PHÍA BẮC", null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"],
    [],
    ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Phong trào thi đua", "Thành tích tiêu biểu", ...CLUSTER_CRITERIA, "Ngày đăng ký", "Ghi chú"],
    Array.from({ length: 12 }, (_, i) => `(${i + 1})`),
    ["A. TẬP THỂ"],
    ["I. Xã Hòa Bình"],
    [1, "Thôn Đồng Tâm", null, null, "Nông thôn mới", "Thôn đạt chuẩn nông thôn mới kiểu mẫu", ...ALL_X, "05/11/2024", null],
    [2, "Hợp tác xã Chè Hòa Bình", "Tập thể", null, "Nông thôn mới", "Doanh thu tăng 20%", ...ALL_X, "06/11/2024", null],
    ["II. XÃ TÂN LẬP (01)"],
    [1, "Tổ dân phố số 3", "TT", null, "Vì người nghèo", "Giúp 5 hộ thoát nghèo", ...ALL_X, "07/11/2024", null],
    ["B. CÁ NHÂN"],
    ["I", "Xã Hòa Bình"],
    [1, "Nguyễn Văn Hùng", null, "Trưởng thôn Đồng Tâm", "Nông thôn mới", "Vận động 40 hộ hiến đất", ...ALL_X, "05/11/2024", null],
    ["II. Thị trấn Mường Thanh"],
    [1, "Lò Thị Mai", "CN", "Giáo viên", null, "Giáo viên dạy giỏi cấp tỉnh", ...ALL_X, "08/11/2024", null],
    [2, "Đinh Văn Tú", "CN", "Công an viên", null, "Bắt 3 vụ trộm", ...ALL_X, "08/11/2024", null],
    ["Tổng cộng: 06 (03 tập thể, 03 cá nhân)"],
    [],
    [null, "Người lập biểu", null, null, null, null, null, "TM. HỘI ĐỒNG THI ĐUA CỤM"],
  ],
  merges: ["A4:L4", acrossCluster(8), acrossCluster(9), acrossCluster(12), acrossCluster(14), "A20:L20"],
};

/**
 * A list of many units, the units outside: "1. Phường Bồ Đề" in one cell with "a) Tập thể",
 * "b) Cá nhân" inside it, a row whose own unit column names another ward, "Đơn vị: Trường THCS
 * Tân Lập", and "Xã Hòa Bình" alone in the name column, unnumbered; "Đoàn Văn Hải" is a nominee.
 */
const UNITS_THEN_KIND: SheetSpec = {
  name: "DS",
  rows: [
    ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN CÁC ĐƠN VỊ NĂM 2024"],
    ["STT", "Họ và tên", "Đối tượng", "Đơn vị", "Thành tích tiêu biểu", "Ngày đăng ký"],
    ["1. Phường Bồ Đề"],
    ["a) Tập thể"],
    [1, "Tổ dân phố số 3", null, null, "Tổ dân phố văn hóa 5 năm liền", "05/11/2024"],
    ["b) Cá nhân"],
    [2, "Nguyễn Thị Lan", null, null, "Tổ trưởng tổ dân phố", "05/11/2024"],
    [3, "Trần Văn Nam", null, "Phường Phúc Lợi", "Hiến đất làm ngõ", "06/11/2024"],
    ["Đơn vị: Trường THCS Tân Lập"],
    [1, "Lê Thị Hương", "Cá nhân", null, "Giáo viên dạy giỏi", "07/11/2024"],
    [null, "Xã Hòa Bình"],
    [1, "Lò Văn Pọm", "CN", null, "Nuôi 30 con trâu", "08/11/2024"],
    [2, "Đoàn Văn Hải", "CN", null, "Trồng 5 ha rừng", "08/11/2024"],
  ],
  merges: ["A1:F1"],
};

/**
 * The registration date in three columns under one merged header, "Ngày đăng ký" over "Ngày |
 * Tháng | Năm": numbers, text with leading zeros, a day that does not exist (31/04), a year in
 * two digits, a whole date typed in the day's cell, no date at all.
 */
const DATE_IN_THREE_COLUMNS: SheetSpec = {
  name: "Danh sách",
  rows: [
    ["UBND XÃ HÒA BÌNH"],
    ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"],
    ["STT", "Họ và tên", "Đối tượng", "Ngày đăng ký", null, null, "Ghi chú"],
    [null, null, null, "Ngày", "Tháng", "Năm", null],
    [1, 2, 3, 4, 5, 6, 7],
    [1, "Nguyễn Văn Hùng", "CN", 5, 11, 2024, null],
    [2, "Thôn Đồng Tâm", "TT", "05", "11", "2024", null],
    [3, "Đinh Thị Hoa", "CN", "31", "04", "2024", "Ngày ghi nhầm"],
    [4, "Lò Văn Pọm", "CN", null, null, null, null],
    [5, "Hộ ông Lò Văn Khánh", "HGĐ", 20, 12, 24, null],
    [6, "Vi Thị Lan", "CN", "15/11/2024", null, null, null],
  ],
  merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"],
};

/**
 * A birth date split under "Ngày tháng năm sinh" and the registration date as three headers of
 * their own, "Ngày", "Tháng", "Năm", each merged over the two header rows.
 */
const BIRTH_AND_REGISTRATION_DATES: SheetSpec = {
  name: "Danh sách",
  rows: [
    ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"],
    ["STT", "Họ và tên", "Ngày tháng năm sinh", null, null, "Đối tượng", "Ngày", "Tháng", "Năm"],
    [null, null, "Ngày", "Tháng", "Năm", null, null, null, null],
    [1, "Nguyễn Văn Hùng", 12, 5, 1975, "CN", 5, 11, 2024],
    [2, "Đinh Thị Hoa", "03", "02", "1980", "CN", "29", "02", "2023"],
  ],
  merges: ["A1:I1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3"],
};

/** Every fixture workbook; the exceljs copies keep formulas' cached results, the hand-written ones do not. */
export const listFixtureWorkbooks = (producer: "exceljs" | "raw"): WorkbookSpec[] => [
  { file: "hoa-binh.xlsx", sheets: [makeHoaBinhSpec()] },
  { file: "hoa-binh-nfd.xlsx", sheets: [encodeSheetSpec(makeHoaBinhSpec(), "nfd")] },
  { file: "hoa-binh-tcvn3.xlsx", sheets: [encodeSheetSpec(makeHoaBinhSpec(), "tcvn3")] },
  { file: "hoa-binh-vni.xlsx", sheets: [encodeSheetSpec(makeHoaBinhSpec(), "vni")] },
  { file: "hoa-binh-hai-dong.xlsx", sheets: [makeHoaBinhTwoRowSpec()] },
  { file: "tan-lap-khong-dau.xlsx", sheets: [TAN_LAP_PLAIN] },
  { file: "doanh-nghiep-ba-dong.xlsx", sheets: [ENTERPRISE] },
  { file: "nhieu-trang.xlsx", sheets: [GUIDE, makeHoaBinhSpec("Xã Hòa Bình"), TAN_LAP_EMPTY, BUDGET, SUMMARY(producer === "exceljs"), OLD_HIDDEN] },
  { file: "don-vi.xlsx", sheets: [UNITS] },
  { file: "cum-nhom-doi-tuong-don-vi.xlsx", sheets: [CLUSTER_KIND_THEN_UNIT] },
  { file: "nhom-don-vi-doi-tuong.xlsx", sheets: [UNITS_THEN_KIND] },
  { file: "ngay-ba-cot.xlsx", sheets: [DATE_IN_THREE_COLUMNS] },
  { file: "ngay-sinh-ngay-dang-ky-tach-cot.xlsx", sheets: [BIRTH_AND_REGISTRATION_DATES] },
];

// ---- exceljs ----------------------------------------------------------------------------------

const isFormula = (v: SpecValue): v is { formula: string; result?: number } => v !== null && typeof v === "object" && !(v instanceof Date);

export const writeWithExceljs = async (book: WorkbookSpec): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = "dienhinh fixtures";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const spec of book.sheets) {
    const ws = wb.addWorksheet(spec.name, spec.hidden ? { state: "hidden" } : {});
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (isFormula(v)) cell.value = v.result === undefined ? { formula: v.formula, date1904: false } : { formula: v.formula, result: v.result, date1904: false };
        else cell.value = v;
        if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
        const font = fontOfSpecCell(spec, r, c);
        if (font) cell.font = { name: font, size: 13 };
      }),
    );
    for (const ref of spec.merges ?? []) ws.mergeCells(ref);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
};

// ---- hand-written sheet XML --------------------------------------------------------------------

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const columnLetter = (i: number): string => (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export const writeRawXml = async (book: WorkbookSpec): Promise<Buffer> => {
  const fonts = ["Calibri", ...new Set(book.sheets.flatMap((s) => (s.fonts ?? []).flat().filter((f): f is string => f !== null)))];
  // Style 2f+0 is text/number in font f, 2f+1 the same with the built-in date format 14.
  const styleOf = (font: string | undefined, date: boolean): number => Math.max(0, fonts.indexOf(font ?? "Calibri")) * 2 + (date ? 1 : 0);
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sheetXml = book.sheets.map((spec) => {
    const rowsXml = spec.rows.map((row, r) => {
      const cells = row.map((v, c) => {
        if (v === null) return "";
        const ref = `${columnLetter(c)}${r + 1}`;
        const s = styleOf(fontOfSpecCell(spec, r, c), v instanceof Date);
        if (isFormula(v)) return `<c r="${ref}" s="${s}"><f>${escapeXml(v.formula)}</f></c>`;
        if (v instanceof Date) return `<c r="${ref}" s="${s}"><v>${(v.getTime() - EXCEL_EPOCH) / 86400000}</v></c>`;
        if (typeof v === "number") return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
        if (typeof v === "boolean") return `<c r="${ref}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
        // Both ways producers store text: the shared table, and inline strings in the cell.
        if (c % 2 === 1) return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
        if (!sharedIndex.has(v)) sharedIndex.set(v, shared.push(v) - 1);
        return `<c r="${ref}" s="${s}" t="s"><v>${sharedIndex.get(v)}</v></c>`;
      });
      return cells.some((x) => x !== "") ? `<row r="${r + 1}">${cells.join("")}</row>` : "";
    });
    const merges = spec.merges?.length ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rowsXml.join("")}</sheetData>${merges}</worksheet>`;
  });
  const n = book.sheets.length;
  const zip = new JSZip();
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${book.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${ns}><fonts count="${fonts.length}">${fonts.map((f) => `<font><sz val="12"/><name val="${escapeXml(f)}"/></font>`).join("")}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${fonts.length * 2}">${fonts.map((_, f) => `<xf numFmtId="0" fontId="${f}" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="${f}" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>`).join("")}</cellXfs></styleSheet>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${ns} count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("")}</sst>`,
  );
  sheetXml.forEach((xml, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", date: new Date(Date.UTC(2024, 0, 1)) } as JSZip.JSZipGeneratorOptions<"nodebuffer">);
};

const main = async (): Promise<void> => {
  const root = join(__dirname, "..", "test", "fixtures", "sheets");
  for (const producer of ["exceljs", "raw"] as const) {
    mkdirSync(join(root, producer), { recursive: true });
    for (const book of listFixtureWorkbooks(producer)) {
      const bytes = producer === "exceljs" ? await writeWithExceljs(book) : await writeRawXml(book);
      writeFileSync(join(root, producer, book.file), bytes);
    }
  }
};

if (require.main === module) void main();
