import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckReport, SheetReport, UnitInfo } from "../../../src/core/check/report";
import type { Finding } from "../../../src/core/model";
import { encodeSheetSpec, expectedHoaBinhNominations, HOA_BINH_COLUMNS, makeHoaBinhSpec, makeSheet, makeTestPlan, toSheetValues } from "../../helpers/sheets";

const plan = makeTestPlan();
const REGISTRY: UnitInfo[] = [
  { name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 },
  { name: "Xã Tân Lập", kind: "xa", kindText: "Xã", staff: 18 },
  { name: "Phòng Nội vụ", kind: "phong-ban", kindText: "Phòng, ban", staff: 41 },
];

/** Findings compared as structure; each message must at least name where the problem is. */
const withoutMessages = (sheet: SheetReport): Omit<SheetReport, "findings"> & { findings: Finding[] } => {
  for (const f of sheet.findings) {
    const where = f.cell ?? f.sheet;
    if (!f.message.includes(where)) throw new Error(`message "${f.message}" does not name ${where}`);
  }
  return { ...sheet, findings: sheet.findings.map(({ message: _m, ...f }) => f) };
};
const onlySheet = (report: CheckReport): SheetReport => {
  const [sheet, ...others] = report.sheets;
  if (!sheet || others.length > 0) throw new Error(`expected one list, got ${report.sheets.length}`);
  return sheet;
};

const HOA_BINH_FINDINGS: Finding[] = [
  { code: "sheet/missing-criterion-column", severity: "warning", sheet: "Danh sách", ruleId: "ntm-ca-nhan", expected: "Tiêu chí nông thôn mới (cá nhân)" },
  { code: "cell/criterion", severity: "error", sheet: "Danh sách", row: 11, column: "I", cell: "I11", ruleId: "mo-hinh-moi", expected: "x", actual: "" },
  { code: "cell/date-late", severity: "error", sheet: "Danh sách", row: 12, column: "K", cell: "K12", ruleId: "han-dang-ky", expected: "30/11/2024", actual: "20/12/2024" },
];

