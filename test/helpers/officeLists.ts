import fc from "fast-check";
import type { UnitInfo, UnitSource } from "../../src/core/check/report";
import type { CellScalar, SheetValues, WorkbookValues } from "../../src/core/model";
import type { Plan, SubjectKind } from "../../src/core/plan/schema";
import { describePlanScope } from "../../src/core/plan/describePlanScope";
import { encodeTcvn3, encodeTcvn3Capitals, encodeVni } from "./sheets";

/**
 * Lists as offices never seen before write them, drawn at random with their nominees known: a
 * title block naming the unit in one of the ways offices do (an organ's line above the unit's, the
 * unit alone, with or without UBND, "Đơn vị: …", the title "DANH SÁCH … CỦA THÔN …", or nothing, the
 * tab's or the file's name then saying whose list it is), one- or two-row headers in any column
 * order, a row of column numbers, group rows giving the kind or the unit, a unit column, blank rows,
 * a total row, notes under the table and a signature block in whichever columns, merged cells,
 * and the whole sheet in Unicode, NFD, TCVN3 (with the fonts: .VnTimeH lines, or capitals typed in
 * .VnTime) or VNI. Grow it whenever a real layout surprises the reader.
 */

// ---- Units -----------------------------------------------------------------------------------------

/**
 * Units in their usual case: what the reader must give back, however the sheet writes them. No
 * name begins with another: the registry's spelling is found for a longer line that begins with a
 * known name ("Trạm Y tế xã Tân Lập" is the registry's "Trạm Y tế").
 */
export const UNIT_NAMES = [
  "Thôn Xuân Thượng", "Thôn Đồng Mới", "Bản Huổi Só", "Làng Mớ", "Tổ dân phố số 5", "Khu phố 3", "Xã Hòa Bình", "Phường Ngọc Thụy", "Phường Việt Hưng",
  "Thị trấn Mường Chà", "Đặc khu Côn Đảo", "Phòng Văn hóa - Thông tin", "Phòng Kinh tế - Hạ tầng", "Ban Văn hóa - Thông tin xã",
  "Hội Nông dân xã Tân Lập", "Hội Liên hiệp Phụ nữ xã Tân Lập", "Chi bộ thôn Đồng Tâm", "Trường Tiểu học Kim Đồng", "Trường THCS Hòa Bình",
  "Trạm Y tế xã Quảng Lộc", "Trung tâm Y tế huyện Như Xuân", "Công ty TNHH Minh Phát", "Hợp tác xã Dịch vụ Nông nghiệp Xuân Thượng",
  "Công an xã Tân Lập", "Ủy ban Mặt trận Tổ quốc xã Tân Lập", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tân Lập", "Trạm Y tế thị trấn",
] as const;

/** Units of the commune or ward kind, written "UBND XÃ …" by their own office. */
const ADMIN_UNIT = /^(Xã|Phường|Thị trấn|Đặc khu) /u;

/** A unit's name without marks, as a file is named: "Thon_Xuan_Thuong". */
const unmarked = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (d) => (d === "đ" ? "d" : "D"));

const upper = (text: string): string => text.toLocaleUpperCase("vi");

// ---- People ----------------------------------------------------------------------------------------

/** Surnames that look like roles or kinds of unit when marks are dropped or case is lost: Trương, Phó, Đoàn, Chu. */
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Lò", "Vàng", "Quàng", "Trương", "Phó", "Đoàn", "Chu", "Hà"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "A", "Ngọc"];
const GIVEN = ["Hùng", "Lan", "Khánh", "Mai", "Dính", "Pọm", "Tú", "Hoa", "Sơn", "Bình", "Trường", "Thành"];
/** Collectives, some named like units (a village, a school, a cooperative): nominees all the same. */
const COLLECTIVES = [
  "Thôn Đồng Tâm", "Bản Na Sang", "Chi hội Nông dân thôn 3", "Trường Tiểu học Kim Đồng", "Hợp tác xã Tân Tiến", "Tổ dân phố số 2", "Tập thể lớp 5A",
  "Đội thuế liên xã", "Ban Công tác Mặt trận thôn Đồng Tâm", "Tổ y tế thôn bản",
];

export const personName = fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((p) => p.join(" "));

