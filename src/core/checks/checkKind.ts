import { SUBJECT_KIND_LABELS } from "../read/parseValues";
import { columnOf, makeRowFinding, type RowCheck } from "./context";

/** cell/kind: the kind written is not one the product knows, or not one this plan counts. */
export const checkKind: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  const allowed = (): string => ctx.plan.subjectKinds.map((k) => SUBJECT_KIND_LABELS[k]).join(", ");
  if (n.kind === null) {
    return n.kindText === "" ? [] : [makeRowFinding(ctx, "cell/kind", "error", columnOf(ctx, "kind"), { ruleId: "kind", expected: allowed(), actual: n.kindText })];
  }
  if (!ctx.plan.subjectKinds.includes(n.kind)) {
    return [makeRowFinding(ctx, "cell/kind", "error", columnOf(ctx, "kind"), { ruleId: "kind", expected: allowed(), actual: n.kindText || SUBJECT_KIND_LABELS[n.kind] })];
  }
  return [];
};
