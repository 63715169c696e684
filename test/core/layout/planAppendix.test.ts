import { TABLE_STYLES } from "../../../src/core/layout/headingBlock";
import { buildPlanAppendix, findRowResults } from "../../../src/core/layout/planAppendix";
import type { Layout } from "../../../src/core/layout/types";
import type { QuotaResult } from "../../../src/core/model";
import type { Plan, PlanInput } from "../../../src/core/plan/schema";
import { parsePlanOrThrow } from "../../helpers/plans";

const QUOTA_TEXT = "Hằng năm mỗi đơn vị giới thiệu 05 tập thể, cá nhân";

const BASE: PlanInput = {
  id: "thu-nghiem",
  number: "26/KH-HĐTĐKT",
  date: "24/03/2023",
  issuer: "Hội đồng Thi đua – Khen thưởng quận Long Biên",
  level: "quan",
  title: "Kế hoạch tuyên truyền gương điển hình tiên tiến giai đoạn 2023 – 2025",
  period: { from: "01/01/2023", to: "31/12/2025" },
  levels: [{ id: "quan", name: "Quận" }],
  subjectKinds: ["tap_the", "ca_nhan"],
  quotas: [{ id: "don-vi-05", text: QUOTA_TEXT, scope: { level: "unit" }, period: "year", bound: { min: 5 } }],
};

const makePlan = parsePlanOrThrow;

const PLAN = makePlan({
  ...BASE,
  appendix: {
    title: "THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN ĐIỂN HÌNH TIÊN TIẾN",
    rows: [
      {
        host: "Đề nghị Ban Tuyên giáo Quận ủy",
        coordinators: ["Phòng Nội vụ", "Các đơn vị liên quan"],
        content: "Xây dựng quy định về tiêu chuẩn điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        introduce: "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá nhân.",
        introduceCount: 5,
        quotaId: "don-vi-05",
        contentDeadline: "Trước ngày 10/6/2023",
        introduceDeadline: "Trước ngày 10/4 hằng năm",
      },
      {
        host: "Phòng Nội vụ",
        content: "Phong trào thi đua “Đẩy mạnh cải cách hành chính”",
        introduceCount: 5,
        quotaId: "don-vi-05",
        contentDeadline: "Trước ngày 10/6/2023",
        introduceDeadline: "Trước ngày 10/02 hằng năm",
        note: "Thường trực",
      },
      { host: "Công an Quận", coordinators: ["Ban Chỉ huy Quân sự Quận"], content: "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc”", timeWindow: "3/2023 – 10/2023" },
    ],
  },
});

const result = (scope: string, period: string, actual: number, extra: Partial<QuotaResult> = {}): QuotaResult => ({
  ruleId: "don-vi-05",
  text: QUOTA_TEXT,
  scope,
  period,
  required: 5,
  actual,
  registered: actual,
  shortfall: Math.max(0, 5 - actual),
  excess: 0,
  met: actual >= 5,
  ...extra,
});

/** Cell values by row, from `fromRow` on: the table as a reader sees it. */
const readValues = (layout: Layout, fromRow: number): (string | number | Date | null)[][] => {
  const rows: (string | number | Date | null)[][] = [];
  for (const c of layout.cells.filter((x) => x.row >= fromRow)) {
    const line = (rows[c.row - fromRow] ??= []);
    line[c.col - 1] = c.value;
  }
  return rows;
};

const STYLE_NAMES = new Map(Object.entries(TABLE_STYLES).map(([name, style]) => [style as object, name]));
/** The named table style of each cell by row, from `fromRow` on. */
const readStyleNames = (layout: Layout, fromRow: number): string[][] => {
  const rows: string[][] = [];
  for (const c of layout.cells.filter((x) => x.row >= fromRow)) (rows[c.row - fromRow] ??= [])[c.col - 1] = (c.style && STYLE_NAMES.get(c.style)) ?? "?";
  return rows;
};

