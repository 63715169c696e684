import type { UnitInfo } from "../check/report";
import type { CellScalar, Nomination, NominationField, SheetValues } from "../model";
import type { Plan } from "../plan/schema";
import { cleanText, toMatchKey } from "../text/normalize";
import { classifyNonListSheet, classifySheetByName, isBudgetTable, isCountTable, isExampleTable, type NotAListReason } from "./classifySheet";
import { decodeSheetText } from "./decodeSheet";
import { readDatePartsCell } from "./dateParts";
import { findHeader, isColumnNumberRow, type HeaderLayout } from "./findHeader";
import { fillMergedCells, formatDate, fromColumnLetter, isBlank, toCellText } from "./grid";
import { findMergeContinuationRows, findWideMergeRows, hasOneDistinctText, isTotalRow } from "./listRows";
import { isEndOfList } from "./signatureBlock";
import { GroupStack, makeUnitNamer, makeUnitSpeller, readGroupRow, type GroupRow, type RowPlace, type UnitNamer } from "./groupRows";
import { findYearInText, isYesMark, parseDateCell, parseNumberCell, parseSubjectKind } from "./parseValues";
import { matchPlanName } from "./matchPlanName";

/** A data row as read, with what the checks need beyond the nomination itself. */
export interface ReadRow {
  nomination: Nomination;
  /** The raw cell of the date column, to tell "no date" from "not a date". */
  dateCell: CellScalar;
  /** Kind inherited from a group row ("I. Tập thể") rather than written on the row. */
  kindFromGroup: boolean;
  /** For a criterion split over parts: the 0-based column of the part its mark was read from (the first not marked yes). */
  markColumns?: Record<string, number>;
  /** Where the row's unit came from: its unit column, a group row above it, or neither (the sheet's unit, filled in later). */
  unitFrom: "column" | "group" | null;
}

export interface ReadList {
  type: "list";
  rows: CellScalar[][];
  header: HeaderLayout;
  encoding: "unicode" | "tcvn3" | "vni";
  /** 0-based index of the last row that belongs to the list. */
  lastDataRow: number;
  items: ReadRow[];
  /** Each item's name as a match key (`toMatchKey(nomination.name)`), in the order of `items`. */
  nameKeys: string[];
  titleYear: number | null;
}

export interface NotAList {
  type: "skip";
  reason: NotAListReason;
}

const FIELDS_READ: readonly NominationField[] = ["position", "achievements", "level", "note"];

/** Reads the cells of one field on a row: its column, or the sub-columns it is split over, joined. */
const makeFieldReader = (rows: CellScalar[][], header: HeaderLayout) => {
  // Asked for on every row, so every field's columns are worked out once, into an object of one shape.
  const of = (field: NominationField): readonly number[] => {
    const letter = header.columns.fields[field];
    return header.splitFields[field] ?? (letter ? [fromColumnLetter(letter)] : []);
  };
  const columns: Readonly<Record<NominationField, readonly number[]>> = {
    order: of("order"),
    name: of("name"),
    kind: of("kind"),
    unit: of("unit"),
    position: of("position"),
    birthYear: of("birthYear"),
    field: of("field"),
    movement: of("movement"),
    achievements: of("achievements"),
    date: of("date"),
    level: of("level"),
    note: of("note"),
    sourceFile: of("sourceFile"),
    sourceSheet: of("sourceSheet"),
    sourceRow: of("sourceRow"),
    sourceValid: of("sourceValid"),
    sourceFindings: of("sourceFindings"),
  };
  const columnsOf = (field: NominationField): readonly number[] => columns[field];
  const cellsOf = (r: number, field: NominationField): CellScalar[] => columnsOf(field).map((c) => rows[r]?.[c] ?? null);
  /** The first non-blank cell of the field (a birth year written under "Nam" or under "Nữ"). */
  const cell = (r: number, field: NominationField): CellScalar => {
    const cs = columnsOf(field);
    for (let k = 0; k < cs.length; k++) {
      const v = rows[r]?.[cs[k] ?? -1] ?? null;
      if (!isBlank(v)) return v;
    }
    return null;
  };
  const parts = header.dateParts;
  return {
    /** Whether the sheet has a column for the field. */
    has: (field: NominationField): boolean => columns[field].length > 0,
    /** Whether the field is read from one column, holding a number on the row. */
    isNumber: (r: number, field: NominationField): boolean => {
      const cs = columns[field];
      return cs.length === 1 && typeof rows[r]?.[cs[0] ?? -1] === "number";
    },
    cell,
    text: (r: number, field: NominationField): string => {
      const cs = columnsOf(field);
      if (cs.length === 0) return "";
      // Cells come from decodeSheetText, which cleaned every text already.
      if (cs.length === 1) return toCellText(rows[r]?.[cs[0] ?? -1] ?? null);
      return [...new Set(cellsOf(r, field).map((v) => cleanText(toCellText(v))).filter((t) => t !== ""))].join(" ");
    },
    cellAt: (r: number, c: number): CellScalar => rows[r]?.[c] ?? null,
    /** The date cell of a row; a date split over Ngày | Tháng | Năm read as one. */
    dateCell: (r: number): CellScalar => (parts ? readDatePartsCell(rows[r] ?? [], parts) : cell(r, "date")),
    /** Whether the sheet has any column telling where a row came from (Tệp, Trang tính, Dòng, Hợp lệ). */
    hasProvenance: (["sourceFile", "sourceSheet", "sourceRow", "sourceValid"] as const).some((f) => columns[f].length > 0),
  };
};

