import { formatConsolidationText } from "../../src/cli/commands/consolidate";
import { consolidateEntries } from "../../src/core/consolidate/consolidate";
import type { ConsolidatedEntry } from "../../src/core/consolidate/types";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";

const plan = findBuiltinPlan("tua-chua-2021-2025");
if (!plan) throw new Error("plan tua-chua-2021-2025 is missing");

const entry: ConsolidatedEntry = {
  unit: "Xã Sáng Nhè",
  unitKind: "xa",
  unitSource: "title",
  file: "Xa_Sang_Nhe.xlsx",
  sheet: "Danh sách",
  row: 9,
  nomination: { row: 9, name: "Giàng A Sử", kind: "ca_nhan", kindText: "Cá nhân", unit: "Xã Sáng Nhè", marks: {}, figures: {} },
  valid: true,
  findings: [],
};

describe("what consolidate prints first", () => {
  it("counts the files read, and apart the files none of whose sheets was read", () => {
    const c = consolidateEntries(plan, [entry], [
      { file: "Cum_xa.xlsx", sheet: "Hướng dẫn", reason: "trang hướng dẫn" },
      { file: "Xa_Sang_Nhe.xlsx", sheet: "Ghi chú", reason: "không có dòng tiêu đề" },
      { file: "Don_vi.xlsx", sheet: "Đơn vị", reason: "trang tổng hợp" },
      { file: "Hong.xlsx", sheet: null, reason: "tệp bị hỏng" },
    ]);
    const text = formatConsolidationText({ consolidation: c, read: ["Cum_xa.xlsx", "Xa_Sang_Nhe.xlsx"], unreadable: [] }, "tong-hop.xlsx", plan);
    expect(text.split("\n")[0]).toBe("Đã tổng hợp 2 tệp, bỏ qua 2 tệp; 1 đơn vị, 1 đề nghị, 1 hợp lệ.");
  });
});
