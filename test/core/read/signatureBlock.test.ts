import fc from "fast-check";
import type { CellScalar } from "../../../src/core/model";
import { isEndOfList } from "../../../src/core/read/signatureBlock";
import { INSTRUCTIONS, NOTES, nominee, personName, ROLES } from "../../helpers/officeLists";

describe("isEndOfList: what follows a list, by its shape", () => {
  test.each<[string, CellScalar[], number | null, number | null, boolean]>([
    ["TRƯỞNG THÔN in the achievements column", [null, null, null, null, "TRƯỞNG THÔN"], 0, 2, true],
    ["the role in the name column", [null, "BÍ THƯ CHI BỘ"], 0, 2, true],
    ["maker and approver side by side", [null, "NGƯỜI LẬP BIỂU", null, null, "THỦ TRƯỞNG ĐƠN VỊ"], 0, 2, true],
    ["XÁC NHẬN CỦA UBND XÃ", [null, "XÁC NHẬN CỦA UBND XÃ"], 0, 2, true],
    ["KT. CHỦ TỊCH beside PHÓ CHỦ TỊCH", ["KT. CHỦ TỊCH", null, "PHÓ CHỦ TỊCH"], null, null, true],
    ["Q. GIÁM ĐỐC", [null, null, "Q. GIÁM ĐỐC"], 0, null, true],
    ["Trạm trưởng, written as it is said", [null, null, "Trạm trưởng"], 0, null, true],
    ["the place-and-date line", [null, null, null, "Xuân Thượng, ngày 15 tháng 12 năm 2024"], 0, 2, true],
    ["a date line left to be filled in", [null, null, null, "ngày …… tháng …… năm 2024"], 0, 2, true],
    ["a date line in figures", [null, null, null, "Thượng Ninh, ngày 15/12/2024"], 0, 2, true],
    ["an instruction under the role", [null, null, null, "(Ký, ghi rõ họ tên)"], 0, 2, true],
    ["a marked note", ["(*) Các thôn gửi về trước ngày 15/12/2024."], 0, 2, true],
    ["a numbered nominee whose position is a role", [3, "Đinh Thị Hoa", "CN", "Chủ tịch Hội Phụ nữ xã"], 0, 2, false],
    ["a nominee without number or kind, her position a role", [null, "Đinh Thị Hoa", null, "Trưởng thôn"], 0, 2, false],
    ["Trương, Phó are surnames, not roles", [null, "Trương Văn Hùng"], 0, 2, false],
    ["a surname Phó alone on its row", [null, "Phó Đức Phương"], null, null, false],
    ["a role beside a birth year is a nominee's row", [null, "Trưởng thôn", 1975], 0, 2, false],
    ["a kind on the row", [null, "TRƯỞNG THÔN", "Cá nhân"], 0, 2, false],
    ["more than four texts", [null, "TM. UBND", "CHỦ TỊCH", "BÍ THƯ", "GIÁM ĐỐC", "HIỆU TRƯỞNG"], 0, 2, false],
    ["Nơi nhận beside anything else: no nominee's row says it", [null, "Nơi nhận:", null, "Tổ công tác số 2"], 0, 2, true],
    ["the date line beside a stray text", [null, "x", null, null, "Xuân Thượng, ngày 15 tháng 12 năm 2024"], 0, 2, true],
    ["an address that begins Q. is no signing for", [null, "Lê Thị Mai", null, "Q. Long Biên"], 0, 2, false],
    ["an achievement that begins with a date is no date line", [null, "Lê Thị Mai", null, "Ngày 15 tháng 3 năm 2024, cứu 2 em nhỏ đuối nước"], 0, 2, false],
  ])("%s", (_label, row, orderColumn, kindColumn, expected) => {
    expect(isEndOfList(row, orderColumn, kindColumn)).toBe(expected);
  });
});

