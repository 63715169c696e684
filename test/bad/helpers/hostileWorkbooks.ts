import type { FileProblem } from "../../../src/core/files/fileProblems";
import { buildRawXlsx, buildRawXlsxEntries, rowXml, type RawSheet } from "./rawXlsx";
import { listRows, NOMINEES } from "./unitList";
import { buildZip, type ZipEntry } from "./zipWriter";

/**
 * Workbooks made to attack the reader, each a few kilobytes that claim far more (issue 15): cells
 * beyond Excel's grid, merges over the whole grid, nine sheets reaching the grid's last row, one
 * sheet part listed 200 times, a number
 * format of 300,000 "[", values at column XFD on 200,000 rows, a row written twice, a string
 * index out of the table, two parts of one name; and one real list of 10,000 rows. Made when the
 * test runs (some are too big to commit), the same bytes every time.
 */

const UNIT = "Xã Sáng Nhè";
const list = (extra: Partial<RawSheet> = {}): RawSheet => ({ name: "Danh sách", rows: listRows(UNIT), ...extra });
const edit = (entries: ZipEntry[], name: string, change: (xml: string) => string): ZipEntry[] => entries.map((e) => (e.name === name ? { ...e, data: change(String(e.data)) } : e));
const withRows = (rows: readonly string[]): Buffer => buildRawXlsx({ sheets: [list({ rows: [...listRows(UNIT), ...rows] })] });

export interface HostileWorkbook {
  file: string;
  what: string;
  make: () => Buffer;
  /** Refused with this problem (the file's name added), or read: `check` exits 0 or 1 and `--out` writes the copy. */
  expect: { refused: Omit<FileProblem, "file"> } | "read";
}

const merges = (count: number, from: number): string[] => Array.from({ length: count }, (_, i) => `A${from + i}:XFD${from + i}`);

