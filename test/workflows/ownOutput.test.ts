import { consolidateReports } from "../../src/core/consolidate/consolidate";
import { buildConsolidationLayouts } from "../../src/core/consolidate/consolidationLayouts";
import type { Consolidation } from "../../src/core/consolidate/types";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { buildListAppendix } from "../../src/core/layout/listAppendix";
import type { Layout } from "../../src/core/layout/types";
import type { WorkbookValues } from "../../src/core/model";
import { checkSource } from "../../src/workflows/checkSources";
import { consolidateSources } from "../../src/workflows/consolidateSources";
import { describeOwnSheetSkip } from "../../src/workflows/ownOutput";
import type { ReadableSource, Source } from "../../src/workflows/sources";
import { buildTemplate } from "../../src/workflows/template";
import { describeWorkflowError } from "../../src/workflows/workflowErrors";
import { readSpreadsheetBytes } from "../../src/xlsx/readWorkbook";
import { streamLayoutsToBytes } from "../../src/xlsx/streamLayoutWorkbook";
import { makeTestPlan } from "../helpers/sheets";
import { memorySource, unitListSheet, workbook } from "../helpers/unitLists";

/**
 * A workbook the product wrote, given back as input: its marks say which sheets are its own.
 * Read with the files it was made from, it is skipped and nothing counts twice; alone, its
 * "Danh sách" is read back with provenance; in the open workbook, its sheets are never read.
 */

const plan = makeTestPlan();
const HOA_BINH = workbook("Xa_Hoa_Binh.xlsx", unitListSheet("Danh sách", "UBND XÃ HÒA BÌNH", [{ name: "Nguyễn Văn Hùng" }, { name: "Thôn Đồng Tâm", kind: "Tập thể" }]));
const TAN_LAP = workbook("Xa_Tan_Lap.xlsx", unitListSheet("DS", "UBND XÃ TÂN LẬP", [{ name: "Lò Thị Mai", valid: false }, { name: "Lò Văn Pọm" }]));
const OPTIONS = { year: 2024 };

/** A source over the bytes of a workbook the product wrote, read as the command line reads files. */
const writtenSource = async (name: string, layouts: Layout[]): Promise<ReadableSource> => {
  const bytes = await streamLayoutsToBytes(layouts);
  return { name, read: () => readSpreadsheetBytes(bytes, name) };
};

const consolidate = async (sources: Source[]): Promise<Consolidation & { read: string[] }> => {
  const result = await consolidateSources(plan, sources, OPTIONS);
  if (!result.ok) throw new Error(describeWorkflowError(result.error));
  return { ...result.value.consolidation, read: result.value.read };
};

const numbers = (c: Consolidation) => ({ units: c.units.map((u) => [u.unit, u.rows, u.validRows, u.byKind]), totals: c.totals, quotas: c.quotas.map((q) => [q.scope, q.actual, q.registered]) });

let first: Consolidation;
let layouts: Layout[];
beforeAll(() => {
  first = consolidateReports(plan, [checkWorkbook(HOA_BINH, plan, OPTIONS), checkWorkbook(TAN_LAP, plan, OPTIONS)], [], OPTIONS);
  layouts = buildConsolidationLayouts(first, plan);
});

