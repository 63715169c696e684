import type { RowCheck } from "./context";
import { checkCriterionMarks } from "./checkCriterionMarks";
import { checkDateFormat, checkDateInPeriod, checkDateLate } from "./checkDates";
import { checkFieldAndMovement } from "./checkFieldAndMovement";
import { checkKind } from "./checkKind";
import { checkMinLength } from "./checkMinLength";
import { checkRequired } from "./checkRequired";
import { checkRising } from "./checkRising";
import { checkSourceValidity } from "./checkSourceValidity";

/** Every row check, in the order their findings are listed for a row. */
export const ROW_CHECKS: readonly RowCheck[] = [
  checkRequired,
  checkKind,
  checkFieldAndMovement,
  checkCriterionMarks,
  checkRising,
  checkMinLength,
  checkDateFormat,
  checkDateInPeriod,
  checkDateLate,
  checkSourceValidity,
];

export { checkDuplicates, toNomineeKey } from "./checkDuplicates";
export { checkMissingCriterionColumns } from "./checkMissingCriterionColumns";
