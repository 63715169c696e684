import type { CellScalar } from "../model";
import { cleanText, hasDiacritics, toMatchKey } from "../text/normalize";
import { toCellText } from "./grid";
import { isRowNumber } from "./listRows";
import { parseSubjectKind } from "./parseValues";

/**
 * What follows a list — the signature and approval block, the addressees, notes — told by its
 * shape rather than by a list of whole lines: a row with no row number and no kind, whose every
 * text is a signer's role ("TRƯỞNG THÔN", "BÍ THƯ", "KT. CHỦ TỊCH", "PHÓ TRƯỞNG BAN", "THỦ TRƯỞNG
 * ĐƠN VỊ", "NGƯỜI LẬP BIỂU", "XÁC NHẬN CỦA UBND XÃ", "Trạm trưởng"), the place-and-date line
 * ("Xuân Thượng, ngày 10 tháng 3 năm 2024"), an instruction ("(Ký, ghi rõ họ tên)") or the start
 * of the addressees or a note ("Nơi nhận:", "Ghi chú:"), in whichever columns the office put it.
 * A nominee's row is never such a row: it has a number or a kind, or a name that is no role
 * ("Trương Văn Hùng" is not "Trưởng …": roles are compared with their marks where the text has them).
 */

/** The place-and-date line: "…, ngày 06 tháng 11 năm 2024", "ngày … tháng … năm 2024". */
const DATE_LINE = /(?:^| )ngay(?: \d{1,2})? thang(?: \d{1,2})? nam\b/;

/** Words a line below a list begins with, as match keys: the addressees, notes, instructions, the maker. */
const AFTER_LIST_KEYS = [
  "nguoi lap bieu", "nguoi lap", "nguoi ky", "nguoi de nghi", "nguoi tong hop", "nguoi bao cao", "nguoi duyet",
  "ky ghi ro ho ten", "ky ten dong dau", "ky dong dau", "ky va ghi ro ho ten", "ky ten", "ky ho ten", "da ky",
  "xac nhan cua", "xac nhan", "noi nhan", "ghi chu", "chu thich", "luu y", "so lieu", "danh sach nay", "danh sach co", "danh sach gom",
];

/** "TM.", "KT.", "Q.", "TL.", "TUQ." (and written out) before the organ or the role of who signs. */
const SIGNING_FOR_KEYS = ["tm", "t m", "kt", "k t", "q", "tl", "t l", "tuq", "thay mat", "ky thay", "thua lenh", "thua uy quyen"];

/** Roles, as written (lower case, with marks): alone or at the start of a line ("Chủ tịch UBND xã"). */
const ROLES = [
  "chủ tịch", "bí thư", "giám đốc", "thủ trưởng", "hiệu trưởng", "chánh văn phòng", "chánh án", "viện trưởng", "thư ký", "chủ nhiệm",
  "đại diện", "kế toán", "thủ quỹ", "chỉ huy trưởng", "trạm trưởng", "tổ trưởng", "thôn trưởng", "bản trưởng", "xóm trưởng", "khu trưởng",
  "đội trưởng", "trưởng", "phó",
];
/** Roles that are also surnames ("Phó Đức Phương"): a role only before another role or a unit's word. */
const ROLE_NEEDS_MORE: ReadonlySet<string> = new Set(["phó"]);
/** What "trưởng …"/"phó …" is head of: a unit ("Trưởng thôn", "Phó trưởng ban") or a role ("Phó chủ tịch"). */
const HEAD_OF = [
  "thôn", "bản", "làng", "xóm", "ấp", "khu", "tổ", "ban", "phòng", "trạm", "khoa", "đoàn", "hội", "nhóm", "công an", "đài", "trại", "đội", "chi hội",
  "văn phòng", "chủ tịch", "bí thư", "giám đốc", "hiệu trưởng", "trưởng", "thủ trưởng", "chánh", "tổng", "chỉ huy",
];
const HEAD_OF_KEYS = HEAD_OF.map(toMatchKey);
const ROLE_KEYS = ROLES.map(toMatchKey);

const MAX_ROLE_WORDS = 10;
const MAX_DATE_LINE_WORDS = 14;

const startsWithPhrase = (text: string, phrase: string): boolean => text === phrase || text.startsWith(`${phrase} `);

/** Whether a text is a signer's role: "TRƯỞNG THÔN", "Phó Chủ tịch", "Q. GIÁM ĐỐC", "Tổ trưởng". */
const isRole = (text: string, key: string): boolean => {
  const words = key.split(" ");
  if (words.length > MAX_ROLE_WORDS) return false;
  const signingFor = SIGNING_FOR_KEYS.find((k) => key.startsWith(`${k} `));
  if (signingFor !== undefined) return words.length > signingFor.split(" ").length;
  // Roles are told by their marks where the text has them: "Trưởng" is not "Trương", "Trường".
  const marked = hasDiacritics(text);
  const lower = marked ? cleanText(text).toLocaleLowerCase("vi").replace(/[^\p{L}\p{N}\p{M}]+/gu, " ").trim() : key;
  const roles = marked ? ROLES : ROLE_KEYS;
  const heads = marked ? HEAD_OF : HEAD_OF_KEYS;
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i] as string;
    if (!startsWithPhrase(lower, role)) continue;
    const rest = lower.slice(role.length).trim();
    const needsHead = ROLE_NEEDS_MORE.has(ROLES[i] as string) || (ROLES[i] === "trưởng" && !marked);
    if (!needsHead) return true;
    return rest !== "" && heads.some((h) => startsWithPhrase(rest, h));
  }
  return false;
};

/** A note marked as such: "* Số liệu …", "(*) Các thôn gửi …", "(1) Theo …" under the table. */
const MARKED_NOTE = /^(?:\*|\(\*+\)|\(\d\)\s)/u;

/** Whether one text of a row is part of what follows a list. */
const isAfterListText = (text: string): boolean => {
  if (MARKED_NOTE.test(text)) return true;
  const key = toMatchKey(text);
  if (key === "") return false;
  if (DATE_LINE.test(key)) return key.split(" ").length <= MAX_DATE_LINE_WORDS;
  if (AFTER_LIST_KEYS.some((k) => startsWithPhrase(key, k))) return true;
  return isRole(text, key);
};

const MAX_TEXTS = 4;

/**
 * Whether a row begins what follows a list (see above): no row number, no kind, at most four
 * distinct texts, each of them a role, a place-and-date line, an instruction, the addressees or
 * a note.
 */
export const isEndOfList = (row: readonly CellScalar[], orderColumn: number | null, kindColumn: number | null = null): boolean => {
  if (orderColumn !== null && isRowNumber(row[orderColumn])) return false;
  // A nominee's row says what it is (Cá nhân, Tập thể…); a signature block never does.
  if (kindColumn !== null && parseSubjectKind(toCellText(row[kindColumn] ?? null)) !== null) return false;
  const seen: string[] = [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || typeof v !== "string") {
      // A number or a date on the row (a birth year, a date of registration) is a nominee's.
      if (v !== null && v !== undefined) return false;
      continue;
    }
    const text = cleanText(v);
    if (text === "" || seen.includes(text)) continue;
    if (seen.length === MAX_TEXTS || !isAfterListText(text)) return false;
    seen.push(text);
  }
  return seen.length > 0;
};
