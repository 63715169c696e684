import type { CellScalar } from "../../../src/core/model";
import { readListSheet, type ReadList, type ReadRow } from "../../../src/core/read/readListSheet";
import { makeNomination, makeSheet, makeTestPlan, utcDate } from "../../helpers/sheets";

const plan = makeTestPlan();
const HEADER: CellScalar[] = ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Ngày đăng ký"];

const readList = (rows: CellScalar[][], merges: string[] = [], name = "DS"): ReadList => {
  const read = readListSheet(makeSheet(name, rows, { merges }), plan);
  if (read.type !== "list") throw new Error(`not a list: ${read.reason}`);
  return read;
};

/** A row as read from the five columns above (no criteria in them). */
const item = (row: number, name: string, kindText: string, kind: ReadRow["nomination"]["kind"], extra: { position?: string; dateCell?: CellScalar; date?: string; fromGroup?: boolean } = {}): ReadRow => {
  const nomination = makeNomination({ row, name, kind, kindText });
  if (extra.position !== undefined) nomination.position = extra.position;
  if (extra.date !== undefined) nomination.date = extra.date;
  return { nomination, dateCell: extra.dateCell ?? null, kindFromGroup: extra.fromGroup ?? false, unitFrom: null };
};

describe("readListSheet: which rows are nominations", () => {
  test("group rows merged across the table give their kind to the rows below; roman numeral in its own cell too", () => {
    const list = readList(
      [
        HEADER,
        ["I. TẬP THỂ", null, null, null, null],
        [1, "Thôn Đồng Tâm", null, null, null],
        ["II", "Cá nhân", null, null, null],
        [1, "Lò Văn Pọm", null, "Trưởng thôn", null],
        [2, "Đinh Thị Hoa", "Tập thể", null, null],
        ["B. HỘ GIA ĐÌNH", null, null, null, null],
        [1, "Hộ ông Lò Văn Khánh", null, null, null],
        ["III. Khối cơ quan", null, null, null, null],
        [1, "Trường Mầm non Hòa Bình", null, null, null],
      ],
      ["A2:E2", "A7:E7", "A9:E9"],
    );
    expect(list.items).toStrictEqual([
      item(3, "Thôn Đồng Tâm", "", "tap_the", { fromGroup: true }),
      item(5, "Lò Văn Pọm", "", "ca_nhan", { position: "Trưởng thôn", fromGroup: true }),
      item(6, "Đinh Thị Hoa", "Tập thể", "tap_the"),
      item(8, "Hộ ông Lò Văn Khánh", "", "ho_gia_dinh", { fromGroup: true }),
      item(10, "Trường Mầm non Hòa Bình", "", null),
    ]);
  });

  test("kinds as officers write them: Cá nhân/CN, Tập thể/TT, Hộ gia đình/HGĐ, any case; an unknown word stays unread", () => {
    const kinds = ["Cá nhân", "CN", "Tập thể", "TT", "Hộ gia đình", "HGĐ", "cá nhân", "Đơn vị"];
    const list = readList([HEADER, ...kinds.map((k, i): CellScalar[] => [i + 1, `Người ${i + 1}`, k, null, null])]);
    expect(list.items.map((i) => i.nomination.kind)).toStrictEqual(["ca_nhan", "ca_nhan", "tap_the", "tap_the", "ho_gia_dinh", "ho_gia_dinh", "ca_nhan", null]);
  });

  test("blank rows, total rows and pre-numbered empty rows are not data; a name beginning with Cộng đồng is", () => {
    const list = readList([
      HEADER,
      [1, "Nguyễn Văn Hùng", "CN", null, null],
      [],
      [null, null, null, null, null],
      [2, "Cộng đồng dân cư thôn Na", "TT", null, null],
      ["Tổng cộng", null, null, null, null],
      [null, "Tổng số: 02 (01 tập thể, 01 cá nhân)", null, null, null],
      [3, null, null, null, null],
      [4, "", "", null, null],
    ]);
    expect(list.items).toStrictEqual([item(2, "Nguyễn Văn Hùng", "CN", "ca_nhan"), item(5, "Cộng đồng dân cư thôn Na", "TT", "tap_the")]);
  });

  test("the list ends at the signature block, not at a nominee whose position is Chủ tịch", () => {
    const list = readList(
      [
        HEADER,
        [1, "Đinh Thị Hoa", "CN", "Chủ tịch Hội Phụ nữ xã", null],
        [2, "Lò Văn Khánh", "CN", "Giám đốc Hợp tác xã", null],
        [],
        [null, null, null, "Hòa Bình, ngày 06 tháng 11 năm 2024", null],
        [null, "Người lập biểu", null, "TM. ỦY BAN NHÂN DÂN", null],
        [null, null, null, "CHỦ TỊCH", null],
        [null, "Đinh Văn Tú", null, "Lò Văn Khánh", null],
      ],
      ["D5:E5"],
    );
    expect({ items: list.items, lastDataRow: list.lastDataRow + 1 }).toStrictEqual({
      items: [item(2, "Đinh Thị Hoa", "CN", "ca_nhan", { position: "Chủ tịch Hội Phụ nữ xã" }), item(3, "Lò Văn Khánh", "CN", "ca_nhan", { position: "Giám đốc Hợp tác xã" })],
      lastDataRow: 3,
    });
  });

  test.each<[string, CellScalar[]]>([
    ["Nơi nhận:", [null, "Nơi nhận:", null, null, null]],
    ["a note below the list", ["Ghi chú: danh sách gồm 01 cá nhân", null, null, null, null]],
    ["KT. CHỦ TỊCH alone", [null, null, null, "KT. CHỦ TỊCH", null]],
    ["the date line without a place", [null, null, "ngày … tháng … năm 2024", null, null]],
  ])("the list also ends at %s", (_label, ending) => {
    const list = readList([HEADER, [1, "Đinh Thị Hoa", "CN", null, null], ending, [2, "Không phải đề nghị", "CN", null, null]]);
    expect(list.items).toStrictEqual([item(2, "Đinh Thị Hoa", "CN", "ca_nhan")]);
  });

  test("a kind merged down several rows counts for each; a name merged over two rows is one nominee", () => {
    const list = readList(
      [
        HEADER,
        [1, "Nguyễn Văn Hùng", "Cá nhân", "Trưởng thôn", null],
        [2, "Đinh Thị Hoa", null, "Hội viên", null],
        [3, "Lò Văn Pọm", null, "Nông dân", null],
        [null, null, null, "Tổ trưởng tổ hợp tác", null],
      ],
      ["C2:C4", "A4:A5", "B4:B5"],
    );
    expect(list.items).toStrictEqual([
      item(2, "Nguyễn Văn Hùng", "Cá nhân", "ca_nhan", { position: "Trưởng thôn" }),
      item(3, "Đinh Thị Hoa", "Cá nhân", "ca_nhan", { position: "Hội viên" }),
      item(4, "Lò Văn Pọm", "Cá nhân", "ca_nhan", { position: "Nông dân" }),
    ]);
  });

  test("dates as text dd/mm/yyyy, date cells, serials and ISO text read alike; other text is kept for the date check", () => {
    const dates: CellScalar[] = ["5/11/2024", utcDate(2024, 11, 5), 45601, "2024-11-05", "05-11-2024", "Tháng 11/2024"];
    const list = readList([HEADER, ...dates.map((d, i): CellScalar[] => [i + 1, `Người ${i + 1}`, "CN", null, d])]);
    expect(list.items).toStrictEqual(
      dates.map((d, i) => item(i + 2, `Người ${i + 1}`, "CN", "ca_nhan", i < 5 ? { dateCell: d, date: "05/11/2024" } : { dateCell: d })),
    );
  });

  test("a header and no rows is a list of zero nominations", () => {
    const list = readList([["DANH SÁCH NĂM 2024"], HEADER, ["(1)", "(2)", "(3)", "(4)", "(5)"]]);
    expect({ items: list.items, firstDataRow: list.header.firstDataRow + 1, lastDataRow: list.lastDataRow + 1, titleYear: list.titleYear }).toStrictEqual({
      items: [],
      firstDataRow: 4,
      lastDataRow: 3,
      titleYear: 2024,
    });
  });
});

