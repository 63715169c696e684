/** @jest-environment jsdom */
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { CheckReport } from "../../src/core/check/report";
import type { QuotaResult } from "../../src/core/model";
import { PaneError, type PaneFinding, type PaneOperations } from "../../src/taskpane/operations";
import { parsePlan } from "../../src/core/plan/parsePlan";
import { TEST_PLAN_INPUT } from "../helpers/sheets";
import { installDomStubs } from "./setupDom";

installDomStubs();
afterEach(cleanup);

const parsed = parsePlan(TEST_PLAN_INPUT); // structuredClone, which makeTestPlan uses, is missing in jsdom.
if (!parsed.ok) throw new Error("test plan invalid");
const plan = parsed.plan;

const finding: PaneFinding = { code: "cell/required", severity: "error", sheet: "Danh sách", row: 9, column: "B", cell: "B9", message: "Thiếu họ và tên." };

const unmetQuota: QuotaResult = { ruleId: "xa-01-04", text: "Mỗi xã từ 01 đến 04 điển hình", scope: "Xã Hòa Bình", period: "2024 - 2025", required: 1, max: 4, actual: 0, registered: 1, shortfall: 1, excess: 0, met: false };
const metQuota: QuotaResult = { ...unmetQuota, ruleId: "khac", text: "Chỉ tiêu đã đạt", actual: 2, shortfall: 0, met: true };

const report = {
  file: "Xa_Hoa_Binh.xlsx",
  plan: plan.id,
  sheets: [{ sheet: "Danh sách", unit: "Xã Hòa Bình", findings: [finding], quotas: [unmetQuota, metQuota] }],
  skippedSheets: [],
  summary: { rows: 4, validRows: 3, errors: 1, warnings: 0, quotasUnmet: 1 },
} as unknown as CheckReport;

const makeOperations = (change: Partial<PaneOperations> = {}): PaneOperations => ({
  mode: "excel",
  checkActive: jest.fn(async () => report),
  clearMarks: jest.fn(async () => undefined),
  selectFinding: jest.fn(async () => undefined),
  consolidate: jest.fn(async () => {
    throw new PaneError("Không đọc được đề nghị nào để tổng hợp.");
  }),
  writeAppendix: jest.fn(async () => ({})),
  loadSavedPlanId: () => null,
  savePlanId: jest.fn(),
  ...change,
});

const choosePlan = async (): Promise<void> => {
  fireEvent.click(screen.getByRole("combobox"));
  // Each option shows the plan's period under its title.
  fireEvent.click(await screen.findByRole("option", { name: (name) => name.startsWith(plan.title) }));
};

test("choosing a plan and checking shows the summary, findings and quota cards", async () => {
  const operations = makeOperations();
  render(<App operations={operations} plans={[plan]} />);
  await choosePlan();
  expect(operations.savePlanId).toHaveBeenCalledWith(plan.id);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));

  expect(await screen.findByTestId("check-summary")).toHaveProperty("textContent", "Xa_Hoa_Binh.xlsx: 4 dòng đề nghị, 3 hợp lệ; 1 lỗi, 0 cảnh báo; 1 chỉ tiêu chưa đạt.");
  expect(operations.checkActive).toHaveBeenCalledWith(plan, undefined);
  const findings = screen.getByRole("list", { name: "Các lỗi và cảnh báo" });
  expect(within(findings).getByRole("button").textContent).toContain("Danh sách!B9: Thiếu họ và tên.");

  const cards = screen.getAllByTestId("quota-card");
  expect(cards.map((c) => c.getAttribute("data-state"))).toStrictEqual(["unmet", "met"]);
  const unmet = cards[0] as HTMLElement;
  expect(within(unmet).getByText("Yêu cầu: 01 (tối đa 04)")).toBeTruthy();
  expect(within(unmet).getByText("Hiện có: 00")).toBeTruthy();
  expect(within(unmet).getByText("Thiếu: 01")).toBeTruthy();
  expect(within(unmet).getByText("Chưa đạt")).toBeTruthy();
  expect(within(cards[1] as HTMLElement).getByText("Đạt")).toBeTruthy();
});

test("clicking a finding selects it in the sheet", async () => {
  const operations = makeOperations();
  render(<App operations={operations} plans={[plan]} />);
  await choosePlan();
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const findings = await screen.findByRole("list", { name: "Các lỗi và cảnh báo" });
  fireEvent.click(within(findings).getByRole("button"));
  await waitFor(() => expect(operations.selectFinding).toHaveBeenCalledWith(finding));
});

test("a failing operation shows its message in an error MessageBar", async () => {
  const operations = makeOperations({
    checkActive: jest.fn(async () => {
      throw new PaneError("Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.");
    }),
  });
  render(<App operations={operations} plans={[plan]} />);
  await choosePlan();
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText("Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.")).toBeTruthy();
  expect(screen.getByText("Lỗi")).toBeTruthy();
});

