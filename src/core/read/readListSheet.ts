import type { CellScalar, Nomination, NominationField, SheetValues } from "../model";
import type { Plan, SubjectKind } from "../plan/schema";
import { cleanText, toMatchKey } from "../text/normalize";
import { decodeSheetText } from "./decodeSheet";
import { END_OF_LIST_KEYS } from "./dictionary";
import { findHeader, type HeaderLayout } from "./findHeader";
import { fillMergedCells, formatDate, isBlank, toCellText, toColumnLetter } from "./grid";
import { findYearInText, parseDateCell, parseNumberCell, parseSubjectKind } from "./parseValues";
import { matchPlanName } from "./matchPlanName";

/** A data row as read, with what the checks need beyond the nomination itself. */
export interface ReadRow {
  nomination: Nomination;
  /** The raw cell of the date column, to tell "no date" from "not a date". */
  dateCell: CellScalar;
  /** Kind inherited from a group row ("I. Tập thể") rather than written on the row. */
  kindFromGroup: boolean;
}

export interface ReadList {
  type: "list";
  rows: CellScalar[][];
  header: HeaderLayout;
  encoding: "unicode" | "tcvn3" | "vni";
  /** 0-based index of the last row that belongs to the list. */
  lastDataRow: number;
  items: ReadRow[];
  titleYear: number | null;
}

export interface NotAList {
  type: "skip";
  reason: "no-header" | "empty-sheet" | "summary-formulas";
}

const isEndOfList = (row: readonly CellScalar[]): boolean => {
  const text = toMatchKey(row.map((v) => toCellText(v)).join(" "));
  if (text === "") return false;
  if (/\bngay \d{0,2} ?thang \d{0,2} ?nam\b/.test(text) && text.split(" ").length <= 14) return true;
  return END_OF_LIST_KEYS.some((k) => text === k || text.startsWith(`${k} `) || text.includes(` ${k} `) || text.endsWith(` ${k}`));
};

const ROMAN = /^(?=[ivxlc]+$)m{0,3}(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$/i;
/** "Cộng", "Tổng cộng", "Tổng số: 5" — but not a name that begins with "Cộng đồng" or "Công ty". */
const isTotalRow = (key: string): boolean => /^(tong cong|cong|tong so|tong)( \d+)?$/.test(key) || key.startsWith("tong cong ");

const cellAt = (rows: CellScalar[][], r: number, letter: string | undefined): CellScalar => {
  if (!letter) return null;
  let c = 0;
  for (const ch of letter) c = c * 26 + (ch.charCodeAt(0) - 64);
  return rows[r]?.[c - 1] ?? null;
};

/**
 * A group row such as "I | TẬP THỂ", "II. Cá nhân" or "TẬP THỂ" alone: no data of its own.
 * Returns the kind it sets for the rows below (null for a group that names no kind, e.g.
 * "I. Khối phường"), or "not-group".
 */
const readGroupRowKind = (row: readonly CellScalar[]): SubjectKind | null | "not-group" => {
  const texts = [...new Set(row.map((v) => cleanText(toCellText(v))).filter((t) => t !== ""))];
  if (texts.length === 0 || texts.length > 2) return "not-group";
  const first = texts[0] ?? "";
  const romanLead = /^([IVXLC]+)(?:[.)]\s*|\s+|$)(.*)$/i.exec(first);
  const hasRoman = romanLead !== null && ROMAN.test(romanLead[1] ?? "");
  const label = hasRoman ? [romanLead?.[2] ?? "", ...texts.slice(1)].join(" ").trim() : texts.join(" ");
  const kind = parseSubjectKind(label);
  if (hasRoman) return kind;
  return texts.length === 1 && kind !== null ? kind : "not-group";
};

const FIELDS_READ: readonly NominationField[] = ["position", "achievements", "level", "note"];

/**
 * Reads the nomination list of one sheet: header found below the title rows, merged cells
 * filled, a row of column numbers skipped, blank rows and the signature block left out.
 */
