import { findUnitInTitleLine, makeUnitLineReader, readUnitLabel } from "../../../src/core/units/readUnitLine";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";
import { makeTestPlan } from "../../helpers/sheets";

const thuongNinh = findBuiltinPlan("thuong-ninh-2023-2025");
if (!thuongNinh) throw new Error("no plan");
const read = makeUnitLineReader(thuongNinh);

describe("makeUnitLineReader: a line names a unit by its first words, in any case and encoding, in its usual case", () => {
  test.each<[string, string | null]>([
    ["THÔN XUÂN THƯỢNG", "Thôn Xuân Thượng"],
    ["UBND XÃ THƯỢNG NINH", "Xã Thượng Ninh"],
    ["Ủy ban nhân dân phường Ngọc Thụy", "Phường Ngọc Thụy"],
    ["PHƯờNG NGọC THụY", "Phường Ngọc Thụy"],
    ["TRẠM Y TẾ XÃ THƯỢNG NINH", "Trạm Y tế xã Thượng Ninh"],
    ["PHÒNG VĂN HÓA - THÔNG TIN", "Phòng Văn hóa - Thông tin"],
    ["HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP XUÂN THƯỢNG", "Hợp tác xã Dịch vụ Nông nghiệp Xuân Thượng"],
    ["CHI BỘ THÔN ĐỒNG TÂM", "Chi bộ thôn Đồng Tâm"],
    ["ĐẢNG ỦY XÃ THƯỢNG NINH", "Đảng ủy xã Thượng Ninh"],
    ["BAN CÔNG TÁC MẶT TRẬN THÔN XUÂN THƯỢNG", "Ban Công tác Mặt trận thôn Xuân Thượng"],
    ["TỔ DÂN PHỐ SỐ 5", "Tổ dân phố số 5"],
    ["ĐẶC KHU CÔN ĐẢO", "Đặc khu Côn Đảo"],
    ["LÀNG MỚ", "Làng Mớ"],
    ["Đơn vị: Trạm Y tế", "Trạm Y tế"],
    ["thon dong moi", "Thon Dong Moi"],
    ["BAN KHÓM 3", "Ban khóm 3"],
  ])("%s → %s", (line, expected) => {
    expect(read(line)).toBe(expected);
  });

  test.each<[string]>([
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Độc lập - Tự do - Hạnh phúc"], ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"], ["Số: 12/DS-UBND"],
    ["Xuân Thượng, ngày 15 tháng 12 năm 2024"], ["Thôn Xuân Thượng, ngày 15 tháng 12 năm 2024"], ["(Kèm theo Công văn số 12/UBND ngày 05/11/2024)"],
    ["Xã hội hóa giáo dục"], ["Ban hành kèm theo Quyết định số 15"], ["Các thôn, tổ dân phố"], ["UBND XÃ ……………"], ["Đơn vị: ………"], ["Đơn vị tính: người"], ["Hội nghị tổng kết"],
    ["Phòng, chống thiên tai"], ["Trường hợp đặc biệt"], ["Nguyễn Văn Hùng"], ["Quý I"], ["Sheet1"],
  ])("%s names no unit", (line) => {
    expect(read(line)).toBeNull();
  });

  test("a plan's own kinds and aliases count: a plan that has \"Nhà văn hóa\" units reads one, the others do not", () => {
    const withHalls = makeTestPlan((p) => ({ ...p, unitKinds: [...(p.unitKinds ?? []), { id: "nha-van-hoa", name: "Nhà văn hóa" }] }));
    expect([makeUnitLineReader(withHalls)("Nhà văn hóa thôn 3"), makeUnitLineReader(makeTestPlan())("Nhà văn hóa thôn 3")]).toStrictEqual(["Nhà văn hóa thôn 3", null]);
  });
});

describe("findUnitInTitleLine: the unit a list's title names", () => {
  test.each<[string, string | null]>([
    ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN CỦA THÔN XUÂN THƯỢNG NĂM 2024", "Thôn Xuân Thượng"],
    ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN TRẠM Y TẾ XÃ THƯỢNG NINH QUÝ I/2024", "Trạm Y tế xã Thượng Ninh"],
    ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN TỔ DÂN PHỐ SỐ 5 GIAI ĐOẠN 2023 - 2025", "Tổ dân phố số 5"],
    ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN CỦA UBND XÃ HÒA BÌNH", "Xã Hòa Bình"],
    ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024", null],
    ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN TRONG XÂY DỰNG NÔNG THÔN MỚI", null],
    ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN CỦA CÁC THÔN", null],
    ["(Kèm theo Kế hoạch số 12/KH-UBND của UBND xã Thượng Ninh)", null],
  ])("%s → %s", (line, expected) => {
    expect(findUnitInTitleLine(line, read)).toBe(expected);
  });
});

test("readUnitLabel: the name after a label, '' for a blank form's, null for no label", () => {
  expect(["Đơn vị: THÔN XUÂN THƯỢNG", "Tên đơn vị: Trạm Y tế", "Đơn vị: ……", "Thôn Xuân Thượng"].map(readUnitLabel)).toStrictEqual(["Thôn Xuân Thượng", "Trạm Y tế", "", null]);
});
