import type { SheetValues } from "../../../src/core/model";
import { ContentProblemError } from "../../../src/xlsx/ooxml/contentProblem";
import { readXlsxSheetValues } from "../../../src/xlsx/ooxml/readXlsxValues";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import { buildRawXlsx, buildRawXlsxEntries, escapeXml, type RawSheet } from "../../bad/helpers/rawXlsx";
import { buildZip, type ZipEntry } from "../../bad/helpers/zipWriter";

/**
 * Our own .xlsx reader on workbooks whose every byte the test writes (test/bad/helpers/rawXlsx,
 * then parts changed or replaced): the forms other programs than Excel and exceljs use (no cell
 * references, prefixed elements, absolute part paths, UTF-16 parts, inline strings), and what
 * only the styles say (dates, the default font).
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A styles part: fonts by name, number formats by code, cell styles as [numFmtId, fontId]. */
const stylesXml = (fonts: string[], formats: Record<number, string>, xfs: [number, number][]): string =>
  `<styleSheet xmlns="${MAIN_NS}"><numFmts>${Object.entries(formats)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join("")}</numFmts>` +
  `<fonts>${fonts.map((f) => `<font><sz val="12"/><name val="${escapeXml(f)}"/></font>`).join("")}</fonts>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>` +
  `<cellXfs>${xfs.map(([n, f]) => `<xf numFmtId="${n}" fontId="${f}" xfId="0"/>`).join("")}</cellXfs>` +
  // A differential format's font and date format belong to conditional formatting, not to cells.
  `<dxfs count="1"><dxf><font><name val="Wingdings"/></font><numFmt numFmtId="200" formatCode="dd/mm/yyyy"/></dxf></dxfs></styleSheet>`;

/** The workbook's entries with some parts replaced (by name; a Uint8Array is written as it is). */
const withParts = (entries: ZipEntry[], parts: Record<string, string | Uint8Array>): Uint8Array => {
  const replaced = entries.map((e) => (e.name in parts ? { ...e, data: parts[e.name] ?? e.data } : e));
  return buildZip(replaced);
};

const sheetOf = (rows: string, extra: Partial<RawSheet> = {}): RawSheet => ({ name: "S", rows: [rows], ...extra });
const workbookOf = (sheets: RawSheet[], options: { styles?: string; date1904?: boolean; sharedStrings?: string[] } = {}): Uint8Array => {
  const entries = buildRawXlsxEntries({ sheets, ...(options.date1904 ? { date1904: true } : {}), ...(options.sharedStrings ? { sharedStrings: options.sharedStrings } : {}) });
  return withParts(entries, options.styles ? { "xl/styles.xml": options.styles } : {});
};

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const only = (sheets: SheetValues[]): SheetValues => {
  const [sheet, ...rest] = sheets;
  if (!sheet || rest.length > 0) throw new Error(`expected one sheet, got ${sheets.length}`);
  return sheet;
};

// Fonts: 0 Times New Roman (the default), 1 .VnTime. Styles: 0 default, 1 built-in date 14,
// 2 custom date with a locale, 3 a number format with a quoted "d", 4 .VnTime text, 5 "DD/MM/YYYY".
const STYLES = stylesXml(["Times New Roman", ".VnTime"], { 164: "[$-42A]dd/mm/yyyy;@", 165: '#,##0 "đồng"', 166: "DD/MM/YYYY" }, [
  [0, 0],
  [14, 0],
  [164, 0],
  [165, 0],
  [0, 1],
  [166, 0],
]);

