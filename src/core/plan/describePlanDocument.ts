import type { Plan } from "./schema";

/** "24/03/2023" → "24/3/2023": Vietnamese documents drop the leading zeros of day and month. */
export const formatDocumentDate = (dmy: string): string => {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dmy.trim());
  if (!match) return dmy.trim();
  const [, day = "", month = "", year = ""] = match;
  return `${Number(day)}/${Number(month)}/${year}`;
};

/** "Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 của Hội đồng …"; the date left out when the plan has none. */
export const describePlanDocument = (plan: Pick<Plan, "number" | "date" | "issuer">): string =>
  `Kế hoạch số ${plan.number.trim()}${plan.date ? ` ngày ${formatDocumentDate(plan.date)}` : ""} của ${plan.issuer.trim()}`;