/** How a sheet writes each kind, and the kind it means. */
const KIND_TEXTS: readonly (readonly [string, SubjectKind])[] = [
  ["Cá nhân", "ca_nhan"], ["CN", "ca_nhan"], ["cá nhân", "ca_nhan"], ["Tập thể", "tap_the"], ["TT", "tap_the"], ["Hộ gia đình", "ho_gia_dinh"], ["HGĐ", "ho_gia_dinh"],
];

/** A nominee as a row names it: a person, a household or a collective, with the kind's text. */
export const nominee = fc.constantFrom(...KIND_TEXTS).chain(([kindText, kind]) =>
  (kind === "tap_the" ? fc.constantFrom(...COLLECTIVES) : kind === "ho_gia_dinh" ? personName.map((n) => `Hộ ông ${n}`) : personName).map((name) => ({ name, kind, kindText })),
);

// ---- What is below the table ----------------------------------------------------------------------

export const ROLES = [
  "TRƯỞNG THÔN", "TRƯỞNG BẢN", "BÍ THƯ", "BÍ THƯ CHI BỘ", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Q. GIÁM ĐỐC",
  "PHÓ TRƯỞNG BAN", "NGƯỜI LẬP BIỂU", "Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN CỦA UBND XÃ", "TRẠM TRƯỞNG", "HIỆU TRƯỞNG", "GIÁM ĐỐC", "TỔ TRƯỞNG",
  "CHỦ NHIỆM", "TM. CHI BỘ", "Trưởng thôn", "T/M UBND XÃ", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG",
];
export const INSTRUCTIONS = ["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "(ký và ghi rõ họ tên)"];
export const NOTES = [
  "Ghi chú: Danh sách gồm các tập thể, cá nhân đã được bình xét.", "* Số liệu tính đến ngày 30/11/2024.", "Danh sách này có 05 tập thể, cá nhân.",
  "Lưu ý: gửi bản mềm qua thư điện tử.", "(*) Các thôn gửi về trước ngày 15/12/2024.",
];
const PLACES = ["Xuân Thượng", "Tân Lập", "Hòa Bình", "Mường Chà"];

// ---- The list --------------------------------------------------------------------------------------

export type Encoding = "unicode" | "nfd" | "tcvn3" | "tcvn3-typed" | "vni";

/** How the sheet says whose list it is. */
type UnitEvidence = "organ-and-unit" | "unit-line" | "ubnd-unit" | "label" | "title-of" | "title-after" | "sheet-name" | "file-name";

export interface OfficeListNominee {
  name: string;
  kind: SubjectKind;
  unit: string;
}

export interface OfficeList {
  workbook: WorkbookValues;
  /** The units registry to pass, when the file's unmarked name is the only evidence. */
  registry: UnitInfo[];
  /** The sheet's own unit and where the reader must find it. */
  unit: string;
  unitSource: UnitSource;
  nominees: OfficeListNominee[];
  /** The layout drawn, printed when a run fails. */
  layout: Record<string, unknown>;
}

const letters = (n: number): string => {
  let s = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** A column of the list and its header. */
type Column = "order" | "name" | "kind" | "unit" | "position" | "achievements" | "date" | "note" | "phone" | "criterion";

const HEADERS: Record<Exclude<Column, "criterion">, readonly string[]> = {
  order: ["STT", "TT", "Số TT"],
  name: ["Họ và tên", "Họ tên", "Tên tập thể, cá nhân", "Họ và tên / Tên tập thể"],
  kind: ["Đối tượng", "Phân loại", "Tập thể/Cá nhân"],
  unit: ["Đơn vị", "Đơn vị đề nghị"],
  position: ["Chức vụ", "Chức vụ, nghề nghiệp"],
  achievements: ["Tóm tắt thành tích", "Thành tích tiêu biểu"],
  date: ["Ngày đăng ký", "Ngày giới thiệu"],
  note: ["Ghi chú"],
  phone: ["Số điện thoại"],
};

/** "ISSUER": the organ line of the plan's own issuer ("UBND XÃ THƯỢNG NINH" for Thượng Ninh's). */
const ISSUER = "ISSUER";

/** Everything drawn for one list but its column order. */
const drawnList = fc.record({
  unit: fc.constantFrom(...UNIT_NAMES),
  evidence: fc.constantFrom<UnitEvidence>("organ-and-unit", "unit-line", "ubnd-unit", "label", "title-of", "title-after", "sheet-name", "file-name"),
  organ: fc.constantFrom(ISSUER, "UBND HUYỆN NHƯ XUÂN", "ĐẢNG ỦY XÃ TÂN LẬP", "UBND TỈNH THANH HÓA"),
  unitCase: fc.constantFrom<"capitals" | "usual">("capitals", "capitals", "usual"),
  motto: fc.boolean(),
  numberLine: fc.boolean(),
  titleYear: fc.constantFrom("NĂM 2024", "QUÝ I NĂM 2024", "GIAI ĐOẠN 2023 - 2025", ""),
  subtitle: fc.boolean(),
  blankTitleRows: fc.integer({ min: 0, max: 2 }),
  withOrder: fc.boolean(),
  kindFrom: fc.constantFrom<"column" | "groups">("column", "column", "groups"),
  unitsFrom: fc.constantFrom<"sheet" | "column" | "groups">("sheet", "sheet", "sheet", "column", "groups"),
  extras: fc.subarray<Column>(["position", "achievements", "date", "note", "phone"]),
  withCriteria: fc.boolean(),
  twoRowHeader: fc.boolean(),
  numbersRow: fc.constantFrom<"none" | "brackets" | "plain">("none", "brackets", "plain"),
  mergeTitles: fc.boolean(),
  repeatMerged: fc.boolean(),
  nominees: fc.array(nominee, { maxLength: 12 }),
  otherUnits: fc.shuffledSubarray([...UNIT_NAMES], { minLength: 2, maxLength: 2 }),
  blankRows: fc.array(fc.nat(12), { maxLength: 3 }),
  totalRow: fc.boolean(),
  below: fc.shuffledSubarray<"notes" | "signature" | "addressees">(["notes", "signature", "addressees"]),
  blankBelow: fc.boolean(),
  oneCellOrgans: fc.boolean(),
  dateAs: fc.constantFrom<"text" | "date" | "serial-text">("text", "date", "serial-text"),
  signature: fc.record({
    date: fc.boolean(),
    left: fc.option(fc.constantFrom(...ROLES), { nil: null }),
    right: fc.constantFrom(...ROLES),
    under: fc.option(fc.constantFrom(...ROLES), { nil: null }),
    instruction: fc.boolean(),
    signer: personName,
    /** A role of the office's own, in capitals ("CÁN BỘ VĂN HÓA - XÃ HỘI"), where it stands right of the names. */
    ownRole: fc.option(fc.constantFrom("CÁN BỘ VĂN HÓA - XÃ HỘI", "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ", "THỦ KHO"), { nil: null }),
    column: fc.nat(8),
    mergeWidth: fc.integer({ min: 1, max: 3 }),
  }),
  note: fc.constantFrom(...NOTES),
  encoding: fc.constantFrom<Encoding>("unicode", "unicode", "nfd", "tcvn3", "tcvn3-typed", "vni"),
  sheetName: fc.constantFrom("Sheet1", "Danh sách", "DS 2024", "Quý I"),
  fileName: fc.constantFrom("Danh sach 2024.xlsx", "Book1.xlsx", "DS.xlsx"),
});

type Drawn = Omit<typeof drawnList extends fc.Arbitrary<infer T> ? T : never, "organ"> & { organ: string };

/** Draws one office's list for `plan`, in one sheet. */
export const arbitraryOfficeList = (plan: Plan): fc.Arbitrary<OfficeList> => {
  const issuerLine = `UBND ${upper(describePlanScope(plan))}`;
  const criteria = plan.criteria.filter((c) => c.group === "general" && c.rule.type === "mark").slice(0, 2).map((c) => c.label);
  return drawnList.chain((drawn) => {
    const g: Drawn = { ...drawn, organ: drawn.organ === ISSUER ? issuerLine : drawn.organ };
    const columns = columnsOf(g, criteria);
    return fc.shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length }).map((order) => build(g, order, criteria, plan, issuerLine));
  });
};

