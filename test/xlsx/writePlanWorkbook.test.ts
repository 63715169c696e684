import ExcelJS from "exceljs";
import { readPlanWorkbook } from "../../src/core/plan/workbook/readPlanWorkbook";
import { listBuiltinPlans } from "../../src/plans/builtinPlans";
import { buildNewPlan } from "../../src/plans/newPlan";
import { readSpreadsheetBytes, readWorkbookBytes } from "../../src/xlsx/readWorkbook";
import { writePlanWorkbook } from "../../src/xlsx/writePlanWorkbook";

/**
 * A plan written as a real .xlsx and read back the ways the product reads files: the command
 * line's own reader and the pane's exceljs reader both give the plan back exactly. The workbook
 * is one an officer can work in: a note on every header, dropdowns, text kept as text, printable.
 */

const TODAY = new Date(Date.UTC(2026, 11, 6));

const SHEETS = ["Thông tin chung", "Căn cứ", "Cấp", "Loại đơn vị", "Lĩnh vực", "Phong trào", "Chỉ số", "Cột đánh dấu", "Thông tin cần nêu", "Tiêu chí", "Chỉ tiêu", "Thời hạn", "Phụ lục", "Ghi chú"];

interface ValidationModel {
  type: string;
  formulae: string[];
}

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
};

