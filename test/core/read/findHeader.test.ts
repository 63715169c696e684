import type { CellScalar } from "../../../src/core/model";
import { findHeader, isColumnNumberRow, type HeaderLayout } from "../../../src/core/read/findHeader";
import { fillMergedCells } from "../../../src/core/read/grid";
import { makeTestPlan } from "../../helpers/sheets";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";

const plan = makeTestPlan();
const CRITERIA = ["Chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái"];

/** What a test compares: the layout without the Map, which says the same as `columns`. */
const summarize = (h: HeaderLayout | null) =>
  h && { headerRow: h.headerRow + 1, headerRowEnd: h.headerRowEnd + 1, firstDataRow: h.firstDataRow + 1, columns: h.columns, splitFields: h.splitFields, unmapped: h.unmapped };

describe("findHeader", () => {
  test("a header in row 1 with no title, columns in any order, extra columns reported as unmapped", () => {
    const rows: CellScalar[][] = [
      ["Ghi chú", "Họ tên", "Số điện thoại", "Đối tượng", "STT", "Đơn vị công tác", "Giới tính"],
      ["", "Trần Thị Lan", "0912 345 678", "Cá nhân", 1, "Trường Tiểu học Hòa Bình", "Nữ"],
    ];
    expect(summarize(findHeader(rows, plan))).toStrictEqual({
      headerRow: 1, headerRowEnd: 1, firstDataRow: 2,
      columns: { fields: { note: "A", name: "B", kind: "D", order: "E", unit: "F" }, criteria: {}, metrics: {} },
      splitFields: {},
      unmapped: [{ column: "C", header: "Số điện thoại" }, { column: "G", header: "Giới tính" }],
    });
  });

  test("the list's header wins over a wider table under its third numbered nomination; a better header above three entries still wins", () => {
    const header: CellScalar[] = ["STT", "Họ và tên", "Đối tượng"];
    const wider: CellScalar[] = ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Ghi chú"];
    const entry = (n: number): CellScalar[] => [n, `Nguyễn Văn ${"ABCDE"[n - 1] ?? "X"}`, "Cá nhân"];
    const afterThree = [["DANH SÁCH"], header, entry(1), ["(2)", "Lò Thị B", "CN"], entry(3), [null], wider, entry(1)];
    const afterTwo = [["DANH SÁCH"], header, entry(1), entry(2), [null], wider, entry(1)];
    expect([findHeader(afterThree, plan)?.headerRow, findHeader(afterTwo, plan)?.headerRow]).toStrictEqual([1, 5]);
  });

  test("headers written without diacritics or in NFD map like the Unicode ones", () => {
    const plain = [["STT", "Ho va ten", "Doi tuong", "Chuc vu", "Ngay dang ky", ...CRITERIA.map((c) => c.normalize("NFD"))]];
    const nfd = [["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Ngày đăng ký", ...CRITERIA].map((t) => t.normalize("NFD"))];
    const expected = {
      fields: { order: "A", name: "B", kind: "C", position: "D", date: "E" },
      criteria: { "chap-hanh": "F", "hoan-thanh": "G", "mo-hinh-moi": "H", "tuong-than": "I" },
      metrics: {},
    };
    expect([findHeader(plain, plan)?.columns, findHeader(nfd, plan)?.columns]).toStrictEqual([expected, expected]);
  });

  test("a two-row header whose merges the host filled, and whose merges it left blank, read the same", () => {
    const top: CellScalar[] = ["STT", "Họ và tên", "Đối tượng", "Tiêu chuẩn chung", null, null, null, "Ghi chú"];
    const bottom: CellScalar[] = [null, null, null, ...CRITERIA, null];
    const blank = [["DANH SÁCH NĂM 2024"], top, bottom, [1, "Lò Văn Pọm", "CN", "x", "x", "x", "x", null]];
    const filled = fillMergedCells(blank, ["A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3"]);
    const expected = {
      headerRow: 2, headerRowEnd: 3, firstDataRow: 4,
      columns: { fields: { order: "A", name: "B", kind: "C", note: "H" }, criteria: { "chap-hanh": "D", "hoan-thanh": "E", "mo-hinh-moi": "F", "tuong-than": "G" }, metrics: {} },
      splitFields: {},
      unmapped: [],
    };
    expect([summarize(findHeader(blank, plan)), summarize(findHeader(filled, plan))]).toStrictEqual([expected, expected]);
  });

  test("a header spread over three rows, with years as numbers in the lowest row", () => {
    const rows = fillMergedCells(
      [
        ["TT", "Tên tập thể, cá nhân", "Kết quả sản xuất, kinh doanh (triệu đồng)", null, null, null, "Ngày đăng ký"],
        [null, null, "Doanh thu", null, "Lợi nhuận", null, null],
        [null, null, 2023, 2024, 2023, 2024, null],
        [1, "Tổ sản xuất số 1", 2000, 2500, 400, 380, "15/02/2024"],
      ],
      ["A1:A3", "B1:B3", "C1:F1", "C2:D2", "E2:F2", "G1:G3"],
    );
    expect(summarize(findHeader(rows, plan))).toStrictEqual({
      headerRow: 1, headerRowEnd: 3, firstDataRow: 4,
      columns: { fields: { order: "A", name: "B", date: "G" }, criteria: {}, metrics: { "doanh-thu": { 2023: "C", 2024: "D" }, "loi-nhuan": { 2023: "E", 2024: "F" } } },
      splitFields: {},
      unmapped: [],
    });
  });

  test("the first data row under a one-row header is not taken for a second header row", () => {
    const rows: CellScalar[][] = [
      ["STT", "Họ và tên", "Đối tượng", "Ghi chú"],
      [1, "Tương thân tương ái", "Tập thể", "Hoàn thành xuất sắc nhiệm vụ"],
    ];
    expect(summarize(findHeader(rows, plan))?.firstDataRow).toBe(2);
  });

  test("a field split over the sub-columns of one merged header: birth year under Nam | Nữ, name under Họ đệm | Tên", () => {
    const rows = fillMergedCells(
      [
        ["STT", "Họ và tên", null, "Năm sinh", null, "Đối tượng"],
        [null, "Họ đệm", "Tên", "Nam", "Nữ", null],
      ],
      ["A1:A2", "B1:C1", "D1:E1", "F1:F2"],
    );
    expect(summarize(findHeader(rows, plan))).toStrictEqual({
      headerRow: 1, headerRowEnd: 2, firstDataRow: 3,
      columns: { fields: { order: "A", name: "B", birthYear: "D", kind: "F" }, criteria: {}, metrics: {} },
      splitFields: { name: [1, 2], birthYear: [3, 4] },
      unmapped: [],
    });
  });

  test("a sheet whose rows name no name column has no header", () => {
    expect(findHeader([["Xã", "Số điển hình"], ["Hòa Bình", 4]], plan)).toBeNull();
  });
});

