/**
 * The task pane: bundle size after a production build (into a temp folder, so the shared dist/ is
 * left alone) and time to ready in headless Chromium — from navigation to the pane showing its
 * browser mode — served from 127.0.0.1. office.js is refused (offline, as in browser mode).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { median } from "./stats";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Text the pane shows once React has rendered it in browser mode. */
const READY_TEXT = "Chế độ trình duyệt";

export interface BundleSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  buildMs: number;
}

export interface PaneLoad {
  readyMs: number[];
  medianReadyMs: number;
  medianDomContentLoadedMs: number;
}

/** 300 unit files consolidated in the pane (browser mode, its Web Worker) beside the command on the same files. */
export interface PaneConsolidation {
  files: number;
  paneMs: number[];
  commandMs: number[];
  medianPaneMs: number;
  medianCommandMs: number;
  /** The longest task the browser saw on the page's main thread during the pane's runs. */
  longestTaskMs: number;
}

export type PaneResult = { bundle: BundleSize | null; load: PaneLoad | null; consolidation?: PaneConsolidation; notes: string[] };

const buildPane = (outDir: string): { ok: boolean; ms: number; error: string } => {
  const started = performance.now();
  const webpack = join(__dirname, "../node_modules/webpack-cli/bin/cli.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", outDir], { cwd: join(__dirname, ".."), encoding: "utf8", timeout: 300_000 });
  return { ok: run.status === 0, ms: performance.now() - started, error: `${run.stderr ?? ""}${run.stdout ?? ""}`.slice(-800) };
};

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "text/xml", ".css": "text/css" };

const serve = (root: string): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(join(root, decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/")));
      if (!path.startsWith(root) || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" }).end(readFileSync(path));
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });

const measureLoads = async (root: string, loads: number): Promise<PaneLoad> => {
  const { chromium } = await import("playwright-core");
  const server = await serve(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  const ready: number[] = [];
  const dcl: number[] = [];
  try {
    for (let k = 0; k < loads; k++) {
      // A new context per load: nothing cached from the previous one.
      const context = await browser.newContext();
      await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "commit" });
      await page.waitForFunction((text) => document.body?.innerText.includes(text) ?? false, READY_TEXT, { timeout: 30_000, polling: "raf" });
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        return { now: performance.now(), dcl: nav?.domContentLoadedEventEnd ?? Number.NaN };
      });
      ready.push(timing.now);
      dcl.push(timing.dcl);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { readyMs: ready, medianReadyMs: median(ready), medianDomContentLoadedMs: median(dcl) };
};

const LONG_TASKS = `window.__longTasks = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true }); } catch (e) {}`;

/**
 * The pane's Tổng hợp of `files` (click to summary), alternated with the command's pipeline on the
 * same files (bench/consolidateOnce.ts, a process each), `runs` of each.
 */
export const measureConsolidation = async (root: string, files: readonly string[], runs: number, command: (count: number) => number): Promise<PaneConsolidation> => {
  const { chromium } = await import("playwright-core");
  const server = await serve(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const paneMs: number[] = [];
  const commandMs: number[] = [];
  let longestTaskMs = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 380, height: 900 } });
    await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await context.addInitScript({ content: LONG_TASKS });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`);
    await page.getByRole("combobox", { name: "Kế hoạch" }).click();
    await page.getByRole("option", { name: /Long Biên/ }).first().click();
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.setInputFiles('input[type="file"][aria-label="Chọn các tệp của đơn vị…"]', [...files]);
    // Long tasks counted from the first click on (loading the page and picking the files are not the run).
    const from = await page.evaluate(() => performance.now());
    for (let k = 0; k < runs; k++) {
      commandMs.push(command(files.length));
      const started = performance.now();
      await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      await page.getByTestId("consolidation-summary").waitFor({ state: "visible", timeout: 600_000 });
      paneMs.push(performance.now() - started);
    }
    longestTaskMs = await page.evaluate((t0) => Math.max(0, ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= t0).map((t) => t.duration)), from);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
  return { files: files.length, paneMs, commandMs, medianPaneMs: median(paneMs), medianCommandMs: median(commandMs), longestTaskMs };
};

export interface PaneConsolidationInput {
  files: readonly string[];
  runs: number;
  /** One run of the command's pipeline over the first `count` files, in ms. */
  command: (count: number) => number;
}

export const measurePane = async (loads = 5, consolidation?: PaneConsolidationInput): Promise<PaneResult> => {
  const notes: string[] = [];
  const outDir = mkdtempSync(join(tmpdir(), "dienhinh-bench-pane-"));
  try {
    const build = buildPane(outDir);
    if (!build.ok) return { bundle: null, load: null, notes: [`webpack failed: ${build.error}`] };
    // The first load is every script taskpane.html loads (React, the other packages, the pane).
    const html = existsSync(join(outDir, "taskpane.html")) ? readFileSync(join(outDir, "taskpane.html"), "utf8") : "";
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([\w.-]+\.js)/g)].map((m) => m[1] ?? "").filter((f) => existsSync(join(outDir, f)));
    if (!scripts.some((f) => /^taskpane(\.[0-9a-f]+)?\.js$/.test(f))) return { bundle: null, load: null, notes: ["no taskpane bundle in the build"] };
    const bytes = scripts.map((f) => readFileSync(join(outDir, f)));
    const bundle: BundleSize = { file: scripts.join(" + "), rawBytes: bytes.reduce((sum, b) => sum + b.length, 0), gzipBytes: bytes.reduce((sum, b) => sum + gzipSync(b).length, 0), buildMs: build.ms };
    if (!existsSync(CHROMIUM)) return { bundle, load: null, notes: [`${CHROMIUM} not found: time to ready not measured`] };
    try {
      const load = await measureLoads(outDir, loads);
      if (!consolidation) return { bundle, load, notes };
      return { bundle, load, consolidation: await measureConsolidation(outDir, consolidation.files, consolidation.runs, consolidation.command), notes };
    } catch (e) {
      return { bundle, load: null, notes: [`headless Chromium failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`] };
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
};
