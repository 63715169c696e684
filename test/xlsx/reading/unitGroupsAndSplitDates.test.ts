import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckReport, SheetReport } from "../../../src/core/check/report";
import { collectEntries, consolidateEntries } from "../../../src/core/consolidate/consolidate";
import type { Nomination } from "../../../src/core/model";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import { makeNomination, makeTestPlan } from "../../helpers/sheets";

/**
 * Group rows that name a unit ("I. Xã Hòa Bình", "1. Phường Bồ Đề", "Đơn vị: Trường THCS Tân
 * Lập") and dates split over "Ngày | Tháng | Năm", on .xlsx files from both producers
 * (test/fixtures/sheets/, made by scripts/makeSheetFixtures.ts).
 */

const plan = makeTestPlan();
const FIXTURES = join(__dirname, "..", "..", "fixtures", "sheets");
const PRODUCERS = ["exceljs", "raw"] as const;

const checkFixture = async (producer: (typeof PRODUCERS)[number], file: string): Promise<CheckReport> =>
  checkWorkbook(await readWorkbookBytes(readFileSync(join(FIXTURES, producer, file)), file), plan);

const onlySheet = (report: CheckReport): SheetReport => {
  const [sheet, ...others] = report.sheets;
  if (!sheet || others.length > 0) throw new Error(`expected one list in ${report.file}, got ${report.sheets.length}`);
  return sheet;
};

const ALL_X = { "chap-hanh": "x", "hoan-thanh": "x", "mo-hinh-moi": "x", "tuong-than": "x" };
const valid = (n: Nomination, isValid = true) => ({ ...n, valid: isValid });
const rowFindings = (sheet: SheetReport) => sheet.findings.filter((f) => f.row !== undefined).map((f) => [f.code, f.cell, f.actual, f.message]);

describe.each(PRODUCERS)("group rows naming a unit, .xlsx written by %s", (producer) => {
  test("kinds outside, communes inside: each row takes the commune of its group, and consolidation counts it there", async () => {
    const report = await checkFixture(producer, "cum-nhom-doi-tuong-don-vi.xlsx");
    const sheet = onlySheet(report);
    const consolidated = consolidateEntries(plan, collectEntries([report]), []);
    const ntm = { movement: "nong-thon-moi", movementText: "Nông thôn mới" };
    expect({
      rows: [sheet.headerRow, sheet.firstDataRow, sheet.lastDataRow],
      nominations: sheet.nominations,
      rowFindings: rowFindings(sheet),
      units: consolidated.units.map((u) => [u.unit, u.unitKind, u.rows, u.byKind]),
      quotas: consolidated.quotas.map((q) => [q.scope, q.ruleId, q.actual, q.met]),
    }).toStrictEqual({
      rows: [6, 8, 19],
      nominations: [
        valid(makeNomination({ row: 10, name: "Thôn Đồng Tâm", kind: "tap_the", kindText: "", unit: "Xã Hòa Bình", achievements: "Thôn đạt chuẩn nông thôn mới kiểu mẫu", date: "05/11/2024", ...ntm, marks: ALL_X })),
        valid(makeNomination({ row: 11, name: "Hợp tác xã Chè Hòa Bình", kind: "tap_the", kindText: "Tập thể", unit: "Xã Hòa Bình", achievements: "Doanh thu tăng 20%", date: "06/11/2024", ...ntm, marks: ALL_X })),
        valid(
          makeNomination({
            row: 13, name: "Tổ dân phố số 3", kind: "tap_the", kindText: "TT", unit: "Xã Tân Lập", achievements: "Giúp 5 hộ thoát nghèo", date: "07/11/2024",
            movement: "vi-nguoi-ngheo", movementText: "Vì người nghèo", marks: ALL_X,
          }),
        ),
        valid(
          makeNomination({
            row: 16, name: "Nguyễn Văn Hùng", kind: "ca_nhan", kindText: "", unit: "Xã Hòa Bình", position: "Trưởng thôn Đồng Tâm", achievements: "Vận động 40 hộ hiến đất",
            date: "05/11/2024", ...ntm, marks: ALL_X,
          }),
        ),
        valid(makeNomination({ row: 18, name: "Lò Thị Mai", kindText: "CN", unit: "Thị trấn Mường Thanh", position: "Giáo viên", achievements: "Giáo viên dạy giỏi cấp tỉnh", date: "08/11/2024", marks: ALL_X })),
        valid(makeNomination({ row: 19, name: "Đinh Văn Tú", kindText: "CN", unit: "Thị trấn Mường Thanh", position: "Công an viên", achievements: "Bắt 3 vụ trộm", date: "08/11/2024", marks: ALL_X })),
      ],
      rowFindings: [],
      units: [
        ["Thị trấn Mường Thanh", "thi-tran", 2, { ca_nhan: 2, tap_the: 0, ho_gia_dinh: 0 }],
        ["Xã Hòa Bình", "xa", 3, { ca_nhan: 1, tap_the: 2, ho_gia_dinh: 0 }],
        ["Xã Tân Lập", "xa", 1, { ca_nhan: 0, tap_the: 1, ho_gia_dinh: 0 }],
      ],
      quotas: [
        ["Thị trấn Mường Thanh", "thi-tran-01-tt-03-cn", 2, false],
        ["Xã Hòa Bình", "xa-01-04", 3, true],
        ["Xã Tân Lập", "xa-01-04", 1, true],
      ],
    });
  });

  test("units outside, kinds inside: 1. Phường Bồ Đề with a) Tập thể, b) Cá nhân; a row's own unit wins; Đơn vị: …; a unit's name alone on its row", async () => {
    const report = await checkFixture(producer, "nhom-don-vi-doi-tuong.xlsx");
    const sheet = onlySheet(report);
    const consolidated = consolidateEntries(plan, collectEntries([report]), []);
    expect({
      nominations: sheet.nominations,
      rowFindings: rowFindings(sheet),
      units: consolidated.units.map((u) => [u.unit, u.unitKind, u.rows]),
    }).toStrictEqual({
      nominations: [
        valid(makeNomination({ row: 5, name: "Tổ dân phố số 3", kind: "tap_the", kindText: "", unit: "Phường Bồ Đề", achievements: "Tổ dân phố văn hóa 5 năm liền", date: "05/11/2024" })),
        valid(makeNomination({ row: 7, name: "Nguyễn Thị Lan", kindText: "", unit: "Phường Bồ Đề", achievements: "Tổ trưởng tổ dân phố", date: "05/11/2024" })),
        valid(makeNomination({ row: 8, name: "Trần Văn Nam", kindText: "", unit: "Phường Phúc Lợi", achievements: "Hiến đất làm ngõ", date: "06/11/2024" })),
        valid(makeNomination({ row: 10, name: "Lê Thị Hương", unit: "Trường THCS Tân Lập", achievements: "Giáo viên dạy giỏi", date: "07/11/2024" })),
        valid(makeNomination({ row: 12, name: "Lò Văn Pọm", kindText: "CN", unit: "Xã Hòa Bình", achievements: "Nuôi 30 con trâu", date: "08/11/2024" })),
        valid(makeNomination({ row: 13, name: "Đoàn Văn Hải", kindText: "CN", unit: "Xã Hòa Bình", achievements: "Trồng 5 ha rừng", date: "08/11/2024" })),
      ],
      rowFindings: [],
      units: [
        ["Phường Bồ Đề", "phuong", 2],
        ["Phường Phúc Lợi", "phuong", 1],
        ["Trường THCS Tân Lập", "truong-hoc", 1],
        ["Xã Hòa Bình", "xa", 2],
      ],
    });
  });
});