describe("buildPlanAppendix", () => {
  const layout = buildPlanAppendix(PLAN);

  it("describes the sheet, its widths and its print setup", () => {
    expect({ ...layout, cells: undefined }).toStrictEqual({
      sheetName: "Phụ lục",
      role: "plan-appendix",
      font: { name: "Times New Roman", size: 13 },
      columnWidths: [5, 16, 16, 33, 26, 12, 12, 10],
      rowHeights: { 1: 23, 2: 22, 3: 22, 4: 8, 5: 20, 6: 50, 7: 20, 8: 65, 9: 50, 10: 35 },
      cells: undefined,
      merges: [
        { top: 1, left: 1, bottom: 1, right: 8 },
        { top: 2, left: 1, bottom: 2, right: 8 },
        { top: 3, left: 1, bottom: 3, right: 8 },
        { top: 5, left: 1, bottom: 6, right: 1 },
        { top: 5, left: 2, bottom: 6, right: 2 },
        { top: 5, left: 3, bottom: 6, right: 3 },
        { top: 5, left: 4, bottom: 6, right: 4 },
        { top: 5, left: 5, bottom: 6, right: 5 },
        { top: 5, left: 8, bottom: 6, right: 8 },
        { top: 5, left: 6, bottom: 5, right: 7 },
        { top: 10, left: 6, bottom: 10, right: 7 },
      ],
      print: {
        paperSize: "A4",
        orientation: "landscape",
        margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
        repeatRows: { from: 5, to: 7 },
        fitToWidth: true,
        pageNumbers: { position: "top-center", firstPage: false },
      },
      freezeRows: 7,
    });
  });

  it("fits the widths on landscape A4 within the margins (252 mm at 7 px a unit)", () => {
    expect(layout.columnWidths.reduce((a, b) => a + b, 0) * 7 * (25.4 / 96)).toBeLessThanOrEqual(252);
  });

  it("heads the sheet with PHỤ LỤC, the appendix title and the reference line", () => {
    expect(readValues(layout, 1).slice(0, 3)).toStrictEqual([
      ["PHỤ LỤC"],
      ["THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN ĐIỂN HÌNH TIÊN TIẾN"],
      ["(Kèm theo Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 của Hội đồng Thi đua – Khen thưởng quận Long Biên)"],
    ]);
  });

  it("has a two-row header and a row of column numbers", () => {
    const h = TABLE_STYLES.header;
    const n = TABLE_STYLES.columnNumber;
    expect(layout.cells.filter((c) => c.row >= 5 && c.row <= 7)).toStrictEqual([
      { row: 5, col: 1, value: "TT", style: h },
      { row: 5, col: 2, value: "Đơn vị chủ trì thực hiện", style: h },
      { row: 5, col: 3, value: "Đơn vị phối hợp", style: h },
      { row: 5, col: 4, value: "Nội dung", style: h },
      { row: 5, col: 5, value: "Số lượng gương điển hình tiên tiến giới thiệu", style: h },
      { row: 5, col: 6, value: "Tiến độ thực hiện", style: h },
      { row: 5, col: 8, value: "Ghi chú", style: h },
      { row: 6, col: 6, value: "Nội dung", style: h },
      { row: 6, col: 7, value: "Giới thiệu điển hình tiên tiến", style: h },
      ...["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"].map((value, i) => ({ row: 7, col: i + 1, value, style: n })),
    ]);
  });

  it("writes one numbered row per appendix row; a time window spans both progress columns", () => {
    expect(readValues(layout, 8)).toStrictEqual([
      [
        1,
        "Đề nghị Ban Tuyên giáo Quận ủy",
        "Phòng Nội vụ\nCác đơn vị liên quan",
        "Xây dựng quy định về tiêu chuẩn điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá nhân.",
        "Trước ngày 10/6/2023",
        "Trước ngày 10/4 hằng năm",
        "",
      ],
      [2, "Phòng Nội vụ", "", "Phong trào thi đua “Đẩy mạnh cải cách hành chính”", "05", "Trước ngày 10/6/2023", "Trước ngày 10/02 hằng năm", "Thường trực"],
      [3, "Công an Quận", "Ban Chỉ huy Quân sự Quận", "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc”", "", "3/2023 – 10/2023", "", ""],
    ]);
    const row = ["centered", "centered", "centered", "text", "text", "centered", "centered", "centered"];
    expect(readStyleNames(layout, 8)).toStrictEqual([row, row, row]);
  });

  it("gives the number column's width to the long columns when no row names a number", () => {
    const rows = (PLAN.appendix?.rows ?? []).map((r) => ({ ...r, introduce: "", introduceCount: undefined }));
    const movements = { ...PLAN, appendix: { title: "Lựa chọn điển hình tiên tiến trên các lĩnh vực", rows } } as Plan;
    expect([buildPlanAppendix(movements).columnWidths, buildPlanAppendix(movements, []).columnWidths]).toStrictEqual([
      [5, 18, 21, 40, 12, 12, 12, 10],
      [5, 16, 16, 33, 26, 12, 12, 10],
    ]);
  });

  it("falls back to the plan's title and an empty table when the plan has no appendix", () => {
    const bare = buildPlanAppendix(makePlan(BASE));
    expect([bare.cells[1]?.value, bare.cells.filter((c) => c.row >= 8), bare.merges.length]).toStrictEqual([
      "Kế hoạch tuyên truyền gương điển hình tiên tiến giai đoạn 2023\u00A0–\u00A02025",
      [],
      10,
    ]);
  });
});

