import { checkDuplicates } from "../../../src/core/checks/checkDuplicates";
import { HOA_BINH_COLUMNS, makeNomination } from "../../helpers/sheets";

describe("checkDuplicates", () => {
  test("the same nominee twice, written with other case, spacing or marks, is a warning on the later row", () => {
    const rows = [
      makeNomination({ row: 8, name: "Nguyễn Văn Hùng" }),
      makeNomination({ row: 9, name: "Đinh Thị Hoa" }),
      makeNomination({ row: 10, name: "nguyen  van HUNG" }),
    ];
    expect(checkDuplicates(rows, "Danh sách", HOA_BINH_COLUMNS)).toStrictEqual([
      { code: "row/duplicate", severity: "warning", sheet: "Danh sách", row: 10, column: "B", cell: "B10", ruleId: "duplicate", expected: 8, actual: "nguyen  van HUNG" },
    ]);
  });

  test("different birth years are two people; one birth year missing may be the same person", () => {
    const rows = [
      makeNomination({ row: 8, name: "Nguyễn Văn Hùng", birthYear: 1975 }),
      makeNomination({ row: 9, name: "Nguyễn Văn Hùng", birthYear: 1990 }),
      makeNomination({ row: 10, name: "Nguyễn Văn Hùng" }),
    ];
    expect(checkDuplicates(rows, "Danh sách", HOA_BINH_COLUMNS)).toStrictEqual([
      { code: "row/duplicate", severity: "warning", sheet: "Danh sách", row: 10, column: "B", cell: "B10", ruleId: "duplicate", expected: 8, actual: "Nguyễn Văn Hùng" },
    ]);
  });

  test("rows without a name are not duplicates of each other", () => {
    expect(checkDuplicates([makeNomination({ row: 8, name: "" }), makeNomination({ row: 9, name: "" })], "Danh sách", HOA_BINH_COLUMNS)).toStrictEqual([]);
  });
});
