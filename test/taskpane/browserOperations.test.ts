/** @jest-environment jsdom */
import ExcelJS from "exceljs";
import { formatFileProblem, FileProblemError } from "../../src/core/files/fileProblems";
import { parsePlan } from "../../src/core/plan/parsePlan";
import { readFileBytes } from "../../src/taskpane/readFileBytes";
import { createBrowserOperations, PLAN_STORAGE_KEY, UNITS_REGISTRY_STORAGE_KEY } from "../../src/taskpane/browserOperations";
import { readSpreadsheetBytes } from "../../src/xlsx/readWorkbook";
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

/** The sentence the command prints for a file: what our reader throws for its bytes. */
const commandSentence = async (bytes: Uint8Array, name: string): Promise<string> =>
  readSpreadsheetBytes(bytes, name).then(
    () => "read",
    (e: unknown) => (e instanceof FileProblemError ? formatFileProblem(e.problem) : String(e)),
  );

const loadDownload = async (blob: Blob | undefined): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFileBytes(blob ?? new Blob()));
  return wb;
};

const SUMMARY = { rows: 4, validRows: 2, errors: 2, warnings: 1, quotasUnmet: 0 };

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
  // Without files, the file last given is checked again; the unit and year given are the check's.
  const again = await operations.checkActive(plan, undefined, { unit: "Xã Mường Phăng", year: 2025 });
  expect(again.sheets.map((s) => [s.unit, s.year])).toStrictEqual([["Xã Mường Phăng", 2025]]);
});

test("a CSV is read as the command reads it; a file that is not a list, or broken, gets the command's sentence", async () => {
  const operations = createBrowserOperations();
  await expect(operations.checkActive(plan, [new File(["a;b"], "danh-sach.csv")])).rejects.toThrow(/^Tệp "danh-sach\.csv" không có trang tính nào chứa danh sách đề nghị/);
  const broken = new Uint8Array((await writeXlsx(makeHoaBinhSpec())).subarray(0, 700));
  const sentence = await commandSentence(broken, "Xa_Cut.xlsx");
  expect(sentence).toMatch(/^Tệp "Xa_Cut\.xlsx" bị cắt cụt hoặc hỏng/);
  await expect(operations.checkActive(plan, [new File([broken], "Xa_Cut.xlsx")])).rejects.toThrow(sentence);
  await expect(createBrowserOperations().checkActive(plan)).rejects.toThrow("Chưa chọn tệp");
});

