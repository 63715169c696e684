import type { CellScalar } from "../model";
import { toCellText } from "../read/grid";
import { NOT_UNIT_LINE_KEYS, UNIT_LINE_PREFIXES } from "../read/dictionary";
import { cleanText, toMatchKey, toProperCase } from "../text/normalize";
import { formatUnitName } from "./formatUnitName";

const ORGAN_PREFIX = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|UỶ BAN NHÂN DÂN|ỦY BAN NHÂN DÂN)\s+/iu;
const INNER_ORGAN = /\s+(?=(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s)/u;
const UNIT_LABEL = /^\s*(đơn vị|tên đơn vị|cơ quan|địa phương)\s*:\s*(.+)$/iu;

/** "UBND XÃ SÍNH PHÌNH" → "Xã Sính Phình", "PHÒNG NỘI VỤ" → "Phòng Nội vụ": the organ's prefix dropped, the name cased as documents write it. */
export const toUnitDisplayName = (line: string): string => formatUnitName(cleanText(line).replace(ORGAN_PREFIX, ""));

const startsWithUnitWord = (key: string): boolean => UNIT_LINE_PREFIXES.some((p) => key === p || key.startsWith(`${p} `));

/** "Số: 15/DS-UBND", "Số 15/BC" under the organ's name is the document's number, not a unit ("Sở Nội vụ" is one). */
const DOCUMENT_NUMBER = /^s[oố]\s*(:|\d|\.{2,}|…)/iu;

/** A blank form's "UBND XÃ ……………" or "Đơn vị: ………" names no unit: a name has letters and no dotted gap to fill in. */
const namesSomething = (name: string): boolean => /\p{L}/u.test(name) && !/…|\.{3,}|_{3,}/u.test(name);

/** Whether a line above the header can name the unit: an organisation's name, not a motto, title or number line. */
const isUnitLine = (text: string): boolean => {
  if (text.length > 120 || DOCUMENT_NUMBER.test(text)) return false;
  const key = toMatchKey(text);
  if (NOT_UNIT_LINE_KEYS.some((k) => key === k || key.startsWith(`${k} `) || key.includes(` ${k} `) || key.endsWith(` ${k}`))) return false;
  return startsWithUnitWord(key);
};

/**
 * The unit named in the lines above the header. Under "UBND QUẬN LONG BIÊN" the line
 * "UBND PHƯỜNG BỒ ĐỀ" names the unit: the organisation line closest to the list wins.
 * "Đơn vị: …" anywhere above the header wins over both.
 */
export const findUnitInTitleRows = (rows: readonly CellScalar[][], headerRow: number): string | null => {
  let lastOrganLine: string | null = null;
  for (let r = 0; r < headerRow && r < rows.length; r++) {
    for (const v of rows[r] ?? []) {
      const text = cleanText(toCellText(v));
      if (text === "") continue;
      const labelled = UNIT_LABEL.exec(text);
      if (labelled?.[2] && namesSomething(labelled[2])) return toUnitDisplayName(labelled[2]);
      if (labelled) continue;
      // Both organ lines typed in one cell ("UBND HUYỆN X⏎UBND XÃ Y") arrive joined: the last one is the unit.
      const lines = text.split(INNER_ORGAN).filter((t) => t.trim() !== "");
      for (const line of lines) if (isUnitLine(line.trim()) && namesSomething(toUnitDisplayName(line))) lastOrganLine = line.trim();
    }
  }
  return lastOrganLine ? toUnitDisplayName(lastOrganLine) : null;
};

const PREFIX_WORDS: readonly [string, string][] = [
  ["thi tran", "Thị trấn"],
  ["dac khu", "Đặc khu"],
  ["phuong", "Phường"],
  ["xa", "Xã"],
  ["phong", "Phòng"],
  ["truong", "Trường"],
  ["cong ty", "Công ty"],
  ["hoi", "Hội"],
  ["ban", "Ban"],
  ["doan", "Đoàn"],
  ["trung tam", "Trung tâm"],
  ["htx", "HTX"],
];

const FILE_NOISE = /\b(ds|danh sach|dsach|dang ky|dk|dien hinh|nam|bieu|mau|final|ban sua|sua|copy|ban sao|v\d+|\d{4})\b/giu;
/** "(2)", "- Copy", "Copy of" that a second download or a copy adds to a file's name. */
const FILE_COPY_MARKS = /\s*\(\d+\)|^copy of\s+|\s+-\s+copy$/giu;

/**
 * A unit from a file name: "Phuong_Bo_De.xlsx" → "Phường Bo De", "Phuong Viet Hung - DS 2024.xlsx"
 * → "Phường Viet Hung". Marks on the name itself cannot be recovered from an unmarked file name:
 * the registry or plan names restore them (see `matchKnownUnitName`).
 */
export const guessUnitFromFileName = (file: string): string | null => {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "").replace(FILE_COPY_MARKS, "");
  const spaced = cleanText(base.replace(/[_]+/g, " ")).split(/\s+-\s+|\s+–\s+/)[0] ?? "";
  const stripped = cleanText(spaced.replace(FILE_NOISE, " ").replace(/[-–]+$/, ""));
  if (stripped === "") return null;
  const key = toMatchKey(stripped);
  for (const [prefix, proper] of PREFIX_WORDS) {
    if (key.startsWith(`${prefix} `)) {
      const rest = stripped.split(" ").slice(prefix.split(" ").length).join(" ");
      return formatUnitName(`${proper.toLocaleLowerCase("vi")} ${rest.toLocaleLowerCase("vi")}`);
    }
  }
  return toProperCase(stripped);
};

/**
 * A known spelling of a unit (from the registry or the plan) that `name` refers to: the same
 * words without regard to marks, or a known name that the line begins with
 * ("Phòng Kinh tế - Hạ tầng huyện Tủa Chùa" → "Phòng Kinh tế - Hạ tầng").
 */
export const matchKnownUnitName = (name: string, known: readonly string[]): string | null => {
  const key = toMatchKey(name);
  if (key === "") return null;
  let prefixMatch: string | null = null;
  for (const k of known) {
    const kk = toMatchKey(k);
    if (kk === key) return k;
    if (key.length >= 4 && kk.endsWith(` ${key}`) && !prefixMatch) prefixMatch = k;
    if (kk.length >= 6 && key.startsWith(`${kk} `) && (!prefixMatch || kk.length > toMatchKey(prefixMatch).length)) prefixMatch = k;
  }
  return prefixMatch;
};