describe("readXlsxSheetValues: cells", () => {
  it("every cell type: shared, inline (runs joined, phonetic left out), formula string, boolean, error, ISO date, numbers", () => {
    const rows = (
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>Nguyễn </t></r><r><rPr><b/></rPr><t>Văn A</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>` +
        `<c r="C1" t="str"><f>A1&amp;"!"</f><v>Xã Hòa Bình!</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
        `<c r="F1" t="d"><v>2024-03-05T00:00:00Z</v></c><c r="G1"><v>2.5</v></c><c r="H1"><f>COUNTA(A2:A9)</f><v>0</v></c><c r="I1"><f>NOW()</f></c></row>`
    );
    const sheet = only(readXlsxSheetValues(workbookOf([sheetOf(rows)], { sharedStrings: ["<t>Tổ &amp;amp; đội_x000D_</t>"], styles: STYLES })));
    // A formula with no cached value takes its place as an empty cell.
    expect(sheet.rows).toStrictEqual([["Tổ &amp; đội\r", "Nguyễn Văn A", "Xã Hòa Bình!", true, "#DIV/0!", utc(2024, 3, 5), 2.5, 0, null]]);
  });

  it("dates come only from the style: built-in 14, custom codes with a locale or in capitals; a quoted letter is not a date", () => {
    const rows = `<row r="1"><c r="A1" s="1"><v>45352</v></c><c r="B1" s="2"><v>45352</v></c><c r="C1" s="3"><v>45352</v></c><c r="D1" s="5"><v>45352</v></c><c r="E1"><v>45352</v></c></row>`;
    const [a, b, c, d, e] = only(readXlsxSheetValues(workbookOf([sheetOf(rows)], { styles: STYLES }))).rows[0] ?? [];
    expect([a, b, c, d, e]).toStrictEqual([utc(2024, 3, 1), utc(2024, 3, 1), 45352, utc(2024, 3, 1), 45352]);
  });

  it("the 1904 date system counts from 1/1/1904; a serial past year 9999 reads as Excel shows it", () => {
    const rows = `<row r="1"><c r="A1" s="1"><v>43890</v></c><c r="B1" s="1"><v>99999999</v></c></row>`;
    expect(only(readXlsxSheetValues(workbookOf([sheetOf(rows)], { styles: STYLES, date1904: true }))).rows).toStrictEqual([[utc(2024, 3, 1), "########"]]);
  });

  it("rows and cells without references follow the one before; blank rows at the end are left out", () => {
    const rows = `<row><c><v>1</v></c><c t="s"><v>0</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c s="1"/></row><row r="900000"><c r="A900000" t="inlineStr"><is><t> </t></is></c></row>`;
    expect(only(readXlsxSheetValues(workbookOf([sheetOf(rows)], { sharedStrings: ["<t>a</t>"], styles: STYLES }))).rows).toStrictEqual([[1, "a"], [], [], [null, null, 3, 4]]);
  });

  it("merges: only the top-left cell keeps a value, a merge named bottom-right first is read the same", () => {
    const rows = `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c></row>`;
    const sheet = only(readXlsxSheetValues(workbookOf([sheetOf(rows, { merges: ["B1:C1", "B2:A2"] })])));
    expect({ rows: sheet.rows, merges: sheet.merges }).toStrictEqual({ rows: [[1, 2], [4]], merges: ["B1:C1", "A2:B2"] });
  });

  it("fonts: a cell's style names its font; an unstyled cell has the workbook's default font (.VnTime here: the text under it is TCVN3)", () => {
    const styles = stylesXml([".VnTime", "Arial"], {}, [
      [0, 0],
      [0, 1],
    ]);
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Tæ</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Tổ</t></is></c><c r="C1" s="0"><v>1</v></c></row>`;
    expect(only(readXlsxSheetValues(workbookOf([sheetOf(rows)], { styles }))).fonts).toStrictEqual([[".VnTime", "Arial", ".VnTime"]]);
  });

  it("hidden rows that hold values are listed", () => {
    const rows = `<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3" hidden="true"/><row r="4"><c r="A4"><v>4</v></c></row>`;
    expect(only(readXlsxSheetValues(workbookOf([sheetOf(rows)]))).hiddenRows).toStrictEqual([2]);
  });
});