/** The list's columns: the name's and at least one that nominates (kind, position, achievements, date): "Họ và tên | Số điện thoại" is no list. */
const columnsOf = (g: Drawn, criteria: readonly string[]): string[] => {
  const columns = [
    ...(g.withOrder ? ["order"] : []),
    "name",
    ...(g.kindFrom === "column" ? ["kind"] : []),
    ...(g.unitsFrom === "column" ? ["unit"] : []),
    ...g.extras,
    ...(g.withCriteria ? criteria.map((_, i) => `criterion:${i}`) : []),
  ];
  return columns.some((c) => ["kind", "position", "achievements", "date"].includes(c)) ? columns : [...columns, "achievements"];
};

/** TCVN3 letter by letter: ASCII as it is, each Vietnamese letter by its code (a toned capital has none in .VnTime: it throws). */
const tcvn3 = (text: string): string => [...text.normalize("NFC")].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch : encodeTcvn3(ch))).join("");

/**
 * Text typed in .VnTime: a toned capital has no code there, so its lower-case code is typed —
 * "PHƯờNG NGọC THụY" for capitals, "ủy ban …" for a name that begins with one.
 */
const typedInVnTime = (text: string): string =>
  tcvn3([...text.normalize("NFC")].map((ch) => (ch !== ch.toLowerCase() && !"ĂÂÊÔƠƯĐ".includes(ch) && ch.charCodeAt(0) >= 0x80 ? ch.toLowerCase() : ch)).join(""));

