import type { ColumnMap } from "../../src/core/check/report";
import type { RowCheckContext } from "../../src/core/checks/context";
import type { CellScalar, Nomination, SheetValues } from "../../src/core/model";
import type { Plan, PlanInput } from "../../src/core/plan/schema";
import { parsePlanOrThrow } from "./plans";

/**
 * Shared material for the reading tests: a small plan, sheet builders, and the list of "Xã Hòa
 * Bình" described once and rendered in every way offices keep it (Unicode, NFD, TCVN3, VNI, a
 * two-row header). scripts/makeSheetFixtures.ts writes these specs to .xlsx files through exceljs
 * and through hand-written sheet XML; the tests read both.
 */

export const TEST_PLAN_INPUT: PlanInput = {
  id: "thu-nghiem-2024-2025",
  number: "01/KH-UBND",
  date: "15/01/2024",
  issuer: "Ủy ban nhân dân huyện Mường Thanh",
  level: "huyen",
  title: "Xây dựng, nhân rộng điển hình tiên tiến huyện Mường Thanh, giai đoạn 2024 - 2025",
  period: { from: "01/01/2024", to: "31/12/2025" },
  levels: [{ id: "huyen", name: "Cấp huyện" }],
  subjectKinds: ["tap_the", "ca_nhan", "ho_gia_dinh"],
  unitKinds: [
    { id: "xa", name: "Xã" },
    { id: "thi-tran", name: "Thị trấn" },
    { id: "phong-ban", name: "Phòng, ban", aliases: ["Phòng", "Ban"] },
    { id: "doanh-nghiep", name: "Doanh nghiệp", aliases: ["Công ty", "HTX", "Hợp tác xã"] },
  ],
  fields: [{ id: "giao-duc", name: "Giáo dục và đào tạo", aliases: ["Giáo dục"] }],
  movements: [
    { id: "nong-thon-moi", name: "Cả nước chung sức xây dựng nông thôn mới", aliases: ["Chung sức xây dựng nông thôn mới", "Nông thôn mới"] },
    { id: "doanh-nghiep-hoi-nhap", name: "Doanh nghiệp Việt Nam hội nhập và phát triển" },
    { id: "vi-nguoi-ngheo", name: "Vì người nghèo - Không để ai bị bỏ lại phía sau", aliases: ["Vì người nghèo"] },
  ],
  metrics: [
    { id: "doanh-thu", name: "Doanh thu", aliases: ["Doanh thu (triệu đồng)"] },
    { id: "loi-nhuan", name: "Lợi nhuận", aliases: ["Lợi nhuận (triệu đồng)"] },
  ],
  criteria: [
    { id: "chap-hanh", label: "Chấp hành chủ trương, chính sách", text: "Gương mẫu chấp hành tốt chủ trương, chính sách.", group: "general", rule: { type: "mark" }, aliases: ["Gương mẫu chấp hành"] },
    { id: "hoan-thanh", label: "Hoàn thành xuất sắc nhiệm vụ", text: "Hoàn thành xuất sắc nhiệm vụ được giao.", group: "general", rule: { type: "mark" }, aliases: ["HTXSNV"] },
    { id: "mo-hinh-moi", label: "Có mô hình mới, cách làm hay", text: "Có mô hình mới, cách làm hay, sáng tạo.", group: "general", rule: { type: "mark" } },
    { id: "tuong-than", label: "Tương thân tương ái", text: "Có tinh thần tương thân tương ái.", group: "general", rule: { type: "mark" } },
    {
      id: "ntm-ca-nhan",
      label: "Tiêu chí nông thôn mới (cá nhân)",
      text: "Là nhân tố tiêu biểu trong xây dựng nông thôn mới.",
      group: "specific",
      appliesTo: { kinds: ["ca_nhan"], movements: ["nong-thon-moi"] },
      rule: { type: "mark" },
    },
    {
      id: "loi-nhuan-tang",
      label: "Lợi nhuận tăng so với năm trước",
      text: "Lợi nhuận năm sau cao hơn năm trước.",
      group: "specific",
      appliesTo: { kinds: ["tap_the"], movements: ["doanh-nghiep-hoi-nhap"] },
      rule: { type: "rising", metric: "loi-nhuan" },
    },
  ],
  quotas: [
    { id: "xa-01-04", text: "Mỗi xã từ 01 đến 04 điển hình", scope: { level: "unit", unitKinds: ["xa"] }, period: "plan", bound: { min: 1, max: 4 } },
    { id: "phong-ban-5-phan-tram", text: "Phòng, ban: ít nhất 5% số CBCCVC", scope: { level: "unit", unitKinds: ["phong-ban"] }, period: "year", bound: { percentOfStaff: 5 } },
    { id: "thi-tran-01-tt-03-cn", text: "Thị trấn: ít nhất 01 tập thể và 03 cá nhân mỗi năm", scope: { level: "unit", unitKinds: ["thi-tran"] }, period: "year", bound: { perKind: { tap_the: 1, ca_nhan: 3 } } },
    { id: "doanh-nghiep-moi-quy", text: "Doanh nghiệp: mỗi quý ít nhất 01 điển hình", scope: { level: "unit", unitKinds: ["doanh-nghiep"] }, period: "quarter", bound: { min: 1 } },
  ],
  deadlines: [{ id: "han-dang-ky", text: "Gửi danh sách trước ngày 30/11/2024", date: "30/11/2024", appliesToNominations: true }],
};

