/**
 * The pane in Excel mode: office.js is replaced, before the page's scripts run, by a fake Office
 * host whose Excel.run drives the in-memory workbook of test/excel/fake holding Xã Mường Đun's
 * list. The check must mark the failing cell (fill, font colour, note), list it, show the quota
 * cards, take a fixed number of syncs whatever the length of the list, and "Xóa đánh dấu" must
 * put every format and note back exactly.
 */
import type { Browser, Page } from "playwright-core";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { composeNoteText } from "../../src/excel/annotations";
import { MARK_COLOURS, MARK_SETTING_KEY } from "../../src/excel/markState";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { describeFinding, describeSummary } from "../../src/taskpane/components/CheckPanel";
import { PLAN_SETTING_KEY } from "../../src/taskpane/excelOperations";
import type { ProbeWindow, UserFormat } from "./fakeHost/probe";
import { BUILD_TIMEOUT_MS, ensureDist } from "./helpers/buildDist";
import { openExcelPane, readFakeCell, readFakeExcel, resetSyncCount, snapshotFakeSheet } from "./helpers/excelPane";
import { layoutToSheetValues } from "./helpers/expected";
import { bundleFakeOfficeHost } from "./helpers/fakeHost";
import { choosePlan, describeWithChromium, launchChromium, loadPane, OFFICE_JS_URL, serveDirectory, type PaneContext, type StaticServer } from "./helpers/pane";
import { layoutUnitSheet, MUONG_DUN, MUONG_DUN_FAILING_CELL } from "./helpers/unitSheets";

const PLAN_ID = "tua-chua-2021-2025";
const plan = findBuiltinPlan(PLAN_ID);
if (!plan) throw new Error(`no built-in plan ${PLAN_ID}`);

const MUONG_DUN_FIRST_DATA_ROW = layoutUnitSheet(MUONG_DUN).firstDataRow;

