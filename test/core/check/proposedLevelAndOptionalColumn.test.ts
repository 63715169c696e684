import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { consolidateReports } from "../../../src/core/consolidate/consolidate";
import { buildQuotaLayout } from "../../../src/core/consolidate/consolidationLayouts";
import { formatQuotaMessage } from "../../../src/core/messages/vi";
import type { CellScalar, QuotaResult, WorkbookValues } from "../../../src/core/model";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import { loadPlan } from "../../helpers/planFiles";
import { makeSheet } from "../../helpers/sheets";

/**
 * Both new plan keys end to end, as an officer meets them: wards' lists of Long Biên with and
 * without a "Cấp đề nghị" column consolidated at the district (in memory and as real .xlsx files),
 * and Tủa Chùa lists with and without a column for the "gương cá nhân" criterion.
 */

const longBien = loadPlan("long-bien-2023-2025.json");
const tuaChua = loadPlan("tua-chua-2021-2025.json");
const GENERAL = ["Gương mẫu chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái, tham gia hoạt động xã hội"];
const NTVT = "Người tốt, việc tốt";
const X4 = ["x", "x", "x", "x"];

const titled = (unitLine: string, header: string[], rows: CellScalar[][], parent = "UBND QUẬN LONG BIÊN"): CellScalar[][] => [
  [parent],
  [unitLine],
  [],
  ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"],
  [],
  header,
  ...rows,
];

/**
 * Bồ Đề writes the level each nomination is proposed to, and marks those it proposes for the
 * book "Những bông hoa đẹp"; rows are Excel rows 7–12.
 */
const BOOK = "Đề nghị đưa vào sách “Những bông hoa đẹp”";
const BO_DE = titled("UBND PHƯỜNG BỒ ĐỀ", ["STT", "Họ và tên", "Đối tượng", "Phong trào thi đua", "Tóm tắt thành tích", ...GENERAL, "Cấp đề nghị", "Ngày đăng ký", BOOK], [
  [1, "Nguyễn Văn Hùng", "Cá nhân", NTVT, "Trả lại 50 triệu đồng nhặt được", ...X4, "Thành phố", "12/03/2024", "x"],
  [2, "Trần Thị Mai", "Cá nhân", NTVT, "Giúp 3 hộ thoát nghèo", ...X4, "Cấp quận", "12/03/2024", null],
  [3, "Tổ dân phố số 7", "Tập thể", "Dân vận khéo", "Tuyến phố văn minh", ...X4, "Bằng khen của UBND Thành phố", "12/03/2024", "x"],
  [4, "Lê Thị Hoa", "Cá nhân", NTVT, "Cứu người đuối nước", ...X4, null, "12/03/2024", null],
  [5, "Đỗ Văn Nam", "Cá nhân", NTVT, "Dọn vệ sinh ngõ phố", ...X4, "Cấp phường", "12/03/2024", null],
  [6, "Phạm Văn Tú", "Cá nhân", NTVT, "Hiến máu 20 lần", "x", "x", null, "x", "Thành phố", "12/03/2024", "x"],
]);
/** Việt Hưng sends its list as most wards do, without the column. */
const VIET_HUNG = titled("UBND PHƯỜNG VIỆT HƯNG", ["STT", "Họ và tên", "Đối tượng", "Phong trào thi đua", "Tóm tắt thành tích", ...GENERAL, "Ngày đăng ký"], [
  [1, "Lê Văn Bình", "Cá nhân", NTVT, "Nhặt được của rơi trả người đánh mất", ...X4, "05/04/2024"],
  [2, "Vũ Thị Thu", "Cá nhân", NTVT, "Trả lại ví tiền", ...X4, "05/04/2024"],
]);

const CITY = "Cấp thành phố";
const DISTRICT = "Cấp quận";
const quotaText = (id: string) => longBien.quotas.find((q) => q.id === id)?.text ?? "";
/**
 * Proposed to the city: Hùng and Tú (Tú's list misses a criterion, so he is registered, not counted)
 * and the street group (its "Bằng khen của UBND Thành phố"); Hoa, Bình and Thu say no level, so they
 * are the district's. The district's 100 count them, but not Nam, a ward's own. The book's two are
 * the rows marked for it, whatever their level (Hùng, the street group, and Tú registered only).
 */