describe.each(PRODUCERS)("dates split over Ngày | Tháng | Năm, .xlsx written by %s", (producer) => {
  test("under one merged header: read as one date; 31/04/2024 is not a date, pointed at the day's cell as written", async () => {
    const sheet = onlySheet(await checkFixture(producer, "ngay-ba-cot.xlsx"));
    const row = (n: number, name: string, kindText: string, fields: Partial<Nomination>, isValid = true) =>
      valid(makeNomination({ row: n, name, kindText, kind: kindText === "TT" ? "tap_the" : kindText === "HGĐ" ? "ho_gia_dinh" : "ca_nhan", unit: "Xã Hòa Bình", ...fields }), isValid);
    expect({
      rows: [sheet.headerRow, sheet.headerRowEnd, sheet.firstDataRow],
      columns: sheet.columns.fields,
      unmapped: sheet.unmappedColumns,
      nominations: sheet.nominations,
      rowFindings: rowFindings(sheet),
    }).toStrictEqual({
      rows: [3, 4, 6],
      columns: { order: "A", name: "B", kind: "C", date: "D", note: "G" },
      unmapped: [],
      nominations: [
        row(6, "Nguyễn Văn Hùng", "CN", { date: "05/11/2024" }),
        row(7, "Thôn Đồng Tâm", "TT", { date: "05/11/2024" }),
        row(8, "Đinh Thị Hoa", "CN", { note: "Ngày ghi nhầm" }, false),
        row(9, "Lò Văn Pọm", "CN", {}),
        row(10, "Hộ ông Lò Văn Khánh", "HGĐ", { date: "20/12/2024" }, false),
        row(11, "Vi Thị Lan", "CN", { date: "15/11/2024" }),
      ],
      rowFindings: [
        ["cell/date-format", "D8", "31/04/2024", 'ô D8: "31/04/2024" không phải ngày; hãy ghi ngày dạng dd/mm/yyyy.'],
        ["cell/date-late", "D10", "20/12/2024", "ô D10: ngày 20/12/2024 sau thời hạn 30/11/2024 của kế hoạch; đăng ký này bị muộn."],
      ],
    });
  });

  test("a birth date under Ngày tháng năm sinh gives the birth year; Ngày, Tháng, Năm as headers of their own give the registration date", async () => {
    const sheet = onlySheet(await checkFixture(producer, "ngay-sinh-ngay-dang-ky-tach-cot.xlsx"));
    const unit = sheet.unit;
    expect({
      columns: sheet.columns.fields,
      unmapped: sheet.unmappedColumns,
      nominations: sheet.nominations,
      rowFindings: rowFindings(sheet),
    }).toStrictEqual({
      columns: { order: "A", name: "B", birthYear: "C", kind: "F", date: "G" },
      unmapped: [],
      nominations: [
        valid(makeNomination({ row: 4, name: "Nguyễn Văn Hùng", kindText: "CN", unit, birthYear: 1975, date: "05/11/2024" })),
        valid(makeNomination({ row: 5, name: "Đinh Thị Hoa", kindText: "CN", unit, birthYear: 1980 }), false),
      ],
      rowFindings: [["cell/date-format", "G5", "29/02/2023", 'ô G5: "29/02/2023" không phải ngày; hãy ghi ngày dạng dd/mm/yyyy.']],
    });
  });
});
