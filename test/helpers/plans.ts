import { parsePlan } from "../../src/core/plan/parsePlan";
import type { Plan, PlanInput } from "../../src/core/plan/schema";

/** A plan written inline in a test, validated like a plan file; a mistake in the test's own plan fails loudly. */
export const parsePlanOrThrow = (input: PlanInput): Plan => {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(`test plan invalid: ${JSON.stringify(result.problems)}`);
  return result.plan;
};