const EXPECTED_PLAN_QUOTAS: QuotaResult[] = [
  {
    ruleId: "thanh-pho-20-ca-nhan-nguoi-tot", text: quotaText("thanh-pho-20-ca-nhan-nguoi-tot"), scope: "Quận Long Biên", period: "Cả kỳ 2023–2025",
    required: 20, actual: 1, registered: 2, shortfall: 19, excess: 0, met: false,
    proposedLevel: { levels: [CITY], notGiven: 3, assumed: DISTRICT, notGivenCounted: false, unknown: 0 },
  },
  {
    ruleId: "thanh-pho-02-sach-nhung-bong-hoa-dep", text: quotaText("thanh-pho-02-sach-nhung-bong-hoa-dep"), scope: "Quận Long Biên", period: "Cả kỳ 2023–2025",
    required: 2, actual: 2, registered: 3, shortfall: 0, excess: 0, met: true,
  },
  {
    ruleId: "quan-100-ca-nhan-nguoi-tot", text: quotaText("quan-100-ca-nhan-nguoi-tot"), scope: "Quận Long Biên", period: "Năm 2024",
    required: 100, actual: 5, registered: 6, shortfall: 95, excess: 0, met: false,
    proposedLevel: { levels: [DISTRICT, CITY], notGiven: 3, assumed: DISTRICT, notGivenCounted: true, unknown: 0 },
  },
];

const planQuotasOf = (workbooks: WorkbookValues[]): QuotaResult[] => {
  const reports = workbooks.map((w) => checkWorkbook(w, longBien));
  return consolidateReports(longBien, reports, []).quotas.filter((q) => q.scope === "Quận Long Biên");
};

describe("Long Biên: the city's quotas count only nominations proposed to the city", () => {
  const workbooks: WorkbookValues[] = [
    { file: "Phuong_Bo_De.xlsx", sheets: [makeSheet("DS 2024", BO_DE)] },
    { file: "Phuong_Viet_Hung.xlsx", sheets: [makeSheet("DS 2024", VIET_HUNG)] },
  ];

  test("the ward's check reads each row's level as written", () => {
    const sheet = checkWorkbook(workbooks[0] as WorkbookValues, longBien).sheets[0];
    expect({ column: sheet?.columns.fields.level, levels: sheet?.nominations.map((n) => n.level ?? null), valid: sheet?.nominations.map((n) => n.valid) }).toStrictEqual({
      column: "J",
      levels: ["Thành phố", "Cấp quận", "Bằng khen của UBND Thành phố", null, "Cấp phường", "Thành phố"],
      valid: [true, true, true, true, true, false],
    });
  });

  test("consolidated at the district: every plan-level quota, whole", () => {
    expect(planQuotasOf(workbooks)).toStrictEqual(EXPECTED_PLAN_QUOTAS);
  });

  test("the city quota's line tells the officer about the rows without a level", () => {
    const [city] = planQuotasOf(workbooks);
    expect(city && formatQuotaMessage(city)).toBe(
      `${quotaText("thanh-pho-20-ca-nhan-nguoi-tot")} — Quận Long Biên, Cả kỳ 2023–2025: chưa đạt (01/20), thiếu 19` +
        ' (03 dòng không ghi cấp đề nghị được coi là đề nghị cấp quận nên không tính; nếu đề nghị cấp thành phố, hãy ghi vào cột "Cấp đề nghị").',
    );
  });

  test("the \"Chỉ tiêu\" sheet's verdict keeps the note whole", () => {
    const consolidation = consolidateReports(longBien, workbooks.map((w) => checkWorkbook(w, longBien)), []);
    const verdicts = buildQuotaLayout(consolidation, longBien).cells.map((c) => c.value).filter((v) => typeof v === "string" && v.startsWith("chưa đạt (01/20)"));
    expect(verdicts).toStrictEqual(['chưa đạt (01/20), thiếu 19 (03 dòng không ghi cấp đề nghị được coi là đề nghị cấp quận nên không tính; nếu đề nghị cấp thành phố, hãy ghi vào cột "Cấp đề nghị").']);
  });

  test("the same lists as .xlsx files written by exceljs give the same results", async () => {
    const toBytes = async (rows: CellScalar[][]): Promise<Uint8Array> => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("DS 2024");
      rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
      ws.mergeCells(4, 1, 4, 12);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const files = await Promise.all([
      readWorkbookBytes(await toBytes(BO_DE), "Phuong_Bo_De.xlsx"),
      readWorkbookBytes(await toBytes(VIET_HUNG), "Phuong_Viet_Hung.xlsx"),
    ]);
    expect(planQuotasOf(files)).toStrictEqual(EXPECTED_PLAN_QUOTAS);
  });
});

