import { createExcelOperations } from "../../src/excel/excelOperations";
import { readOwnSheets } from "../../src/excel/ownSheets";
import { createExcelPaneOperations, OPEN_WORKBOOK, UNITS_REGISTRY_SETTING_KEY, type PlanSettingsStore } from "../../src/taskpane/excelOperations";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { FakeBook, createFakeContext } from "../excel/fake/fakeExcel";
import { fillRows, snapshotSheet } from "../excel/fake/sampleSheets";

/**
 * The pane's Excel entry points over the fake Excel host: Tổng hợp and Phụ lục never delete,
 * replace or write into a sheet the user made, never read their own output as a unit's list, and
 * give the same totals every time.
 */

const plan = findBuiltinPlan("long-bien-2023-2025");
if (!plan) throw new Error("no plan long-bien-2023-2025");

const HEADER = ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Phong trào thi đua", "Gương mẫu chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái, tham gia hoạt động xã hội", "Ngày đăng ký"];
const addWardList = (book: FakeBook, sheetName: string, unitLine: string, names: readonly string[]): void => {
  const sheet = book.addSheet(sheetName);
  fillRows(sheet, [[unitLine], ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"], HEADER, ...names.map((n, i) => [i + 1, n, "Cá nhân", "Tổ trưởng", "Người tốt, việc tốt", "x", "x", "x", "x", "12/03/2024"])]);
};

const installHost = (book: FakeBook): void => {
  Object.assign(globalThis, {
    Office: { context: { requirements: { isSetSupported: () => true } } },
    Excel: { run: <T>(operation: (context: unknown) => Promise<T>) => operation(createFakeContext(book).context) },
  });
};

const memorySettings = (): PlanSettingsStore & { values: Map<string, unknown> } => {
  const values = new Map<string, unknown>();
  return { values, get: (k) => values.get(k), set: (k, v) => void values.set(k, v), remove: (k) => void values.delete(k), saveAsync: () => undefined };
};

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

const makeBook = (): FakeBook => {
  const book = new FakeBook();
  // A ward's own list on a tab named "Danh sách", as many are.
  addWardList(book, "Danh sách", "UBND PHƯỜNG BỒ ĐỀ", ["Nguyễn Văn Hùng", "Trần Thị Mai"]);
  addWardList(book, "Việt Hưng", "UBND PHƯỜNG VIỆT HƯNG", ["Lê Văn Bình"]);
  return book;
};

const numbers = (c: { units: { unit: string; rows: number; validRows: number }[]; totals: unknown }) => ({ units: c.units.map((u) => [u.unit, u.rows, u.validRows]), totals: c.totals });

test("Tổng hợp on the open workbook leaves the user's 'Danh sách' as it was, and a second run gives the same totals and units", async () => {
  const book = makeBook();
  installHost(book);
  const userSheets = book.sheets.map((s) => [s.name, snapshotSheet(s)] as const);
  const operations = createExcelPaneOperations(createExcelOperations(), memorySettings());

  const first = await operations.consolidate(plan, []);
  expect(numbers(first.consolidation)).toStrictEqual({
    units: [
      ["Phường Bồ Đề", 2, 2],
      ["Phường Việt Hưng", 1, 1],
    ],
    totals: first.consolidation.totals,
  });
  expect(first.sheets).toStrictEqual(["Tổng hợp", "Danh sách (2)", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
  for (const [name, snapshot] of userSheets) expect([name, snapshotSheet(book.findSheet(name) ?? book.addSheet("?"))]).toStrictEqual([name, snapshot]);

  const second = await operations.consolidate(plan, []);
  expect(numbers(second.consolidation)).toStrictEqual(numbers(first.consolidation));
  expect(second.sheets).toStrictEqual(first.sheets);
  expect(book.sheets.map((s) => s.name)).toStrictEqual(["Danh sách", "Việt Hưng", "Tổng hợp", "Danh sách (2)", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
  expect(second.consolidation.skipped.filter((s) => s.file === OPEN_WORKBOOK).map((s) => s.sheet)).toStrictEqual(["Chỉ tiêu", "Danh sách (2)", "Tệp bỏ qua", "Tổng hợp", "Trùng lặp"]);
  for (const [name, snapshot] of userSheets) expect([name, snapshotSheet(book.findSheet(name) ?? book.addSheet("?"))]).toStrictEqual([name, snapshot]);
});

test("the list appendix goes to a sheet of its own and changes no existing sheet", async () => {
  const book = makeBook();
  installHost(book);
  const operations = createExcelPaneOperations(createExcelOperations(), memorySettings());
  const { consolidation } = await operations.consolidate(plan, []);
  const before = book.sheets.map((s) => [s.name, snapshotSheet(s)] as const);
  const result = await operations.writeAppendix(plan, "list", { consolidation, groupBy: "unit" });
  expect(result).toStrictEqual({ sheet: "Phụ lục danh sách" });
  expect(book.sheets.map((s) => [s.name, snapshotSheet(s)]).slice(0, before.length)).toStrictEqual(before);
  expect(book.sheets.map((s) => s.name).slice(before.length)).toStrictEqual(["Phụ lục danh sách"]);
  // Again: the earlier appendix is replaced, still nothing else.
  await operations.writeAppendix(plan, "list", { consolidation, groupBy: "field" });
  expect(book.sheets.map((s) => s.name)).toStrictEqual([...before.map(([n]) => n), "Phụ lục danh sách"]);
  expect((await readOwnSheets(createFakeContext(book).context)).map((o) => o.sheet)).toStrictEqual(["Tổng hợp", "Danh sách (2)", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua", "Phụ lục danh sách"]);
});

test("the units registry: a sheet of the open workbook recognised by its header, remembered in the document's settings", async () => {
  const book = makeBook();
  fillRows(book.addSheet("Đơn vị"), [["Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, NLĐ"], ["Phường Bồ Đề", "Phường", 40], ["Phường Việt Hưng", "Phường", 35], ["Phường Gia Thụy", "Phường", 30]]);
  installHost(book);
  const settings = memorySettings();
  const operations = createExcelPaneOperations(createExcelOperations(), settings);
  const registry = await operations.readUnitsRegistry?.(plan);
  expect(registry?.source).toBe(`${OPEN_WORKBOOK}, trang "Đơn vị"`);
  operations.saveUnitsRegistry?.(registry ?? null);
  expect(createExcelPaneOperations(createExcelOperations(), settings).loadSavedUnitsRegistry?.()).toStrictEqual(registry);
  operations.saveUnitsRegistry?.(null);
  expect(settings.values.has(UNITS_REGISTRY_SETTING_KEY)).toBe(false);
});
