/**
 * Units' nomination sheets for the Tủa Chùa plan as offices lay them out — title block, a
 * two-row header with the criteria merged under "Tiêu chuẩn chung" / "Tiêu chuẩn cụ thể", a row
 * of column numbers, the nominees, a signature block — described as plain cells. Pure: the Node
 * side writes them with exceljs, the fake Excel host (bundled for the browser) fills a FakeSheet.
 */

export type UnitCellValue = string | number;

export interface UnitCellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  border?: boolean;
  wrap?: boolean;
  center?: boolean;
}

export interface UnitCell {
  /** 1-based, as Excel shows them. */
  row: number;
  col: number;
  value: UnitCellValue;
  style?: UnitCellStyle;
}

export interface UnitSheetLayout {
  sheetName: string;
  cells: UnitCell[];
  /** A1 ranges ("A4:P4"). */
  merges: string[];
  /** Character widths, column A first. */
  widths: number[];
  font: { name: string; size: number };
  firstDataRow: number;
}

export interface CriteriaGroup {
  label: string;
  criteria: string[];
}

export interface UnitSheetSpec {
  fileName: string;
  sheetName: string;
  parent: string;
  unitLine: string;
  title: string;
  /** "Mường Đun, ngày 05 tháng 11 năm 2021" */
  placeAndDate: string;
  signer: { role: string; title: string; name: string };
  groups: CriteriaGroup[];
  /** STT, name, kind, position, movement, achievements, one mark per criterion, date, note. */
  rows: UnitCellValue[][];
}

export const GENERAL_CRITERIA = [
  "Gương mẫu chấp hành chủ trương, chính sách",
  "Hoàn thành xuất sắc nhiệm vụ",
  "Có mô hình mới, cách làm hay",
  "Tương thân tương ái, tham gia hoạt động xã hội",
];

const BEFORE = ["STT", "Họ và tên / Tên tập thể", "Đối tượng", "Chức vụ, đơn vị công tác", "Phong trào thi đua", "Tóm tắt thành tích"];
const AFTER = ["Ngày đăng ký", "Ghi chú"];
const HEADER_ROW = 6;

export function toColumnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const address = (row: number, col: number): string => `${toColumnLetter(col)}${row}`;

export function layoutUnitSheet(spec: UnitSheetSpec): UnitSheetLayout {
  const cells: UnitCell[] = [];
  const merges: string[] = [];
  const put = (row: number, col: number, value: UnitCellValue, style?: UnitCellStyle): void => {
    cells.push(style ? { row, col, value, style } : { row, col, value });
  };
  const criteria = spec.groups.flatMap((g) => g.criteria);
  const headers = [...BEFORE, ...criteria, ...AFTER];
  const last = headers.length;
  const half = Math.ceil(last / 2) + 1;

  put(1, 1, spec.parent, { bold: true, center: true });
  put(2, 1, spec.unitLine, { bold: true, center: true });
  merges.push(`A1:${address(1, 4)}`, `A2:${address(2, 4)}`);
  put(1, half, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, center: true });
  put(2, half, "Độc lập - Tự do - Hạnh phúc", { bold: true, center: true, size: 13 });
  merges.push(`${address(1, half)}:${address(1, last)}`, `${address(2, half)}:${address(2, last)}`);
  put(4, 1, spec.title, { bold: true, size: 14, center: true });
  merges.push(`A4:${address(4, last)}`);

  const head: UnitCellStyle = { bold: true, border: true, wrap: true, center: true };
  headers.forEach((text, i) => {
    const col = i + 1;
    const inCriteria = i >= BEFORE.length && i < BEFORE.length + criteria.length;
    if (inCriteria) put(HEADER_ROW + 1, col, text, head);
    else {
      put(HEADER_ROW, col, text, head);
      put(HEADER_ROW + 1, col, "", head);
      merges.push(`${address(HEADER_ROW, col)}:${address(HEADER_ROW + 1, col)}`);
    }
  });
  let start = BEFORE.length + 1;
  for (const group of spec.groups) {
    const end = start + group.criteria.length - 1;
    put(HEADER_ROW, start, group.label, head);
    for (let col = start + 1; col <= end; col++) put(HEADER_ROW, col, "", head);
    if (end > start) merges.push(`${address(HEADER_ROW, start)}:${address(HEADER_ROW, end)}`);
    start = end + 1;
  }
  headers.forEach((_, i) => put(HEADER_ROW + 2, i + 1, `(${i + 1})`, { italic: true, border: true, center: true }));

  const firstDataRow = HEADER_ROW + 3;
  spec.rows.forEach((row, k) =>
    row.forEach((value, i) => put(firstDataRow + k, i + 1, value, { border: true, wrap: i === 5, center: i === 0 || i === 2 || (i >= BEFORE.length && i < BEFORE.length + criteria.length) })),
  );

  const sign = firstDataRow + spec.rows.length + 2;
  put(sign, half, spec.placeAndDate, { italic: true, center: true });
  put(sign + 1, 2, "Người lập biểu", { bold: true, center: true });
  put(sign + 1, half, spec.signer.role, { bold: true, center: true });
  put(sign + 2, half, spec.signer.title, { bold: true, center: true });
  put(sign + 6, half, spec.signer.name, { bold: true, center: true });

  const widths = headers.map((_, i) => [6, 26, 11, 20, 26, 32][i] ?? (i < BEFORE.length + criteria.length ? 12 : 13));
  return { sheetName: spec.sheetName, cells, merges, widths, font: { name: "Times New Roman", size: 12 }, firstDataRow };
}

