import fc from "fast-check";
import type { CellScalar, NominationField, SheetValues, WorkbookValues } from "../../src/core/model";
import type { SubjectKind } from "../../src/core/plan/schema";
import { FIELD_HEADERS } from "../../src/core/read/dictionary";

/**
 * Generators for the property tests of the core: cells, sheets and workbooks as adapters could
 * hand them over — clean, hostile and in between — and well-formed lists whose nominations are
 * known in advance.
 */

// ---- Words ---------------------------------------------------------------------------------------

const VIETNAMESE_WORDS = [
  "Nguyễn Văn Hùng", "Trần Thị Lan", "Lò Văn Pọm", "Đinh Thị Hoa", "Thôn Đồng Tâm", "Hộ ông Vàng A Dính", "Phường Bồ Đề", "Xã Hòa Bình",
  "UBND XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024",
  "Người lập biểu", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "Ghi chú:", "Tổng cộng", "Cộng", "I. TẬP THỂ", "II. Cá nhân", "A", "B.",
  "Hướng dẫn", "Kinh phí", "Thành tiền", "Tổng hợp", "Số lượng", "Vì người nghèo", "Nông thôn mới", "Giáo dục", "Chủ tịch Hội Nông dân",
  "Hoàn thành xuất sắc nhiệm vụ", "Tương thân tương ái", "Doanh thu", "Lợi nhuận năm 2023", "Năm 2024", "(1)", "(2)", "1", "2", "3", "…", "......",
];

/** The dictionary's exact header phrases (match keys), and a few as sheets write them. */
const HEADER_WORDS = [
  ...FIELD_HEADERS.flatMap((e) => e.exact),
  "STT", "Họ và tên", "Đối tượng", "Chức vụ", "Thành tích tiêu biểu", "Ngày đăng ký", "Ghi chú", "Năm sinh", "Lĩnh vực", "Phong trào thi đua",
  "Tiêu chuẩn chung", "Tiêu chí", "Đơn vị", "Tệp", "Trang tính", "Dòng", "Hợp lệ", "Kết quả kiểm tra", "Số tiền", "Ký nhận",
];

const KIND_WORDS = ["Cá nhân", "CN", "TT", "Tập thể", "HGĐ", "Hộ gia đình", "Mô hình", "DN", "Doanh nghiệp", "cá  nhân", "Tập  thể (TT)"];
const MARKS = ["x", "X", "✓", "✔", "Đạt", "Có", "không", "v", "1", "0", "√", "-"];
const FONT_NAMES = [".VnTime", ".VnTimeH", "VNI-Times", "VNI-Helve", "Arial", "Times New Roman", ".VnArialH", "VnTime", ""];

/** Text as TCVN3 (ABC) files store it: Latin-1 codes for the Vietnamese letters. */
const TCVN3_LOOKING = ["NguyÔn V¨n Hïng", "TrÇn ThÞ Lan", "C¸ nh©n", "TËp thÓ", "Hä vµ tªn", "§èi t­îng", "Th«n §ång T©m", "DANH S¸CH", "Hé gia ®×nh"];
const VNI_LOOKING = ["Nguyeãn Vaên Huøng", "Caù nhaân", "Taäp theå", "Hoï vaø teân", "Ñoái töôïng"];
const EMOJI = ["🎉", "👨‍👩‍👧‍👦", "🇻🇳", "✅", "💯", "\u{1F600}x"];
const CONTROL = ["\u0000", "\u0007", "\b", "\t", "\r\n", "\n\n", "\u200B", "\uFEFF", "\u202E", "\uD800", "\uDC00abc", "\u00A0", "\u2028"];

const nfd = fc.constantFrom(...VIETNAMESE_WORDS, ...HEADER_WORDS.slice(-20)).map((w) => w.normalize("NFD"));

const dateText = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 2100 }), fc.constantFrom("/", "-", ".", " / "), fc.boolean())
  .map(([d, m, y, sep, iso]) => (iso ? `${y}-${m}-${d}` : `${String(d).padStart(2, "0")}${sep}${String(m).padStart(2, "0")}${sep}${y}`));

