import type { CellScalar, NominationField } from "../model";
import type { Plan } from "../plan/schema";
import { toMatchKey } from "../text/normalize";
import { isBlank, toCellText } from "./grid";
import { readColumnMeaning, type ColumnMeaning } from "./mapColumns";
import { parseDateCell } from "./parseValues";

/** A date written over three columns ("Ngày | Tháng | Năm"): the 0-based column of each part. */
export interface DateParts {
  day: number;
  month: number;
  year: number;
}

type Part = keyof DateParts;

/** The lowest header text of a part's column, as a key. */
const PART_KEYS: ReadonlyMap<string, Part> = new Map<string, Part>([
  ["ngay", "day"],
  ["dd", "day"],
  ["thang", "month"],
  ["mm", "month"],
  ["nam", "year"],
  ["yyyy", "year"],
]);

/** A parent header that names no known field but still says "when" ("Thời gian", "Ngày, tháng"). */
const WHEN_WORDS = /(?:^| )(?:ngay|thoi gian|thoi diem)(?: |$)/;

const partOf = (stack: readonly string[] | undefined): Part | null => {
  const bottom = stack?.[stack.length - 1];
  // A part's header is one short word: most headers are ruled out by their length.
  if (bottom === undefined || bottom.length > 6) return null;
  return PART_KEYS.get(toMatchKey(bottom)) ?? null;
};

/** The texts above the part's own header, joined; "" when none. */
const upperOf = (stack: readonly string[]): string => stack.slice(0, -1).join("\u0000");

/** Which field the parts' common parent header names: a date, a birth date, or neither (null). */
const fieldOfParent = (parent: readonly string[], plan: Plan, dateElsewhere: boolean): "date" | "birthYear" | null => {
  // "Ngày" "Tháng" "Năm" side by side with nothing over them: the list's date, unless it has one already.
  if (parent.length === 0) return dateElsewhere ? null : "date";
  const meaning = readColumnMeaning(parent, plan);
  if (meaning?.type === "field" && meaning.field === "birthYear") return "birthYear";
  if (dateElsewhere) return null;
  if (meaning?.type === "field" && meaning.field === "date") return "date";
  return meaning === null && WHEN_WORDS.test(toMatchKey(parent.join(" "))) ? "date" : null;
};

/**
 * Finds a date split over three adjacent sub-columns — "Ngày đăng ký" over "Ngày | Tháng | Năm",
 * or the three headers side by side — given each column's header texts top to bottom. The
 * columns become one field: the registration date (read as one date, see `readDatePartsCell`),
 * or a birth date under "Ngày tháng năm sinh" (read for its year). `meanings` and `splitFields`
 * are changed in place. Returns the parts of the registration date, if that is what was found, and
 * how many of the splits found have no header over them: "Ngày | Tháng | Năm" side by side say no
 * more about where the header is than "Ngày" alone (the row under a merged header says as much).
 */
export const applyDateParts = (
  stacks: readonly (readonly string[])[],
  meanings: Map<number, ColumnMeaning>,
  splitFields: Partial<Record<NominationField, number[]>>,
  plan: Plan,
): { dateParts: DateParts | null; unparented: number } => {
  let found: DateParts | null = null;
  let unparented = 0;
  for (let c = 0; c + 2 < stacks.length; c++) {
    const first = partOf(stacks[c]);
    if (first === null) continue;
    const second = partOf(stacks[c + 1]);
    const third = partOf(stacks[c + 2]);
    if (second === null || third === null || first === second || first === third || second === third) continue;
    const columns = [c, c + 1, c + 2];
    const uppers = columns.map((k) => upperOf(stacks[k] ?? []));
    const parentText = uppers.find((u) => u !== "") ?? "";
    // Sub-columns of one parent: each under it, or (the parent not merged) under nothing.
    if (uppers.some((u) => u !== "" && u !== parentText)) continue;
    const parent = parentText === "" ? [] : parentText.split("\u0000");
    // A date column outside, not itself the day of another split date (a birth date's "Ngày").
    const dateElsewhere = [...meanings].some(([k, m]) => (k < c || k > c + 2) && m.type === "field" && m.field === "date" && partOf(stacks[k]) === null);
    const field = fieldOfParent(parent, plan, dateElsewhere);
    if (field === null) continue;
    const parts = { [first]: c, [second]: c + 1, [third]: c + 2 } as unknown as DateParts;
    for (const k of columns) meanings.delete(k);
    dropColumns(meanings, splitFields, columns);
    meanings.set(c, { type: "field", field });
    // A birth date is read for its year: the year's column first, the others kept from being unmapped.
    splitFields[field] = field === "date" ? columns : [parts.year, ...columns.filter((k) => k !== parts.year)];
    if (field === "date") found = parts;
    if (parent.length === 0) unparented++;
    c += 2;
    // The header's columns stay in their order, left to right.
    const sorted = [...meanings].sort((a, b) => a[0] - b[0]);
    meanings.clear();
    for (const [k, m] of sorted) meanings.set(k, m);
  }
  return { dateParts: found, unparented };
};

/** Takes the columns out of every other split field, its first remaining column keeping the field. */
const dropColumns = (meanings: Map<number, ColumnMeaning>, splitFields: Partial<Record<NominationField, number[]>>, columns: readonly number[]): void => {
  for (const key of Object.keys(splitFields) as NominationField[]) {
    const rest = (splitFields[key] ?? []).filter((k) => !columns.includes(k));
    const head = rest[0];
    if (head !== undefined && ![...meanings.values()].some((m) => m.type === "field" && m.field === key)) meanings.set(head, { type: "field", field: key });
    if (rest.length >= 2) splitFields[key] = rest;
    else delete splitFields[key];
  }
};

const partText = (v: CellScalar): string => toCellText(v).trim();

/**
 * The date of a row whose date is split over three cells, as one cell for the date check: null
 * when all three are blank; a whole date typed in one of them (the others blank) as it is;
 * otherwise the three as written joined "d/m/y" ("31/04/2024"), which reads as a date when it is
 * one and is "not a date" as written when it is not.
 */
export const readDatePartsCell = (row: readonly CellScalar[], parts: DateParts): CellScalar => {
  const day = row[parts.day] ?? null;
  const month = row[parts.month] ?? null;
  const year = row[parts.year] ?? null;
  const blanks = (isBlank(day) ? 1 : 0) + (isBlank(month) ? 1 : 0) + (isBlank(year) ? 1 : 0);
  if (blanks === 3) return null;
  if (blanks === 2) {
    const only = !isBlank(day) ? day : !isBlank(month) ? month : year;
    if (parseDateCell(only) instanceof Date) return only;
  }
  return `${partText(day)}/${partText(month)}/${partText(year)}`;
};
