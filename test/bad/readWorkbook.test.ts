import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellScalar, SheetValues } from "../../src/core/model";
import { readSpreadsheetBytes, readWorkbookBytes, toCellScalar } from "../../src/xlsx/readWorkbook";
import { FileProblemError } from "../../src/core/files/fileProblems";
import { BAD_DIR } from "./helpers/inProcess";
import { buildRawXlsx, dateCell, rowXml } from "./helpers/rawXlsx";

/** The values the reader hands the core for the lists written in ways that trip readers. */

const readSheet = async (file: string, index = 0): Promise<SheetValues> => {
  const wb = await readSpreadsheetBytes(readFileSync(join(BAD_DIR, file)), file);
  const sheet = wb.sheets[index];
  if (!sheet) throw new Error(`${file} has no sheet ${index}`);
  return sheet;
};
const cell = (sheet: SheetValues, ref: string): CellScalar | undefined => {
  const m = /^([A-Z])(\d+)$/.exec(ref);
  return sheet.rows[Number(m?.[2]) - 1]?.[(m?.[1] ?? "A").charCodeAt(0) - 65];
};
const cells = (sheet: SheetValues, refs: readonly string[]) => Object.fromEntries(refs.map((r) => [r, cell(sheet, r)]));
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("values as Excel shows them", () => {
  it("formulas give their cached results; #N/A and #REF! come as their text", async () => {
    expect(cells(await readSheet("cong-thuc-va-loi.xlsx"), ["A6", "A8", "B7", "D6", "J7", "K8"])).toStrictEqual({ A6: 1, A8: 3, B7: "Giàng A Sử", D6: "#REF!", J7: "#N/A", K8: "03/11/2021" });
  });

  it("shared formulas: every cell of the range gives its own cached value", async () => {
    expect(cells(await readSheet("cong-thuc-dung-chung.xlsx"), ["A6", "A7", "A8", "G6", "G8", "J8"])).toStrictEqual({ A6: 1, A7: 2, A8: 3, G6: "x", G8: "x", J8: "x" });
  });

  it("rich text and hyperlinks give their text", async () => {
    expect(cells(await readSheet("chu-dinh-dang.xlsx"), ["B7", "B8"])).toStrictEqual({ B7: "Giàng A Sử", B8: "Hộ ông Vàng A Tủa" });
    expect(cells(await readSheet("lien-ket.xlsx"), ["B6", "B7"])).toStrictEqual({ B6: "Thôn Háng Đề Dê", B7: "Giàng A Sử" });
  });

  it("emoji are kept; _x0007_ (a bell) is dropped, _x000D_ becomes a carriage return, a tab stays", async () => {
    expect(cells(await readSheet("emoji-ky-tu-dieu-khien.xlsx"), ["B6", "B7", "B8"])).toStrictEqual({ B6: "Thôn Háng Đề Dê 🌾", B7: "Giàng A\r Sử", B8: "Hộ ông\tVàng A Tủa 👨‍👩‍👧" });
  });

  it("a 32,767-character text is read whole", async () => {
    expect(String(cell(await readSheet("van-ban-32767.xlsx"), "F7")).length).toBe(32767);
  });

  it("1904 date system: date cells come out as the days Excel shows", async () => {
    expect(cells(await readSheet("ngay-1904.xlsx"), ["K6", "K7", "K8"])).toStrictEqual({ K6: utc(2021, 11, 2), K7: utc(2021, 11, 3), K8: utc(2021, 11, 4) });
  });

  it("a date Excel cannot draw (a serial past year 9999) reads as Excel shows it, ########", async () => {
    const bytes = buildRawXlsx({ sheets: [{ name: "S", rows: [rowXml(1, [dateCell("A1", 1e10), dateCell("B1", 44502)])] }] });
    expect((await readWorkbookBytes(bytes, "x.xlsx")).sheets[0]?.rows).toStrictEqual([["########", utc(2021, 11, 2)]]);
  });

  it("text before 1900 stays text; the figures stored as text stay as written for the core to read", async () => {
    expect(cells(await readSheet("ngay-truoc-1900.xlsx"), ["D7", "D8", "L6"])).toStrictEqual({ D7: "15/03/1899", D8: utc(1960, 5, 19), L6: "15/03/1899" });
    expect(cells(await readSheet("so-dang-van-ban.xlsx"), ["K6", "M6"])).toStrictEqual({ K6: "2.000", M6: "1.250,5" });
  });
});

describe("sheets", () => {
  it("a used range of 1,048,576 rows: only the list's rows, the blank ones at the end left out", async () => {
    const sheet = await readSheet("1048576-dong.xlsx");
    expect({ rows: sheet.rows.length, last: sheet.rows[7]?.[1] }).toStrictEqual({ rows: 8, last: "Hộ ông Vàng A Tủa" });
  });

  it("hidden rows are read and listed; hidden sheets are read and marked hidden", async () => {
    expect((await readSheet("dong-an.xlsx")).hiddenRows).toStrictEqual([7]);
    const wb = await readSpreadsheetBytes(readFileSync(join(BAD_DIR, "trang-an.xlsx")), "trang-an.xlsx");
    expect(wb.sheets.map((s) => [s.name, s.hidden ?? false, s.rows.length])).toStrictEqual([
      ["Danh sách", false, 8],
      ["Mẫu cũ", true, 6],
    ]);
  });

  it("merged cells inside the data: the top-left value only, the merges listed for the core to fill", async () => {
    const sheet = await readSheet("o-gop-trong-du-lieu.xlsx");
    expect({ merges: sheet.merges, E6: cell(sheet, "E6"), E7: cell(sheet, "E7") }).toStrictEqual({ merges: ["E6:E8", "K6:K8"], E6: "Cả nước chung sức xây dựng nông thôn mới", E7: null });
  });

  it("a CSV is one sheet named after the file, every value its text, a quoted line break kept", async () => {
    const sheet = await readSheet("danh-sach-utf8.csv");
    expect({ name: sheet.name, rows: sheet.rows.length, A5: cell(sheet, "A5"), F7: cell(sheet, "F7"), K7: cell(sheet, "K7") }).toStrictEqual({
      name: "danh-sach-utf8",
      rows: 7,
      A5: "1",
      F7: "Trồng 5 ha chè Shan tuyết;\nbán 20 tấn chè búp",
      K7: "03/11/2021",
    });
  });
});

describe("toCellScalar", () => {
  it("turns every exceljs value into a plain scalar", () => {
    expect([
      toCellScalar(null),
      toCellScalar(Number.NaN),
      toCellScalar({ error: "#DIV/0!" }),
      toCellScalar({ formula: "1/0", result: { error: "#DIV/0!" } } as never),
      toCellScalar({ sharedFormula: "A1", result: "x" } as never),
      toCellScalar({ formula: "NOW()" } as never),
      toCellScalar({ richText: [{ text: "a_x005F_x0041_" }, { text: "b" }] }),
      toCellScalar({ text: { richText: [{ text: "Lò Văn Pó" }] }, hyperlink: "mailto:a@b.vn" } as never),
    ]).toStrictEqual([null, null, "#DIV/0!", "#DIV/0!", "x", null, "a_x0041_b", "Lò Văn Pó"]);
  });

  it("refuses what is not an .xlsx even when named so, with its reason", async () => {
    const error = await readWorkbookBytes(Buffer.from("a;b\n1;2\n"), "x.csv").catch((e: unknown) => e);
    expect(error instanceof FileProblemError ? error.problem : error).toStrictEqual({ code: "format/text", file: "x.csv" });
  });
});