/** The plan every reading test checks against, validated like a plan file. */
export const makeTestPlan = (change: (input: PlanInput) => PlanInput = (p) => p): Plan => {
  return parsePlanOrThrow(change(structuredClone(TEST_PLAN_INPUT)));
};

/** A sheet as an adapter hands it to the core; rows are Excel rows from 1. */
export const makeSheet = (name: string, rows: CellScalar[][], extra: Omit<SheetValues, "name" | "rows"> = {}): SheetValues => ({ name, rows, ...extra });

export const utcDate = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

// ---- Sheets described once, rendered many ways ---------------------------------------------------

/** A cell of a sheet spec: a formula may come with or without its cached result. */
export type SpecValue = CellScalar | { formula: string; result?: number };

export interface SheetSpec {
  name: string;
  rows: SpecValue[][];
  merges?: string[];
  /** The font of each cell, where it matters (.VnTimeH for lines in capitals, .VnTime, VNI-Times). */
  fonts?: (string | null)[][];
  hidden?: boolean;
}

export interface WorkbookSpec {
  /** File name under test/fixtures/sheets/<producer>/. */
  file: string;
  sheets: SheetSpec[];
}

const CRITERIA_LABELS = ["Chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái"];

/** The rows of the list itself: every variant shows these, the reader must give the same nominations. */
const HOA_BINH_DATA: SpecValue[][] = [
  [1, "Nguyễn Văn Hùng", "Cá nhân", "Trưởng thôn Đồng Tâm", "Nông thôn mới", "Vận động 40 hộ hiến 2.000 m² đất làm đường", "x", "x", "x", "x", utcDate(2024, 11, 5), null],
  [2, "Thôn Đồng Tâm", "TT", null, "Chung sức xây dựng nông thôn mới", "Thôn đạt chuẩn nông thôn mới kiểu mẫu", "x", "✓", "Đạt", "Có", "05/11/2024", null],
  [],
  [3, "Hộ ông Lò Văn Pọm", "HGĐ", null, "Nông thôn mới", "Nuôi 30 con trâu sinh sản", "x", "x", null, "x", "06/11/2024", "Thiếu một tiêu chí"],
  [4, "Đinh Thị Hoa", "CN", "Chủ tịch Hội Phụ nữ xã", "Vì người nghèo", "Giúp 12 hộ thoát nghèo", "x", "x", "x", "x", utcDate(2024, 12, 20), null],
];

const pad = (row: SpecValue[], width: number): SpecValue[] => [...row, ...Array<SpecValue>(Math.max(0, width - row.length)).fill(null)];

