/**
 * The pane in a plain browser (office.js unreachable): real .xlsx files of three units of the
 * Tủa Chùa plan are picked, checked, consolidated and turned into appendices, and every result
 * downloaded is opened with exceljs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { consolidateReports } from "../../src/core/consolidate/consolidate";
import { buildConsolidationLayouts } from "../../src/core/consolidate/consolidationLayouts";
import type { CheckReport } from "../../src/core/check/report";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { formatFileProblem } from "../../src/core/files/fileProblems";
import { readPickedWorkbook } from "../../src/taskpane/browserOperations";
import { describeFinding, describeSummary } from "../../src/taskpane/components/CheckPanel";
import { describeConsolidationSummary, describeConsolidationTotals } from "../../src/taskpane/results/summaries";
import { BUILD_TIMEOUT_MS, ensureDist } from "./helpers/buildDist";
import { checkFileInNode, readDownloadedWorkbook } from "./helpers/expected";
import { choosePlan, describeWithChromium, launchChromium, loadPane, OFFICE_JS_URL, openPaneContext, serveDirectory, type PaneContext, type StaticServer } from "./helpers/pane";
import { MUONG_DUN, MUONG_DUN_FAILING_CELL, PHONG_VAN_HOA, SANG_NHE } from "./helpers/unitSheets";
import { buildUnitWorkbook, writeUnitWorkbooks } from "./helpers/writeUnitWorkbook";

const PLAN_ID = "tua-chua-2021-2025";
const plan = findBuiltinPlan(PLAN_ID);
if (!plan) throw new Error(`no built-in plan ${PLAN_ID}`);

const CHECK_INPUT = 'input[type="file"][aria-label="Chọn tệp .xlsx…"]';
const UNITS_INPUT = 'input[type="file"][aria-label="Chọn các tệp của đơn vị…"]';

describeWithChromium("browser mode on units' .xlsx files", () => {
  let server: StaticServer;
  let browser: Browser;
  let dir: string;
  let files: { sangNhe: string; muongDun: string; phongVanHoa: string; broken: string };
  let pane: PaneContext;
  let page: Page;

  beforeAll(async () => {
    const dist = await ensureDist();
    if (dist.builtInMs !== null) console.log(`e2e: dist/ đã build lại trong ${(dist.builtInMs / 1000).toFixed(1)} s`);
    server = await serveDirectory(dist.dir);
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "dienhinh-e2e-units-"));
    const [sangNhe, muongDun, phongVanHoa] = await writeUnitWorkbooks(dir, [SANG_NHE, MUONG_DUN, PHONG_VAN_HOA]);
    if (!sangNhe || !muongDun || !phongVanHoa) throw new Error("unit workbooks not written");
    // A list saved half-way: the zip is cut off, as when a USB stick is pulled out too early.
    const broken = join(dir, "Xa_Tua_Thang.xlsx");
    const whole = await buildUnitWorkbook({ ...SANG_NHE, fileName: "Xa_Tua_Thang.xlsx", unitLine: "UBND XÃ TỦA THÀNG" });
    writeFileSync(broken, whole.subarray(0, Math.floor(whole.length / 3)));
    files = { sangNhe, muongDun, phongVanHoa, broken };
  }, BUILD_TIMEOUT_MS);

  beforeEach(async () => {
    pane = await openPaneContext(browser, server.origin);
    page = pane.page;
    await loadPane(page, server.origin);
    await choosePlan(page, plan.title);
  });

  afterEach(async () => {
    expect(pane.pageErrors).toStrictEqual([]);
    // Nothing but office.js was asked of the internet, and the pane ran without it.
    expect([...new Set(pane.external)]).toStrictEqual([OFFICE_JS_URL]);
    await pane.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("Kiểm tra shows the summary, the failing cell with its reason, and the quota cards", async () => {
    const expected = await checkFileInNode(files.muongDun, plan);
    const findings = expected.sheets.flatMap((s) => s.findings);
    expect(findings.map((f) => [f.code, f.cell ?? null])).toStrictEqual([["cell/criterion", MUONG_DUN_FAILING_CELL]]);

    await expect(page.getByText("Chế độ trình duyệt: chọn hoặc kéo thả tệp .xlsx", { exact: false }).isVisible()).resolves.toBe(true);
    await page.setInputFiles(CHECK_INPUT, files.muongDun);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();

    await expect(page.getByTestId("check-summary").textContent()).resolves.toBe(describeSummary(expected));
    const items = page.getByRole("list", { name: "Các lỗi và cảnh báo" }).getByRole("listitem");
    await expect(items.allTextContents()).resolves.toStrictEqual(findings.map((f) => `Lỗi · ${describeFinding(f)}`));
    const shown = (await items.first().textContent()) ?? "";
    // The column "Tương thân tương ái" is a part of the general criteria under "Tiêu chuẩn chung"; for an
    // individual they are the seed's paragraph (b), "Đối với cá nhân, hộ gia đình".
    expect(shown).toContain(`Danh sách, ô ${MUONG_DUN_FAILING_CELL}: chưa đạt tiêu chí "Tiêu chí chung đối với cá nhân, hộ gia đình"`);

    const quotas = expected.sheets.flatMap((s) => s.quotas);
    const cards = page.getByTestId("quota-card");
    await expect(cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-state")))).resolves.toStrictEqual(quotas.map((q) => (q.met === false ? "unmet" : q.met === null ? "unknown" : "met")));
    await expect(cards.first().textContent()).resolves.toContain("Xã Mường Đun");
  });

  test("Tổng hợp downloads a workbook with Tổng hợp, Danh sách and Chỉ tiêu; Tạo phụ lục downloads the appendices", async () => {
    const reports: CheckReport[] = await Promise.all([files.sangNhe, files.muongDun, files.phongVanHoa].map((f) => checkFileInNode(f, plan)));
    const consolidation = consolidateReports(plan, reports, []);
    const names = reports.flatMap((r) => r.sheets.flatMap((s) => s.nominations.map((n) => n.name)));
    expect(names).toHaveLength(9);

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.setInputFiles(UNITS_INPUT, [files.sangNhe, files.muongDun, files.phongVanHoa]);
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    // "3 tệp: 3 đơn vị; 8/12 chỉ tiêu chưa đạt." first, then the rows.
    await expect(page.getByTestId("consolidation-summary").textContent()).resolves.toBe(describeConsolidationSummary({ consolidation, sources: 3, read: ["", "", ""] }));
    await expect(page.getByTestId("consolidation-totals").textContent()).resolves.toBe(describeConsolidationTotals(consolidation));
    // Once it is ready, the download is the area's primary action.
    await expect(page.getByRole("button", { name: `Tải xuống Tong_hop_${PLAN_ID}.xlsx` }).getAttribute("data-appearance")).resolves.toBe("primary");
    await expect(page.getByRole("button", { name: "Tổng hợp", exact: true }).getAttribute("data-appearance")).resolves.toBe("secondary");
    const saved = await download(page, `Tải xuống Tong_hop_${PLAN_ID}.xlsx`, join(dir, "tong-hop.xlsx"));
    const book = await readDownloadedWorkbook(saved);
    expect(book.sheets).toStrictEqual(buildConsolidationLayouts(consolidation, plan).map((l) => l.sheetName));
    expect(book.sheets).toEqual(expect.arrayContaining(["Tổng hợp", "Danh sách", "Chỉ tiêu"]));
    for (const name of names) expect(book.texts["Danh sách"]).toContain(name);

    await page.getByRole("tab", { name: "Phụ lục" }).click();
    // This plan has no appendix table of its own: the pane offers the list, which holds the
    // valid nominees only — the failing row stays out.
    await expect(page.getByRole("radio", { name: /^Bảng phụ lục của kế hoạch/ }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("radio", { name: "Danh sách điển hình (cần tổng hợp trước)" }).isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
    const listAppendix = await readDownloadedWorkbook(await download(page, `Tải xuống Phu_luc_danh_sach_${PLAN_ID}.xlsx`, join(dir, "phu-luc-danh-sach.xlsx")));
    expect(listAppendix.sheets).toStrictEqual(["Danh sách"]);
    const listed = listAppendix.texts["Danh sách"] ?? [];
    for (const name of names.filter((n) => n !== "Quàng Thị Dung")) expect(listed).toContain(name);
    expect(listed).not.toContain("Quàng Thị Dung");

    // A plan with its own appendix table gets it by default.
    const longBien = findBuiltinPlan("long-bien-2023-2025");
    if (!longBien?.appendix) throw new Error("long-bien-2023-2025 should have an appendix table");
    await choosePlan(page, longBien.title);
    // The other plan's results are gone.
    await expect(page.getByRole("button", { name: /^Tải xuống/ }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
    const planAppendix = await readDownloadedWorkbook(await download(page, `Tải xuống Phu_luc_ke_hoach_${longBien.id}.xlsx`, join(dir, "phu-luc-ke-hoach.xlsx")));
    expect(planAppendix.sheets).toStrictEqual(["Phụ lục"]);
    expect((planAppendix.texts["Phụ lục"] ?? []).join("\n")).toContain(longBien.number);
  });

  test("a broken file gives a Vietnamese message in a MessageBar, and the pane stays usable", async () => {
    const expected = await readPickedWorkbook(new File([new Uint8Array(await readFile(files.broken))], "Xa_Tua_Thang.xlsx")).then(
      () => null,
      (error: Error) => error.message,
    );
    // The command's own sentence for the file, not a vague "broken or not .xlsx".
    expect(expected).toBe(formatFileProblem({ code: "zip/truncated", file: "Xa_Tua_Thang.xlsx" }));

    await page.setInputFiles(CHECK_INPUT, files.broken);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const bar = page.locator(".fui-MessageBar").filter({ hasText: "Xa_Tua_Thang.xlsx" });
    await bar.waitFor({ state: "visible" });
    await expect(bar.textContent()).resolves.toBe(`Lỗi${expected ?? ""}`);
    await expect(page.getByTestId("check-summary").count()).resolves.toBe(0);

    // The next file is checked as usual.
    await page.setInputFiles(CHECK_INPUT, files.sangNhe);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await expect(page.getByTestId("check-summary").textContent()).resolves.toMatch(/^Xa_Sang_Nhe\.xlsx: 3 dòng đề nghị, 3 hợp lệ; 0 lỗi/);
    await expect(bar.count()).resolves.toBe(0);
  });
});

/** Clicks the pane's download button and saves what the browser receives. */
async function download(page: Page, buttonName: string, to: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: buttonName }).click()]);
  expect(file.suggestedFilename()).toBe(buttonName.replace(/^Tải xuống /, ""));
  await file.saveAs(to);
  return to;
}
