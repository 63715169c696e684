/** @jest-environment jsdom */
import ExcelJS from "exceljs";
import { parsePlan } from "../../src/core/plan/parsePlan";
import { readFileBytes } from "../../src/taskpane/layoutFiles";
import { createBrowserOperations, PLAN_STORAGE_KEY } from "../../src/taskpane/browserOperations";
import { makeHoaBinhSpec, TEST_PLAN_INPUT, type SheetSpec } from "../helpers/sheets";
import { installDomStubs } from "./setupDom";

installDomStubs();

const parsed = parsePlan(TEST_PLAN_INPUT); // structuredClone, which makeTestPlan uses, is missing in jsdom.
if (!parsed.ok) throw new Error("test plan invalid");
const plan = parsed.plan;

const writeXlsx = async (spec: SheetSpec): Promise<Uint8Array<ArrayBuffer>> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.name);
  spec.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
};

const makeFile = async (name: string, spec: SheetSpec): Promise<File> => new File([await writeXlsx(spec)], name);

test("checkActive reads a picked .xlsx and checks it against the plan", async () => {
  const operations = createBrowserOperations();
  const report = await operations.checkActive(plan, [await makeFile("Xa_Hoa_Binh.xlsx", makeHoaBinhSpec())]);
  expect(report.file).toBe("Xa_Hoa_Binh.xlsx");
  expect(report.sheets.map((s) => [s.sheet, s.unit])).toStrictEqual([["Danh sách", "Xã Hòa Bình"]]);
  expect(report.summary).toStrictEqual(SUMMARY);
  // The Hòa Bình list: a criterion left blank on row 11, a date after the deadline on row 12.
  expect(report.sheets[0]?.findings.map((f) => [f.code, f.cell ?? null])).toStrictEqual([
    ["sheet/missing-criterion-column", null],
    ["cell/criterion", "I11"],
    ["cell/date-late", "K12"],
  ]);
  // Without files, the file last given is checked again.
  expect((await operations.checkActive(plan)).summary).toStrictEqual(SUMMARY);
});

const SUMMARY = { rows: 4, validRows: 2, errors: 2, warnings: 1, quotasUnmet: 0 };

test("checkActive refuses a file that is not .xlsx, in Vietnamese", async () => {
  const operations = createBrowserOperations();
  await expect(operations.checkActive(plan, [new File(["a;b"], "danh-sach.csv")])).rejects.toThrow('Tệp "danh-sach.csv" không phải .xlsx');
  await expect(createBrowserOperations().checkActive(plan)).rejects.toThrow("Chưa chọn tệp");
});

test("consolidate returns a workbook with the consolidation sheets", async () => {
  const operations = createBrowserOperations();
  const files = [await makeFile("Xa_Hoa_Binh.xlsx", makeHoaBinhSpec()), new File([new Uint8Array([1, 2, 3])], "hong.xlsx")];
  const result = await operations.consolidate(plan, files);
  expect(result.consolidation.units.map((u) => [u.unit, u.rows])).toStrictEqual([["Xã Hòa Bình", 4]]);
  expect(result.consolidation.skipped.map((s) => s.file)).toStrictEqual(["hong.xlsx"]);
  expect(result.download).toBeInstanceOf(Blob);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFileBytes(result.download as Blob));
  const names = wb.worksheets.map((w) => w.name);
  expect(names.slice(0, 2)).toStrictEqual(["Tổng hợp", "Danh sách"]);
});

test("writeAppendix gives a downloadable plan appendix, and the list needs consolidated data", async () => {
  const operations = createBrowserOperations();
  const withAppendix = plan.appendix ? plan : null;
  if (withAppendix) {
    const result = await operations.writeAppendix(withAppendix, "plan");
    expect(result.download).toBeInstanceOf(Blob);
  } else {
    await expect(operations.writeAppendix(plan, "plan")).rejects.toThrow("không có bảng phụ lục");
  }
  await expect(operations.writeAppendix(plan, "list")).rejects.toThrow("Phụ lục danh sách cần dữ liệu");
  const { consolidation } = await operations.consolidate(plan, [await makeFile("Xa_Hoa_Binh.xlsx", makeHoaBinhSpec())]);
  const list = await operations.writeAppendix(plan, "list", { consolidation, groupBy: "unit" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFileBytes(list.download as Blob));
  expect(wb.worksheets.length).toBe(1);
});

test("the plan choice is kept in localStorage", () => {
  const operations = createBrowserOperations();
  localStorage.removeItem(PLAN_STORAGE_KEY);
  expect(operations.loadSavedPlanId()).toBeNull();
  operations.savePlanId("long-bien-2023-2025");
  expect(createBrowserOperations().loadSavedPlanId()).toBe("long-bien-2023-2025");
});
