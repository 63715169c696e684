import type { ColumnMap } from "../check/report";
import type { Finding, Nomination } from "../model";
import { toMatchKey } from "../text/normalize";
import { indexNominees, startNomineePass, type NomineeIndex } from "./nomineeIndex";

/** The key under which two nominations are the same nominee: name without marks, case or spacing. */
export const toNomineeKey = (n: Pick<Nomination, "name">): string => toMatchKey(n.name);

/**
 * row/duplicate (warning): the same nominee twice in the sheet; when both rows give a birth year
 * and they differ, they are two people. The later row points at the first. `index` is
 * `indexNominees(nominations)` when the caller made it already.
 */
export const checkDuplicates = (nominations: readonly Nomination[], sheet: string, columns: ColumnMap, index: NomineeIndex = indexNominees(nominations)): Finding[] => {
  // Most names occur once: the first row of each name is marked alone, a list kept only from the second.
  const { seen, stamp } = startNomineePass(index);
  const first: (Nomination | undefined)[] = [];
  const repeated = new Map<number, Nomination[]>();
  const out: Finding[] = [];
  for (let i = 0; i < nominations.length; i++) {
    const n = nominations[i] as Nomination;
    const id = index.ids[i] ?? -1;
    if (id < 0) continue;
    if (seen[id] !== stamp) {
      seen[id] = stamp;
      first[id] = n;
      continue;
    }
    const earliest = first[id] as Nomination;
    const more = repeated.get(id);
    const same = isSameNominee(earliest, n) ? earliest : more?.find((e) => isSameNominee(e, n));
    if (same) {
      const column = columns.fields.name;
      const f: Finding = { code: "row/duplicate", severity: "warning", sheet, row: n.row, ruleId: "duplicate", expected: same.row, actual: n.name };
      if (column) Object.assign(f, { column, cell: `${column}${n.row}` });
      out.push(f);
    }
    if (more) more.push(n);
    else repeated.set(id, [n]);
  }
  return out;
};

/** Two rows of one name are one nominee unless both give a birth year and the years differ. */
const isSameNominee = (e: Nomination, n: Nomination): boolean => e.birthYear === undefined || n.birthYear === undefined || e.birthYear === n.birthYear;
