import type { CellScalar } from "../model";
import type { Plan } from "../plan/schema";
import { describePlanScope } from "../plan/describePlanScope";
import { toCellText } from "../read/grid";
import { cleanText, toMatchKey, toProperCase } from "../text/normalize";
import { formatUnitName } from "./formatUnitName";
import { findUnitInTitleLine, makeUnitLineReader, readUnitLabel, type UnitLineReader } from "./readUnitLine";

const ORGAN_PREFIX = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|UỶ BAN NHÂN DÂN|ỦY BAN NHÂN DÂN)\s+/iu;
const INNER_ORGAN = /\s+(?=(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s)/u;

/** "UBND XÃ SÍNH PHÌNH" → "Xã Sính Phình", "PHÒNG NỘI VỤ" → "Phòng Nội vụ": the organ's prefix dropped, the name cased as documents write it. */
export const toUnitDisplayName = (line: string): string => formatUnitName(cleanText(line).replace(ORGAN_PREFIX, ""));

/**
 * Whether a unit's name is the level that issued the plan ("UBND XÃ THƯỢNG NINH" for Thượng
 * Ninh's plan, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG QUẬN LONG BIÊN" for Long Biên's): the organ a
 * unit's list is sent to, above the unit's own line.
 */
export const namesPlanIssuer = (name: string, plan: Pick<Plan, "issuer">): boolean =>
  toMatchKey(describePlanScope({ issuer: name })) === toMatchKey(describePlanScope(plan));

/**
 * The unit named in the lines above the header. Under "UBND XÃ THƯỢNG NINH" the line "THÔN XUÂN
 * THƯỢNG" (or "TRẠM Y TẾ", "UBND PHƯỜNG BỒ ĐỀ" under its district) names the unit: the unit's line
 * closest to the list wins, unless it is the plan's own issuer (then the title names no unit of
 * the level below). A title "DANH SÁCH … CỦA THÔN …" counts as a line; "Đơn vị: …" anywhere above
 * the header wins over all.
 */
export const findUnitInTitleRows = (rows: readonly CellScalar[][], headerRow: number, plan: Plan, readLine: UnitLineReader = makeUnitLineReader(plan)): string | null => {
  let closest: string | null = null;
  for (let r = 0; r < headerRow && r < rows.length; r++) {
    for (const v of rows[r] ?? []) {
      const text = cleanText(toCellText(v));
      if (text === "") continue;
      const labelled = readUnitLabel(text);
      if (labelled) return labelled;
      if (labelled === "") continue;
      // Both organ lines typed in one cell ("UBND HUYỆN X⏎UBND XÃ Y") arrive joined: the last one is the unit.
      for (const line of text.split(INNER_ORGAN)) {
        const unit = readLine(line) ?? findUnitInTitleLine(line, readLine);
        if (unit !== null) closest = unit;
      }
    }
  }
  return closest !== null && namesPlanIssuer(closest, plan) ? null : closest;
};

const PREFIX_WORDS: readonly [string, string][] = [
  ["thi tran", "Thị trấn"],
  ["dac khu", "Đặc khu"],
  ["to dan pho", "Tổ dân phố"],
  ["khu pho", "Khu phố"],
  ["thon", "Thôn"],
  ["lang", "Làng"],
  ["xom", "Xóm"],
  ["tram", "Trạm"],
  ["chi bo", "Chi bộ"],
  ["dang uy", "Đảng ủy"],
  ["cong an", "Công an"],
  ["hop tac xa", "Hợp tác xã"],
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

/** Words of a file's or tab's name that say what the file is, not whose ("DS", "Danh sach", "2024", "nam 2024"; not "Nam" in "Phuong Nam Son"). */
const FILE_NOISE = /\b(ds|danh sach|dsach|dang ky|dk|dien hinh|bieu|mau|final|ban sua|sua|copy|ban sao|v\d+|(?:nam\s*)?\d{4})\b/giu;
/** "(2)", "- Copy", "Copy of" that a second download or a copy adds to a file's name. */
const FILE_COPY_MARKS = /\s*\(\d+\)|^copy of\s+|\s+-\s+copy$/giu;

/**
 * A unit from a file name: "Phuong_Bo_De.xlsx" → "Phường Bo De", "Phuong Viet Hung - DS 2024.xlsx"
 * → "Phường Viet Hung". Marks on the name itself cannot be recovered from an unmarked file name:
 * the registry or plan names restore them (see `matchKnownUnitName`).
 */
export const guessUnitFromFileName = (file: string): string | null => {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "").replace(FILE_COPY_MARKS, "");
  // "Phuong Viet Hung - DS 2024": a part that is only noise goes; "Phong Van hoa - Thong tin" keeps both.
  const parts = cleanText(base.replace(/[_]+/g, " ")).split(/\s+[-–]\s+/);
  const stripped = parts.map((p) => cleanText(p.replace(FILE_NOISE, " ").replace(/[-–]+$/, ""))).filter((p) => /\p{L}/u.test(p)).join(" - ");
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
 * The unit a tab's name names: "Thôn Xuân Thượng", "DS Trạm Y tế 2024", "Quý I - Thôn Đồng Mới";
 * null for "Sheet1", "Danh sách", "Quý I" or a place's name alone (the registry may know it).
 */
export const findUnitInSheetName = (sheet: string, readLine: UnitLineReader): string | null => {
  const spaced = cleanText(sheet.replace(/_+/g, " "));
  for (const part of [spaced, ...spaced.split(/\s+[-–]\s+/)]) {
    const unit = readLine(cleanText(part.replace(FILE_NOISE, " ")));
    if (unit !== null) return unit;
  }
  return null;
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
