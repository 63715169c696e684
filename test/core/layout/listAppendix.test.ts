import { TABLE_STYLES } from "../../../src/core/layout/headingBlock";
import { buildListAppendix, describeKindCounts, groupListEntries, type ListEntry } from "../../../src/core/layout/listAppendix";
import type { Layout } from "../../../src/core/layout/types";
import type { Nomination } from "../../../src/core/model";
import { parsePlanOrThrow } from "../../helpers/plans";

const parsed = parsePlanOrThrow({
  id: "nhon-hung-thu",
  number: "45/KH-UBND",
  date: "05/03/2024",
  issuer: "Ủy ban nhân dân phường Nhơn Hưng",
  level: "phuong",
  title: "Kế hoạch phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến năm 2024",
  period: { from: "01/01/2024", to: "31/12/2024" },
  levels: [{ id: "phuong", name: "Phường" }],
  subjectKinds: ["tap_the", "ca_nhan", "ho_gia_dinh"],
  fields: [
    { id: "giao-duc", name: "Giáo dục và Đào tạo" },
    { id: "y-te", name: "Y tế" },
  ],
  movements: [{ id: "dan-van-kheo", name: "Phong trào “Dân vận khéo”" }],
});
const PLAN = parsed;

const nominate = (name: string, kind: Nomination["kind"], extra: Partial<Nomination> = {}): Nomination => ({ row: 8, name, kind, kindText: "", unit: "", marks: {}, figures: {}, ...extra });

const ENTRIES: ListEntry[] = [
  { unit: "Khóm Bình Đức", nomination: nominate("Nguyễn Thị Hồng Nhung", "ca_nhan", { position: "Giáo viên", unit: "Trường Tiểu học Nhơn Hưng", field: "giao-duc", achievements: "Giáo viên dạy giỏi cấp tỉnh." }) },
  { unit: "Khóm Long Thạnh", nomination: nominate("Trạm Y tế phường", "tap_the", { field: "y-te", achievements: "Tập thể lao động xuất sắc." }) },
  { unit: "KHÓM BÌNH ĐỨC", nomination: nominate("Hộ ông Trần Văn Bảy", "ho_gia_dinh", { movement: "dan-van-kheo", achievements: "Hiến đất làm đường.", note: "Đề nghị khen" }) },
  { unit: "Khóm Long Thạnh", nomination: nominate("Lê Văn Tám", null, { kindText: "Cá nhân?", position: "Trưởng trạm, Trạm Y tế phường", unit: "Trạm Y tế phường", fieldText: "Y tế cơ sở" }) },
];

/** Cell values by row, from `fromRow` on, with empty trailing cells dropped for brevity. */
const readValues = (layout: Layout, fromRow: number): (string | number | Date | null)[][] => {
  const rows: (string | number | Date | null)[][] = [];
  for (const c of layout.cells.filter((x) => x.row >= fromRow)) (rows[c.row - fromRow] ??= [])[c.col - 1] = c.value;
  return rows.map((r) => {
    const out = [...r];
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return out;
  });
};

