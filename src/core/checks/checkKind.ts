import type { Plan } from "../plan/schema";
import { SUBJECT_KIND_LABELS } from "../read/parseValues";
import { columnOf, makeRowFinding, NO_FINDINGS, type RowCheck } from "./context";

const describeAllowedKinds = (plan: Plan): string => plan.subjectKinds.map((k) => SUBJECT_KIND_LABELS[k]).join(", ");

/** cell/kind: the kind written is not one the product knows, or not one this plan counts. */
export const checkKind: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  if (n.kind === null) {
    return n.kindText === "" ? NO_FINDINGS : [makeRowFinding(ctx, "cell/kind", "error", columnOf(ctx, "kind"), { ruleId: "kind", expected: describeAllowedKinds(ctx.plan), actual: n.kindText })];
  }
  if (!ctx.plan.subjectKinds.includes(n.kind)) {
    return [makeRowFinding(ctx, "cell/kind", "error", columnOf(ctx, "kind"), { ruleId: "kind", expected: describeAllowedKinds(ctx.plan), actual: n.kindText || SUBJECT_KIND_LABELS[n.kind] })];
  }
  return NO_FINDINGS;
};
