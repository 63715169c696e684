import { columnOf, makeRowFinding, type RowCheck } from "./context";

/** cell/required: a nomination needs a name and a kind (tập thể, cá nhân, …). */
export const checkRequired: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  const out = [];
  if (n.name === "") out.push(makeRowFinding(ctx, "cell/required", "error", columnOf(ctx, "name"), { ruleId: "name" }));
  if (n.kindText === "" && n.kind === null) out.push(makeRowFinding(ctx, "cell/required", "error", columnOf(ctx, "kind"), { ruleId: "kind" }));
  return out;
};
