/**
 * The pane's time to ready (navigation → plan picker on screen, as test/e2e/paneAtScale measures
 * it) with office.js held forever, in a plain tab and at an Office host's address, for one or more
 * builds side by side: runs alternate between the builds, so a shared machine's load falls on each
 * alike. Also prints the main thread's CPU time to that moment (CDP's ThreadTime), steadier than
 * the wall time when other work shares the cores.
 *   npx tsx bench/paneReady.ts                         → dist/
 *   npx tsx bench/paneReady.ts /tmp/before dist --loads 9
 */
import { chromium, type Browser } from "playwright-core";
import { PANE_READY_PROBE, serveDirectory } from "../test/e2e/helpers/pane";
import { median } from "./stats";

const HOST_QUERY = "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0";
async function loadOnce(browser: Browser, origin: string, query: string): Promise<{ readyMs: number; threadMs: number }> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: "vi-VN" });
  try {
    // Held: every request off the build's server (office.js) stays open, never answered.
    await context.route((url) => url.origin !== origin, () => undefined);
    await context.addInitScript({ content: PANE_READY_PROBE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${origin}/taskpane.html${query}`, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { __paneReadyAt?: number }).__paneReadyAt !== undefined, undefined, { timeout: 20_000 });
    const readyMs = await page.evaluate(() => (window as unknown as { __paneReadyAt: number }).__paneReadyAt);
    const { metrics } = await cdp.send("Performance.getMetrics");
    return { readyMs, threadMs: (metrics.find((m) => m.name === "ThreadTime")?.value ?? NaN) * 1000 };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  let loads = 7;
  const dirs: string[] = [];
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--loads") loads = Number(args[++i]);
    else dirs.push(args[i] ?? "");
  }
  const builds = dirs.length > 0 ? dirs : ["dist"];
  const servers = await Promise.all(builds.map((dir) => serveDirectory(dir)));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const results = new Map<string, { readyMs: number[]; threadMs: number[] }>();
  try {
    for (let k = 0; k < loads; k++) {
      for (const [i, server] of servers.entries()) {
        for (const [where, query] of [["tab", ""], ["host", HOST_QUERY]] as const) {
          const key = `${builds[i] ?? ""} ${where}`;
          const one = await loadOnce(browser, server.origin, query);
          const entry = results.get(key) ?? { readyMs: [], threadMs: [] };
          entry.readyMs.push(one.readyMs);
          entry.threadMs.push(one.threadMs);
          results.set(key, entry);
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  for (const [key, r] of results) {
    console.log(`${key}: ready median ${Math.round(median(r.readyMs))} ms (${r.readyMs.map(Math.round).join(", ")}); main thread ${Math.round(median(r.threadMs))} ms`);
  }
}

void main();
