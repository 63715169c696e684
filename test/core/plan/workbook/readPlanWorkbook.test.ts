import type { CellScalar, SheetValues, WorkbookValues } from "../../../../src/core/model";
import { buildPlanWorkbookSheets, type PlanWorkbookSheet } from "../../../../src/core/plan/workbook/planWorkbookSheets";
import { readPlanWorkbook } from "../../../../src/core/plan/workbook/readPlanWorkbook";
import { listBuiltinPlans } from "../../../../src/plans/builtinPlans";
import { buildNewPlan } from "../../../../src/plans/newPlan";
import { parsePlanOrThrow } from "../../../helpers/plans";

/**
 * The plan workbook's cells read back into a plan, without any .xlsx: the sheets as values, laid
 * out as the writer lays them (title, intro, header on row 3, items from row 4; the facts sheet's
 * labels in column A). test/xlsx/writePlanWorkbook.test.ts does the same through real files.
 */

const TODAY = new Date(Date.UTC(2026, 11, 6));

/** The sheets as an officer's Excel would hand them to the reader. */
const toValues = (sheets: readonly PlanWorkbookSheet[]): WorkbookValues => ({
  file: "ke-hoach.xlsx",
  sheets: sheets.map((s): SheetValues => ({ name: s.name, rows: [[s.title], [s.intro], s.columns.map((c) => c.header), ...s.rows] })),
});

const edit = (w: WorkbookValues, sheet: string, cell: string, value: CellScalar): WorkbookValues => {
  const col = cell.charCodeAt(0) - 65;
  const row = Number(cell.slice(1)) - 1;
  return {
    ...w,
    sheets: w.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.map((r) => [...r]);
      while (rows.length <= row) rows.push([]);
      (rows[row] as CellScalar[])[col] = value;
      return { ...s, rows };
    }),
  };
};

const SMALL = parsePlanOrThrow({
  id: "xa-mau-2026",
  number: "12/KH-UBND",
  issuer: "Ủy ban nhân dân xã Mẫu",
  level: "xa",
  title: "Tuyên truyền điển hình tiên tiến năm 2026",
  period: { from: "01/01/2026", to: "31/12/2026" },
  levels: [
    { id: "thon", name: "Cấp thôn" },
    { id: "xa", name: "Cấp xã" },
  ],
  subjectKinds: ["tap_the", "ca_nhan"],
  unitKinds: [{ id: "thon", name: "Thôn" }],
  movements: [{ id: "nong-thon-moi", name: "Cả nước chung sức xây dựng nông thôn mới" }],
  quotas: [
    { id: "thon-01-04", text: "Mỗi thôn: từ 01 đến 04 điển hình mỗi năm", scope: { level: "unit", unitKinds: ["thon"] }, period: "year", bound: { min: 1, max: 4 } },
    { id: "nong-thon-moi-03", text: "Phong trào nông thôn mới: ít nhất 03", scope: { level: "plan", movements: ["nong-thon-moi"] }, period: "plan", bound: { min: 3 } },
  ],
});