describe("writePlanWorkbook", () => {
  test.each([...listBuiltinPlans(), buildNewPlan("xa"), buildNewPlan("tinh")].map((p) => [p.id, p] as const))("%s: JSON → workbook → JSON is exact, by both readers", async (_id, plan) => {
    const bytes = await writePlanWorkbook(plan, TODAY);
    const ours = readPlanWorkbook(await readSpreadsheetBytes(bytes, "ke-hoach.xlsx"));
    const exceljs = readPlanWorkbook(await readWorkbookBytes(bytes, "ke-hoach.xlsx"));
    expect([ours, exceljs]).toStrictEqual([
      { ok: true, plan },
      { ok: true, plan },
    ]);
  });

  describe("the Tủa Chùa workbook, as Excel shows it", () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      const plan = listBuiltinPlans().find((p) => p.id === "tua-chua-2021-2025");
      if (!plan) throw new Error("no Tủa Chùa plan");
      wb = await load(await writePlanWorkbook(plan, TODAY));
    });

    test("one sheet per part of the plan, in order", () => {
      expect(wb.worksheets.map((ws) => ws.name)).toStrictEqual(SHEETS);
    });

    test("every header cell carries a note saying what the column means", () => {
      const missing = wb.worksheets.flatMap((ws) => {
        const header = ws.getRow(3);
        const cells: string[] = [];
        header.eachCell((cell) => {
          if (typeof cell.note !== "string" || cell.note.length < 10) cells.push(`${ws.name}!${cell.address}`);
        });
        return cells;
      });
      expect(missing).toStrictEqual([]);
    });

    test("each fact's label carries its note too", () => {
      const facts = wb.getWorksheet("Thông tin chung");
      expect([facts?.getCell("A4").value, typeof facts?.getCell("A4").note, facts?.getCell("A8").value, typeof facts?.getCell("A8").note]).toStrictEqual(["Mã kế hoạch", "string", "Cơ quan ban hành", "string"]);
    });

    test("values from a list have a dropdown: the quota's scope and period, a single movement by the names on its sheet", () => {
      const validations = (name: string) => (wb.getWorksheet(name) as unknown as { dataValidations: { model: Record<string, ValidationModel> } }).dataValidations.model;
      const quotas = validations("Chỉ tiêu");
      const appendix = validations("Phụ lục");
      expect([quotas["C4"], quotas["I10"], appendix["K4"], validations("Thông tin chung")["B9"]]).toStrictEqual([
        { type: "list", formulae: ['"Từng đơn vị,Toàn cấp ban hành"'], allowBlank: true, showErrorMessage: true },
        { type: "list", formulae: ['"Cả kỳ kế hoạch,Mỗi năm,Mỗi quý"'], allowBlank: true, showErrorMessage: true },
        // A reference may also be typed as an id: its dropdown offers the names without refusing the rest.
        { type: "list", formulae: ["'Phong trào'!$B$4:$B$303"], allowBlank: true },
        { type: "list", formulae: ["'Cấp'!$B$4:$B$303"], allowBlank: true },
      ]);
    });

    test("text columns are Excel text (a date typed there stays as typed); numbers are numbers", () => {
      const quotas = wb.getWorksheet("Chỉ tiêu");
      expect([quotas?.getCell("B4").numFmt, quotas?.getCell("V4").numFmt, quotas?.getCell("J4").value, quotas?.getCell("K4").value]).toStrictEqual(["@", "@", 1, 4]);
    });

    test("printable: A4 landscape, the header row repeated and frozen; the wide quotas over two pages across, the id repeated", () => {
      const print = (name: string) => {
        const ws = wb.getWorksheet(name);
        const setup = ws?.pageSetup;
        return {
          paperSize: setup?.paperSize,
          orientation: setup?.orientation,
          fitToWidth: setup?.fitToWidth,
          fitToHeight: setup?.fitToHeight,
          printTitlesRow: setup?.printTitlesRow,
          printTitlesColumn: setup?.printTitlesColumn ?? null,
          frozen: ws?.views[0] && { state: ws.views[0].state, ySplit: (ws.views[0] as { ySplit?: number }).ySplit },
        };
      };
      expect([print("Chỉ tiêu"), print("Thời hạn")]).toStrictEqual([
        { paperSize: 9, orientation: "landscape", fitToWidth: 2, fitToHeight: 0, printTitlesRow: "3:3", printTitlesColumn: "A:A", frozen: { state: "frozen", ySplit: 3 } },
        { paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:3", printTitlesColumn: null, frozen: { state: "frozen", ySplit: 3 } },
      ]);
    });

    test("each row is as tall as its longest text needs, so nothing is hidden when printed", () => {
      const quotas = wb.getWorksheet("Chỉ tiêu");
      const heights = [4, 5, 6, 7].map((r) => quotas?.getRow(r).height ?? 0);
      expect(heights.every((h) => h > 30)).toBe(true);
    });

    test("the plan's period and each cited text's force are shown, as of the day written", () => {
      const facts = wb.getWorksheet("Thông tin chung");
      const status = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((r) => [facts?.getCell(`A${r}`).value, facts?.getCell(`B${r}`).value]).find(([label]) => label === "Tình trạng (tự tính)");
      expect(status).toStrictEqual(["Tình trạng (tự tính)", "01/01/2021 – 31/12/2025, đã kết thúc (tính đến ngày 06/12/2026)"]);
    });
  });

  test("a text's status: Nhơn Hưng cites NĐ 98/2023, repealed from 01/7/2025 and replaced by NĐ 152/2025", async () => {
    const plan = listBuiltinPlans().find((p) => p.id === "nhon-hung-2024");
    if (!plan) throw new Error("no Nhơn Hưng plan");
    const basis = (await load(await writePlanWorkbook(plan, TODAY))).getWorksheet("Căn cứ");
    const rows = [4, 5, 6, 7, 8].map((r) => [basis?.getCell(`A${r}`).value, basis?.getCell(`H${r}`).value]);
    expect(rows.filter(([ref]) => typeof ref === "string" && /98\/2023|01\/2024/u.test(ref))).toStrictEqual([
      ["Nghị định số 98/2023/NĐ-CP", "hết hiệu lực từ 1/7/2025, thay bằng Nghị định 152/2025/NĐ-CP (14/6/2025), hiệu lực từ 01/7/2025"],
      ["Thông tư số 01/2024/TT-BNV", "đã được thay bằng Thông tư 15/2025/TT-BNV (04/8/2025)"],
    ]);
  });
});
