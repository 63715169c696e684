import type { CellScalar } from "../model";
import type { SubjectKind } from "../plan/schema";
import { toMatchKey } from "../text/normalize";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel 1900-system serial → UTC date. */
export const fromExcelSerial = (serial: number): Date => new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400000));

const parsedDateTexts = new Map<string, Date | null | "invalid">();

/**
 * A date from a cell: a Date, a serial number in a plausible range, or text written
 * dd/mm/yyyy (also d/m/yy, with - or . between). Null when blank; "invalid" when it is not a date.
 */
export const parseDateCell = (v: CellScalar): Date | null | "invalid" => {
  if (v === null || v === "") return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "invalid" : v;
  if (typeof v === "number") return v > 20000 && v < 80000 ? fromExcelSerial(v) : "invalid";
  if (typeof v === "boolean") return "invalid";
  // A list's dates are a few hundred texts read many times over (by the row checks and each
  // quota's period); each is parsed once. The dates handed out are only ever read.
  const known = parsedDateTexts.get(v);
  if (known !== undefined) return known;
  const parsed = parseDateText(v);
  if (v.length <= 40) {
    if (parsedDateTexts.size >= 10_000) parsedDateTexts.clear();
    parsedDateTexts.set(v, parsed);
  }
  return parsed;
};

const parseDateText = (v: string): Date | null | "invalid" => {
  const text = v.trim();
  if (text === "") return null;
  // Text exported by other tools may carry ISO dates (2024-11-05) or a time after the day.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const m = iso ? [text, iso[3], iso[2], iso[1]] : /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (!m) return "invalid";
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = Number(m[3]);
  if (year < 100) year += 2000;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : "invalid";
};

/** "24/3/2023" or "24/03/2023" → UTC date (plan data is validated, so this only fails on bad input). */
export const parseDmy = (text: string): Date | null => {
  const d = parseDateCell(text);
  return d instanceof Date ? d : null;
};

const MONEY_UNIT_SUFFIX = /\s*(triệu đồng|triệu|tr\.?\s?đ|trđ|tr|nghìn đồng|ngàn đồng|đồng|vnđ|vnd|đ)\.?$/iu;

/**
 * A number from a cell; text like "2.000", "1.250,5", "2,000" or "18 500" is read the way a
 * Vietnamese sheet means it (dot groups thousands, comma is the decimal mark, unless the text
 * is unambiguous otherwise). Null when blank or not a number.
 */
export const parseNumberCell = (v: CellScalar): number | null => {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  // The unit the header already gives is often repeated in the cell ("1.200 triệu đồng", "950 tr.đ").
  let t = v.trim().replace(MONEY_UNIT_SUFFIX, "").replace(/[\s\u00A0]/g, "");
  // Accountants write a loss in brackets: (50) is −50.
  const bracketed = /^\(([\d.,]+)\)$/.exec(t);
  if (bracketed) t = `-${bracketed[1]}`;
  if (t === "" || !/^-?[\d.,]+$/.test(t)) return null;
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    t = t.lastIndexOf(",") > t.lastIndexOf(".") ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  } else if (dots > 1 || (dots === 1 && /\.\d{3}$/.test(t))) {
    t = t.replace(/\./g, "");
  } else if (commas > 1 || (commas === 1 && /,\d{3}$/.test(t))) {
    t = t.replace(/,/g, "");
  } else if (commas === 1) {
    t = t.replace(",", ".");
  }
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
};

const KIND_WORDS: readonly [string, SubjectKind][] = [
  ["ca nhan", "ca_nhan"],
  ["cn", "ca_nhan"],
  ["tap the", "tap_the"],
  ["tt", "tap_the"],
  ["ho gia dinh", "ho_gia_dinh"],
  ["hgd", "ho_gia_dinh"],
  ["ho", "ho_gia_dinh"],
  ["gia dinh", "ho_gia_dinh"],
  ["mo hinh", "mo_hinh"],
  ["mh", "mo_hinh"],
  ["doanh nghiep", "doanh_nghiep"],
  ["dn", "doanh_nghiep"],
];

const kindsByText = new Map<string, SubjectKind | null>();

/** "Cá nhân", "CN", "Tập thể", "TT", "Hộ gia đình", "HGĐ", … → kind id; null when not a kind. */
export const parseSubjectKind = (text: string): SubjectKind | null => {
  // Every row names its kind with one of a few words.
  const known = kindsByText.get(text);
  if (known !== undefined) return known;
  const kind = readSubjectKind(text);
  if (text.length <= 64) {
    if (kindsByText.size >= 1_000) kindsByText.clear();
    kindsByText.set(text, kind);
  }
  return kind;
};

const readSubjectKind = (text: string): SubjectKind | null => {
  const key = toMatchKey(text);
  if (key === "") return null;
  for (const [word, kind] of KIND_WORDS) if (key === word) return kind;
  for (const [word, kind] of KIND_WORDS) if (word.length > 3 && key.startsWith(word)) return kind;
  return null;
};

/** How the plan's words name each kind, for messages and printed tables. */
export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  ca_nhan: "Cá nhân",
  tap_the: "Tập thể",
  ho_gia_dinh: "Hộ gia đình",
  mo_hinh: "Mô hình",
  doanh_nghiep: "Doanh nghiệp",
};

const YES_MARKS = new Set(["x", "v", "dat", "co", "yes", "1", "true", "ok", "d", "hoan thanh", "da dat"]);
const YES_SYMBOLS = /^[✓✔☑√🗸✅+]+$/u;

/** Whether a criterion mark means met: x, ✓, Đạt, Có (any case, with or without marks). Blank is not met. */
export const isYesMark = (v: CellScalar): boolean => {
  if (v === true) return true;
  if (typeof v === "number") return v === 1;
  if (typeof v !== "string") return false;
  // A sheet's marks are a few texts ("x", "", "Đạt") on every row and criterion: each is read once.
  let known = yesMarkTexts.get(v);
  if (known === undefined) {
    known = readYesMarkText(v);
    if (v.length <= 64) {
      if (yesMarkTexts.size >= 1_000) yesMarkTexts.clear();
      yesMarkTexts.set(v, known);
    }
  }
  return known;
};

const yesMarkTexts = new Map<string, boolean>();

const readYesMarkText = (v: string): boolean => {
  const t = v.trim();
  if (YES_SYMBOLS.test(t)) return true;
  return YES_MARKS.has(toMatchKey(t));
};

/** A year named in a title or a header: "NĂM 2024", "Năm 2023", "2021 - 2025" gives the first. */
export const findYearInText = (text: string): number | null => {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
};
