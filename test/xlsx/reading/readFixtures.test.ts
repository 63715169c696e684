import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckReport, SheetReport, UnitInfo } from "../../../src/core/check/report";
import type { Nomination, WorkbookValues } from "../../../src/core/model";
import { readUnitsRegistry } from "../../../src/core/units/readUnitsRegistry";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import { expectedHoaBinhNominations, HOA_BINH_COLUMNS, makeNomination, makeTestPlan } from "../../helpers/sheets";

/**
 * The reading cases on real .xlsx files from two producers: exceljs, and sheet XML written by
 * hand the way openpyxl and others write it (shared and inline strings, date serials under a date
 * format, formulas without cached values). Fixtures: test/fixtures/sheets/, made by
 * scripts/makeSheetFixtures.ts.
 */

const plan = makeTestPlan();
const FIXTURES = join(__dirname, "..", "..", "fixtures", "sheets");
const PRODUCERS = ["exceljs", "raw"] as const;
type Producer = (typeof PRODUCERS)[number];

const readFixture = (producer: Producer, file: string, asName = file): Promise<WorkbookValues> => readWorkbookBytes(readFileSync(join(FIXTURES, producer, file)), asName);

const loadRegistry = async (producer: Producer): Promise<UnitInfo[]> => {
  const result = readUnitsRegistry(await readFixture(producer, "don-vi.xlsx"), plan);
  if (!result.ok) throw new Error("registry fixture unreadable");
  return result.units;
};

const checkFixture = async (producer: Producer, file: string, options: { asName?: string; unit?: string } = {}): Promise<CheckReport> =>
  checkWorkbook(await readFixture(producer, file, options.asName), plan, { units: await loadRegistry(producer), ...(options.unit ? { unit: options.unit } : {}) });

const onlySheet = (report: CheckReport): SheetReport => {
  const [sheet, ...others] = report.sheets;
  if (!sheet || others.length > 0) throw new Error(`expected one list in ${report.file}, got ${report.sheets.length}`);
  return sheet;
};
const plainNominations = (sheet: SheetReport): Nomination[] => sheet.nominations.map(({ valid: _v, unit: _u, ...n }) => ({ ...n, unit: "" }));
const withoutRow = (ns: readonly Nomination[]) => ns.map(({ row: _row, ...rest }) => rest);

