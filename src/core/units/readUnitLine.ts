import type { Plan } from "../plan/schema";
import { cleanText, hasDiacritics, toMatchKey } from "../text/normalize";
import { formatUnitName } from "./formatUnitName";
import { listUnitKinds } from "./resolveUnitKind";
import { NOT_A_NAME_AFTER, ORGAN_PREFIXES, UNIT_KIND_WORDS } from "./unitWords";

/**
 * Reads one line of text (a title line, a tab's name, a label) as the name of a unit, or says it
 * names none. A unit's line begins with a kind of unit — the plan's kinds and their aliases, and
 * the common words of Vietnamese units (thôn, bản, tổ dân phố, xã, phường, phòng, ban, hội, trạm,
 * trung tâm, công ty, hợp tác xã, …) — maybe after "UBND"/"Ủy ban nhân dân", and goes on to a name;
 * or it is labelled ("Đơn vị: …"). Any case, marks or none; the result in its usual case.
 */
export type UnitLineReader = (text: string) => string | null;

/** "Đơn vị: Trường THCS Tân Lập", "Tên đơn vị: …", "Cơ quan, đơn vị: …", "Địa phương: …" (not "Đơn vị tính: người"). */
const UNIT_LABEL = /^(?:tên\s+)?(?:cơ quan,?\s+)?(?:đơn vị|cơ quan|địa phương)(?:\s+(?:đề nghị|đăng ký|giới thiệu|gửi|báo cáo))?\s*:\s*(.*)$/iu;

/** "Số: 15/DS-UBND", "Số 15/BC" under the organ's name is the document's number, not a unit ("Sở Nội vụ" is one). */
const DOCUMENT_NUMBER = /^s[oố]\s*(:|\d|\.{2,}|…)/iu;

/** A place-and-date line: "Xuân Thượng, ngày 10 tháng 3 năm 2024". */
const DATE_LINE = /(?:^| )ngay(?: \d{1,2}| \.+)? thang(?: \d{1,2}| \.+)? nam\b/;

/** Lines of the national motto, titles, subtitles and notes: never a unit's name, wherever these words stand in them. */
const NOT_UNIT_LINE_KEYS = [
  "cong hoa xa hoi chu nghia", "doc lap tu do", "danh sach", "bang tong hop", "ke hoach", "phu luc", "bieu mau", "mau so", "phong trao",
  "ban hanh kem theo", "kem theo", "don vi tinh",
];

/** Words after a kind that make it a group of units, not one ("Các thôn", "Phòng ban chuyên môn", "Trường học trên địa bàn"). */
const GROUP_OF_UNITS_WORDS = ["các", "cac", "trực thuộc", "truc thuoc", "trên địa bàn", "tren dia ban", "khác", "khac", "chuyên môn", "chuyen mon"];

/** The name after a label ("Đơn vị: Trạm Y tế"), "" for a label with nothing to fill in, null when the text is no such label. */
export const readUnitLabel = (text: string): string | null => {
  const labelled = UNIT_LABEL.exec(cleanText(text));
  if (!labelled) return null;
  const named = cleanText(labelled[1] ?? "");
  return named !== "" && namesSomething(named) ? formatUnitName(named) : "";
};

/** A blank form's "UBND XÃ ……………" or "Đơn vị: ………" names no unit: a name has letters and no dotted gap to fill in. */
export const namesSomething = (name: string): boolean => /\p{L}/u.test(name) && !/…|\.{3,}|_{3,}/u.test(name);

/** Lower case, marks kept, punctuation as spaces: how phrases with marks are compared. */
const toMarkedKey = (text: string): string =>
  cleanText(text)
    .toLocaleLowerCase("vi")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
    .trim();

interface KindPhrase {
  marked: string;
  key: string;
}

const MAX_LINE = 120;

