import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckOptions } from "../../../src/core/check/report";
import type { CellScalar, WorkbookValues } from "../../../src/core/model";
import { findById, loadPlan } from "../../helpers/planFiles";
import { makeSheet } from "../../helpers/sheets";

/**
 * Tủa Chùa's plan (seed 002, Kế hoạch 123/KH-UBND) read again against its text: what each unit
 * hears now, each test quoting the seed sentence it follows (the seed is an OCR copy, quoted as is).
 */

const plan = loadPlan("tua-chua-2021-2025.json");
const GC = "Tiêu chí chung";
const NTM = "Cả nước chung sức xây dựng nông thôn mới";

const listOf = (title: string, header: string[], rows: CellScalar[][], unitLine = "UBND XÃ SÁNG NHÈ"): WorkbookValues => ({
  file: "Xa_Sang_Nhe.xlsx",
  sheets: [makeSheet("Danh sách", [["UBND HUYỆN TỦA CHÙA"], [unitLine], [], [title], [], ...(header.length > 0 ? [header] : []), ...rows])],
});
const findingsOf = (w: WorkbookValues, options: CheckOptions = {}) => checkWorkbook(w, plan, options).sheets[0]?.findings.map((f) => [f.code, f.ruleId ?? null, f.cell ?? null]);

describe("the registration deadline 12/11/2021 is the 2021 lists' only", () => {
  // Seed: "1. Nam 2021 … 1.2. Phat hién, lra chon, ding ky mé hinh … Thoi gian hoan thanh trudc ngay
  // 12/11/2021." and for the later years "3. Nam 2024, 2025 … Tiép tuc t6 chirc binh xét, lya chon,
  // phat hién mo hinh méi": selections every year, to no date of 2021.
  const HEADER = ["STT", "Họ và tên", "Đối tượng", "Phong trào thi đua", "Tóm tắt thành tích", GC, "Ngày đăng ký"];

  test("a 2024 list is not late", () => {
    const w = listOf("DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN NĂM 2024", HEADER, [[1, "Giàng A Sử", "Cá nhân", NTM, "Vận động hiến đất làm đường", "x", "20/03/2024"]]);
    expect(findingsOf(w)).toStrictEqual([]);
  });

  test("a 2021 list dated after 12/11/2021 still is", () => {
    const w = listOf("DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN NĂM 2021", HEADER, [[1, "Giàng A Sử", "Cá nhân", NTM, "Vận động hiến đất làm đường", "x", "20/12/2021"]]);
    expect(findingsOf(w)).toStrictEqual([["cell/date-late", "dang-ky-cap-huyen", "G7"]]);
  });
});

describe("the general criteria are the seed's two paragraphs, by kind", () => {
  // Seed 2.1: "a) P6i vai tap thé: Co thanh tich tiéu biéu xuat sic trong cong tac, dan dau cac phong trao
  // thi dua …" and "b) Poi v6i ca nhén, h$ gia dinh: Guong mau chip hanh tot chi truong duong 161 …".
  test("one 'Tiêu chí chung' column: a collective is judged by (a), an individual by (b)", () => {
    const w = listOf("DANH SÁCH NĂM 2021", ["STT", "Họ và tên", "Đối tượng", "Tóm tắt thành tích", GC, "Ngày đăng ký"], [
      [1, "Thôn Háng Đề Dê", "Tập thể", "Thôn đạt chuẩn nông thôn mới", null, "02/11/2021"],
      [2, "Giàng A Sử", "Cá nhân", "Vận động hiến đất", "", "02/11/2021"],
      [3, "Hộ ông Vàng A Tủa", "Hộ gia đình", "Trồng 5 ha chè", "x", "02/11/2021"],
    ]);
    expect(findingsOf(w)).toStrictEqual([
      ["cell/criterion", "tieu-chi-chung-tap-the", "E7"],
      ["cell/criterion", "tieu-chi-chung-ca-nhan-ho-gia-dinh", "E8"],
    ]);
  });

  test("four columns under 'Tiêu chuẩn chung', as units' sheets write them: all four must be marked, the blank one is named", () => {
    const w = listOf(
      "DANH SÁCH NĂM 2021",
      [],
      [
        ["STT", "Họ và tên", "Đối tượng", "Tóm tắt thành tích", "Tiêu chuẩn chung", "Tiêu chuẩn chung", "Tiêu chuẩn chung", "Tiêu chuẩn chung", "Ngày đăng ký"],
        ["STT", "Họ và tên", "Đối tượng", "Tóm tắt thành tích", "Gương mẫu chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái, tham gia hoạt động xã hội", "Ngày đăng ký"],
        [1, "Thôn Háng Đề Dê", "Tập thể", "Thôn đạt chuẩn nông thôn mới", "x", "x", "x", "x", "02/11/2021"],
        [2, "Giàng A Sử", "Cá nhân", "Vận động hiến đất", "x", "x", null, "x", "02/11/2021"],
      ],
    );
    const report = checkWorkbook(w, plan).sheets[0];
    expect({ parts: report?.columns.criterionParts, unmapped: report?.unmappedColumns, findings: report?.findings.map((f) => [f.code, f.ruleId, f.cell]) }).toStrictEqual({
      parts: { "tieu-chi-chung-tap-the": ["E", "F", "G", "H"], "tieu-chi-chung-ca-nhan-ho-gia-dinh": ["E", "F", "G", "H"] },
      unmapped: [],
      findings: [["cell/criterion", "tieu-chi-chung-ca-nhan-ho-gia-dinh", "G9"]],
    });
  });
});