test("checking without a plan asks for one, in a MessageBar", async () => {
  const operations = makeOperations();
  render(<App operations={operations} plans={[plan]} />);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText("Chưa chọn kế hoạch: hãy chọn một kế hoạch ở trên hoặc mở tệp kế hoạch.")).toBeTruthy();
  expect(operations.checkActive).not.toHaveBeenCalled();
});

test("Xóa đánh dấu is offered in Excel mode only", () => {
  render(<App operations={makeOperations()} plans={[plan]} />);
  expect(screen.getByRole("button", { name: "Xóa đánh dấu" })).toBeTruthy();
  cleanup();
  render(<App operations={makeOperations({ mode: "browser" })} plans={[plan]} />);
  expect(screen.queryByRole("button", { name: "Xóa đánh dấu" })).toBeNull();
  expect(screen.getAllByText("Kéo thả tệp .xlsx vào đây").length).toBe(2);
});

test("the saved plan is chosen at start", () => {
  render(<App operations={makeOperations({ loadSavedPlanId: () => plan.id })} plans={[plan]} />);
  expect((screen.getByRole("combobox") as HTMLButtonElement).textContent).toContain(plan.title);
});

describe("the options the command takes as --units, --year and --unit", () => {
  const registry = { source: "Don_vi.xlsx", sheet: { name: "Đơn vị", rows: [["Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, NLĐ"], ["Xã Hòa Bình", "Xã", 20]], merges: [] } };
  const units = [{ name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 }];
  const consolidation = { units: [], notSent: [], totals: { rows: 0, validRows: 0 }, duplicates: [], skipped: [], quotas: [] };

  test("the registry's picker sits in the Tổng hợp area; the chosen registry, year and unit reach the operations", async () => {
    const readUnitsRegistry = jest.fn(async () => registry);
    const saveUnitsRegistry = jest.fn();
    const consolidate = jest.fn(async () => ({ consolidation: consolidation as never }));
    const operations = makeOperations({ readUnitsRegistry, saveUnitsRegistry, loadSavedUnitsRegistry: () => null, consolidate });
    render(<App operations={operations} plans={[plan]} />);
    await choosePlan();
    const area = screen.getByRole("region", { name: "Tổng hợp" });
    const input = within(area).getByLabelText("Chọn danh sách đơn vị (.xlsx)…") as HTMLInputElement;
    expect(input.accept).toContain(".xlsx");
    const file = new File(["x"], "Don_vi.xlsx");
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText("Danh sách đơn vị: Don_vi.xlsx (1 đơn vị).")).toBeTruthy();
    expect([readUnitsRegistry.mock.calls, saveUnitsRegistry.mock.calls]).toStrictEqual([[[plan, file]], [[registry]]]);

    fireEvent.change(screen.getByLabelText("Năm báo cáo (để trống: lấy theo tiêu đề danh sách)"), { target: { value: "2024" } });
    fireEvent.click(within(area).getByRole("button", { name: "Tổng hợp" }));
    await waitFor(() => expect(consolidate).toHaveBeenCalledWith(plan, [], { units, year: 2024 }));

    fireEvent.change(screen.getByLabelText("Tên đơn vị của danh sách (để trống: lấy theo tiêu đề)"), { target: { value: "Xã Tân Lập" } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(operations.checkActive).toHaveBeenCalledWith(plan, undefined, { units, year: 2024, unit: "Xã Tân Lập" }));
  });

  test("a year that is not one is refused before anything runs; the remembered registry is shown at start", async () => {
    const operations = makeOperations({ readUnitsRegistry: jest.fn(), loadSavedUnitsRegistry: () => registry, saveUnitsRegistry: jest.fn() });
    render(<App operations={operations} plans={[plan]} />);
    expect(screen.getByTestId("units-registry").textContent).toBe("Danh sách đơn vị: Don_vi.xlsx.");
    await choosePlan();
    expect(screen.getByTestId("units-registry").textContent).toBe("Danh sách đơn vị: Don_vi.xlsx (1 đơn vị).");
    fireEvent.change(screen.getByLabelText("Năm báo cáo (để trống: lấy theo tiêu đề danh sách)"), { target: { value: "24" } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findAllByText("Năm báo cáo phải là năm bốn chữ số, ví dụ 2024; để trống thì lấy năm ghi trong tiêu đề danh sách.")).not.toHaveLength(0);
    expect(operations.checkActive).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Bỏ danh sách đơn vị" }));
    expect(operations.saveUnitsRegistry).toHaveBeenCalledWith(null);
  });
});
