import type { CellScalar } from "../model";
import { cleanText, hasDiacritics, toMatchKey } from "../text/normalize";
import { toCellText } from "./grid";
import { isRowNumber } from "./listRows";
import { isTypedInCapitals } from "../units/formatUnitName";
import { parseSubjectKind } from "./parseValues";

/**
 * What follows a list — the signature and approval block, the addressees, notes — told by its
 * shape rather than by a list of whole lines, in whichever columns the office put it. A row with
 * no row number and no kind ends the list when every text on it is such a text: a signer's role
 * ("TRƯỞNG THÔN", "BÍ THƯ", "PHÓ TRƯỞNG BAN", "THỦ TRƯỞNG ĐƠN VỊ", "Trạm trưởng"), a note ("Ghi
 * chú:", "(*) …"), or one of the marks no nominee's row carries — the place-and-date line
 * ("Xuân Thượng, ngày 10 tháng 3 năm 2024"), "TM.", "KT.", "Q.", "NGƯỜI LẬP BIỂU", "XÁC NHẬN CỦA
 * …", "Nơi nhận:", "(Ký, ghi rõ họ tên)" — which end it beside anything else. A nominee's row is
 * never such a row: it has a number, a kind, or a name that is no role ("Trương Văn Hùng" is not
 * "Trưởng …": roles are compared with their marks where the text has them).
 */

/**
 * The place-and-date line, as a whole text: "…, ngày 06 tháng 11 năm 2024", "ngày … tháng … năm
 * 2024", "Thượng Ninh, ngày 15/12/2024". It ends with the year: an achievement that begins "Ngày 15 tháng 3 năm 2024, anh …" is none.
 */
const DATE_LINE = /(?:^| )ngay(?:(?: \d{1,2})? thang(?: \d{1,2})? nam(?: \d{2,4})?| \d{1,2} \d{1,2} \d{4})$/;

/** Words a line below a list begins with, as match keys, that no nominee's row holds: the maker, approval, addressees, instructions. */
const SIGNATURE_MARK_KEYS = [
  "nguoi lap bieu", "nguoi lap", "nguoi ky", "nguoi tong hop", "nguoi duyet", "ky ghi ro ho ten", "ky ten dong dau", "ky dong dau", "ky va ghi ro ho ten",
  "ky ten", "ky ho ten", "da ky", "xac nhan cua", "noi nhan",
];

/** Words a note or a role's line begins with, as match keys: after a list only when nothing else is on its row. */
const NOTE_KEYS = ["ghi chu", "chu thich", "luu y", "so lieu", "danh sach nay", "danh sach co", "danh sach gom", "xac nhan", "nguoi de nghi", "nguoi bao cao"];

/**
 * "TM." (for an organ: "TM. ỦY BAN NHÂN DÂN", "T/M CHI BỘ"), and "KT.", "Q.", "TL.", "TUQ." before a
 * role ("KT. CHỦ TỊCH", "Q. GIÁM ĐỐC"; "Q. Long Biên" is an address), written short or out.
 */
const FOR_ORGAN = /^(?:t\s*\/?\s*m\b\.?|thay mặt\b)\s*(.*)$/iu;
const FOR_ROLE = /^(?:k\s*\/?\s*t\b\.?|q\b\.|tl\b\.?|t\/l\b\.?|tuq\b\.?|ký thay\b|thừa lệnh\b|thừa ủy quyền\b|thừa uỷ quyền\b)\s*(.*)$/iu;

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

/** The first words of the roles, as keys: a text beginning otherwise (a name, most often) is told at once. */
const ROLE_FIRST_WORDS: ReadonlySet<string> = new Set(ROLE_KEYS.map((k) => k.split(" ")[0] ?? ""));