describe("buildListAppendix grouped by unit", () => {
  const layout = buildListAppendix(PLAN, ENTRIES, { groupBy: "unit" });

  // The list goes with the level's own report or submission ("Kèm theo Báo cáo/Tờ trình số …"),
  // whose number and date the officer fills in; it was wrongly said to go with the plan.
  it("heads the list as an appendix of the level's own report and repeats its header rows", () => {
    expect([readValues(layout, 1).slice(0, 3), layout.sheetName, layout.columnWidths, layout.print.repeatRows, layout.freezeRows]).toStrictEqual([
      [["PHỤ LỤC"], ["DANH SÁCH GƯƠNG ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC GIỚI THIỆU"], ["(Kèm theo Báo cáo/Tờ trình số ……/……, ngày …… tháng …… năm …… của ……………………)"]],
      "Danh sách",
      [5, 24, 11, 24, 18, 34, 10],
      { from: 5, to: 6 },
      6,
    ]);
  });

  it("groups by unit under Roman numerals, restarts TT in each group, counts each group and all", () => {
    expect(readValues(layout, 5)).toStrictEqual([
      ["TT", "Họ và tên / Tên tập thể", "Đối tượng", "Chức vụ, đơn vị", "Lĩnh vực / Phong trào", "Tóm tắt thành tích", "Ghi chú"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
      ["I", "Khóm Bình Đức"],
      [1, "Nguyễn Thị Hồng Nhung", "Cá nhân", "Giáo viên, Trường Tiểu học Nhơn Hưng", "Giáo dục và Đào tạo", "Giáo viên dạy giỏi cấp tỉnh."],
      [2, "Hộ ông Trần Văn Bảy", "Hộ gia đình", "", "Phong trào “Dân vận khéo”", "Hiến đất làm đường.", "Đề nghị khen"],
      ["", "Cộng", 2, "01 cá nhân, 01 hộ gia đình"],
      ["II", "Khóm Long Thạnh"],
      [1, "Trạm Y tế phường", "Tập thể", "", "Y tế", "Tập thể lao động xuất sắc."],
      [2, "Lê Văn Tám", "Cá nhân?", "Trưởng trạm, Trạm Y tế phường", "Y tế cơ sở"],
      ["", "Cộng", 2, "01 tập thể, 01 chưa xác định đối tượng"],
      ["", "Tổng cộng", 4, "01 tập thể, 01 cá nhân, 01 hộ gia đình, 01 chưa xác định đối tượng"],
    ]);
  });

  it("merges the group names and the kind counts across the table, below the heading's merges", () => {
    expect(layout.merges.slice(3)).toStrictEqual([
      { top: 7, left: 2, bottom: 7, right: 7 },
      { top: 10, left: 4, bottom: 10, right: 7 },
      { top: 11, left: 2, bottom: 11, right: 7 },
      { top: 14, left: 4, bottom: 14, right: 7 },
      { top: 15, left: 4, bottom: 15, right: 7 },
    ]);
  });

  it("styles group rows bold, nominee rows plain, and gives every row a height", () => {
    const styleOf = (row: number, col: number) => layout.cells.find((c) => c.row === row && c.col === col)?.style;
    expect([styleOf(7, 1), styleOf(7, 2), styleOf(8, 1), styleOf(8, 2), styleOf(10, 2), styleOf(15, 3)]).toStrictEqual([
      TABLE_STYLES.groupLabel,
      TABLE_STYLES.groupName,
      TABLE_STYLES.centered,
      TABLE_STYLES.text,
      TABLE_STYLES.total,
      TABLE_STYLES.total,
    ]);
    expect(Object.keys(layout.rowHeights ?? {}).map(Number)).toStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("uses the caller's title", () => {
    expect(buildListAppendix(PLAN, [], { groupBy: "unit", title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" }).cells[1]?.value).toBe("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  });

  it("prints only the total for an empty list", () => {
    expect(readValues(buildListAppendix(PLAN, [], { groupBy: "unit" }), 7)).toStrictEqual([["", "Tổng cộng", 0]]);
  });
});

describe("buildListAppendix grouped by field", () => {
  it("orders groups: the plan's fields, fields written only in the sheet, the plan's movements, then Chưa xác định", () => {
    const extra: ListEntry = { unit: "Khóm Bình Đức", nomination: nominate("Nguyễn Văn Hai", "ca_nhan") };
    const rows = readValues(buildListAppendix(PLAN, [extra, ...ENTRIES], { groupBy: "field" }), 7);
    expect(rows.filter((r) => typeof r[0] === "string" && r[0] !== "")).toStrictEqual([
      ["I", "Giáo dục và Đào tạo"],
      ["II", "Y tế"],
      ["III", "Y tế cơ sở"],
      ["IV", "Phong trào “Dân vận khéo”"],
      ["V", "Chưa xác định"],
    ]);
  });
});

describe("groupListEntries", () => {
  it("puts nominations without a unit under Chưa xác định, after the named units", () => {
    const groups = groupListEntries(PLAN, [{ unit: " ", nomination: nominate("A", "ca_nhan") }, ...ENTRIES.slice(0, 2)], "unit");
    expect(groups.map((g) => [g.name, g.nominations.map((n) => n.name)])).toStrictEqual([
      ["Khóm Bình Đức", ["Nguyễn Thị Hồng Nhung"]],
      ["Khóm Long Thạnh", ["Trạm Y tế phường"]],
      ["Chưa xác định", ["A"]],
    ]);
  });
});

describe("describeKindCounts", () => {
  it("counts kinds in the plan's order", () => {
    expect(describeKindCounts([nominate("a", "ho_gia_dinh"), nominate("b", "ca_nhan"), nominate("c", "ca_nhan"), nominate("d", "doanh_nghiep")])).toBe("02 cá nhân, 01 hộ gia đình, 01 doanh nghiệp");
  });
});