describe("isColumnNumberRow", () => {
  test.each<[string, CellScalar[], boolean]>([
    ["(1) (2) (3) as text", ["(1)", "(2)", "(3)", "(4)"], true],
    ["1 2 3 as numbers", [1, 2, 3, 4, 5], true],
    ["A B C", ["A", "B", "C"], true],
    ["with a formula column (4)=(2)+(3)", ["(1)", "(2)", "(3)", "(4)=(2)+(3)"], true],
    ["numbers out of order, columns moved after numbering", ["(1)", "(2)", "(5)", "(3)", "(4)"], true],
    ["a data row of marks", [null, "x", "x", "x", "x"], false],
    ["two different marks", [null, "x", "v"], false],
    ["a data row with a number and a name", [1, "Nguyễn Văn Hùng", "Cá nhân", "x"], false],
    ["a single number", [7], false],
  ])("%s", (_label, row, expected) => {
    expect(isColumnNumberRow(row)).toBe(expected);
  });
});

describe("findHeader: a criterion in several columns", () => {
  const tuaChua = findBuiltinPlan("tua-chua-2021-2025");
  if (!tuaChua) throw new Error("the built-in plan tua-chua-2021-2025 is missing");

  test("points of the general criteria as columns: every column is a part to be marked, the unknown one listed", () => {
    const header = ["STT", "Họ và tên", "Đối tượng", "Gương mẫu chấp hành chủ trương, chính sách", "Có thành tích tiêu biểu xuất sắc trong công tác", "Tương thân tương ái, tham gia hoạt động xã hội", "Hoàn thành xuất sắc nhiệm vụ", "Ghi chú"];
    const layout = findHeader([header], tuaChua);
    expect(layout && { columns: layout.columns, unmapped: layout.unmapped }).toStrictEqual({
      columns: {
        fields: { order: "A", name: "B", kind: "C", note: "H" },
        criteria: { "tieu-chi-chung-tap-the": "D", "tieu-chi-chung-ca-nhan-ho-gia-dinh": "D" },
        criterionParts: { "tieu-chi-chung-tap-the": ["D", "E"], "tieu-chi-chung-ca-nhan-ho-gia-dinh": ["D", "F"] },
        metrics: {},
      },
      unmapped: [{ column: "G", header: "Hoàn thành xuất sắc nhiệm vụ" }],
    });
  });
});
