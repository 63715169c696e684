import type { CellScalar } from "../../../src/core/model";
import { findUnitInSheetName, findUnitInTitleRows, guessUnitFromFileName, matchKnownUnitName, namesPlanIssuer, toUnitDisplayName } from "../../../src/core/units/findUnitName";
import { makeUnitLineReader } from "../../../src/core/units/readUnitLine";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";
import { makeTestPlan } from "../../helpers/sheets";

const plan = makeTestPlan();
const builtin = (id: string) => {
  const found = findBuiltinPlan(id);
  if (!found) throw new Error(`no plan ${id}`);
  return found;
};
const thuongNinh = builtin("thuong-ninh-2023-2025");

describe("findUnitInTitleRows", () => {
  test.each<[string, CellScalar[][], string | null]>([
    ["the ward under the district", [["UBND QUẬN LONG BIÊN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["UBND PHƯỜNG BỒ ĐỀ", null, "Độc lập - Tự do - Hạnh phúc"]], "Phường Bồ Đề"],
    ["an office under the district", [["UBND HUYỆN MƯỜNG THANH"], ["PHÒNG NỘI VỤ"]], "Phòng Nội vụ"],
    ["the document number under the organ is no unit", [["UBND HUYỆN MƯỜNG THANH"], ["UBND XÃ HÒA BÌNH"], ["Số: 15/DS-UBND"]], "Xã Hòa Bình"],
    ["a subtitle naming the movement is no unit", [["UBND XÃ TÂN LẬP"], ["DANH SÁCH ĐĂNG KÝ"], ['Phong trào "Nông thôn mới"']], "Xã Tân Lập"],
    ["a line Đơn vị: … wins", [["UBND HUYỆN MƯỜNG THANH"], ["Đơn vị: Trường Tiểu học Hòa Bình"]], "Trường Tiểu học Hòa Bình"],
    ["both organ lines typed in one cell", [["UBND HUYỆN MƯỜNG THANH\nUBND XÃ HÒA BÌNH"]], "Xã Hòa Bình"],
    ["Ủy ban nhân dân written out", [["ỦY BAN NHÂN DÂN XÃ TẢ PHÌN"]], "Xã Tả Phìn"],
    ["a blank form's placeholders name nothing", [["UBND HUYỆN ……………"], ["UBND XÃ ..............."], ["ĐƠN VỊ: ……………………"], ["DANH SÁCH NĂM 2024"]], null],
    ["only the title and the motto", [["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"]], null],
  ])("%s", (_label, rows, expected) => {
    expect(findUnitInTitleRows(rows, rows.length, plan)).toBe(expected);
  });
});

describe("findUnitInTitleRows: any unit's line, under the plan's own issuer or another organ", () => {
  test.each<[string, CellScalar[][], string | null]>([
    ["a village under the commune that issued the plan", [["UBND XÃ THƯỢNG NINH", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["THÔN XUÂN THƯỢNG", null, "Độc lập - Tự do - Hạnh phúc"]], "Thôn Xuân Thượng"],
    ["the health station, the place-and-date line beside it", [["UBND XÃ THƯỢNG NINH"], ["TRẠM Y TẾ", null, "Thượng Ninh, ngày 15 tháng 12 năm 2024"]], "Trạm Y tế"],
    ["a party cell under the party committee", [["ĐẢNG ỦY XÃ THƯỢNG NINH"], ["CHI BỘ THÔN ĐỒNG MỚI"], ["Số: 03-DS/CB"]], "Chi bộ thôn Đồng Mới"],
    ["only the plan's own issuer: no unit of the level below", [["UBND XÃ THƯỢNG NINH"], ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"]], null],
    ["the title names the unit", [["UBND XÃ THƯỢNG NINH"], ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN CỦA THÔN ĐỒNG MỚI NĂM 2024"]], "Thôn Đồng Mới"],
    ["TCVN3 capitals typed in .VnTime, as decoded", [["UBND QUậN LONG BIÊN"], ["UBND PHƯờNG NGọC THụY"]], "Phường Ngọc Thụy"],
  ])("%s", (_label, rows, expected) => {
    expect(findUnitInTitleRows(rows, rows.length, thuongNinh)).toBe(expected);
  });

  test("the plan's issuer however it is written: its council's line names Long Biên, not a ward", () => {
    const longBien = builtin("long-bien-2023-2025");
    expect(["Hội đồng Thi đua - Khen thưởng quận Long Biên", "Quận Long Biên", "Phường Bồ Đề"].map((n) => namesPlanIssuer(n, longBien))).toStrictEqual([true, true, false]);
    expect(findUnitInTitleRows([["HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG QUẬN LONG BIÊN"]], 1, longBien)).toBeNull();
  });
});

describe("unit names from a tab's name", () => {
  test("a tab named for a unit names it; other tabs name none", () => {
    const read = makeUnitLineReader(thuongNinh);
    expect(["Thôn Xuân Thượng", "DS Trạm Y tế 2024", "Quý I - Thôn Đồng Mới", "THÔN LÀNG MỚ", "Sheet1", "Danh sách", "Quý I", "Xuân Thượng"].map((n) => findUnitInSheetName(n, read))).toStrictEqual([
      "Thôn Xuân Thượng", "Trạm Y tế", "Thôn Đồng Mới", "Thôn Làng Mớ", null, null, null, null,
    ]);
  });
});

describe("unit names shown in proper case with diacritics", () => {
  test.each([
    ["UBND XÃ SÍNH PHÌNH", "Xã Sính Phình"],
    ["UBND THỊ TRẤN TỦA CHÙA", "Thị trấn Tủa Chùa"],
    ["PHÒNG NỘI VỤ", "Phòng Nội vụ"],
    ["PHÒNG VĂN HÓA VÀ THÔNG TIN", "Phòng Văn hóa và Thông tin"],
    ["PHÒNG KINH TẾ - HẠ TẦNG HUYỆN TỦA CHÙA", "Phòng Kinh tế - Hạ tầng huyện Tủa Chùa"],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC XÃ HÒA BÌNH", "Ủy ban Mặt trận Tổ quốc xã Hòa Bình"],
    ["CÔNG AN XÃ HÒA BÌNH", "Công an xã Hòa Bình"],
    ["TRƯỜNG TIỂU HỌC HÒA BÌNH", "Trường Tiểu học Hòa Bình"],
    ["TRƯỜNG THCS HÒA BÌNH", "Trường THCS Hòa Bình"],
    ["CÔNG TY TNHH MINH PHÁT", "Công ty TNHH Minh Phát"],
    ["BAN CHỈ HUY QUÂN SỰ HUYỆN", "Ban Chỉ huy Quân sự huyện"],
    ["Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế - Hạ tầng"],
  ])("%s → %s", (line, expected) => {
    expect(toUnitDisplayName(line)).toBe(expected);
  });

  test("from a file name: the kind's word is restored, the rest waits for the registry", () => {
    expect(["Phuong_Bo_De.xlsx", "Phuong Viet Hung - DS 2024.xlsx", "Xã Tả Phìn.xlsx", "C:\\Users\\ToTD\\Thi tran Tua Chua (2).xlsx", "DS 2024.xlsx"].map(guessUnitFromFileName)).toStrictEqual([
      "Phường Bo De", "Phường Viet Hung", "Xã Tả Phìn", "Thị trấn Tua Chua", null,
    ]);
    // A name's own "Nam" and its part after " - " stay; the words of a village, a station, a cell are restored too.
    expect(["Phuong_Nam_Son.xlsx", "Phong_Van_hoa_-_Thong_tin.xlsx", "Thon_Xuan_Thuong nam 2024.xlsx", "Tram_Y_te.xlsx", "Chi_bo_thon_3.xlsx"].map(guessUnitFromFileName)).toStrictEqual([
      "Phường Nam Son", "Phòng Van hoa - Thong tin", "Thôn Xuan Thuong", "Trạm Y te", "Chi bộ thon 3",
    ]);
  });

  test("a known spelling restores the marks; a longer line that begins with a known name finds it", () => {
    const known = ["Phường Bồ Đề", "Phường Việt Hưng", "Phòng Kinh tế - Hạ tầng"];
    expect(["Phường Bo De", "phuong viet hung", "Phòng Kinh tế - Hạ tầng huyện Tủa Chùa", "Phường Gia Thụy"].map((n) => matchKnownUnitName(n, known))).toStrictEqual([
      "Phường Bồ Đề", "Phường Việt Hưng", "Phòng Kinh tế - Hạ tầng", null,
    ]);
  });
});
