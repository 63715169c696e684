/**
 * Serving dist/ on 127.0.0.1, launching the system Chromium, and opening the pane with every
 * request off 127.0.0.1 refused (office.js from the CDN included), as on an offline machine.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CONNECTING_TEXT } from "../../../src/taskpane/components/ModeLine";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** `describe` when Chromium is installed; otherwise the suite is skipped with a message saying so. */
export function describeWithChromium(name: string, body: () => void): void {
  if (hasChromium()) {
    describe(name, body);
    return;
  }
  console.warn(`${name}: bỏ qua — không có Chromium ở ${CHROMIUM_PATH} (cài bằng "apt-get install -y chromium"; CI cài sẵn).`);
  describe.skip(name, body);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDirectory(dir: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname)).replace(/^([/\\])+/, "");
    const file = join(dir, path);
    if (path.startsWith("..") || !file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export function launchChromium(): Promise<Browser> {
  // launch() already gives each browser a fresh temporary profile (user-data dir).
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface PaneContext {
  context: BrowserContext;
  /** Requests that left 127.0.0.1 (refused). */
  external: string[];
  /** Uncaught errors of the page. */
  pageErrors: string[];
  page: Page;
}

export const PANE_VIEWPORT = { width: 380, height: 900 };

export async function openPaneContext(browser: Browser, origin: string, options: { userAgent?: string; initScripts?: string[] } = {}): Promise<PaneContext> {
  const context = await browser.newContext({
    viewport: PANE_VIEWPORT,
    deviceScaleFactor: 1,
    locale: "vi-VN",
    acceptDownloads: true,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const external: string[] = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      external.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  for (const script of options.initScripts ?? []) await context.addInitScript({ content: script });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return { context, external, pageErrors, page };
}

/**
 * An init script that records when the plan picker is first on screen (the frame after it enters
 * the DOM) as \`window.__paneReadyAt\`: the pane's time to ready, in the e2e tests and the bench.
 */
export const PANE_READY_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    const picker = document.querySelector('[role="combobox"]');
    if (!picker || picker.getClientRects().length === 0) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__paneReadyAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Loads the pane and waits until the plan picker shows and the pane knows its mode (Excel or the browser). */
export async function loadPane(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("combobox", { name: "Kế hoạch" }).waitFor({ state: "visible" });
  await page.waitForFunction((connecting) => document.querySelector('[data-testid="mode-line"]')?.textContent !== connecting, CONNECTING_TEXT);
}

export async function choosePlan(page: Page, title: string): Promise<void> {
  await page.getByRole("combobox", { name: "Kế hoạch" }).click();
  await page.getByRole("option", { name: title }).click();
  await page.getByRole("listbox").waitFor({ state: "hidden" });
}
