import type { CellScalar } from "../model";
import { toCellText } from "../read/grid";
import { NOT_UNIT_LINE_KEYS, UNIT_LINE_PREFIXES } from "../read/dictionary";
import { cleanText, toMatchKey, toProperCase } from "../text/normalize";

const ORGAN_PREFIX = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|UỶ BAN NHÂN DÂN|ỦY BAN NHÂN DÂN)\s+/iu;
const UNIT_LABEL = /^\s*(đơn vị|tên đơn vị|cơ quan|địa phương)\s*:\s*(.+)$/iu;

/** "UBND XÃ SÍNH PHÌNH" → "Xã Sính Phình": the organ's prefix dropped, proper case kept for names. */
export const toUnitDisplayName = (line: string): string => toProperCase(cleanText(line).replace(ORGAN_PREFIX, ""));

const startsWithUnitWord = (key: string): boolean => UNIT_LINE_PREFIXES.some((p) => key === p || key.startsWith(`${p} `));

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
      if (labelled?.[2]) return toUnitDisplayName(labelled[2]);
      const key = toMatchKey(text);
      if (NOT_UNIT_LINE_KEYS.some((k) => key.startsWith(k) || key.includes(k))) continue;
      if (startsWithUnitWord(key) && text.length <= 120) lastOrganLine = text;
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

const FILE_NOISE = /\b(ds|danh sach|dsach|dang ky|dk|dien hinh|nam|bieu|mau|final|ban sua|sua|v\d+|\d{4}|\(\d+\))\b/giu;

/**
 * A unit from a file name: "Phuong_Bo_De.xlsx" → "Phường Bo De", "Phuong Viet Hung - DS 2024.xlsx"
 * → "Phường Viet Hung". Marks on the name itself cannot be recovered from an unmarked file name:
 * the registry or plan names restore them (see `matchKnownUnitName`).
 */
export const guessUnitFromFileName = (file: string): string | null => {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const spaced = cleanText(base.replace(/[_]+/g, " ")).split(/\s+-\s+|\s+–\s+/)[0] ?? "";
  const stripped = cleanText(spaced.replace(FILE_NOISE, " ").replace(/[-–]+$/, ""));
  if (stripped === "") return null;
  const key = toMatchKey(stripped);
  for (const [prefix, proper] of PREFIX_WORDS) {
    if (key.startsWith(`${prefix} `)) {
      const rest = stripped.split(" ").slice(prefix.split(" ").length).join(" ");
      return `${proper} ${toProperCase(rest.toLowerCase())}`;
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