/** Whether a text is a signer's role: "TRƯỞNG THÔN", "Phó Chủ tịch", "Tổ trưởng". `key` is its match key. */
const isRole = (text: string, key: string): boolean => {
  const space = key.indexOf(" ");
  if (!ROLE_FIRST_WORDS.has(space < 0 ? key : key.slice(0, space))) return false;
  if (key.split(" ").length > MAX_ROLE_WORDS) return false;
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

/** Whether a text is a mark no nominee's row carries (see above). `key` is its match key. */
const isSignatureMark = (text: string, key: string): boolean => {
  if (key.includes("ngay") && DATE_LINE.test(key) && key.split(" ").length <= MAX_DATE_LINE_WORDS) return true;
  if (SIGNATURE_MARK_KEYS.some((k) => startsWithPhrase(key, k))) return true;
  const forOrgan = FOR_ORGAN.exec(text)?.[1];
  if (forOrgan !== undefined && /\p{L}/u.test(forOrgan)) return true;
  const forRole = FOR_ROLE.exec(text)?.[1];
  return forRole !== undefined && isRole(forRole, toMatchKey(forRole));
};

/** Whether a text is a role or a note: after a list when nothing else is on its row. */
const isRoleOrNote = (text: string, key: string): boolean => MARKED_NOTE.test(text) || NOTE_KEYS.some((k) => startsWithPhrase(key, k)) || isRole(text, key);

const MAX_TEXTS = 4;

/**
 * Whether a row begins what follows a list (see above): no row number, no kind, no number or date
 * on it, at most four distinct texts, each a role, a note or a mark — or one of them a mark. With
 * the name's column given, a short line in capitals right of the names ("CÁN BỘ VĂN HÓA - XÃ HỘI"
 * under the achievements) counts as a signer's role too.
 */
export const isEndOfList = (row: readonly CellScalar[], orderColumn: number | null, kindColumn: number | null = null, nameColumn: number | null = null): boolean => {
  if (orderColumn !== null && isRowNumber(row[orderColumn])) return false;
  // A nominee's row says what it is (Cá nhân, Tập thể…); a signature block never does.
  if (kindColumn !== null && parseSubjectKind(toCellText(row[kindColumn] ?? null)) !== null) return false;
  const read = readSignatureTexts(row, nameColumn);
  return read !== null && (read.mark || read.allAfterList);
};

const MAX_CAPITAL_LINE_WORDS = 8;

/** A short line in capitals: "CÁN BỘ VĂN HÓA - XÃ HỘI", "THỦ KHO", or TCVN3 capitals typed in .VnTime ("CÔNG CHứC"). */
const isShortCapitals = (text: string): boolean => isTypedInCapitals(text) && text.split(" ").length <= MAX_CAPITAL_LINE_WORDS;

/**
 * Whether every text of a row is a signature block's ("TM. ỦY BAN NHÂN DÂN" | "GIÁM ĐỐC", "(Ký,
 * ghi rõ họ tên)"): such a row is never a header's, though "ghi rõ họ tên" reads like "Họ tên". A
 * header with a column "Ký tên" beside the others still is one.
 */
export const isSignatureRow = (row: readonly CellScalar[]): boolean => readSignatureTexts(row, null)?.allAfterList ?? false;

/** The distinct texts of a row as what follows a list sees them; null for a row with a number or a date, more than four texts, or none. */
const readSignatureTexts = (row: readonly CellScalar[], nameColumn: number | null): { mark: boolean; allAfterList: boolean } | null => {
  const seen: string[] = [];
  let mark = false;
  let allAfterList = true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined) continue;
    // A number or a date on the row (a birth year, a date of registration) is a nominee's.
    if (typeof v !== "string") return null;
    const text = cleanText(v);
    if (text === "" || seen.includes(text)) continue;
    if (seen.length === MAX_TEXTS) return null;
    seen.push(text);
    // Rows of data are told from the first text that is neither: a mark is looked for on every text.
    const key = toMatchKey(text);
    const isMark = key !== "" && isSignatureMark(text, key);
    if (isMark) mark = true;
    else if (allAfterList && !isRoleOrNote(text, key) && !(nameColumn !== null && c > nameColumn && isShortCapitals(text))) allAfterList = false;
  }
  return seen.length > 0 ? { mark, allAfterList } : null;
};