describe("isEndOfList with the name's column: a line in capitals right of an empty name cell is a role", () => {
  test.each<[string, CellScalar[], boolean]>([
    ["a role of the office's own, under the achievements", [null, null, null, "CÁN BỘ VĂN HÓA - XÃ HỘI"], true],
    ["the same left of the names: a group's label, not a signature", ["CÁN BỘ VĂN HÓA - XÃ HỘI"], false],
    ["a unit's group label in the first column", ["THÔN XUÂN THƯỢNG"], false],
    ["a nominee named in capitals", [null, "THÔN ĐỒNG TÂM", null, "ĐẠT CHUẨN NÔNG THÔN MỚI"], false],
    ["mixed case right of the names", [null, null, null, "Cán bộ văn hóa"], false],
  ])("%s", (_label, row, expected) => {
    expect(isEndOfList(row, 0, 2, 1)).toBe(expected);
  });
});

/** A row as the list's columns hold it: texts placed in the columns drawn, the rest blank. */
const placed = (texts: readonly string[], columns: readonly number[]): CellScalar[] => {
  const row: CellScalar[] = [];
  texts.forEach((t, i) => {
    const c = columns[i] ?? i;
    while (row.length <= c) row.push(null);
    row[c] = t;
  });
  return row;
};

const POSITIONS = ["Trưởng thôn", "Chủ tịch Hội Nông dân", "Bí thư chi bộ", "Phó trưởng ban", "Giám đốc", "Thủ quỹ", "Kế toán", "Hiệu trưởng", "Ghi chú", ""];
const ACHIEVEMENTS = ["Ngày 15 tháng 3 năm 2024, cứu 2 em nhỏ đuối nước", "Tổ chức hội thi ngày 15 tháng 12 năm 2024 cho 300 hội viên", "Vận động 40 hộ hiến đất", ""];

describe("isEndOfList never drops a nominee and finds every signature row", () => {
  test("a nominee's row — its name with any position or achievement, number or kind, in any columns — never ends the list", () => {
    fc.assert(
      fc.property(
        nominee,
        fc.constantFrom(...POSITIONS),
        fc.constantFrom(...ACHIEVEMENTS),
        fc.boolean(),
        fc.boolean(),
        fc.uniqueArray(fc.nat(8), { minLength: 4, maxLength: 4 }),
        (n, position, achievement, numbered, withKind, columns) => {
          const texts = [n.name, position, withKind ? n.kindText : "", achievement];
          const row = placed(texts, columns);
          const orderColumn = 9;
          if (numbered) row[orderColumn] = 7;
          expect(isEndOfList(row, orderColumn, withKind ? (columns[2] ?? 2) : null)).toBe(false);
        },
      ),
      { numRuns: 500, seed: 16 },
    );
  });

  test("a signature row — roles, the date line, an instruction, a note — in any columns, merged or not, ends it", () => {
    const part = fc.oneof(fc.constantFrom(...ROLES), fc.constantFrom(...INSTRUCTIONS), fc.constantFrom(...NOTES), fc.constantFrom("Xuân Thượng, ngày 15 tháng 12 năm 2024", "Nơi nhận:"));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 2 }), fc.uniqueArray(fc.nat(8), { minLength: 2, maxLength: 2 }), fc.integer({ min: 1, max: 3 }), (texts, columns, repeat) => {
        const row = placed(texts, columns);
        // A merged cell repeats its text in the cells it covers, as exceljs hands them over.
        for (const c of columns.slice(0, texts.length)) for (let k = 1; k < repeat; k++) if (row[c + k] === null || row[c + k] === undefined) row[c + k] = row[c] ?? null;
        expect(isEndOfList(row, 9, 10)).toBe(true);
      }),
      { numRuns: 500, seed: 16 },
    );
  });

  test("the signer's name alone is not a signature row: only the role above it ends the list", () => {
    fc.assert(
      fc.property(personName, (name) => {
        expect(isEndOfList([null, name], 0, null)).toBe(false);
      }),
      { numRuns: 100, seed: 16 },
    );
  });
});
