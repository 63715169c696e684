import type { CellScalar } from "../../model";
import { formatDate, toCellText } from "../../read/grid";
import { parseNumberCell, SUBJECT_KIND_LABELS } from "../../read/parseValues";
import { toMatchKey } from "../../text/normalize";
import type { PlanIssue } from "../parsePlan";
import { SUBJECT_KINDS, type SubjectKind } from "../schema";
import type { CellKind } from "./planSheets";

/** A cell of the plan workbook as written: a text, a number, or nothing. */
export type PlanCellValue = string | number | null;

/** What a cell becomes: its value (undefined when blank) or why it cannot be read. */
export type CellReading = { ok: true; value: unknown } | { ok: false; issue: PlanIssue };

const BLANK: CellReading = { ok: true, value: undefined };

/** Each text of a cell holding several, one per line, blanks left out. */
export const splitLines = (text: string): string[] =>
  text
    .split(/\r?\n/u)
    .map((t) => t.trim())
    .filter((t) => t !== "");

const kindLabel = (kind: SubjectKind): string => SUBJECT_KIND_LABELS[kind];

/** Subject kinds by their labels and ids, as match keys. */
const KIND_BY_KEY: ReadonlyMap<string, SubjectKind> = new Map(SUBJECT_KINDS.flatMap((k) => [[toMatchKey(kindLabel(k)), k] as const, [toMatchKey(k), k] as const]));

const YES = new Set(["co", "x", "yes", "true", "dung", "1"]);
const NO = new Set(["khong", "no", "false", "sai", "0"]);

const two = (n: number): string => String(n).padStart(2, "0");

/** "1/7/2025" → "01/07/2025"; null when the text is no such date. */
const normalizeDmy = (text: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCDate() === day && d.getUTCMonth() === month - 1 ? `${two(day)}/${two(month)}/${year}` : null;
};

/** "31/1" → "31/01"; null when the text is no day of a month. */
const normalizeDayMonth = (text: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})$/u.exec(text);
  if (!m) return null;
  const [day, month] = [Number(m[1]), Number(m[2])];
  // A leap year, so that 29/02 is a day some years have.
  const d = new Date(Date.UTC(2024, month - 1, day));
  return d.getUTCDate() === day && d.getUTCMonth() === month - 1 ? `${two(day)}/${two(month)}` : null;
};

/** The text of a cell as an officer sees it: trimmed; a date as dd/mm/yyyy. */
export const cellText = (v: CellScalar | undefined): string => (v instanceof Date ? formatDate(v) : toCellText(v ?? null).trim());

const readNumber = (v: CellScalar | undefined, integer: boolean): CellReading => {
  const text = cellText(v);
  if (text === "") return BLANK;
  const n = typeof v === "number" ? v : parseNumberCell(text);
  if (n === null || !Number.isFinite(n)) return { ok: false, issue: { code: "not-number", actual: text } };
  if (integer && !Number.isInteger(n)) return { ok: false, issue: { code: "not-integer", actual: text } };
  return { ok: true, value: n };
};

/**
 * A cell read as its column's kind. References stay texts here (the lists they name are read
 * later); a derived cell is never read.
 */
export const readCell = (v: CellScalar | undefined, cell: CellKind): CellReading => {
  const text = cellText(v);
  switch (cell.kind) {
    case "derived":
      return BLANK;
    case "text":
    case "id":
      return text === "" ? BLANK : { ok: true, value: text };
    case "lines": {
      const list = splitLines(text);
      return list.length === 0 ? BLANK : { ok: true, value: list };
    }
    case "ref": {
      if (!cell.multi) return text === "" ? BLANK : { ok: true, value: text };
      const list = splitLines(text);
      return list.length === 0 ? BLANK : { ok: true, value: list };
    }
    case "integer":
      return readNumber(v, true);
    case "number":
      return readNumber(v, false);
    case "yes-no": {
      if (typeof v === "boolean") return { ok: true, value: v };
      if (text === "") return BLANK;
      const key = toMatchKey(text);
      if (YES.has(key)) return { ok: true, value: true };
      if (NO.has(key)) return { ok: true, value: false };
      return { ok: false, issue: { code: "not-yes-no", actual: text } };
    }
    case "choice": {
      if (text === "") return BLANK;
      const key = toMatchKey(text);
      const found = cell.options.find(([value, label]) => toMatchKey(label) === key || toMatchKey(value) === key);
      return found ? { ok: true, value: found[0] } : { ok: false, issue: { code: "not-in-list", actual: text, allowed: cell.options.map(([, label]) => label) } };
    }
    case "kinds": {
      const list = splitLines(text);
      if (list.length === 0) return BLANK;
      const kinds: SubjectKind[] = [];
      for (const item of list) {
        const kind = KIND_BY_KEY.get(toMatchKey(item));
        if (kind === undefined) return { ok: false, issue: { code: "not-in-list", actual: item, allowed: SUBJECT_KINDS.map(kindLabel) } };
        kinds.push(kind);
      }
      return { ok: true, value: kinds };
    }
    case "date": {
      if (text === "") return BLANK;
      const date = normalizeDmy(text);
      return date ? { ok: true, value: date } : { ok: false, issue: { code: "not-date", actual: text, format: "dd/mm/yyyy" } };
    }
    case "date-or-day-month": {
      if (text === "") return BLANK;
      const date = normalizeDmy(text) ?? normalizeDayMonth(text);
      return date ? { ok: true, value: date } : { ok: false, issue: { code: "not-date", actual: text, format: "dd/mm/yyyy hoặc dd/mm (hằng năm)" } };
    }
  }
};

/** How a reference is written: a list item's name (a quota's id, quotas having no name). */
export type NameOf = (id: string) => string;

/** A value of the plan as its column writes it. */
export const writeCell = (value: unknown, cell: CellKind, nameOf: NameOf): PlanCellValue => {
  if (value === undefined || value === null) return null;
  switch (cell.kind) {
    case "derived":
      return null;
    case "integer":
    case "number":
      return typeof value === "number" ? value : null;
    case "yes-no":
      return value === true ? "Có" : value === false ? "Không" : null;
    case "choice":
      return cell.options.find(([v]) => v === value)?.[1] ?? String(value);
    case "kinds":
      return Array.isArray(value) ? value.map((k) => (SUBJECT_KINDS.includes(k as SubjectKind) ? kindLabel(k as SubjectKind) : String(k))).join("\n") : null;
    case "ref":
      return Array.isArray(value) ? value.map((id) => nameOf(String(id))).join("\n") : nameOf(String(value));
    case "lines":
      return Array.isArray(value) ? value.map(String).join("\n") : String(value);
    default:
      return typeof value === "string" ? value : String(value);
  }
};

const MAX_ID_LENGTH = 40;

/** An id made from a name: "Phòng Nội vụ" → "phong-noi-vu"; a long name cut at a word. */
export const makeIdFrom = (name: string): string => {
  const slug = toMatchKey(name)
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  const cut = slug.length <= MAX_ID_LENGTH ? slug : slug.slice(0, slug.lastIndexOf("-", MAX_ID_LENGTH) > 0 ? slug.lastIndexOf("-", MAX_ID_LENGTH) : MAX_ID_LENGTH);
  return cut === "" ? "muc" : cut;
};
