import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Unit workbooks as wards and offices really send them, written with exceljs for the CLI tests:
 * the organ lines ("UBND QUẬN LONG BIÊN" / "UBND PHƯỜNG …") and the national motto, a merged
 * title, a two-row header with the criteria merged under "Tiêu chuẩn chung", a row of column
 * numbers, bordered data rows and a signature block. Optionally in TCVN3 (.VnTime), and the
 * files that are not lists at all: random bytes, an empty file, a budget sheet.
 */

/** Columns of a list as the fixtures lay it out: A–F before the criteria, then the dates and notes. */
export const COLUMNS_BEFORE = ["STT", "Họ và tên / Tên tập thể", "Đối tượng", "Chức vụ, đơn vị công tác", "Phong trào thi đua", "Tóm tắt thành tích"] as const;
export const COLUMNS_AFTER = ["Ngày đăng ký", "Ghi chú"] as const;

/** The four general criteria of the Long Biên and Tủa Chùa plans, by their labels. */
export const GENERAL_CRITERIA = [
  "Gương mẫu chấp hành chủ trương, chính sách",
  "Hoàn thành xuất sắc nhiệm vụ",
  "Có mô hình mới, cách làm hay",
  "Tương thân tương ái, tham gia hoạt động xã hội",
] as const;

/** Where the fixtures put things, so tests can name cells: header on row 6–7, numbers on 8, data from 9. */
export const HEADER_ROW = 6;
export const NUMBER_ROW = 8;
export const FIRST_DATA_ROW = 9;

export interface NominationRowSpec {
  name: string;
  kind: string;
  position?: string;
  movement?: string;
  achievements?: string;
  /** One mark per criterion column; "" leaves the cell empty. Defaults to "x" in each. */
  marks?: string[];
  date?: string | Date;
  note?: string;
}

export interface ListSheetSpec {
  sheetName?: string;
  /** The organ above the unit, first line of the title block. */
  parent?: string;
  /** The unit's own line ("UBND PHƯỜNG BỒ ĐỀ"); null leaves it out. */
  unitLine?: string | null;
  title?: string;
  criteria?: readonly string[];
  rows: readonly NominationRowSpec[];
  /** Text written in TCVN3 (ABC) bytes with .VnTime/.VnTimeH fonts, as old offices do. */
  encoding?: "unicode" | "tcvn3";
  signer?: string;
}

const thin = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } } as const;

/**
 * TCVN3 (ABC) codes written out here rather than taken from the product's table, so a mistake in
 * the product's table cannot cancel itself out in the tests.
 */
const TCVN3_BYTES: Record<string, number> = {
  Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
  ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae,
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9,
  ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6,
  ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4,
  ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9,
  ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
};

/**
 * Unicode text as a .VnTime cell holds it. `capitals`: the text is drawn with .VnTimeH, which
 * shows lowercase codes as capitals, so it is stored in lowercase. Throws on a letter TCVN3 cannot
 * write in that font (a toned capital in .VnTime), so a fixture can never be silently wrong.
 */
export const encodeTcvn3 = (text: string, capitals = false): string => {
  const source = capitals ? text.normalize("NFC").toLocaleLowerCase("vi") : text.normalize("NFC");
  return [...source]
    .map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch;
      const code = TCVN3_BYTES[ch];
      if (code === undefined) throw new Error(`TCVN3 (.VnTime) cannot write "${ch}" in "${text}"`);
      return String.fromCharCode(code);
    })
    .join("");
};

