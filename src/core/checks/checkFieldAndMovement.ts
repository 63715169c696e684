import { matchPlanName } from "../read/matchPlanName";
import type { Finding } from "../model";
import { columnOf, makeRowFinding, NO_FINDINGS, type RowCheck } from "./context";

/**
 * cell/unknown-field, cell/unknown-movement (warnings: it may be a new wording): a text in the
 * field or movement column that names nothing in the plan — neither list, since sheets mix them.
 * A plan that lists no fields leaves them open (Long Biên names none; Nhơn Hưng welcomes "các lĩnh
 * vực còn lại"): a field is then never unknown.
 */
export const checkFieldAndMovement: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  const { fields, movements } = ctx.plan;
  let out: Finding[] | null = null;
  if (n.fieldText && fields.length > 0 && !matchPlanName(n.fieldText, fields) && !matchPlanName(n.fieldText, movements))
    (out ??= []).push(makeRowFinding(ctx, "cell/unknown-field", "warning", columnOf(ctx, "field"), { ruleId: "field", actual: n.fieldText }));
  if (n.movementText && fields.length + movements.length > 0 && !matchPlanName(n.movementText, movements) && !matchPlanName(n.movementText, fields))
    (out ??= []).push(makeRowFinding(ctx, "cell/unknown-movement", "warning", columnOf(ctx, "movement"), { ruleId: "movement", actual: n.movementText }));
  return out ?? NO_FINDINGS;
};
