import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckReport, SheetReport } from "../../../src/core/check/report";
import type { Nomination } from "../../../src/core/model";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import { findSoffice } from "../../helpers/pdf";
import { expectedHoaBinhNominations, makeTestPlan } from "../../helpers/sheets";

/**
 * A third producer: the fixtures re-saved by LibreOffice Calc (`soffice --headless --convert-to
 * xlsx`), as offices that work in LibreOffice send them. Only this part is skipped, with a
 * message, where LibreOffice is not installed.
 */

const run = promisify(execFile);
const plan = makeTestPlan();
const FIXTURES = join(__dirname, "..", "..", "fixtures", "sheets", "raw");
const FILES = ["hoa-binh-hai-dong.xlsx", "hoa-binh-tcvn3.xlsx", "nhieu-trang.xlsx", "cum-nhom-doi-tuong-don-vi.xlsx", "ngay-ba-cot.xlsx"];
const soffice = findSoffice();

if (!soffice) {
  console.warn("LibreOffice (soffice) is not on PATH: the reading test on files saved by LibreOffice is not run.");
}

const describeWithSoffice = soffice ? describe : describe.skip;

describeWithSoffice("reading .xlsx saved by LibreOffice Calc", () => {
  let dir = "";
  const reports = new Map<string, CheckReport>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "dienhinh-lo-"));
    const inputs = FILES.map((f) => {
      copyFileSync(join(FIXTURES, f), join(dir, f));
      return join(dir, f);
    });
    const profile = join(dir, "profile");
    await run(soffice ?? "soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "out"), ...inputs], { timeout: 180_000 });
    for (const f of FILES) reports.set(f, checkWorkbook(await readWorkbookBytes(readFileSync(join(dir, "out", f)), f), plan));
  }, 200_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const sheetOf = (file: string, index = 0): SheetReport => {
    const sheet = reports.get(file)?.sheets[index];
    if (!sheet) throw new Error(`no list ${index} in ${file}`);
    return sheet;
  };
  const plain = (s: SheetReport): Nomination[] => s.nominations.map(({ valid: _v, unit: _u, ...n }) => ({ ...n, unit: "" }));

  test("the two-row merged header and its numbers row: the same nominations on the same rows", () => {
    const s = sheetOf("hoa-binh-hai-dong.xlsx");
    expect({ rows: [s.headerRow, s.headerRowEnd, s.firstDataRow], unit: s.unit, nominations: plain(s) }).toStrictEqual({
      rows: [6, 7, 9],
      unit: "Xã Hòa Bình",
      nominations: expectedHoaBinhNominations(9),
    });
  });

  test("TCVN3 keeps its font names through LibreOffice and is converted", () => {
    const s = sheetOf("hoa-binh-tcvn3.xlsx");
    expect({ encoding: s.encoding, unit: s.unit, nominations: plain(s) }).toStrictEqual({ encoding: "tcvn3", unit: "Xã Hòa Bình", nominations: expectedHoaBinhNominations(8) });
  });

  test("group rows naming a commune give it to the rows below", () => {
    const s = sheetOf("cum-nhom-doi-tuong-don-vi.xlsx");
    expect(s.nominations.map((n) => [n.row, n.name, n.kind, n.unit])).toStrictEqual([
      [10, "Thôn Đồng Tâm", "tap_the", "Xã Hòa Bình"],
      [11, "Hợp tác xã Chè Hòa Bình", "tap_the", "Xã Hòa Bình"],
      [13, "Tổ dân phố số 3", "tap_the", "Xã Tân Lập"],
      [16, "Nguyễn Văn Hùng", "ca_nhan", "Xã Hòa Bình"],
      [18, "Lò Thị Mai", "ca_nhan", "Thị trấn Mường Thanh"],
      [19, "Đinh Văn Tú", "ca_nhan", "Thị trấn Mường Thanh"],
    ]);
  });

  test("a date over Ngày | Tháng | Năm read as one; 31/04/2024 is not a date, at the day's cell", () => {
    const s = sheetOf("ngay-ba-cot.xlsx");
    expect({
      dates: s.nominations.map((n) => n.date ?? null),
      findings: s.findings.filter((f) => f.code.startsWith("cell/date")).map((f) => [f.code, f.cell, f.actual]),
    }).toStrictEqual({
      dates: ["05/11/2024", "05/11/2024", null, null, "20/12/2024", "15/11/2024"],
      findings: [["cell/date-format", "D8", "31/04/2024"], ["cell/date-late", "D10", "20/12/2024"]],
    });
  });

  test("a workbook of several sheets: the same lists read and the same sheets skipped", () => {
    const report = reports.get("nhieu-trang.xlsx");
    expect({ lists: report?.sheets.map((s) => [s.sheet, s.rows]), skipped: report?.skippedSheets.map((s) => s.sheet) }).toStrictEqual({
      lists: [["Xã Hòa Bình", 4], ["Xã Tân Lập", 0]],
      skipped: ["Hướng dẫn", "Kinh phí", "Tổng hợp", "Mẫu cũ"],
    });
  });
});