/** Notes whether the browser mode's file picker (Kiểm tra's) is ever put in the page. */
const BROWSER_PICKER_PROBE = `(() => {
  window.__browserPickerSeen = false;
  const observer = new MutationObserver(() => {
    if (document.querySelector('input[aria-label="Chọn tệp .xlsx…"]')) { window.__browserPickerSeen = true; observer.disconnect(); }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** The officer had already highlighted the cell and left a note on it before checking. */
const USER_FORMAT: UserFormat = { cell: MUONG_DUN_FAILING_CELL, fill: { color: "#DDEBF7", pattern: "Solid" }, fontColor: "#1F4E79", note: "Chờ chi hội xác nhận lại" };

describeWithChromium("Excel mode over a fake Office host", () => {
  let server: StaticServer;
  let browser: Browser;
  let fakeHost: string;
  const panes: PaneContext[] = [];

  beforeAll(async () => {
    const [dist, script] = await Promise.all([ensureDist(), bundleFakeOfficeHost()]);
    fakeHost = script;
    server = await serveDirectory(dist.dir);
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);

  const close = async (pane: PaneContext | undefined): Promise<void> => {
    if (!pane) return;
    expect(pane.pageErrors).toStrictEqual([]);
    expect([...new Set(pane.external)]).toStrictEqual([OFFICE_JS_URL]);
    await pane.context.close();
  };

  afterEach(async () => {
    for (const pane of panes.splice(0)) await close(pane);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (config: Parameters<typeof openExcelPane>[3]): Promise<Page> => {
    const pane = await openExcelPane(browser, server.origin, fakeHost, config);
    await pane.context.addInitScript({ content: BROWSER_PICKER_PROBE });
    panes.push(pane);
    await loadPane(pane.page, server.origin);
    return pane.page;
  };

  const check = async (page: Page, timeout = 30_000): Promise<string> => {
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor({ state: "visible", timeout });
    return (await summary.textContent()) ?? "";
  };

  test("Kiểm tra marks the failing cell and lists it; Xóa đánh dấu puts every format and note back", async () => {
    const page = await open({ uniformFont: true, userFormats: [USER_FORMAT] });
    await expect(page.getByText("Kiểm tra trang tính đang mở.").isVisible()).resolves.toBe(true);
    // Excel's pane never showed the browser mode's file picker, not even for an instant.
    await expect(page.evaluate(() => (window as unknown as { __browserPickerSeen: boolean }).__browserPickerSeen)).resolves.toBe(false);
    const before = await snapshotFakeSheet(page);

    await choosePlan(page, plan.title);
    // The plan is remembered in the document's settings, which travel with the workbook.
    expect(await readFakeExcel(page, PLAN_SETTING_KEY)).toMatchObject({ documentSetting: PLAN_ID, savedSettings: 1, runs: 0 });

    const sheet = layoutToSheetValues(layoutUnitSheet(MUONG_DUN));
    const expected = checkWorkbook({ file: sheet.name, sheets: [sheet] }, plan);
    const findings = expected.sheets.flatMap((s) => s.findings);
    expect(findings.map((f) => [f.code, f.cell ?? null])).toStrictEqual([["cell/criterion", MUONG_DUN_FAILING_CELL]]);

    await resetSyncCount(page);
    await expect(check(page)).resolves.toBe(describeSummary(expected));
    const items = page.getByRole("list", { name: "Các lỗi và cảnh báo" }).getByRole("listitem");
    await expect(items.allTextContents()).resolves.toStrictEqual(findings.map((f) => `Lỗi · ${describeFinding(f)}`));
    const quotas = expected.sheets.flatMap((s) => s.quotas);
    await expect(page.getByTestId("quota-card").count()).resolves.toBe(quotas.length);
    await expect(page.getByTestId("quota-card").first().textContent()).resolves.toContain("Xã Mường Đun");

    const marked = await readFakeExcel(page);
    expect(marked.filled).toStrictEqual([MUONG_DUN_FAILING_CELL]);
    expect(marked.workbookSettingKeys).toStrictEqual([MARK_SETTING_KEY]);
    expect(marked.runs).toBe(2); // one Excel.run to read the sheet, one to mark it
    expect(marked.syncs).toBeLessThanOrEqual(4);
    const cell = await readFakeCell(page, MUONG_DUN_FAILING_CELL);
    expect(cell?.cell?.fill).toStrictEqual({ color: MARK_COLOURS.error.fill, pattern: "Solid" });
    expect(cell?.cell?.font.color).toBe(MARK_COLOURS.error.font);
    expect(cell?.note).toBe(composeNoteText(USER_FORMAT.note, findings[0]?.message ?? ""));
    // Values are never written: every cell still holds what the unit typed.
    const afterCheck = await snapshotFakeSheet(page);
    const values = (s: typeof before) => Object.fromEntries(Object.entries(s.cells).map(([k, c]) => [k, c.value]));
    expect(values(afterCheck)).toStrictEqual(values(before));

    // Clicking the finding selects its cell in the sheet.
    await items.first().getByRole("button").click();
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__fakeExcel.selection() !== null);
    expect((await readFakeExcel(page)).selection).toStrictEqual({ sheet: "Danh sách", address: MUONG_DUN_FAILING_CELL });

    await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__fakeExcel.workbookSettingKeys().length === 0);
    await expect(snapshotFakeSheet(page)).resolves.toStrictEqual(before);
  });

  test("a check of 100 rows and of 10,000 rows takes the same number of syncs, at most 4", async () => {
    const measured: Record<number, { check: number; clear: number }> = {};
    for (const rows of [100, 10_000]) {
      const failingIndex = Math.floor(rows / 2);
      const failingCell = `J${MUONG_DUN_FIRST_DATA_ROW + failingIndex}`;
      const page = await open({ uniformFont: true, userFormats: [], longRows: rows, failingIndex });
      await choosePlan(page, plan.title);
      await resetSyncCount(page);
      await expect(check(page, 90_000)).resolves.toMatch(new RegExp(`^Danh sách: ${rows} dòng đề nghị, ${rows - 1} hợp lệ; 1 lỗi, 0 cảnh báo;`));
      const marked = await readFakeExcel(page);
      expect(marked.filled).toStrictEqual([failingCell]);

      await resetSyncCount(page);
      await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
      await page.waitForFunction(() => (window as unknown as ProbeWindow).__fakeExcel.workbookSettingKeys().length === 0);
      const cleared = await readFakeExcel(page);
      expect(cleared.filled).toStrictEqual([]);
      measured[rows] = { check: marked.syncs, clear: cleared.syncs };
      await close(panes.pop());
    }
    console.log(`e2e Excel: context.sync() — Kiểm tra: 100 dòng ${measured[100]?.check}, 10.000 dòng ${measured[10_000]?.check}; Xóa đánh dấu: ${measured[100]?.clear} và ${measured[10_000]?.clear}`);
    expect(measured[10_000]).toStrictEqual(measured[100]);
    expect(measured[100]?.check).toBeLessThanOrEqual(4);
  });
});
