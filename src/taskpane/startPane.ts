/**
 * How the pane decides where it runs: Excel when office.js loaded and says the host is Excel,
 * the browser mode otherwise (no office.js, a failed load, or no answer in time), and a plain
 * message on Internet Explorer, which React 19 and Fluent v9 do not support.
 *
 * office.js is never waited for before the pane shows: taskpane.html loads it without blocking
 * (at once inside an Office host, after the page's load event elsewhere), and a page that no
 * Office host opened starts in browser mode at once. Inside a host the pane shows its common part
 * at once and says it is connecting to Excel, with the mode's actions disabled; after a moment
 * without an answer it offers the browser mode, and turns to Excel mode if Excel answers later
 * (a slow proxy).
 */
import type { PaneMode } from "./operations";

export const HOST_TIMEOUT_MS = 1500;

/** How long a pane an Office host opened waits for office.js before it offers the browser mode's actions. */
export const HOST_WAIT_MS = 600;

/**
 * How long the first paint waits for Excel's answer when office.js is there before the pane
 * starts (cached, or put in by the host): long enough for an answer and the Excel chunk, so the
 * pane opens in Excel mode without an instant of "connecting".
 */
export const OFFICE_PRESENT_WAIT_MS = 250;

/** What taskpane.html's loader tells of office.js (window.dienhinhOfficeScript). */
export interface OfficeScriptState {
  status: "loading" | "loaded" | "failed";
  callbacks: ((status: "loaded" | "failed") => void)[];
}

/**
 * Whether an Office host opened this page: office.js itself learns its host from `_host_Info`,
 * which Office puts in the pane's address (or, after a navigation, in the window's name or the
 * session's storage); or a host that injected `Office` before the page ran.
 */
export function hasOfficeHostHint(where: { search: string; hash: string; name: string; storedHostInfo: string | null; officeDefined: boolean }): boolean {
  return where.officeDefined || /(^|[?&#])_host_Info=/i.test(`${where.search}${where.hash}`) || /_host_Info/i.test(where.name) || Boolean(where.storedHostInfo);
}

const isExcelHost = (office: OfficeLike, info: { host: unknown } | undefined): boolean => info?.host === (office.HostType?.Excel ?? "Excel");

/**
 * Resolves true once office.js has loaded and says the host is Excel, false as soon as it is
 * clear it will not (the script failed, another host, no Office at all); never times out: the
 * caller races it against its own wait.
 */
export function watchOfficeHost(readOffice: () => OfficeLike | undefined, script: OfficeScriptState | undefined): Promise<boolean> {
  const ask = (): Promise<boolean> => {
    const office = readOffice();
    if (!office || typeof office.onReady !== "function") return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      try {
        const ready = office.onReady((info) => resolve(isExcelHost(office, info)));
        if (ready && typeof ready.then === "function") ready.then((info) => resolve(isExcelHost(office, info)), () => resolve(false));
      } catch {
        resolve(false);
      }
    });
  };
  if (readOffice() || !script || script.status !== "loading") return script?.status === "failed" && !readOffice() ? Promise.resolve(false) : ask();
  return new Promise<boolean>((resolve) => script.callbacks.push((status) => resolve(status === "loaded" ? ask() : false)));
}

/** The part of `window.Office` the decision reads; typed loosely since office.js may be absent. */
export interface OfficeLike {
  onReady(callback?: (info: { host: unknown }) => void): Promise<{ host: unknown }> | void;
  HostType?: { Excel?: unknown };
}

export function isLegacyBrowser(userAgent: string, hasPromise: boolean): boolean {
  return /Trident\//.test(userAgent) || /MSIE /.test(userAgent) || !hasPromise;
}

/** Plain HTML only: this runs where React cannot. */
export const LEGACY_BROWSER_HTML =
  '<div style="font-family: Segoe UI, Arial, sans-serif; padding: 12px; line-height: 1.5">' +
  "<h1 style=\"font-size: 18px\">Điển hình</h1>" +
  "<p>Phiên bản Excel này mở ngăn bổ trợ bằng Internet Explorer, trình duyệt mà Điển hình không hỗ trợ.</p>" +
  "<p>Hãy dùng <strong>chế độ trình duyệt</strong>: mở trang Điển hình bằng Microsoft Edge, Chrome hoặc Firefox, " +
  "rồi chọn hoặc kéo thả các tệp .xlsx để kiểm tra, tổng hợp và tạo phụ lục. " +
  "Hoặc dùng Excel trên web hay Microsoft 365.</p>" +
  "</div>";

/** Resolves "excel" only if office.js answers with the Excel host before the timeout. */
export function decidePaneMode(office: OfficeLike | undefined, timeoutMs = HOST_TIMEOUT_MS): Promise<PaneMode> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve("browser");
  const excelHost = office.HostType?.Excel ?? "Excel";
  return new Promise<PaneMode>((resolve) => {
    let settled = false;
    const settle = (mode: PaneMode): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(mode);
    };
    const timer = setTimeout(() => settle("browser"), timeoutMs);
    try {
      const ready = office.onReady((info) => settle(info?.host === excelHost ? "excel" : "browser"));
      if (ready && typeof ready.then === "function") ready.then((info) => settle(info?.host === excelHost ? "excel" : "browser"), () => settle("browser"));
    } catch {
      settle("browser");
    }
  });
}
