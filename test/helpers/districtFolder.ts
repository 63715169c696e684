import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { addListSheet, encodeTcvn3, writeBrokenFile, writeBudgetWorkbook, type ListSheetSpec, type NominationRowSpec } from "./cliFixtures";

/**
 * A district's folder as its emulation office receives it for the Long Biên plan: ward and
 * department lists with title blocks and merged headers, one typed in TCVN3 with its capitals in
 * .VnTime (so its title reads "PHƯờNG NGọC THụY"), one without diacritics, one half-written,
 * a header-only list, a budget workbook, a cut-off file — and the district's units registry
 * (Tên đơn vị | Loại đơn vị | Tổng số CBCCVC, NLĐ). Generated here, never read from elsewhere.
 */

const NTVT = "Người tốt, việc tốt";
const DVK = "Dân vận khéo";

const person = (name: string, movement = NTVT, date = "12/03/2024"): NominationRowSpec => ({ name, kind: "Cá nhân", position: "Tổ trưởng tổ dân phố", movement, achievements: "Vận động nhân dân giữ gìn trật tự, vệ sinh", date });
const group = (name: string, movement = DVK): NominationRowSpec => ({ name, kind: "Tập thể", movement, achievements: "Tổ dân phố văn minh", date: "15/03/2024" });

export interface DistrictFile {
  file: string;
  write: (path: string) => Promise<void>;
}

const list = (file: string, spec: ListSheetSpec, edit?: (ws: ExcelJS.Worksheet) => void): DistrictFile => ({
  file,
  write: async (path) => {
    const wb = new ExcelJS.Workbook();
    const ws = addListSheet(wb, spec);
    edit?.(ws);
    await wb.xlsx.writeFile(path);
  },
});

/** The registry's rows: every ward and the health centre, with kinds and staff. */
export const DISTRICT_UNITS: readonly (readonly [string, string, number])[] = [
  ["Phường Bồ Đề", "Phường", 42],
  ["Phường Gia Thụy", "Phường", 38],
  ["Phường Ngọc Lâm", "Phường", 40],
  ["Phường Ngọc Thụy", "Phường", 45],
  ["Phường Phúc Đồng", "Phường", 36],
  ["Phường Phúc Lợi", "Phường", 33],
  ["Phường Sài Đồng", "Phường", 35],
  ["Phường Thạch Bàn", "Phường", 41],
  ["Phường Thượng Thanh", "Phường", 39],
  ["Phường Việt Hưng", "Phường", 37],
  ["Trung tâm Y tế", "Trung tâm", 240],
];

/** "PHƯờNG NGọC THụY": TCVN3 capitals typed in .VnTime, where toned capitals have no code. */
const TCVN3_NGOC_THUY = `UBND ${encodeTcvn3("PHƯ")}${encodeTcvn3("ờ")}NG NG${encodeTcvn3("ọ")}C TH${encodeTcvn3("ụ")}Y`;

export const DISTRICT_FILES: readonly DistrictFile[] = [
  list("Phuong_Bo_De.xlsx", { unitLine: "UBND PHƯỜNG BỒ ĐỀ", rows: [person("Nguyễn Văn Hùng"), person("Trần Thị Mai"), group("Tổ dân phố số 7")] }),
  list("Phuong_Gia_Thuy.xlsx", { unitLine: "UBND PHƯỜNG GIA THỤY", rows: [person("Đặng Văn Toàn"), group("Tổ dân phố số 2")] }),
  list("Phuong_Ngoc_Lam.xlsx", { unitLine: "UBND PHƯỜNG NGỌC LÂM", rows: [] }),
  list("Phuong_Ngoc_Thuy_TCVN3.xlsx", { unitLine: "UBND PHƯỜNG NGỌC THỤY", encoding: "tcvn3", rows: [person("Đỗ Thị Hoa"), person("Lê Văn Bình"), group("Tổ dân phố số 3")] }, (ws) => {
    ws.getCell(2, 1).value = TCVN3_NGOC_THUY;
    ws.getCell(2, 1).font = { name: ".VnTime", size: 12, bold: true };
  }),
  list("Phuong_Phuc_Dong.xlsx", { unitLine: "UBND PHƯỜNG PHÚC ĐỒNG", rows: [person("Phạm Thị Lan", DVK)] }),
  list("Phuong_Sai_Dong.xlsx", { unitLine: "UBND PHƯỜNG SÀI ĐỒNG", rows: [person("Vũ Thị Thu"), group("Chi hội Cựu chiến binh tổ 4")] }),
  list("Phuong_Thach_Ban.xlsx", { unitLine: "UBND PHƯỜNG THẠCH BÀN", rows: [person("Ngô Văn Sơn"), person("Hoàng Thị Yến")] }),
  list("Phuong Thuong Thanh.xlsx", { unitLine: "UBND PHUONG THUONG THANH", rows: [person("Nguyen Van Quang"), person("Bui Thi Ha")] }),
  list("Phuong Viet Hung - DS 2024.xlsx", { sheetName: "Danh sách", unitLine: "UBND PHƯỜNG VIET HUNG", rows: [person("Lý Văn Nam"), group("Tổ dân phố số 9")] }),
  list("Trung_tam_Y_te.xlsx", { parent: "UBND QUẬN LONG BIÊN", unitLine: "TRUNG TÂM Y TẾ", rows: [person("Bác sĩ Trần Văn Khoa"), person("Điều dưỡng Lê Thị Hạnh"), person("Nguyễn Thị Thanh"), group("Khoa Nhi")] }),
  { file: "Kinh_phi_khen_thuong.xlsx", write: async (path) => void (await writeBudgetWorkbook(path)) },
  { file: "Phuong_Long_Bien.xlsx", write: async (path) => void (await writeBrokenFile(path, "truncated")) },
];

export const REGISTRY_FILE = "Don_vi_Quan_Long_Bien.xlsx";

export const writeDistrictRegistry = async (path: string): Promise<void> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  ws.addRow(["DANH SÁCH ĐƠN VỊ THUỘC QUẬN LONG BIÊN"]);
  ws.addRow([]);
  ws.addRow(["STT", "Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, NLĐ"]);
  DISTRICT_UNITS.forEach(([name, kind, staff], i) => ws.addRow([i + 1, name, kind, staff]));
  await wb.xlsx.writeFile(path);
};

/** Writes the folder's files and, beside them, the registry; returns the files' paths (the registry's last). */
export const writeDistrictFolder = async (dir: string): Promise<{ files: string[]; registry: string }> => {
  const files: string[] = [];
  for (const f of DISTRICT_FILES) {
    await f.write(join(dir, f.file));
    files.push(join(dir, f.file));
  }
  const registry = join(dir, "..", REGISTRY_FILE);
  await writeDistrictRegistry(registry);
  writeFileSync(join(dir, "..", "README.txt"), "Thư mục do các phường gửi về phòng Nội vụ (tạo trong bài kiểm tra).\n");
  return { files, registry };
};