const readBirthYear = (v: CellScalar): number | null => {
  const year = v instanceof Date ? v.getUTCFullYear() : (parseNumberCell(v) ?? findYearInText(toCellText(v)));
  return year !== null && year > 1900 && year < 2100 ? year : null;
};

export interface ReadListOptions {
  /** The units registry, whose names a group row ("I. Hòa Bình") may give and whose spelling wins. */
  units?: readonly UnitInfo[];
}

/**
 * Reads the nomination list of one sheet: header found below the title rows, merged cells
 * filled, a row of column numbers skipped, group rows giving the kind ("I. Tập thể") or the unit
 * ("I. Xã Hòa Bình") of the rows below them, total rows, blank rows and what follows the list
 * (signature block, notes) left out.
 */
export const readListSheet = (sheet: SheetValues, plan: Plan, options: ReadListOptions = {}): ReadList | NotAList => {
  const decoded = decodeSheetText(sheet);
  const rows = fillMergedCells(decoded.rows, sheet.merges);
  if (rows.every((r) => r.every(isBlank))) return { type: "skip", reason: "empty-sheet" };
  const byName = classifySheetByName(sheet.name);
  if (byName) return { type: "skip", reason: byName };
  const header = findHeader(rows, plan);
  if (!header) return { type: "skip", reason: classifyNonListSheet(sheet.name, rows) };
  if (isBudgetTable(header)) return { type: "skip", reason: "budget" };
  if (isCountTable(header, rows)) return { type: "skip", reason: "summary-formulas" };
  const f = header.columns.fields;
  const read = makeFieldReader(rows, header);
  const orderColumn = f.order ? fromColumnLetter(f.order) : null;
  const kindColumn = f.kind ? fromColumnLetter(f.kind) : null;
  const nameColumn = f.name ? fromColumnLetter(f.name) : null;
  const continuation = findMergeContinuationRows(sheet.merges, nameColumn, header.firstDataRow);
  const wideMerged = findWideMergeRows(sheet.merges, header.firstDataRow);
  const headerNameKeys = listHeaderNameKeys(rows, header);
  const titleText = rows.slice(0, header.headerRow).map((r) => r.map(toCellText).join(" ")).join(" ");
  // A list made for one movement names it in its title ("… PHONG TRÀO "DOANH NGHIỆP VIỆT NAM HỘI NHẬP …"").
  const titleMovement = f.movement === undefined ? matchPlanName(titleText, plan.movements) : null;
  const titleField = f.field === undefined && !titleMovement ? matchPlanName(titleText, plan.fields) : null;
  const meaningColumns = [...header.meanings.keys()];
  const continuable = listContinuableColumns(header);
  const sheetParts: SheetParts = {
    titleMovement: titleMovement?.id,
    titleField: titleField?.id,
    criteria: Object.entries(header.columns.criteria).map(([id, letter]) => [id, fromColumnLetter(letter)] as const),
    criterionParts: Object.entries(header.columns.criterionParts ?? {}).map(([id, letters]) => [id, letters.map(fromColumnLetter)] as const),
    metrics: Object.entries(header.columns.metrics).map(([metric, years]) => [metric, Object.entries(years).map(([year, letter]) => [year, fromColumnLetter(letter)] as const)] as const),
  };
  const items: ReadRow[] = [];
  const nameKeys: string[] = [];
  const groups = new GroupStack();
  // Made at the first group row: most lists have none.
  let namer: UnitNamer | null = null;
  const nameUnit = (): UnitNamer => (namer ??= makeUnitNamer(plan, options.units));
  // Made at the first row that names its unit: most lists name none.
  let speller: ((text: string) => string) | null = null;
  const spellUnit = (text: string): string => (speller ??= makeUnitSpeller(plan, options.units))(text);
  // One object for every row asked about, rather than one per row.
  const place: RowPlace = { orderColumn, nameColumn, oneText: false, wide: false, nestsInUnit: (style) => groups.nestsInUnit(style) };
  let lastDataRow = header.firstDataRow - 1;
  for (let r = header.firstDataRow; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every(isBlank) || (continuation.size > 0 && continuation.has(r))) continue;
    if (isEndOfList(row, orderColumn, kindColumn, nameColumn)) break;
    // A table pasted over a page break repeats its header or its numbers row.
    const nameCell = nameColumn === null ? "" : toCellText(row[nameColumn] ?? null);
    const nameCellKey = toMatchKey(nameCell);
    if (isColumnNumberRow(row) || headerNameKeys.has(nameCellKey)) continue;
    const name = read.text(r, "name");
    // A number in the order column is never "Cộng" or "Tổng số".
    if (!read.isNumber(r, "order") && isTotalRow(toMatchKey(read.text(r, "order")))) continue;
    const nameKey = name === nameCell ? nameCellKey : toMatchKey(name);
    if (isTotalRow(nameKey)) continue;
    const kindCell = kindColumn === null ? "" : toCellText(row[kindColumn] ?? null);
    // A group row merged across the table repeats its label in the kind column too; one text
    // merged across the table ("Khối xã, thị trấn") heads a group even without a numeral; a
    // label in two cells ("Đơn vị:" | "Phòng Nội vụ") may put the unit's name in the kind column.
    const oneText = hasOneDistinctText(row);
    let group: GroupRow | null = null;
    if (kindCell === "" || oneText || nameCell.endsWith(":")) {
      place.oneText = oneText;
      place.wide = wideMerged.has(r);
      group = readGroupRow(row, place, nameUnit);
    }
    if (group !== null) {
      groups.enter(group);
      continue;
    }
    if (!hasValueOutside(row, meaningColumns, orderColumn)) continue;
    const previous = items[items.length - 1];
    if (previous && r === lastDataRow + 1 && continuePreviousRow(previous.nomination, row, continuable)) {
      lastDataRow = r;
      continue;
    }
    lastDataRow = r;
    items.push(readNominationRow(r, name, read, plan, groups, sheetParts, spellUnit));
    nameKeys.push(nameKey);
  }
  // A list of example names is one whose every name, the first among them, is a placeholder.
  const firstName = items[0]?.nomination.name;
  if (firstName !== undefined && isExampleTable([firstName], titleText) && isExampleTable(items.map((i) => i.nomination.name), titleText)) return { type: "skip", reason: "guide" };
  return { type: "list", rows, header, encoding: decoded.encoding, lastDataRow, items, nameKeys, titleYear: findListYearInTitle(titleText) };
};

