import type { UnitInfo } from "../../../src/core/check/report";
import type { CellScalar, Nomination } from "../../../src/core/model";
import { GroupStack, makeUnitNamer } from "../../../src/core/read/groupRows";
import { readListSheet, type ReadList } from "../../../src/core/read/readListSheet";
import { makeNomination, makeSheet, makeTestPlan } from "../../helpers/sheets";

/** Group rows that name the unit of the rows below them ("I. Xã Hòa Bình"), read from SheetValues. */

const plan = makeTestPlan();
const HEADER: CellScalar[] = ["STT", "Họ và tên", "Đối tượng", "Đơn vị", "Ghi chú"];

const readList = (rows: CellScalar[][], merges: string[] = [], units?: UnitInfo[]): ReadList => {
  const read = readListSheet(makeSheet("DS", rows, { merges }), plan, units ? { units } : {});
  if (read.type !== "list") throw new Error(`not a list: ${read.reason}`);
  return read;
};

/** Row, name, kind and unit of every nomination. */
const summary = (list: ReadList) => list.items.map(({ nomination: n }) => [n.row, n.name, n.kind, n.unit]);

describe("readListSheet: group rows naming a unit", () => {
  test("kinds outside, communes inside: the kind stays over the communes, a new kind closes them", () => {
    const list = readList([
      HEADER,
      ["A. Tập thể"],
      ["I. Xã Hòa Bình"],
      [1, "Thôn Đồng Tâm"],
      ["II. XÃ TÂN LẬP (02)"],
      [1, "Thôn Na"],
      ["B. Cá nhân"],
      [1, "Lò Văn Pọm"],
      ["I. Xã Hòa Bình"],
      [2, "Đinh Thị Hoa", null, "Xã Tân Lập"],
    ]);
    expect(summary(list)).toStrictEqual([
      [4, "Thôn Đồng Tâm", "tap_the", "Xã Hòa Bình"],
      [6, "Thôn Na", "tap_the", "Xã Tân Lập"],
      [8, "Lò Văn Pọm", "ca_nhan", ""],
      [10, "Đinh Thị Hoa", "ca_nhan", "Xã Tân Lập"],
    ]);
  });

  test("units outside, kinds inside: the next unit closes the kinds of the one before", () => {
    const list = readList([
      HEADER,
      ["I. Xã Hòa Bình"],
      ["1. Tập thể"],
      [1, "Thôn Đồng Tâm"],
      ["2. Cá nhân"],
      [1, "Lò Văn Pọm"],
      ["II. UBND phường Bồ Đề"],
      [1, "Nguyễn Thị Lan"],
      ["a) Cá nhân"],
      [2, "Trần Văn Nam"],
    ]);
    expect(summary(list)).toStrictEqual([
      [4, "Thôn Đồng Tâm", "tap_the", "Xã Hòa Bình"],
      [6, "Lò Văn Pọm", "ca_nhan", "Xã Hòa Bình"],
      [8, "Nguyễn Thị Lan", null, "Phường Bồ Đề"],
      [10, "Trần Văn Nam", "ca_nhan", "Phường Bồ Đề"],
    ]);
  });

  test("groups of units (Khối xã, thị trấn; Phòng, ban chuyên môn) name no unit; units inside them do", () => {
    const list = readList(
      [
        HEADER,
        ["A. KHỐI XÃ, THỊ TRẤN", "A. KHỐI XÃ, THỊ TRẤN", "A. KHỐI XÃ, THỊ TRẤN", "A. KHỐI XÃ, THỊ TRẤN", "A. KHỐI XÃ, THỊ TRẤN"],
        ["1. Xã Hòa Bình"],
        [1, "Nguyễn Văn Hùng", "CN"],
        ["2. Thị trấn Mường Thanh: 01 điển hình"],
        [1, "Lò Thị Mai", "CN"],
        ["B. PHÒNG, BAN CHUYÊN MÔN"],
        [1, "Vi Văn Tú", "CN"],
        ["1. Phòng Nội vụ"],
        [1, "Đinh Thị Hoa", "CN"],
        ["Xã, thị trấn", "Xã, thị trấn", "Xã, thị trấn", "Xã, thị trấn", "Xã, thị trấn"],
        [1, "Hà Văn Nam", "CN"],
      ],
      ["A2:E2", "A11:E11"],
    );
    expect(summary(list)).toStrictEqual([
      [4, "Nguyễn Văn Hùng", "ca_nhan", "Xã Hòa Bình"],
      [6, "Lò Thị Mai", "ca_nhan", "Thị trấn Mường Thanh"],
      [8, "Vi Văn Tú", "ca_nhan", ""],
      [10, "Đinh Thị Hoa", "ca_nhan", "Phòng Nội vụ"],
      [12, "Hà Văn Nam", "ca_nhan", ""],
    ]);
  });

  test("Đơn vị: … in one cell or two, a unit merged across the table, a unit's name alone without a number", () => {
    const list = readList(
      [
        HEADER,
        ["Đơn vị: Trường THCS Tân Lập"],
        [1, "Lê Thị Hương", "CN"],
        [null, "Đơn vị:", "Phòng Nội vụ"],
        [1, "Vi Văn Tú", "CN"],
        ["CÔNG TY TNHH MINH PHÁT", "CÔNG TY TNHH MINH PHÁT", "CÔNG TY TNHH MINH PHÁT", "CÔNG TY TNHH MINH PHÁT", "CÔNG TY TNHH MINH PHÁT"],
        [1, "Tổ sản xuất số 1", "TT"],
        [null, "Xã Hòa Bình"],
        [1, "Lò Văn Pọm", "CN"],
        ["Đơn vị: ……………"],
        [2, "Hà Thị Mai", "CN"],
      ],
      ["A6:E6"],
    );
    expect(summary(list)).toStrictEqual([
      [3, "Lê Thị Hương", "ca_nhan", "Trường THCS Tân Lập"],
      [5, "Vi Văn Tú", "ca_nhan", "Phòng Nội vụ"],
      [7, "Tổ sản xuất số 1", "tap_the", "Công ty TNHH Minh Phát"],
      [9, "Lò Văn Pọm", "ca_nhan", "Xã Hòa Bình"],
      [11, "Hà Thị Mai", "ca_nhan", "Xã Hòa Bình"],
    ]);
  });

  test("nominees named like units stay nominees: a number and a kind, a surname that is a kind of unit, other cells filled", () => {
    const list = readList([
      HEADER,
      ["I. Xã Hòa Bình"],
      [1, "Tổ dân phố số 3", "TT"],
      [2, "Trường Mầm non Hoa Sen", "Tập thể"],
      [null, "Đoàn Văn Hải"],
      [null, "Trường Tiểu học Na Sang", null, null, "Đề nghị Bằng khen"],
      ["1. Thôn Đồng Tâm"],
      [3, "Hà Văn Nam", "CN"],
    ]);
    expect(summary(list)).toStrictEqual([
      [3, "Tổ dân phố số 3", "tap_the", "Xã Hòa Bình"],
      [4, "Trường Mầm non Hoa Sen", "tap_the", "Xã Hòa Bình"],
      [5, "Đoàn Văn Hải", null, "Xã Hòa Bình"],
      [6, "Trường Tiểu học Na Sang", null, "Xã Hòa Bình"],
      [8, "Hà Văn Nam", "ca_nhan", "Xã Hòa Bình"],
    ]);
  });

  test("without a number column, a unit's name alone on its row is a nominee (nothing tells it from one)", () => {
    const list = readList([["Họ và tên", "Đối tượng", "Ghi chú"], ["Xã Hòa Bình"], ["Nguyễn Văn Hùng", "CN"], ["I. Xã Tân Lập"], ["Lò Văn Pọm", "CN"]]);
    expect(summary(list)).toStrictEqual([
      [2, "Xã Hòa Bình", null, ""],
      [3, "Nguyễn Văn Hùng", "ca_nhan", ""],
      [5, "Lò Văn Pọm", "ca_nhan", "Xã Tân Lập"],
    ]);
  });

  test("the registry's and the plan's units: a name without its kind (I. Hòa Bình), their spelling", () => {
    const registry: UnitInfo[] = [{ name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 }];
    const rows: CellScalar[][] = [HEADER, ["I. Hòa Bình"], [1, "Nguyễn Văn Hùng", "CN"], ["II. Tân Lập"], [1, "Lò Văn Pọm", "CN"]];
    expect([summary(readList(rows, [], registry)), summary(readList(rows))]).toStrictEqual([
      [
        [3, "Nguyễn Văn Hùng", "ca_nhan", "Xã Hòa Bình"],
        [5, "Lò Văn Pọm", "ca_nhan", ""],
      ],
      [
        [3, "Nguyễn Văn Hùng", "ca_nhan", ""],
        [5, "Lò Văn Pọm", "ca_nhan", ""],
      ],
    ]);
  });

  test("the whole nomination: group unit and group kind filled in, everything else as on the row", () => {
    const list = readList([HEADER, ["A. Cá nhân"], ["I. Xã Hòa Bình"], [1, "Nguyễn Văn Hùng", null, null, "Trưởng thôn"]]);
    const expected: Nomination = makeNomination({ row: 4, name: "Nguyễn Văn Hùng", kindText: "", unit: "Xã Hòa Bình", note: "Trưởng thôn" });
    expect(list.items).toStrictEqual([{ nomination: expected, dateCell: null, kindFromGroup: true, unitFrom: "group" }]);
  });
});

