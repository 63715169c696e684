/**
 * Realistic unit sheets for the bench, made the way offices make them: title block, two-row merged
 * header with the criteria under "Tiêu chuẩn chung", a row of column numbers, the nomination rows
 * and a signature block (the layout of scripts/makeSamples.ts, for plan long-bien-2023-2025).
 * Names come from a seeded generator, so every run writes the same files.
 */
import ExcelJS from "exceljs";

export const BENCH_PLAN = "long-bien-2023-2025";

const CRITERIA = ["Gương mẫu chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái, tham gia hoạt động xã hội"];
const BEFORE = ["STT", "Họ và tên / Tên tập thể", "Đối tượng", "Chức vụ, đơn vị công tác", "Phong trào thi đua", "Tóm tắt thành tích"];
const AFTER = ["Ngày đăng ký", "Ghi chú"];
const MOVEMENTS = ["Người tốt, việc tốt", "Dân vận khéo", "Vì người nghèo - Không để ai bị bỏ lại phía sau", "Đẩy mạnh cải cách hành chính", "Học tập và làm theo Bác"];
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Mai", "Trịnh", "Đào", "Lò", "Giàng", "Sùng", "Quàng"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Xuân", "Thu", "Hồng", "Kim", "Công", "Đình", "Bảo", "Gia", "Thế", "Tiến", "Mạnh", "Phương", "A", "Anh", "Việt", "Hải", "Khánh", "Thùy", "Trọng", "Duy", "Ngọc Anh", "Thị Thu"];
const GIVEN = ["Hùng", "Mai", "Lan", "Hà", "Dũng", "Hương", "Tuấn", "Hoa", "Nam", "Bình", "Sơn", "Linh", "Trang", "Thảo", "Hạnh", "Long", "Cường", "Phúc", "Hiếu", "Yến", "Nga", "Tâm", "Vinh", "Thắng", "Quân", "Huyền", "Oanh", "Thủy", "Loan", "Khoa", "Đạt", "Hậu", "Lâm", "Nhung", "Phượng", "Sáng", "Tùng", "Vân", "Xuyến", "Dung", "Giang", "Khải", "Lợi", "Minh", "Nhàn", "Quyên", "Sinh", "Toàn", "Uyên", "Chiến", "Điệp", "Hưng", "Kiên", "Luyến", "Mừng", "Nghĩa", "Pao", "Sử", "Tủa", "Ín"];
const PLACES = ["Bồ Đề", "Việt Hưng", "Phúc Lợi", "Ngọc Thụy", "Thạch Bàn", "Sài Đồng", "Giang Biên", "Cự Khối", "Sáng Nhè", "Mường Đun", "Tủa Thàng", "An Bình", "Tân Lập", "Hòa Bình", "Đông Hưng", "Tây Sơn", "Nam Thành", "Bắc Sơn", "Phú Xuân", "Long Hải", "Thanh Hà", "Hưng Đạo", "Quang Trung", "Lê Lợi", "Hồng Phong", "Kim Sơn", "Yên Thế", "Vĩnh Phúc", "Trường Xuân", "Đồng Tâm"];
const POSITIONS = ["Tổ trưởng tổ dân phố", "Hội viên Hội Phụ nữ", "Công an viên", "Cựu chiến binh", "Bí thư chi bộ", "Chuyên viên", "Giáo viên", "Trưởng thôn", ""];
const ACHIEVEMENTS = ["Vận động 40 hộ hiến đất mở ngõ", "Xây dựng tuyến phố văn minh", "Giúp 3 hộ thoát nghèo", "Số hóa 5.000 hồ sơ một cửa", "Cứu người đuối nước", "Nhặt được của rơi trả người đánh mất", "Trồng 5 ha chè Shan tuyết"];

/** A small seeded generator (mulberry32): the same seed writes the same files. */
export const makeRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

export interface BenchUnit {
  /** "Phường Bồ Đề 12", "Xã Sáng Nhè 7": unique across the country's 3,321. */
  name: string;
  /** "Bồ Đề 12": the unit's place, which its collectives carry. */
  place: string;
  file: string;
}

/** Unit i of the country: wards and communes alternate; names are unique. */
export const describeBenchUnit = (i: number): BenchUnit => {
  const kind = i % 3 === 0 ? "Xã" : "Phường";
  const place = `${PLACES[i % PLACES.length] ?? ""} ${Math.floor(i / PLACES.length) + 1}`;
  const name = `${kind} ${place}`;
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").replace(/\s+/g, "_");
  return { name, place, file: `${String(i + 1).padStart(4, "0")}_${ascii}.xlsx` };
};

