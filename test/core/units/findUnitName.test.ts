import type { CellScalar } from "../../../src/core/model";
import { findUnitInTitleRows, guessUnitFromFileName, matchKnownUnitName, toUnitDisplayName } from "../../../src/core/units/findUnitName";
import { makeTestPlan } from "../../helpers/sheets";

const plan = makeTestPlan();

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
  });

  test("a known spelling restores the marks; a longer line that begins with a known name finds it", () => {
    const known = ["Phường Bồ Đề", "Phường Việt Hưng", "Phòng Kinh tế - Hạ tầng"];
    expect(["Phường Bo De", "phuong viet hung", "Phòng Kinh tế - Hạ tầng huyện Tủa Chùa", "Phường Gia Thụy"].map((n) => matchKnownUnitName(n, known))).toStrictEqual([
      "Phường Bồ Đề", "Phường Việt Hưng", "Phòng Kinh tế - Hạ tầng", null,
    ]);
  });
});
