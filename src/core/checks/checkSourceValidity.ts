import { makeRowFinding, NO_FINDINGS, type RowCheck } from "./context";

/**
 * row/invalid-at-source: a row of a consolidated list that the level below already found not
 * valid stays not valid at this level, with the reasons given there.
 */
export const checkSourceValidity: RowCheck = (ctx) => {
  const reason = ctx.item.nomination.sourceInvalid;
  if (reason === undefined) return NO_FINDINGS;
  return [makeRowFinding(ctx, "row/invalid-at-source", "error", ctx.columns.fields.sourceValid, { ruleId: "source", actual: reason })];
};
