import {
  buildAdminPrintSetup,
  buildColumnNumberRow,
  buildHeadingBlock,
  estimateLineCount,
  estimateRowHeight,
  formatCount,
  formatPlanDate,
  formatExtractReference,
  formatPlanReference,
  LIST_REFERENCE,
  TABLE_STYLES,
} from "../../../src/core/layout/headingBlock";

const LONG_BIEN = { number: "26/KH-HĐTĐKT", date: "24/03/2023", issuer: "Hội đồng Thi đua – Khen thưởng quận Long Biên" };

describe("formatPlanDate", () => {
  it("drops the leading zeros as Vietnamese documents write dates", () => {
    expect(["24/03/2023", "05/11/2021", "10/10/2024", "1/2/2025", " 31/12/2025 ", "tháng 3/2024"].map(formatPlanDate)).toStrictEqual([
      "24/3/2023",
      "5/11/2021",
      "10/10/2024",
      "1/2/2025",
      "31/12/2025",
      "tháng 3/2024",
    ]);
  });
});

describe("formatPlanReference", () => {
  it("builds the italic line under the title from the plan's number, date and issuer", () => {
    expect(formatPlanReference(LONG_BIEN)).toBe("(Kèm theo Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 của Hội đồng Thi đua – Khen thưởng quận Long Biên)");
  });

  it("says after the date how it was read when the copy is unclear", () => {
    expect(formatPlanReference({ ...LONG_BIEN, dateNote: "ngày đọc từ bản chụp không rõ" })).toBe(
      "(Kèm theo Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 (ngày đọc từ bản chụp không rõ) của Hội đồng Thi đua – Khen thưởng quận Long Biên)",
    );
  });
});

describe("the other reference lines", () => {
  it("a list of nominees goes with the level's own report or submission, its number and date left blank", () => {
    expect(LIST_REFERENCE).toBe("(Kèm theo Báo cáo/Tờ trình số ……/……, ngày …… tháng …… năm …… của ……………………)");
  });

  it("an extract names the section of the plan it is taken from", () => {
    const nhonHung = { number: "64/KH-UBND", date: "24/05/2024", issuer: "Ủy ban nhân dân phường Nhơn Hưng" };
    expect([formatExtractReference(nhonHung, "III.3"), formatExtractReference(nhonHung, undefined)]).toStrictEqual([
      "(Trích mục III.3 Kế hoạch số 64/KH-UBND ngày 24/5/2024 của Ủy ban nhân dân phường Nhơn Hưng)",
      "(Trích Kế hoạch số 64/KH-UBND ngày 24/5/2024 của Ủy ban nhân dân phường Nhơn Hưng)",
    ]);
  });
});

describe("formatCount", () => {
  it("writes counts below ten with two digits", () => {
    expect([0, 2, 5, 9, 10, 120, 2.5].map(formatCount)).toStrictEqual(["00", "02", "05", "09", "10", "120", "2.5"]);
  });
});

