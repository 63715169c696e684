import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPlanAppendix } from "../../src/core/layout/planAppendix";
import type { QuotaResult } from "../../src/core/model";
import type { Plan, PlanInput } from "../../src/core/plan/schema";
import { renderLayoutToWorksheet } from "../../src/xlsx/renderLayout";
import { convertXlsxToPdf, findSoffice, readPdfPageSizes, readPdfPageTexts, renderPdfToPngs } from "../helpers/pdf";
import { parsePlanOrThrow } from "../helpers/plans";

/**
 * The plan appendix printed through LibreOffice: A4 landscape on every page, the header repeated,
 * no page holding a column that spilled off the others. Set DIENHINH_KEEP_PDF=/some/dir to keep
 * the PDF and PNGs of its pages for a look.
 */

const HOSTS = [
  "Đề nghị Ban Tuyên giáo Quận ủy",
  "Đề nghị Ban Dân vận Quận ủy",
  "Đề nghị Ủy ban Mặt trận Tổ quốc Quận",
  "Ban Chỉ huy Quân sự Quận, Công an Quận",
  "Phòng Lao động - Thương binh và Xã hội",
  "Phòng Quản lý đô thị",
  "Phòng Nội vụ",
  "Phòng Văn hóa và Thông tin",
  "Phòng Giáo dục và Đào tạo",
  "Phòng Y tế",
  "Phòng Tài chính - Kế hoạch",
  "Phòng Kinh tế",
  "Phòng Tài nguyên và Môi trường",
  "Phòng Tư pháp",
  "Liên đoàn Lao động Quận",
  "Quận đoàn Long Biên",
  "Hội Liên hiệp Phụ nữ Quận",
  "Hội Cựu chiến binh Quận",
  "Hội Nông dân Quận",
  "Trung tâm Văn hóa - Thông tin và Thể thao",
  "Ban Quản lý dự án đầu tư xây dựng",
  "Đội Quản lý trật tự xây dựng đô thị",
  "Chi cục Thuế Quận",
  "Bảo hiểm xã hội Quận",
  "Ủy ban nhân dân các phường",
];

const FIELDS = [
  "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  "phong trào thi đua “Dân vận khéo”",
  "lĩnh vực tôn giáo và thực hiện các cuộc vận động do Ủy ban Trung ương MTTQ Việt Nam phát động",
  "lĩnh vực quốc phòng - an ninh",
  "lĩnh vực an sinh xã hội và phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”",
];

const buildLongBienLikePlan = (): Plan => {
  const input: PlanInput = {
    id: "long-bien-in-thu",
    number: "26/KH-HĐTĐKT",
    date: "24/03/2023",
    issuer: "Hội đồng Thi đua – Khen thưởng quận Long Biên",
    level: "quan",
    title: "Kế hoạch tuyên truyền gương điển hình tiên tiến giai đoạn 2023 – 2025",
    period: { from: "01/01/2023", to: "31/12/2025" },
    levels: [{ id: "quan", name: "Quận" }],
    subjectKinds: ["tap_the", "ca_nhan"],
    quotas: [{ id: "don-vi-05-moi-nam", text: "Hằng năm mỗi đơn vị giới thiệu 05 tập thể, cá nhân", scope: { level: "unit" }, period: "year", bound: { min: 5 } }],
    appendix: {
      title:
        "THỰC HIỆN NHIỆM VỤ CÔNG TÁC TUYÊN TRUYỀN, NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2023 – 2025\nĐỐI VỚI CÁC ĐƠN VỊ THƯỜNG TRỰC CÁC PHONG TRÀO THI ĐUA YÊU NƯỚC, CÁC CUỘC VẬN ĐỘNG CỦA QUẬN",
      rows: HOSTS.map((host, i) => ({
        host,
        coordinators: i % 3 === 0 ? ["Phòng Nội vụ", "Các đơn vị liên quan"] : ["Phòng Nội vụ và các đơn vị liên quan"],
        content: `Xây dựng quy định về tiêu chuẩn điển hình tiên tiến trong ${FIELDS[i % FIELDS.length] ?? ""}`,
        introduce: "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá nhân điển hình tiêu biểu.",
        introduceCount: 5,
        quotaId: "don-vi-05-moi-nam",
        contentDeadline: "Trước ngày 10/6/2023",
        introduceDeadline: i % 2 === 0 ? "Trước ngày 10/4 hằng năm" : "Trước ngày 10/02 hằng năm",
        note: "",
      })),
    },
  };
  return parsePlanOrThrow(input);
};