describe("checkWorkbook", () => {
  test("a commune's list: every nomination, every finding with its Excel row and cell, the quota", () => {
    const report = checkWorkbook({ file: "Xa_Hoa_Binh.xlsx", sheets: [toSheetValues(makeHoaBinhSpec())] }, plan, { units: REGISTRY });
    const valid = [true, true, false, false];
    expect({ sheet: withoutMessages(onlySheet(report)), skipped: report.skippedSheets, summary: report.summary }).toStrictEqual({
      sheet: {
        sheet: "Danh sách", unit: "Xã Hòa Bình", unitSource: "title", unitKind: "xa", units: [{ name: "Xã Hòa Bình", source: "title", kind: "xa", rows: 4 }],
        headerRow: 6, headerRowEnd: 6, firstDataRow: 8, lastDataRow: 12, year: 2024, encoding: "unicode", rows: 4, validRows: 2,
        columns: HOA_BINH_COLUMNS, unmappedColumns: [],
        nominations: expectedHoaBinhNominations(8).map((n, i) => ({ ...n, unit: "Xã Hòa Bình", valid: valid[i] })),
        findings: HOA_BINH_FINDINGS,
        quotas: [{ ruleId: "xa-01-04", text: "Mỗi xã từ 01 đến 04 điển hình", scope: "Xã Hòa Bình", period: "Cả kỳ 2024–2025", required: 1, max: 4, actual: 2, registered: 4, shortfall: 0, excess: 0, met: true }],
      },
      skipped: [],
      summary: { rows: 4, validRows: 2, errors: 2, warnings: 1, quotasUnmet: 0 },
    });
  });

  test("the same list in TCVN3 gives the same nominations and findings; the report says which encoding it read", () => {
    const report = checkWorkbook({ file: "Xa_Hoa_Binh.xlsx", sheets: [toSheetValues(encodeSheetSpec(makeHoaBinhSpec(), "tcvn3"))] }, plan, { units: REGISTRY });
    const sheet = withoutMessages(onlySheet(report));
    expect({ encoding: sheet.encoding, nominations: sheet.nominations.map((n) => n.name), findings: sheet.findings }).toStrictEqual({
      encoding: "tcvn3",
      nominations: ["Nguyễn Văn Hùng", "Thôn Đồng Tâm", "Hộ ông Lò Văn Pọm", "Đinh Thị Hoa"],
      findings: HOA_BINH_FINDINGS,
    });
  });

  test("a workbook of several sheets: every list read, the guide, budget, summary and hidden tab skipped with the reason", () => {
    const workbook = {
      file: "Cum_xa.xlsx",
      sheets: [
        makeSheet("Hướng dẫn", [["Cột Họ và tên ghi đầy đủ họ tên."], ["STT", "Họ và tên", "Đối tượng"], [1, "Nguyễn Văn A", "Cá nhân"]]),
        toSheetValues(makeHoaBinhSpec("Xã Hòa Bình")),
        makeSheet("Xã Tân Lập", [["DANH SÁCH NĂM 2024"], ["STT", "Họ và tên", "Đối tượng", "Thành tích tiêu biểu"]]),
        makeSheet("Kinh phí", [["STT", "Nội dung", "Thành tiền"], [1, "Giấy khen", 2000000]]),
        makeSheet("Tổng hợp", [["Xã", "Số điển hình"], ["Hòa Bình", null], ["Tân Lập", null]]),
        { ...toSheetValues(makeHoaBinhSpec("Mẫu cũ")), hidden: true },
      ],
    };
    const report = checkWorkbook(workbook, plan, { units: REGISTRY });
    expect(report.skippedSheets).toStrictEqual([
      { sheet: "Hướng dẫn", reason: "trang hướng dẫn cách ghi danh sách, không phải danh sách đề nghị" },
      { sheet: "Kinh phí", reason: "trang kinh phí (số tiền, dự toán), không phải danh sách đề nghị" },
      { sheet: "Tổng hợp", reason: "trang tổng hợp (đếm, cộng số lượng theo đơn vị), không phải danh sách đề nghị" },
      { sheet: "Mẫu cũ", reason: "trang tính bị ẩn" },
    ]);
    expect(report.sheets.map((s) => [s.sheet, s.unit, s.unitSource, s.rows])).toStrictEqual([
      ["Xã Hòa Bình", "Xã Hòa Bình", "title", 4],
      ["Xã Tân Lập", "Xã Tân Lập", "sheet", 0],
    ]);
  });

  test("a header and no rows: zero nominations whose quota falls short, not a skipped sheet", () => {
    const report = checkWorkbook({ file: "Xa_Tan_Lap.xlsx", sheets: [makeSheet("DS", [["UBND XÃ TÂN LẬP"], ["DANH SÁCH NĂM 2024"], ["STT", "Họ và tên", "Đối tượng"]])] }, plan, { units: REGISTRY });
    const sheet = onlySheet(report);
    expect({ rows: sheet.rows, nominations: sheet.nominations, findings: sheet.findings, quotas: sheet.quotas, summary: report.summary }).toStrictEqual({
      rows: 0,
      nominations: [],
      findings: [],
      quotas: [{ ruleId: "xa-01-04", text: "Mỗi xã từ 01 đến 04 điển hình", scope: "Xã Tân Lập", period: "Cả kỳ 2024–2025", required: 1, max: 4, actual: 0, registered: 0, shortfall: 1, excess: 0, met: false }],
      summary: { rows: 0, validRows: 0, errors: 0, warnings: 0, quotasUnmet: 1 },
    });
  });

  test("a staff quota with the staff unknown is a warning saying what is missing; with the registry it is counted", () => {
    const rows = [["PHÒNG NỘI VỤ"], ["DANH SÁCH NĂM 2024"], ["STT", "Họ và tên", "Đối tượng", "Ngày đăng ký"], [1, "Trần Thị Lan", "CN", "05/11/2024"], [2, "Lò Văn Khánh", "CN", "06/11/2024"]];
    const workbook = { file: "Phong_Noi_vu.xlsx", sheets: [makeSheet("DS", rows)] };
    const unknown = onlySheet(checkWorkbook(workbook, plan, {}));
    const known = onlySheet(checkWorkbook(workbook, plan, { units: REGISTRY }));
    const text = "Phòng, ban: ít nhất 5% số CBCCVC";
    expect({ unknownFindings: withoutMessages(unknown).findings.filter((f) => f.code.startsWith("quota/")), unknownQuotas: unknown.quotas, knownQuotas: known.quotas }).toStrictEqual({
      unknownFindings: [{ code: "quota/unknown-staff", severity: "warning", sheet: "DS", ruleId: text, expected: "số CBCCVC, người lao động của đơn vị" }],
      unknownQuotas: [{ ruleId: "phong-ban-5-phan-tram", text, scope: "Phòng Nội vụ", period: "Năm 2024", required: null, actual: 2, registered: 2, shortfall: 0, excess: 0, met: null, missing: "số CBCCVC, người lao động của đơn vị" }],
      knownQuotas: [{ ruleId: "phong-ban-5-phan-tram", text, scope: "Phòng Nội vụ", period: "Năm 2024", required: 3, actual: 2, registered: 2, shortfall: 1, excess: 0, met: false }],
    });
  });

  test("the user's unit and year override what the sheet says", () => {
    const report = checkWorkbook({ file: "x.xlsx", sheets: [toSheetValues(makeHoaBinhSpec())] }, plan, { unit: "xã tân lập", year: 2025, units: REGISTRY });
    const sheet = onlySheet(report);
    expect([sheet.unit, sheet.unitSource, sheet.unitKind, sheet.year, sheet.nominations.map((n) => n.unit)]).toStrictEqual([
      "Xã Tân Lập", "option", "xa", 2025, ["Xã Tân Lập", "Xã Tân Lập", "Xã Tân Lập", "Xã Tân Lập"],
    ]);
  });

  test("a workbook with no list anywhere reports none, and says why for each sheet", () => {
    const report = checkWorkbook({ file: "x.xlsx", sheets: [makeSheet("Sheet1", [])] }, plan);
    expect({ sheets: report.sheets, skipped: report.skippedSheets }).toStrictEqual({ sheets: [], skipped: [{ sheet: "Sheet1", reason: "trang tính trống" }] });
  });
});