/** Whether the row has a value in a column the header gives a meaning to, other than the order column. */
const hasValueOutside = (row: readonly CellScalar[], meaningColumns: readonly number[], orderColumn: number | null): boolean => {
  for (let k = 0; k < meaningColumns.length; k++) {
    const c = meaningColumns[k] as number;
    if (c !== orderColumn && !isBlank(row[c])) return true;
  }
  return false;
};

/** What the header's name cell says: a data row whose name cell says the same repeats the header. */
const listHeaderNameKeys = (rows: CellScalar[][], header: HeaderLayout): ReadonlySet<string> => {
  const letter = header.columns.fields.name;
  const keys = new Set<string>();
  if (!letter) return keys;
  const c = fromColumnLetter(letter);
  for (let r = header.headerRow; r <= header.headerRowEnd; r++) keys.add(toMatchKey(toCellText(rows[r]?.[c] ?? null)));
  keys.delete("");
  return keys;
};

/**
 * The year a list is for, from its title: "NĂM 2024" first; a period ("giai đoạn 2021 - 2025")
 * names no single year; otherwise a lone year ("… 2024").
 */
const findListYearInTitle = (title: string): number | null => {
  const key = toMatchKey(title);
  const named = /\bnam ((?:19|20)\d{2})\b/.exec(key);
  if (named) return Number(named[1]);
  const withoutRanges = key.replace(/\b(?:19|20)\d{2} (?:(?:den|toi) )?(?:19|20)\d{2}\b/g, " ");
  return findYearInText(withoutRanges);
};

