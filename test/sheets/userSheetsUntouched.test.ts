/**
 * Tổng hợp in Sheets never deletes, replaces or writes into a sheet the user made: a unit's list on
 * a tab named "Danh sách" and the user's own "Tổng hợp" stay as they were, the results take free
 * names, a second run replaces only its own sheets and does not read them as units' lists, and
 * text from the units' sheets is written as text, never a formula or a number.
 */
import ExcelJS from "exceljs";
import { buildListAppendix } from "../../src/core/layout/listAppendix";
import { describeOwnSheetSkip } from "../../src/workflows/ownOutput";
import { findBuiltinPlan, listBuiltinPlans } from "../../src/plans/builtinPlans";
import { createSheetsServer } from "../../src/sheets/server/server";
import { addListSheet } from "../helpers/cliFixtures";
import { createFakeHost, type FakeSheet, type FakeSpreadsheet } from "./fake/fakeSpreadsheet";
import { openInFakeSheets } from "./fake/fromExcelJs";
import { BO_DE, PLAN_ID, VIET_HUNG } from "./helpers/wardBook";
import { valueOf } from "./helpers/answers";

const plan = findBuiltinPlan(PLAN_ID);
if (!plan) throw new Error(`no plan ${PLAN_ID}`);

function openDistrict(): FakeSpreadsheet {
  const wb = new ExcelJS.Workbook();
  addListSheet(wb, BO_DE);
  // A ward's list on a tab the user named "Danh sách", the name of a result sheet.
  addListSheet(wb, { ...VIET_HUNG, sheetName: "Danh sách" });
  const summary = wb.addWorksheet("Tổng hợp");
  summary.getRow(1).values = ["Phường", "Số đề nghị"];
  summary.getRow(2).values = ["Bồ Đề", { formula: "COUNTA('Bồ Đề'!B9:B11)", result: 3 }];
  return openInFakeSheets(wb, "Quan_Long_Bien");
}

const cellsOf = (sheet: FakeSheet): string => JSON.stringify({ cells: sheet.grid.cells(), merges: sheet.grid.merges, hidden: sheet.hidden, name: sheet.name });

test("two consolidations leave the user's sheets as they were and give the same totals", async () => {
  const book = openDistrict();
  const userSheets = [...book.sheets];
  const before = userSheets.map(cellsOf);
  const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());

  const first = await server.consolidateWorkbook(PLAN_ID);
  const names = book.sheets.map((s) => s.name);
  const second = await server.consolidateWorkbook(PLAN_ID);

  expect(userSheets.map(cellsOf)).toStrictEqual(before);
  expect(book.sheets.slice(0, 3)).toStrictEqual(userSheets);
  expect(names).toStrictEqual(["Bồ Đề", "Danh sách", "Tổng hợp", "Tổng hợp (2)", "Danh sách (2)", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
  expect(book.sheets.map((s) => s.name)).toStrictEqual(names);
  // The second run reads the same lists: our first results are skipped, by the workflow, as our own earlier output.
  expect({ ...second, skipped: [] }).toStrictEqual({ ...first, skipped: [] });
  expect(first.units.map((u) => [u.unit, u.sheet, u.rows])).toStrictEqual([["Phường Bồ Đề", "Bồ Đề", 3], ["Phường Việt Hưng", "Danh sách", 2]]);
  // The user's "Tổng hợp" of formulas is skipped as a summary, both times.
  expect(first.skipped.map((s) => s.sheet)).toStrictEqual(["Tổng hợp"]);
  const ownRoles = ["consolidation-summary", "consolidation-list", "consolidation-quotas", "consolidation-duplicates", "consolidation-skipped"] as const;
  const bySheet = (a: { sheet: string | null }, b: { sheet: string | null }) => (a.sheet ?? "").localeCompare(b.sheet ?? "", "vi");
  expect([...second.skipped].sort(bySheet)).toStrictEqual(
    [...first.skipped, ...names.slice(3).map((sheet, i) => ({ file: "Quan_Long_Bien", sheet, reason: describeOwnSheetSkip({ code: "own/earlier-output", role: ownRoles[i] ?? "consolidation-summary" }) }))].sort(bySheet),
  );
});

test("texts that look like a formula, a number or a phone number are written as the text they were", async () => {
  const book = openDistrict();
  await createSheetsServer(createFakeHost(book), listBuiltinPlans()).consolidateWorkbook(PLAN_ID);

  const ours = book.sheet("Danh sách (2)");
  const all = ours.grid.cells();
  expect(all.filter(({ cell }) => cell.formula !== undefined)).toStrictEqual([]);
  const texts = all.map(({ cell }) => cell.value);
  expect(texts).toEqual(expect.arrayContaining(["=1+2", "+84 912 345 678"]));
});

test("an appendix written as a sheet takes a new sheet of its own and changes no other", async () => {
  const book = openDistrict();
  const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());
  const { consolidation } = await valueOf(server.sidebarConsolidate({ plan }));
  const before = book.sheets.map(cellsOf);
  const entries = consolidation.entries.filter((e) => e.valid).map((e) => ({ unit: e.unit, nomination: e.nomination }));
  const layout = buildListAppendix(plan, entries, { groupBy: "unit" });

  const name = await valueOf(server.sidebarWriteAppendix(JSON.parse(JSON.stringify({ plan, appendix: { kind: "list", groupBy: "unit" }, consolidation }))));

  expect(book.sheets.slice(0, -1).map(cellsOf)).toStrictEqual(before);
  expect([name, book.sheets.at(-1)?.name]).toStrictEqual(["Phụ lục danh sách", name]);
  expect(book.active?.name).toBe(name);
  const written = book.sheet(name);
  expect(written.grid.merges.length).toBe(layout.merges.length);
  expect(written.grid.cells().filter(({ cell }) => cell.value !== "").length).toBe(layout.cells.filter((c) => c.value !== null && c.value !== "").length);
});
