import type { ColumnMap } from "../check/report";
import type { Finding, Nomination } from "../model";
import { toMatchKey } from "../text/normalize";

/** The key under which two nominations are the same nominee: name without marks, case or spacing. */
export const toNomineeKey = (n: Pick<Nomination, "name">): string => toMatchKey(n.name);

/**
 * row/duplicate (warning): the same nominee twice in the sheet; when both rows give a birth year
 * and they differ, they are two people. The later row points at the first.
 */
export const checkDuplicates = (nominations: readonly Nomination[], sheet: string, columns: ColumnMap): Finding[] => {
  const seen = new Map<string, Nomination[]>();
  const out: Finding[] = [];
  for (const n of nominations) {
    const key = toNomineeKey(n);
    if (key === "") continue;
    const earlier = seen.get(key) ?? [];
    const same = earlier.find((e) => e.birthYear === undefined || n.birthYear === undefined || e.birthYear === n.birthYear);
    if (same) {
      const column = columns.fields.name;
      const f: Finding = { code: "row/duplicate", severity: "warning", sheet, row: n.row, ruleId: "duplicate", expected: same.row, actual: n.name };
      if (column) Object.assign(f, { column, cell: `${column}${n.row}` });
      out.push(f);
    }
    if (earlier.length === 0) seen.set(key, [n]);
    else earlier.push(n);
  }
  return out;
};
