/** @jest-environment jsdom */
import { decidePaneMode, isLegacyBrowser, LEGACY_BROWSER_HTML } from "../../src/taskpane/startPane";

test("without office.js the pane starts in browser mode", async () => {
  await expect(decidePaneMode(undefined)).resolves.toBe("browser");
});

test("office.js answering with the Excel host gives Excel mode", async () => {
  const office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: "Excel" }) };
  await expect(decidePaneMode(office)).resolves.toBe("excel");
});

test("another host, a failed onReady or no answer in time give browser mode", async () => {
  await expect(decidePaneMode({ onReady: () => Promise.resolve({ host: "Word" }) })).resolves.toBe("browser");
  await expect(decidePaneMode({ onReady: () => Promise.reject(new Error("load failed")) })).resolves.toBe("browser");
  await expect(decidePaneMode({ onReady: () => new Promise(() => undefined) }, 20)).resolves.toBe("browser");
});

test("Internet Explorer panes get the Vietnamese message instead of React", () => {
  expect(isLegacyBrowser("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", true)).toBe(true);
  expect(isLegacyBrowser("Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/130.0 Safari/537.36 Edg/130.0", true)).toBe(false);
  expect(isLegacyBrowser("anything", false)).toBe(true);
  expect(LEGACY_BROWSER_HTML).toContain("chế độ trình duyệt");
});
