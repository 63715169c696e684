import { buildAdminHeading, buildSignatureBlock, leftBlockColumns } from "../../../src/core/layout/adminBlocks";

describe("the administrative heading and signature block (Nghị định 30/2020)", () => {
  const widths = [5, 30, 16, 9, 9, 20, 36];

  it("gives the issuing body the columns up to two fifths of the table, the Quốc hiệu the rest", () => {
    expect([leftBlockColumns(widths), leftBlockColumns([5, 30, 18, 60]), leftBlockColumns([10, 10])]).toStrictEqual([3, 3, 1]);
  });

  it("writes the body in capitals on the left, Quốc hiệu, tiêu ngữ and the place and date on the right", () => {
    const block = buildAdminHeading("Ủy ban nhân dân xã Thượng Ninh", widths);
    expect(block.cells.map((c) => [c.row, c.col, c.value, c.style?.bold ?? false, c.style?.italic ?? false])).toStrictEqual([
      [1, 1, "ỦY BAN NHÂN DÂN XÃ THƯỢNG NINH", true, false],
      [1, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false],
      [2, 4, "Độc lập - Tự do - Hạnh phúc", true, false],
      [3, 4, "……………, ngày …… tháng …… năm ……", false, true],
    ]);
    expect(block.merges).toStrictEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 7 },
      { top: 2, left: 4, bottom: 2, right: 7 },
      { top: 3, left: 4, bottom: 3, right: 7 },
    ]);
    // One line each: 12 pt on the first row, 13 pt on the others.
    expect([block.rowHeights, block.nextRow]).toStrictEqual([{ 1: 20, 2: 22, 3: 22 }, 4]);
    // A body's name too long for its 51 characters wraps (three lines in bold capitals), and its row grows.
    expect(buildAdminHeading("Hội đồng Thi đua – Khen thưởng thành phố Thủ Dầu Một, tỉnh Bình Dương", widths).rowHeights[1]).toBe(50);
  });

  it("puts the two signers under the table with room to sign, the roles kept with their notes", () => {
    const block = buildSignatureBlock(30, widths);
    expect(block.cells.map((c) => [c.row, c.col, c.value])).toStrictEqual([
      [30, 1, "NGƯỜI LẬP BIỂU"],
      [30, 4, "THỦ TRƯỞNG CƠ QUAN"],
      [31, 1, "(Ký, ghi rõ họ tên)"],
      [31, 4, "(Ký tên, đóng dấu)"],
      [32, 1, null],
    ]);
    expect([block.rowHeights, block.keep, block.nextRow]).toStrictEqual([{ 30: 22, 31: 20, 32: 60 }, [30, 31], 33]);
  });
});
