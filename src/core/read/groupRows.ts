import type { UnitInfo } from "../check/report";
import type { CellScalar } from "../model";
import type { Plan, SubjectKind } from "../plan/schema";
import { cleanText, toMatchKey } from "../text/normalize";
import { matchKnownUnitName, toUnitDisplayName } from "../units/findUnitName";
import { listPlanUnitNames } from "../units/listPlanUnitNames";
import { listUnitKinds } from "../units/resolveUnitKind";
import { NOT_A_NAME_AFTER, UNIT_KIND_WORDS } from "../units/unitWords";
import { isBlank, toCellText } from "./grid";
import { hasAtMostTwoDistinctTexts, isRowNumber, listDistinctTexts, readGroupLabel, type GroupStyle } from "./listRows";

/** A group row as read: it sets the kind of the rows below (null: names none), or their unit. */
export type GroupRow = { style: GroupStyle; type: "kind"; kind: SubjectKind | null } | { style: GroupStyle; type: "unit"; unit: string };

/** "Đơn vị: Trường THCS Tân Lập", "Tên đơn vị: …", "Cơ quan, đơn vị: …", "Địa phương: …" (not "Đơn vị tính: người"). */
const UNIT_LABEL = /^(?:tên\s+)?(?:cơ quan,?\s+)?(?:đơn vị|cơ quan|địa phương|xã,?\s*phường|phường,?\s*xã)(?:\s+(?:đề nghị|đăng ký|giới thiệu|gửi))?\s*:\s*(.*)$/iu;

/** A count after the name ("Xã Hòa Bình (05)", "Phường Bồ Đề: 03 điển hình", "… - 03 điển hình"), and a point or colon ending it. */
const TRAILING_COUNT = /\s*(?:\([^()]*\d[^()]*\)|[:–-]\s*\d[^:–-]*)?[\s:;.,–-]*$/u;

/**
 * Words that, right after a kind of unit, make the label a group of units rather than one:
 * "Phòng ban chuyên môn", "Trường học trên địa bàn", "Doanh nghiệp ngoài quốc doanh", "Xã khu vực
 * I". Whole phrases: a place's name may begin with any syllable ("Xã Điện Quang", "Xã Đất Mũi").
 */
const GROUP_OF_UNITS_PHRASES = [
  "cac", "chuyen mon", "truc thuoc", "thuoc huyen", "thuoc tinh", "thuoc thanh pho", "tren dia ban", "khac", "khu vuc", "vung", "loai", "nhom",
  "ngoai quoc doanh", "ngoai nha nuoc", "nha nuoc", "co von", "tieu bieu", "dien hinh", "dat chuan", "xuat sac",
];

/** Kinds of unit that are also surnames ("Đoàn Văn Hải"): a unit only in a row that is a group by its form. */
const SURNAME_KINDS = new Set(["doan"]);

const MAX_LABEL = 200;

/** A blank form's "Đơn vị: ………" names no unit. */
const namesSomething = (name: string): boolean => /\p{L}/u.test(name) && !/…|\.{3,}|_{3,}/u.test(name);

/** The common words of units ("Thôn", "Trạm", "Chi bộ"), as keys, with the words that make each ordinary prose after it ("Xã hội"). */
const COMMON_KIND_KEYS = [...new Set(UNIT_KIND_WORDS.map(([w]) => toMatchKey(w)))];
const PROSE_AFTER_KEYS = new Map<string, string[]>();
for (const [k, words] of NOT_A_NAME_AFTER) PROSE_AFTER_KEYS.set(toMatchKey(k), [...(PROSE_AFTER_KEYS.get(toMatchKey(k)) ?? []), ...words.map(toMatchKey)]);

/**
 * Tells whether a group label names a unit, and which: a unit of the registry or the plan (their
 * spelling wins), a name that begins with a kind of unit ("Xã Hòa Bình", "Trường THCS Tân Lập",
 * "Công ty TNHH Minh Phát", the plan's kinds and the product's, as src/core/units reads them), or
 * anything after "Đơn vị:". `common`: the common words of units count too ("I. Trạm Y tế xã" names a
 * unit whatever the plan's kinds), for a group that stands inside no other unit's group: under
 * "I. Xã Hòa Bình", "1. Thôn Đồng Tâm" is a part of the commune, not a unit of the plan's level.
 * `strict`: the row is a group by nothing else than naming a unit, so a
 * kind that is also a surname does not count and a known unit must match as a whole.
 */
