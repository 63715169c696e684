/**
 * Writes the bundled sample unit sheets (templates/samples/<plan id>/) the way offices make them:
 * title block, two-row merged header, a row of column numbers, a signature block, legacy TCVN3
 * text, headers without marks — and a few deliberate mistakes for the demo to find.
 * Run: npx tsx scripts/makeSamples.ts
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { TCVN3_LOOKUP } from "../src/core/text/tcvn3Table";

const ROOT = join(__dirname, "../templates/samples");
type Row = (string | number | Date | null)[];

const toTcvn3 = (text: string, capitals = false): string => {
  const reverse = new Map<string, string>();
  TCVN3_LOOKUP.forEach((ch, code) => {
    if (ch && code >= 0x80 && !reverse.has(ch)) reverse.set(ch, String.fromCharCode(code));
  });
  const src = capitals ? text.normalize("NFC").toLocaleLowerCase("vi") : text.normalize("NFC");
  return [...src].map((ch) => reverse.get(ch) ?? ch).join("");
};

interface ListSheet {
  name: string;
  parent: string;
  unitLine: string | null;
  title: string;
  criteria: string[];
  rows: Row[];
  font?: string;
  titleFont?: string;
  encode?: (text: string, capitals?: boolean) => string;
  plainHeaders?: string[];
}

const thin = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } } as const;

/** A list sheet as offices lay it out: two-row header with the criteria under "Tiêu chuẩn chung". */
const addListSheet = (wb: ExcelJS.Workbook, s: ListSheet): void => {
  const ws = wb.addWorksheet(s.name, { pageSetup: { paperSize: 9, orientation: "landscape" } });
  const enc = s.encode ?? ((t: string) => t);
  const font = { name: s.font ?? "Times New Roman", size: 12 };
  const titleFont = { name: s.titleFont ?? font.name, size: 12, bold: true };
  const before = ["STT", "Họ và tên / Tên tập thể", "Đối tượng", "Chức vụ, đơn vị công tác", "Phong trào thi đua", "Tóm tắt thành tích"];
  const after = ["Ngày đăng ký", "Ghi chú"];
  const headers = s.plainHeaders ?? [...before, ...s.criteria, ...after];
  const last = headers.length;
  ws.getCell(1, 1).value = enc(s.parent, true);
  ws.getCell(1, 1).font = titleFont;
  if (s.unitLine) {
    ws.getCell(2, 1).value = enc(s.unitLine, true);
    ws.getCell(2, 1).font = titleFont;
  }
  ws.getCell(1, 6).value = enc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
  ws.getCell(1, 6).font = titleFont;
  ws.getCell(2, 6).value = enc("Độc lập - Tự do - Hạnh phúc");
  ws.getCell(2, 6).font = { ...font, bold: true };
  ws.mergeCells(4, 1, 4, last);
  ws.getCell(4, 1).value = enc(s.title, true);
  ws.getCell(4, 1).font = { ...titleFont, size: 14 };
  ws.getCell(4, 1).alignment = { horizontal: "center" };
  if (s.plainHeaders) {
    headers.forEach((h, i) => Object.assign(ws.getCell(6, i + 1), { value: enc(h), font: { ...font, bold: true }, border: thin }));
  } else {
    headers.forEach((h, i) => {
      const c = i + 1;
      const inCriteria = i >= before.length && i < before.length + s.criteria.length;
      if (inCriteria) ws.getCell(7, c).value = enc(h);
      else {
        ws.getCell(6, c).value = enc(h);
        ws.mergeCells(6, c, 7, c);
      }
    });
    ws.mergeCells(6, before.length + 1, 6, before.length + s.criteria.length);
    ws.getCell(6, before.length + 1).value = enc("Tiêu chuẩn chung");
    ws.getRow(7).height = 48;
    for (let c = 1; c <= last; c++) for (const r of [6, 7]) Object.assign(ws.getCell(r, c), { font: { ...font, bold: true }, border: thin, alignment: { wrapText: true, horizontal: "center", vertical: "middle" } });
  }
  const numberRow = s.plainHeaders ? 7 : 8;
  headers.forEach((_, i) => Object.assign(ws.getCell(numberRow, i + 1), { value: `(${i + 1})`, font: { ...font, italic: true }, border: thin }));
  s.rows.forEach((row, k) =>
    row.forEach((v, i) => {
      const cell = ws.getCell(numberRow + 1 + k, i + 1);
      cell.value = typeof v === "string" ? enc(v) : v;
      cell.font = font;
      cell.border = thin;
    }),
  );
  const sign = numberRow + s.rows.length + 3;
  Object.assign(ws.getCell(sign, 2), { value: enc("Người lập biểu"), font: { ...font, bold: true } });
  Object.assign(ws.getCell(sign, 8), { value: enc("TM. ỦY BAN NHÂN DÂN", true), font: titleFont });
  Object.assign(ws.getCell(sign + 1, 8), { value: enc("CHỦ TỊCH", true), font: titleFont });
  Object.assign(ws.getCell(sign + 4, 8), { value: enc("Nguyễn Văn Lâm"), font: { ...font, bold: true } });
  ws.columns.forEach((col, i) => (col.width = [5, 26, 11, 20, 24, 30][i] ?? 12));
};

