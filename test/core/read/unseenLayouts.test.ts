import type { CellScalar } from "../../../src/core/model";
import { fillMergedCells } from "../../../src/core/read/grid";
import { readListSheet, type ReadList } from "../../../src/core/read/readListSheet";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";
import { makeNomination, makeSheet, makeTestPlan } from "../../helpers/sheets";

/** Layouts the samples do not show but offices use: the reader must take them as they come. */

const plan = makeTestPlan();
const readList = (rows: CellScalar[][], merges: string[] = []): ReadList => {
  const read = readListSheet(makeSheet("DS", rows, { merges }), plan);
  if (read.type !== "list") throw new Error(`not a list: ${read.reason}`);
  return read;
};

describe("layouts offices use", () => {
  test("the reward form: kind from group rows, birth year under Nam | Nữ, position and workplace in one column, long summary over two rows", () => {
    const list = readList(
      [
        ["ĐẢNG ỦY XÃ HÒA BÌNH", null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
        ["Số: 15/DS-ĐU", null, null, null, null, null, "Hòa Bình, ngày 05 tháng 11 năm 2024"],
        ["DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"],
        ["STT", "Họ và tên", "Năm sinh", null, "Chức vụ, đơn vị công tác", "Tóm tắt thành tích", "Hình thức đề nghị"],
        [null, null, "Nam", "Nữ", null, null, null],
        ["I", "TẬP THỂ", null, null, null, null, null],
        [1, "Chi bộ thôn Đồng Tâm", null, null, null, "Chi bộ trong sạch vững mạnh 5 năm liền", "Giấy khen"],
        ["II", "CÁ NHÂN", null, null, null, null, null],
        [1, "Nguyễn Văn Hùng", 1975, null, "Bí thư chi bộ thôn Đồng Tâm", "Vận động nhân dân hiến 2.000 m² đất;", "Giấy khen"],
        [null, null, null, null, null, "tổ chức 12 buổi sinh hoạt chuyên đề.", null],
        [2, "Đinh Thị Hoa", null, 1980, "Chủ tịch Hội Phụ nữ xã", "Giúp 12 hộ thoát nghèo", "Giấy khen"],
        [],
        [null, "Nơi nhận:", null, null, null, "T/M ĐẢNG ỦY", null],
        [null, "- Như trên;", null, null, null, "BÍ THƯ", null],
      ],
      ["A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:F5", "G4:G5", "B6:G6", "B8:G8"],
    );
    expect({ header: [list.header.headerRow + 1, list.header.headerRowEnd + 1, list.header.firstDataRow + 1], titleYear: list.titleYear, nominations: list.items.map((i) => i.nomination) }).toStrictEqual({
      header: [4, 5, 6],
      titleYear: 2024,
      nominations: [
        makeNomination({ row: 7, name: "Chi bộ thôn Đồng Tâm", kind: "tap_the", kindText: "", achievements: "Chi bộ trong sạch vững mạnh 5 năm liền", level: "Giấy khen" }),
        makeNomination({
          row: 9, name: "Nguyễn Văn Hùng", kindText: "", birthYear: 1975, position: "Bí thư chi bộ thôn Đồng Tâm",
          achievements: "Vận động nhân dân hiến 2.000 m² đất; tổ chức 12 buổi sinh hoạt chuyên đề.", level: "Giấy khen",
        }),
        makeNomination({ row: 11, name: "Đinh Thị Hoa", kindText: "", birthYear: 1980, position: "Chủ tịch Hội Phụ nữ xã", achievements: "Giúp 12 hộ thoát nghèo", level: "Giấy khen" }),
      ],
    });
  });

  test("collectives listed under Tên đơn vị, a list for a whole period, figures with their unit written in", () => {
    const list = readList([
      ["DANH SÁCH ĐIỂN HÌNH GIAI ĐOẠN 2024 - 2025"],
      ["TT", "Tên đơn vị", "Đối tượng", "Thành tích tiêu biểu", "Lợi nhuận năm 2023", "Lợi nhuận năm 2024"],
      [1, "Hợp tác xã Chè Tân Lập", "Tập thể", "Sản xuất chè sạch", "1.200 triệu đồng", "1.350 tr.đ"],
      [2, "Tổ hợp tác mây tre", "Tập thể", "Tạo việc làm cho 30 lao động", "(50)", "20"],
    ]);
    expect({ titleYear: list.titleYear, name: list.header.columns.fields.name, nominations: list.items.map((i) => i.nomination) }).toStrictEqual({
      titleYear: null,
      name: "B",
      nominations: [
        makeNomination({ row: 3, name: "Hợp tác xã Chè Tân Lập", kind: "tap_the", kindText: "Tập thể", achievements: "Sản xuất chè sạch", figures: { "loi-nhuan": { 2023: 1200, 2024: 1350 } } }),
        makeNomination({ row: 4, name: "Tổ hợp tác mây tre", kind: "tap_the", kindText: "Tập thể", achievements: "Tạo việc làm cho 30 lao động", figures: { "loi-nhuan": { 2023: -50, 2024: 20 } } }),
      ],
    });
  });

  test("headers broken over lines and spaced oddly, kinds in lower case, a row numbered 1. 2.", () => {
    const list = readList([
      ["S\nTT", "Họ  và\ntên", "Đối tượng\n(Tập thể/Cá nhân)", "Ngày, tháng, năm\nđăng ký"],
      ["1.", "Lò Văn Pọm", "cá nhân", "05/11/2024"],
      ["2.", "Bản Na Sang", "tập thể", "06/11/2024"],
    ]);
    expect({ columns: list.header.columns.fields, nominations: list.items.map((i) => i.nomination) }).toStrictEqual({
      columns: { order: "A", name: "B", kind: "C", date: "D" },
      nominations: [
        makeNomination({ row: 2, name: "Lò Văn Pọm", kindText: "cá nhân", date: "05/11/2024" }),
        makeNomination({ row: 3, name: "Bản Na Sang", kind: "tap_the", kindText: "tập thể", date: "06/11/2024" }),
      ],
    });
  });

  test("a table pasted over a page break: its header and numbers row again, groups without numerals merged across, a total by kind", () => {
    const list = readList(
      [
        ["STT", "Họ và tên", "Đối tượng", "Chức vụ"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["Khối xã, thị trấn", null, null, null],
        [1, "Nguyễn Văn Hùng", "CN", "Trưởng thôn"],
        ["STT", "Họ và tên", "Đối tượng", "Chức vụ"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["Khối cơ quan", null, null, null],
        [2, "Trần Thị Lan", "CN", "Chuyên viên"],
        [null, "Tổng: 02 cá nhân", null, null],
      ],
      ["A3:D3", "A7:D7"],
    );
    expect(list.items.map((i) => i.nomination)).toStrictEqual([
      makeNomination({ row: 4, name: "Nguyễn Văn Hùng", kindText: "CN", position: "Trưởng thôn" }),
      makeNomination({ row: 8, name: "Trần Thị Lan", kindText: "CN", position: "Chuyên viên" }),
    ]);
  });

  test("a units registry or a summary is not taken for a list of collectives", () => {
    const registry = readListSheet(makeSheet("Đơn vị", [["STT", "Tên đơn vị", "Loại", "Số CBCCVC"], [1, "Xã Hòa Bình", "Xã", 20]]), plan);
    const summary = readListSheet(makeSheet("TH", fillMergedCells([["Đơn vị", "Số lượng", null], [null, "Tập thể", "Cá nhân"], ["Xã Hòa Bình", 1, 3]], ["A1:A2", "B1:C1"])), plan);
    expect([registry, summary]).toStrictEqual([{ type: "skip", reason: "no-header" }, { type: "skip", reason: "summary-formulas" }]);
  });

  test("a signature block whose words read like a header's ('(Ký và ghi rõ họ tên)') is never taken for the header, and no signer is a nominee", () => {
    const tuaChua = findBuiltinPlan("tua-chua-2021-2025");
    if (!tuaChua) throw new Error("no plan");
    const read = readListSheet(
      makeSheet("DS", [
        ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN"],
        ["Đối tượng", "Họ tên"],
        ["I. THỊ TRẤN MƯỜNG CHÀ"],
        ["CN", "Quàng A Hùng"],
        ["Hộ gia đình", "Hộ ông Đặng A Dính"],
        ["TM. ỦY BAN NHÂN DÂN", null, null, "GIÁM ĐỐC"],
        [null, null, null, "(ký và ghi rõ họ tên)"],
        [],
        ["Lê Thị Lập", null, null, "Đặng Thị Tú"],
      ]),
      tuaChua,
    );
    expect(read.type === "list" ? { headerRow: read.header.headerRow + 1, names: read.items.map((i) => [i.nomination.name, i.nomination.unit]) } : read).toStrictEqual({
      headerRow: 2,
      names: [["Quàng A Hùng", "Thị trấn Mường Chà"], ["Hộ ông Đặng A Dính", "Thị trấn Mường Chà"]],
    });
  });
});
