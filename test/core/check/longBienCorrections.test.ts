import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { consolidateReports } from "../../../src/core/consolidate/consolidate";
import { buildEntriesLayout } from "../../../src/core/consolidate/consolidationLayouts";
import { buildNominationTemplate } from "../../../src/core/layout/nominationTemplate";
import { buildPlanAppendix } from "../../../src/core/layout/planAppendix";
import { formatQuotaMessage } from "../../../src/core/messages/vi";
import type { CellScalar, WorkbookValues } from "../../../src/core/model";
import { resolveUnitKind } from "../../../src/core/units/resolveUnitKind";
import { loadPlan } from "../../helpers/planFiles";
import { makeSheet } from "../../helpers/sheets";

/**
 * Long Biên's plan (seed 001, Kế hoạch 26/KH-HĐTĐKT) read again against its text, each test quoting
 * the seed sentence it follows (an OCR copy, quoted as is).
 */

const plan = loadPlan("long-bien-2023-2025.json");
const GENERAL = ["Gương mẫu chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái, tham gia hoạt động xã hội"];
const X4 = ["x", "x", "x", "x"];

const listOf = (unitLine: string, header: string[], rows: CellScalar[][]): WorkbookValues => ({
  file: "Don_vi.xlsx",
  sheets: [makeSheet("DS 2024", [["UBND QUẬN LONG BIÊN"], [unitLine], [], ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"], [], header, ...rows])],
});

describe("the seed lists no fields", () => {
  // Seed: "xay dung tiéu chudn, tiéu chi cu thé guong dién hinh tién tién phi hop véi timg linh vuc, nganh
  // nghé" — fields are each unit's own, never listed: none is "not in the plan", none is a dropdown.
  test("whatever field a ward writes, nothing is said of it", () => {
    const w = listOf("UBND PHƯỜNG BỒ ĐỀ", ["STT", "Họ và tên", "Đối tượng", "Lĩnh vực", "Phong trào thi đua", "Tóm tắt thành tích", ...GENERAL, "Ngày đăng ký"], [
      [1, "Nguyễn Văn Hùng", "Cá nhân", "Y tế", "Người tốt, việc tốt", "Cứu người đuối nước", ...X4, "12/03/2024"],
      [2, "Chùa Bồ Đề", "Tập thể", "Tôn giáo", "Dân vận khéo", "Nấu cơm từ thiện", ...X4, "12/03/2024"],
    ]);
    expect(checkWorkbook(w, plan).sheets[0]?.findings).toStrictEqual([]);
  });

  test("the template asks for the field as free text: no dropdown for it", () => {
    const layout = buildNominationTemplate(plan, 2024);
    const fieldColumn = layout.cells.find((c) => c.row === 7 && c.value === "Lĩnh vực")?.col ?? 0;
    const letter = String.fromCharCode(64 + fieldColumn);
    expect({ fieldColumn: fieldColumn > 0, dropdown: (layout.validations ?? []).some((v) => v.range.startsWith(letter)) }).toStrictEqual({ fieldColumn: true, dropdown: false });
  });
});

describe("the appendix's eighth row, cut off in the copy, is kept", () => {
  // Seed: "Xay dung quy dinh vé tiéu chudn dién hinh tién tién trong linh vuc van hoa, nghé thuat, thé duc
  // thé thao va phong trao thi" — the page ends there.
  test("printed as read, with a note that the copy is cut", () => {
    const layout = buildPlanAppendix(plan);
    const row8 = layout.cells.filter((c) => c.row === 15).map((c) => c.value);
    expect(row8).toStrictEqual([
      8,
      "…",
      "",
      "Xây dựng quy định về tiêu chuẩn điển hình tiên tiến trong lĩnh vực văn hóa, nghệ thuật, thể dục thể thao và phong trào thi …",
      "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá …",
      "Trước ngày …",
      "Trước ngày …",
      "Bản chụp bị cắt: không đọc được đơn vị chủ trì, đơn vị phối hợp, phần cuối nội dung và hai thời hạn",
    ]);
  });
});

describe("the plan's date, read from an unclear copy, is printed as such", () => {
  // Seed: "Long Bién, ngay 34.thang 3 nam 2023" and in the appendix "ngay 3. 4 thang 3 nam 2023".
  test("the appendix's reference line says how the date was read", () => {
    expect(buildPlanAppendix(plan).cells.find((c) => c.row === 3)?.value).toBe(
      "(Kèm theo Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 (ngày đọc từ bản chụp không rõ) của Hội đồng Thi đua – Khen thưởng quận Long Biên)",
    );
  });
});

describe("each appendix row's yearly deadline is applied: nominations after it are late, counted apart", () => {
  // Seed, appendix row 1: "Hiang nam 8161 thiéu Quan … tuyén tmyen 05 tap thé, ca nhan dién hinh tiéu biéu" |
  // "Tru6c ngdy 10/4 hine nam".
  const w = listOf("BAN TUYÊN GIÁO QUẬN ỦY", ["STT", "Họ và tên", "Đối tượng", "Phong trào thi đua", "Tóm tắt thành tích", ...GENERAL, "Ngày đăng ký"], [
    [1, "Nguyễn Văn An", "Cá nhân", "Học tập và làm theo Bác", "Tuyên truyền viên giỏi", ...X4, "15/03/2024"],
    [2, "Chi bộ số 3", "Tập thể", "Học tập và làm theo Bác", "Chi bộ trong sạch vững mạnh", ...X4, "02/04/2024"],
    [3, "Trần Văn Bình", "Cá nhân", "Học tập và làm theo Bác", "Báo cáo viên", ...X4, "09/04/2024"],
    [4, "Lê Thị Cúc", "Cá nhân", "Học tập và làm theo Bác", "Nêu gương", ...X4, "20/04/2024"],
    [5, "Phạm Văn Dũng", "Cá nhân", "Học tập và làm theo Bác", "Nêu gương", ...X4, "05/05/2024"],
  ]);
  const quota = checkWorkbook(w, plan, { unit: "Ban Tuyên giáo Quận ủy" }).sheets[0]?.quotas.find((q) => q.ruleId === "ban-tuyen-giao-05-hang-nam");

  test("three by 10/4 count; two after it are late", () => {
    expect(quota && { actual: quota.actual, registered: quota.registered, late: quota.late, shortfall: quota.shortfall }).toStrictEqual({ actual: 3, registered: 5, late: { count: 2, deadline: "10/04" }, shortfall: 2 });
  });

  test("the quota's line says so", () => {
    expect(quota && formatQuotaMessage(quota)).toBe(
      `${quota?.text ?? ""} — Ban Tuyên giáo Quận ủy, Năm 2024: chưa đạt (03/05), thiếu 02 (02 đề nghị ghi ngày sau hạn 10/04 hằng năm được đếm riêng là muộn, không tính).`,
    );
  });
});

describe("'Trường học' only where the seed names it", () => {
  // Seed: "Cac phong ban, nganh, Mét tran T quéc va cac doan thé, don vi thude Quén: … it nhat 5%".
  test("no kind of unit 'Trường học'; a school under the district is an 'đơn vị thuộc Quận'", () => {
    expect({ kinds: plan.unitKinds.map((k) => k.id), school: resolveUnitKind("Đơn vị thuộc Quận", plan) }).toStrictEqual({ kinds: ["phuong", "phong-ban", "doan-the", "luc-luong-vu-trang"], school: "phong-ban" });
  });
});

describe("nominations for the book 'Những bông hoa đẹp' can be marked and counted", () => {
  // Seed: "Lua chon, gidi thiéu duoc it nhét 02 guong dién hh}h tién tién tiéu biéu gri Ban Thi dua - Khen
  // thudng Thanh pho, bién tap, xuat ban sach “Nhiing béng hoa dep”".
  test("the template has the book's column, with an 'x' to pick", () => {
    const layout = buildNominationTemplate(plan, 2024);
    const column = layout.cells.find((c) => c.row === 7 && c.value === "Đề nghị đưa vào sách “Những bông hoa đẹp”")?.col ?? 0;
    const letter = String.fromCharCode(64 + column);
    expect((layout.validations ?? []).filter((v) => v.range.startsWith(`${letter}10`)).map((v) => v.values)).toStrictEqual([["x"]]);
  });
});

describe("the district's consolidated list keeps the book's column, for the city to count", () => {
  test("a flag marked on some row becomes a column of 'Danh sách', 'x' where marked", () => {
    const w = listOf("UBND PHƯỜNG BỒ ĐỀ", ["STT", "Họ và tên", "Đối tượng", "Phong trào thi đua", "Tóm tắt thành tích", ...GENERAL, "Ngày đăng ký", "Đề nghị đưa vào sách “Những bông hoa đẹp”"], [
      [1, "Nguyễn Văn Hùng", "Cá nhân", "Người tốt, việc tốt", "Cứu người đuối nước", ...X4, "12/03/2024", "x"],
      [2, "Trần Thị Mai", "Cá nhân", "Người tốt, việc tốt", "Giúp 3 hộ thoát nghèo", ...X4, "12/03/2024", null],
    ]);
    const layout = buildEntriesLayout(consolidateReports(plan, [checkWorkbook(w, plan)], []), plan);
    const column = layout.cells.find((c) => c.value === "Đề nghị đưa vào sách “Những bông hoa đẹp”");
    expect(layout.cells.filter((c) => c.col === column?.col && c.row > (column?.row ?? 0)).map((c) => c.value)).toStrictEqual(["x", ""]);
  });
});