describe("estimateLineCount", () => {
  it("wraps words in the column's width and counts each written line break", () => {
    expect([
      estimateLineCount("TT", 5, 12, true),
      estimateLineCount("Trước ngày 10/6/2023", 12, 12),
      estimateLineCount("Trước ngày 10/6/2023", 40, 12),
      estimateLineCount("Phòng Nội vụ\nCác đơn vị liên quan", 40, 12),
      estimateLineCount("Xây dựng quy định về tiêu chuẩn điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 34, 12),
      estimateLineCount("", 10, 12),
    ]).toStrictEqual([1, 2, 1, 2, 4, 1]);
  });

  it("counts a word longer than the column as the lines it is cut into", () => {
    // 60 × 8 px in 62 px.
    expect(estimateLineCount("x".repeat(60), 10, 12)).toBe(8);
  });

  it("needs more lines for capitals than for lowercase, and measures NFD text as its NFC form", () => {
    const text = "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG QUẬN LONG BIÊN";
    expect([estimateLineCount(text.toLowerCase(), 20, 12), estimateLineCount(text, 20, 12), estimateLineCount(text.normalize("NFD"), 20, 12)]).toStrictEqual([3, 4, 4]);
  });
});

describe("estimateRowHeight", () => {
  it("takes the tallest cell of the row, a merge counting all its columns", () => {
    const cells = [
      { row: 8, col: 1, value: 1, style: TABLE_STYLES.centered },
      { row: 8, col: 2, value: "Trước ngày 10/6/2023", style: TABLE_STYLES.centered },
      { row: 9, col: 2, value: "Trước ngày 10/6/2023", style: TABLE_STYLES.centered },
    ];
    expect([
      estimateRowHeight(8, cells, [5, 12]),
      estimateRowHeight(9, cells, [5, 12, 30], [{ top: 9, left: 2, bottom: 9, right: 3 }]),
      estimateRowHeight(9, cells, [5, 12, 30], [{ top: 9, left: 2, bottom: 10, right: 2 }]),
      estimateRowHeight(10, cells, [5, 12]),
    ]).toStrictEqual([35, 20, 20, 20]);
  });
});

describe("buildHeadingBlock", () => {
  it("puts PHỤ LỤC, the title and the italic reference in merged rows 1–3 above a gap", () => {
    expect(buildHeadingBlock({ label: "PHỤ LỤC", title: "THỰC HIỆN NHIỆM VỤ GIAI ĐOẠN 2023 - 2025", reference: formatPlanReference(LONG_BIEN) }, [5, 20, 20])).toStrictEqual({
      cells: [
        { row: 1, col: 1, value: "PHỤ LỤC", style: { bold: true, size: 14, horizontal: "center", vertical: "middle" } },
        { row: 2, col: 1, value: "THỰC HIỆN NHIỆM VỤ GIAI ĐOẠN 2023\u00A0-\u00A02025", style: { bold: true, size: 13, horizontal: "center", vertical: "middle", wrap: true } },
        {
          row: 3,
          col: 1,
          value: "(Kèm theo Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 của Hội đồng Thi đua – Khen thưởng quận Long Biên)",
          style: { italic: true, size: 13, horizontal: "center", vertical: "top", wrap: true },
        },
      ],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 2, left: 1, bottom: 2, right: 3 },
        { top: 3, left: 1, bottom: 3, right: 3 },
      ],
      rowHeights: { 1: 23, 2: 38, 3: 54, 4: 8 },
      nextRow: 5,
    });
  });

  it("keeps the title as the plan writes it, in NFC", () => {
    const title = "Thực hiện nhiệm vụ\nĐối với các đơn vị".normalize("NFD");
    expect(buildHeadingBlock({ label: "PHỤ LỤC", title, reference: formatPlanReference(LONG_BIEN) }, [60, 60]).cells[1]?.value).toBe("Thực hiện nhiệm vụ\nĐối với các đơn vị".normalize("NFC"));
  });
});

describe("buildHeadingBlock without a label", () => {
  it("puts the title in row 1 at 14 pt and the reference under it, row 3 left empty", () => {
    const block = buildHeadingBlock({ label: null, title: "LỰA CHỌN ĐIỂN HÌNH", reference: "(Trích mục III.3 Kế hoạch số 64/KH-UBND)" }, [30, 30]);
    expect(block.cells.map((c) => [c.row, c.value, c.style?.size ?? null, c.style?.italic ?? false])).toStrictEqual([
      [1, "LỰA CHỌN ĐIỂN HÌNH", 14, false],
      [2, "(Trích mục III.3 Kế hoạch số 64/KH-UBND)", 13, true],
    ]);
  });
});

describe("buildColumnNumberRow", () => {
  it("numbers the columns (1), (2), … in italics", () => {
    expect(buildColumnNumberRow(7, 3)).toStrictEqual([
      { row: 7, col: 1, value: "(1)", style: TABLE_STYLES.columnNumber },
      { row: 7, col: 2, value: "(2)", style: TABLE_STYLES.columnNumber },
      { row: 7, col: 3, value: "(3)", style: TABLE_STYLES.columnNumber },
    ]);
  });
});

describe("buildAdminPrintSetup", () => {
  it("prints A4 landscape with the margins of Nghị định 30, one page wide, numbered from page 2", () => {
    expect(buildAdminPrintSetup({ from: 5, to: 7 })).toStrictEqual({
      paperSize: "A4",
      orientation: "landscape",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      repeatRows: { from: 5, to: 7 },
      fitToWidth: true,
      pageNumbers: { position: "top-center", firstPage: false },
    });
  });
});
