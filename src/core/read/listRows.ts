import type { CellScalar } from "../model";
import type { SubjectKind } from "../plan/schema";
import { cleanText, toMatchKey } from "../text/normalize";
import { parseRangeRef, toCellText } from "./grid";
import { parseSubjectKind } from "./parseValues";

/** The distinct non-blank texts of a row, in order: a merged row repeats one text in every cell. */
export const listDistinctTexts = (row: readonly CellScalar[]): string[] => [...new Set(row.map((v) => cleanText(toCellText(v))).filter((t) => t !== ""))];

/** Whether a row holds exactly one distinct non-blank text (`listDistinctTexts(row).length === 1`), read no further than needed. */
export const hasOneDistinctText = (row: readonly CellScalar[]): boolean => {
  let first: string | null = null;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    // A number's text has no space to clean.
    const t = typeof v === "number" ? String(v) : cleanText(toCellText(v));
    if (t === "" || t === first) continue;
    if (first !== null) return false;
    first = t;
  }
  return first !== null;
};

/** Whether a row holds at most two distinct non-blank texts (`listDistinctTexts(row).length <= 2`), read no further than needed. */
export const hasAtMostTwoDistinctTexts = (row: readonly CellScalar[]): boolean => {
  let first: string | null = null;
  let second: string | null = null;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    const t = typeof v === "number" ? String(v) : cleanText(toCellText(v));
    if (t === "" || t === first || t === second) continue;
    if (second !== null) return false;
    if (first === null) first = t;
    else second = t;
  }
  return true;
};

/** Whether the cell holds a row number (1, "2", "03"), as data rows do in the STT column. */
export const isRowNumber = (v: CellScalar | undefined): boolean =>
  typeof v === "number" ? Number.isInteger(v) && v > 0 : typeof v === "string" && /^\s*\d{1,4}\s*[.)]?\s*$/.test(v);

/** "Cộng", "Tổng cộng", "Tổng số: 5 (2 tập thể, 3 cá nhân)" — but not "Cộng đồng …" or "Tổng đội …". */
export const isTotalRow = (key: string): boolean =>
  // Asked of every row's name: most begin with neither "t" nor "c".
  (key.charCodeAt(0) === 0x74 || key.charCodeAt(0) === 0x63) &&
  (key.startsWith("tong") || key.startsWith("cong")) && (/^(tong cong|tong so)( |$)/.test(key) || /^(tong|cong)( \d+)*$/.test(key) || /^(tong|cong) \d/.test(key));

const ROMAN = /^(?=[IVXLC]+$)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
const LEAD = /^([IVXLC]+|[A-H]|\d{1,2})([.)/:-]\s*|\s+|$)(.*)$/;
const SMALL_LEAD = /^[a-h]\)\s*(.*)$/;
const KIND_HEADS = ["ho gia dinh", "gia dinh", "tap the", "ca nhan", "mo hinh", "doanh nghiep"];
const LABEL_QUALIFIERS = /^(cac |khoi |doi voi |danh sach |de nghi )+/;
const LABEL_TAIL_WORDS = new Set(["tieu", "bieu", "dien", "hinh", "tien", "xuat", "sac", "nguoi", "ho", "so", "luong", "gom", "co", "dang", "ky"]);

/** A group label that names a kind and nothing else: "TẬP THỂ", "Các cá nhân", "Hộ gia đình tiêu biểu (03)". */
const parseGroupLabelKind = (label: string): SubjectKind | null => {
  const key = toMatchKey(label).replace(LABEL_QUALIFIERS, "");
  const head = KIND_HEADS.find((h) => key === h || key.startsWith(`${h} `));
  if (!head) return null;
  const tail = key.slice(head.length).trim().split(" ").filter(Boolean);
  return tail.every((w) => /^\d+$/.test(w) || LABEL_TAIL_WORDS.has(w)) ? parseSubjectKind(head) : null;
};

/** How a group row is numbered: "I.", "A.", "1." or not at all; rows numbered alike stand at one level. */
export type GroupStyle = "roman" | "letter" | "digit" | "small" | "none";

