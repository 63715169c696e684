import type { CellScalar } from "../model";
import type { Plan } from "../plan/schema";
import { findUnitInSheetName, findUnitInTitleRows, guessUnitFromFileName, matchKnownUnitName, toUnitDisplayName } from "../units/findUnitName";
import { makeUnitLineReader } from "../units/readUnitLine";
import { resolveUnitKind } from "../units/resolveUnitKind";
import { listPlanUnitNames } from "../units/listPlanUnitNames";
import type { UnitInfo, UnitSource } from "./report";

export interface ResolvedUnit {
  name: string;
  source: UnitSource;
  kind: string | null;
  staff: number | null;
}

/**
 * The unit a sheet belongs to (the rows that name no unit of their own, by a unit column or a
 * group row, belong to it): the user's choice; else the title block's unit line (not the plan's
 * own issuer); else the unit most of the unit column's rows name; else the tab's name when it
 * names a unit (or, in a workbook of many lists, whatever it says); else the file's name — written
 * without marks, the last resort; else the tab's name as it is. The registry's or the plan's
 * spelling is preferred, and gives the kind and staff count.
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
  const readLine = makeUnitLineReader(plan);
  const registryNames = registry.map((u) => u.name);
  const planNames = listPlanUnitNames(plan);
  const fromColumn = mostCommon(unitColumnValues);
  // A tab named for a unit the registry or plan knows ("Sính Phình") names it too.
  const fromSheet = findUnitInSheetName(sheet, readLine) ?? (matchKnownUnitName(sheet, [...registryNames, ...planNames]) !== null ? toUnitDisplayName(sheet) : null);
  type Candidate = readonly [string | null, UnitSource];
  const candidates: Candidate[] = [
    [option ? toUnitDisplayName(option) : null, "option"],
    [findUnitInTitleRows(rows, headerRow, plan, readLine), "title"],
    [fromColumn ? toUnitDisplayName(fromColumn) : null, "column"],
    [fromSheet, "sheet"],
    [preferSheetName ? toUnitDisplayName(sheet) : null, "sheet"],
    [guessUnitFromFileName(file), "file"],
  ];
  // A candidate without a letter ("……" copied from a blank form) names nothing.
  const [name, source] = candidates.find(([n]) => n !== null && /\p{L}/u.test(n)) ?? [toUnitDisplayName(sheet), "sheet"];
  const raw = name ?? sheet;
  const known = registry.find((u) => u.name === matchKnownUnitName(raw, registryNames));
  const display = known?.name ?? matchKnownUnitName(raw, planNames) ?? raw;
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
