import { describeFileProblem } from "../../src/core/files/fileProblems";
import { consolidateSources } from "../../src/workflows/consolidateSources";
import type { WorkflowProgress } from "../../src/workflows/sources";
import { describeWorkflowError } from "../../src/workflows/workflowErrors";
import { brokenSource, memorySource, refusedSource, unitListSheet, workbook } from "../helpers/unitLists";
import { makeTestPlan } from "../helpers/sheets";

const plan = makeTestPlan();

const hoaBinh = () => memorySource(workbook("Xa_Hoa_Binh.xlsx", unitListSheet("Danh sách", "UBND XÃ HÒA BÌNH", [{ name: "Nguyễn Văn Hùng" }, { name: "Thôn Đồng Tâm", kind: "Tập thể" }])));
const tanLap = () => memorySource(workbook("Xa_Tan_Lap.xlsx", unitListSheet("DS", "UBND XÃ TÂN LẬP", [{ name: "Lò Thị Mai", valid: false }])));
const budget = () => memorySource(workbook("Kinh_phi.xlsx", { name: "Kinh phí", rows: [["DỰ TOÁN KINH PHÍ KHEN THƯỞNG"], ["STT", "Nội dung chi", "Thành tiền"], [1, "Giấy khen", 800000]], merges: [] }));
const TRUNCATED = { code: "zip/truncated", file: "Xa_Muong_Phang.xlsx" } as const;