export const readListSheet = (sheet: SheetValues, plan: Plan): ReadList | NotAList => {
  const decoded = decodeSheetText(sheet);
  const rows = fillMergedCells(decoded.rows, sheet.merges);
  if (rows.every((r) => r.every(isBlank))) return { type: "skip", reason: "empty-sheet" };
  const header = findHeader(rows, plan);
  if (!header) return { type: "skip", reason: "no-header" };
  const f = header.columns.fields;
  const titleText = rows.slice(0, header.headerRow).map((r) => r.map(toCellText).join(" ")).join(" ");
  // A list made for one movement names it in its title ("… PHONG TRÀO "DOANH NGHIỆP VIỆT NAM HỘI NHẬP …"").
  const titleMovement = f.movement === undefined ? matchPlanName(titleText, plan.movements) : null;
  const titleField = f.field === undefined && !titleMovement ? matchPlanName(titleText, plan.fields) : null;
  const items: ReadRow[] = [];
  let groupKind: SubjectKind | null = null;
  let lastDataRow = header.firstDataRow - 1;
  for (let r = header.firstDataRow; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every(isBlank)) continue;
    if (isEndOfList(row)) break;
    const name = cleanText(toCellText(cellAt(rows, r, f.name)));
    const orderKey = toMatchKey(toCellText(cellAt(rows, r, f.order)));
    if (isTotalRow(orderKey) || isTotalRow(toMatchKey(name))) continue;
    const group = toCellText(cellAt(rows, r, f.kind)) === "" ? readGroupRowKind(row) : "not-group";
    if (group !== "not-group") {
      groupKind = group;
      continue;
    }
    const meaningful = [...header.meanings.keys()].filter((c) => toColumnLetter(c) !== f.order && !isBlank(row[c]));
    if (meaningful.length === 0) continue;
    lastDataRow = r;
    const kindText = cleanText(toCellText(cellAt(rows, r, f.kind)));
    const kind = kindText !== "" ? parseSubjectKind(kindText) : groupKind;
    const dateCell = cellAt(rows, r, f.date);
    const date = parseDateCell(dateCell);
    const nomination: Nomination = {
      row: r + 1,
      name,
      kind,
      kindText,
      unit: cleanText(toCellText(cellAt(rows, r, f.unit))),
      marks: {},
      figures: {},
    };
    for (const field of FIELDS_READ) {
      const text = cleanText(toCellText(cellAt(rows, r, f[field])));
      if (text !== "") nomination[field as "position"] = text;
    }
    const birth = cellAt(rows, r, f.birthYear);
    const birthYear = birth instanceof Date ? birth.getUTCFullYear() : parseNumberCell(birth) ?? findYearInText(toCellText(birth));
    if (birthYear !== null && birthYear > 1900 && birthYear < 2100) nomination.birthYear = birthYear;
    if (date instanceof Date) nomination.date = formatDate(date);
    placeFieldAndMovement(nomination, cleanText(toCellText(cellAt(rows, r, f.field))), cleanText(toCellText(cellAt(rows, r, f.movement))), plan);
    if (titleMovement && nomination.movement === undefined) nomination.movement = titleMovement.id;
    if (titleField && nomination.field === undefined) nomination.field = titleField.id;
    for (const [id, letter] of Object.entries(header.columns.criteria)) nomination.marks[id] = cleanText(toCellText(cellAt(rows, r, letter)));
    for (const [metric, years] of Object.entries(header.columns.metrics)) {
      const out: Record<string, number | null> = {};
      for (const [year, letter] of Object.entries(years)) out[year] = parseNumberCell(cellAt(rows, r, letter));
      nomination.figures[metric] = out;
    }
    items.push({ nomination, dateCell, kindFromGroup: kindText === "" && kind !== null });
  }
  return { type: "list", rows, header, encoding: decoded.encoding, lastDataRow, items, titleYear: findYearInText(titleText) };
};

/**
 * Sheets often put a field (lĩnh vực) in the movement column and the reverse; each text is
 * matched against both of the plan's lists.
 */
const placeFieldAndMovement = (n: Nomination, fieldText: string, movementText: string, plan: Plan): void => {
  if (fieldText !== "") {
    n.fieldText = fieldText;
    const field = matchPlanName(fieldText, plan.fields);
    const movement = field ? null : matchPlanName(fieldText, plan.movements);
    if (field) n.field = field.id;
    else if (movement && movementText === "") n.movement = movement.id;
  }
  if (movementText !== "") {
    n.movementText = movementText;
    const movement = matchPlanName(movementText, plan.movements);
    const field = movement ? null : matchPlanName(movementText, plan.fields);
    if (movement) n.movement = movement.id;
    else if (field && n.field === undefined) n.field = field.id;
  }
};
