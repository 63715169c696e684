import { makeTextOwner } from "../text/ownText";
import type { CheckReport } from "./report";

/**
 * Gives every text of a report storage of its own (see `ownText`), in place: the same texts, the
 * same keys in the same order, so nothing read from the report changes. A report keeps the
 * sheet's texts as the reader handed them over, and an .xlsx reader's texts may be views into the
 * whole XML of the file's shared strings (≈ 11 KB for a unit's 60 rows): one such text kept
 * keeps all of it. A caller that holds many reports until it consolidates them (a country's
 * 3,321 files) calls this on each report as it is made; checking one sheet has no need to.
 * Equal texts of the report then share one copy.
 */
export const ownReportTexts = (report: CheckReport): CheckReport => {
  const own = makeTextOwner();
  const visit = (value: unknown): unknown => {
    if (typeof value === "string") return own(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (i in value) value[i] = visit(value[i]);
    } else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = visit(record[key]);
    }
    return value;
  };
  visit(report);
  return report;
};