describe("readListSheet: what each nomination holds", () => {
  test("figures stored as text (2.000, 1.250,5) and as numbers; the movement from the list's title", () => {
    const list = readList(
      [
        ['DANH SÁCH PHONG TRÀO "DOANH NGHIỆP VIỆT NAM HỘI NHẬP VÀ PHÁT TRIỂN"'],
        ["TT", "Tên tập thể, cá nhân", "Đối tượng", "Lợi nhuận", null],
        [null, null, null, "Năm 2023", "Năm 2024"],
        [1, "Tổ sản xuất số 1", "Tập thể", "2.000", "1.250,5"],
        [2, "Phân xưởng chế biến", "Tập thể", 400, " 380 "],
      ],
      ["A2:A3", "B2:B3", "C2:C3", "D2:E2"],
    );
    expect(list.items.map((i) => i.nomination)).toStrictEqual([
      makeNomination({ row: 4, name: "Tổ sản xuất số 1", kind: "tap_the", kindText: "Tập thể", movement: "doanh-nghiep-hoi-nhap", figures: { "loi-nhuan": { 2023: 2000, 2024: 1250.5 } } }),
      makeNomination({ row: 5, name: "Phân xưởng chế biến", kind: "tap_the", kindText: "Tập thể", movement: "doanh-nghiep-hoi-nhap", figures: { "loi-nhuan": { 2023: 400, 2024: 380 } } }),
    ]);
  });

  test("a birth year under Nam or under Nữ, a name split into Họ đệm and Tên", () => {
    const list = readList(
      [
        ["STT", "Họ và tên", null, "Năm sinh", null, "Đối tượng"],
        [null, "Họ đệm", "Tên", "Nam", "Nữ", null],
        [1, "Nguyễn Văn", "Hùng", 1975, null, "CN"],
        [2, "Đinh Thị", "Hoa", null, "12/05/1980", "CN"],
      ],
      ["A1:A2", "B1:C1", "D1:E1", "F1:F2"],
    );
    expect(list.items.map((i) => i.nomination)).toStrictEqual([
      makeNomination({ row: 3, name: "Nguyễn Văn Hùng", kindText: "CN", birthYear: 1975 }),
      makeNomination({ row: 4, name: "Đinh Thị Hoa", kindText: "CN", birthYear: 1980 }),
    ]);
  });

  test("field and movement columns are read against both of the plan's lists", () => {
    const list = readList([
      ["STT", "Họ và tên", "Đối tượng", "Lĩnh vực", "Phong trào"],
      [1, "Trần Thị Lan", "CN", "Giáo dục", "Nông thôn mới"],
      [2, "Lò Văn Pọm", "CN", "Vì người nghèo", null],
      [3, "Đinh Thị Hoa", "CN", null, "Phong trào lạ"],
    ]);
    expect(list.items.map((i) => i.nomination)).toStrictEqual([
      makeNomination({ row: 2, name: "Trần Thị Lan", kindText: "CN", fieldText: "Giáo dục", field: "giao-duc", movementText: "Nông thôn mới", movement: "nong-thon-moi" }),
      makeNomination({ row: 3, name: "Lò Văn Pọm", kindText: "CN", fieldText: "Vì người nghèo", movement: "vi-nguoi-ngheo" }),
      makeNomination({ row: 4, name: "Đinh Thị Hoa", kindText: "CN", movementText: "Phong trào lạ" }),
    ]);
  });
});