describe("makeUnitNamer and GroupStack", () => {
  const name = makeUnitNamer(plan, [{ name: "Trường THCS Tân Lập", kind: null, kindText: "", staff: null }]);

  test.each<[string, boolean, string | null]>([
    ["XÃ HÒA BÌNH", false, "Xã Hòa Bình"],
    ["UBND phường Bồ Đề (05)", false, "Phường Bồ Đề"],
    ["Trường Tiểu học Na Sang", false, "Trường Tiểu học Na Sang"],
    ["Trường Tiểu học và THCS Na Sang", false, "Trường Tiểu học và THCS Na Sang"],
    ["Công ty Cổ phần Chè Tân Lập", false, "Công ty Cổ phần Chè Tân Lập"],
    ["Xã Điện Quang", true, "Xã Điện Quang"],
    ["Doanh nghiệp ngoài quốc doanh", false, null],
    ["truong thcs tan lap", true, "Trường THCS Tân Lập"],
    ["Tên đơn vị: Ban Chỉ huy Quân sự xã", true, "Ban Chỉ huy Quân sự xã"],
    ["Đơn vị tính: người", false, null],
    ["Trường học trên địa bàn", false, null],
    ["Phòng, ban", false, null],
    ["Xã và thị trấn", false, null],
    ["Khối cơ quan", false, null],
    ["Đoàn Thanh niên xã", false, "Đoàn Thanh niên xã"],
    ["Đoàn Văn Hải", true, null],
    ["Nguyễn Văn Hùng", false, null],
    ["Xã Hòa Bình:", false, "Xã Hòa Bình"],
    ["ĐƠN VỊ: TRƯỜNG THCS TÂN LẬP", true, "Trường THCS Tân Lập"],
    ["Phường Bồ Đề - 03 điển hình", false, "Phường Bồ Đề"],
    [`Xã Hòa Bình ${"và ".repeat(100)}`, false, null],
  ])("%s (strict: %s) → %s", (label, strict, expected) => {
    expect(name(label, strict)).toBe(expected);
  });

  test("a group numbered like an open one takes its place; unnumbered, the innermost of its type; either closes the groups inside", () => {
    const stack = new GroupStack();
    const seen: [string | null, string | null][] = [];
    const enter = (...args: Parameters<GroupStack["enter"]>) => {
      stack.enter(...args);
      seen.push([stack.kind, stack.unit]);
    };
    enter({ style: "letter", type: "kind", kind: "tap_the" });
    enter({ style: "roman", type: "unit", unit: "Xã Hòa Bình" });
    enter({ style: "roman", type: "unit", unit: "Xã Tân Lập" });
    enter({ style: "none", type: "unit", unit: "Phòng Nội vụ" });
    enter({ style: "letter", type: "kind", kind: "ca_nhan" });
    enter({ style: "none", type: "unit", unit: "Xã Hòa Bình" });
    enter({ style: "none", type: "kind", kind: null });
    expect(seen).toStrictEqual([
      ["tap_the", null],
      ["tap_the", "Xã Hòa Bình"],
      ["tap_the", "Xã Tân Lập"],
      ["tap_the", "Phòng Nội vụ"],
      ["ca_nhan", null],
      ["ca_nhan", "Xã Hòa Bình"],
      [null, null],
    ]);
  });
});
