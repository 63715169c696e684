/**
 * The pane in a plain browser on a district's folder, as the officer tried it: the units
 * registry picked in the Tổng hợp area gives the registry's names ("PHƯờNG NGọC THụY" typed in
 * TCVN3, "Phuong Thuong Thanh", "Phường Viet Hung"), the ward that sent a header-only list at 0
 * and short of its quota, the health centre's "5 % of staff", the wards that sent nothing; a
 * truncated file gets the command's sentence; Kiểm tra takes several files and gives a marked
 * copy of each; the registry is remembered.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { describeFileProblem, formatFileProblem } from "../../src/core/files/fileProblems";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { BUILD_TIMEOUT_MS, ensureDist } from "./helpers/buildDist";
import { choosePlan, describeWithChromium, launchChromium, loadPane, OFFICE_JS_URL, openPaneContext, serveDirectory, type PaneContext, type StaticServer } from "./helpers/pane";
import { REGISTRY_FILE, writeDistrictFolder } from "../helpers/districtFolder";

const plan = findBuiltinPlan("long-bien-2023-2025");
if (!plan) throw new Error("no plan long-bien-2023-2025");

const UNITS_FILES = 'input[type="file"][aria-label="Chọn các tệp của đơn vị…"]';
const CHECK_FILES = 'input[type="file"][aria-label="Chọn tệp .xlsx…"]';
const TRUNCATED = "Phuong_Long_Bien.xlsx";

describeWithChromium("browser mode on a district's folder and its units registry", () => {
  let server: StaticServer;
  let browser: Browser;
  let root: string;
  let folder: { files: string[]; registry: string };
  let pane: PaneContext;
  let page: Page;

  beforeAll(async () => {
    const dist = await ensureDist();
    server = await serveDirectory(dist.dir);
    browser = await launchChromium();
    root = mkdtempSync(join(tmpdir(), "dienhinh-e2e-quan-"));
    mkdirSync(join(root, "phuong"));
    folder = await writeDistrictFolder(join(root, "phuong"));
  }, BUILD_TIMEOUT_MS);

  beforeEach(async () => {
    pane = await openPaneContext(browser, server.origin);
    page = pane.page;
    await loadPane(page, server.origin);
    await choosePlan(page, plan.title);
  });

  afterEach(async () => {
    expect(pane.pageErrors).toStrictEqual([]);
    expect([...new Set(pane.external)]).toStrictEqual([OFFICE_JS_URL]);
    await pane.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const consolidateArea = (): Locator => page.getByRole("region", { name: "Tổng hợp" });
  const registryInput = (): Locator => consolidateArea().getByLabel("Chọn danh sách đơn vị (.xlsx)…");

  /** A unit's line under its rule: the rule's text is said once, over its units. */
  const quotaCard = (scope: string, ruleText: string): Locator =>
    page.getByTestId("quota-group").filter({ hasText: ruleText.slice(0, 40) }).getByTestId("quota-card").filter({ hasText: scope });

  test("with the registry: the registry's names, the empty list at 0 and short, the health centre 04 of 12, the cut file's sentence; remembered", async () => {
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const input = registryInput();
    expect(await input.getAttribute("accept")).toContain(".xlsx");
    expect((await input.getAttribute("aria-label")) ?? "").toContain("đơn vị");
    await input.setInputFiles(folder.registry);
    const chosen = page.getByTestId("units-registry");
    await chosen.filter({ hasText: REGISTRY_FILE }).waitFor({ state: "visible" });
    await expect(chosen.textContent()).resolves.toBe(`Danh sách đơn vị: ${REGISTRY_FILE} (11 đơn vị).`);

    await page.setInputFiles(UNITS_FILES, folder.files);
    await consolidateArea().getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("consolidation-summary").waitFor({ state: "visible", timeout: 60_000 });
    // Ten units shown, the rest folded.
    await page.getByRole("button", { name: "và 9 đơn vị khác" }).click();
    const units = await page.getByRole("list", { name: "Các đơn vị" }).getByRole("listitem").allTextContents();
    expect(units).toStrictEqual([
      "Phường Bồ Đề: 3 đề nghị, 3 hợp lệ",
      "Phường Gia Thụy: 2 đề nghị, 2 hợp lệ",
      "Phường Ngọc Lâm: 0 đề nghị, 0 hợp lệ",
      "Phường Ngọc Thụy: 3 đề nghị, 3 hợp lệ",
      "Phường Phúc Đồng: 1 đề nghị, 1 hợp lệ",
      "Phường Sài Đồng: 2 đề nghị, 2 hợp lệ",
      "Phường Thạch Bàn: 2 đề nghị, 2 hợp lệ",
      "Phường Thượng Thanh: 2 đề nghị, 2 hợp lệ",
      "Phường Việt Hưng: 2 đề nghị, 2 hợp lệ",
      "Trung tâm Y tế: 4 đề nghị, 4 hợp lệ",
      "Phường Phúc Lợi: chưa gửi danh sách",
      "Ban Tuyên giáo Quận ủy: chưa gửi danh sách",
      "Ban Dân vận Quận ủy: chưa gửi danh sách",
      "Ủy ban Mặt trận Tổ quốc Quận: chưa gửi danh sách",
      "Ban Chỉ huy Quân sự Quận: chưa gửi danh sách",
      "Công an Quận: chưa gửi danh sách",
      "Phòng Lao động - Thương binh và Xã hội: chưa gửi danh sách",
      "Phòng Quản lý đô thị: chưa gửi danh sách",
      "Phòng Nội vụ: chưa gửi danh sách",
    ]);
    const ward = plan.quotas.find((q) => q.id === "phuong-toi-thieu-02")?.text ?? "";
    const staff = plan.quotas.find((q) => q.id === "phong-ban-doan-the-5-phan-tram")?.text ?? "";
    const ngocLam = quotaCard("Phường Ngọc Lâm", ward);
    await expect([await ngocLam.getAttribute("data-state"), await ngocLam.getByText("Thiếu: 02").count()]).toStrictEqual(["unmet", 1]);
    const health = quotaCard("Trung tâm Y tế", staff);
    await expect([await health.getByText("Yêu cầu: 12").count(), await health.getByText("Hiện có: 04").count(), await health.getAttribute("data-state")]).toStrictEqual([1, 1, "unmet"]);
    // Nothing tells the officer to use a flag the pane does not have.
    await expect(page.getByText("--units").count()).resolves.toBe(0);
    await expect(page.getByRole("list", { name: "Tệp và trang bỏ qua" }).getByRole("listitem").allTextContents()).resolves.toStrictEqual([
      expect.stringMatching(/^Kinh_phi_khen_thuong\.xlsx \/ Kinh phí: trang kinh phí/),
      `${TRUNCATED}: ${describeFileProblem({ code: "zip/truncated", file: TRUNCATED })}`,
    ]);

    await page.reload();
    await page.getByRole("combobox", { name: "Kế hoạch" }).waitFor({ state: "visible" });
    await expect(page.getByTestId("units-registry").textContent()).resolves.toBe(`Danh sách đơn vị: ${REGISTRY_FILE} (11 đơn vị).`);
  });

  test("Kiểm tra of several files: a report and a marked copy for each, the command's sentence for the cut file", async () => {
    const picked = ["Phuong_Bo_De.xlsx", TRUNCATED, "Phuong Thuong Thanh.xlsx"].map((f) => join(root, "phuong", f));
    await page.setInputFiles(CHECK_FILES, picked);
    await page.getByRole("region", { name: "Kiểm tra" }).getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const summaries = page.getByTestId("check-summary");
    await summaries.nth(1).waitFor({ state: "visible", timeout: 60_000 });
    await expect(summaries.allTextContents()).resolves.toStrictEqual([
      expect.stringMatching(/^Phuong_Bo_De\.xlsx: 3 dòng đề nghị, 3 hợp lệ/),
      expect.stringMatching(/^Phuong Thuong Thanh\.xlsx: 2 dòng đề nghị, 2 hợp lệ/),
    ]);
    // The file that could not be read is listed with the command's sentence, beside the two reports.
    await expect(page.getByTestId("check-failed").allTextContents()).resolves.toStrictEqual([formatFileProblem({ code: "zip/truncated", file: TRUNCATED })]);
    await expect(page.getByTestId("check-overview").textContent()).resolves.toMatch(/^3 tệp: 2 đã kiểm tra, 1 không đọc được;/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải xuống Phuong_Bo_De - kiem tra.xlsx" }).click()]);
    const saved = join(root, "Phuong_Bo_De - kiem tra.xlsx");
    await download.saveAs(saved);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    expect(copy.worksheets.map((w) => w.name)).toStrictEqual(["DS 2024", "Kết quả kiểm tra"]);
  });
});