const PARENT = "UBND HUYỆN TỦA CHÙA";
const TITLE = "DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN NĂM 2021";
const COMMUNE_SIGNER = { role: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Lò Văn Thắng" };
const VAN_HOA = "Toàn dân đoàn kết xây dựng đời sống văn hóa";
const CULTURE_GROUPS: CriteriaGroup[] = [
  { label: "Tiêu chuẩn chung", criteria: GENERAL_CRITERIA },
  { label: "Tiêu chuẩn cụ thể", criteria: ["Tiêu chí xây dựng đời sống văn hóa", "Tiêu chí gương cá nhân điển hình tiên tiến"] },
];

/** Xã Sáng Nhè: three nominees, all in order. */
export const SANG_NHE: UnitSheetSpec = {
  fileName: "Xa_Sang_Nhe.xlsx",
  sheetName: "Danh sách",
  parent: PARENT,
  unitLine: "UBND XÃ SÁNG NHÈ",
  title: TITLE,
  placeAndDate: "Sáng Nhè, ngày 03 tháng 11 năm 2021",
  signer: COMMUNE_SIGNER,
  groups: [
    { label: "Tiêu chuẩn chung", criteria: GENERAL_CRITERIA },
    {
      label: "Tiêu chuẩn cụ thể",
      criteria: ["Tiêu chí nông thôn mới (tập thể)", "Tiêu chí nông thôn mới (cá nhân)", "Tiêu chí nông dân sản xuất, kinh doanh giỏi", "Tiêu chí gương cá nhân điển hình tiên tiến"],
    },
  ],
  rows: [
    [1, "Thôn Háng Đề Dê", "Tập thể", "", "Cả nước chung sức xây dựng nông thôn mới", "Thôn đạt chuẩn nông thôn mới năm 2021", "x", "x", "x", "x", "x", "", "", "", "02/11/2021", ""],
    [2, "Giàng A Sử", "Cá nhân", "Trưởng thôn Háng Đề Dê", "Cả nước chung sức xây dựng nông thôn mới", "Vận động nhân dân hiến 1.200 m² đất làm đường liên thôn", "x", "x", "x", "x", "", "x", "", "x", "02/11/2021", ""],
    [3, "Hộ ông Vàng A Tủa", "Hộ gia đình", "", "Nông dân thi đua sản xuất, kinh doanh giỏi", "Trồng và chăm sóc 5 ha chè Shan tuyết, thu nhập 300 triệu đồng/năm", "x", "x", "x", "x", "", "", "x", "", "03/11/2021", ""],
  ],
};

/** Xã Mường Đun: four nominees; Quàng Thị Dung (row 11) lacks the mark for "Tương thân tương ái". */
export const MUONG_DUN: UnitSheetSpec = {
  fileName: "Xa_Muong_Dun.xlsx",
  sheetName: "Danh sách",
  parent: PARENT,
  unitLine: "UBND XÃ MƯỜNG ĐUN",
  title: TITLE,
  placeAndDate: "Mường Đun, ngày 05 tháng 11 năm 2021",
  signer: COMMUNE_SIGNER,
  groups: CULTURE_GROUPS,
  rows: [
    [1, "Lò Văn Panh", "Cá nhân", "Nghệ nhân bản Đun", VAN_HOA, "Truyền dạy múa xòe cho 40 thanh thiếu niên", "x", "x", "x", "x", "x", "x", "05/11/2021", ""],
    [2, "Chi hội Phụ nữ bản Đun", "Tập thể", "", VAN_HOA, "Duy trì đội văn nghệ, giữ gìn trang phục truyền thống", "x", "x", "x", "x", "x", "", "05/11/2021", ""],
    [3, "Quàng Thị Dung", "Cá nhân", "Chi hội trưởng Chi hội Phụ nữ", VAN_HOA, "Vận động 25 hộ thực hiện nếp sống văn minh trong việc cưới, việc tang", "x", "x", "x", "", "x", "x", "05/11/2021", "Bổ sung sau"],
    [4, "Hộ bà Lò Thị Ín", "Hộ gia đình", "", VAN_HOA, "Gia đình văn hóa tiêu biểu 5 năm liền", "x", "x", "x", "x", "x", "", "05/11/2021", ""],
  ],
};

/** The cell a check must mark on MUONG_DUN: the fourth general criterion of the third nominee. */
export const MUONG_DUN_FAILING_CELL = `${toColumnLetter(6 + 4)}${9 + 2}`;

/** Phòng Văn hóa và Thông tin: two models of the culture movement, both in order. */
export const PHONG_VAN_HOA: UnitSheetSpec = {
  fileName: "Phong_Van_hoa_Thong_tin.xlsx",
  sheetName: "DS 2021",
  parent: PARENT,
  unitLine: "PHÒNG VĂN HÓA VÀ THÔNG TIN",
  title: TITLE,
  placeAndDate: "Tủa Chùa, ngày 08 tháng 11 năm 2021",
  signer: { role: "TRƯỞNG PHÒNG", title: "", name: "Nguyễn Thị Thanh Hà" },
  groups: CULTURE_GROUPS,
  rows: [
    [1, "Tổ dân phố Đồng Tâm", "Tập thể", "Thị trấn Tủa Chùa", VAN_HOA, "Tổ dân phố văn hóa 5 năm liền, không có tệ nạn xã hội", "x", "x", "x", "x", "x", "", "08/11/2021", ""],
    [2, "Bản Tủa Thàng", "Tập thể", "Xã Tủa Thàng", VAN_HOA, "Bản văn hóa, giữ gìn lễ hội Gầu Tào của người Mông", "x", "x", "x", "x", "x", "", "08/11/2021", ""],
  ],
};

const SURNAMES = ["Nguyễn", "Lò", "Quàng", "Giàng", "Sùng", "Vàng", "Cà", "Lường", "Mùa", "Thào", "Hoàng", "Trần", "Lê", "Phạm", "Đỗ", "Vũ", "Đặng", "Bùi", "Hà", "Lý"];
const MIDDLES = ["Văn", "Thị", "A", "Thị Thu", "Đức", "Minh", "Thanh", "Ngọc", "Hữu", "Quang", "Thị Mai", "Xuân"];
const GIVEN = [
  "Panh", "Dung", "Sử", "Tủa", "Khằm", "Ín", "Dình", "Hương", "Lâm", "Thắng", "Hà", "Nga", "Phương", "Tuấn", "Hùng", "Lan", "Hoa", "Bình", "Chiến", "Dương",
  "Giang", "Hải", "Khánh", "Linh", "Mạnh", "Nam", "Oanh", "Quý", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Ánh", "Đông", "Ơn", "Ước", "Thảo", "Trang",
  "Cường", "Đạt", "Hiếu", "Kiên", "Lộc", "Nhung", "Phúc", "Thành", "Tùng", "Việt",
];

/**
 * A long list for one commune — `count` distinct nominees of the culture movement, all in order
 * except the one at `failingIndex`, which lacks the "Tương thân tương ái" mark.
 */
export function makeLongUnitSheet(count: number, failingIndex: number): UnitSheetSpec {
  if (count > SURNAMES.length * MIDDLES.length * GIVEN.length) throw new Error(`at most ${SURNAMES.length * MIDDLES.length * GIVEN.length} distinct names`);
  const rows = Array.from({ length: count }, (_, i): UnitCellValue[] => {
    const name = `${SURNAMES[i % SURNAMES.length]} ${MIDDLES[Math.floor(i / SURNAMES.length) % MIDDLES.length]} ${GIVEN[Math.floor(i / (SURNAMES.length * MIDDLES.length)) % GIVEN.length]}`;
    const caring = i === failingIndex ? "" : "x";
    return [i + 1, name, "Cá nhân", `Hội viên chi hội bản ${1 + (i % 12)}`, VAN_HOA, "Giữ gìn bản sắc văn hóa dân tộc, vận động nhân dân thực hiện nếp sống văn minh", "x", "x", "x", caring, "x", "x", "05/11/2021", ""];
  });
  return { ...MUONG_DUN, fileName: `Xa_Muong_Dun_${count}.xlsx`, rows };
}
