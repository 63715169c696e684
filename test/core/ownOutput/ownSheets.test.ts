import { collectOwnSheets, findOwnSheetRole, OWN_SHEET_NAMES, parseOwnSheetReference, toOwnSheetReference } from "../../../src/core/ownOutput/ownSheets";

describe("the marks of the sheets this product writes", () => {
  test("a reference names its sheet, quoted as Excel quotes it, and reads back to it", () => {
    const sheets = ["Tổng hợp", "Danh sách (2)", "Ông Ba's", "Sheet1"];
    expect(sheets.map(toOwnSheetReference)).toStrictEqual(["'Tổng hợp'!$A$1", "'Danh sách (2)'!$A$1", "'Ông Ba''s'!$A$1", "'Sheet1'!$A$1"]);
    expect(sheets.map((s) => parseOwnSheetReference(toOwnSheetReference(s)))).toStrictEqual(sheets);
  });

  test("references as other programs write them: unquoted, with '=', relative; nothing for #REF! or a formula", () => {
    expect(["Sheet1!$A$1", "=Sheet1!A1", "='Danh sách'!$A$1", "#REF!", "='Danh sách'!#REF!", '="tong-hop"', "Sheet1!$A$1:$B$2", ""].map(parseOwnSheetReference)).toStrictEqual([
      "Sheet1",
      "Sheet1",
      "Danh sách",
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  test("a role is found by its defined name whatever the case; other names mark nothing", () => {
    expect([OWN_SHEET_NAMES["consolidation-list"], "dienhinh_tonghop", "_xlnm.Print_Titles", "DienHinh"].map(findOwnSheetRole)).toStrictEqual(["consolidation-list", "consolidation-summary", null, null]);
  });

  test("marks are kept only where they point at a sheet of the workbook, each role and sheet once", () => {
    const names = [
      { name: "DienHinh_TongHop", reference: "'Tổng hợp'!$A$1" },
      { name: "DienHinh_DanhSach", reference: "'Danh sách (2)'!$A$1" },
      { name: "DienHinh_ChiTieu", reference: "#REF!" },
      { name: "DienHinh_TrungLap", reference: "'Đã xóa'!$A$1" },
      { name: "DienHinh_TepBoQua", reference: "'Tổng hợp'!$A$1" },
      { name: "Vung_in", reference: "'Danh sách'!$A$1" },
    ];
    expect(collectOwnSheets(names, ["Danh sách", "Tổng hợp", "Danh sách (2)"])).toStrictEqual([
      { sheet: "Tổng hợp", role: "consolidation-summary" },
      { sheet: "Danh sách (2)", role: "consolidation-list" },
    ]);
  });
});
