import ExcelJS from "exceljs";
import { ADMIN_MARGINS_MM, type CellStyle, type Layout } from "../../src/core/layout/types";
import { buildPlanAppendix } from "../../src/core/layout/planAppendix";
import { chooseSheetName, renderLayoutToWorksheet, toExcelHeaderFooter, toExcelPageSetup } from "../../src/xlsx/renderLayout";
import { streamLayoutsToBytes } from "../../src/xlsx/streamLayoutWorkbook";
import { parsePlanOrThrow } from "../helpers/plans";

const HEADER: CellStyle = { bold: true, size: 12, horizontal: "center", vertical: "middle", wrap: true, border: true };
const BODY: CellStyle = { size: 12, vertical: "middle", wrap: true, border: true };

const LAYOUT: Layout = {
  sheetName: "Phụ lục",
  role: "plan-appendix",
  font: { name: "Times New Roman", size: 13 },
  columnWidths: [5, 30, 14],
  rowHeights: { 1: 23, 4: 40 },
  cells: [
    { row: 1, col: 1, value: "PHỤ LỤC", style: { bold: true, size: 14, horizontal: "center" } },
    { row: 2, col: 1, value: "(Kèm theo Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023)", style: { italic: true, horizontal: "center" } },
    { row: 3, col: 1, value: "TT", style: HEADER },
    { row: 3, col: 2, value: "Họ và tên", style: HEADER },
    { row: 3, col: 3, value: "Ngày", style: HEADER },
    { row: 4, col: 1, value: 1, style: BODY },
    { row: 4, col: 2, value: "=1+1", style: BODY, note: "Giữ nguyên như trong danh sách của đơn vị" },
    { row: 4, col: 3, value: new Date(Date.UTC(2024, 2, 5)), style: BODY },
    { row: 5, col: 1, value: 2, style: { ...BODY, bold: true, color: "C00000", fill: "FFC7CE", numberFormat: "00" } },
    { row: 5, col: 2, value: "+84 912 345 678", style: BODY },
    { row: 5, col: 3, value: "@tên\u0007", style: BODY },
    { row: 6, col: 2, value: "-5", style: BODY },
    { row: 6, col: 3, value: "", style: BODY },
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 2, left: 1, bottom: 2, right: 3 },
    { top: 6, left: 1, bottom: 6, right: 1 },
  ],
  print: {
    paperSize: "A4",
    orientation: "landscape",
    margins: { ...ADMIN_MARGINS_MM },
    repeatRows: { from: 3, to: 3 },
    fitToWidth: true,
    pageNumbers: { position: "top-center", firstPage: false },
  },
  freezeRows: 3,
  validations: [
    { range: "C7:C20", values: ["Cá nhân", "Tập thể", "Hộ gia đình"] },
    { range: "B7:B20", values: ["Giáo dục, Đào tạo", "Y tế"] },
  ],
};

/** Renders into a fresh workbook, writes it to a buffer and reads it back as Excel would get it. */
const roundTrip = async (layouts: Layout[]): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  for (const layout of layouts) renderLayoutToWorksheet(workbook, layout);
  const buffer = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
};

const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

describe("renderLayoutToWorksheet, read back with exceljs", () => {
  let ws: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await roundTrip([LAYOUT]);
    ws = sheetOf(workbook, "Phụ lục");
  });

  it("keeps text that looks like a formula as text", () => {
    const read = (a: string) => [ws.getCell(a).type, ws.getCell(a).value, ws.getCell(a).formula];
    expect([read("B4"), read("B5"), read("C5"), read("B6")]).toStrictEqual([
      [ExcelJS.ValueType.String, "=1+1", undefined],
      [ExcelJS.ValueType.String, "+84 912 345 678", undefined],
      [ExcelJS.ValueType.String, "@tên", undefined],
      [ExcelJS.ValueType.String, "-5", undefined],
    ]);
  });

  it("writes numbers, dates and empty cells with their formats", () => {
    expect([ws.getCell("A4").value, ws.getCell("C4").value, ws.getCell("C4").numFmt, ws.getCell("A5").numFmt, ws.getCell("C6").type]).toStrictEqual([
      1,
      new Date(Date.UTC(2024, 2, 5)),
      "dd/mm/yyyy",
      "00",
      ExcelJS.ValueType.Null,
    ]);
  });

  it("writes fonts, italics, colours, fills, alignment and thin borders", () => {
    const thin = { style: "thin" };
    expect([ws.getCell("A1").font, ws.getCell("A2").font, ws.getCell("A5").font, ws.getCell("A5").fill, ws.getCell("B3").alignment, ws.getCell("B3").border]).toStrictEqual([
      { name: "Times New Roman", size: 14, bold: true },
      { name: "Times New Roman", size: 13, italic: true },
      { name: "Times New Roman", size: 12, bold: true, color: { argb: "FFC00000" } },
      { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
      { horizontal: "center", vertical: "middle", wrapText: true },
      { top: thin, left: thin, bottom: thin, right: thin },
    ]);
  });

  it("merges (a one-cell merge is no merge), sizes columns and rows, and freezes the header", () => {
    expect([ws.model.merges, ws.columns.map((c) => c.width), ws.getRow(1).height, ws.getRow(4).height, ws.views]).toStrictEqual([
      ["A1:C1", "A2:C2"],
      [5, 30, 14],
      23,
      40,
      [
        {
          state: "frozen",
          xSplit: 0,
          ySplit: 3,
          topLeftCell: "A4",
          rightToLeft: false,
          workbookViewId: 0,
          showGridLines: true,
          showRowColHeaders: true,
          showRuler: true,
          zoomScale: 100,
          zoomScaleNormal: 100,
        },
      ],
    ]);
  });

  it("a column exactly 9 wide is written (exceljs would take 9 for no width and Excel draw it 8.43), by both writers", async () => {
    const narrow: Layout = { ...LAYOUT, sheetName: "Rộng 9", columnWidths: [9, 8.43, 9], validations: [] };
    const streamed = new ExcelJS.Workbook();
    await streamed.xlsx.load((await streamLayoutsToBytes([narrow])) as unknown as ArrayBuffer);
    const inMemory = await roundTrip([narrow]);
    expect([sheetOf(inMemory, "Rộng 9"), sheetOf(streamed, "Rộng 9")].map((w) => w.columns.map((c) => c.width))).toStrictEqual([
      [9.01, 8.43, 9.01],
      [9.01, 8.43, 9.01],
    ]);
  });

  it("sets A4 landscape, margins in inches, print titles, one page wide and page numbers from page 2", () => {
    const p = ws.pageSetup;
    expect([p.paperSize, p.orientation, p.margins, p.printTitlesRow, p.fitToPage, p.fitToWidth, p.fitToHeight, ws.headerFooter]).toStrictEqual([
      9,
      "landscape",
      { top: 0.7874, bottom: 0.7874, left: 1.1811, right: 0.5906, header: 0.3937, footer: 0.3937 },
      "3:3",
      true,
      1,
      0,
      { differentFirst: true, oddHeader: '&C&"Times New Roman,Regular"&13&P' },
    ]);
  });

  it("writes notes as cell comments", () => {
    const note = ws.getCell("B4").note;
    const texts = typeof note === "object" ? note.texts?.map((t) => t.text).join("") : note;
    expect(texts).toBe("Giữ nguyên như trong danh sách của đơn vị");
  });

  it("writes dropdowns inline, or from a hidden list sheet when a value holds a comma", () => {
    const list = sheetOf(workbook, "Danh mục");
    expect([ws.getCell("C10").dataValidation, ws.getCell("B7").dataValidation, list.state, list.getColumn(1).values.slice(1)]).toStrictEqual([
      { type: "list", allowBlank: true, showErrorMessage: true, formulae: ['"Cá nhân,Tập thể,Hộ gia đình"'] },
      { type: "list", allowBlank: true, showErrorMessage: true, formulae: ["'Danh mục'!$A$1:$A$2"] },
      "hidden",
      ["Giáo dục, Đào tạo", "Y tế"],
    ]);
  });
});