/** What a row that may head a group says: its kind (null when it names none), the label after its numeral. */
export interface GroupLabel {
  kind: SubjectKind | null;
  label: string;
  style: GroupStyle;
  /**
   * "group": a group row by its form (a kind, or a capital numeral or letter leading it);
   * "numbered": "1. Phường Bồ Đề" alone on its row, a group only if the label names a unit;
   * "none": no numeral, a group only if merged across the table or naming a unit.
   */
  form: "group" | "numbered" | "none";
}

/**
 * Reads the distinct texts of a row (`listDistinctTexts`) as a group label; null when the row
 * cannot head a group ("Vi Văn Hải | Cá nhân", a numbered nominee, more than two texts).
 */
export const readGroupLabel = (texts: readonly string[]): GroupLabel | null => {
  if (texts.length === 0 || texts.length > 2) return null;
  const first = texts[0] ?? "";
  // "a) Tập thể", "b) Cá nhân": the sub-groups of a group.
  const small = SMALL_LEAD.exec(first);
  if (small) {
    const rest = [small[1] ?? "", ...texts.slice(1)].join(" ").trim();
    const kind = parseGroupLabelKind(rest);
    if (rest === "" || (!kind && texts.length > 1)) return null;
    return { kind, label: rest, style: "small", form: kind ? "group" : "numbered" };
  }
  const lead = LEAD.exec(first);
  if (!lead) {
    if (texts.length === 2) return { kind: null, label: texts.join(" "), style: "none", form: "none" };
    const kind = parseGroupLabelKind(first);
    return { kind, label: first, style: "none", form: kind ? "group" : "none" };
  }
  const [, numeral = "", separator = "", after = ""] = lead;
  const rest = [after, ...texts.slice(1)].join(" ").trim();
  if (rest === "") return null;
  const digits = /\d/.test(numeral);
  const style: GroupStyle = digits ? "digit" : /^[A-H]$/.test(numeral) ? "letter" : "roman";
  const kind = parseGroupLabelKind(rest);
  if (kind) return { kind, label: rest, style, form: "group" };
  const pointed = /^[.)/:-]/.test(separator);
  const standsAlone = after === "" && texts.length === 2;
  const letterOrRoman = !digits && (ROMAN.test(numeral) || numeral.length === 1);
  if (letterOrRoman && (pointed || standsAlone)) return { kind: null, label: rest, style, form: "group" };
  return digits && pointed && after !== "" && texts.length === 1 ? { kind: null, label: rest, style, form: "numbered" } : null;
};

/**
 * A group row such as "I | TẬP THỂ", "II. Cá nhân", "A. HỘ GIA ĐÌNH" or "TẬP THỂ" alone, often
 * merged across the table: no data of its own. Returns the kind it sets for the rows below (null
 * for a group that names no kind, e.g. "I. Khối phường"), or "not-group". A capital numeral or
 * letter followed by a point (or standing in its own cell) leads a group; "Vi Văn Hải" does not.
 */
export const readGroupRowKind = (row: readonly CellScalar[]): SubjectKind | null | "not-group" => {
  const label = readGroupLabel(listDistinctTexts(row));
  return label?.form === "group" ? label.kind : "not-group";
};

/**
 * Rows whose cell in `column` is covered by a merge that began on an earlier row at or below
 * `fromRow`: a nominee whose name cell spans two rows is one nominee, not two.
 */
export const findMergeContinuationRows = (merges: readonly string[] | undefined, column: number | null, fromRow: number): Set<number> => {
  const out = new Set<number>();
  if (!merges || column === null) return out;
  for (const ref of merges) {
    const range = parseRangeRef(ref);
    if (!range || range.top < fromRow || range.left > column || range.right < column) continue;
    for (let r = range.top + 1; r <= range.bottom && r - range.top <= 1000; r++) out.add(r);
  }
  return out;
};

/** Rows at or below `fromRow` holding a merge at least `minWidth` columns wide: a label across the table, never a data cell. */
export const findWideMergeRows = (merges: readonly string[] | undefined, fromRow: number, minWidth = 3): Set<number> => {
  const out = new Set<number>();
  for (const ref of merges ?? []) {
    const range = parseRangeRef(ref);
    if (range && range.top >= fromRow && range.right - range.left + 1 >= minWidth) out.add(range.top);
  }
  return out;
};
