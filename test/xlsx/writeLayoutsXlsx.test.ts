import { HEADER_ROW } from "../../src/core/consolidate/reportTable";
import ExcelJS from "exceljs";
import { buildConsolidationLayouts } from "../../src/core/consolidate/consolidationLayouts";
import { buildListAppendix } from "../../src/core/layout/listAppendix";
import { buildNominationTemplate } from "../../src/core/layout/nominationTemplate";
import { buildPlanAppendix } from "../../src/core/layout/planAppendix";
import type { Layout } from "../../src/core/layout/types";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { hasNotes, writeLayoutsXlsx } from "../../src/xlsx/writeLayoutsXlsx";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbook";
import { buildOrderLayout, consolidation, describeWorkbook, EDGES, inMemory, plan } from "../helpers/layoutFixtures";

/**
 * The browser pane's writer against exceljs's in-memory one (renderLayout): the same layouts
 * through both, each workbook read back with exceljs and compared whole (every sheet's rows,
 * cells, styles, merges, columns, heights, page setup, print titles, header, views, validations,
 * names and states, the defined names), and read back by the product's own reader too.
 */

/** Notes are exceljs's to write: the layouts here are held without them. */
const withoutNotes = (layout: Layout): Layout => ({ ...layout, cells: layout.cells.map(({ note: _note, ...cell }) => cell) });

const written = async (layouts: readonly Layout[]): Promise<ExcelJS.Workbook> => {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(writeLayoutsXlsx(layouts, { creator: "Điển hình" }) as unknown as ArrayBuffer);
  return back;
};

/** What a theme or the application's name would add: neither is written here, and exceljs reads them as properties. */
const comparable = (wb: ExcelJS.Workbook) => {
  const { properties, sheets } = describeWorkbook(wb);
  const { themes: _themes, company: _company, manager: _manager, ...rest } = properties as Record<string, unknown>;
  return { properties: rest, sheets };
};

const expectSameAsExceljs = async (layouts: readonly Layout[]): Promise<ExcelJS.Workbook> => {
  const ours = await written(layouts);
  expect(comparable(ours)).toStrictEqual(comparable(await inMemory(layouts, true)));
  return ours;
};

const SIGNATURE_ROWS = 4;

describe("the pane's writer writes what renderLayout writes", () => {
  it("the consolidated workbook: five sheets, 700 rows of Danh sách", async () => {
    const layouts = buildConsolidationLayouts(consolidation, plan);
    expect(hasNotes(layouts)).toBe(false);
    const wb = await expectSameAsExceljs(layouts);
    // The heading and header (rows 1–8), the table, then the signature block: a blank row, the
    // roles, their notes and the signing space. "Chỉ tiêu" prints each rule once above its results.
    const table = (rows: number): number => HEADER_ROW + rows + SIGNATURE_ROWS;
    const rules = new Set(consolidation.quotas.map((q) => q.text)).size;
    expect(wb.worksheets.map((ws) => [ws.name, ws.rowCount])).toStrictEqual([
      ["Tổng hợp", table(consolidation.units.length + consolidation.notSent.length + 1)],
      ["Danh sách", table(700)],
      ["Chỉ tiêu", table(rules + consolidation.quotas.length)],
      ["Trùng lặp", table(consolidation.duplicates.reduce((a, d) => a + d.occurrences.length, 0))],
      ["Tệp bỏ qua", table(1)],
    ]);
  });

  it("every value, style and edge of text; merges over cells out of order; a long list on the hidden sheet; a name taken twice", async () => {
    const layouts = [withoutNotes(EDGES), withoutNotes(buildOrderLayout())];
    expect([hasNotes([EDGES]), hasNotes(layouts)]).toStrictEqual([true, false]);
    const wb = await expectSameAsExceljs(layouts);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toStrictEqual([
      ["Phụ lục", "visible"],
      ["Danh mục", "hidden"],
      ["Phụ lục (2)", "visible"],
    ]);
  });

  it("the appendices and the blank templates", async () => {
    const entries = consolidation.entries.filter((e) => e.valid).map((e) => ({ unit: e.unit, nomination: e.nomination }));
    await expectSameAsExceljs([withoutNotes(buildPlanAppendix(plan, consolidation.quotas))]);
    await expectSameAsExceljs([withoutNotes(buildListAppendix(plan, entries, { groupBy: "unit" })), withoutNotes(buildListAppendix(plan, entries, { groupBy: "field" }))]);
    for (const id of ["long-bien-2023-2025", "tua-chua-2021-2025", "lam-thao-2022-2025"]) {
      const p = findBuiltinPlan(id);
      if (!p) throw new Error(`plan ${id} is missing`);
      await expectSameAsExceljs([withoutNotes(buildNominationTemplate(p, 2024))]);
    }
  });

  it("its consolidation is read back by the product's reader as the one exceljs wrote: the same sheets, values and marks", async () => {
    const layouts = buildConsolidationLayouts(consolidation, plan);
    const fromExceljs = await inMemory(layouts, true);
    const exceljsBytes = new Uint8Array((await fromExceljs.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await readWorkbookBytes(writeLayoutsXlsx(layouts), "tong-hop.xlsx")).toStrictEqual(await readWorkbookBytes(exceljsBytes, "tong-hop.xlsx"));
  });
});
