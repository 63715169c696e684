import { buildListAppendix } from "../core/layout/listAppendix";
import { buildPlanAppendix } from "../core/layout/planAppendix";
import type { Layout } from "../core/layout/types";
import type { Plan } from "../core/plan/schema";
import { PaneError, type AppendixData, type AppendixKind } from "./operations";

/** The appendix layout both modes paint; the list needs consolidated data. */
export function buildAppendixLayout(plan: Plan, kind: AppendixKind, data?: AppendixData): Layout {
  if (kind === "plan") {
    if (!plan.appendix) throw new PaneError(`Kế hoạch "${plan.title}" không có bảng phụ lục; hãy chọn phụ lục danh sách.`);
    return buildPlanAppendix(plan, data?.consolidation?.quotas);
  }
  const entries = (data?.consolidation?.entries ?? []).filter((e) => e.valid).map((e) => ({ unit: e.unit, nomination: e.nomination }));
  if (entries.length === 0) throw new PaneError("Phụ lục danh sách cần dữ liệu: hãy tổng hợp các tệp của đơn vị trước (mục Tổng hợp).");
  return buildListAppendix(plan, entries, { groupBy: data?.groupBy ?? "unit" });
}