const longText = fc.tuple(fc.constantFrom("a", "Nguyễn ", "x ", "🎉", "Ô¨"), fc.integer({ min: 100, max: 1500 })).map(([s, n]) => s.repeat(n));

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VIETNAMESE_WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...KIND_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: dateText },
  { weight: 2, arbitrary: fc.constantFrom(...TCVN3_LOOKING, ...VNI_LOOKING) },
  { weight: 2, arbitrary: nfd },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI, ...CONTROL) },
  { weight: 1, arbitrary: longText },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "   ") },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HEADER_WORDS, ...VIETNAMESE_WORDS), fc.constantFrom(...CONTROL, ...EMOJI, " (CN/TT)", " năm 2023", "\n")).map(([a, b]) => a + b) },
);

export const arbitraryCell: fc.Arbitrary<CellScalar> = fc.oneof(
  { weight: 12, arbitrary: text },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 80000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2024, 45600.5, 1e21) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
);

// ---- Sheets --------------------------------------------------------------------------------------

const letters = (n: number): string => {
  let s = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

const cellRef = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 60 })).map(([c, r]) => `${letters(c)}${r}`);

/** Merged ranges as hosts give them, and as they should never come: reversed, out of range, garbage. */
export const arbitraryMerge: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(cellRef, cellRef).map(([a, b]) => `${a}:${b}`) },
  { weight: 1, arbitrary: cellRef },
  { weight: 1, arbitrary: fc.tuple(cellRef, cellRef).map(([a, b]) => `$${a.replace(/(\d)/, "$$$1")}:${b.toLowerCase()}`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "J6:G6", "A0:B0", "A1:A1", "ZZZ9:ZZZ10", "A1:A1048576", "", " ", ":", "A:B", "1:2", "G6:", "Sheet1!A1:B2",
      "A-1:B2", "AAAA1:B2", "B2:A1:C3", "A1 : B2", "💥", "R1C1:R2C2",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const arbitraryFont: fc.Arbitrary<string | null | undefined> = fc.oneof(fc.constantFrom(...FONT_NAMES), fc.constant(null), fc.constant(undefined));

interface SheetShape {
  rows: CellScalar[][];
  fonts?: (string | null | undefined)[][];
  merges?: string[];
  hidden?: boolean;
}

const withExtras = (rows: CellScalar[][]): fc.Arbitrary<SheetShape> =>
  fc
    .record({
      fonts: fc.option(fc.oneof(fc.array(fc.array(arbitraryFont, { maxLength: 16 }), { maxLength: 42 }), fc.constant(rows.map((r) => r.map(() => ".VnTime")))), { nil: undefined }),
      merges: fc.option(fc.array(arbitraryMerge, { maxLength: 8 }), { nil: undefined }),
      hidden: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ fonts, merges, hidden }) => ({
      rows,
      ...(fonts !== undefined ? { fonts } : {}),
      ...(merges !== undefined ? { merges } : {}),
      ...(hidden !== undefined ? { hidden } : {}),
    }));

const randomRows = fc.array(fc.array(arbitraryCell, { maxLength: 16 }), { maxLength: 40 });

/** Random title cells, a header from the dictionary's words, random rows under it: reaches the checks. */
const headedRows = fc
  .tuple(
    fc.array(fc.array(arbitraryCell, { maxLength: 6 }), { maxLength: 6 }),
    fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADER_WORDS, ...KIND_WORDS) }, { weight: 1, arbitrary: arbitraryCell }), { minLength: 2, maxLength: 16 }),
    fc.array(fc.array(fc.oneof({ weight: 3, arbitrary: arbitraryCell }, { weight: 1, arbitrary: fc.constantFrom(...KIND_WORDS, ...MARKS, "Nguyễn Văn A", "Lò Thị Mai") }), { maxLength: 16 }), { maxLength: 34 }),
  )
  .map(([title, header, data]) => [...title, ["Họ và tên", "Đối tượng", ...header], ...data]);

export const arbitrarySheetShape: fc.Arbitrary<SheetShape> = fc
  .oneof({ weight: 3, arbitrary: randomRows }, { weight: 3, arbitrary: headedRows }, { weight: 1, arbitrary: fc.constant<CellScalar[][]>([]) }, { weight: 1, arbitrary: fc.constant<CellScalar[][]>([[], [null, ""], []]) })
  .chain(withExtras);

const SHEET_NAMES = ["Danh sách", "DS", "Sheet1", "Hướng dẫn", "Kinh phí", "Tổng hợp", "Xã Hòa Bình", "Phường Bồ Đề", "Trùng lặp", "Kết quả kiểm tra", "Mẫu"];
const sheetName = fc.oneof(fc.constantFrom(...SHEET_NAMES), fc.string({ unit: "grapheme", minLength: 1, maxLength: 31 }));