export const makeUnitNamer = (plan: Plan, registry: readonly UnitInfo[] = []) => {
  const registryNames = registry.map((u) => u.name);
  const planNames = listPlanUnitNames(plan);
  const knownByKey = new Map<string, string>();
  for (const name of [...planNames, ...registryNames].reverse()) knownByKey.set(toMatchKey(name), name);
  const kindKeys = [...new Set(listUnitKinds(plan).flatMap((k) => [k.name, ...k.aliases]).map(toMatchKey).filter((k) => k !== ""))].sort((a, b) => b.length - a.length);
  // A row that is a group by its form ("I. Thôn Xuân Thượng") may name a unit by the common words too.
  const anyKindKeys = [...new Set([...kindKeys, ...COMMON_KIND_KEYS])].sort((a, b) => b.length - a.length);
  const namesKindOnly = (text: string): boolean => anyKindKeys.includes(toMatchKey(text));

  /** Whether the name begins with a kind of unit and goes on to name one of that kind. */
  const beginsWithKind = (name: string, strict: boolean, common: boolean): boolean => {
    // "Xã, thị trấn", "Phòng, ban", "Xã và thị trấn": kinds listed, not a unit ("Trường Tiểu học và THCS Na Sang" is one).
    if (name.split(/,|\s+và\s+|\//u).every(namesKindOnly)) return false;
    const key = toMatchKey(name);
    const kind = (strict || !common ? kindKeys : anyKindKeys).find((k) => key.startsWith(`${k} `));
    if (kind === undefined || (strict && SURNAME_KINDS.has(kind))) return false;
    const rest = key.slice(kind.length + 1);
    if (PROSE_AFTER_KEYS.get(kind)?.includes(rest.split(" ")[0] ?? "")) return false;
    return !GROUP_OF_UNITS_PHRASES.some((p) => rest === p || rest.startsWith(`${p} `));
  };

  return (text: string, strict: boolean, common = false): string | null => {
    // A unit's name with its label and count is a line: a long text is something else (and is not scanned).
    if (text.length > MAX_LABEL) return null;
    const labelled = UNIT_LABEL.exec(cleanText(text));
    const raw = cleanText((labelled ? (labelled[1] ?? "") : text).replace(TRAILING_COUNT, ""));
    if (raw === "" || !namesSomething(raw)) return null;
    // "UBND phường Bồ Đề" → "Phường Bồ Đề".
    const name = toUnitDisplayName(raw);
    const exact = knownByKey.get(toMatchKey(name));
    if (exact !== undefined) return exact;
    const known = strict ? null : (matchKnownUnitName(name, registryNames) ?? matchKnownUnitName(name, planNames));
    if (known !== null) return known;
    return labelled || beginsWithKind(name, strict, common) ? name : null;
  };
};

/**
 * How a row's unit column names a unit, spelled as the registry or the plan spell it, else in its
 * usual case ("UBND xã Tân Lập" → "Xã Tân Lập"), as a group row or the title would give it: one
 * unit is one name whatever evidence named it. Each distinct text is spelled once.
 */
export const makeUnitSpeller = (plan: Plan, registry: readonly UnitInfo[] = []): ((text: string) => string) => {
  const registryNames = registry.map((u) => u.name);
  const planNames = listPlanUnitNames(plan);
  const spelled = new Map<string, string>();
  return (text) => {
    let name = spelled.get(text);
    if (name === undefined) {
      const display = toUnitDisplayName(text);
      name = matchKnownUnitName(display, registryNames) ?? matchKnownUnitName(display, planNames) ?? display;
      if (spelled.size < 10_000) spelled.set(text, name);
    }
    return name;
  };
};

export type UnitNamer = ReturnType<typeof makeUnitNamer>;

/** Where a row stands, for telling a group row from a nominee. */
export interface RowPlace {
  orderColumn: number | null;
  nameColumn: number | null;
  /** The row holds one text, perhaps merged over several cells. */
  oneText: boolean;
  /** The row holds a merge across the table. */
  wide: boolean;
  /** Whether a group of this numbering, naming a unit, would stand inside another unit's group (see `GroupStack.nestsInUnit`). */
  nestsInUnit: (style: GroupStyle) => boolean;
}

/**
 * Reads a row that has no kind of its own as a group row: "I. Tập thể" (a kind), "I. Xã Hòa Bình",
 * "1. Phường Bồ Đề", "Đơn vị: Trường THCS Tân Lập" (a unit), "I. Khối phường" or a text merged
 * across the table (a group naming neither). A row with only a unit's name, no number and nothing
 * else is one too; a nominee named like a unit has a number or a kind ("1 | Tổ dân phố số 3 | TT").
 * Null when the row is not a group row.
 */
export const readGroupRow = (row: readonly CellScalar[], place: RowPlace, nameUnit: () => UnitNamer): GroupRow | null => {
  // A group row holds one or two texts; a nominee's row most often more, told without listing them.
  if (!place.oneText && !hasAtMostTwoDistinctTexts(row)) return null;
  const texts = listDistinctTexts(row);
  const label = readGroupLabel(texts);
  if (label?.form === "group") {
    const unit = label.kind === null ? nameUnit()(label.label, false, !place.nestsInUnit(label.style)) : null;
    return unit === null ? { style: label.style, type: "kind", kind: label.kind } : { style: label.style, type: "unit", unit };
  }
  if (label?.form === "numbered") {
    const unit = nameUnit()(label.label, false, !place.nestsInUnit(label.style));
    if (unit !== null) return { style: label.style, type: "unit", unit };
  }
  if (place.oneText && place.wide) {
    const unit = nameUnit()(texts[0] ?? "", false, !place.nestsInUnit("none"));
    return unit === null ? { style: "none", type: "kind", kind: null } : { style: "none", type: "unit", unit };
  }
  if (label?.form !== "none" || !isUnitOnlyRow(row, place)) return null;
  // "Đơn vị: Trường THCS Tân Lập" in one cell or two, or one text that names a unit.
  const labelled = UNIT_LABEL.test(label.label);
  // Without a number column, a row with only a unit's name may as well be a nominee with nothing else filled in.
  if (!labelled && (texts.length === 2 || place.orderColumn === null)) return null;
  const unit = nameUnit()(label.label, !labelled);
  return unit === null ? null : { style: "none", type: "unit", unit };
};

/** No number in the order column, and its text no further right than the name column (not a summary running on). */
const isUnitOnlyRow = (row: readonly CellScalar[], place: RowPlace): boolean => {
  if (place.orderColumn !== null && isRowNumber(row[place.orderColumn])) return false;
  let first = 0;
  while (first < row.length && isBlank(row[first])) first++;
  if (place.nameColumn !== null && first > place.nameColumn) return false;
  return !/^\d+$/.test(toCellText(row[first] ?? null).trim());
};

/**
 * The groups the current row stands in, outermost first. A group row numbered like one already
 * open ("II." after "I.") takes its place and closes those inside it; one numbered otherwise opens
 * a group inside; an unnumbered one replaces the innermost group of its type (a unit for a unit).
 * The rows below take the innermost kind and the innermost unit: "A. Tập thể" over "I. Xã Hòa
 * Bình" and "I. Xã Hòa Bình" over "1. Tập thể" alike.
 */
export class GroupStack {
  private readonly open: GroupRow[] = [];
  kind: SubjectKind | null = null;
  unit: string | null = null;

  /** Where a new group takes its place: the index of the group it replaces (and those inside it), or -1 to open inside them all. */
  private placeOf(style: GroupStyle, type: GroupRow["type"]): number {
    let at = -1;
    for (let k = this.open.length - 1; k >= 0; k--) {
      const g = this.open[k] as GroupRow;
      if (style !== "none" ? g.style === style : g.type === type) at = k;
      // Numbered alike: the outermost such group; unnumbered: the innermost of its type.
      if (at >= 0 && style === "none") break;
    }
    return at;
  }

  /** Whether a group of `style` naming a unit would stand inside another unit's group ("1. Thôn Đồng Tâm" under "I. Xã Hòa Bình"). */
  nestsInUnit(style: GroupStyle): boolean {
    const at = this.placeOf(style, "unit");
    const end = at >= 0 ? at : this.open.length;
    for (let k = 0; k < end; k++) if (this.open[k]?.type === "unit") return true;
    return false;
  }

  enter(group: GroupRow): void {
    const at = this.placeOf(group.style, group.type);
    if (at >= 0) this.open.length = at;
    this.open.push(group);
    this.kind = null;
    this.unit = null;
    for (const g of this.open) {
      if (g.type === "kind") this.kind = g.kind;
      else this.unit = g.unit;
    }
  }
}