describe.each(PRODUCERS)("reading .xlsx written by %s", (producer) => {
  test("the units registry: names, kinds and staff", async () => {
    expect(await loadRegistry(producer)).toStrictEqual([
      { name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 },
      { name: "Xã Tân Lập", kind: "xa", kindText: "Xã", staff: 18 },
      { name: "Thị trấn Mường Thanh", kind: "thi-tran", kindText: "Thị trấn", staff: 25 },
      { name: "Phòng Nội vụ", kind: "phong-ban", kindText: "Phòng, ban", staff: 41 },
      { name: "Công ty TNHH Minh Phát", kind: "doanh-nghiep", kindText: "Doanh nghiệp", staff: null },
    ]);
  });

  test("title block, header below it, (1) (2) … row, blank row, signature block: the four nominations and where they are", async () => {
    const sheet = onlySheet(await checkFixture(producer, "hoa-binh.xlsx"));
    expect({
      unit: [sheet.unit, sheet.unitSource, sheet.unitKind],
      rows: [sheet.headerRow, sheet.headerRowEnd, sheet.firstDataRow, sheet.lastDataRow, sheet.year],
      columns: sheet.columns,
      unmapped: sheet.unmappedColumns,
      nominations: plainNominations(sheet),
      cells: sheet.findings.map((f) => [f.code, f.cell ?? null]),
    }).toStrictEqual({
      unit: ["Xã Hòa Bình", "title", "xa"],
      rows: [6, 6, 8, 12, 2024],
      columns: HOA_BINH_COLUMNS,
      unmapped: [],
      nominations: expectedHoaBinhNominations(8),
      cells: [["sheet/missing-criterion-column", null], ["cell/criterion", "I11"], ["cell/date-late", "K12"]],
    });
  });

  test("the same list in NFD, TCVN3 (.VnTime, .VnTimeH), VNI and under a two-row merged header gives the same nominations", async () => {
    const files = ["hoa-binh.xlsx", "hoa-binh-nfd.xlsx", "hoa-binh-tcvn3.xlsx", "hoa-binh-vni.xlsx", "hoa-binh-hai-dong.xlsx"];
    const sheets = await Promise.all(files.map(async (f) => onlySheet(await checkFixture(producer, f))));
    expect(sheets.map((s) => [s.encoding, s.unit, s.headerRow, s.headerRowEnd, s.firstDataRow])).toStrictEqual([
      ["unicode", "Xã Hòa Bình", 6, 6, 8],
      ["unicode", "Xã Hòa Bình", 6, 6, 8],
      ["tcvn3", "Xã Hòa Bình", 6, 6, 8],
      ["vni", "Xã Hòa Bình", 6, 6, 8],
      ["unicode", "Xã Hòa Bình", 6, 7, 9],
    ]);
    const reference = withoutRow(expectedHoaBinhNominations(8));
    for (const s of sheets) expect(withoutRow(plainNominations(s))).toStrictEqual(reference);
  });

  test("header in row 1, no diacritics, columns out of order, extra columns unmapped, unit from the unit column", async () => {
    const sheet = onlySheet(await checkFixture(producer, "tan-lap-khong-dau.xlsx"));
    const marks = { "chap-hanh": "x", "hoan-thanh": "x", "mo-hinh-moi": "x", "tuong-than": "x" };
    expect({ unit: [sheet.unit, sheet.unitSource], columns: sheet.columns, unmapped: sheet.unmappedColumns, nominations: sheet.nominations }).toStrictEqual({
      unit: ["Xã Tân Lập", "column"],
      columns: {
        fields: { name: "A", order: "B", kind: "D", unit: "E", date: "F" },
        criteria: { "chap-hanh": "H", "hoan-thanh": "I", "mo-hinh-moi": "J", "tuong-than": "K" },
        metrics: {},
      },
      unmapped: [{ column: "C", header: "So dien thoai" }, { column: "G", header: "Gioi tinh" }],
      nominations: [
        { ...makeNomination({ row: 2, name: "Trần Thị Lan", unit: "Xã Tân Lập", date: "01/10/2024", marks }), valid: true },
        { ...makeNomination({ row: 3, name: "Hợp tác xã Chè Tân Lập", kind: "tap_the", kindText: "Tập thể", unit: "Xã Tân Lập", date: "01/10/2024", marks }), valid: true },
      ],
    });
  });

  test("a header over three rows, figures stored as text, the unit from the file name: the profit that fell 400 → 380 fails", async () => {
    const sheet = onlySheet(await checkFixture(producer, "doanh-nghiep-ba-dong.xlsx", { asName: "Cong_ty_TNHH_Minh_Phat - DS 2024.xlsx" }));
    const unit = "Công ty TNHH Minh Phát";
    const row = (n: number, name: string, fields: Partial<Nomination>, valid: boolean) => ({ ...makeNomination({ row: n, name, unit, movement: "doanh-nghiep-hoi-nhap", ...fields }), valid });
    expect({
      unit: [sheet.unit, sheet.unitSource, sheet.unitKind],
      rows: [sheet.headerRow, sheet.headerRowEnd, sheet.firstDataRow, sheet.year],
      nominations: sheet.nominations,
      rowFindings: sheet.findings.filter((f) => f.row !== undefined).map(({ message: _m, ...f }) => f),
      quarters: sheet.quotas.map((q) => [q.period, q.actual, q.met]),
    }).toStrictEqual({
      unit: [unit, "file", "doanh-nghiep"],
      rows: [3, 5, 7, 2024],
      nominations: [
        row(7, "Tổ sản xuất số 1", { kind: "tap_the", kindText: "Tập thể", date: "15/02/2024", figures: { "doanh-thu": { 2023: 2000, 2024: 2500 }, "loi-nhuan": { 2023: 400, 2024: 380 } } }, false),
        row(8, "Phân xưởng chế biến", { kind: "tap_the", kindText: "Tập thể", date: "20/05/2024", figures: { "doanh-thu": { 2023: 1200, 2024: 1500 }, "loi-nhuan": { 2023: 1250.5, 2024: 1300 } } }, true),
        row(9, "Phạm Văn Minh", { date: "10/08/2024", figures: { "doanh-thu": { 2023: null, 2024: null }, "loi-nhuan": { 2023: null, 2024: null } } }, true),
      ],
      rowFindings: [{ code: "cell/rising", severity: "error", sheet: "Sheet1", row: 7, column: "G", cell: "G7", ruleId: "loi-nhuan-tang", expected: "> 400 (năm 2023)", actual: "380 (năm 2024)" }],
      quarters: [["Quý I/2024", 0, false], ["Quý II/2024", 1, true], ["Quý III/2024", 1, true], ["Quý IV/2024", 0, false]],
    });
  });

  test("a workbook of several sheets: each list read, the guide, budget, COUNTA summary and hidden tab skipped with the reason", async () => {
    const report = await checkFixture(producer, "nhieu-trang.xlsx");
    expect({
      lists: report.sheets.map((s) => [s.sheet, s.unit, s.unitSource, s.rows, s.quotas.map((q) => q.met)]),
      skipped: report.skippedSheets.map((s) => s.sheet),
      reasons: report.skippedSheets.map((s) => s.reason.split(",")[0]),
    }).toStrictEqual({
      lists: [["Xã Hòa Bình", "Xã Hòa Bình", "title", 4, [true]], ["Xã Tân Lập", "Xã Tân Lập", "sheet", 0, [false]]],
      skipped: ["Hướng dẫn", "Kinh phí", "Tổng hợp", "Mẫu cũ"],
      reasons: ["trang hướng dẫn cách ghi danh sách", "trang kinh phí (số tiền", "trang tổng hợp (đếm", "trang tính bị ẩn"],
    });
  });

  test("the unit given by the user, and from the file name when nothing in the sheet names it", async () => {
    const byOption = onlySheet(await checkFixture(producer, "hoa-binh.xlsx", { unit: "Xa Tan Lap" }));
    const byFile = onlySheet(checkWorkbook(await readFixture(producer, "doanh-nghiep-ba-dong.xlsx", "Phong_Noi_vu.xlsx"), plan, { units: await loadRegistry(producer) }));
    expect([[byOption.unit, byOption.unitSource], [byFile.unit, byFile.unitSource, byFile.unitKind]]).toStrictEqual([
      ["Xã Tân Lập", "option"],
      ["Phòng Nội vụ", "file", "phong-ban"],
    ]);
  });
});

test("both producers' files read to the same values, sheet by sheet", async () => {
  const files = ["hoa-binh.xlsx", "hoa-binh-tcvn3.xlsx", "hoa-binh-hai-dong.xlsx", "tan-lap-khong-dau.xlsx", "doanh-nghiep-ba-dong.xlsx"];
  for (const file of files) {
    const [a, b] = await Promise.all(PRODUCERS.map((p) => readFixture(p, file)));
    expect({ file, rows: b?.sheets.map((s) => s.rows) }).toStrictEqual({ file, rows: a?.sheets.map((s) => s.rows) });
  }
});