const CONTINUED_FIELDS = ["achievements", "position", "note"] as const;
type ContinuedField = (typeof CONTINUED_FIELDS)[number];

/** Each column the header gives a meaning to, in the header's order, and the free-text field it continues (or null). */
interface ContinuableColumn {
  column: number;
  field: ContinuedField | null;
}

const listContinuableColumns = (header: HeaderLayout): ContinuableColumn[] =>
  [...header.meanings].map(([column, m]) => ({ column, field: m.type === "field" ? (CONTINUED_FIELDS.find((f) => f === m.field) ?? null) : null }));

/**
 * A row with text only in free-text columns (achievements, position, note) right under a
 * nominee continues that nominee's text, as when a long summary runs over two rows: its text is
 * added to the nominee above rather than read as a nominee without a name.
 */
const continuePreviousRow = (previous: Nomination, row: readonly CellScalar[], columns: readonly ContinuableColumn[]): boolean => {
  // Most rows have a value in some other column: they are told apart before anything is made.
  for (let k = 0; k < columns.length; k++) {
    const { column, field } = columns[k] as ContinuableColumn;
    if (!isBlank(row[column]) && (field === null || typeof row[column] !== "string")) return false;
  }
  const texts: Partial<Record<ContinuedField, string>> = {};
  for (const { column, field } of columns) {
    if (field !== null && !isBlank(row[column])) texts[field] = cleanText(toCellText(row[column] ?? null));
  }
  for (const field of CONTINUED_FIELDS) {
    const text = texts[field];
    if (text) previous[field] = previous[field] ? `${previous[field]} ${text}` : text;
  }
  return true;
};

/** What every row of a sheet shares: the movement or field its title names, criteria and metric columns (0-based). */
interface SheetParts {
  titleMovement: string | undefined;
  titleField: string | undefined;
  criteria: readonly (readonly [string, number])[];
  criterionParts: readonly (readonly [string, readonly number[]])[];
  metrics: readonly (readonly [string, readonly (readonly [string, number])[]])[];
}

// A list's dates are a few hundred texts on thousands of rows: each is written back once, and the
// rows share the text.
const dateTexts = new Map<string, string>();
const formatDateCell = (cell: CellScalar, date: Date): string => {
  if (typeof cell !== "string" || cell.length > 40) return formatDate(date);
  let text = dateTexts.get(cell);
  if (text === undefined) {
    if (dateTexts.size >= 10_000) dateTexts.clear();
    dateTexts.set(cell, (text = formatDate(date)));
  }
  return text;
};

