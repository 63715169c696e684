/**
 * How the pane decides where it runs: Excel when office.js loaded and says the host is Excel,
 * the browser mode otherwise (no office.js, a failed load, or no answer in time), and a plain
 * message on Internet Explorer, which React 19 and Fluent v9 do not support.
 */
import type { PaneMode } from "./operations";

export const HOST_TIMEOUT_MS = 1500;

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