describe("a consolidation given back as input", () => {
  test("beside the files it was made from: skipped, saying which files it holds; the same numbers as without it", async () => {
    const c = await consolidate([memorySource(HOA_BINH), memorySource(TAN_LAP), await writtenSource("Tong_hop.xlsx", layouts)]);
    expect(numbers(c)).toStrictEqual(numbers(first));
    expect(c.read).toStrictEqual(["Xa_Hoa_Binh.xlsx", "Xa_Tan_Lap.xlsx"]);
    const own = c.skipped.filter((s) => s.file === "Tong_hop.xlsx");
    expect(own.map((s) => s.sheet)).toStrictEqual(["Chỉ tiêu", "Danh sách", "Tệp bỏ qua", "Tổng hợp", "Trùng lặp"]);
    expect(own.find((s) => s.sheet === "Danh sách")?.reason).toBe(describeOwnSheetSkip({ code: "own/already-included", files: ["Xa_Hoa_Binh.xlsx", "Xa_Tan_Lap.xlsx"], missing: [] }));
    expect(own.find((s) => s.sheet === "Tổng hợp")?.reason).toBe(describeOwnSheetSkip({ code: "own/report", role: "consolidation-summary" }));
  });

  test("beside only some of its files: skipped, naming the files it holds that were not given", async () => {
    const c = await consolidate([memorySource(HOA_BINH), await writtenSource("Tong_hop.xlsx", layouts)]);
    expect(c.skipped.find((s) => s.sheet === "Danh sách")?.reason).toBe(describeOwnSheetSkip({ code: "own/already-included", files: ["Xa_Hoa_Binh.xlsx"], missing: ["Xa_Tan_Lap.xlsx"] }));
    expect(c.totals.rows).toBe(2);
  });

  test("alone (a district's result at the province): its Danh sách is read back with provenance, its report sheets skipped", async () => {
    const c = await consolidate([await writtenSource("Tong_hop.xlsx", layouts)]);
    expect(numbers(c)).toStrictEqual(numbers(first));
    expect(c.entries.map((e) => [e.file, e.sheet, e.row])).toStrictEqual(first.entries.map((e) => [e.file, e.sheet, e.row]));
    expect(c.skipped.map((s) => [s.sheet, s.reason])).toStrictEqual(
      [
        ["Chỉ tiêu", "consolidation-quotas"],
        ["Tệp bỏ qua", "consolidation-skipped"],
        ["Tổng hợp", "consolidation-summary"],
        ["Trùng lặp", "consolidation-duplicates"],
      ].map(([sheet, role]) => [sheet, describeOwnSheetSkip({ code: "own/report", role: role as "consolidation-summary" })]),
    );
  });

  test("written before marks existed (known by its five sheets): the same", async () => {
    const source = await writtenSource("Tong_hop.xlsx", layouts);
    const unmarked: ReadableSource = { name: source.name, read: async () => ({ ...(await source.read()), ownSheets: [] }) };
    const c = await consolidate([memorySource(HOA_BINH), memorySource(TAN_LAP), unmarked]);
    expect(numbers(c)).toStrictEqual(numbers(first));
  });

  test("checked alone: the reasons for its own sheets, in the workbook's order", async () => {
    const result = await checkSource(plan, await writtenSource("Tong_hop.xlsx", layouts), OPTIONS);
    if (!result.ok) throw new Error(describeWorkflowError(result.error));
    expect([result.value.sheets.map((s) => s.sheet), result.value.skippedSheets.map((s) => s.sheet)]).toStrictEqual([["Danh sách"], ["Tổng hợp", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]]);
  });
});

describe("the product's other output given as input", () => {
  test("an appendix is skipped with its reason; a template a unit filled in is its list", async () => {
    const appendix = buildListAppendix(plan, first.entries.map((e) => ({ unit: e.unit, nomination: e.nomination })), { groupBy: "unit" });
    const filled: ReadableSource = {
      name: "Mau_Xa_Muong_Phang.xlsx",
      read: async () => {
        const template = await (await writtenSource("Mau.xlsx", [buildTemplate(plan, 2024)])).read();
        return { ...workbook("Mau_Xa_Muong_Phang.xlsx", unitListSheet(template.sheets[0]?.name ?? "", "UBND XÃ MƯỜNG PHĂNG", [{ name: "Quàng Văn Dũng" }])), ownSheets: template.ownSheets ?? [] };
      },
    };
    const c = await consolidate([memorySource(HOA_BINH), await writtenSource("Phu_luc.xlsx", [appendix]), filled]);
    expect(c.units.map((u) => [u.unit, u.rows])).toStrictEqual([
      ["Xã Hòa Bình", 2],
      ["Xã Mường Phăng", 1],
    ]);
    expect(c.skipped).toStrictEqual([{ file: "Phu_luc.xlsx", sheet: "Danh sách", reason: describeOwnSheetSkip({ code: "own/appendix", role: "list-appendix" }) }]);
  });
});

describe("the workbook open in the add-in", () => {
  test("its own earlier output is never read: a second Tổng hợp gives the same numbers as the first", async () => {
    const written = await (await writtenSource("x.xlsx", layouts)).read();
    // The user's tab named "Danh sách" beside the add-in's output, which took "Danh sách (2)".
    const userList = unitListSheet("Danh sách", "UBND XÃ HÒA BÌNH", [{ name: "Nguyễn Văn Hùng" }, { name: "Thôn Đồng Tâm", kind: "Tập thể" }]);
    const open: WorkbookValues = {
      file: "Sổ làm việc đang mở",
      sheets: [userList, ...TAN_LAP.sheets, ...written.sheets.map((s) => (s.name === "Danh sách" ? { ...s, name: "Danh sách (2)" } : s))],
      ownSheets: (written.ownSheets ?? []).map((o) => (o.sheet === "Danh sách" ? { ...o, sheet: "Danh sách (2)" } : o)),
    };
    const alone = await consolidate([memorySource({ ...open, sheets: [userList, ...TAN_LAP.sheets], ownSheets: [] }, { openWorkbook: true })]);
    const again = await consolidate([memorySource(open, { openWorkbook: true })]);
    expect(numbers(again)).toStrictEqual(numbers(alone));
    expect(again.skipped.map((s) => s.sheet)).toStrictEqual(["Chỉ tiêu", "Danh sách (2)", "Tệp bỏ qua", "Tổng hợp", "Trùng lặp"]);
    expect(again.skipped[1]?.reason).toBe(describeOwnSheetSkip({ code: "own/earlier-output", role: "consolidation-list" }));
  });
});