export const arbitraryWorkbook: fc.Arbitrary<WorkbookValues> = fc
  .record({
    file: fc.oneof(fc.constantFrom("Xa_Hoa_Binh.xlsx", "Phuong Bo De.xlsx", "x.xlsx", ".xlsx", ""), fc.string({ maxLength: 20 })),
    names: fc.uniqueArray(sheetName, { maxLength: 7, selector: (n) => n.toLowerCase() }),
  })
  .chain(({ file, names }) =>
    fc.tuple(...names.map(() => arbitrarySheetShape)).map((shapes): WorkbookValues => ({ file, sheets: shapes.map((s, i): SheetValues => ({ name: names[i] ?? "", ...s })) })),
  );

// ---- Well-formed lists ---------------------------------------------------------------------------

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Vàng", "Hà", "Quàng"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "A", "Ngọc", "Hữu"];
const GIVEN = ["Hùng", "Lan", "Khánh", "Mai", "Dính", "Pọm", "Tú", "Hoa", "Sơn", "Bình", "Thảo", "Nhung"];
const COLLECTIVES = ["Thôn Đồng Tâm", "Bản Huổi Só", "Chi hội Nông dân thôn 3", "Trường Tiểu học Kim Đồng", "Hợp tác xã Tân Tiến", "Tổ dân phố số 5", "Đội thuế liên xã"];

const personName = fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((p) => p.join(" "));

/** How a sheet writes each kind, and the kind it means. */
const KIND_TEXTS: readonly [string, SubjectKind][] = [
  ["Cá nhân", "ca_nhan"], ["CN", "ca_nhan"], ["cá nhân", "ca_nhan"],
  ["Tập thể", "tap_the"], ["TT", "tap_the"],
  ["Hộ gia đình", "ho_gia_dinh"], ["HGĐ", "ho_gia_dinh"],
];

export interface ListNominee {
  name: string;
  kind: SubjectKind;
}

const nominee = fc.constantFrom(...KIND_TEXTS).chain(([kindText, kind]) =>
  (kind === "tap_the" ? fc.constantFrom(...COLLECTIVES) : kind === "ho_gia_dinh" ? personName.map((n) => `Hộ ông ${n}`) : personName).map((name) => ({ name, kind, kindText })),
);

/** Fields a well-formed list may have besides name and kind, with a value for a row. */
const OPTIONAL_COLUMNS: readonly { field: NominationField; value: () => fc.Arbitrary<CellScalar> }[] = [
  { field: "position", value: () => fc.constantFrom("Trưởng thôn", "Chủ tịch Hội Phụ nữ xã", "Giáo viên", "Nông dân") },
  { field: "birthYear", value: () => fc.integer({ min: 1950, max: 2005 }) },
  { field: "achievements", value: () => fc.constantFrom("Vận động 40 hộ hiến đất làm đường", "Giúp 12 hộ thoát nghèo", "Nuôi 30 con trâu sinh sản") },
  { field: "date", value: () => fc.oneof(fc.constantFrom("05/11/2024", "6/11/2024"), fc.date({ min: new Date("2024-01-01"), max: new Date("2025-12-31"), noInvalidDate: true })) },
  { field: "note", value: () => fc.constantFrom("", "Mới", "Đã có ý kiến của thôn") },
];

/** Exact phrases that name only this field in the dictionary (a phrase of two fields says nothing). */
const exactPhrasesOf = (field: NominationField): string[] => {
  const mine = FIELD_HEADERS.find((e) => e.field === field)?.exact ?? [];
  return mine.filter((p) => FIELD_HEADERS.every((e) => e.field === field || !e.exact.includes(p)));
};

const headerCase = (phrase: string): fc.Arbitrary<string> =>
  fc.constantFrom(phrase, phrase.toUpperCase(), phrase.charAt(0).toUpperCase() + phrase.slice(1), ` ${phrase}\n`);

const TITLE_LINES = [
  "UBND HUYỆN MƯỜNG THANH", "UBND XÃ HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
  "DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024", "(Kèm theo Công văn số 12/UBND ngày 05/11/2024)", "Mẫu số 01",
];

