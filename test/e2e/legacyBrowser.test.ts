/**
 * Office 2016/2019 panes run in Internet Explorer 11: the pane must say, in Vietnamese, to use
 * the browser mode — once, with the page's address — instead of staying blank.
 */
import type { Browser } from "playwright-core";
import { BUILD_TIMEOUT_MS, ensureDist } from "./helpers/buildDist";
import { describeWithChromium, launchChromium, openPaneContext, serveDirectory, type StaticServer } from "./helpers/pane";

/** What Excel 2016 on Windows 10 sends from its task pane. */
const IE11_PANE_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";

describeWithChromium("an Internet Explorer pane", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDirectory((await ensureDist()).dir);
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("gets one Vietnamese message pointing to the browser mode, not a blank pane", async () => {
    const { context, page, pageErrors } = await openPaneContext(browser, server.origin, { userAgent: IE11_PANE_USER_AGENT });
    await page.goto(`${server.origin}/taskpane.html`);
    const notice = page.getByRole("alert");
    await notice.waitFor({ state: "visible" });

    const text = await notice.innerText();
    expect(text).toContain("Internet Explorer");
    expect(text).toContain("chế độ trình duyệt");
    expect(text).toContain(`${server.origin}/taskpane.html`);
    // goto() waited for "load", so the deferred bundle has run (Chromium can run it): it left the
    // notice alone — no second copy, no React pane.
    await expect(page.getByText("Phiên bản Excel này mở ngăn bổ trợ bằng Internet Explorer").count()).resolves.toBe(1);
    await expect(page.getByRole("combobox").count()).resolves.toBe(0);
    expect(pageErrors).toStrictEqual([]);
    await context.close();
  });
});
