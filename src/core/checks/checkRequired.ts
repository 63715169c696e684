import type { Finding } from "../model";
import { columnOf, makeRowFinding, NO_FINDINGS, type RowCheck } from "./context";

/** cell/required: a nomination needs a name and a kind (tập thể, cá nhân, …). */
export const checkRequired: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  const noName = n.name === "";
  const noKind = n.kindText === "" && n.kind === null;
  if (!noName && !noKind) return NO_FINDINGS;
  const out: Finding[] = [];
  if (noName) out.push(makeRowFinding(ctx, "cell/required", "error", columnOf(ctx, "name"), { ruleId: "name" }));
  if (noKind) out.push(makeRowFinding(ctx, "cell/required", "error", columnOf(ctx, "kind"), { ruleId: "kind" }));
  return out;
};