const readNominationRow = (r: number, name: string, read: ReturnType<typeof makeFieldReader>, plan: Plan, groups: GroupStack, sheet: SheetParts, spellUnit: (text: string) => string): ReadRow => {
  const kindText = read.text(r, "kind");
  const kind = kindText !== "" ? parseSubjectKind(kindText) : groups.kind;
  // A row's own unit wins over its group's ("I. Xã Hòa Bình").
  const ownText = read.text(r, "unit");
  const ownUnit = ownText === "" ? "" : spellUnit(ownText);
  const unit = ownUnit || (groups.unit ?? "");
  const unitFrom = ownUnit !== "" ? "column" : unit !== "" ? "group" : null;
  const dateCell = read.dateCell(r);
  const date = parseDateCell(dateCell);
  const nomination: Nomination = { row: r + 1, name, kind, kindText, unit, marks: {}, figures: {} };
  for (let k = 0; k < FIELDS_READ.length; k++) {
    const field = FIELDS_READ[k] as NominationField;
    const text = read.text(r, field);
    if (text !== "") nomination[field as "position"] = text;
  }
  // Most sheets have neither provenance nor birth year columns: nothing to read there.
  if (read.hasProvenance) readProvenance(nomination, r, read);
  const birthYear = read.has("birthYear") ? readBirthYear(read.cell(r, "birthYear")) : null;
  if (birthYear !== null) nomination.birthYear = birthYear;
  if (date instanceof Date) nomination.date = formatDateCell(dateCell, date);
  placeFieldAndMovement(nomination, read.text(r, "field"), read.text(r, "movement"), plan);
  if (sheet.titleMovement && nomination.movement === undefined) nomination.movement = sheet.titleMovement;
  if (sheet.titleField && nomination.field === undefined) nomination.field = sheet.titleField;
  for (let k = 0; k < sheet.criteria.length; k++) {
    const [id, c] = sheet.criteria[k] as readonly [string, number];
    nomination.marks[id] = toCellText(read.cellAt(r, c));
  }
  // Most sheets split no criterion: nothing more to read.
  let markColumns: Record<string, number> | undefined;
  for (let k = 0; k < sheet.criterionParts.length; k++) {
    const [id, parts] = sheet.criterionParts[k] as readonly [string, readonly number[]];
    const failing = parts.find((c) => !isYesMark(toCellText(read.cellAt(r, c))));
    if (failing === undefined) continue;
    nomination.marks[id] = toCellText(read.cellAt(r, failing));
    (markColumns ??= {})[id] = failing;
  }
  for (let k = 0; k < sheet.metrics.length; k++) {
    const [metric, years] = sheet.metrics[k] as (typeof sheet.metrics)[number];
    const out: Record<string, number | null> = {};
    for (let y = 0; y < years.length; y++) {
      const [year, c] = years[y] as readonly [string, number];
      out[year] = parseNumberCell(read.cellAt(r, c));
    }
    nomination.figures[metric] = out;
  }
  const item: ReadRow = { nomination, dateCell, kindFromGroup: kindText === "" && kind !== null, unitFrom };
  if (markColumns) item.markColumns = markColumns;
  return item;
};

/**
 * A consolidated list read back at the next level keeps where each row came from and the verdict
 * of the level below, so nothing found there is lost on the way up.
 */
const NOT_VALID_KEYS: ReadonlySet<string> = new Set(["khong", "khong hop le", "no", "false", "0"]);

const readProvenance = (n: Nomination, r: number, read: ReturnType<typeof makeFieldReader>): void => {
  const file = read.text(r, "sourceFile");
  const sheet = read.text(r, "sourceSheet");
  const row = parseNumberCell(read.cell(r, "sourceRow"));
  if (file !== "") n.sourceFile = file;
  if (sheet !== "") n.sourceSheet = sheet;
  if (row !== null && Number.isInteger(row) && row > 0) n.sourceRow = row;
  const valid = toMatchKey(read.text(r, "sourceValid"));
  if (NOT_VALID_KEYS.has(valid)) n.sourceInvalid = read.text(r, "sourceFindings");
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
