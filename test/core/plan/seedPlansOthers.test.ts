import type { Plan } from "../../../src/core/plan/schema";
import { loadPlan } from "../../helpers/planFiles";

describe("Nhơn Hưng 2024", () => {
  const plan = loadPlan("nhon-hung-2024.json");

  test("heading facts", () => {
    expect({ number: plan.number, date: plan.date, issuer: plan.issuer, level: plan.level, period: plan.period }).toStrictEqual({
      number: "64/KH-UBND",
      date: "24/05/2024",
      issuer: "Ủy ban nhân dân phường Nhơn Hưng",
      level: "phuong",
      period: { from: "01/01/2024", to: "31/12/2024" },
    });
  });

  // Seed 003 has no PHỤ LỤC: its table is section III.3 "Lua chon dién hinh tién tién trén cac Iinh vue",
  // each movement with "- Thyc hién: …", "- Phéi hop: …", "- Tho1t gian thuc hién: …". The rows keep
  // those lines whole ("Thực hiện" is who and what), and 3.11, 3.12 have no Phối hợp nor time line.
  test("section III.3, an extract: twelve movements, each with what the seed says of it", () => {
    const rows = plan.appendix?.rows ?? [];
    expect({
      kind: plan.appendix?.kind,
      section: plan.appendix?.section,
      title: plan.appendix?.title,
      rows: rows.map((r) => [r.movement, r.host, r.coordinators.length, r.timeWindow ?? null]),
    }).toStrictEqual({
      kind: "extract",
      section: "III.3",
      title: "Lựa chọn điển hình tiên tiến trên các lĩnh vực",
      rows: [
        ["hoc-tap-lam-theo-bac", "Đề nghị Cán bộ Văn phòng Đảng ủy phụ trách Tuyên giáo phối hợp với các cơ quan liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào)", 4, "Thực hiện trong năm 2024"],
        ["do-thi-van-minh", "Giao Công chức Địa chính - Xây dựng - Đô thị và Môi trường (đồng chí phụ trách Đô thị) tham mưu xây dựng kế hoạch, triển khai thực hiện phong trào thi đua", 4, "Thực hiện trong năm 2024"],
        ["vi-nguoi-ngheo", "Giao Công chức Văn hóa - Xã hội tham mưu xây dựng kế hoạch, triển khai thực hiện phong trào thi đua", 4, "Thực hiện trong năm 2024"],
        ["van-hoa-cong-so", "Giao Công chức Văn phòng - Thống kê phụ trách Nội vụ chủ trì, phối hợp với các cơ quan liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào)", 4, "Thực hiện trong năm 2024"],
        ["ket-cau-ha-tang", "Giao Công chức Tài chính - Kế toán tham mưu xây dựng kế hoạch, triển khai thực hiện phong trào thi đua", 4, "Từ tháng 3/2024 đến tháng 10/2024"],
        ["xa-hoi-hoc-tap", "Giao Hội Khuyến học chủ trì, phối hợp với các cơ quan liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào)", 5, "Thực hiện trong năm 2024"],
        ["cai-cach-hanh-chinh", "Giao Công chức Văn phòng - Thống kê (phụ trách cải cách hành chính) phối hợp với các cơ quan liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào)", 4, "Thực hiện trong năm 2024"],
        ["dan-van-kheo", "Đề nghị Khối vận chủ trì, phối hợp với các cơ quan liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào)", 4, "Thực hiện trong năm 2024"],
        ["lao-dong-gioi", "Đề nghị Công đoàn phường chủ trì, phối hợp với các cơ quan liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào)", 4, "Thực hiện trong năm 2024"],
        ["nong-dan-sxkd-gioi", "Đề nghị Hội Nông dân chủ trì, phối hợp với các cơ quan liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào)", 4, "Thực hiện trong năm 2024"],
        ["quyet-thang", "Giao Ban Chỉ huy quân sự phường chủ trì, phối hợp với các đơn vị liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào) và một số tiêu chuẩn", 0, null],
        ["bao-ve-an-ninh-to-quoc", "Giao Công an phường chủ trì, phối hợp với các đơn vị liên quan xem xét, lựa chọn, xây dựng trên cơ sở tiêu chuẩn cụ thể (theo kế hoạch của phong trào) và một số tiêu chuẩn", 0, null],
      ],
    });
  });

  // Seed 003, II.1: "Phong trao thi dua “An Giang chung siurc xdy dung néng thon moi” giai doan 2021 - 2025";
  // III.3 gives it no section, so it alone has no criteria of its own.
  test("each movement of III.3 has criteria; An Giang's new countryside, named in II.1 only, has none; the plan states no numeric quota", () => {
    const covered = new Set(plan.criteria.flatMap((c) => c.appliesTo.movements ?? []));
    expect({ movements: plan.movements.length, uncovered: plan.movements.filter((m) => !covered.has(m.id)).map((m) => [m.id, m.name]), quotas: plan.quotas }).toStrictEqual({
      movements: 13,
      uncovered: [["nong-thon-moi-an-giang", "An Giang chung sức xây dựng nông thôn mới"]],
      quotas: [],
    });
  });

  test("legal basis: the 2022 law, and the decree and circular since replaced", () => {
    expect(plan.legalBasis.slice(2)).toStrictEqual([
      { ref: "Luật Thi đua, khen thưởng số 06/2022/QH15", title: "Luật Thi đua, khen thưởng năm 2022", issued: "15/06/2022", validFrom: "01/01/2024" },
      {
        ref: "Nghị định số 98/2023/NĐ-CP",
        title: "Nghị định của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        issued: "31/12/2023",
        validUntil: "30/06/2025",
        replacedBy: "Nghị định 152/2025/NĐ-CP (14/6/2025), hiệu lực từ 01/7/2025",
      },
      {
        ref: "Thông tư số 01/2024/TT-BNV",
        title: "Thông tư của Bộ Nội vụ quy định biện pháp thi hành Luật Thi đua, khen thưởng",
        replacedBy: "Thông tư 15/2025/TT-BNV (04/8/2025)",
        note: "Kế hoạch không ghi ngày ban hành của Thông tư.",
      },
    ]);
  });
});