describe("buildPlanAppendix with quota results", () => {
  const results = [result("Ban Tuyên giáo Quận ủy", "Năm 2024", 5), result("Phòng Nội vụ", "Năm 2024", 3), result("Phòng Nội vụ", "Năm 2025", 6, { excess: 1 }), { ...result("Ban Tuyên giáo Quận ủy", "Năm 2024", 0), ruleId: "khac" }];
  const layout = buildPlanAppendix(PLAN, results);

  it("shows required and actual in the number column, and marks the row that falls short", () => {
    expect(layout.cells.filter((c) => c.row >= 8 && (c.col === 5 || c.col === 8))).toStrictEqual([
      { row: 8, col: 5, value: "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá nhân.\nYêu cầu: 05 – Thực hiện: 05", style: TABLE_STYLES.text },
      { row: 8, col: 8, value: "", style: TABLE_STYLES.centered },
      {
        row: 9,
        col: 5,
        value: "05\nNăm 2024: Yêu cầu: 05 – Thực hiện: 03\nNăm 2025: Yêu cầu: 05 – Thực hiện: 06",
        style: TABLE_STYLES.shortfall,
        note: `Chỉ tiêu: ${QUOTA_TEXT}`,
      },
      { row: 9, col: 8, value: "Thường trực\nNăm 2024: Còn thiếu 02", style: TABLE_STYLES.shortfallNote },
      { row: 10, col: 5, value: "", style: TABLE_STYLES.text },
      { row: 10, col: 8, value: "", style: TABLE_STYLES.centered },
    ]);
    expect(TABLE_STYLES.shortfall).toStrictEqual({ size: 12, wrap: true, border: true, vertical: "middle", horizontal: "left", bold: true, color: "C00000", fill: "FFC7CE" });
  });

  it("says so when a requirement cannot be known, without marking the row red", () => {
    const unknown = result("Ban Tuyên giáo Quận ủy", "Năm 2024", 2, { required: null, met: null, shortfall: 0, missing: "số biên chế" });
    const cells = buildPlanAppendix(PLAN, [unknown]).cells.filter((c) => c.row === 8 && (c.col === 5 || c.col === 8));
    expect(cells).toStrictEqual([
      { row: 8, col: 5, value: "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá nhân.\nYêu cầu: chưa xác định – Thực hiện: 02", style: TABLE_STYLES.text },
      { row: 8, col: 8, value: "Chưa xác định được yêu cầu (số biên chế)", style: TABLE_STYLES.shortfallNote },
    ]);
  });

  it("writes a range and an excess over the maximum", () => {
    const over = result("Phòng Nội vụ", "Năm 2024", 6, { required: 1, max: 4, met: false, shortfall: 0, excess: 2 });
    const cells = buildPlanAppendix(PLAN, [over]).cells.filter((c) => c.row === 9 && (c.col === 5 || c.col === 8));
    expect(cells.map((c) => c.value)).toStrictEqual(["05\nYêu cầu: 01–04 – Thực hiện: 06", "Thường trực\nVượt mức tối đa 02"]);
  });
});

describe("findRowResults", () => {
  const row = PLAN.appendix?.rows[0];
  if (row === undefined) throw new Error("fixture has rows");

  it("takes the results of the row's host when the quota is counted per unit", () => {
    const own = result("Ban Tuyên giáo Quận ủy", "Năm 2024", 5);
    expect(findRowResults(row, [result("Phòng Nội vụ", "Năm 2024", 3), own])).toStrictEqual([own]);
  });

  it("takes all results of the quota when none names the host, and none without a quota id", () => {
    const all = [result("Toàn quận", "Năm 2024", 3), result("Toàn quận", "Năm 2025", 4)];
    expect([findRowResults(row, all), findRowResults({ ...row, quotaId: undefined } as typeof row, all)]).toStrictEqual([all, []]);
  });
});