/** Every fourth unit introduced too few, to see the marks in print. */
const buildResults = (plan: Plan): QuotaResult[] =>
  (plan.appendix?.rows ?? []).map((row, i) => {
    const actual = i % 4 === 1 ? 3 : 5;
    return {
      ruleId: "don-vi-05-moi-nam",
      text: "Hằng năm mỗi đơn vị giới thiệu 05 tập thể, cá nhân",
      scope: row.host.replace(/^Đề nghị /, ""),
      period: "Năm 2024",
      required: 5,
      actual,
      registered: actual,
      shortfall: 5 - actual,
      excess: 0,
      met: actual >= 5,
    };
  });

const soffice = findSoffice();
if (soffice === null) {
  console.warn("printedAppendix: LibreOffice (soffice) không có trên máy này — bỏ qua kiểm tra bản in PDF. Cài: apt-get install libreoffice-calc-nogui poppler-utils");
}
const describePrinted = soffice === null ? describe.skip : describe;

describePrinted("plan appendix printed to PDF through LibreOffice", () => {
  const keep = process.env["DIENHINH_KEEP_PDF"];
  const dir = keep ?? mkdtempSync(join(tmpdir(), "dienhinh-pdf-"));
  const plan = buildLongBienLikePlan();
  let sizes: { width: number; height: number }[] = [];
  let pages: string[] = [];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    renderLayoutToWorksheet(workbook, buildPlanAppendix(plan, buildResults(plan)));
    const xlsx = join(dir, "phu-luc-long-bien.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const pdf = await convertXlsxToPdf(soffice ?? "soffice", xlsx, dir);
    sizes = await readPdfPageSizes(pdf);
    pages = await readPdfPageTexts(pdf);
    if (keep !== undefined) await renderPdfToPngs(pdf, join(dir, "phu-luc-long-bien"), 60);
  }, 180_000);

  afterAll(() => {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("prints more than one page, every page A4 landscape", () => {
    expect(sizes.length).toBeGreaterThan(1);
    expect(pages.length).toBe(sizes.length);
    expect(sizes).toStrictEqual(sizes.map(() => ({ width: 842, height: 595 })));
  });

  it("carries the heading on the first page only and every row's host somewhere", () => {
    const first = pages[0] ?? "";
    expect(first.startsWith("PHỤ LỤC")).toBe(true);
    expect(first).toContain("(Kèm theo Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 của Hội đồng Thi đua – Khen thưởng quận Long Biên)");
    expect(pages.slice(1).filter((p) => p.includes("PHỤ LỤC"))).toStrictEqual([]);
    const all = pages.join(" ");
    expect(HOSTS.filter((h) => !all.includes(h))).toStrictEqual([]);
    expect(all).toContain("Còn thiếu 02");
  });

  it("repeats the header on every page and keeps all columns together", () => {
    const missing = pages.flatMap((text, i) =>
      ["TT", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ thực hiện", "Ghi chú", "(1)", "(8)"].filter((h) => !text.includes(h)).map((h) => `trang ${i + 1}: ${h}`),
    );
    expect(missing).toStrictEqual([]);
  });

  it("numbers the pages from the second one, at the top", () => {
    // pdftotext reads the header first: page 2 begins with "2" before the repeated table header.
    const starts = pages.map((text) => /^(\d+) /.exec(text)?.[1] ?? null);
    expect(starts).toStrictEqual(pages.map((_, i) => (i === 0 ? null : String(i + 1))));
  });
});
