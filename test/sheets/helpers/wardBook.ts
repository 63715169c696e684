/**
 * A district's spreadsheet as offices keep it in Google Sheets: a tab per ward (title block,
 * merged two-row header, signature block), one in TCVN3, one ward's old list hidden, a budget tab
 * that is no list; with the texts and dates that trip a reader up. Built with exceljs, so the same
 * workbook is a file for the command and, opened in the fake, a spreadsheet for the add-on.
 */
import ExcelJS from "exceljs";
import { addListSheet, type ListSheetSpec } from "../../helpers/cliFixtures";

export const PLAN_ID = "long-bien-2023-2025";
const NTVT = "Người tốt, việc tốt";
const DVK = "Dân vận khéo";

export const BO_DE: ListSheetSpec = {
  sheetName: "Bồ Đề",
  unitLine: "UBND PHƯỜNG BỒ ĐỀ",
  rows: [
    { name: "Nguyễn Văn Hùng", kind: "Cá nhân", position: "Tổ trưởng tổ dân phố số 5", movement: NTVT, achievements: "Vận động 40 hộ hiến đất mở ngõ", date: new Date(Date.UTC(2024, 2, 12)) },
    { name: "Tổ dân phố số 7", kind: "Tập thể", movement: DVK, achievements: "Xây dựng tuyến phố văn minh", date: "15/03/2024" },
    { name: "Trần Thị Mai", kind: "Cá nhân", position: "Hội viên Hội Phụ nữ", movement: "Vì người nghèo", achievements: "Giúp 3 hộ thoát nghèo", marks: ["x", "x", "", "x"], date: "18/03/2024" },
  ],
};

/** The same Nguyễn Văn Hùng as Bồ Đề's in NFD with two spaces, and texts that look like a formula and a phone number. */
export const VIET_HUNG: ListSheetSpec = {
  sheetName: "Việt Hưng",
  unitLine: "UBND PHƯỜNG VIỆT HƯNG",
  rows: [
    { name: "nguyễn văn  hùng".normalize("NFD"), kind: "Cá nhân", position: "Cựu chiến binh", movement: NTVT, achievements: "Nhặt được của rơi trả người đánh mất", date: new Date(Date.UTC(2024, 3, 2)) },
    { name: "Lê Văn Bình", kind: "Cá nhân", position: "+84 912 345 678", movement: NTVT, achievements: "=1+2", date: "05/04/2024", marks: ["x", "", "x", "x"] },
  ],
};

export const THACH_BAN_TCVN3: ListSheetSpec = {
  sheetName: "Thạch Bàn",
  unitLine: "UBND PHƯỜNG THẠCH BÀN",
  encoding: "tcvn3",
  rows: [
    { name: "Đỗ Thị Hoa", kind: "Cá nhân", position: "Chi hội trưởng phụ nữ", movement: "Vì người nghèo", achievements: "Giúp 5 hộ thoát nghèo", date: "10/04/2024" },
    { name: "Tổ dân phố số 3", kind: "Tập thể", movement: NTVT, achievements: "", date: "10/04/2024" },
  ],
};

/** Last year's list of a ward, hidden by the officer: a file's hidden sheet, skipped by both. */
export const PHUC_DONG_HIDDEN: ListSheetSpec = {
  sheetName: "Phúc Đồng 2023",
  unitLine: "UBND PHƯỜNG PHÚC ĐỒNG",
  rows: [{ name: "Phạm Thị Lan", kind: "Cá nhân", position: "Bí thư chi đoàn", movement: DVK, achievements: "Tổ chức 5 buổi sinh hoạt", date: "20/03/2023" }],
};

export const VISIBLE_LISTS = [BO_DE, VIET_HUNG, THACH_BAN_TCVN3] as const;

const addBudgetSheet = (wb: ExcelJS.Workbook): void => {
  const ws = wb.addWorksheet("Kinh phí");
  ws.getCell("A1").value = "UBND QUẬN LONG BIÊN";
  ws.getRow(3).values = ["STT", "Nội dung chi", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)"];
  ws.getRow(4).values = [1, "Giấy khen tập thể", 4, 800000, 3200000];
  ws.getRow(5).values = [2, "Giấy khen cá nhân", 12, 300000, 3600000];
};

/** The whole district: the wards' tabs, the hidden one, the budget tab. */
export function buildDistrictWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const spec of VISIBLE_LISTS) addListSheet(wb, spec);
  addListSheet(wb, PHUC_DONG_HIDDEN).state = "hidden";
  addBudgetSheet(wb);
  return wb;
}

/** One ward's tab alone, as a file of its own. */
export function buildOneSheetWorkbook(spec: ListSheetSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addListSheet(wb, spec);
  return wb;
}

/** A ward's list of `rows` nominees, one in five without the mark of the third criterion (an error on that cell). */
export function buildLongList(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addListSheet(wb, {
    sheetName: "Danh sách dài",
    unitLine: "UBND PHƯỜNG GIA THỤY",
    rows: Array.from({ length: rows }, (_, i) => ({
      name: `Nguyễn Văn Số ${i + 1}`,
      kind: "Cá nhân",
      position: "Tổ viên",
      movement: NTVT,
      achievements: `Thành tích thứ ${i + 1}`,
      ...(i % 5 === 0 ? { marks: ["x", "x", "", "x"] } : {}),
      date: "12/03/2024",
    })),
  });
  return wb;
}
