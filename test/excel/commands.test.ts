import { CLEAR_MARKS_ACTION, startRibbonCommands } from "../../src/excel/commands";
import { ExcelAdapterError, detectExcelFeatures, runInExcelCounted } from "../../src/excel/runInExcel";
import { MARK_SETTING_KEY } from "../../src/excel/markState";
import { createExcelOperations } from "../../src/excel/excelOperations";
import { FakeBook, createFakeContext, type FakeContext } from "./fake/fakeExcel";
import { addNominationSheet } from "./fake/sampleSheets";

/** Office and Excel globals as the host provides them, backed by the fake workbook. */
function installHost(book: FakeBook, supported: string[], platform = "PC"): { actions: Map<string, (event: { completed(): void }) => Promise<void>>; runs: FakeContext[] } {
  const actions = new Map<string, (event: { completed(): void }) => Promise<void>>();
  const runs: FakeContext[] = [];
  Object.assign(globalThis, {
    Office: {
      onReady: (callback: () => void) => Promise.resolve(callback()),
      actions: { associate: (name: string, action: (event: { completed(): void }) => Promise<void>) => actions.set(name, action) },
      context: { platform, requirements: { isSetSupported: (_set: string, version: string) => supported.includes(version) } },
    },
    Excel: {
      run: <T>(operation: (context: unknown) => Promise<T>) => {
        const { context, fake } = createFakeContext(book);
        runs.push(fake);
        return operation(context);
      },
    },
  });
  return { actions, runs };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

test("the ribbon's Xóa đánh dấu clears the marks and completes the event", async () => {
  const book = new FakeBook();
  addNominationSheet(book, "DS", 3);
  book.settings.set(MARK_SETTING_KEY, JSON.stringify({ version: 1, sheets: { DS: { marked: [{ severity: "error", cells: ["B4"] }], formats: [{ fill: { color: "#FFFFFF", pattern: "None" }, fontColor: "#000000", cells: ["B4"] }], annotations: [] } } }));
  book.sheets[0]?.updateCell(3, 1, (c) => { c.fill = { color: "#FFC7CE", pattern: "Solid" }; c.font.color = "#9C0006"; });
  const { actions } = installHost(book, ["1.9", "1.10", "1.13", "1.18"]);
  let completed = 0;

  await startRibbonCommands(Reflect.get(globalThis, "Office") as typeof Office);
  await actions.get(CLEAR_MARKS_ACTION)?.({ completed: () => { completed += 1; } });

  expect([[...actions.keys()], book.sheets[0]?.readCell(3, 1).fill, book.sheets[0]?.readCell(3, 1).font.color, book.settings.size, completed]).toStrictEqual([
    ["xoaDanhDau"], { color: "#FFFFFF", pattern: "None" }, "#000000", 0, 1,
  ]);
});

test("features follow the host's requirement sets", () => {
  installHost(new FakeBook(), ["1.9", "1.10"]);
  expect(detectExcelFeatures()).toStrictEqual({ notes: false, comments: true, mergedAreas: false });
});

test("Excel on the web caps a request at 5 MB; desktop and Mac have no cap", () => {
  const seen = ["OfficeOnline", "PC", "Mac"].map((platform) => {
    installHost(new FakeBook(), ["1.9", "1.10", "1.13", "1.18"], platform);
    return detectExcelFeatures();
  });
  const all = { notes: true, comments: true, mergedAreas: true };
  expect(seen).toStrictEqual([{ ...all, requestLimit: 5 * 1024 * 1024 }, all, all]);
});

test("a host error becomes one Vietnamese sentence, with the host's error kept as cause", async () => {
  const book = new FakeBook();
  installHost(book, []);
  const hostError = Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });

  const error: unknown = await runInExcelCounted(() => Promise.reject(hostError)).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(ExcelAdapterError);
  const { name, code, message, cause } = error as ExcelAdapterError;
  expect({ name, code, message, cause }).toStrictEqual({
    name: "ExcelAdapterError",
    code: "InvalidOperationInCellEditMode",
    message: "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.",
    cause: hostError,
  });
});

test("outside Office the ribbon start does nothing", async () => {
  await expect(startRibbonCommands(undefined)).resolves.toBeUndefined();
});

test("outside Excel the adapter says so instead of failing on a missing global", async () => {
  await expect(runInExcelCounted(() => Promise.resolve(1))).rejects.toHaveProperty("code", "NoExcel");
});

test("runInExcelCounted reports the syncs of the operation", async () => {
  const book = new FakeBook();
  book.addSheet("DS");
  installHost(book, []);

  const counted = await runInExcelCounted(async (context) => {
    await context.sync();
    await context.sync();
    return "xong";
  });

  expect(counted).toStrictEqual({ result: "xong", syncs: 2 });
});

test("the pane's operations hand the last marks to the next check: read + re-check in four syncs", async () => {
  const book = new FakeBook();
  addNominationSheet(book, "DS", 20);
  const { runs } = installHost(book, ["1.9", "1.10", "1.13", "1.18"]);
  const excel = createExcelOperations();
  const finding = (cell: string) => ({ code: "cell/required" as const, severity: "error" as const, sheet: "DS", cell, message: "Thiếu" });

  await excel.markFindings("DS", [finding("B5"), finding("B6")]);
  await excel.readActiveSheet();
  const state = await excel.markFindings("DS", [finding("B6")]);

  expect(runs.map((r) => r.queue.syncs)).toStrictEqual([2, 1, 2]);
  expect(state.sheets.DS?.marked).toStrictEqual([{ severity: "error", cells: ["B6"] }]);
  expect(book.sheets[0]?.readCell(4, 1).fill).toStrictEqual({ color: "#FFFFFF", pattern: "None" });
});
