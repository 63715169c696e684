import type { CellScalar } from "../model";
import type { HeaderLayout } from "./findHeader";
import { BUDGET_KEYS, GUIDE_KEYS, SUMMARY_KEYS } from "./dictionary";
import { isBlank, toCellText } from "./grid";
import { toMatchKey } from "../text/normalize";

/** Why a sheet is not a nomination list. */
export type NotAListReason = "no-header" | "empty-sheet" | "summary-formulas" | "guide" | "budget" | "report";

const containsWords = (key: string, phrase: string): boolean => ` ${key} `.includes(` ${phrase} `);
const mentionsAny = (key: string, phrases: readonly string[]): boolean => phrases.some((p) => containsWords(key, p));

const MAX_ROWS_LOOKED_AT = 30;

/**
 * A sheet named for what it is never holds the list, whatever table it shows as an example:
 * "Hướng dẫn" (how to fill the list in), "Kinh phí" / "Dự toán" (the rewards budget), and the
 * report sheets ("Trùng lặp", "Tệp bỏ qua", "Kết quả kiểm tra") this product writes.
 */
export const classifySheetByName = (name: string): "guide" | "budget" | "report" | null => {
  const key = toMatchKey(name);
  // The report sheets a check or a consolidation writes beside the list; only "Danh sách" is read back.
  if (["trung lap", "tep bo qua", "ket qua kiem tra"].includes(key)) return "report";
  if (mentionsAny(key, GUIDE_KEYS)) return "guide";
  if (mentionsAny(key, ["kinh phi", "du toan", "tien thuong"])) return "budget";
  return null;
};

/**
 * Why a sheet without a nomination header was skipped: a guide of long sentences, a budget of
 * amounts, a summary that counts per unit (often COUNTA formulas, which may come without cached
 * values), or just no header.
 */
export const classifyNonListSheet = (name: string, rows: readonly CellScalar[][]): NotAListReason => {
  const byName = classifySheetByName(name);
  if (byName) return byName;
  const texts: string[] = [];
  let numbers = 0;
  const columns = new Set<number>();
  for (const row of rows.slice(0, MAX_ROWS_LOOKED_AT)) {
    row.forEach((v, c) => {
      if (isBlank(v)) return;
      columns.add(c);
      if (typeof v === "number") numbers++;
      else texts.push(toCellText(v));
    });
  }
  const keys = texts.map(toMatchKey);
  const long = texts.filter((t) => t.length >= 40).length;
  if (texts.length > 0 && long / texts.length >= 0.5 && columns.size <= 2 && numbers <= texts.length) return "guide";
  if (keys.some((k) => mentionsAny(k, GUIDE_KEYS))) return "guide";
  if (keys.some((k) => mentionsAny(k, BUDGET_KEYS))) return "budget";
  if (mentionsAny(toMatchKey(name), SUMMARY_KEYS) || keys.some((k) => mentionsAny(k, SUMMARY_KEYS))) return "summary-formulas";
  return "no-header";
};

/**
 * A table of people with amounts ("Họ và tên | Số tiền | Ký nhận") has the name column of a list
 * but is a budget: nothing in it besides names, units and notes says it nominates anyone.
 */
export const isBudgetTable = (header: HeaderLayout): boolean => {
  const nominationFields = ["kind", "birthYear", "field", "movement", "achievements", "date", "level"] as const;
  if (nominationFields.some((f) => header.columns.fields[f] !== undefined)) return false;
  if (Object.keys(header.columns.criteria).length > 0 || Object.keys(header.columns.metrics).length > 0) return false;
  return header.unmapped.some((u) => mentionsAny(toMatchKey(u.header), BUDGET_KEYS));
};

/** "Nguyễn Văn A", "Trần Thị B": the names an example gives, never a nominee's. */
const PLACEHOLDER_NAME = /\s\p{Lu}\.?$/u;

/**
 * A guide under another name shows its example table like a list: every name a placeholder,
 * and words above the table that say it is an example or an instruction.
 */
export const isExampleTable = (names: readonly string[], textAbove: string): boolean =>
  names.length > 0 && names.every((n) => PLACEHOLDER_NAME.test(n)) && mentionsAny(toMatchKey(textAbove), GUIDE_KEYS);

/**
 * A summary that counts per unit ("Đơn vị | Số đề nghị | Cá nhân | Tập thể …"): a name-like first
 * column and numbers in most other cells, with nothing a nomination has (kind, achievements,
 * criteria, dates). Such a table is skipped, whether written by hand or by this product.
 */
export const isCountTable = (header: HeaderLayout, rows: readonly CellScalar[][]): boolean => {
  const nominationFields = ["kind", "birthYear", "position", "field", "movement", "achievements", "date"] as const;
  if (nominationFields.some((f) => header.columns.fields[f] !== undefined)) return false;
  if (Object.keys(header.columns.criteria).length > 0 || Object.keys(header.columns.metrics).length > 0) return false;
  let numbers = 0;
  let filled = 0;
  for (const row of rows.slice(header.firstDataRow, header.firstDataRow + MAX_ROWS_LOOKED_AT)) {
    row.forEach((v) => {
      if (isBlank(v)) return;
      filled++;
      if (typeof v === "number" || /^\d+$/.test(toCellText(v).trim())) numbers++;
    });
  }
  return filled > 0 && numbers / filled >= 0.5;
};