/** Adds one nomination list laid out as offices do; returns the worksheet. */
export const addListSheet = (wb: ExcelJS.Workbook, spec: ListSheetSpec): ExcelJS.Worksheet => {
  const criteria = spec.criteria ?? GENERAL_CRITERIA;
  const legacy = spec.encoding === "tcvn3";
  const enc = (text: string, capitals = false): string => (legacy ? encodeTcvn3(text, capitals) : text);
  const font = { name: legacy ? ".VnTime" : "Times New Roman", size: 12 };
  const capsFont = { name: legacy ? ".VnTimeH" : "Times New Roman", size: 12, bold: true };
  const ws = wb.addWorksheet(spec.sheetName ?? "DS 2024", { pageSetup: { paperSize: 9, orientation: "landscape" } });
  const headers = [...COLUMNS_BEFORE, ...criteria, ...COLUMNS_AFTER];
  const last = headers.length;

  Object.assign(ws.getCell(1, 1), { value: enc(spec.parent ?? "UBND QUẬN LONG BIÊN", true), font: capsFont });
  if (spec.unitLine !== null) Object.assign(ws.getCell(2, 1), { value: enc(spec.unitLine ?? "UBND PHƯỜNG BỒ ĐỀ", true), font: capsFont });
  Object.assign(ws.getCell(1, 6), { value: enc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true), font: capsFont });
  Object.assign(ws.getCell(2, 6), { value: enc("Độc lập - Tự do - Hạnh phúc"), font: { ...font, bold: true } });
  ws.mergeCells(4, 1, 4, last);
  Object.assign(ws.getCell(4, 1), { value: enc(spec.title ?? "DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024", true), font: { ...capsFont, size: 14 }, alignment: { horizontal: "center" } });

  const firstCriterion = COLUMNS_BEFORE.length + 1;
  headers.forEach((h, i) => {
    const c = i + 1;
    if (c >= firstCriterion && c < firstCriterion + criteria.length) ws.getCell(HEADER_ROW + 1, c).value = enc(h);
    else {
      ws.getCell(HEADER_ROW, c).value = enc(h);
      ws.mergeCells(HEADER_ROW, c, HEADER_ROW + 1, c);
    }
  });
  ws.mergeCells(HEADER_ROW, firstCriterion, HEADER_ROW, firstCriterion + criteria.length - 1);
  ws.getCell(HEADER_ROW, firstCriterion).value = enc("Tiêu chuẩn chung");
  for (let c = 1; c <= last; c++) {
    for (const r of [HEADER_ROW, HEADER_ROW + 1]) {
      Object.assign(ws.getCell(r, c), { font: { ...font, bold: true }, border: thin, alignment: { wrapText: true, horizontal: "center", vertical: "middle" } });
    }
    Object.assign(ws.getCell(NUMBER_ROW, c), { value: `(${c})`, font: { ...font, italic: true }, border: thin, alignment: { horizontal: "center" } });
  }

  spec.rows.forEach((row, k) => {
    const marks = row.marks ?? criteria.map(() => "x");
    const values: (string | number | Date)[] = [
      k + 1,
      row.name,
      row.kind,
      row.position ?? "",
      row.movement ?? "",
      row.achievements ?? "",
      ...criteria.map((_, i) => marks[i] ?? ""),
      row.date ?? "",
      row.note ?? "",
    ];
    values.forEach((v, i) => {
      const cell = ws.getCell(FIRST_DATA_ROW + k, i + 1);
      if (v !== "") cell.value = typeof v === "string" ? enc(v) : v;
      cell.font = font;
      cell.border = thin;
    });
  });

  const sign = FIRST_DATA_ROW + spec.rows.length + 2;
  Object.assign(ws.getCell(sign, 8), { value: enc("Long Biên, ngày 20 tháng 3 năm 2024"), font: { ...font, italic: true } });
  Object.assign(ws.getCell(sign + 1, 2), { value: enc("Người lập biểu"), font: { ...font, bold: true } });
  Object.assign(ws.getCell(sign + 1, 8), { value: enc("TM. ỦY BAN NHÂN DÂN", true), font: capsFont });
  Object.assign(ws.getCell(sign + 2, 8), { value: enc("CHỦ TỊCH", true), font: capsFont });
  Object.assign(ws.getCell(sign + 5, 8), { value: enc(spec.signer ?? "Nguyễn Văn Lâm"), font: { ...font, bold: true } });
  ws.columns.forEach((col, i) => (col.width = [5, 26, 11, 20, 24, 30][i] ?? 12));
  return ws;
};

/** Writes a workbook holding the given list sheets; returns its path. */
export const writeUnitWorkbook = async (path: string, ...sheets: ListSheetSpec[]): Promise<string> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = "UBND phường";
  for (const s of sheets) addListSheet(wb, s);
  await wb.xlsx.writeFile(path);
  return path;
};

/** A workbook a ward also sends but that holds no list: a budget sheet "Kinh phí". */
export const writeBudgetWorkbook = async (path: string): Promise<string> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kinh phí");
  ws.getCell("A1").value = "UBND PHƯỜNG NGỌC LÂM";
  ws.mergeCells("A3:E3");
  ws.getCell("A3").value = "DỰ TOÁN KINH PHÍ KHEN THƯỞNG NĂM 2024";
  ws.addRow([]);
  ws.getRow(5).values = ["STT", "Nội dung chi", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)"];
  ws.getRow(6).values = [1, "Giấy khen tập thể", 4, 800000, 3200000];
  ws.getRow(7).values = [2, "Giấy khen cá nhân", 12, 300000, 3600000];
  ws.getRow(8).values = [3, "Khung, in ấn", 16, 50000, 800000];
  ws.getRow(9).values = ["", "Cộng", "", "", { formula: "SUM(E6:E8)", result: 7600000 }];
  await wb.xlsx.writeFile(path);
  return path;
};

/**
 * Bytes that are not a workbook. "random": noise that does not begin with the zip signature;
 * "text": a .txt note renamed .xlsx; "empty": 0 bytes; "truncated": a real .xlsx cut in half,
 * so it begins like a zip and breaks inside.
 */
export const writeBrokenFile = async (path: string, kind: "random" | "text" | "empty" | "truncated"): Promise<string> => {
  if (kind === "empty") writeFileSync(path, Buffer.alloc(0));
  else if (kind === "text") writeFileSync(path, "Kính gửi Phòng Nội vụ: phường xin gửi danh sách sau.\r\n", "utf8");
  else if (kind === "random") {
    // A fixed generator: the same noise on every run.
    let seed = 0x2468ace;
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    bytes[0] = 0x9a;
    writeFileSync(path, bytes);
  } else {
    const wb = new ExcelJS.Workbook();
    addListSheet(wb, { rows: [{ name: "Nguyễn Văn A", kind: "Cá nhân", date: "01/03/2024" }] });
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
  }
  return path;
};

export const makeTempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `dienhinh-${prefix}-`));

export const hashFile = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Reads a workbook the CLI wrote, as an officer's Excel would open it. */
export const readWorkbook = async (path: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

/** A sheet's values as dense rows from row `from` on (1-based), trailing empty rows left out. */
export const readSheetRows = (ws: ExcelJS.Worksheet, from = 1): ExcelJS.CellValue[][] => {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: ExcelJS.CellValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) values.push(row.getCell(c).value ?? null);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    rows.push(values);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
};
