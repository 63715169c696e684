import ExcelJS from "exceljs";
import { consolidateReports } from "../../src/core/consolidate/consolidate";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { buildListAppendix } from "../../src/core/layout/listAppendix";
import { buildPlanAppendix } from "../../src/core/layout/planAppendix";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { appendixFromSources, buildAppendix } from "../../src/workflows/appendix";
import { checkSource, checkSources } from "../../src/workflows/checkSources";
import { buildTemplate, defaultTemplateYear } from "../../src/workflows/template";
import { readUnitsOfRegistrySheet, readUnitsRegistrySource } from "../../src/workflows/unitsRegistry";
import { describeWorkflowError } from "../../src/workflows/workflowErrors";
import { readSpreadsheetBytes } from "../../src/xlsx/readWorkbook";
import { makeTestPlan } from "../helpers/sheets";
import { brokenSource, memorySource, refusedSource, unitListSheet, workbook } from "../helpers/unitLists";

const plan = makeTestPlan();
const HOA_BINH = workbook("Xa_Hoa_Binh.xlsx", unitListSheet("Danh sách", "UBND XÃ HÒA BÌNH", [{ name: "Nguyễn Văn Hùng" }, { name: "Lò Văn Pọm", valid: false }]));
const BUDGET = workbook("Kinh_phi.xlsx", { name: "Kinh phí", rows: [["DỰ TOÁN KINH PHÍ"], ["STT", "Nội dung chi", "Thành tiền"], [1, "Giấy khen", 800000]], merges: [] });
const TRUNCATED = { code: "zip/truncated", file: "Xa_Cut.xlsx" } as const;

describe("checkSources and checkSource", () => {
  test("several sources at once: a report each, the problem of each that cannot be read, in the order given", async () => {
    const result = await checkSources(plan, [memorySource(HOA_BINH), brokenSource("Xa_Cut.xlsx", TRUNCATED), memorySource(BUDGET)], { year: 2024 });
    if (!result.ok) throw new Error(describeWorkflowError(result.error));
    expect(result.value.map((c) => (c.status === "checked" ? [c.source, c.report.summary] : [c.source, c.problem]))).toStrictEqual([
      ["Xa_Hoa_Binh.xlsx", checkWorkbook(HOA_BINH, plan, { year: 2024 }).summary],
      ["Xa_Cut.xlsx", TRUNCATED],
      ["Kinh_phi.xlsx", { rows: 0, validRows: 0, errors: 0, warnings: 0, quotasUnmet: 0 }],
    ]);
  });

  test("one source: the unit and year given are the check's; no list or unreadable are refusals as data", async () => {
    const result = await checkSource(plan, memorySource(HOA_BINH), { unit: "Xã Mường Phăng", year: 2025 });
    if (!result.ok) throw new Error(describeWorkflowError(result.error));
    expect(result.value).toStrictEqual(checkWorkbook(HOA_BINH, plan, { unit: "Xã Mường Phăng", year: 2025 }));
    expect(result.value.sheets.map((s) => [s.unit, s.year])).toStrictEqual([["Xã Mường Phăng", 2025]]);
    const noList = await checkSource(plan, memorySource(BUDGET));
    expect(noList).toStrictEqual({ ok: false, error: { code: "no-list", source: "Kinh_phi.xlsx", skippedSheets: checkWorkbook(BUDGET, plan).skippedSheets } });
    if (!noList.ok) expect(describeWorkflowError(noList.error)).toMatch(/^Tệp "Kinh_phi\.xlsx" không có trang tính nào chứa danh sách đề nghị \("Kinh phí": /);
    await expect(checkSource(plan, refusedSource("Xa_Cut.xlsx", TRUNCATED))).resolves.toStrictEqual({ ok: false, error: { code: "unreadable", problem: TRUNCATED } });
  });
});

describe("appendices", () => {
  const longBien = findBuiltinPlan("long-bien-2023-2025");
  if (!longBien) throw new Error("no plan long-bien-2023-2025");
  const consolidation = consolidateReports(plan, [checkWorkbook(HOA_BINH, plan, { year: 2024 })], [], { year: 2024 });

  test("the list: valid nominees only; refused without data, or when no row is valid", () => {
    expect(buildAppendix(plan, { kind: "list", groupBy: "field" }, consolidation)).toStrictEqual({
      ok: true,
      value: buildListAppendix(plan, consolidation.entries.filter((e) => e.valid).map((e) => ({ unit: e.unit, nomination: e.nomination })), { groupBy: "field" }),
    });
    expect(buildAppendix(plan, { kind: "list" }, null)).toStrictEqual({ ok: false, error: { code: "list-needs-data" } });
    const invalid = { ...consolidation, entries: consolidation.entries.map((e) => ({ ...e, valid: false })) };
    expect(buildAppendix(plan, { kind: "list" }, invalid)).toStrictEqual({ ok: false, error: { code: "list-has-no-valid-row", rows: 2 } });
  });

  test("the plan's table, with numbers from sources or without; refused, before reading, for a plan without one", async () => {
    expect(buildAppendix(longBien, { kind: "plan" }, null)).toStrictEqual({ ok: true, value: buildPlanAppendix(longBien, undefined) });
    const source = memorySource(HOA_BINH);
    await expect(appendixFromSources(plan, { kind: "plan" }, [source])).resolves.toStrictEqual({ ok: false, error: { code: "plan-has-no-appendix", plan: plan.title } });
    expect(source.reads).toBe(0);
    const fromSources = await appendixFromSources(longBien, { kind: "plan" }, [memorySource(HOA_BINH)], { year: 2024 });
    if (!fromSources.ok) throw new Error(describeWorkflowError(fromSources.error));
    expect(fromSources.value.layout).toStrictEqual(buildPlanAppendix(longBien, fromSources.value.outcome?.consolidation.quotas));
  });
});

describe("template and units registry", () => {
  test("the template's year defaults to the last of the plan's period", () => {
    expect([defaultTemplateYear(plan), buildTemplate(plan).role]).toStrictEqual([2025, "template"]);
  });

  test("a registry is found on any sheet by its header, kept as values to be read again under a plan", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").getCell("A1").value = "Danh sách các đơn vị thuộc huyện";
    const ws = wb.addWorksheet("Đơn vị");
    ws.addRows([["Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, NLĐ"], ["Xã Hòa Bình", "Xã", 20], ["Phòng Nội vụ", "Phòng", 12]]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await readUnitsRegistrySource(plan, { name: "Don_vi.xlsx", read: () => readSpreadsheetBytes(bytes, "Don_vi.xlsx") });
    if (!result.ok) throw new Error(describeWorkflowError(result.error));
    const units = [
      { name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 },
      { name: "Phòng Nội vụ", kind: "phong-ban", kindText: "Phòng", staff: 12 },
    ];
    expect([result.value.source, result.value.sheet.name, result.value.units]).toStrictEqual(["Don_vi.xlsx", "Đơn vị", units]);
    expect(readUnitsOfRegistrySheet(plan, "Don_vi.xlsx", JSON.parse(JSON.stringify(result.value.sheet)))).toStrictEqual(units);
    await expect(readUnitsRegistrySource(plan, memorySource(HOA_BINH))).resolves.toStrictEqual({ ok: false, error: { code: "registry-no-header", source: "Xa_Hoa_Binh.xlsx" } });
    await expect(readUnitsRegistrySource(plan, brokenSource("Xa_Cut.xlsx", TRUNCATED))).resolves.toStrictEqual({ ok: false, error: { code: "registry-unreadable", problem: TRUNCATED } });
  });
});
