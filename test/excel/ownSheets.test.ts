import { buildConsolidationLayouts } from "../../src/core/consolidate/consolidationLayouts";
import { consolidateEntries } from "../../src/core/consolidate/consolidate";
import { buildListAppendix } from "../../src/core/layout/listAppendix";
import { planOwnSheets, readOwnSheets, writeOwnSheets } from "../../src/excel/ownSheets";
import type { ExcelFeatures } from "../../src/excel/runInExcel";
import { FakeBook, createFakeContext } from "./fake/fakeExcel";
import { addNominationSheet, listValues, snapshotSheet } from "./fake/sampleSheets";
import { makeTestPlan } from "../helpers/sheets";

const NOTES: ExcelFeatures = { notes: true, comments: true, mergedAreas: true };
const plan = makeTestPlan();
const layouts = buildConsolidationLayouts(consolidateEntries(plan, [], [], { year: 2024 }), plan);
const listAppendix = buildListAppendix(plan, [], { groupBy: "unit" });

describe("planOwnSheets", () => {
  test("a user's sheet keeps its name, the output takes the next free one; the add-in's earlier sheet of a role is replaced", () => {
    const plan1 = planOwnSheets(layouts.slice(0, 2), ["Danh sách", "DS 2024"], []);
    expect(plan1.map((p) => [p.name, p.replaces])).toStrictEqual([["Tổng hợp", null], ["Danh sách (2)", null]]);
    const plan2 = planOwnSheets(layouts.slice(0, 2), ["Danh sách", "Tổng hợp", "Danh sách (2)"], [{ sheet: "Tổng hợp", role: "consolidation-summary" }, { sheet: "Danh sách (2)", role: "consolidation-list" }]);
    expect(plan2.map((p) => [p.name, p.replaces])).toStrictEqual([["Tổng hợp", "Tổng hợp"], ["Danh sách (2)", "Danh sách (2)"]]);
    // The list appendix sits beside the consolidation's list, under a name of its own.
    expect(planOwnSheets([listAppendix], ["Danh sách"], [{ sheet: "Danh sách", role: "consolidation-list" }]).map((p) => p.name)).toStrictEqual(["Phụ lục danh sách"]);
  });
});

describe("writeOwnSheets over the fake workbook", () => {
  test("writes and marks each sheet, leaves the user's sheet of the same name and its cells as they were", async () => {
    const book = new FakeBook();
    const user = addNominationSheet(book, "Danh sách", 3);
    const before = snapshotSheet(user);
    const names = await writeOwnSheets(createFakeContext(book).context, layouts, NOTES);
    expect(names).toStrictEqual(["Tổng hợp", "Danh sách (2)", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
    expect(book.sheets.map((s) => s.name)).toStrictEqual(["Danh sách", ...names]);
    expect(snapshotSheet(user)).toStrictEqual(before);
    expect(await readOwnSheets(createFakeContext(book).context)).toStrictEqual([
      { sheet: "Tổng hợp", role: "consolidation-summary" },
      { sheet: "Danh sách (2)", role: "consolidation-list" },
      { sheet: "Chỉ tiêu", role: "consolidation-quotas" },
      { sheet: "Trùng lặp", role: "consolidation-duplicates" },
      { sheet: "Tệp bỏ qua", role: "consolidation-skipped" },
    ]);
    expect(book.active).toBe("Tổng hợp");
  });

  test("running again replaces only its own sheets, in their places, even renamed; other roles and the user's sheets stay", async () => {
    const book = new FakeBook();
    addNominationSheet(book, "DS 2024", 2);
    const context = () => createFakeContext(book).context;
    await writeOwnSheets(context(), layouts, NOTES);
    await writeOwnSheets(context(), [listAppendix], NOTES);
    // The officer renamed the summary and moved a user's sheet between the outputs.
    const summary = book.findSheet("Tổng hợp");
    if (summary) summary.name = "TH 2024";
    const mine = addNominationSheet(book, "Ghi chú", 1);
    book.sheets.splice(book.sheets.indexOf(mine), 1);
    book.sheets.splice(2, 0, mine);
    const appendixBefore = listValues(book.findSheet("Phụ lục danh sách") ?? mine);
    await writeOwnSheets(context(), layouts, NOTES);
    expect(book.sheets.map((s) => s.name)).toStrictEqual(["DS 2024", "Tổng hợp", "Ghi chú", "Danh sách", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua", "Phụ lục danh sách"]);
    expect(listValues(book.findSheet("Phụ lục danh sách") ?? mine)).toStrictEqual(appendixBefore);
    expect((await readOwnSheets(context())).map((o) => o.role)).toStrictEqual([
      "consolidation-summary",
      "consolidation-list",
      "consolidation-quotas",
      "consolidation-duplicates",
      "consolidation-skipped",
      "list-appendix",
    ]);
  });

  test("a mark left by a sheet deleted by hand is taken over; a workbook of only its own sheets is rewritten", async () => {
    const book = new FakeBook();
    const context = () => createFakeContext(book).context;
    await writeOwnSheets(context(), [layouts[0] ?? listAppendix], NOTES);
    expect(book.sheets.map((s) => s.name)).toStrictEqual(["Tổng hợp"]);
    await writeOwnSheets(context(), [layouts[0] ?? listAppendix], NOTES);
    expect(book.sheets.map((s) => s.name)).toStrictEqual(["Tổng hợp"]);
    addNominationSheet(book, "DS", 1);
    book.sheets = book.sheets.filter((s) => s.name !== "Tổng hợp");
    await writeOwnSheets(context(), [layouts[0] ?? listAppendix], NOTES);
    expect([book.sheets.map((s) => s.name), await readOwnSheets(context())]).toStrictEqual([["DS", "Tổng hợp"], [{ sheet: "Tổng hợp", role: "consolidation-summary" }]]);
  });
});
