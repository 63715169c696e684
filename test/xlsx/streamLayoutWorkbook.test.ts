import ExcelJS from "exceljs";
import { groupQuotasByRule } from "../../src/core/quotas/groupQuotasByRule";
import { consolidationSheets } from "../../src/workflows/consolidateSources";
import { buildConsolidationLayouts } from "../../src/core/consolidate/consolidationLayouts";
import { buildListAppendix } from "../../src/core/layout/listAppendix";
import { buildNominationTemplate } from "../../src/core/layout/nominationTemplate";
import { buildPlanAppendix } from "../../src/core/layout/planAppendix";
import type { Layout } from "../../src/core/layout/types";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { streamLayoutsToBytes } from "../../src/xlsx/streamLayoutWorkbook";
import { buildOrderLayout, consolidation, describeWorkbook, EDGES, inMemory, plan } from "../helpers/layoutFixtures";

/**
 * The streaming writer (the command line's) against the in-memory one (renderLayout, the browser
 * pane's): the same layouts through both, each workbook read back with exceljs and compared whole
 * — every sheet's model (rows, cells with values, types, styles and notes, merges, columns, row
 * heights, page setup with print titles, header and footer, views, validations), sheet order,
 * names and states, and the workbook's properties and defined names.
 */

const streamed = async (layouts: readonly (Layout | (() => Layout))[]): Promise<ExcelJS.Workbook> => {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await streamLayoutsToBytes(layouts, { creator: "Điển hình" })) as unknown as ArrayBuffer);
  return back;
};

const expectSameWorkbooks = async (layouts: readonly Layout[]): Promise<ExcelJS.Workbook> => {
  const stream = await streamed(layouts);
  const expected = describeWorkbook(await inMemory(layouts, true));
  expect(describeWorkbook(stream)).toStrictEqual(expected);
  // Sharing style objects or not changes nothing in the file.
  expect(describeWorkbook(await inMemory(layouts, false))).toStrictEqual(expected);
  return stream;
};

describe("the streaming writer writes what renderLayout writes", () => {
  it("the consolidated workbook: five sheets, 700 rows of Danh sách, invalid rows in red", async () => {
    const layouts = buildConsolidationLayouts(consolidation, plan);
    const wb = await expectSameWorkbooks(layouts);
    expect(wb.worksheets.map((ws) => [ws.name, ws.pageSetup.printTitlesRow, ws.rowCount])).toStrictEqual([
      // The heading and title take rows 1–7, the table's header row 8; after the table, a gap and three rows of signatures.
      ["Tổng hợp", "8:8", 8 + consolidation.units.length + consolidation.notSent.length + 1 + 4],
      ["Danh sách", "8:8", 8 + 700 + 4],
      ["Chỉ tiêu", "8:8", 8 + groupQuotasByRule(consolidation.quotas).length + consolidation.quotas.length + 4],
      ["Trùng lặp", "8:8", 8 + consolidation.duplicates.reduce((a, d) => a + d.occurrences.length, 0) + 4],
      ["Tệp bỏ qua", "8:8", 8 + 1 + 4],
    ]);
  });

  it("the command's lazy sheets are the layouts of buildConsolidationLayouts, in order", () => {
    expect(consolidationSheets(consolidation, plan).map((make) => make())).toStrictEqual(buildConsolidationLayouts(consolidation, plan));
  });

  it("cleans text as renderLayout does: control characters dropped, cut at 32,767, formulas kept as text, NFC", async () => {
    const ws = (await expectSameWorkbooks([EDGES])).getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    const read = (a: string) => [ws.getCell(a).type, ws.getCell(a).value, ws.getCell(a).formula];
    expect([read("B4"), read("C5"), read("D5"), read("C7"), read("D7")]).toStrictEqual([
      [ExcelJS.ValueType.String, "=1+1", undefined],
      [ExcelJS.ValueType.String, "@tên", undefined],
      [ExcelJS.ValueType.String, "Nguyễn", undefined],
      [ExcelJS.ValueType.String, "  lề hai bên  ", undefined],
      [ExcelJS.ValueType.String, "dòng 1\ndòng 2\ttab", undefined],
    ]);
    expect([(ws.getCell("B8").value as string).length, ws.getCell("D6").type, ws.getCell("B7").type, ws.pageSetup.printTitlesRow]).toStrictEqual([32767, ExcelJS.ValueType.Null, ExcelJS.ValueType.Null, "3:4"]);
  });

  it("cells out of order, merges across committed batches, lists on the hidden sheet, a name taken twice", async () => {
    const wb = await expectSameWorkbooks([EDGES, buildOrderLayout()]);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toStrictEqual([
      ["Phụ lục", "visible"],
      ["Danh mục", "hidden"],
      ["Phụ lục (2)", "visible"],
    ]);
    const second = wb.getWorksheet("Phụ lục (2)") as ExcelJS.Worksheet;
    const covered = second.getCell("B255");
    expect([second.getCell("A1").value, covered.type, covered.master.address, second.getRow(3000).height]).toStrictEqual(["Tiêu đề", ExcelJS.ValueType.Merge, "A250", 25]);
  });

  it("the appendices and the blank template, with their dropdowns", async () => {
    const entries = consolidation.entries.filter((e) => e.valid).map((e) => ({ unit: e.unit, nomination: e.nomination }));
    await expectSameWorkbooks([buildPlanAppendix(plan, consolidation.quotas)]);
    await expectSameWorkbooks([buildListAppendix(plan, entries, { groupBy: "unit" }), buildListAppendix(plan, entries, { groupBy: "field" })]);
    for (const id of ["long-bien-2023-2025", "tua-chua-2021-2025", "lam-thao-2022-2025"]) {
      const p = findBuiltinPlan(id);
      if (!p) throw new Error(`plan ${id} is missing`);
      await expectSameWorkbooks([buildNominationTemplate(p, 2024)]);
    }
  });
});