type Cell = string | number | null;

/**
 * Rows as a unit writes them: mostly valid, a few with a missing mark, a wrong kind or a bad date.
 * Three in four people have a given name of two syllables ("Thu Hương"), so that names collide
 * across units about as often as in real lists rather than on most rows; collectives carry the
 * unit's place ("Tổ dân phố số 7 Bồ Đề").
 */
export const makeNominationRows = (random: () => number, count: number, place = pick(random, PLACES)): Cell[][] => {
  const rows: Cell[][] = [];
  for (let k = 0; k < count; k++) {
    const roll = random();
    const collective = roll < 0.15;
    const given = random() < 0.75 ? `${pick(random, GIVEN)} ${pick(random, GIVEN)}` : pick(random, GIVEN);
    const name = collective ? `Tổ dân phố số ${Math.floor(random() * 90) + 1} ${place}` : `${pick(random, SURNAMES)} ${pick(random, MIDDLE)} ${given}`;
    const kind = collective ? "Tập thể" : roll < 0.2 ? "Hộ gia đình" : roll > 0.99 ? "Cơ quan" : "Cá nhân";
    const marks = CRITERIA.map(() => (random() < 0.02 ? "" : "x"));
    const day = Math.floor(random() * 28) + 1;
    const month = Math.floor(random() * 12) + 1;
    const date = random() < 0.01 ? "31/04/2024" : `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/2024`;
    rows.push([k + 1, name, kind, pick(random, POSITIONS), pick(random, MOVEMENTS), pick(random, ACHIEVEMENTS), ...marks, date, ""]);
  }
  return rows;
};

const THIN = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } } as const;
const FONT = { name: "Times New Roman", size: 12 };
const BOLD = { ...FONT, bold: true };
const ITALIC = { ...FONT, italic: true };

/** One unit's workbook, written as an office would: styled, merged, set up to print. */
export const writeUnitWorkbook = async (unit: BenchUnit, rows: readonly Cell[][]): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS 2024", { pageSetup: { paperSize: 9, orientation: "landscape" } });
  const headers = [...BEFORE, ...CRITERIA, ...AFTER];
  const last = headers.length;
  Object.assign(ws.getCell(1, 1), { value: "UBND QUẬN LONG BIÊN", font: BOLD });
  Object.assign(ws.getCell(2, 1), { value: `UBND ${unit.name.toUpperCase()}`, font: BOLD });
  Object.assign(ws.getCell(1, 6), { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font: BOLD });
  Object.assign(ws.getCell(2, 6), { value: "Độc lập - Tự do - Hạnh phúc", font: BOLD });
  ws.mergeCells(4, 1, 4, last);
  Object.assign(ws.getCell(4, 1), { value: "DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024", font: { ...BOLD, size: 14 }, alignment: { horizontal: "center" } });
  headers.forEach((h, i) => {
    const c = i + 1;
    if (i >= BEFORE.length && i < BEFORE.length + CRITERIA.length) ws.getCell(7, c).value = h;
    else {
      ws.getCell(6, c).value = h;
      ws.mergeCells(6, c, 7, c);
    }
  });
  ws.mergeCells(6, BEFORE.length + 1, 6, BEFORE.length + CRITERIA.length);
  ws.getCell(6, BEFORE.length + 1).value = "Tiêu chuẩn chung";
  for (let c = 1; c <= last; c++) for (const r of [6, 7]) Object.assign(ws.getCell(r, c), { font: BOLD, border: THIN, alignment: { wrapText: true, horizontal: "center", vertical: "middle" } });
  headers.forEach((_, i) => Object.assign(ws.getCell(8, i + 1), { value: `(${i + 1})`, font: ITALIC, border: THIN }));
  rows.forEach((row, k) =>
    row.forEach((v, i) => {
      const cell = ws.getCell(9 + k, i + 1);
      cell.value = v === "" ? null : v;
      cell.font = FONT;
      cell.border = THIN;
    }),
  );
  const sign = 9 + rows.length + 2;
  Object.assign(ws.getCell(sign, 2), { value: "Người lập biểu", font: BOLD });
  Object.assign(ws.getCell(sign, 8), { value: "TM. ỦY BAN NHÂN DÂN", font: BOLD });
  Object.assign(ws.getCell(sign + 1, 8), { value: "CHỦ TỊCH", font: BOLD });
  Object.assign(ws.getCell(sign + 4, 8), { value: "Nguyễn Văn Lâm", font: BOLD });
  ws.columns.forEach((col, i) => (col.width = [5, 26, 11, 20, 24, 30][i] ?? 12));
  return Buffer.from(await wb.xlsx.writeBuffer());
};
