/**
 * The Google Sheets sidebar (dist/sheets/Sidebar.html as `npm run build:sheets` makes it) in
 * Chromium, with `google.script.run` stubbed by the add-on's real server over a fake spreadsheet
 * of a district's ward tabs: Kiểm tra marks the active tab, Tổng hợp writes result sheets, the
 * appendix downloads as an A4 .xlsx and goes into a sheet when asked; the plan is remembered with
 * the spreadsheet. Nothing is fetched from the internet.
 */
import { build } from "esbuild";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { CheckReport } from "../../src/core/check/report";
import { findBuiltinPlan, listBuiltinPlans } from "../../src/plans/builtinPlans";
import { MARK_FILLS } from "../../src/sheets/server/markState";
import { createSheetsServer } from "../../src/sheets/server/server";
import { fillSettings } from "../../src/sheets/server/sidebarPage";
import { describeFinding, describeSummary } from "../../src/taskpane/components/CheckPanel";
import { describeConsolidationSummary, describeConsolidationTotals } from "../../src/taskpane/results/summaries";
import { OPEN_SPREADSHEET } from "../../src/sheets/sidebar/sheetsOperations";
import { buildSheets } from "../../scripts/buildSheets";
import { createFakeHost } from "../sheets/fake/fakeSpreadsheet";
import { openInFakeSheets } from "../sheets/fake/fromExcelJs";
import { storeBook } from "../sheets/fake/serializeBook";
import { buildDistrictWorkbook, PLAN_ID } from "../sheets/helpers/wardBook";
import { valueOf } from "../sheets/helpers/answers";
import { BUILD_TIMEOUT_MS } from "./helpers/buildDist";
import { readDownloadedWorkbook } from "./helpers/expected";
import { choosePlan, describeWithChromium, launchChromium, openPaneContext, serveDirectory, type PaneContext, type StaticServer } from "./helpers/pane";

const plan = findBuiltinPlan(PLAN_ID);
if (!plan) throw new Error(`no built-in plan ${PLAN_ID}`);
const SPREADSHEET = "Quan_Long_Bien";
const ACTIVE = "Việt Hưng";

/** The district's spreadsheet with the ward tab "Việt Hưng" open. */
function openDistrict() {
  const book = openInFakeSheets(buildDistrictWorkbook(), SPREADSHEET);
  book.active = book.sheet(ACTIVE);
  return book;
}

/** Asks `read` until it gives `expected` (a server call answers after the click), then asserts it. */
async function waitUntil<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  expect(value).toBe(expected);
}

