/**
 * The server's other paths: a plan it does not know, the active sheet being one of its results or
 * no list, the menu commands (a toast for the outcome and for a failure), the sidebar opened with
 * the spreadsheet's remembered plan and registry, and a registry too long for one document
 * property giving the command's consolidation with --units.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { loadWorkbookFile } from "../../src/cli/loadInputs";
import { describeWorkflowError } from "../../src/workflows/workflowErrors";
import { findBuiltinPlan, listBuiltinPlans } from "../../src/plans/builtinPlans";
import { loadSettings } from "../../src/sheets/server/documentSettings";
import { MENU, SHEETS_MESSAGES, SheetsUserError } from "../../src/sheets/server/messages";
import { createSheetsServer, SIDEBAR_FILE } from "../../src/sheets/server/server";
import { EMPTY_SETTINGS_TAG, fillSettings, SETTINGS_TAG_ID } from "../../src/sheets/server/sidebarPage";
import { createFakeHost, FakeProperties } from "./fake/fakeSpreadsheet";
import { openInFakeSheets } from "./fake/fromExcelJs";
import { buildDistrictWorkbook, PLAN_ID } from "./helpers/wardBook";
import { valueOf } from "./helpers/answers";

const plan = findBuiltinPlan(PLAN_ID);
if (!plan) throw new Error(`no plan ${PLAN_ID}`);

const setUp = () => {
  const book = openInFakeSheets(buildDistrictWorkbook(), "Quan_Long_Bien");
  const properties = new FakeProperties();
  const host = createFakeHost(book, properties, { [SIDEBAR_FILE]: `<html><body>${EMPTY_SETTINGS_TAG}<script>app()</script></body></html>` });
  return { book, properties, host, server: createSheetsServer(host, listBuiltinPlans()) };
};

const thrown = async (run: () => unknown): Promise<unknown> => {
  try {
    await run();
  } catch (e) {
    return e;
  }
  return null;
};

test("a plan it does not know, a result sheet or a sheet without a list is refused with one sentence", async () => {
  const { book, server } = setUp();
  expect(await thrown(() => server.checkActiveSheet("khong-co"))).toStrictEqual(new SheetsUserError(SHEETS_MESSAGES.unknownPlan("khong-co", listBuiltinPlans().map((p) => p.id))));

  book.active = book.sheet("Kinh phí");
  const noList = await thrown(() => server.checkActiveSheet(PLAN_ID));
  expect(noList).toBeInstanceOf(SheetsUserError);
  expect((noList as Error).message).toMatch(/^Trang "Kinh phí" không chứa danh sách đề nghị \(trang kinh phí/);

  await server.consolidateWorkbook(PLAN_ID);
  // Tổng hợp leaves its last sheet open: it is a result, not a unit's list.
  expect(book.active?.name).toBe("Tệp bỏ qua");
  expect(await thrown(() => server.checkActiveSheet(PLAN_ID))).toStrictEqual(new SheetsUserError(SHEETS_MESSAGES.ownSheet("Tệp bỏ qua")));
});

test("the sidebar gets a failure the user can act on as an answer, not an exception", async () => {
  const { book, server } = setUp();
  book.active = book.sheet("Kinh phí");
  const expected = (await thrown(() => server.checkActiveSheet(PLAN_ID))) as Error;
  await expect(server.sidebarCheck({ plan })).resolves.toStrictEqual({ ok: false, message: expected.message });
  await expect(server.sidebarWriteAppendix({ plan, appendix: null as never, consolidation: null })).resolves.toStrictEqual({ ok: false, message: SHEETS_MESSAGES.badAppendix });
  // The workflow's refusal, in the command's words.
  await expect(server.sidebarWriteAppendix({ plan, appendix: { kind: "list" }, consolidation: null })).resolves.toStrictEqual({ ok: false, message: describeWorkflowError({ code: "list-needs-data" }) });
});

test("the menu's commands tell their outcome in a toast, and a missing plan choice too", async () => {
  const { book, server } = setUp();
  server.onInstall({ authMode: "FULL" });
  await server.menuCheck();
  expect(book.toasts.at(-1)).toStrictEqual({ msg: SHEETS_MESSAGES.noPlanChosen, title: MENU.title });

  server.savePlanChoice(PLAN_ID);
  await server.menuCheck();
  const report = await valueOf(server.sidebarCheck({ plan }));
  expect(book.toasts.at(-1)).toStrictEqual({ msg: SHEETS_MESSAGES.checked("Bồ Đề", report.summary), title: MENU.title });

  await server.menuConsolidate();
  expect(book.toasts.at(-1)?.msg).toBe(SHEETS_MESSAGES.consolidated(3, 7, 5, ["Tổng hợp", "Danh sách", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]));
  await server.menuClearMarks();
  expect(book.toasts.at(-1)?.msg).toBe(SHEETS_MESSAGES.cleared);
});

test("the sidebar opens with the spreadsheet's remembered plan and registry in its settings tag", () => {
  const { host, server } = setUp();
  const registry = { source: "Don_vi.xlsx", sheet: { name: "Đơn vị", rows: [["Tên đơn vị", "Loại đơn vị", "Số CBCCVC"], ["Phường Bồ Đề", "Phường", 40]] } };
  server.savePlanChoice(PLAN_ID);
  server.saveRegistryChoice(registry);
  server.showSidebar();

  const shown = host.fakeUi.sidebars[0];
  expect(shown?.title).toBe(MENU.title);
  const tag = new RegExp(`<script type="application/json" id="${SETTINGS_TAG_ID}">(.*?)</script>`).exec(shown?.content ?? "");
  expect(JSON.parse(tag?.[1] ?? "null")).toStrictEqual({ planId: PLAN_ID, registry });
});

test("settings JSON cannot close its script element", () => {
  const page = fillSettings(`<body>${EMPTY_SETTINGS_TAG}</body>`, { planId: "</script><script>alert(1)</script>", registry: null });
  expect(page.match(/<\/script>/g)).toHaveLength(1);
});

test("a registry longer than a document property holds is kept in pieces, and consolidates as the command with --units", async () => {
  const { properties, server } = setUp();
  const dir = mkdtempSync(join(tmpdir(), "dienhinh-sheets-units-"));
  try {
    const registryFile = join(dir, "Don_vi.xlsx");
    const registry = new ExcelJS.Workbook();
    const ws = registry.addWorksheet("Đơn vị");
    ws.addRow(["Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, NLĐ"]);
    for (const [name, kind, staff] of [["Phường Bồ Đề", "Phường", 40], ["Phường Việt Hưng", "Phường", 35], ["Phường Thạch Bàn", "Phường", 30], ["Phường Ngọc Lâm", "Phường", 28]] as const) ws.addRow([name, kind, staff]);
    for (let i = 1; i <= 150; i++) ws.addRow([`Trường Mầm non Hoa Sen số ${i}`, "Trường học", 20 + i]);
    await registry.xlsx.writeFile(registryFile);
    // The registry as the pane keeps a picked one: its sheet's values, as the command's reader gives them.
    const [sheet] = (await loadWorkbookFile(registryFile)).sheets;
    if (!sheet) throw new Error("no registry sheet");
    server.saveRegistryChoice({ source: "Don_vi.xlsx", sheet });
    expect(Number(properties.getProperty("dienhinh.registry.count"))).toBeGreaterThan(1);
    expect(loadSettings(properties).registry).toStrictEqual({ source: "Don_vi.xlsx", sheet });

    const file = join(dir, "Quan_Long_Bien");
    await buildDistrictWorkbook().xlsx.writeFile(file);
    const lines: string[] = [];
    await runConsolidate([file], { plan: PLAN_ID, units: registryFile, json: true, out: join(dir, "out.xlsx"), progress: false }, { stdout: (t) => lines.push(t), stderr: () => undefined, isTTY: false });
    const expected = JSON.parse(lines.join("\n")) as Record<string, unknown>;

    await expect(server.consolidateWorkbook(PLAN_ID)).resolves.toStrictEqual({ ...expected, output: "Quan_Long_Bien" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a units registry kept as a tab of the spreadsheet is found for the sidebar", async () => {
  const { book, server } = setUp();
  await expect(server.sidebarFindRegistry(plan)).resolves.toStrictEqual({ ok: false, message: SHEETS_MESSAGES.noRegistryTab("Quan_Long_Bien") });
  const tab = book.addSheet("Đơn vị");
  [["Tên đơn vị", "Loại đơn vị", "Số CBCCVC"], ["Phường Bồ Đề", "Phường", 40]].forEach((line, r) => line.forEach((value, c) => (tab.grid.at(r, c).value = value)));

  await expect(valueOf(server.sidebarFindRegistry(plan))).resolves.toStrictEqual({
    source: "Quan_Long_Bien / Đơn vị",
    sheet: { name: "Đơn vị", rows: [["Tên đơn vị", "Loại đơn vị", "Số CBCCVC"], ["Phường Bồ Đề", "Phường", 40]] },
  });
});
