import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { consolidateReports } from "../../../src/core/consolidate/consolidate";
import type { CellScalar, WorkbookValues } from "../../../src/core/model";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";
import { makeSheet } from "../../helpers/sheets";

/**
 * One commune's 2024 lists as a new user met them (issue 16): villages and a health station
 * introducing models by quarter to Thượng Ninh, under the commune's organ line, a village head's
 * signature in the achievements column, a list sent with its header only.
 */

const plan = findBuiltinPlan("thuong-ninh-2023-2025");
if (!plan) throw new Error("no plan");

const HEADER = ["STT", "Họ và tên", "Đối tượng", "Lĩnh vực", "Tóm tắt thành tích", "Ngày giới thiệu"];

const unitList = (file: string, unitLine: string, rows: CellScalar[][], role: string): WorkbookValues => ({
  file,
  sheets: [
    makeSheet("Sheet1", [
      ["UBND XÃ THƯỢNG NINH", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [unitLine, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
      [],
      ["DANH SÁCH GIỚI THIỆU ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"],
      HEADER,
      ...rows,
      [],
      [null, null, null, null, "Thượng Ninh, ngày 15 tháng 12 năm 2024"],
      [null, null, null, null, role],
      [],
      [null, null, null, null, "Lê Văn Thành"],
    ]),
  ],
});

const row = (n: number, name: string, kind: string, field: string, date: string): CellScalar[] => [n, name, kind, field, "Thành tích tiêu biểu trong quý", date];

const WORKBOOKS = [
  unitList("Thon_Xuan_Thuong.xlsx", "THÔN XUÂN THƯỢNG", [row(1, "Lê Văn An", "Cá nhân", "Nông nghiệp", "15/03/2024"), row(2, "Hộ ông Lê Văn Bình", "Hộ gia đình", "Nông nghiệp", "15/06/2024")], "TRƯỞNG THÔN"),
  unitList("Thon_Dong_Moi.xlsx", "THÔN ĐỒNG MỚI", [], "TRƯỞNG THÔN"),
  unitList(
    "Tram_Y_te_xa.xlsx",
    "TRẠM Y TẾ XÃ",
    [row(1, "Lê Thị Dung", "Cá nhân", "Y tế", "15/02/2024"), row(2, "Phạm Văn Em", "Cá nhân", "Y tế", "15/05/2024"), row(3, "Hoàng Thị Gấm", "Cá nhân", "Y tế", "15/08/2024"), row(4, "Tổ y tế thôn bản", "Tập thể", "Y tế", "15/11/2024")],
    "TRẠM TRƯỞNG",
  ),
];

describe("lists from offices never seen, Thượng Ninh 2024", () => {
  const reports = WORKBOOKS.map((w) => checkWorkbook(w, plan, { year: 2024 }));

  test("each unit named as its title writes it, in its usual case, not from the file's unmarked name; the signature is no nominee", () => {
    expect(reports.map((r) => r.sheets.map((s) => ({ unit: s.unit, unitSource: s.unitSource, unitKind: s.unitKind, rows: s.rows, names: s.nominations.map((n) => n.name) })))).toStrictEqual([
      [{ unit: "Thôn Xuân Thượng", unitSource: "title", unitKind: "thon", rows: 2, names: ["Lê Văn An", "Hộ ông Lê Văn Bình"] }],
      [{ unit: "Thôn Đồng Mới", unitSource: "title", unitKind: "thon", rows: 0, names: [] }],
      [{ unit: "Trạm Y tế xã", unitSource: "title", unitKind: null, rows: 4, names: ["Lê Thị Dung", "Phạm Văn Em", "Hoàng Thị Gấm", "Tổ y tế thôn bản"] }],
    ]);
  });

  test("the health station, of a kind the plan does not list, owes the quarter's model as 'các ban ngành, đơn vị' and is told how to say its kind", () => {
    const station = reports[2]?.sheets[0];
    expect({
      quotas: station?.quotas.map((q) => [q.ruleId, q.period, q.actual, q.met]),
      notices: station?.findings.filter((f) => f.code.startsWith("unit/")).map(({ message: _message, ...f }) => f),
    }).toStrictEqual({
      quotas: [1, 2, 3, 4].map((q) => ["moi-quy-toi-thieu-01", `Quý ${["I", "II", "III", "IV"][q - 1]}/2024`, 1, true]),
      notices: [{ code: "unit/unknown-kind", severity: "warning", sheet: "Sheet1", actual: "Trạm Y tế xã", ruleId: "moi-quy-toi-thieu-01" }],
    });
  });

  test("the consolidation says where each unit's name came from and judges each unit", () => {
    const c = consolidateReports(plan, reports, [], { year: 2024 });
    expect(c.units.map((u) => ({ unit: u.unit, unitKind: u.unitKind, unitSource: u.unitSource, rows: u.rows, notice: u.notice ?? null }))).toStrictEqual([
      // Its list holds only the header: listed with 0, it owes its quota (issue 10).
      { unit: "Thôn Đồng Mới", unitKind: "thon", unitSource: "title", rows: 0, notice: null },
      { unit: "Thôn Xuân Thượng", unitKind: "thon", unitSource: "title", rows: 2, notice: null },
      { unit: "Trạm Y tế xã", unitKind: null, unitSource: "title", rows: 4, notice: { code: "unit/unknown-kind", unit: "Trạm Y tế xã", genericQuotas: ["moi-quy-toi-thieu-01"] } },
    ]);
    expect(c.quotas.filter((q) => q.scope === "Trạm Y tế xã").map((q) => q.met)).toStrictEqual([true, true, true, true]);
  });
});