/** The reader for one plan: its kinds and aliases join the common words. */
export const makeUnitLineReader = (plan: Plan): UnitLineReader => {
  const phrases = new Map<string, KindPhrase>();
  const add = (text: string) => {
    const marked = toMarkedKey(text);
    if (marked !== "" && !phrases.has(marked)) phrases.set(marked, { marked, key: toMatchKey(marked) });
  };
  for (const [word] of UNIT_KIND_WORDS) add(word);
  // "Phòng, ban" or "Ban, ngành, đơn vị" name kinds, not the first words of a unit: their parts are.
  for (const kind of listUnitKinds(plan)) for (const name of [kind.name, ...kind.aliases]) for (const part of name.split(/,|\/|\s+và\s+/u)) add(part);
  const list = [...phrases.values()].sort((a, b) => b.marked.length - a.marked.length);
  const organs = ORGAN_PREFIXES.map((o) => ({ marked: toMarkedKey(o), key: toMatchKey(o) }));

  /** The kind phrase the words begin with, and the words after it; null when none or no name follows. */
  const splitKind = (marked: string, key: string, withMarks: boolean): { kind: string; rest: string; restKey: string } | null => {
    for (const p of list) {
      const head = withMarks ? p.marked : p.key;
      const text = withMarks ? marked : key;
      if (!text.startsWith(`${head} `)) continue;
      const rest = text.slice(head.length + 1);
      const restKey = key.split(" ").slice(p.key.split(" ").length).join(" ");
      return { kind: p.marked, rest, restKey };
    }
    return null;
  };

  const startsWithAny = (text: string, words: readonly string[]): boolean => words.some((w) => text === w || text.startsWith(`${w} `));

  /** Whether the words begin with a kind of unit and go on to a unit's name. */
  const isUnitName = (name: string): boolean => {
    const marked = toMarkedKey(name);
    const key = toMatchKey(name);
    const withMarks = hasDiacritics(name);
    const split = splitKind(marked, key, withMarks);
    if (!split || split.restKey === "") return false;
    const firstAfter = split.rest.split(" ")[0] ?? "";
    const kindWord = split.kind;
    const prose = NOT_A_NAME_AFTER.get(kindWord);
    if (prose && (withMarks ? prose.includes(firstAfter) : prose.some((w) => toMatchKey(w) === toMatchKey(firstAfter)))) return false;
    return !startsWithAny(withMarks ? split.rest : split.restKey, GROUP_OF_UNITS_WORDS);
  };

  return (text: string): string | null => {
    const line = cleanText(text);
    if (line === "" || line.length > MAX_LINE || DOCUMENT_NUMBER.test(line) || !namesSomething(line)) return null;
    const labelled = readUnitLabel(line);
    if (labelled !== null) return labelled === "" ? null : labelled;
    const key = toMatchKey(line);
    if (DATE_LINE.test(key) || NOT_UNIT_LINE_KEYS.some((k) => key === k || key.startsWith(`${k} `) || key.includes(` ${k} `) || key.endsWith(` ${k}`))) return null;
    const marked = toMarkedKey(line);
    const withMarks = hasDiacritics(line);
    const organ = organs.find((o) => startsWithAny(withMarks ? marked : key, [withMarks ? o.marked : o.key]));
    if (organ) {
      // "UBND XÃ TÂN LẬP" is "Xã Tân Lập"; the organ's own words are left out whatever follows.
      const rest = line.split(" ").slice(organ.key.split(" ").length).join(" ");
      return namesSomething(rest) ? formatUnitName(rest) : null;
    }
    return isUnitName(line) ? formatUnitName(line) : null;
  };
};

/** Words that end the unit's part of a title line: its period, what it is for. */
const TITLE_STOPS = ["năm", "quý", "giai đoạn", "đợt", "tháng", "từ", "đến", "trong", "đề nghị", "gửi", "tham gia", "về", "lần"];

/** The words of a list's title that come before the unit it names. */
const TITLE_HEADS = ["danh sách", "bảng đăng ký", "bảng tổng hợp", "báo cáo", "bảng"];

/**
 * The unit a title names: "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN CỦA THÔN XUÂN THƯỢNG NĂM 2024", "DANH SÁCH
 * ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN TRẠM Y TẾ XÃ THƯỢNG NINH QUÝ I/2024": after "của", or after the words
 * "tiên tiến", "tiêu biểu", "điển hình", up to the period. Null when the title names none.
 */
export const findUnitInTitleLine = (text: string, readLine: UnitLineReader): string | null => {
  const line = cleanText(text);
  if (line.length > 250 || !hasDiacritics(line)) return null;
  const words = line.split(" ");
  const lower = words.map((w) => toMarkedKey(w));
  const joined = lower.join(" ");
  if (!TITLE_HEADS.some((h) => joined.startsWith(`${h} `)) || joined.includes("kèm theo")) return null;
  let from = lower.indexOf("của") + 1;
  if (from === 0) {
    for (let i = 0; i + 1 < lower.length; i++) {
      const pair = `${lower[i]} ${lower[i + 1]}`;
      if (pair === "tiên tiến" || pair === "tiêu biểu" || pair === "điển hình") from = i + 2;
    }
  }
  if (from <= 0 || from >= words.length) return null;
  let to = from;
  // A year or a period ("2024", "I/2024", "(đợt 1)") ends the unit's part; a number of its own name ("Tổ dân phố số 5") does not.
  while (to < words.length && !/^(?:\d{4}|\S*\/\d{4}|\()/u.test(words[to] ?? "") && !TITLE_STOPS.some((s) => [lower[to], `${lower[to]} ${lower[to + 1] ?? ""}`].includes(s))) to++;
  if (to === from) return null;
  const fragment = words.slice(from, to).join(" ").replace(/[\s:;,.–-]+$/u, "");
  return readLine(fragment);
};