test("checkFiles: several files at once, a marked copy of each workbook, the command's sentence for the others", async () => {
  const operations = createBrowserOperations();
  const csv = new File([["Họ và tên;Đối tượng;Ngày đăng ký", "Lò Văn Pọm;Cá nhân;05/11/2024"].join("\r\n")], "Xa_Tan_Lap.csv");
  const empty = new File([], "Xa_Rong.xlsx");
  const result = await operations.checkFiles?.(plan, [await makeFile("Xa_Hoa_Binh.xlsx", makeHoaBinhSpec()), csv, empty], { year: 2024 });
  expect({
    checked: result?.checked.map((c) => [c.file, c.report.summary.rows, c.fileName ?? null]),
    failed: result?.failed,
  }).toStrictEqual({
    checked: [
      ["Xa_Hoa_Binh.xlsx", 4, "Xa_Hoa_Binh - kiem tra.xlsx"],
      ["Xa_Tan_Lap.csv", 1, null],
    ],
    failed: [{ file: "Xa_Rong.xlsx", message: await commandSentence(new Uint8Array(), "Xa_Rong.xlsx") }],
  });
  // The marked copy is built when asked for (the pane's download button), from the file checked.
  expect(result?.checked[0]?.download).toBeUndefined();
  const copy = await loadDownload(await result?.checked[0]?.makeDownload?.());
  expect(copy.worksheets.map((w) => w.name)).toStrictEqual(["Danh sách", "Kết quả kiểm tra"]);
  expect(copy.getWorksheet("Danh sách")?.getCell("I11").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
});

test("consolidate returns a workbook with the consolidation sheets; the registry names units and those that sent nothing", async () => {
  const operations = createBrowserOperations();
  const files = [await makeFile("Xa_Hoa_Binh.xlsx", makeHoaBinhSpec()), new File([new Uint8Array([1, 2, 3])], "hong.xlsx")];
  const units = [
    { name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 },
    { name: "Xã Tân Lập", kind: "xa", kindText: "Xã", staff: 12 },
  ];
  const result = await operations.consolidate(plan, files, { units });
  expect(result.consolidation.units.map((u) => [u.unit, u.rows])).toStrictEqual([["Xã Hòa Bình", 4]]);
  expect(result.consolidation.notSent.map((u) => u.unit)).toStrictEqual(["Xã Tân Lập"]);
  expect(result.consolidation.skipped).toStrictEqual([{ file: "hong.xlsx", sheet: null, reason: expect.stringMatching(/^tệp /) }]);
  const names = (await loadDownload(result.download)).worksheets.map((w) => w.name);
  expect(names).toStrictEqual(["Tổng hợp", "Danh sách", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
});

test("writeAppendix gives a downloadable plan appendix, and the list needs consolidated data", async () => {
  const operations = createBrowserOperations();
  await expect(operations.writeAppendix(plan, "plan")).rejects.toThrow("không có bảng phụ lục");
  await expect(operations.writeAppendix(plan, "list")).rejects.toThrow("Phụ lục danh sách cần dữ liệu");
  const { consolidation } = await operations.consolidate(plan, [await makeFile("Xa_Hoa_Binh.xlsx", makeHoaBinhSpec())]);
  const list = await operations.writeAppendix(plan, "list", { consolidation, groupBy: "unit" });
  expect((await loadDownload(list.download)).worksheets.length).toBe(1);
});

test("the plan choice and the units registry are kept in localStorage", async () => {
  const operations = createBrowserOperations();
  localStorage.removeItem(PLAN_STORAGE_KEY);
  expect(operations.loadSavedPlanId()).toBeNull();
  operations.savePlanId("long-bien-2023-2025");
  expect(createBrowserOperations().loadSavedPlanId()).toBe("long-bien-2023-2025");

  const registryFile = await makeFile("Don_vi.xlsx", { name: "Đơn vị", rows: [["Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, NLĐ"], ["Xã Hòa Bình", "Xã", 20]] });
  const registry = await operations.readUnitsRegistry?.(plan, registryFile);
  expect(registry?.source).toBe("Don_vi.xlsx");
  operations.saveUnitsRegistry?.(registry ?? null);
  expect(createBrowserOperations().loadSavedUnitsRegistry?.()).toStrictEqual(registry);
  operations.saveUnitsRegistry?.(null);
  expect([localStorage.getItem(UNITS_REGISTRY_STORAGE_KEY), createBrowserOperations().loadSavedUnitsRegistry?.()]).toStrictEqual([null, null]);
  await expect(operations.readUnitsRegistry?.(plan, await makeFile("Xa_Hoa_Binh.xlsx", makeHoaBinhSpec()))).rejects.toThrow('Tệp đơn vị "Xa_Hoa_Binh.xlsx" không có dòng tiêu đề');
});

describe("the engine behind the browser mode", () => {
  const files = async (): Promise<File[]> => [await makeFile("Xa_Hoa_Binh.xlsx", makeHoaBinhSpec()), await makeFile("Xa_Tan_Lap.xlsx", makeHoaBinhSpec("DS")), new File([new Uint8Array([1, 2])], "hong.xlsx")];

  test("consolidate tells what was given and read, keeps the rows in the engine, and an appendix is made from them", async () => {
    const operations = createBrowserOperations();
    const progress: [string, number, number][] = [];
    const result = await operations.consolidate(plan, await files(), { onProgress: (p) => progress.push([p.phase, p.done, p.total]) });
    expect({ sources: result.sources, read: result.read, hasRows: "entries" in result.consolidation }).toStrictEqual({ sources: 3, read: ["Xa_Hoa_Binh.xlsx", "Xa_Tan_Lap.xlsx"], hasRows: false });
    expect(progress).toStrictEqual([
      ["read", 0, 3],
      ["read", 1, 3],
      ["read", 2, 3],
      ["read", 3, 3],
      ["write", 3, 3],
    ]);
    // The list appendix needs the rows: the engine kept them for the consolidation the pane shows.
    const list = await operations.writeAppendix(plan, "list", { consolidation: result.consolidation, groupBy: "unit" });
    expect((await loadDownload(list.download)).worksheets.map((w) => w.name)).toStrictEqual(["Danh sách"]);
    // Another plan let them go: the officer is told to consolidate again.
    operations.forgetResults?.();
    await expect(operations.writeAppendix(plan, "list", { consolidation: result.consolidation })).rejects.toThrow(/^Kết quả tổng hợp trước đó không còn được giữ/);
  });

  test("an appendix from a consolidated workbook saved earlier, as appendix --from", async () => {
    const operations = createBrowserOperations();
    const first = await operations.consolidate(plan, await files());
    const saved = new File([await readFileBytes(first.download ?? new Blob())], "Tong_hop.xlsx");
    const fromSaved = await createBrowserOperations().writeAppendix(plan, "list", { from: [saved], groupBy: "unit" });
    const fromRun = await operations.writeAppendix(plan, "list", { consolidation: first.consolidation, groupBy: "unit" });
    const texts = async (download: Blob | undefined) => (await loadDownload(download)).getWorksheet("Danh sách")?.getSheetValues().map((row) => (Array.isArray(row) ? row.map(String) : []));
    // The same list whether made from the run just done or from its workbook read back.
    expect(fromSaved.consolidation?.totals).toStrictEqual(first.consolidation.totals);
    expect(await texts(fromSaved.download)).toStrictEqual(await texts(fromRun.download));
  });

  test("Hủy stops the run between two files: the workflow's sentence, marked as a stop, and no result", async () => {
    const operations = createBrowserOperations();
    const abort = new AbortController();
    const run = operations.consolidate(plan, await files(), {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done === 1) abort.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "PaneError", cancelled: true, message: expect.stringMatching(/^Đã dừng theo yêu cầu sau 01\/03 tệp/) });
  });
});
