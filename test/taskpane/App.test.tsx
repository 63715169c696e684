/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { CheckReport } from "../../src/core/check/report";
import type { QuotaResult } from "../../src/core/model";
import { PaneError, type ConsolidateResult, type ConsolidationView, type PaneFinding, type PaneOperations, type PaneRunOptions, type SavedUnitsRegistry } from "../../src/taskpane/operations";
import { parsePlan } from "../../src/core/plan/parsePlan";
import { TEST_PLAN_INPUT } from "../helpers/sheets";
import { installDomStubs } from "./setupDom";

installDomStubs();
afterEach(cleanup);

const parsed = parsePlan(TEST_PLAN_INPUT); // structuredClone, which makeTestPlan uses, is missing in jsdom.
if (!parsed.ok) throw new Error("test plan invalid");
const plan = parsed.plan;
const otherPlan = { ...plan, id: "khac-2024", title: "Kế hoạch khác năm 2024" };

const finding: PaneFinding = { code: "cell/required", severity: "error", sheet: "Danh sách", row: 9, column: "B", cell: "B9", message: "Thiếu họ và tên." };

const unmetQuota: QuotaResult = { ruleId: "xa-01-04", text: "Mỗi xã từ 01 đến 04 điển hình", scope: "Xã Hòa Bình", period: "2024 - 2025", required: 1, max: 4, actual: 0, registered: 1, shortfall: 1, excess: 0, met: false };
const metQuota: QuotaResult = { ...unmetQuota, ruleId: "khac", text: "Chỉ tiêu đã đạt", actual: 2, shortfall: 0, met: true };

const report = {
  file: "Xa_Hoa_Binh.xlsx",
  plan: plan.id,
  sheets: [{ sheet: "Danh sách", unit: "Xã Hòa Bình", findings: [finding], quotas: [metQuota, unmetQuota] }],
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

const choosePlan = async (title = plan.title): Promise<void> => {
  fireEvent.click(screen.getByRole("combobox"));
  // Each option shows the plan's period under its title.
  fireEvent.click(await screen.findByRole("option", { name: (name) => name.startsWith(title) }));
};

const openArea = (name: "Kiểm tra" | "Tổng hợp" | "Phụ lục"): void => {
  fireEvent.click(screen.getByRole("tab", { name }));
};

const ward = (unit: string, rows: number) => ({ unit, unitKind: "xa", unitSource: "title" as const, file: `${unit}.xlsx`, sheet: "DS", sources: [{ file: `${unit}.xlsx`, sheet: "DS" }], rows, validRows: rows, byKind: { ca_nhan: rows, tap_the: 0, ho_gia_dinh: 0 }, byTopic: {} });

/** Eighteen files, fifteen read: the officer's district. */
const districtConsolidation = (): ConsolidationView => {
  const wards = Array.from({ length: 15 }, (_, i) => ward(`Xã số ${String(i + 1).padStart(2, "0")}`, i % 3));
  const quotas: QuotaResult[] = wards.flatMap((w, i) => [
    { ...unmetQuota, ruleId: "xa-01-04", text: "Các xã: từ 01 đến 04 điển hình mỗi năm, gồm ít nhất một tập thể và một cá nhân tiêu biểu trong các phong trào thi đua", scope: w.unit, actual: w.rows, shortfall: w.rows >= 1 ? 0 : 1, met: w.rows >= 1 },
    i < 2 ? { ...unmetQuota, ruleId: "phong-5", text: "Phòng, ban: ít nhất 5 % số CBCCVC", scope: w.unit, required: null, met: null, shortfall: 0, missing: "số CBCCVC của đơn vị (chọn danh sách đơn vị)" } : { ...metQuota, ruleId: "phong-5", text: "Phòng, ban: ít nhất 5 % số CBCCVC", scope: w.unit },
  ]);
  return {
    plan: plan.id,
    scope: "Huyện Mường Thanh",
    year: 2024,
    units: wards,
    totals: { rows: 15, validRows: 15, byKind: { ca_nhan: 15, tap_the: 0, ho_gia_dinh: 0 }, byTopic: {} },
    quotas,
    duplicates: [{ name: "Lò Văn Pọm", occurrences: [{ unit: "Xã số 01", file: "Xã số 01.xlsx", sheet: "DS", row: 9, counted: true }, { unit: "Xã số 02", file: "Xã số 02.xlsx", sheet: "DS", row: 12, counted: true }] }],
    notSent: [],
    skipped: ["a", "b", "c"].map((f) => ({ file: `${f}.xlsx`, sheet: null, reason: "tệp bị cắt cụt; hãy xin đơn vị gửi lại." })),
  };
};

test("choosing a plan and checking shows the summary first, focused, then findings and quotas grouped by rule, unmet first", async () => {
  const operations = makeOperations();
  render(<App operations={operations} plans={[plan]} />);
  await choosePlan();
  expect(operations.savePlanId).toHaveBeenCalledWith(plan.id);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));

  const summary = await screen.findByTestId("check-summary");
  expect(summary.textContent).toBe("Xa_Hoa_Binh.xlsx: 4 dòng đề nghị, 3 hợp lệ; 1 lỗi, 0 cảnh báo; 1 chỉ tiêu chưa đạt.");
  await waitFor(() => expect(document.activeElement).toBe(summary));
  expect(operations.checkActive).toHaveBeenCalledWith(plan, undefined);
  const findings = screen.getByRole("list", { name: "Các lỗi và cảnh báo" });
  expect(within(findings).getByRole("button").textContent).toContain("Danh sách!B9: Thiếu họ và tên.");

  // The unmet rule first (its unit named in the group's name), the met one folded after it.
  const groups = screen.getAllByTestId("quota-group");
  expect(groups.map((g) => [g.getAttribute("data-state"), g.getAttribute("aria-label")])).toStrictEqual([["unmet", "Mỗi xã từ 01 đến 04 điển hình — chưa đạt: Xã Hòa Bình"]]);
  const unmet = screen.getAllByTestId("quota-card")[0] as HTMLElement;
  expect([unmet.getAttribute("data-state"), within(unmet).getByText("Yêu cầu: 01–04").textContent, within(unmet).getByText("Hiện có: 00").textContent, within(unmet).getByText("Thiếu: 01").textContent]).toStrictEqual(["unmet", "Yêu cầu: 01–04", "Hiện có: 00", "Thiếu: 01"]);
  fireEvent.click(screen.getByRole("button", { name: "Xem 1 chỉ tiêu đã đạt" }));
  expect(screen.getAllByTestId("quota-group").map((g) => g.getAttribute("data-state"))).toStrictEqual(["unmet", "met"]);
  // The live region tells a screen reader what focus now sits on.
  await waitFor(() => expect(screen.getByTestId("live-region").textContent).toBe(summary.textContent));
});