/** Writes one text as the drawn encoding, with the font a cell would carry. */
const encodeText = (text: string, encoding: Encoding): { text: string; font: string | null } => {
  const capitals = /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  switch (encoding) {
    case "unicode":
      return { text, font: null };
    case "nfd":
      return { text: text.normalize("NFD"), font: null };
    case "vni":
      return { text: encodeVni(text), font: "VNI-Times" };
    case "tcvn3":
      return capitals ? { text: encodeTcvn3Capitals(text), font: ".VnTimeH" } : { text: typedInVnTime(text), font: ".VnTime" };
    case "tcvn3-typed":
      return { text: typedInVnTime(text), font: ".VnTime" };
  }
};

const build = (g: Drawn, order: string[], criteria: readonly string[], plan: Plan, issuerLine: string): OfficeList => {
  const width = order.length;
  const rows: CellScalar[][] = [];
  const merges: string[] = [];
  const right = Math.max(1, Math.ceil(width / 2));
  const line = (c: number, text: string): CellScalar[] => Array.from({ length: c + 1 }, (_, i) => (i === c ? text : null));
  const put = (row: CellScalar[], c: number, text: string): void => {
    while (row.length <= c) row.push(null);
    row[c] = text;
  };
  const merge = (r: number, c1: number, c2: number, r2 = r): void => {
    if (c2 <= c1 && r2 <= r) return;
    merges.push(`${letters(c1)}${r + 1}:${letters(c2)}${r2 + 1}`);
    if (g.repeatMerged) for (let rr = r; rr <= r2; rr++) for (let c = c1; c <= c2; c++) if (rr !== r || c !== c1) put((rows[rr] ??= []), c, String(rows[r]?.[c1] ?? ""));
  };
  const cased = (unit: string) => (g.unitCase === "capitals" ? upper(unit) : unit);

  // Whose list it is, as the sheet says it (or does not).
  const evidence: UnitEvidence = g.evidence === "sheet-name" && g.unit.length > 31 ? "file-name" : g.evidence === "ubnd-unit" && !ADMIN_UNIT.test(g.unit) ? "organ-and-unit" : g.evidence;
  const leftLines: string[] = [];
  if (evidence === "organ-and-unit") leftLines.push(g.organ, cased(g.unit));
  else if (evidence === "unit-line") leftLines.push(cased(g.unit));
  else if (evidence === "ubnd-unit") {
    const organ = g.organ === issuerLine ? issuerLine : "UBND HUYỆN NHƯ XUÂN";
    // Both organ lines typed in one cell (Alt+Enter), as some offices do.
    if (g.oneCellOrgans) leftLines.push(`${organ}\n UBND ${upper(g.unit)}`);
    else leftLines.push(organ, `UBND ${upper(g.unit)}`);
  }
  else if (evidence === "label") leftLines.push(issuerLine, `Đơn vị: ${g.unit}`);
  else if (g.motto) leftLines.push(issuerLine);
  if (g.numberLine) leftLines.push("Số: 12/DS-UBND");
  const rightLines = g.motto ? ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", `${PLACES[0] ?? ""}, ngày 05 tháng 11 năm 2024`] : [];
  for (let k = 0; k < Math.max(leftLines.length, rightLines.length); k++) {
    const row: CellScalar[] = [];
    if (leftLines[k] !== undefined) put(row, 0, leftLines[k] ?? "");
    if (rightLines[k] !== undefined) put(row, right, rightLines[k] ?? "");
    rows.push(row);
    if (g.mergeTitles && leftLines[k] !== undefined && right >= 2) merge(rows.length - 1, 0, right - 1);
  }
  for (let k = 0; k < g.blankTitleRows; k++) rows.push([]);
  const year = g.titleYear === "" ? "" : ` ${g.titleYear}`;
  const title =
    evidence === "title-of" ? `DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN CỦA ${upper(g.unit)}${year}`
    : evidence === "title-after" ? `DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ${upper(g.unit)}${year}`
    : `DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN${year}`;
  rows.push([title]);
  if (g.mergeTitles) merge(rows.length - 1, 0, width - 1);
  if (g.subtitle) rows.push([`(Kèm theo Công văn số 12/UBND ngày 05/11/2024 của ${describePlanScope(plan)})`]);
  rows.push([]);

  // The header, in one row or two (the criteria under "Tiêu chí chung").
  const headerOf = (col: string, k: number): string => (col.startsWith("criterion:") ? (criteria[Number(col.slice(10))] ?? "") : (HEADERS[col as Exclude<Column, "criterion">][k % 3] ?? HEADERS[col as Exclude<Column, "criterion">][0] ?? ""));
  const top = rows.length;
  if (g.twoRowHeader) {
    const first = order.map((c, i): CellScalar => (c.startsWith("criterion:") ? "Tiêu chí chung" : headerOf(c, i)));
    const second = order.map((c, i): CellScalar => (c.startsWith("criterion:") ? headerOf(c, i) : null));
    rows.push(first, second);
    order.forEach((c, i) => {
      if (!c.startsWith("criterion:")) merge(top, i, i, top + 1);
    });
    const crit = order.map((c, i) => (c.startsWith("criterion:") ? i : -1)).filter((i) => i >= 0);
    // The parent merged over its columns only where they stand side by side.
    if (crit.length > 1 && crit.every((c, k) => k === 0 || c === (crit[k - 1] ?? 0) + 1)) merge(top, crit[0] ?? 0, crit[crit.length - 1] ?? 0);
  } else rows.push(order.map((c, i) => headerOf(c, i)));
  if (g.numbersRow !== "none") rows.push(order.map((_, i) => (g.numbersRow === "brackets" ? `(${i + 1})` : i + 1)));

  // The nominees, under their unit's group and their kind's group where the list has them.
  // Rows of two units: the first half and the second under their groups, or alternating in a unit column.
  const unitIndexOf = (k: number): number => (g.unitsFrom === "groups" ? (k < g.nominees.length / 2 ? 0 : 1) : k % 2);
  const unitOf = (k: number): string => (g.unitsFrom === "sheet" ? g.unit : (g.otherUnits[unitIndexOf(k)] ?? g.unit));
  const byUnit = g.unitsFrom === "groups" ? [0, 1].map((u) => g.nominees.map((n, k) => ({ n, k })).filter(({ k }) => unitIndexOf(k) === u)) : [g.nominees.map((n, k) => ({ n, k }))];
  const nominees: OfficeListNominee[] = [];
  let number = 0;
  const blanks = new Set(g.blankRows);
  const groupRow = (label: string): void => {
    rows.push([label]);
    if (g.mergeTitles) merge(rows.length - 1, 0, width - 1);
  };
  byUnit.forEach((list, u) => {
    if (g.unitsFrom === "groups" && list.length > 0) groupRow(`${["I", "II"][u] ?? "I"}. ${cased(g.otherUnits[u] ?? "")}`);
    const kinds = g.kindFrom === "groups" ? (["tap_the", "ca_nhan", "ho_gia_dinh"] as const) : ([null] as const);
    kinds.forEach((kind, kk) => {
      const inKind = list.filter(({ n }) => kind === null || n.kind === kind);
      if (inKind.length === 0) return;
      if (kind !== null) {
        const label = kind === "tap_the" ? "TẬP THỂ" : kind === "ca_nhan" ? "CÁ NHÂN" : "HỘ GIA ĐÌNH";
        groupRow(g.unitsFrom === "groups" ? `${kk + 1}. ${label}` : `${["I", "II", "III"][kk] ?? "I"}. ${label}`);
      }
      for (const { n, k } of inKind) {
        if (blanks.has(k)) rows.push([]);
        number++;
        rows.push(
          order.map((c): CellScalar => {
            if (c === "order") return number;
            if (c === "name") return n.name;
            if (c === "kind") return n.kindText;
            if (c === "unit") return unitOf(k);
            if (c === "position") return "Trưởng thôn";
            if (c === "achievements") return "Vận động 40 hộ hiến đất làm đường";
            if (c === "date") return g.dateAs === "date" ? new Date(Date.UTC(2024, 10, 5)) : g.dateAs === "text" ? "05/11/2024" : "5/11/2024";
            if (c === "note") return null;
            if (c === "phone") return `0912 345 ${String(k).padStart(3, "0")}`;
            return "x";
          }),
        );
        nominees.push({ name: n.name, kind: n.kind, unit: unitOf(k) });
      }
    });
  });
  if (g.totalRow) rows.push(line(Math.max(0, order.indexOf("name")), `Tổng cộng: ${String(nominees.length).padStart(2, "0")}`));

  // What follows the table, in the order drawn, in the columns drawn.
  for (const part of g.below) {
    if (g.blankBelow) rows.push([]);
    if (part === "notes") rows.push(line(g.signature.column % 2 === 0 ? 0 : Math.max(0, order.indexOf("name")), g.note));
    if (part === "addressees") rows.push(["Nơi nhận:"], ["- Như trên;"], ["- Lưu: VT."]);
    if (part === "signature") {
      const s = g.signature;
      const at = s.column;
      const block = (text: string, left: string | null = null): void => {
        const row = line(at, text);
        if (left !== null) put(row, 0, left);
        rows.push(row);
        if (s.mergeWidth > 1) merge(rows.length - 1, at, at + s.mergeWidth - 1);
      };
      if (s.date) block(`${PLACES[at % PLACES.length] ?? ""}, ngày 15 tháng 12 năm 2024`);
      block(s.ownRole !== null && at > order.indexOf("name") ? s.ownRole : s.right, s.left);
      if (s.under !== null) block(s.under);
      if (s.instruction) block(INSTRUCTIONS[at % INSTRUCTIONS.length] ?? "");
      rows.push([], []);
      block(s.signer, s.left !== null ? "Lê Thị Lập" : null);
    }
  }

  // The sheet as the drawn encoding gives it.
  const fonts: (string | null)[][] = [];
  const encoded = rows.map((row, r) =>
    row.map((v, c) => {
      if (typeof v !== "string") return v;
      const { text, font } = encodeText(v, g.encoding);
      if (font !== null) (fonts[r] ??= [])[c] = font;
      return text;
    }),
  );
  const sheetName = evidence === "sheet-name" ? cased(g.unit) : g.sheetName;
  const file = evidence === "file-name" ? `${unmarked(g.unit).replace(/ /g, "_")}.xlsx` : g.fileName;
  const sheet: SheetValues = { name: sheetName, rows: encoded, merges, ...(fonts.length > 0 ? { fonts } : {}) };

  // Whose list the reader must say it is, and why.
  const fromTitle = !["sheet-name", "file-name"].includes(evidence);
  const columnUnits = g.unitsFrom === "column" ? nominees.map((n) => n.unit) : [];
  const majority = [...new Set(columnUnits)].find((u) => columnUnits.filter((x) => x === u).length * 2 > columnUnits.length);
  const [unit, unitSource]: [string, UnitSource] = fromTitle ? [g.unit, "title"] : majority !== undefined ? [majority, "column"] : [g.unit, evidence === "sheet-name" ? "sheet" : "file"];
  return {
    workbook: { file, sheets: [sheet] },
    registry: evidence === "file-name" ? [{ name: g.unit, kind: null, kindText: "", staff: null }] : [],
    unit,
    unitSource,
    nominees: nominees.map((n) => (g.unitsFrom === "sheet" ? { ...n, unit } : n)),
    layout: { evidence, order, encoding: g.encoding, kindFrom: g.kindFrom, unitsFrom: g.unitsFrom, twoRowHeader: g.twoRowHeader, below: g.below, signature: g.signature, sheetName, file },
  };
};