describeWithChromium("the Google Sheets sidebar over a stubbed google.script.run", () => {
  let server: StaticServer;
  let browser: Browser;
  let dir: string;
  let fakeScript: string;
  let pane: PaneContext;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "dienhinh-e2e-sheets-"));
    await buildSheets(dir);
    // The same page as the server would serve it to a spreadsheet that remembers the plan.
    writeFileSync(join(dir, "Sidebar-remembered.html"), fillSettings(readFileSync(join(dir, "Sidebar.html"), "utf8"), { planId: PLAN_ID, registry: null }));
    const bundled = await build({ entryPoints: [join(__dirname, "../sheets/fake/browserScriptRun.ts")], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false, logLevel: "silent" });
    fakeScript = `window.__DIENHINH_FAKE_BOOK__ = ${JSON.stringify(storeBook(openDistrict()))};\n${bundled.outputFiles[0]?.text ?? ""}`;
    server = await serveDirectory(dir);
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);

  beforeEach(async () => {
    pane = await openPaneContext(browser, server.origin, { initScripts: [fakeScript] });
    page = pane.page;
  });

  afterEach(async () => {
    expect(pane.pageErrors).toStrictEqual([]);
    expect(pane.external).toStrictEqual([]);
    await pane.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (file = "Sidebar.html"): Promise<void> => {
    await page.goto(`${server.origin}/${file}`);
    await page.getByRole("combobox", { name: "Kế hoạch" }).waitFor({ state: "visible" });
  };

  test("Kiểm tra checks and marks the active tab; a finding takes the spreadsheet to its cell; Xóa đánh dấu clears", async () => {
    const expected: CheckReport = await valueOf(createSheetsServer(createFakeHost(openDistrict()), listBuiltinPlans()).sidebarCheck({ plan }));
    const findings = expected.sheets.flatMap((s) => s.findings);
    expect(findings.map((f) => [f.code, f.cell ?? null])).toStrictEqual([["cell/criterion", "H10"]]);

    await open();
    await choosePlan(page, plan.title);
    await expect(page.getByText("Kiểm tra trang tính đang mở.").isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();

    await expect(page.getByTestId("check-summary").textContent()).resolves.toBe(describeSummary(expected));
    const items = page.getByRole("list", { name: "Các lỗi và cảnh báo" }).getByRole("listitem");
    await expect(items.allTextContents()).resolves.toStrictEqual(findings.map((f) => `Lỗi · ${describeFinding(f)}`));
    const marked = () => page.evaluate(([sheet]) => (window as unknown as { __sheetsFake: { cell(s: string, r: number, c: number): { background: string } | null } }).__sheetsFake.cell(sheet as string, 9, 7)?.background, [ACTIVE]);
    await expect(marked()).resolves.toBe(MARK_FILLS.error);
    // The README's picture of the sidebar, as an officer sees it after a check.
    await page.getByTestId("quota-card").first().scrollIntoViewIfNeeded();
    writeFileSync(join(__dirname, "../../docs/images/sidebar-sheets.png"), await page.screenshot({ animations: "disabled", caret: "hide" }));

    await items.first().getByRole("button").click();
    await waitUntil(() => page.evaluate(([sheet]) => (window as unknown as { __sheetsFake: { selection(s: string): string | null } }).__sheetsFake.selection(sheet as string), [ACTIVE]), "H10");

    await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await waitUntil(marked, "#ffffff");
  });

  test("Tổng hợp writes the result sheets into the spreadsheet; the appendix downloads as an A4 .xlsx and goes into a sheet when asked", async () => {
    const { consolidation, sheets } = await valueOf(createSheetsServer(createFakeHost(openDistrict()), listBuiltinPlans()).sidebarConsolidate({ plan }));
    await open();
    await choosePlan(page, plan.title);

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await expect(page.getByTestId("consolidation-summary").textContent()).resolves.toBe(describeConsolidationSummary({ consolidation, openWorkbook: OPEN_SPREADSHEET }));
    await expect(page.getByTestId("consolidation-totals").textContent()).resolves.toBe(describeConsolidationTotals(consolidation));
    await expect(page.getByText(`Đã ghi các trang tổng hợp vào sổ làm việc: ${sheets.join(", ")}.`).isVisible()).resolves.toBe(true);
    const sheetNames = () => page.evaluate(() => (window as unknown as { __sheetsFake: { book(): { sheets: { name: string }[] } } }).__sheetsFake.book().sheets.map((s) => s.name));
    await expect(sheetNames()).resolves.toEqual(expect.arrayContaining(sheets));

    await page.getByRole("tab", { name: "Phụ lục" }).click();
    await page.getByRole("radio", { name: "Danh sách điển hình (cần tổng hợp trước)" }).check();
    await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
    const fileName = `Phu_luc_danh_sach_${PLAN_ID}.xlsx`;
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Tải xuống ${fileName}` }).click()]);
    expect(file.suggestedFilename()).toBe(fileName);
    const saved = join(dir, fileName);
    await file.saveAs(saved);
    const listed = (await readDownloadedWorkbook(saved)).texts["Danh sách"] ?? [];
    for (const e of consolidation.entries) expect(listed.includes(e.nomination.name)).toBe(e.valid);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const setup = workbook.worksheets[0]?.pageSetup;
    // A4 (paper 9) with the margins of Nghị định 30/2020 (left 30 mm, right 15 mm, in inches).
    expect([setup?.paperSize, setup?.margins?.left, setup?.margins?.right]).toStrictEqual([9, 1.1811, 0.5906]);

    await page.getByRole("button", { name: "Ghi thêm phụ lục vào một trang tính" }).click();
    await expect(page.getByTestId("appendix-sheet").textContent()).resolves.toBe('Đã ghi phụ lục vào trang "Phụ lục danh sách". Bản để in là tệp .xlsx đã tải xuống.');
    await expect(sheetNames()).resolves.toContain("Phụ lục danh sách");
  });

  test("a tab that holds no list gets the server's sentence in the error bar, and the pane stays usable", async () => {
    const book = openDistrict();
    book.active = book.sheet("Kinh phí");
    const expected = await createSheetsServer(createFakeHost(book), listBuiltinPlans()).sidebarCheck({ plan });
    if (expected.ok) throw new Error("the budget tab should hold no list");

    await open();
    await choosePlan(page, plan.title);
    await page.evaluate(() => (window as unknown as { __sheetsFake: { activate(s: string): void } }).__sheetsFake.activate("Kinh phí"));
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const bar = page.locator(".fui-MessageBar").filter({ hasText: "Kinh phí" });
    await bar.waitFor({ state: "visible" });
    await expect(bar.textContent()).resolves.toBe(`Lỗi${expected.message}`);

    await page.evaluate(([sheet]) => (window as unknown as { __sheetsFake: { activate(s: string): void } }).__sheetsFake.activate(sheet as string), [ACTIVE]);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("check-summary").waitFor({ state: "visible" });
    await expect(bar.count()).resolves.toBe(0);
  });

  test("the plan chosen is remembered with the spreadsheet and preselected when the sidebar opens again", async () => {
    await open();
    await choosePlan(page, plan.title);
    await waitUntil(() => page.evaluate(() => (window as unknown as { __sheetsFake: { properties(): Record<string, string> } }).__sheetsFake.properties()["dienhinh.planId"]), PLAN_ID);

    await open("Sidebar-remembered.html");
    await expect(page.getByRole("combobox", { name: "Kế hoạch" }).textContent()).resolves.toBe(plan.title);
  });
});