export interface WellFormedList {
  sheet: SheetValues;
  nominees: ListNominee[];
  /** The generated layout, to print when a run fails. */
  layout: { titleHeight: number; columns: string[]; numbersRow: boolean; signature: boolean };
}

/** A realistic list: title rows, a header of the dictionary's phrases in any order, N rows, maybe a signature block. */
export const arbitraryWellFormedList: fc.Arbitrary<WellFormedList> = fc
  .record({
    titles: fc.array(fc.oneof(fc.constant([] as CellScalar[]), fc.constantFrom(...TITLE_LINES).map((t): CellScalar[] => [t])), { maxLength: 12 }),
    withOrder: fc.boolean(),
    extras: fc.subarray([...OPTIONAL_COLUMNS]),
    phone: fc.boolean(),
    numbersRow: fc.constantFrom<"none" | "brackets" | "plain">("none", "brackets", "plain"),
    signature: fc.boolean(),
    nominees: fc.array(nominee, { maxLength: 30 }),
  })
  .chain((g) => {
    const fields: (NominationField | "phone")[] = [...(g.withOrder ? (["order"] as const) : []), "name", "kind", ...g.extras.map((e) => e.field), ...(g.phone ? (["phone"] as const) : [])];
    return fc
      .record({
        order: fc.shuffledSubarray(fields, { minLength: fields.length, maxLength: fields.length }),
        phrases: fc.tuple(...fields.map((f) => (f === "phone" ? fc.constant("Số điện thoại") : fc.constantFrom(...exactPhrasesOf(f)).chain(headerCase)))),
        values: fc.tuple(...g.nominees.map(() => fc.tuple(...g.extras.map((e) => e.value())))),
      })
      .map(({ order, phrases, values }): WellFormedList => {
        const phraseOf = new Map(fields.map((f, i) => [f, phrases[i] ?? ""]));
        const width = order.length;
        const header: CellScalar[] = order.map((f) => phraseOf.get(f) ?? "");
        const numbers: CellScalar[][] = g.numbersRow === "none" ? [] : [order.map((_, i) => (g.numbersRow === "brackets" ? `(${i + 1})` : i + 1))];
        const data = g.nominees.map((n, k): CellScalar[] =>
          order.map((f) => {
            if (f === "order") return k + 1;
            if (f === "name") return n.name;
            if (f === "kind") return n.kindText;
            if (f === "phone") return `0912 345 ${String(k).padStart(3, "0")}`;
            const e = g.extras.findIndex((x) => x.field === f);
            return values[k]?.[e] ?? null;
          }),
        );
        const at = (c: number, t: string): CellScalar[] => Array.from({ length: Math.max(c + 1, 1) }, (_, i) => (i === c ? t : null));
        const right = Math.max(0, width - 2);
        const signature: CellScalar[][] = g.signature
          ? [[], at(right, "Hòa Bình, ngày 06 tháng 11 năm 2024"), [null, "Người lập biểu", ...at(Math.max(0, right - 2), "TM. ỦY BAN NHÂN DÂN")], at(right, "CHỦ TỊCH"), [], [null, "Đinh Văn Tú", ...at(Math.max(0, right - 2), "Lò Văn Khánh")]]
          : [];
        const rows = [...g.titles, header, ...numbers, ...data, ...signature];
        const merges = g.titles.flatMap((t, r) => (t.length > 0 && width > 1 ? [`A${r + 1}:${letters(width - 1)}${r + 1}`] : []));
        return {
          sheet: { name: "Danh sách", rows, merges },
          nominees: g.nominees.map(({ name, kind }) => ({ name, kind })),
          layout: { titleHeight: g.titles.length, columns: header.map(String), numbersRow: g.numbersRow !== "none", signature: g.signature },
        };
      });
  });

/** Every Date anywhere in a value, with its path: a report must hold none. */
export const findDates = (value: unknown, path = "$"): string[] => {
  if (value instanceof Date) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => findDates(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => findDates(v, `${path}.${k}`));
  return [];
};

export const toColumnIndex = (column: string): number => column.split("").reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;

/** A deep copy with each Date as its time, so an invalid Date equals its copy (jest never finds two invalid Dates equal). */
export const withDatesAsTimes = (value: unknown): unknown => {
  if (value instanceof Date) return { date: value.getTime() };
  if (Array.isArray(value)) return value.map(withDatesAsTimes);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDatesAsTimes(v)]));
  return value;
};
