import type { Plan } from "../core/plan/schema";
import { validateBuiltinPlans } from "./validateBuiltinPlans";

let cache: Plan[] | null = null;

/** The built-in plans, validated once (at build time in the compiled command and the Sheets server). */
export const listBuiltinPlans = (): Plan[] => (cache ??= validateBuiltinPlans());

export const findBuiltinPlan = (id: string): Plan | undefined => listBuiltinPlans().find((p) => p.id === id);
