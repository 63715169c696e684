import type { CellScalar } from "../model";
import type { Plan } from "../plan/schema";
import { findUnitInTitleRows, guessUnitFromFileName, matchKnownUnitName, toUnitDisplayName } from "../units/findUnitName";
import { resolveUnitKind } from "../units/resolveUnitKind";
import { describePlanScope } from "../plan/describePlanScope";
import { toMatchKey } from "../text/normalize";
import type { SheetReport, UnitInfo } from "./report";

export interface ResolvedUnit {
  name: string;
  source: SheetReport["unitSource"];
  kind: string | null;
  staff: number | null;
}

/** Unit names the plan itself spells (quota scopes, appendix host units), to restore marks. */
const listPlanUnitNames = (plan: Plan): string[] => [
  ...plan.quotas.flatMap((q) => q.scope.units ?? []),
  ...(plan.appendix?.rows.map((r) => r.host) ?? []),
];

/**
 * The unit a sheet belongs to: the user's choice; else the line above the header that names it
 * (unless it names only the level that issued the plan);
 * else the sheet's unit column; else the file name (or the tab's name in a workbook of many
 * lists). The registry's or plan's spelling is preferred, and gives the kind and staff count.
 */
export const resolveSheetUnit = (input: {
  option: string | undefined;
  rows: CellScalar[][];
  headerRow: number;
  unitColumnValues: string[];
  file: string;
  sheet: string;
  preferSheetName: boolean;
  plan: Plan;
  registry: readonly UnitInfo[];
}): ResolvedUnit => {
  const { option, rows, headerRow, unitColumnValues, file, sheet, preferSheetName, plan, registry } = input;
  const fromColumn = mostCommon(unitColumnValues);
  const fromFile = guessUnitFromFileName(file);
  type Candidate = readonly [string | null, SheetReport["unitSource"]];
  const sheetCandidate: Candidate = [toUnitDisplayName(sheet), "sheet"];
  const fileCandidate: Candidate = [fromFile, "file"];
  const fromTitle = findUnitInTitleRows(rows, headerRow);
  // Under "UBND QUẬN LONG BIÊN" alone, the only organ line is the level that issued the plan,
  // not the unit whose list this is: the file or tab name says more then.
  const titleIsPlanLevel = fromTitle !== null && toMatchKey(fromTitle) === toMatchKey(describePlanScope(plan));
  const candidates: Candidate[] = [
    [option ? toUnitDisplayName(option) : null, "option"],
    [titleIsPlanLevel ? null : fromTitle, "title"],
    [fromColumn ? toUnitDisplayName(fromColumn) : null, "column"],
    ...(preferSheetName ? [sheetCandidate, fileCandidate] : [fileCandidate, sheetCandidate]),
  ];
  // A candidate without a letter ("……" copied from a blank form) names nothing.
  const [name, source] = candidates.find(([n]) => n !== null && /\p{L}/u.test(n)) ?? [sheet, "sheet"];
  const raw = name ?? sheet;
  const known = registry.find((u) => u.name === matchKnownUnitName(raw, registry.map((x) => x.name)));
  const display = known?.name ?? matchKnownUnitName(raw, listPlanUnitNames(plan)) ?? raw;
  return { name: display, source, kind: known?.kind ?? resolveUnitKind(display, plan), staff: known?.staff ?? null };
};

/**
 * The unit most rows name, when most rows name it: a consolidated list whose rows come from many
 * wards, or where each person's workplace is given, says nothing about whose list it is.
 */
const mostCommon = (values: readonly string[]): string | null => {
  const counts = new Map<string, number>();
  let filled = 0;
  for (const v of values) {
    if (v === "") continue;
    filled++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return bestCount * 2 > filled ? best : null;
};