describe("readXlsxSheetValues: the workbook", () => {
  const plain = (name: string, n: number, state?: RawSheet["state"]): RawSheet => ({ name, rows: [`<row r="1"><c r="A1"><v>${n}</v></c></row>`], ...(state ? { state } : {}) });

  it("sheets in tab order with their state; a chart sheet is left out", () => {
    const entries = buildRawXlsxEntries({ sheets: [plain("Hướng dẫn", 1), plain("Mẫu cũ", 2, "hidden"), plain("Ẩn hẳn", 3, "veryHidden")] });
    const text = (name: string): string => String(entries.find((e) => e.name === name)?.data ?? "");
    const bytes = withParts([...entries, { name: "xl/chartsheets/sheet1.xml", data: `<chartsheet xmlns="${MAIN_NS}"/>` }], {
      "xl/workbook.xml": text("xl/workbook.xml").replace("</sheets>", `<sheet name="Biểu đồ" sheetId="9" r:id="rIdChart"/></sheets>`),
      "xl/_rels/workbook.xml.rels": text("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        `<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      ),
    });
    expect(readXlsxSheetValues(bytes).map((s) => [s.name, s.hidden ?? false, s.rows])).toStrictEqual([
      ["Hướng dẫn", false, [[1]]],
      ["Mẫu cũ", true, [[2]]],
      ["Ẩn hẳn", true, [[3]]],
    ]);
  });

  it("a workbook part elsewhere than xl/ and absolute targets are followed through the relationships", () => {
    const entries = buildRawXlsxEntries({ sheets: [plain("S", 7)] });
    const moved = entries.map((e) => {
      if (e.name === "_rels/.rels") return { ...e, data: String(e.data).replace('Target="xl/workbook.xml"', 'Target="/bang/so-lieu.xml"') };
      if (e.name === "xl/workbook.xml") return { ...e, name: "bang/so-lieu.xml" };
      if (e.name === "xl/_rels/workbook.xml.rels") return { name: "bang/_rels/so-lieu.xml.rels", data: String(e.data).replace(/Target="/g, 'Target="/xl/') };
      return e;
    });
    expect(readXlsxSheetValues(buildZip(moved)).map((s) => s.rows)).toStrictEqual([[[7]]]);
  });

  it("elements with a namespace prefix, as the .NET Open XML SDK writes them", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Lê Thị Hoa</x:t></x:is></x:c><x:c r="B1"><x:v>1985</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = withParts(buildRawXlsxEntries({ sheets: [plain("S", 0)] }), { "xl/worksheets/sheet1.xml": xml });
    expect(only(readXlsxSheetValues(bytes)).rows).toStrictEqual([["Lê Thị Hoa", 1985]]);
  });

  it("a part in UTF-16 with its byte-order mark, and one in UTF-8 with a byte-order mark", () => {
    const text = `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đặng Thị Mỹ</t></is></c></row></sheetData></worksheet>`;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const bytes = withParts(buildRawXlsxEntries({ sheets: [plain("A", 0), plain("B", 0)] }), { "xl/worksheets/sheet1.xml": utf16, "xl/worksheets/sheet2.xml": bom });
    expect(readXlsxSheetValues(bytes).map((s) => s.rows)).toStrictEqual([[["Đặng Thị Mỹ"]], [["Đặng Thị Mỹ"]]]);
  });

  it("a damaged sheet part throws; through readWorkbookBytes it is the file's corruption, said to the user", async () => {
    const bytes = buildRawXlsx({ sheets: [sheetOf(`<row r="1"><c r="A1"><v>1</v></row>`)] });
    expect(() => readXlsxSheetValues(bytes)).toThrow(/XML không hợp lệ/);
    await expect(readWorkbookBytes(bytes, "Phuong_A.xlsx")).rejects.toMatchObject({ problem: { code: "xlsx/corrupt", file: "Phuong_A.xlsx" } });
  });
});

describe("readXlsxSheetValues: what it refuses, and what a sheet may cost", () => {
  const problemOf = (bytes: Uint8Array): unknown => {
    try {
      readXlsxSheetValues(bytes);
    } catch (e) {
      return e instanceof ContentProblemError ? e.problem : e;
    }
    return null;
  };
  const cellAt = (ref: string): string => `<row r="${ref.replace(/^[A-Z]+/, "")}"><c r="${ref}"><v>1</v></c></row>`;

  it.each([
    ["a cell past the last row", `<row r="1"><c r="A1"><v>1</v></c></row><row><c r="XFD1048577"><v>1</v></c></row>`, { code: "xlsx/cell-out-of-range", sheet: "S", cell: "XFD1048577" }],
    ["a cell past the last column", `<row r="20"><c r="FZZZZZ20"><v>1</v></c></row>`, { code: "xlsx/cell-out-of-range", sheet: "S", cell: "FZZZZZ20" }],
    ["an empty cell past the last column", `<row r="2"><c r="ZZZZZ2"/></row>`, { code: "xlsx/cell-out-of-range", sheet: "S", cell: "ZZZZZ2" }],
    ["a row past the last row", `<row r="50000000"><c><v>1</v></c></row>`, { code: "xlsx/cell-out-of-range", sheet: "S", row: 50000000 }],
    ["a cell written twice (a row given twice)", `<row r="5"><c r="B5"><v>1</v></c></row><row r="5"><c r="B5"><v>2</v></c></row>`, { code: "xlsx/duplicate-cell", sheet: "S", cell: "B5" }],
    ["a shared string the table does not have", `<row r="3"><c r="C3" t="s"><v>7</v></c></row>`, { code: "xlsx/missing-shared-string", sheet: "S", cell: "C3", actual: "7" }],
    ["a value at column XFD on 700 rows", Array.from({ length: 700 }, (_, i) => cellAt(`XFD${i + 1}`)).join(""), { code: "xlsx/sheet-too-spread", sheet: "S", cell: "XFD1" }],
  ])("%s: the file's fault, with the sheet and the place", (_what, rows, problem) => {
    expect(problemOf(workbookOf([sheetOf(rows)], { sharedStrings: ["<t>a</t>"] }))).toStrictEqual(problem);
  });

  it("a merge reaching past the grid is refused as written; a stray merge inside it costs nothing", () => {
    expect(problemOf(workbookOf([sheetOf(cellAt("A1"), { merges: ["F100:XFD1048577"] })]))).toStrictEqual({ code: "xlsx/cell-out-of-range", sheet: "S", cell: "F100:XFD1048577" });
    const sheet = only(readXlsxSheetValues(workbookOf([sheetOf(cellAt("A1"), { merges: ["F100:XFD1048576"] })])));
    expect({ rows: sheet.rows, merges: sheet.merges }).toStrictEqual({ rows: [[1]], merges: ["F100:XFD1048576"] });
  });

  it("20,000 merges across the whole width of the grid beside a one-cell list: read as they are", () => {
    const merges = Array.from({ length: 20_000 }, (_, i) => `A${100 + i}:XFD${100 + i}`);
    expect(only(readXlsxSheetValues(workbookOf([sheetOf(cellAt("A1"), { merges })]))).merges).toHaveLength(20_000);
  });

  it("one value in the grid's last cell: read, every row up to it", () => {
    const sheet = only(readXlsxSheetValues(workbookOf([sheetOf(`${cellAt("A1")}${cellAt("XFD1048576")}`)])));
    expect([sheet.rows.length, sheet.rows[0], sheet.rows[1], sheet.rows[1048575]?.length, sheet.rows[1048575]?.[16383]]).toStrictEqual([1048576, [1], [], 16384, 1]);
  });

  it("two sheets on one part: refused (each would be read again)", () => {
    const entries = buildRawXlsxEntries({ sheets: [sheetOf(cellAt("A1"), { name: "A" }), sheetOf(cellAt("A1"), { name: "B" })] });
    const bytes = withParts(entries, { "xl/_rels/workbook.xml.rels": String(entries.find((e) => e.name === "xl/_rels/workbook.xml.rels")?.data).replace("worksheets/sheet2.xml", "./Worksheets/Sheet1.xml") });
    expect(problemOf(bytes)).toStrictEqual({ code: "xlsx/shared-sheet-part", sheet: "A", actual: "B", entry: "xl/Worksheets/Sheet1.xml" });
  });

  it("a number format of 300,000 unclosed brackets is read at once, and is no date", () => {
    const styles = stylesXml(["Times New Roman"], { 164: "[".repeat(300_000) }, [
      [0, 0],
      [164, 0],
    ]);
    expect(only(readXlsxSheetValues(workbookOf([sheetOf(`<row r="1"><c r="A1" s="1"><v>45352</v></c></row>`)], { styles }))).rows).toStrictEqual([[45352]]);
  });

  it("through readWorkbookBytes the refusal is the file's problem, named", async () => {
    await expect(readWorkbookBytes(workbookOf([sheetOf(cellAt("B50000000"))]), "Xa_A.xlsx")).rejects.toMatchObject({ problem: { code: "xlsx/cell-out-of-range", file: "Xa_A.xlsx", sheet: "S", row: 50000000 } });
  });
});