/*
 * The Tủa Chùa lists are the district's own (a list titled under "UBND QUẬN LONG BIÊN" is now said
 * to belong to another plan), with the seed's general criteria in one "Tiêu chí chung" column, and
 * people whose position makes criterion 2.2.12 theirs ("a) Đối với gương điển hình tiên tiến là cán
 * bộ, công chức, viên chức", seed 002): a row without a position is not judged by it.
 */
describe("Tủa Chùa: the individual-model criterion is checked only where the sheet has its column", () => {
  const GUONG = "Tiêu chí gương cá nhân điển hình tiên tiến";
  const list = (extra: string[], rows: CellScalar[][]): WorkbookValues => ({
    file: "Xa_Sang_Nhe.xlsx",
    sheets: [makeSheet("Danh sách", titled("UBND XÃ SÁNG NHÈ", ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Tóm tắt thành tích", "Tiêu chí chung", ...extra, "Ngày đăng ký"], rows, "UBND HUYỆN TỦA CHÙA"))],
  });
  const findingsOf = (w: WorkbookValues) => checkWorkbook(w, tuaChua).sheets[0]?.findings.map((f) => [f.code, f.ruleId ?? null, f.cell ?? null, f.message]);

  test("a list of individuals without that column: no warning about it", () => {
    const w = list([], [[1, "Lò Văn Pọm", "Cá nhân", "Công chức Văn hóa - Xã hội", "Giúp 12 hộ thoát nghèo", "x", "05/11/2021"]]);
    expect(findingsOf(w)).toStrictEqual([]);
  });

  test("a list that has the column: a blank mark there is an error on its cell, for a civil servant only", () => {
    const w = list([GUONG], [
      [1, "Lò Văn Pọm", "Cá nhân", "Công chức Văn hóa - Xã hội", "Giúp 12 hộ thoát nghèo", "x", "x", "05/11/2021"],
      [2, "Lò Thị Mai", "Cá nhân", "Viên chức Trạm Y tế xã", "Dạy chữ cho 30 người", "x", null, "05/11/2021"],
      [3, "Giàng A Sử", "Cá nhân", "Nông dân", "Trồng 5 ha chè", "x", null, "05/11/2021"],
      [4, "Vàng A Tủa", "Cá nhân", null, "Nuôi 30 con trâu", "x", null, "05/11/2021"],
    ]);
    expect(findingsOf(w)).toStrictEqual([
      ["cell/criterion", "guong-ca-nhan", "G8", `ô G8: chưa đạt tiêu chí "${GUONG}" (ghi (trống)); đánh dấu "x" nếu đạt, nếu không thì không đủ điều kiện giới thiệu.`],
    ]);
  });

  test("a required criterion still warns when its column is missing", () => {
    const sheet = titled("UBND XÃ SÁNG NHÈ", ["STT", "Họ và tên", "Đối tượng", "Tóm tắt thành tích", "Ngày đăng ký"], [[1, "Lò Văn Pọm", "Cá nhân", "Giúp 12 hộ thoát nghèo", "05/11/2021"]], "UBND HUYỆN TỦA CHÙA");
    expect(findingsOf({ file: "Xa_Sang_Nhe.xlsx", sheets: [makeSheet("Danh sách", sheet)] })?.map((f) => f.slice(0, 2))).toStrictEqual([["sheet/missing-criterion-column", "tieu-chi-chung-ca-nhan-ho-gia-dinh"]]);
  });
});
