/**
 * The levels a new plan can be issued at since 01/7/2025: the commune (xã, phường, đặc khu) or the
 * province. Apart from newPlan.ts, which validates the plan it builds with the schema library, so
 * that the command line knows the levels without loading it.
 */
export type NewPlanLevel = "xa" | "tinh";

export const NEW_PLAN_LEVELS: readonly NewPlanLevel[] = ["xa", "tinh"];
