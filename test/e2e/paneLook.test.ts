/**
 * The pane as an officer sees it, at a task pane's size: screenshots of both modes after a check
 * (docs/images/pane-browser.png, docs/images/pane-excel.png), the time from navigation start to
 * the plan picker showing (median of 5 cold loads) and the size of the bundle.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { BUILD_TIMEOUT_MS, ensureDist, REPO_ROOT, type DistInfo } from "./helpers/buildDist";
import { openExcelPane } from "./helpers/excelPane";
import { bundleFakeOfficeHost } from "./helpers/fakeHost";
import { median } from "../../bench/stats";
import { choosePlan, describeWithChromium, launchChromium, loadPane, openPaneContext, PANE_READY_PROBE, PANE_VIEWPORT, serveDirectory, type PaneContext, type StaticServer } from "./helpers/pane";
import { MUONG_DUN, MUONG_DUN_FAILING_CELL } from "./helpers/unitSheets";
import { writeUnitWorkbooks } from "./helpers/writeUnitWorkbook";

const plan = findBuiltinPlan("tua-chua-2021-2025");
if (!plan) throw new Error("no built-in plan tua-chua-2021-2025");
const IMAGES = join(REPO_ROOT, "docs/images");

/** Writes the PNG only when it changed, so an unchanged pane leaves the checkout clean. */
function saveImage(name: string, png: Buffer): string {
  mkdirSync(IMAGES, { recursive: true });
  const path = join(IMAGES, name);
  if (!existsSync(path) || !readFileSync(path).equals(png)) writeFileSync(path, png);
  return path;
}

function readPngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describeWithChromium("the pane's look and speed", () => {
  let dist: DistInfo;
  let server: StaticServer;
  let browser: Browser;
  let dir: string;
  const panes: PaneContext[] = [];

  beforeAll(async () => {
    dist = await ensureDist();
    server = await serveDirectory(dist.dir);
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "dienhinh-e2e-look-"));
  }, BUILD_TIMEOUT_MS);

  afterEach(async () => {
    for (const pane of panes.splice(0)) {
      expect(pane.pageErrors).toStrictEqual([]);
      await pane.context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const showCheck = async (page: Page): Promise<Buffer> => {
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("quota-card").first().waitFor({ state: "visible" });
    // The findings and the quota cards are what the officer reads after a check.
    await page.getByTestId("quota-card").first().scrollIntoViewIfNeeded();
    const png = await page.screenshot({ animations: "disabled", caret: "hide" });
    expect(readPngSize(png)).toStrictEqual(PANE_VIEWPORT);
    return png;
  };

  test("screenshots of both modes after a check", async () => {
    const [unitFile] = await writeUnitWorkbooks(dir, [MUONG_DUN]);
    if (!unitFile) throw new Error("unit workbook not written");
    const browserPane = await openPaneContext(browser, server.origin);
    panes.push(browserPane);
    await loadPane(browserPane.page, server.origin);
    await choosePlan(browserPane.page, plan.title);
    await browserPane.page.setInputFiles('input[type="file"][aria-label="Chọn tệp .xlsx…"]', unitFile);
    const browserShot = saveImage("pane-browser.png", await showCheck(browserPane.page));

    const excelPane = await openExcelPane(browser, server.origin, await bundleFakeOfficeHost(), {
      uniformFont: true,
      userFormats: [{ cell: MUONG_DUN_FAILING_CELL, fill: { color: "#DDEBF7", pattern: "Solid" }, fontColor: "#1F4E79", note: "Chờ chi hội xác nhận lại" }],
    });
    panes.push(excelPane);
    await loadPane(excelPane.page, server.origin);
    await choosePlan(excelPane.page, plan.title);
    const excelShot = saveImage("pane-excel.png", await showCheck(excelPane.page));
    console.log(`e2e: ảnh chụp ngăn tác vụ ${PANE_VIEWPORT.width}×${PANE_VIEWPORT.height}: ${browserShot}, ${excelShot}`);
  });

  test("time to ready (median of 5 cold loads) and bundle size", async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const pane = await openPaneContext(browser, server.origin, { initScripts: [PANE_READY_PROBE] });
      panes.push(pane);
      await pane.page.goto(`${server.origin}/taskpane.html`);
      await pane.page.waitForFunction(() => (window as unknown as { __paneReadyAt?: number }).__paneReadyAt !== undefined);
      times.push(await pane.page.evaluate(() => (window as unknown as { __paneReadyAt: number }).__paneReadyAt));
      await pane.context.close();
      panes.pop();
    }
    const scripts = dist.initialScripts.map((s) => readFileSync(join(dist.dir, s)));
    const bytes = scripts.reduce((sum, b) => sum + b.length, 0);
    const gzipped = scripts.reduce((sum, b) => sum + gzipSync(b).length, 0);
    const ready = median(times);
    console.log(
      `e2e: sẵn sàng (điều hướng → thấy ô chọn kế hoạch, chế độ trình duyệt, Chromium headless): trung vị ${Math.round(ready)} ms ` +
        `(${times.map((t) => Math.round(t)).join(", ")}); ${dist.initialScripts.join(" + ")}: ${(bytes / 1024).toFixed(0)} KiB, gzip ${(gzipped / 1024).toFixed(0)} KiB`,
    );
    // Loose guards against a pane that hangs or a bundle that doubles; the figures are in the log.
    expect(ready).toBeLessThan(10_000);
    expect(dist.initialScripts).toHaveLength(3);
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  });
});