test("clicking a finding selects it in the sheet (Excel); in a browser findings are plain list items", async () => {
  const operations = makeOperations();
  render(<App operations={operations} plans={[plan]} />);
  await choosePlan();
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const findings = await screen.findByRole("list", { name: "Các lỗi và cảnh báo" });
  fireEvent.click(within(findings).getByRole("button"));
  await waitFor(() => expect(operations.selectFinding).toHaveBeenCalledWith(finding));
  cleanup();

  const files = [new File(["x"], "Xa_Hoa_Binh.xlsx")];
  const browser = makeOperations({ mode: "browser", checkFiles: jest.fn(async () => ({ checked: [{ file: "Xa_Hoa_Binh.xlsx", report }], failed: [] })) });
  render(<App operations={browser} plans={[plan]} />);
  await choosePlan();
  fireEvent.change(screen.getByLabelText("Chọn tệp .xlsx…"), { target: { files } });
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const items = within(await screen.findByRole("list", { name: "Các lỗi và cảnh báo" })).getAllByRole("listitem");
  expect(items.map((li) => [li.textContent, within(li).queryAllByRole("button").length])).toStrictEqual([["Lỗi · Danh sách!B9: Thiếu họ và tên.", 0]]);
});

test("a failing operation shows its message in an error MessageBar, focused and announced", async () => {
  const operations = makeOperations({
    checkActive: jest.fn(async () => {
      throw new PaneError("Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.");
    }),
  });
  render(<App operations={operations} plans={[plan]} />);
  await choosePlan();
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const message = await screen.findByText("Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.");
  expect(screen.getByText("Lỗi")).toBeTruthy();
  await waitFor(() => expect(document.activeElement?.contains(message)).toBe(true));
  await waitFor(() => expect(screen.getByTestId("live-region").textContent).toBe("Lỗi: Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại."));
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

describe("an Office host's pane before Excel answers", () => {
  const button = (name: string): HTMLButtonElement => screen.getByRole("button", { name }) as HTMLButtonElement;

  test("the plans, year and tabs work at once; the status says it is connecting; the mode's actions wait, and neither mode's file picker nor sheet is offered", async () => {
    const { rerender } = render(<App operations={null} plans={[plan]} />);
    expect(screen.getByTestId("mode-line").textContent).toBe("Đang kết nối với Excel…");
    expect(screen.getByTestId("mode-line").getAttribute("role")).toBe("status");
    expect([button("Kiểm tra").disabled, screen.queryByLabelText("Chọn tệp .xlsx…"), screen.queryByText("Kiểm tra trang tính đang mở."), screen.queryByRole("button", { name: "Xóa đánh dấu" })]).toStrictEqual([true, null, null, null]);
    await choosePlan();
    openArea("Tổng hợp");
    expect([button("Tổng hợp").disabled, screen.queryByText("Không chọn tệp thì tổng hợp các trang của sổ làm việc đang mở."), screen.queryByRole("group", { name: "Danh sách đơn vị" })]).toStrictEqual([true, null, null]);
    openArea("Phụ lục");
    expect(button("Tạo phụ lục").disabled).toBe(true);

    // Excel answers: the plan chosen meanwhile is kept and remembered in the workbook; the actions are Excel's.
    const operations = makeOperations({ loadSavedPlanId: () => otherPlan.id });
    rerender(<App operations={operations} plans={[plan, otherPlan]} />);
    await waitFor(() => expect(operations.savePlanId).toHaveBeenCalledWith(plan.id));
    expect((screen.getByRole("combobox") as HTMLButtonElement).textContent).toContain(plan.title);
    expect(screen.getByTestId("mode-line").textContent).toBe("Đã kết nối với Excel.");
    openArea("Kiểm tra");
    expect([button("Kiểm tra").disabled, screen.getByText("Kiểm tra trang tính đang mở.") !== null, button("Xóa đánh dấu").disabled]).toStrictEqual([false, true, false]);
    fireEvent.click(button("Kiểm tra"));
    await waitFor(() => expect(operations.checkActive).toHaveBeenCalledWith(plan, undefined));
  });

  test("nothing chosen meanwhile: the mode's remembered plan and registry are taken up when it answers", async () => {
    const registry: SavedUnitsRegistry = { source: "Don_vi.xlsx", sheet: { name: "Đơn vị", rows: [["Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, NLĐ"], ["Xã Hòa Bình", "Xã", 20]], merges: [] } };
    const { rerender } = render(<App operations={null} plans={[plan]} />);
    expect(screen.getByRole("combobox").textContent).not.toContain(plan.title);
    const operations = makeOperations({ mode: "browser", loadSavedPlanId: () => plan.id, readUnitsRegistry: jest.fn(), loadSavedUnitsRegistry: () => registry, saveUnitsRegistry: jest.fn() });
    rerender(<App operations={operations} plans={[plan]} />);
    await waitFor(() => expect(screen.getByRole("combobox").textContent).toContain(plan.title));
    expect(screen.getByTestId("mode-line").textContent).toBe("Chế độ trình duyệt: chọn hoặc kéo thả tệp .xlsx; kết quả được tải xuống.");
    openArea("Tổng hợp");
    expect(screen.getByTestId("units-registry").textContent).toBe("Danh sách đơn vị: Don_vi.xlsx (1 đơn vị).");
    expect([operations.savePlanId, operations.saveUnitsRegistry].map((f) => (f as jest.Mock).mock.calls.length)).toStrictEqual([0, 0]);
  });
});

test("the saved plan is chosen at start", () => {
  render(<App operations={makeOperations({ loadSavedPlanId: () => plan.id })} plans={[plan]} />);
  expect((screen.getByRole("combobox") as HTMLButtonElement).textContent).toContain(plan.title);
});

test("the three areas are tabs; files picked into one show it", async () => {
  const operations = makeOperations({ mode: "browser" });
  render(<App operations={operations} plans={[plan]} />);
  expect(["Kiểm tra", "Tổng hợp", "Phụ lục"].map((name) => [name, screen.getByRole("tab", { name }).getAttribute("aria-selected")])).toStrictEqual([
    ["Kiểm tra", "true"],
    ["Tổng hợp", "false"],
    ["Phụ lục", "false"],
  ]);
  expect(screen.queryByRole("region", { name: "Tổng hợp" })).toBeNull();
  openArea("Tổng hợp");
  expect(within(screen.getByRole("region", { name: "Tổng hợp" })).getByRole("button", { name: "Tổng hợp" })).toBeTruthy();
  expect(screen.queryByRole("region", { name: "Kiểm tra" })).toBeNull();
  // Files given to an area that is not shown (dropped there by a script) show it.
  fireEvent.change(screen.getByLabelText("Chọn tệp .xlsx…"), { target: { files: [new File(["x"], "a.xlsx")] } });
  expect([screen.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected"), screen.queryByRole("region", { name: "Kiểm tra" }) !== null]).toStrictEqual(["true", true]);
});

describe("a run: progress, Hủy, one action at a time", () => {
  /** A consolidation that reports each file and waits for the test to let it go on. */
  const controlled = () => {
    let report: ((done: number) => void) | null = null;
    let finish: (() => void) | null = null;
    let options: PaneRunOptions | undefined;
    const consolidate = jest.fn(
      (_plan, files: readonly File[] | undefined, given?: PaneRunOptions) =>
        new Promise<ConsolidateResult>((resolve, reject) => {
          options = given;
          const total = files?.length ?? 0;
          report = (done) => given?.onProgress?.({ phase: "read", done, total, current: `tep-${done + 1}.xlsx` });
          finish = () => resolve({ consolidation: districtConsolidation(), sources: 18, read: Array.from({ length: 15 }, (_, i) => `${i}.xlsx`) });
          given?.signal?.addEventListener("abort", () => reject(new PaneError(`Đã dừng theo yêu cầu sau 02/${total} tệp; chưa có kết quả nào được ghi, các tệp của đơn vị không bị thay đổi.`, { cancelled: true })));
        }),
    );
    return { consolidate, progress: (done: number) => report?.(done), finish: () => finish?.(), options: () => options };
  };

  const startConsolidation = async (operations: PaneOperations): Promise<void> => {
    render(<App operations={operations} plans={[plan, otherPlan]} />);
    await choosePlan();
    openArea("Tổng hợp");
    const files = Array.from({ length: 18 }, (_, i) => new File(["x"], `tep-${i + 1}.xlsx`));
    fireEvent.change(screen.getByLabelText("Chọn các tệp của đơn vị…"), { target: { files } });
    expect(screen.getByTestId("chosen-files").textContent).toBe("Đã chọn 18 tệp: tep-1.xlsx, tep-2.xlsx, tep-3.xlsx và 15 tệp khác");
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  };

  test("the bar's value rises with the files read; other actions wait; focus sits on Hủy; Hủy leaves no result", async () => {
    const run = controlled();
    const operations = makeOperations({ mode: "browser", consolidate: run.consolidate });
    await startConsolidation(operations);
    const bar = await screen.findByRole("progressbar");
    act(() => run.progress(0));
    act(() => run.progress(5));
    await waitFor(() => expect(screen.getByText("Đang đọc 6/18 tệp")).toBeTruthy());
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("5");
    expect(bar.getAttribute("aria-valuemax")).toBe("18");
    expect((screen.getByRole("button", { name: "Tổng hợp" }) as HTMLButtonElement).disabled).toBe(true);
    openArea("Kiểm tra");
    expect((screen.getByRole("button", { name: "Kiểm tra" }) as HTMLButtonElement).disabled).toBe(true);
    openArea("Tổng hợp");
    const cancel = screen.getByRole("button", { name: "Hủy" });
    await waitFor(() => expect(document.activeElement).toBe(cancel));

    fireEvent.click(cancel);
    const stopped = await screen.findByText(/^Đã dừng theo yêu cầu sau 02\/18 tệp/);
    expect([run.options()?.signal?.aborted, screen.queryByRole("progressbar"), screen.queryByTestId("consolidation-summary"), screen.queryByRole("button", { name: /^Tải xuống/ })]).toStrictEqual([true, null, null, null]);
    await waitFor(() => expect(document.activeElement?.contains(stopped)).toBe(true));
    expect((screen.getByRole("button", { name: "Tổng hợp" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("the result to scan: summary, unmet rules first with their units, what could not be counted, duplicates with units and files, skipped files, units folded", async () => {
    const run = controlled();
    await startConsolidation(makeOperations({ mode: "browser", consolidate: run.consolidate }));
    act(() => run.finish());
    const summary = await screen.findByTestId("consolidation-summary");
    expect(summary.textContent).toBe("18 tệp: 15 đơn vị, 3 tệp bỏ qua; 5/30 chỉ tiêu chưa đạt, 2 chưa tính được.");
    const groups = screen.getAllByTestId("quota-group");
    expect(groups.map((g) => [g.getAttribute("data-state"), g.getAttribute("aria-label")])).toStrictEqual([
      ["unmet", "Các xã: từ 01 đến 04 điển hình mỗi năm, gồm ít nhất một tập thể và một cá nhân tiêu biểu trong các phong trào thi đua — chưa đạt: Xã số 01, Xã số 04, Xã số 07 và 2 đơn vị khác"],
      ["unknown", "Phòng, ban: ít nhất 5 % số CBCCVC — chưa tính được: Xã số 01, Xã số 02"],
    ]);
    // The rule's text once, however many units it names.
    expect(screen.getAllByText(/^Các xã: từ 01 đến 04/)).toHaveLength(1);
    const unknown = within(groups[1] as HTMLElement).getAllByTestId("quota-card")[0] as HTMLElement;
    expect(unknown.textContent).toBe("Xã số 01: Chưa tính đượcChưa tính được: thiếu số CBCCVC của đơn vị (chọn danh sách đơn vị)");
    expect(within(unknown).queryByText(/Thiếu: 00/)).toBeNull();
    expect(within(screen.getByRole("list", { name: "Trùng lặp" })).getByRole("listitem").textContent).toBe("Lò Văn Pọm: Xã số 01 (Xã số 01.xlsx / DS, dòng 9); Xã số 02 (Xã số 02.xlsx / DS, dòng 12)");
    expect(within(screen.getByRole("list", { name: "Tệp và trang bỏ qua" })).getAllByRole("listitem").map((li) => li.textContent)).toStrictEqual(["a.xlsx: tệp bị cắt cụt; hãy xin đơn vị gửi lại.", "b.xlsx: tệp bị cắt cụt; hãy xin đơn vị gửi lại.", "c.xlsx: tệp bị cắt cụt; hãy xin đơn vị gửi lại."]);
    const units = screen.getByRole("list", { name: "Các đơn vị" });
    expect(within(units).getAllByRole("listitem")).toHaveLength(10);
    fireEvent.click(screen.getByRole("button", { name: "và 5 đơn vị khác" }));
    expect(within(units).getAllByRole("listitem")).toHaveLength(15);
  });

  test("another plan clears the results of the first: the consolidation, and the appendix's data", async () => {
    const run = controlled();
    const operations = makeOperations({ mode: "browser", consolidate: run.consolidate, forgetResults: jest.fn() });
    await startConsolidation(operations);
    act(() => run.finish());
    await screen.findByTestId("consolidation-summary");
    openArea("Phụ lục");
    expect(screen.getByTestId("appendix-data").textContent).toBe("Số liệu: kết quả Tổng hợp vừa làm (15 đơn vị, 15 đề nghị hợp lệ).");
    await choosePlan(otherPlan.title);
    // This plan has no table of its own: its list appendix now waits for a consolidation of its own.
    expect(screen.getByTestId("appendix-data").textContent).toBe("Phụ lục danh sách cần số liệu: hãy Tổng hợp trước, hoặc chọn bản tổng hợp đã lưu.");
    openArea("Tổng hợp");
    expect(screen.queryByTestId("consolidation-summary")).toBeNull();
    expect(operations.forgetResults).toHaveBeenCalledTimes(1);
  });
});

test("Tạo phụ lục from a consolidated workbook picked (as appendix --from); the download becomes the primary action", async () => {
  const download = new Blob(["x"]);
  const writeAppendix = jest.fn(async () => ({ download, fileName: "Phu_luc_danh_sach.xlsx", consolidation: districtConsolidation() }));
  render(<App operations={makeOperations({ mode: "browser", writeAppendix })} plans={[plan]} />);
  await choosePlan();
  openArea("Phụ lục");
  const saved = new File(["x"], "Tong_hop_cu.xlsx");
  fireEvent.change(screen.getByLabelText("Chọn bản tổng hợp đã lưu…"), { target: { files: [saved] } });
  expect(screen.getByTestId("appendix-data").textContent).toBe("Số liệu: bản tổng hợp Tong_hop_cu.xlsx.");
  const make = screen.getByRole("button", { name: "Tạo phụ lục" });
  expect(make.getAttribute("data-appearance")).toBe("primary");
  fireEvent.click(make);
  const summary = await screen.findByTestId("appendix-summary");
  expect(writeAppendix).toHaveBeenCalledWith(plan, "list", { groupBy: "unit", from: [saved] }, expect.objectContaining({ signal: expect.any(AbortSignal) }));
  await waitFor(() => expect(document.activeElement).toBe(summary));
  // One primary action per area: the download, once it is ready.
  expect([screen.getByRole("button", { name: "Tải xuống Phu_luc_danh_sach.xlsx" }).getAttribute("data-appearance"), screen.getByRole("button", { name: "Tạo phụ lục" }).getAttribute("data-appearance")]).toStrictEqual(["primary", "secondary"]);
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
    openArea("Tổng hợp");
    const area = screen.getByRole("region", { name: "Tổng hợp" });
    const input = within(area).getByLabelText("Chọn danh sách đơn vị (.xlsx)…") as HTMLInputElement;
    expect(input.accept).toContain(".xlsx");
    const file = new File(["x"], "Don_vi.xlsx");
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText("Danh sách đơn vị: Don_vi.xlsx (1 đơn vị).")).toBeTruthy();
    expect([readUnitsRegistry.mock.calls, saveUnitsRegistry.mock.calls]).toStrictEqual([[[plan, file]], [[registry]]]);

    fireEvent.change(screen.getByLabelText("Năm báo cáo (để trống: lấy theo tiêu đề danh sách)"), { target: { value: "2024" } });
    fireEvent.click(within(area).getByRole("button", { name: "Tổng hợp" }));
    // Excel without files: the open workbook, read once; the options are the command's, nothing more.
    await waitFor(() => expect(consolidate).toHaveBeenCalledWith(plan, [], { units, year: 2024 }));

    openArea("Kiểm tra");
    fireEvent.change(screen.getByLabelText("Tên đơn vị của danh sách (để trống: lấy theo tiêu đề)"), { target: { value: "Xã Tân Lập" } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(operations.checkActive).toHaveBeenCalledWith(plan, undefined, { units, year: 2024, unit: "Xã Tân Lập" }));
  });

  test("a year that is not one is refused before anything runs; the remembered registry is shown at start", async () => {
    const operations = makeOperations({ readUnitsRegistry: jest.fn(), loadSavedUnitsRegistry: () => registry, saveUnitsRegistry: jest.fn() });
    render(<App operations={operations} plans={[plan]} />);
    openArea("Tổng hợp");
    expect(screen.getByTestId("units-registry").textContent).toBe("Danh sách đơn vị: Don_vi.xlsx.");
    await choosePlan();
    expect(screen.getByTestId("units-registry").textContent).toBe("Danh sách đơn vị: Don_vi.xlsx (1 đơn vị).");
    fireEvent.change(screen.getByLabelText("Năm báo cáo (để trống: lấy theo tiêu đề danh sách)"), { target: { value: "24" } });
    openArea("Kiểm tra");
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findAllByText("Năm báo cáo phải là năm bốn chữ số, ví dụ 2024; để trống thì lấy năm ghi trong tiêu đề danh sách.")).not.toHaveLength(0);
    expect(operations.checkActive).not.toHaveBeenCalled();
    openArea("Tổng hợp");
    fireEvent.click(screen.getByRole("button", { name: "Bỏ danh sách đơn vị" }));
    expect(operations.saveUnitsRegistry).toHaveBeenCalledWith(null);
  });
});