const save = async (wb: ExcelJS.Workbook, dir: string, file: string) => {
  mkdirSync(join(ROOT, dir), { recursive: true });
  await wb.xlsx.writeFile(join(ROOT, dir, file));
};

const addUnitsRegistry = async (dir: string, units: [string, string, number][]) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  ws.addRow(["STT", "Tên đơn vị", "Loại đơn vị", "Số CBCCVC, người lao động"]);
  units.forEach((u, i) => ws.addRow([i + 1, ...u]));
  await save(wb, dir, "Don_vi.xlsx");
};

const GENERAL = ["Gương mẫu chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái, tham gia hoạt động xã hội"];

const makeLongBien = async () => {
  const dir = "long-bien-2023-2025";
  const title = "DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024";
  let wb = new ExcelJS.Workbook();
  addListSheet(wb, {
    name: "DS 2024", parent: "UBND QUẬN LONG BIÊN", unitLine: "UBND PHƯỜNG BỒ ĐỀ", title, criteria: GENERAL,
    rows: [
      [1, "Nguyễn Văn Hùng", "Cá nhân", "Tổ trưởng tổ dân phố số 5", "Người tốt, việc tốt", "Vận động 40 hộ hiến đất mở ngõ", "x", "x", "x", "x", "12/03/2024", ""],
      [2, "Tổ dân phố số 7", "Tập thể", "", "Dân vận khéo", "Xây dựng tuyến phố văn minh", "x", "x", "x", "x", "15/03/2024", ""],
      [3, "Trần Thị Mai", "Cá nhân", "Hội viên Hội Phụ nữ", "Vì người nghèo - Không để ai bị bỏ lại phía sau", "Giúp 3 hộ thoát nghèo", "x", "x", "", "x", "18/03/2024", "Thiếu tiêu chí 3"],
    ],
  });
  await save(wb, dir, "Phuong_Bo_De.xlsx");
  wb = new ExcelJS.Workbook();
  addListSheet(wb, {
    name: "Sheet1", parent: "UBND QUAN LONG BIEN", unitLine: null, title: "DANH SACH DANG KY DIEN HINH TIEN TIEN NAM 2024", criteria: [],
    plainHeaders: ["TT", "Ho va ten", "Doi tuong", "Chuc vu", "Phong trao", "Thanh tich", "Guong mau chap hanh chu truong, chinh sach", "Hoan thanh xuat sac nhiem vu", "Co mo hinh moi, cach lam hay", "Tuong than tuong ai, tham gia hoat dong xa hoi", "Ngay dang ky", "Ghi chu"],
    rows: [
      [1, "Nguyễn Văn Hùng", "CN", "Cựu chiến binh", "Người tốt, việc tốt", "Nhặt được của rơi trả người đánh mất", "x", "x", "x", "x", new Date(Date.UTC(2024, 3, 2)), ""],
      [2, "Lê Văn Bình", "CN", "Công an viên", "Người tốt, việc tốt", "Cứu người đuối nước", "x", "x", "x", "x", "31/04/2024", "Ngày không có thật"],
      [3, "Lê Văn Bình", "CN", "Công an viên", "Người tốt, việc tốt", "Cứu người đuối nước", "x", "x", "x", "x", "05/04/2024", "Ghi trùng"],
    ],
  });
  await save(wb, dir, "Phuong Viet Hung - DS 2024.xlsx");
  wb = new ExcelJS.Workbook();
  addListSheet(wb, {
    name: "Danh sách", parent: "UBND QUẬN LONG BIÊN", unitLine: "PHÒNG NỘI VỤ", title, criteria: GENERAL,
    rows: [
      [1, "Phạm Thu Trang", "Cá nhân", "Chuyên viên", "Đẩy mạnh cải cách hành chính", "Số hóa 5.000 hồ sơ một cửa", "x", "x", "x", "x", "20/05/2024", ""],
      [2, "Bộ phận Một cửa", "Tập thể", "", "Đẩy mạnh cải cách hành chính", "100% hồ sơ đúng hạn", "✓", "Đạt", "Có", "x", "20/05/2024", ""],
    ],
  });
  await save(wb, dir, "Phong_Noi_vu.xlsx");
  await addUnitsRegistry(dir, [["Phường Bồ Đề", "Phường", 30], ["Phường Việt Hưng", "Phường", 28], ["Phòng Nội vụ", "Phòng, ban", 18]]);
};