describe("a department leading a movement is not capped by the 01–02 of a department", () => {
  // Seed: "cac phong, ban, doan thé, lua chon tr 01 dén 02 mod hinh" and "Linh vyc gido duc va dao tao,
  // Phong Gido duc va Do tao chi tri … gidi thiéu toi thieu 03 tap the, 03 ca nhan".
  const GDDT = "Phòng Giáo dục và Đào tạo";
  const options: CheckOptions = { unit: GDDT, units: [{ name: GDDT, kind: "phong-ban", kindText: "Phòng, ban", staff: 14 }] };
  const HEADER = ["STT", "Họ và tên", "Đối tượng", "Phong trào thi đua", "Tóm tắt thành tích", GC, "Ngày đăng ký"];
  const education = (n: number, kind: string): CellScalar[] => [n, `${kind} ${n}`, kind, "Giáo dục và đào tạo", "Dẫn đầu phong trào dạy tốt, học tốt", "x", "05/11/2021"];
  const quotaOf = (w: WorkbookValues) => checkWorkbook(w, plan, options).sheets[0]?.quotas.find((q) => q.ruleId === "phong-ban-doan-the-01-02");

  test("its 03 collectives and 03 individuals for education exceed nothing", () => {
    const rows = [1, 2, 3].map((n) => education(n, "Tập thể")).concat([4, 5, 6].map((n) => education(n, "Cá nhân")));
    const quota = quotaOf(listOf("DANH SÁCH NĂM 2021", HEADER, rows, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"));
    expect(quota && { registered: quota.registered, uncapped: quota.uncapped, excess: quota.excess, met: quota.met }).toStrictEqual({ registered: 6, uncapped: 6, excess: 0, met: true });
  });

  test("its own selections in other movements are still held to 02", () => {
    const own = [7, 8, 9].map((n): CellScalar[] => [n, `Cá nhân ${n}`, "Cá nhân", NTM, "Vận động hiến đất", "x", "05/11/2021"]);
    const quota = quotaOf(listOf("DANH SÁCH NĂM 2021", HEADER, [education(1, "Tập thể"), ...own], "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"));
    expect(quota && { registered: quota.registered, uncapped: quota.uncapped, excess: quota.excess, met: quota.met }).toStrictEqual({ registered: 4, uncapped: 1, excess: 1, met: false });
  });
});

describe("the plan's words as written", () => {
  test("'Quý II năm 2021', with a note of the contradiction with the plan's date", () => {
    // Seed: "Trong Quy Il nam 2021, cac phong, ban co quan, don vi, doan thé, UBND cac x4, thi trin ban
    // hanh ké hoach" — in a plan signed "ngay 02 thang 7 nam 2021", after the second quarter ended.
    const d = findById(plan.deadlines, "ban-hanh-ke-hoach-don-vi");
    expect({ opening: d.text.slice(0, 24), date: d.date, note: d.note, dated: plan.date }).toStrictEqual({
      opening: "Trong Quý II năm 2021, c",
      date: "30/06/2021",
      note: "Kế hoạch ghi “Trong Quý II năm 2021” nhưng ký ngày 02/7/2021, khi Quý II đã hết: giữ đúng lời văn; ngày 30/06/2021 là ngày cuối Quý II.",
      dated: "02/07/2021",
    });
  });

  test("'nộp thuế': a sheet's 'Nộp thuế' and 'Nộp ngân sách' columns are both read as it", () => {
    // Seed 2.2.1: "Céc chi tiéu vé: doanh thu, nop thué, loi nhuan hang nam déu tang".
    const figures = (header: string) => {
      const w = listOf("DANH SÁCH DOANH NGHIỆP NĂM 2021", [], [
        ["STT", "Tên doanh nghiệp", "Đối tượng", "Phong trào thi đua", header, header, GC, "Ngày đăng ký"],
        ["STT", "Tên doanh nghiệp", "Đối tượng", "Phong trào thi đua", "Năm 2020", "Năm 2021", GC, "Ngày đăng ký"],
        [1, "Hợp tác xã Chè Shan tuyết", "Tập thể", "Doanh nghiệp Việt Nam hội nhập và phát triển", 120, 150, "x", "05/11/2021"],
      ]);
      return checkWorkbook(w, plan).sheets[0]?.nominations[0]?.figures;
    };
    expect([figures("Nộp thuế (triệu đồng)"), figures("Nộp ngân sách (triệu đồng)")]).toStrictEqual([{ "nop-thue": { "2020": 120, "2021": 150 } }, { "nop-thue": { "2020": 120, "2021": 150 } }]);
  });
});
