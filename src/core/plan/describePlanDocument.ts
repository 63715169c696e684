import type { Plan } from "./schema";

/** "24/03/2023" → "24/3/2023": Vietnamese documents drop the leading zeros of day and month. */
export const formatDocumentDate = (dmy: string): string => {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dmy.trim());
  if (!match) return dmy.trim();
  const [, day = "", month = "", year = ""] = match;
  return `${Number(day)}/${Number(month)}/${year}`;
};

/**
 * "Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 của Hội đồng …"; the date left out when the plan has
 * none, and followed by how it was read when the copy is unclear ("ngày 24/3/2023 (ngày đọc từ
 * bản chụp không rõ)").
 */
export const describePlanDocument = (plan: Pick<Plan, "number" | "date" | "issuer"> & { dateNote?: string | undefined }): string => {
  const note = plan.dateNote?.trim() ? ` (${plan.dateNote.trim()})` : "";
  return `Kế hoạch số ${plan.number.trim()}${plan.date ? ` ngày ${formatDocumentDate(plan.date)}${note}` : ""} của ${plan.issuer.trim()}`;
};
