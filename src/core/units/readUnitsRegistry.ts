import type { UnitInfo } from "../check/report";
import type { CellScalar, WorkbookValues } from "../model";
import type { Plan } from "../plan/schema";
import { decodeSheetText } from "../read/decodeSheet";
import { fillMergedCells, isBlank, toCellText } from "../read/grid";
import { parseNumberCell } from "../read/parseValues";
import { cleanText, toMatchKey } from "../text/normalize";
import { resolveUnitKind } from "./resolveUnitKind";

type RegistryColumn = "name" | "kind" | "staff";

const REGISTRY_HEADERS: Record<RegistryColumn, { exact: string[]; contains: string[] }> = {
  name: { exact: ["ten don vi", "don vi", "ten co quan", "co quan don vi", "ten", "ten co quan don vi", "don vi dia phuong"], contains: ["ten don vi", "ten co quan"] },
  kind: { exact: ["loai", "loai don vi", "loai hinh", "khoi", "cap", "phan loai"], contains: ["loai don vi", "loai hinh", "loai"] },
  staff: {
    exact: ["so cbccvc", "bien che", "so bien che", "tong so cbccvc nld", "so luong", "so nguoi"],
    contains: ["cbccvc", "bien che", "nguoi lao dong", "so can bo", "tong so can bo", "so luong", "nhan su", "so nguoi"],
  },
};

const scoreHeader = (key: string, col: RegistryColumn): number => {
  const h = REGISTRY_HEADERS[col];
  if (h.exact.includes(key)) return 2;
  return h.contains.some((p) => ` ${key} `.includes(` ${p} `)) ? 1 : 0;
};

const findRegistryHeader = (rows: CellScalar[][]): { row: number; cols: Partial<Record<RegistryColumn, number>> } | null => {
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const cols: Partial<Record<RegistryColumn, number>> = {};
    (rows[r] ?? []).forEach((v, c) => {
      const key = toMatchKey(toCellText(v));
      if (key === "") return;
      let best: { col: RegistryColumn; score: number } | null = null;
      for (const col of ["staff", "kind", "name"] as const) {
        const s = scoreHeader(key, col);
        if (s > (best?.score ?? 0)) best = { col, score: s };
      }
      if (best && cols[best.col] === undefined) cols[best.col] = c;
    });
    if (cols.name !== undefined && (cols.kind !== undefined || cols.staff !== undefined)) return { row: r, cols };
  }
  return null;
};

export type UnitsRegistryResult = { ok: true; units: UnitInfo[] } | { ok: false; reason: "no-header" };

/**
 * Reads a units registry (Tên đơn vị | Loại đơn vị | Tổng số CBCCVC, NLĐ) from the first sheet
 * that has such a header; kinds are matched to the plan's by name and synonyms.
 */
export const readUnitsRegistry = (workbook: WorkbookValues, plan: Plan): UnitsRegistryResult => {
  for (const sheet of workbook.sheets) {
    const rows = fillMergedCells(decodeSheetText(sheet).rows, sheet.merges);
    const header = findRegistryHeader(rows);
    if (!header) continue;
    const units: UnitInfo[] = [];
    const { name, kind, staff } = header.cols;
    for (let r = header.row + 1; r < rows.length; r++) {
      const row = rows[r] ?? [];
      if (row.every(isBlank) || name === undefined) continue;
      const unitName = cleanText(toCellText(row[name] ?? null));
      if (unitName === "" || /^\(?\d+\)?$/.test(unitName)) continue;
      const kindText = kind === undefined ? "" : cleanText(toCellText(row[kind] ?? null));
      const staffValue = staff === undefined ? null : parseNumberCell(row[staff] ?? null);
      units.push({
        name: unitName,
        kind: resolveUnitKind(kindText, plan) ?? resolveUnitKind(unitName, plan),
        kindText,
        staff: staffValue !== null && staffValue >= 0 ? Math.round(staffValue) : null,
      });
    }
    return { ok: true, units };
  }
  return { ok: false, reason: "no-header" };
};