export const HOSTILE_WORKBOOKS: readonly HostileWorkbook[] = [
  {
    file: "o-dong-50-trieu.xlsx",
    what: "a cell at B50000000",
    make: () => withRows(['<row r="50000000"><c r="B50000000" t="inlineStr"><is><t>x</t></is></c></row>']),
    expect: { refused: { code: "xlsx/cell-out-of-range", sheet: "Danh sách", row: 50000000 } },
  },
  { file: "cot-zzzzz.xlsx", what: "a cell in column ZZZZZ", make: () => withRows(['<row r="20"><c r="ZZZZZ20"><v>1</v></c></row>']), expect: { refused: { code: "xlsx/cell-out-of-range", sheet: "Danh sách", cell: "ZZZZZ20" } } },
  { file: "cot-fzzzzz.xlsx", what: "a cell in column FZZZZZ", make: () => withRows(['<row r="20"><c r="FZZZZZ20"><v>1</v></c></row>']), expect: { refused: { code: "xlsx/cell-out-of-range", sheet: "Danh sách", cell: "FZZZZZ20" } } },
  { file: "xfd1048577.xlsx", what: "a cell at XFD1048577", make: () => withRows(['<row><c r="XFD1048577"><v>1</v></c></row>']), expect: { refused: { code: "xlsx/cell-out-of-range", sheet: "Danh sách", cell: "XFD1048577" } } },
  { file: "o-cuoi-luoi.xlsx", what: "one value in the grid's last cell, XFD1048576", make: () => withRows(['<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>']), expect: "read" },
  { file: "gop-lac.xlsx", what: "a stray merge F100:XFD1048576 below the list", make: () => buildRawXlsx({ sheets: [list({ merges: ["F100:XFD1048576"] })] }), expect: "read" },
  { file: "200-gop-rong.xlsx", what: "200 merges across the whole width", make: () => buildRawXlsx({ sheets: [list({ merges: merges(200, 100) })] }), expect: "read" },
  { file: "20000-gop-rong.xlsx", what: "20,000 merges across the whole width", make: () => buildRawXlsx({ sheets: [list({ merges: merges(20_000, 100) })] }), expect: "read" },
  {
    file: "20000-gop-va-o-xa.xlsx",
    what: "20,000 merges across the whole width and a value at XFD30000",
    make: () => buildRawXlsx({ sheets: [list({ rows: [...listRows(UNIT), '<row r="30000"><c r="XFD30000"><v>1</v></c></row>'], merges: merges(20_000, 100) })] }),
    expect: { refused: { code: "xlsx/sheet-too-spread", sheet: "Danh sách", cell: "A100:XFD100" } },
  },
  {
    file: "xfd-200000-dong.xlsx",
    what: "a value at column XFD on each of 200,000 rows",
    make: () => withRows(Array.from({ length: 200_000 }, (_, i) => `<row r="${20 + i}"><c r="XFD${20 + i}"><v>1</v></c></row>`)),
    expect: { refused: { code: "xlsx/sheet-too-spread", sheet: "Danh sách", cell: "XFD20" } },
  },
  {
    file: "9-trang-dong-cuoi.xlsx",
    what: "nine sheets, each a list with one value in row 1,048,576",
    make: () => buildRawXlsx({ sheets: Array.from({ length: 9 }, (_, i) => list({ name: `DS${i}`, rows: [...listRows(UNIT), '<row r="1048576"><c r="A1048576"><v>1</v></c></row>'] })) }),
    expect: { refused: { code: "xlsx/sheet-too-spread", sheet: "DS1", cell: "A1048576" } },
  },
  {
    file: "200-trang-mot-phan.xlsx",
    what: "one sheet part listed as 200 sheets",
    make: () =>
      buildZip(
        edit(buildRawXlsxEntries({ sheets: [list()] }), "xl/workbook.xml", (xml) =>
          xml.replace(/<sheet [^>]*\/>/, Array.from({ length: 200 }, (_, i) => `<sheet name="DS${i}" sheetId="${i + 1}" r:id="rId1"/>`).join("")),
        ),
      ),
    expect: { refused: { code: "xlsx/shared-sheet-part", sheet: "DS0", actual: "DS1", entry: "xl/worksheets/sheet1.xml" } },
  },
  {
    file: "dinh-dang-300000-ngoac.xlsx",
    what: 'a number format of 300,000 "[" on a number cell',
    make: () =>
      buildZip(
        edit(buildRawXlsxEntries({ sheets: [list({ rows: [...listRows(UNIT), '<row r="30"><c r="A30" s="1"><v>44000</v></c></row>'] })] }), "xl/styles.xml", (xml) =>
          xml.replace("<fonts", `<numFmts count="1"><numFmt numFmtId="164" formatCode="${"[".repeat(300_000)}"/></numFmts><fonts`).replace('<xf numFmtId="14"', '<xf numFmtId="164"'),
        ),
      ),
    expect: "read",
  },
  {
    file: "dong-7-hai-lan.xlsx",
    what: "row 7 written twice, the second nominee's name overwritten",
    make: () => withRows([rowXml(7, [2, "Người khác"])]),
    expect: { refused: { code: "xlsx/duplicate-cell", sheet: "Danh sách", cell: "A7" } },
  },
  {
    file: "chuoi-ngoai-bang.xlsx",
    what: "a name pointing at a shared string the table does not have",
    make: () => buildRawXlsx({ sheets: [list({ rows: [...listRows(UNIT, NOMINEES.slice(0, 2)), '<row r="8"><c r="A8"><v>3</v></c><c r="B8" t="s"><v>57</v></c></row>'] })] }),
    expect: { refused: { code: "xlsx/missing-shared-string", sheet: "Danh sách", cell: "B8", actual: "57" } },
  },
  {
    file: "hai-phan-cung-ten.xlsx",
    what: "two zip entries named xl/worksheets/sheet1.xml, the second another list",
    make: () => buildZip([...buildRawXlsxEntries({ sheets: [list()] }), { name: "xl/worksheets/sheet1.xml", data: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>' }]),
    expect: { refused: { code: "zip/duplicate-entry", entry: "xl/worksheets/sheet1.xml" } },
  },
  {
    file: "10000-dong.xlsx",
    what: "a real list of 10,000 nominees, each a duplicate of another (10,000 warnings to mark)",
    make: () => buildRawXlsx({ sheets: [list({ rows: listRows(UNIT, Array.from({ length: 10_000 }, (_, i) => NOMINEES[i % 3] ?? [])) })] }),
    expect: "read",
  },
];