describe("Lâm Thao 2022–2025 and Thượng Ninh 2023–2025", () => {
  const lamThao = loadPlan("lam-thao-2022-2025.json");
  const thuongNinh = loadPlan("thuong-ninh-2023-2025.json");
  const summarize = (plan: Plan) => ({
    level: plan.level,
    fields: plan.fields.length,
    general: plan.criteria.filter((c) => c.group === "general").length,
    fieldsWithoutCriterion: plan.fields.filter((f) => !plan.criteria.some((c) => c.appliesTo.fields?.includes(f.id))).map((f) => f.id),
    quotas: plan.quotas.map((q) => ({ level: q.scope.level, period: q.period, bound: q.bound })),
  });

  test("each unit introduces at least 01 model every quarter; a specific criterion for every field", () => {
    expect([summarize(lamThao), summarize(thuongNinh)]).toStrictEqual([
      { level: "huyen", fields: 14, general: 4, fieldsWithoutCriterion: [], quotas: [{ level: "unit", period: "quarter", bound: { min: 1 } }] },
      { level: "xa", fields: 13, general: 4, fieldsWithoutCriterion: [], quotas: [{ level: "unit", period: "quarter", bound: { min: 1 } }] },
    ]);
  });

  test("Thượng Ninh: interim report before 31/5/2023, final before 31/5/2025", () => {
    expect(thuongNinh.deadlines.map((d) => [d.id, d.date, d.yearly])).toStrictEqual([
      ["bao-cao-so-ket", "31/05/2023", false],
      ["bao-cao-tong-ket", "31/05/2025", false],
      ["so-ket-bieu-duong-75-nam", "11/06/2023", false],
    ]);
  });
});