describe("consolidateSources", () => {
  test("reads, checks and consolidates; an unreadable file is skipped with its reason and counted nowhere", async () => {
    const result = await consolidateSources(plan, [hoaBinh(), brokenSource("Xa_Muong_Phang.xlsx", TRUNCATED), tanLap(), refusedSource("Thu_muc", { code: "file/directory", file: "Thu_muc" })], { year: 2024 });
    if (!result.ok) throw new Error(describeWorkflowError(result.error));
    const { consolidation, read, unreadable } = result.value;
    expect({
      read,
      unreadable,
      units: consolidation.units.map((u) => [u.unit, u.rows, u.validRows]),
      skipped: consolidation.skipped,
    }).toStrictEqual({
      read: ["Xa_Hoa_Binh.xlsx", "Xa_Tan_Lap.xlsx"],
      unreadable: [
        { source: "Xa_Muong_Phang.xlsx", problem: TRUNCATED },
        { source: "Thu_muc", problem: { code: "file/directory", file: "Thu_muc" } },
      ],
      units: [
        ["Xã Hòa Bình", 2, 2],
        ["Xã Tân Lập", 1, 0],
      ],
      skipped: [
        { file: "Thu_muc", sheet: null, reason: describeFileProblem({ code: "file/directory", file: "Thu_muc" }) },
        { file: "Xa_Muong_Phang.xlsx", sheet: null, reason: describeFileProblem(TRUNCATED) },
      ],
    });
  });

  test("a source whose lists hold nothing is not among those read; a file without any list is not either", async () => {
    const empty = memorySource(workbook("Xa_Ngoc_Lam.xlsx", unitListSheet("DS", "UBND XÃ NGỌC LÂM", [])));
    const result = await consolidateSources(plan, [hoaBinh(), empty, budget()], { year: 2024 });
    if (!result.ok) throw new Error(describeWorkflowError(result.error));
    expect([result.value.read, result.value.consolidation.units.map((u) => [u.unit, u.rows])]).toStrictEqual([
      ["Xa_Hoa_Binh.xlsx", "Xa_Ngoc_Lam.xlsx"],
      [
        ["Xã Hòa Bình", 2],
        ["Xã Ngọc Lâm", 0],
      ],
    ]);
  });

  test("refuses, as data, when not one list could be read; the sentence names every file and its reason", async () => {
    const result = await consolidateSources(plan, [budget(), brokenSource("Xa_Muong_Phang.xlsx", TRUNCATED)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toStrictEqual({
      code: "nothing-read",
      sources: 2,
      skipped: [
        { file: "Kinh_phi.xlsx", sheet: "Kinh phí", reason: expect.any(String) },
        { file: "Xa_Muong_Phang.xlsx", sheet: null, reason: describeFileProblem(TRUNCATED) },
      ],
    });
    const sentence = describeWorkflowError(result.error);
    expect(sentence).toMatch(/^Không đọc được danh sách nào từ 2 tệp \(Kinh_phi\.xlsx \/ Kinh phí: .*; Xa_Muong_Phang\.xlsx: tệp bị cắt cụt.*\); hãy kiểm tra các tệp của đơn vị\.$/);
    await expect(consolidateSources(plan, [])).resolves.toStrictEqual({ ok: false, error: { code: "no-sources" } });
  });

  test("of many unreadable files the sentence names three with their reasons and counts the rest", async () => {
    const names = ["Xa_01.xlsx", "Xa_02.xlsx", "Xa_03.xlsx", "Xa_04.xlsx", "Xa_05.xlsx"];
    const result = await consolidateSources(plan, names.map((name) => brokenSource(name, { code: "zip/truncated", file: name })));
    if (result.ok) throw new Error("read a list from five truncated files");
    const named = names.slice(0, 3).map((file) => `${file}: ${describeFileProblem({ code: "zip/truncated", file })}`);
    expect([result.error.code, describeWorkflowError(result.error)]).toStrictEqual([
      "nothing-read",
      `Không đọc được danh sách nào từ 5 tệp (${named.join("; ")}; và 2 tệp khác); hãy kiểm tra các tệp của đơn vị.`,
    ]);
  });

  test("tells its progress before each source and at the end; stops between two sources when asked", async () => {
    const seen: WorkflowProgress[] = [];
    const sources = [hoaBinh(), tanLap(), budget()];
    await consolidateSources(plan, sources, { onProgress: (p) => seen.push(p) });
    expect(seen).toStrictEqual([
      { done: 0, total: 3, current: "Xa_Hoa_Binh.xlsx" },
      { done: 1, total: 3, current: "Xa_Tan_Lap.xlsx" },
      { done: 2, total: 3, current: "Kinh_phi.xlsx" },
      { done: 3, total: 3, current: "" },
    ]);
    const controller = new AbortController();
    const again = [hoaBinh(), tanLap(), budget()];
    const result = await consolidateSources(plan, again, { signal: controller.signal, onProgress: (p) => (p.done === 1 ? controller.abort() : undefined) });
    expect([result, again.map((s) => s.reads)]).toStrictEqual([{ ok: false, error: { code: "cancelled", done: 1, total: 3 } }, [1, 0, 0]]);
    if (!result.ok) expect(describeWorkflowError(result.error)).toBe("Đã dừng theo yêu cầu sau 01/03 tệp; chưa có kết quả nào được ghi, các tệp của đơn vị không bị thay đổi.");
  });

  test("a fault that is not a file's problem is not hidden as one", async () => {
    const faulty = { name: "Xa_Loi.xlsx", read: () => Promise.reject(new TypeError("không mong đợi")) };
    await expect(consolidateSources(plan, [hoaBinh(), faulty])).rejects.toThrow(TypeError);
  });

  test("the registry's spelling and staff, and the year given, reach the consolidation", async () => {
    const units = [
      { name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 },
      { name: "Xã Tân Lập", kind: "xa", kindText: "Xã", staff: 12 },
      { name: "Xã Mường Phăng", kind: "xa", kindText: "Xã", staff: 15 },
    ];
    const lower = memorySource(workbook("xa hoa binh.xlsx", unitListSheet("DS", "UBND XA HOA BINH", [{ name: "Nguyễn Văn Hùng" }])));
    const result = await consolidateSources(plan, [lower], { units, year: 2025 });
    if (!result.ok) throw new Error(describeWorkflowError(result.error));
    const c = result.value.consolidation;
    expect({ year: c.year, units: c.units.map((u) => u.unit), notSent: c.notSent.map((u) => u.unit) }).toStrictEqual({ year: 2025, units: ["Xã Hòa Bình"], notSent: ["Xã Tân Lập", "Xã Mường Phăng"] });
  });
});
