import type { Plan } from "./schema";

/** "Ủy ban nhân dân huyện Tủa Chùa" → "Huyện Tủa Chùa": the level that issued the plan, as quotas name it. */
export const describePlanScope = (plan: Pick<Plan, "issuer">): string => {
  const rest = plan.issuer.replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng Thi đua\s*[–-]\s*Khen thưởng|Hội đồng TĐKT)\s+/iu, "").trim();
  return rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
};
