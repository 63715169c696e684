import lamThao from "../../templates/plans/lam-thao-2022-2025.json";
import longBien from "../../templates/plans/long-bien-2023-2025.json";
import tuaChua from "../../templates/plans/tua-chua-2021-2025.json";
import nhonHung from "../../templates/plans/nhon-hung-2024.json";
import thuongNinh from "../../templates/plans/thuong-ninh-2023-2025.json";
import { parsePlan } from "../core/plan/parsePlan";
import type { Plan } from "../core/plan/schema";

/** The plans shipped with the product, as raw JSON; the CLI, the pane and the Sheets server bundle them. */
const BUILTIN_PLAN_JSON: readonly unknown[] = [lamThao, longBien, tuaChua, nhonHung, thuongNinh];

/**
 * The built-in plans validated by the schema. A broken built-in plan is a bug of ours, so it
 * throws. The compiled command does this when it is built: its bundle holds this module's result
 * as data instead (scripts/validatedPlans.ts), without the schema library.
 */
export const validateBuiltinPlans = (): Plan[] =>
  BUILTIN_PLAN_JSON.map((json, i) => {
    const result = parsePlan(json);
    if (!result.ok) throw new Error(`Built-in plan #${i} is invalid: ${JSON.stringify(result.problems)}`);
    return result.plan;
  });
