/**
 * The browser pane at the pace and scale of a district's work (issue 11), in Chromium at an Excel
 * pane's width: 300 unit files of 60 rows consolidated while a heartbeat (setInterval 50 ms) and
 * the browser's long-task observer watch the page; the progress bar's value rises; Hủy stops a run
 * and leaves nothing of it; the pane's time beside the command's on the same files (medians,
 * printed); the pane is ready with the office.js request held forever, and its first load's
 * JavaScript is weighed; axe-core finds no violation in any state.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { describeBenchUnit, makeNominationRows, makeRandom, writeUnitWorkbook, BENCH_PLAN } from "../../bench/unitSheets";
import { median } from "../../bench/stats";
import { writeConsolidationWorkbook } from "../../src/cli/commands/consolidate";
import { fileSource } from "../../src/cli/fileSources";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { BROWSER_MODE_TEXT, CONNECTING_TEXT } from "../../src/taskpane/components/ModeLine";
import { HOST_WAIT_MS } from "../../src/taskpane/startPane";
import { consolidateSources } from "../../src/workflows/consolidateSources";
import { BUILD_TIMEOUT_MS, ensureDist, type DistInfo } from "./helpers/buildDist";
import { choosePlan, describeWithChromium, launchChromium, loadPane, OFFICE_JS_URL, openPaneContext, PANE_VIEWPORT, serveDirectory, type PaneContext, type StaticServer } from "./helpers/pane";

const plan = findBuiltinPlan(BENCH_PLAN);
if (!plan) throw new Error(`no built-in plan ${BENCH_PLAN}`);

const FILES = 300;
/** The command's time on these files on this project's 2-core machine when it is not shared (ms). */
const REFERENCE_COMMAND_MS = 7000;
const ROWS = 60;
const UNITS_INPUT = 'input[type="file"][aria-label="Chọn các tệp của đơn vị…"]';
const CHECK_INPUT = 'input[type="file"][aria-label="Chọn tệp .xlsx…"]';

/** A heartbeat and the long tasks of the page, from its first script on. */
const WATCH_MAIN_THREAD = `(() => {
  window.__beats = [];
  setInterval(() => window.__beats.push(performance.now()), 50);
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: "longtask", buffered: true });
  } catch (e) {}
  window.__progress = [];
  new MutationObserver(() => {
    const bar = document.querySelector('[role="progressbar"][aria-valuenow]');
    const value = bar ? Number(bar.getAttribute("aria-valuenow")) : NaN;
    const last = window.__progress[window.__progress.length - 1];
    if (!Number.isNaN(value) && value !== last) window.__progress.push(value);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
})();`;

interface MainThreadWindow {
  __beats: number[];
  __longTasks: { start: number; duration: number }[];
  __progress: number[];
}

/**
 * Records when the plan picker is first on screen (the frame after it enters the DOM), what the
 * mode line said then and whether Kiểm tra's file picker was there, and when the mode line first
 * told the browser mode.
 */