describe("readPlanWorkbook", () => {
  test.each(listBuiltinPlans().map((p) => [p.id, p] as const))("%s: the workbook's cells give back the same plan", (_id, plan) => {
    expect(readPlanWorkbook(toValues(buildPlanWorkbookSheets(plan, TODAY)))).toStrictEqual({ ok: true, plan });
  });

  test("the new plans give back the same plan too", () => {
    for (const plan of [buildNewPlan("xa"), buildNewPlan("tinh")]) expect(readPlanWorkbook(toValues(buildPlanWorkbookSheets(plan, TODAY)))).toStrictEqual({ ok: true, plan });
  });

  test("a word where a number belongs is refused, naming the sheet and the cell", () => {
    // Chỉ tiêu: column J is "Tối thiểu", row 4 the first quota.
    const w = edit(toValues(buildPlanWorkbookSheets(SMALL, TODAY)), "Chỉ tiêu", "J4", "hai mươi");
    expect(readPlanWorkbook(w)).toStrictEqual({
      ok: false,
      problems: [{ sheet: "Chỉ tiêu", cell: "J4", issue: { code: "not-number", actual: "hai mươi" }, message: 'Chỉ tiêu!J4: cần một số, đang ghi "hai mươi"' }],
    });
  });

  test("every problem is listed at once, each at its cell, in the order of the workbook", () => {
    let w = toValues(buildPlanWorkbookSheets(SMALL, TODAY));
    w = edit(w, "Chỉ tiêu", "K5", "ba");
    w = edit(w, "Chỉ tiêu", "J4", 5); // above the maximum 4 of K4
    w = edit(w, "Chỉ tiêu", "G5", "Phong trào không có");
    w = edit(w, "Thông tin chung", "B8", ""); // the issuer
    w = edit(w, "Thông tin chung", "B11", "31/02/2026"); // no such day
    w = edit(w, "Chỉ tiêu", "I4", "Hằng tuần");
    const result = readPlanWorkbook(w);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toStrictEqual([
      "Thông tin chung!B8: cần ghi nội dung, đang để trống",
      'Thông tin chung!B11: cần ngày dạng dd/mm/yyyy, đang ghi "31/02/2026"',
      'Chỉ tiêu!I4: "Hằng tuần" không có trong danh sách được chọn: Cả kỳ kế hoạch, Mỗi năm, Mỗi quý',
      "Chỉ tiêu!J4: tối thiểu (5) lớn hơn tối đa (4)",
      'Chỉ tiêu!G5: "Phong trào không có" không có ở trang "Phong trào"; hãy ghi đúng tên ở trang đó',
      'Chỉ tiêu!K5: cần một số, đang ghi "ba"',
    ]);
  });

  test("what an officer types is read as meant: a date Excel made a Date, a count typed as text, an id left blank, a name for a reference", () => {
    let w = toValues(buildPlanWorkbookSheets(SMALL, TODAY));
    w = edit(w, "Thông tin chung", "B11", new Date(Date.UTC(2026, 0, 1)));
    // A third quota written by hand: no id, the movement by its name, the count as text.
    w = edit(w, "Chỉ tiêu", "B6", "Mỗi thôn: ít nhất 01 hộ gia đình");
    w = edit(w, "Chỉ tiêu", "C6", "Từng đơn vị");
    w = edit(w, "Chỉ tiêu", "D6", "Thôn");
    w = edit(w, "Chỉ tiêu", "I6", "mỗi năm");
    w = edit(w, "Chỉ tiêu", "J6", "01");
    w = edit(w, "Chỉ tiêu", "G6", "cả nước chung sức xây dựng nông thôn mới");
    const result = readPlanWorkbook(w);
    expect(result.ok ? result.plan.quotas[2] : result.problems).toStrictEqual({
      id: "moi-thon-it-nhat-01-ho-gia-dinh",
      text: "Mỗi thôn: ít nhất 01 hộ gia đình",
      scope: { level: "unit", unitKinds: ["thon"], movements: ["nong-thon-moi"] },
      period: "year",
      bound: { min: 1 },
    });
  });

  test("a workbook without the facts sheet is no plan workbook", () => {
    expect(readPlanWorkbook({ file: "Danh_sach.xlsx", sheets: [{ name: "Danh sách", rows: [["STT", "Họ và tên"]] }] })).toStrictEqual({
      ok: false,
      problems: [
        {
          sheet: "Thông tin chung",
          cell: "A1",
          issue: { code: "not-plan-workbook", sheet: "Thông tin chung" },
          message: 'tệp không có trang "Thông tin chung" nên không phải sổ kế hoạch; hãy xuất kế hoạch ra sổ bằng Điển hình rồi sửa trên sổ đó',
        },
      ],
    });
  });
});