describe("renderLayoutToWorksheet in memory", () => {
  it("gives each cell its own style, so restyling one cell leaves the others alone", () => {
    const workbook = new ExcelJS.Workbook();
    const ws = renderLayoutToWorksheet(workbook, LAYOUT);
    ws.getCell("B5").font = { name: "Arial", size: 9 };
    expect([ws.getCell("B5").font, ws.getCell("B6").font]).toStrictEqual([
      { name: "Arial", size: 9 },
      { name: "Times New Roman", size: 12 },
    ]);
  });

  it("renders the plan appendix with its header rows as print titles", async () => {
    const plan = parsePlanOrThrow({
      id: "thu",
      number: "26/KH-HĐTĐKT",
      date: "24/03/2023",
      issuer: "Hội đồng Thi đua – Khen thưởng quận Long Biên",
      level: "quan",
      title: "Kế hoạch",
      period: { from: "01/01/2023", to: "31/12/2025" },
      levels: [{ id: "quan", name: "Quận" }],
      subjectKinds: ["ca_nhan"],
      appendix: { title: "PHỤ LỤC THỬ", rows: [{ host: "Phòng Nội vụ", content: "Cải cách hành chính" }] },
    });
    const ws = sheetOf(await roundTrip([buildPlanAppendix(plan)]), "Phụ lục");
    expect([ws.pageSetup.printTitlesRow, ws.model.merges.length, ws.getCell("A3").font, ws.getCell("E5").value, ws.getCell("H7").value, ws.getCell("B8").value]).toStrictEqual([
      "5:7",
      10,
      { name: "Times New Roman", size: 13, italic: true },
      "Số lượng gương điển hình tiên tiến giới thiệu",
      "(8)",
      "Phòng Nội vụ",
    ]);
  });
});

describe("chooseSheetName", () => {
  it("keeps Excel's rules for sheet names and never reuses a name", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Phụ lục");
    workbook.addWorksheet("Tổng hợp (2)");
    expect([
      chooseSheetName(workbook, "Phụ lục"),
      chooseSheetName(workbook, "PHỤ LỤC"),
      chooseSheetName(workbook, "Tổng hợp"),
      chooseSheetName(workbook, "Báo cáo 1/2024: [quý I]?"),
      chooseSheetName(workbook, "Danh sách điển hình tiên tiến phường Bồ Đề năm 2024"),
      chooseSheetName(workbook, "''"),
    ]).toStrictEqual(["Phụ lục (2)", "PHỤ LỤC (2)", "Tổng hợp", "Báo cáo 1-2024- -quý I--", "Danh sách điển hình tiên tiến p", "Trang tính"]);
  });
});

describe("toExcelPageSetup and toExcelHeaderFooter", () => {
  it("leave scaling and headers alone when the layout asks for neither", () => {
    const print = { paperSize: "A4", orientation: "portrait", margins: { top: 25, bottom: 25, left: 35, right: 20, header: 10, footer: 10 }, fitToWidth: false } as const;
    expect([toExcelPageSetup(print), toExcelHeaderFooter(print, { name: "Times New Roman", size: 13 })]).toStrictEqual([
      { paperSize: 9, orientation: "portrait", margins: { top: 0.9843, bottom: 0.9843, left: 1.378, right: 0.7874, header: 0.3937, footer: 0.3937 } },
      {},
    ]);
  });
});
