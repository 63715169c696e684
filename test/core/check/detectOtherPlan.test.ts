import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CellScalar, WorkbookValues } from "../../../src/core/model";
import { loadPlan } from "../../helpers/planFiles";
import { makeSheet } from "../../helpers/sheets";

/**
 * A list checked against the wrong plan is noticed once for the sheet: its title names another
 * plan's number or another place of the plan's tier, or almost none of its movements are the plan's.
 */

const longBien = loadPlan("long-bien-2023-2025.json");
const tuaChua = loadPlan("tua-chua-2021-2025.json");
const nhonHung = loadPlan("nhon-hung-2024.json");

const HEADER = ["STT", "Họ và tên", "Đối tượng", "Phong trào thi đua", "Tóm tắt thành tích", "Ngày đăng ký"];
const list = (title: CellScalar[][], rows: CellScalar[][]): WorkbookValues => ({ file: "DS.xlsx", sheets: [makeSheet("DS", [...title, [], HEADER, ...rows])] });
const row = (n: number, movement: string, date = "12/03/2024"): CellScalar[] => [n, `Người số ${n}`, "Cá nhân", movement, "Thành tích tiêu biểu", date];

const otherPlanOf = (w: WorkbookValues, plan = longBien) =>
  checkWorkbook(w, plan)
    .sheets[0]?.findings.filter((f) => f.code === "sheet/other-plan")
    .map((f) => ({ ruleId: f.ruleId, actual: f.actual, expected: f.expected ?? null, message: f.message }));

describe("the title names another plan", () => {
  test("by its number", () => {
    const w = list([["UBND PHƯỜNG BỒ ĐỀ"], ["DANH SÁCH ĐĂNG KÝ THEO KẾ HOẠCH SỐ 123/KH-UBND"]], [row(1, "Người tốt, việc tốt")]);
    expect(otherPlanOf(w)).toStrictEqual([
      {
        ruleId: "number",
        actual: "123/KH-UBND",
        expected: null,
        message:
          'Trang tính "DS": danh sách này có vẻ thuộc Kế hoạch số 123/KH-UBND (tiêu đề ghi số này), không phải Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 (ngày đọc từ bản chụp không rõ) của Hội đồng Thi đua – Khen thưởng quận Long Biên; hãy chọn đúng kế hoạch rồi kiểm tra lại.',
      },
    ]);
  });

  test("by its place, of the plan's tier", () => {
    const w = list([["UBND HUYỆN TỦA CHÙA"], ["UBND XÃ MƯỜNG BÁNG"], ["DANH SÁCH ĐĂNG KÝ NĂM 2024"]], [row(1, "Người tốt, việc tốt")]);
    expect(otherPlanOf(w)?.map((f) => [f.ruleId, f.actual])).toStrictEqual([["place", "huyện Tủa Chùa"]]);
  });

  test("nothing is said of the plan's own number, of a text the plan cites, or of its own place", () => {
    const own = list([["UBND QUẬN LONG BIÊN"], ["UBND PHƯỜNG BỒ ĐỀ"], ["THỰC HIỆN KẾ HOẠCH SỐ 26/KH-HĐTĐKT"]], [row(1, "Người tốt, việc tốt")]);
    const cited = list([["UBND PHƯỜNG NHƠN HƯNG"], ["THỰC HIỆN KẾ HOẠCH SỐ 2402/KH-UBND CỦA UBND THỊ XÃ TỊNH BIÊN"]], [row(1, "Dân vận khéo")]);
    expect([otherPlanOf(own), otherPlanOf(cited, nhonHung)]).toStrictEqual([[], []]);
  });

  test("the national motto, a party committee, or 'thị xã' above a ward are no other place", () => {
    const w = list([["UBND THỊ XÃ TỊNH BIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["UBND PHƯỜNG NHƠN HƯNG", "Độc lập - Tự do - Hạnh phúc"]], [row(1, "Dân vận khéo")]);
    const party = list([["HUYỆN ỦY TỦA CHÙA"], ["UBND XÃ SÁNG NHÈ"]], [row(1, "Cả nước chung sức xây dựng nông thôn mới", "05/11/2021")]);
    expect([otherPlanOf(w, nhonHung), otherPlanOf(party, tuaChua)]).toStrictEqual([[], []]);
  });
});

describe("almost none of the list's movements are the plan's", () => {
  const tuaChuaMovements = ["Cả nước chung sức xây dựng nông thôn mới", "Doanh nghiệp Việt Nam hội nhập và phát triển", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Nông dân thi đua sản xuất kinh doanh giỏi"];

  test("said once for the sheet, instead of a warning on every row", () => {
    const w = list([["DANH SÁCH ĐĂNG KÝ NĂM 2024"]], tuaChuaMovements.map((m, i) => row(i + 1, m)));
    const report = checkWorkbook(w, longBien).sheets[0];
    // The unit ("Ds", of no known kind) is judged on its own: only what tells the plan apart is looked at here.
    const sheetAndCells = report?.findings.filter((f) => f.code !== "sheet/missing-criterion-column" && !f.code.startsWith("unit/") && !f.code.startsWith("quota/"));
    expect(sheetAndCells?.map((f) => [f.code, f.ruleId ?? null, f.actual ?? null, f.expected ?? null])).toStrictEqual([["sheet/other-plan", "names", 0, 4]]);
    expect(report?.findings[0]?.message).toBe(
      'Trang tính "DS": danh sách này có vẻ thuộc một kế hoạch khác (chỉ 00 trong 04 đề nghị ghi phong trào, lĩnh vực có trong kế hoạch đang chọn), không phải Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 (ngày đọc từ bản chụp không rõ) của Hội đồng Thi đua – Khen thưởng quận Long Biên; hãy chọn đúng kế hoạch rồi kiểm tra lại.',
    );
  });

  test("a list whose movements are mostly the plan's keeps its row warnings and no sheet finding", () => {
    const w = list([["DANH SÁCH ĐĂNG KÝ NĂM 2024"]], [row(1, "Người tốt, việc tốt"), row(2, "Dân vận khéo"), row(3, "Vì người nghèo"), row(4, "Phong trào lạ")]);
    const findings = checkWorkbook(w, longBien).sheets[0]?.findings.filter((f) => f.code !== "sheet/missing-criterion-column" && !f.code.startsWith("unit/") && !f.code.startsWith("quota/"));
    expect(findings?.map((f) => [f.code, f.cell ?? null])).toStrictEqual([["cell/unknown-movement", "D7"]]);
  });
});