const makeTuaChua = async () => {
  const dir = "tua-chua-2021-2025";
  const title = "DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN NĂM 2021";
  let wb = new ExcelJS.Workbook();
  addListSheet(wb, {
    name: "Danh sách", parent: "UBND HUYỆN TỦA CHÙA", unitLine: "UBND XÃ SÁNG NHÈ", title, criteria: GENERAL,
    rows: [
      [1, "Thôn Háng Đề Dê", "Tập thể", "", "Cả nước chung sức xây dựng nông thôn mới", "Thôn đạt chuẩn nông thôn mới", "x", "x", "x", "x", "02/11/2021", ""],
      [2, "Giàng A Sử", "Cá nhân", "Trưởng thôn", "Cả nước chung sức xây dựng nông thôn mới", "Vận động hiến 1.200 m² đất làm đường", "x", "x", "x", "x", "02/11/2021", ""],
      [3, "Hộ ông Vàng A Tủa", "Hộ gia đình", "", "Nông dân thi đua sản xuất, kinh doanh giỏi", "Trồng 5 ha chè Shan tuyết", "x", "x", "x", "x", "03/11/2021", ""],
    ],
  });
  await save(wb, dir, "Xa_Sang_Nhe.xlsx");
  wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet("Hướng dẫn");
  guide.getCell("A1").value = "Hướng dẫn: mỗi xã ghi danh sách vào một trang tính; đánh dấu x vào tiêu chí đạt.";
  addListSheet(wb, {
    name: "Mường Đun", parent: "UBND HUYỆN TỦA CHÙA", unitLine: "UBND XÃ MƯỜNG ĐUN", title, criteria: GENERAL,
    rows: [1, 2, 3, 4, 5].map((i) => [i, ["Lò Văn Panh", "Chi hội Phụ nữ bản Đun", "Quàng Thị Dung", "Hộ bà Lò Thị Ín", "Cà Văn Khằm"][i - 1] ?? "", i === 2 ? "Tập thể" : i === 4 ? "Hộ gia đình" : "Cá nhân", "", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Giữ gìn bản sắc văn hóa", "x", "x", "x", i === 5 ? "" : "x", "05/11/2021", ""]),
  });
  addListSheet(wb, {
    name: "Tủa Thàng", parent: "UBND HUYỆN TỦA CHÙA", unitLine: "UBND XÃ TỦA THÀNG", title, criteria: GENERAL,
    rows: [
      [1, "Sùng A Dình", "Cá nhân", "Bí thư chi bộ", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Chi bộ trong sạch vững mạnh", "x", "x", "x", "x", "05/11/2021", ""],
      [2, "Giàng A Sử", "Cá nhân", "Hội viên nông dân", "Nông dân thi đua sản xuất, kinh doanh giỏi", "Nuôi 40 con bò", "x", "x", "x", "x", "25/11/2021", "Gửi muộn"],
    ],
  });
  await save(wb, dir, "Cum_xa_phia_Nam.xlsx");
  wb = new ExcelJS.Workbook();
  addListSheet(wb, {
    name: "DS", parent: "UBND HUYỆN TỦA CHÙA", unitLine: "UBND THỊ TRẤN TỦA CHÙA", title, criteria: GENERAL, font: ".VnTime", titleFont: ".VnTimeH", encode: toTcvn3,
    rows: [
      [1, "Tổ dân phố Đồng Tâm", "Tập thể", "", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Tổ dân phố văn hóa 5 năm liền", "x", "x", "x", "x", "05/11/2021", ""],
      [2, "Nguyễn Thị Thu Hương", "Cá nhân", "Công chức Văn hóa - Xã hội", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Số hóa 3.000 hồ sơ", "x", "x", "x", "x", "05/11/2021", ""],
    ],
  });
  await save(wb, dir, "TT_Tua_Chua_TCVN3.xlsx");
  await addUnitsRegistry(dir, [["Xã Sáng Nhè", "Xã", 21], ["Xã Mường Đun", "Xã", 20], ["Xã Tủa Thàng", "Xã", 20], ["Thị trấn Tủa Chùa", "Thị trấn", 24]]);
};

void (async () => {
  await makeLongBien();
  await makeTuaChua();
  console.log(`Đã ghi các tệp mẫu vào ${ROOT}`);
})();