const TITLE_ROWS: SpecValue[][] = [
  ["UBND HUYỆN MƯỜNG THANH", null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["UBND XÃ HÒA BÌNH", null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"],
  [],
];

const SIGNATURE_ROWS: SpecValue[][] = [
  [],
  [null, null, null, null, null, null, null, "Hòa Bình, ngày 06 tháng 11 năm 2024"],
  [null, "Người lập biểu", null, null, null, null, null, "TM. ỦY BAN NHÂN DÂN"],
  [null, null, null, null, null, null, null, "CHỦ TỊCH"],
  [],
  [null, "Đinh Văn Tú", null, null, null, null, null, "Lò Văn Khánh"],
];

/** The Hòa Bình list with a one-row header and a row of column numbers "(1) (2) …" (rows 6 and 7). */
export const makeHoaBinhSpec = (name = "Danh sách"): SheetSpec => ({
  name,
  rows: [
    ...TITLE_ROWS,
    ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Phong trào thi đua", "Thành tích tiêu biểu", ...CRITERIA_LABELS, "Ngày đăng ký", "Ghi chú"],
    Array.from({ length: 12 }, (_, i) => `(${i + 1})`),
    ...HOA_BINH_DATA.map((r) => (r.length === 0 ? r : pad(r, 12))),
    ...SIGNATURE_ROWS,
  ],
  merges: ["A4:L4", "H14:L14"],
});

/** The same list under a two-row merged header ("Tiêu chuẩn chung" over the four criteria) and numbers 1 2 3 …. */
export const makeHoaBinhTwoRowSpec = (name = "Danh sách"): SheetSpec => ({
  name,
  rows: [
    ...TITLE_ROWS,
    ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Phong trào thi đua", "Thành tích tiêu biểu", "Tiêu chuẩn chung", null, null, null, "Ngày đăng ký", "Ghi chú"],
    [null, null, null, null, null, null, ...CRITERIA_LABELS, null, null],
    Array.from({ length: 12 }, (_, i) => i + 1),
    ...HOA_BINH_DATA.map((r) => (r.length === 0 ? r : pad(r, 12))),
    ...SIGNATURE_ROWS,
  ],
  merges: ["A4:L4", "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "F6:F7", "G6:J6", "K6:K7", "L6:L7", "H15:L15"],
});

// ---- Legacy encodings, typed independently of src/core/text tables ----------------------------------

const SOFT_HYPHEN = "\u00AD";
const TCVN3_ROWS: readonly (readonly [string, string])[] = [
  ["aàảãáạ", "aµ¶·¸¹"], ["ăằẳẵắặ", "¨»¼½¾Æ"], ["âầẩẫấậ", "©ÇÈÉÊË"], ["eèẻẽéẹ", "eÌÎÏÐÑ"], ["êềểễếệ", "ªÒÓÔÕÖ"],
  ["iìỉĩíị", "i×ØÜÝÞ"], ["oòỏõóọ", "oßáâãä"], ["ôồổỗốộ", "«åæçèé"], ["ơờởỡớợ", "¬êëìíî"], ["uùủũúụ", "uïñòóô"],
  ["ưừửữứự", `${SOFT_HYPHEN}õö÷øù`], ["yỳỷỹýỵ", "yúûüýþ"], ["đ", "®"], ["ĂÂÊÔƠƯĐ", "¡¢£¤¥¦§"],
];
const VNI_ROWS: readonly (readonly [string, readonly string[]])[] = [
  ["aàảãáạ", ["a", "aø", "aû", "aõ", "aù", "aï"]], ["ăằẳẵắặ", ["aê", "aè", "aú", "aü", "aé", "aë"]], ["âầẩẫấậ", ["aâ", "aà", "aå", "aã", "aá", "aä"]],
  ["eèẻẽéẹ", ["e", "eø", "eû", "eõ", "eù", "eï"]], ["êềểễếệ", ["eâ", "eà", "eå", "eã", "eá", "eä"]], ["iìỉĩíị", ["i", "ì", "æ", "ó", "í", "ò"]],
  ["oòỏõóọ", ["o", "oø", "oû", "oõ", "où", "oï"]], ["ôồổỗốộ", ["oâ", "oà", "oå", "oã", "oá", "oä"]], ["ơờởỡớợ", ["ô", "ôø", "ôû", "ôõ", "ôù", "ôï"]],
  ["uùủũúụ", ["u", "uø", "uû", "uõ", "uù", "uï"]], ["ưừửữứự", ["ö", "öø", "öû", "öõ", "öù", "öï"]], ["yỳỷỹýỵ", ["y", "yø", "yû", "yõ", "yù", "î"]],
  ["đ", ["ñ"]],
];
const TCVN3_CODE = new Map(TCVN3_ROWS.flatMap(([letters, codes]) => [...letters].map((l, i) => [l, [...codes][i] ?? "?"] as const)));
const VNI_CODE = new Map(
  VNI_ROWS.flatMap(([letters, codes]) => [...letters].flatMap((l, i) => [[l, codes[i] ?? "?"], [l.toUpperCase(), (codes[i] ?? "?").toUpperCase()]] as const)),
);

/** Unicode → TCVN3 as typed in .VnTime (capitals ĂÂÊÔƠƯĐ have codes, other marked capitals do not). */
export const encodeTcvn3 = (text: string): string =>
  [...text.normalize("NFC")].map((ch) => {
    const code = TCVN3_CODE.get(ch);
    if (code !== undefined) return code;
    if (ch !== ch.toLowerCase() && TCVN3_CODE.has(ch.toLowerCase())) throw new Error(`"${ch}" in "${text}" needs a .VnTimeH font`);
    return ch;
  }).join("");
/** Text in capitals as typed in a .VnTimeH cell: the lowercase codes, drawn as capitals by the font. */
export const encodeTcvn3Capitals = (text: string): string => encodeTcvn3(text.normalize("NFC").toLowerCase());
export const encodeVni = (text: string): string => [...text.normalize("NFC")].map((ch) => VNI_CODE.get(ch) ?? ch).join("");

const isCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

export type TextForm = "unicode" | "nfd" | "tcvn3" | "vni";

/**
 * The spec with every text written in `form`, and the fonts an office using it would have set:
 * TCVN3 lines in capitals go in .VnTimeH (lowercase codes drawn as capitals), the rest in .VnTime.
 */
export const encodeSheetSpec = (spec: SheetSpec, form: TextForm): SheetSpec => {
  if (form === "unicode") return spec;
  const encodeText = (t: string): string =>
    form === "nfd" ? t.normalize("NFD") : form === "vni" ? encodeVni(t) : isCapitals(t) ? encodeTcvn3Capitals(t) : encodeTcvn3(t);
  const fontOf = (v: SpecValue): string =>
    form === "tcvn3" ? (typeof v === "string" && isCapitals(v) ? ".VnTimeH" : ".VnTime") : form === "vni" ? "VNI-Times" : "Arial";
  const rows = spec.rows.map((r) => r.map((v) => (typeof v === "string" ? encodeText(v) : v)));
  const fonts = spec.rows.map((r) => r.map((v) => (v === null ? null : fontOf(v))));
  return { ...spec, rows, fonts };
};

/** Which font a cell of the spec carries, if one was set. */
export const fontOfSpecCell = (spec: SheetSpec, r: number, c: number): string | undefined => spec.fonts?.[r]?.[c] ?? undefined;

/** The spec as the xlsx adapter would hand it to the core: formulas as their cached result, fonts per cell. */
export const toSheetValues = (spec: SheetSpec): SheetValues => {
  const rows = spec.rows.map((r) => r.map((v): CellScalar => (v !== null && typeof v === "object" && !(v instanceof Date) ? (v.result ?? null) : v)));
  const sheet: SheetValues = { name: spec.name, rows, merges: spec.merges ?? [] };
  if (spec.fonts) sheet.fonts = spec.fonts;
  if (spec.hidden) sheet.hidden = true;
  return sheet;
};

// ---- What the reader must give for the Hòa Bình list -----------------------------------------------

const ALL_MARKED = { "chap-hanh": "x", "hoan-thanh": "x", "mo-hinh-moi": "x", "tuong-than": "x" };

/** The four nominations of the Hòa Bình list, the first on Excel row `firstRow` (a blank row sits after the second). */
export const expectedHoaBinhNominations = (firstRow: number): Nomination[] => [
  {
    row: firstRow, name: "Nguyễn Văn Hùng", kind: "ca_nhan", kindText: "Cá nhân", unit: "", position: "Trưởng thôn Đồng Tâm",
    achievements: "Vận động 40 hộ hiến 2.000 m² đất làm đường", date: "05/11/2024", movementText: "Nông thôn mới", movement: "nong-thon-moi",
    marks: ALL_MARKED, figures: {},
  },
  {
    row: firstRow + 1, name: "Thôn Đồng Tâm", kind: "tap_the", kindText: "TT", unit: "", achievements: "Thôn đạt chuẩn nông thôn mới kiểu mẫu",
    date: "05/11/2024", movementText: "Chung sức xây dựng nông thôn mới", movement: "nong-thon-moi",
    marks: { "chap-hanh": "x", "hoan-thanh": "✓", "mo-hinh-moi": "Đạt", "tuong-than": "Có" }, figures: {},
  },
  {
    row: firstRow + 3, name: "Hộ ông Lò Văn Pọm", kind: "ho_gia_dinh", kindText: "HGĐ", unit: "", achievements: "Nuôi 30 con trâu sinh sản",
    note: "Thiếu một tiêu chí", date: "06/11/2024", movementText: "Nông thôn mới", movement: "nong-thon-moi",
    marks: { "chap-hanh": "x", "hoan-thanh": "x", "mo-hinh-moi": "", "tuong-than": "x" }, figures: {},
  },
  {
    row: firstRow + 4, name: "Đinh Thị Hoa", kind: "ca_nhan", kindText: "CN", unit: "", position: "Chủ tịch Hội Phụ nữ xã",
    achievements: "Giúp 12 hộ thoát nghèo", date: "20/12/2024", movementText: "Vì người nghèo", movement: "vi-nguoi-ngheo",
    marks: ALL_MARKED, figures: {},
  },
];

/** The columns of the Hòa Bình list, one-row or two-row header alike. */
export const HOA_BINH_COLUMNS: ColumnMap = {
  fields: { order: "A", name: "B", kind: "C", position: "D", movement: "E", achievements: "F", date: "K", note: "L" },
  criteria: { "chap-hanh": "G", "hoan-thanh": "H", "mo-hinh-moi": "I", "tuong-than": "J" },
  metrics: {},
};

// ---- Row checks ------------------------------------------------------------------------------------

/** A nomination with only what a test sets; the rest empty as the reader leaves it. */
export const makeNomination = (fields: Partial<Nomination> & Pick<Nomination, "row" | "name">): Nomination => ({
  kind: "ca_nhan",
  kindText: "Cá nhân",
  unit: "",
  marks: {},
  figures: {},
  ...fields,
});

/** What a row check sees, for the test plan and the Hòa Bình columns unless told otherwise. */
export const makeRowContext = (
  nomination: Nomination,
  extra: { plan?: Plan; columns?: ColumnMap; dateCell?: CellScalar; kindFromGroup?: boolean; year?: number | null } = {},
): RowCheckContext => {
  const ctx: RowCheckContext = {
    item: { nomination, dateCell: extra.dateCell ?? nomination.date ?? null, kindFromGroup: extra.kindFromGroup ?? false, unitFrom: null },
    plan: extra.plan ?? makeTestPlan(),
    sheet: "Danh sách",
    columns: extra.columns ?? HOA_BINH_COLUMNS,
    period: { from: utcDate(2024, 1, 1), to: utcDate(2025, 12, 31) },
  };
  if (extra.year !== undefined) ctx.year = extra.year;
  return ctx;
};
