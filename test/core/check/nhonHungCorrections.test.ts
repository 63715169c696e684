import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { buildNominationTemplate } from "../../../src/core/layout/nominationTemplate";
import { buildPlanAppendix } from "../../../src/core/layout/planAppendix";
import type { CellScalar, WorkbookValues } from "../../../src/core/model";
import { loadPlan } from "../../helpers/planFiles";
import { makeSheet } from "../../helpers/sheets";

/**
 * Nhơn Hưng's plan (seed 003, Kế hoạch 64/KH-UBND) read again against its text, each test quoting
 * the seed sentence it follows (an OCR copy, quoted as is).
 */

const plan = loadPlan("nhon-hung-2024.json");
const GENERAL = ["Gương mẫu chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái, tham gia hoạt động xã hội"];
const X4 = ["x", "x", "x", "x"];

const listOf = (rows: CellScalar[][], header = ["STT", "Họ và tên", "Đối tượng", "Lĩnh vực", "Phong trào thi đua", "Tóm tắt thành tích", ...GENERAL, "Ngày đăng ký"]): WorkbookValues => ({
  file: "Khom_Ha_Lam.xlsx",
  sheets: [makeSheet("Danh sách", [["UBND PHƯỜNG NHƠN HƯNG"], ["BAN NHÂN DÂN KHÓM HÀ LAM"], [], ["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"], [], header, ...rows])],
});

describe("the plan has no PHỤ LỤC: section III.3 is printed as an extract", () => {
  // Seed: "3. Lua chon dién hinh tién tién trén cac Iinh vue / 3.1. Pién hinh trong phong trao “Hoc tdp va
  // lam theo tw twéng, dao dirc, phong cdch Ho6 Chi Minh” / - Thyc hién: … / - Phéi hop: … / - Tho1t
  // gian thuc hién: Thuc hién trong nam 2024. / - Tiéu chudn gdm: a) Tap thé: … b) Ca nhan: …".
  const layout = buildPlanAppendix(plan);
  const texts = layout.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");

  test("under its own title and a reference to the section, never 'PHỤ LỤC … Kèm theo Kế hoạch'", () => {
    expect({
      sheet: layout.sheetName,
      heading: layout.cells.filter((c) => c.row <= 3).map((c) => c.value),
      appendixWords: texts.filter((t) => t.includes("PHỤ LỤC") || t.includes("Kèm theo")),
    }).toStrictEqual({
      sheet: "Trích kế hoạch",
      heading: ["LỰA CHỌN ĐIỂN HÌNH TIÊN TIẾN TRÊN CÁC LĨNH VỰC", "(Trích mục III.3 Kế hoạch số 64/KH-UBND ngày 24/5/2024 của Ủy ban nhân dân phường Nhơn Hưng)"],
      appendixWords: [],
    });
  });

  test("with its own columns, and each movement's standards one per row", () => {
    const row = (r: number) => layout.cells.filter((c) => c.row === r).map((c) => (typeof c.value === "string" ? c.value.slice(0, 40) : c.value));
    expect([row(5), row(7), row(8)]).toStrictEqual([
      ["TT", "Phong trào", "Thực hiện", "Phối hợp", "Thời gian thực hiện", "Tiêu chuẩn"],
      [1, "Điển hình trong phong trào “Học tập và l", "Đề nghị Cán bộ Văn phòng Đảng ủy phụ trá", "Công chức phường\nỦy ban Mặt trận Tổ quốc", "Thực hiện trong năm 2024", "a) Tập thể: Tổ chức triển khai tốt việc "],
      ["", "", "", "", "", "b) Cá nhân: Có phẩm chất đạo đức cách mạ"],
    ]);
    expect(layout.merges.filter((m) => m.top === 7).map((m) => [m.left, m.bottom])).toStrictEqual([
      [1, 8],
      [2, 8],
      [3, 8],
      [4, 8],
      [5, 8],
    ]);
  });
});

describe("the movements of II.1, and 'các lĩnh vực còn lại'", () => {
  // Seed II.1: "Phong trao thi dua “An Giang chung siurc xdy dung néng thon moi” giai doan 2021 - 2025";
  // III.3: "* Ngodi cdc dién hinh tién tién trong cdc linh viee néu trén, cdc co quan, don vi thuoc cac linh
  // vuc con lai … gidi thiéu vé Cdn bé Néi vu".
  test("a nomination in 'An Giang chung sức xây dựng nông thôn mới' is the plan's own", () => {
    const report = checkWorkbook(listOf([[1, "Hộ ông Nguyễn Văn Tư", "Hộ gia đình", null, "An Giang chung sức xây dựng nông thôn mới", "Hiến 200 m² đất làm đường", ...X4, "12/06/2024"]]), plan).sheets[0];
    expect({ movement: report?.nominations[0]?.movement, findings: report?.findings }).toStrictEqual({ movement: "nong-thon-moi-an-giang", findings: [] });
  });

  test("a nomination in a field the plan does not list is welcome", () => {
    const report = checkWorkbook(listOf([[1, "Trạm Y tế phường", "Tập thể", "Y tế", null, "Tiêm chủng đạt 100 %", ...X4, "12/06/2024"]]), plan).sheets[0];
    expect({ valid: report?.nominations[0]?.valid, findings: report?.findings }).toStrictEqual({ valid: true, findings: [] });
  });
});

describe("the template asks for what section V.1 requires", () => {
  // Seed V.1: "(Di véi tap thé phai néu ré: tén tap thé, qud trinh thanh ldp, co cau té chire bg mdy, chirc
  // ndng nhiém vu, thanh tich tiéu biéu xudt sdc dat dwoc va qud trinh khen thirong; @i véi ho gia dinh,
  // ca nhan phai néu rod: ho va tén, ngay thang nam sinh, qué quan, chirc vu, don vi cong tac hodc ho khau
  // thwong tru, thanh tich tiéu biéu xudt sdc da dat dwoc va qud trinh khen thuéng)".
  const layout = buildNominationTemplate(plan, 2024);
  const headers = layout.cells.filter((c) => c.row === 7 || c.row === 8).map((c) => c.value);

  test("a column for each thing asked, besides name, position and achievements", () => {
    expect(["Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "Tóm tắt thành tích", "Ngày, tháng, năm sinh", "Quê quán", "Hộ khẩu thường trú", "Quá trình thành lập", "Cơ cấu tổ chức bộ máy", "Chức năng, nhiệm vụ", "Quá trình khen thưởng"].filter((h) => !headers.includes(h))).toStrictEqual([]);
  });

  test("a list filled in on the template is read whole: the birth date as the birth year, the rest kept", () => {
    const header = ["STT", "Họ và tên / Tên tập thể", "Đối tượng", "Chức vụ, đơn vị công tác", "Tóm tắt thành tích", "Ngày, tháng, năm sinh", "Quê quán", "Quá trình khen thưởng", ...GENERAL, "Ngày đăng ký"];
    const report = checkWorkbook(listOf([[1, "Lê Thị Hoa", "Cá nhân", "Hội viên Hội Phụ nữ", "Giúp 3 hộ thoát nghèo", "12/05/1970", "An Giang", "Giấy khen 2023", ...X4, "12/06/2024"]], header), plan).sheets[0];
    expect({ birthYear: report?.nominations[0]?.birthYear, unmapped: report?.unmappedColumns, findings: report?.findings }).toStrictEqual({ birthYear: 1970, unmapped: [], findings: [] });
  });
});