const READY_PROBE = `(() => {
  const mode = () => document.querySelector('[data-testid="mode-line"]')?.textContent ?? null;
  const observer = new MutationObserver(() => {
    if (window.__paneReadyAt === undefined && window.__seenPicker === undefined) {
      const picker = document.querySelector('[role="combobox"]');
      if (picker && picker.getClientRects().length > 0) {
        window.__seenPicker = true;
        window.__modeAtReady = mode();
        window.__filePickerAtReady = document.querySelector('input[aria-label="Chọn tệp .xlsx…"]') !== null;
        requestAnimationFrame(() => { window.__paneReadyAt = performance.now(); });
      }
    }
    if (window.__browserModeAt === undefined && mode() === ${JSON.stringify(BROWSER_MODE_TEXT)}) window.__browserModeAt = performance.now();
    if (window.__paneReadyAt !== undefined && window.__browserModeAt !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

interface ReadyWindow {
  __paneReadyAt?: number;
  __modeAtReady: string | null;
  __filePickerAtReady: boolean;
  __browserModeAt?: number;
}

/** What Office adds to a pane's address. */
const HOST_QUERY = "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0";

describeWithChromium("the browser pane at the scale of a district", () => {
  let dist: DistInfo;
  let server: StaticServer;
  let browser: Browser;
  let dir: string;
  let files: string[];
  let pane: PaneContext;
  let page: Page;
  let axeSource: string;

  beforeAll(async () => {
    dist = await ensureDist();
    server = await serveDirectory(dist.dir);
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "dienhinh-e2e-scale-"));
    files = [];
    for (let i = 0; i < FILES; i++) {
      const unit = describeBenchUnit(i);
      const path = join(dir, unit.file);
      writeFileSync(path, await writeUnitWorkbook(unit, makeNominationRows(makeRandom(1000 + i), ROWS, unit.place)));
      files.push(path);
    }
    axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  }, BUILD_TIMEOUT_MS);

  beforeEach(async () => {
    pane = await openPaneContext(browser, server.origin, { initScripts: [WATCH_MAIN_THREAD] });
    page = pane.page;
  });

  afterEach(async () => {
    expect(pane.pageErrors).toStrictEqual([]);
    await pane.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const openWithPlan = async (): Promise<void> => {
    await loadPane(page, server.origin);
    await choosePlan(page, plan.title);
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
  };

  /** One consolidation of the picked files: the time from the click to the summary, and what the page went through. */
  const consolidateOnce = async (): Promise<{ ms: number; maxGap: number; longest: number; progress: number[] }> => {
    const from = await page.evaluate(() => {
      const w = window as unknown as MainThreadWindow;
      w.__progress = [];
      return performance.now();
    });
    const started = Date.now();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("consolidation-summary").waitFor({ state: "visible", timeout: 180_000 });
    const ms = Date.now() - started;
    const seen = await page.evaluate((t0) => {
      const w = window as unknown as MainThreadWindow;
      const beats = w.__beats.filter((b) => b >= t0);
      const gaps = beats.slice(1).map((b, i) => b - (beats[i] ?? b));
      return { maxGap: Math.max(0, ...gaps), longest: Math.max(0, ...w.__longTasks.filter((t) => t.start >= t0).map((t) => t.duration)), progress: w.__progress };
    }, from);
    return { ms, ...seen };
  };

  const commandOnce = async (): Promise<number> => {
    const started = performance.now();
    const result = await consolidateSources(plan, files.map(fileSource), {});
    if (!result.ok) throw new Error(`consolidate failed: ${result.error.code}`);
    await writeConsolidationWorkbook(join(dir, "Tong_hop.xlsx"), result.value.consolidation, plan);
    return performance.now() - started;
  };

  test("300 files of 60 rows: the page never freezes, the progress bar rises, and the pane takes about the command's time", async () => {
    await openWithPlan();
    await page.setInputFiles(UNITS_INPUT, files);
    // The picked files are folded: the button stays near the top.
    await expect(page.getByTestId("chosen-files").textContent()).resolves.toContain(`và ${FILES - 3} tệp khác`);
    const panes: Awaited<ReturnType<typeof consolidateOnce>>[] = [];
    const commands: number[] = [];
    // Interleaved, so that the machine's load weighs on both alike.
    for (let k = 0; k < 3; k++) {
      commands.push(await commandOnce());
      panes.push(await consolidateOnce());
    }
    const first = panes[0];
    expect(first?.progress.length).toBeGreaterThan(3);
    // The bar's value only rises, up to every file.
    for (const run of panes) expect(run.progress).toStrictEqual([...run.progress].sort((a, b) => a - b));
    expect(Math.max(...panes.map((p) => Math.max(...p.progress)))).toBe(FILES);
    await expect(page.getByTestId("consolidation-summary").textContent()).resolves.toMatch(new RegExp(`^${FILES} tệp: ${FILES} đơn vị`));
    await expect(page.getByRole("button", { name: `Tải xuống Tong_hop_${plan.id}.xlsx` }).getAttribute("data-appearance")).resolves.toBe("primary");

    const paneMs = median(panes.map((p) => p.ms));
    const commandMs = median(commands);
    const longest = Math.max(...panes.map((p) => p.longest));
    const maxGap = Math.max(...panes.map((p) => p.maxGap));
    console.log(
      `e2e: tổng hợp ${FILES} tệp × ${ROWS} dòng — ngăn tác vụ: trung vị ${Math.round(paneMs)} ms (${panes.map((p) => Math.round(p.ms)).join(", ")}); ` +
        `lệnh (cùng tiến trình, cùng tệp): trung vị ${Math.round(commandMs)} ms (${commands.map((c) => Math.round(c)).join(", ")}); tỉ lệ ${(paneMs / commandMs).toFixed(2)}×; ` +
        `tác vụ dài nhất trên luồng chính ${Math.round(longest)} ms (mỗi lần: ${panes.map((p) => Math.round(p.longest)).join(", ")}); nhịp 50 ms hở lâu nhất ${Math.round(maxGap)} ms`,
    );
    // The main thread does not hold the page longer than 200 ms (the browser's own long-task measure): the
    // longest tasks are the result's arrival and first paint, 60–180 ms while the command takes 6–8 s here.
    // A machine shared with other work stretches every task alike (the command took 13.8 s and one run's
    // longest task 495 ms in one full suite): the 200 ms are scaled by how much slower than 7 s the command ran.
    const slower = Math.max(1, commandMs / REFERENCE_COMMAND_MS);
    expect(median(panes.map((p) => p.longest))).toBeLessThanOrEqual(200 * slower);
    expect(longest).toBeLessThan(400 * slower);
    // The heartbeat also waits for a CPU shared with other work: a loose guard against a frozen page.
    expect(maxGap).toBeLessThan(1000 * slower);
  });

  test("Hủy stops the run: other actions are disabled meanwhile, nothing of it is shown or offered, the next run goes on", async () => {
    await openWithPlan();
    await page.setInputFiles(UNITS_INPUT, files);
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    const bar = page.getByRole("progressbar");
    await page.waitForFunction(() => (window as unknown as MainThreadWindow).__progress.some((v) => v >= 5), undefined, { timeout: 60_000 });
    await expect(page.getByText(/^Đang đọc \d+\/300 tệp/).count()).resolves.toBe(1);
    await expect(bar.getAttribute("aria-valuemax")).resolves.toBe(String(FILES));
    await expect(page.getByRole("button", { name: "Tổng hợp", exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByRole("tab", { name: "Phụ lục" }).click();
    await expect(page.getByRole("button", { name: "Tạo phụ lục", exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await expect(page.getByRole("button", { name: "Kiểm tra", exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByRole("button", { name: "Hủy" }).click();

    const stopped = page.getByText(/^Đã dừng theo yêu cầu sau \d+\/300 tệp/);
    await stopped.waitFor({ state: "visible" });
    await expect(page.getByRole("progressbar").count()).resolves.toBe(0);
    await expect(page.getByTestId("consolidation-summary").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /^Tải xuống/ }).count()).resolves.toBe(0);
    await expect(page.getByTestId("live-region").textContent()).resolves.toMatch(/^Đã dừng theo yêu cầu/);
    // The worker's late answer changes nothing, and the list appendix has no consolidation to use.
    await page.waitForTimeout(500);
    await expect(page.getByTestId("consolidation-summary").count()).resolves.toBe(0);
    await page.getByRole("tab", { name: "Phụ lục" }).click();
    await expect(page.getByTestId("appendix-data").textContent()).resolves.not.toContain("300");

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.setInputFiles(UNITS_INPUT, files.slice(0, 5));
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await expect(page.getByTestId("consolidation-summary").textContent()).resolves.toMatch(/^5 tệp: 5 đơn vị/);
  });

  test("office.js held forever: the pane is ready as soon as with office.js refused, in a plain tab and at an Office host's address (there connecting, then the browser mode)", async () => {
    type Where = "tab" | "host";
    type Network = "held" | "refused";
    const ready: Record<`${Where} ${Network}`, number[]> = { "tab held": [], "tab refused": [], "host held": [], "host refused": [] };
    const browserModeAt: number[] = [];
    const initial: number[] = [];
    for (let k = 0; k < 5; k++) {
      for (const where of ["tab", "host"] as const) {
        for (const network of ["held", "refused"] as const) {
          const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: "vi-VN" });
          const asked: string[] = [];
          await context.route(
            (url) => url.origin !== server.origin,
            async (route) => {
              asked.push(route.request().url());
              // Held: neither answered nor refused, the request for office.js stays open.
              if (network === "refused") await route.abort("internetdisconnected");
            },
          );
          await context.addInitScript({ content: READY_PROBE });
          const page = await context.newPage();
          const scripts: string[] = [];
          page.on("request", (r) => {
            if (r.resourceType() === "script" && r.url().startsWith(server.origin)) scripts.push(new URL(r.url()).pathname.slice(1));
          });
          await page.goto(`${server.origin}/taskpane.html${where === "host" ? HOST_QUERY : ""}`, { waitUntil: "commit" });
          await page.waitForFunction(() => (window as unknown as ReadyWindow).__paneReadyAt !== undefined, undefined, { timeout: 10_000 });
          // Then the browser mode: at once in a plain tab, once the wait for Excel runs out at a host's address.
          await page.waitForFunction(() => (window as unknown as ReadyWindow).__browserModeAt !== undefined, undefined, { timeout: 10_000 });
          const seen = await page.evaluate(() => {
            const w = window as unknown as ReadyWindow;
            return { readyAt: w.__paneReadyAt ?? NaN, mode: w.__modeAtReady, filePicker: w.__filePickerAtReady, browserAt: w.__browserModeAt ?? NaN };
          });
          ready[`${where} ${network}`].push(seen.readyAt);
          if (where === "tab") expect([seen.mode, seen.filePicker]).toStrictEqual([BROWSER_MODE_TEXT, true]);
          // At an Office host's address the pane shows no browser-mode file picker before it knows Excel is not there.
          if (where === "host" && network === "held") {
            expect([seen.mode, seen.filePicker]).toStrictEqual([CONNECTING_TEXT, false]);
            browserModeAt.push(seen.browserAt);
          }
          await expect(page.getByRole("button", { name: "Kiểm tra", exact: true }).isEnabled()).resolves.toBe(true);
          // Nothing but office.js is asked of the network.
          expect(asked.filter((url) => url !== OFFICE_JS_URL)).toStrictEqual([]);
          if (where === "tab" && network === "held") initial.push(scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(dist.dir, s))).length, 0));
          await context.close();
        }
      }
    }
    const m = (key: keyof typeof ready): number => median(ready[key]);
    console.log(
      `e2e: sẵn sàng (điều hướng → thấy ô chọn kế hoạch), trung vị của 5: thẻ trình duyệt — office.js không bao giờ trả lời ${Math.round(m("tab held"))} ms, bị từ chối ${Math.round(m("tab refused"))} ms; ` +
        `địa chỉ có _host_Info — không trả lời ${Math.round(m("host held"))} ms (chế độ trình duyệt sau ${Math.round(median(browserModeAt))} ms), bị từ chối ${Math.round(m("host refused"))} ms; ` +
        `JavaScript tải lúc đầu ${(median(initial) / 1024).toFixed(0)} KiB gzip`,
    );
    // A request that never ends costs the pane nothing, in a plain tab or at a host's address: it is ready as soon
    // as when office.js is refused at once. (The absolute time is the machine's: see docs/benchmarks.md.)
    expect(m("tab held")).toBeLessThan(m("tab refused") * 1.5 + 250);
    expect(m("host held")).toBeLessThan(m("tab refused") * 1.5 + 250);
    // The browser mode's actions come when the wait for Excel runs out, not much later.
    expect(median(browserModeAt)).toBeLessThan(m("host held") + HOST_WAIT_MS * 1.5 + 250);
    expect(median(initial)).toBeLessThanOrEqual(250 * 1024);
  });

  test("axe-core finds no violation: connecting to Excel, initial, plan list open, an error, checked, consolidated, an appendix", async () => {
    const broken = join(dir, "Xa_Cut.xlsx");
    writeFileSync(broken, readFileSync(files[0] ?? "").subarray(0, 2000));
    const violations: Record<string, string[]> = {};
    // Colours are judged at rest: Fluent's buttons fade between appearances (a primary action turning secondary).
    await page.emulateMedia({ reducedMotion: "reduce" });
    /** Runs axe on the page; `tick` moves a stopped page clock on while axe waits for its own timers. */
    const audit = async (state: string, on: Page = page, tick?: () => Promise<void>): Promise<void> => {
      if (!tick) await on.waitForTimeout(300);
      if (!(await on.evaluate(() => "axe" in window))) await on.addScriptTag({ content: axeSource });
      await on.evaluate(() => {
        type Violation = { id: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] };
        const w = window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: Violation[] }> }; __axeFound: string[] | null };
        w.__axeFound = null;
        // Fluent's focus manager (tabster) keeps hidden focus sentinels (<i data-tabster-dummy>) at the edges of
        // groups: they hand focus on at once and are never read; axe counts them as focusable hidden content.
        void w.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] }).then((result) => {
          w.__axeFound = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html} ${n.failureSummary ?? ""}`).join(" ")}`);
        });
      });
      const found = () => on.evaluate(() => (window as unknown as { __axeFound: string[] | null }).__axeFound);
      if (tick) for (let i = 0; i < 100 && (await found()) === null; i++) await tick();
      else await on.waitForFunction(() => (window as unknown as { __axeFound: string[] | null }).__axeFound !== null);
      violations[state] = (await found()) ?? ["axe did not finish"];
    };

    // An Office host's pane whose office.js never answers, its clock stopped before the wait for Excel runs out.
    const held = await browser.newContext({ viewport: PANE_VIEWPORT, locale: "vi-VN" });
    await held.route((url) => url.origin !== server.origin, () => undefined);
    const waiting = await held.newPage();
    await waiting.emulateMedia({ reducedMotion: "reduce" });
    const start = Date.now();
    await waiting.clock.install({ time: start });
    await waiting.clock.pauseAt(start + 1);
    // Not "load": the page's load event waits for the office.js request, which never ends.
    await waiting.goto(`${server.origin}/taskpane.html${HOST_QUERY}`, { waitUntil: "domcontentloaded" });
    await waiting.getByRole("status").filter({ hasText: CONNECTING_TEXT }).waitFor({ state: "visible" });
    await expect(waiting.getByRole("button", { name: "Kiểm tra", exact: true }).isDisabled()).resolves.toBe(true);
    // axe waits on timers: the clock moves 2 ms at a time, far from the 600 ms the pane waits for Excel.
    await audit("connecting", waiting, () => waiting.clock.runFor(2));
    await expect(waiting.getByTestId("mode-line").textContent()).resolves.toBe(CONNECTING_TEXT);
    await waiting.clock.resume();
    await waiting.getByText(BROWSER_MODE_TEXT).waitFor({ state: "visible" });
    await held.close();

    await loadPane(page, server.origin);
    await audit("initial");
    await page.getByRole("combobox", { name: "Kế hoạch" }).click();
    await page.getByRole("listbox").waitFor({ state: "visible" });
    await audit("plan list open");
    await page.getByRole("option", { name: plan.title }).click();
    await page.getByRole("listbox").waitFor({ state: "hidden" });

    await page.setInputFiles(CHECK_INPUT, broken);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.locator(".fui-MessageBar").filter({ hasText: "Xa_Cut.xlsx" }).waitFor({ state: "visible" });
    await audit("error");

    await page.setInputFiles(CHECK_INPUT, files.slice(0, 2));
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("check-overview").waitFor({ state: "visible" });
    await audit("checked");

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.setInputFiles(UNITS_INPUT, files.slice(0, 20));
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("consolidation-summary").waitFor({ state: "visible" });
    // Focus went to the result's summary.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("consolidation-summary");
    await audit("consolidated");

    await page.getByRole("tab", { name: "Phụ lục" }).click();
    await page.getByRole("radio", { name: "Danh sách điển hình (cần tổng hợp trước)" }).check();
    await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
    await page.getByTestId("appendix-summary").waitFor({ state: "visible" });
    await audit("appendix");

    expect(violations).toStrictEqual({ connecting: [], initial: [], "plan list open": [], error: [], checked: [], consolidated: [], appendix: [] });
    expect([...new Set(pane.external)]).toStrictEqual([OFFICE_JS_URL]);
  });
});
