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

  test("twelve movements, each an appendix row with host, coordinators and time window", () => {
    const rows = plan.appendix?.rows ?? [];
    expect({ movements: plan.movements.length, rows: rows.map((r) => [r.host, r.coordinators.length, r.timeWindow]) }).toStrictEqual({
      movements: 12,
      rows: [
        ["Đề nghị Cán bộ Văn phòng Đảng ủy phụ trách Tuyên giáo", 4, "Năm 2024"],
        ["Công chức Địa chính - Xây dựng - Đô thị và Môi trường (đồng chí phụ trách Đô thị)", 4, "Năm 2024"],
        ["Công chức Văn hóa - Xã hội", 4, "Năm 2024"],
        ["Công chức Văn phòng - Thống kê phụ trách Nội vụ", 4, "Năm 2024"],
        ["Công chức Tài chính - Kế toán", 4, "3/2024–10/2024"],
        ["Hội Khuyến học", 5, "Năm 2024"],
        ["Công chức Văn phòng - Thống kê (phụ trách cải cách hành chính)", 4, "Năm 2024"],
        ["Đề nghị Khối vận", 4, "Năm 2024"],
        ["Đề nghị Công đoàn phường", 4, "Năm 2024"],
        ["Đề nghị Hội Nông dân", 4, "Năm 2024"],
        ["Ban Chỉ huy quân sự phường", 1, "Năm 2024"],
        ["Công an phường", 1, "Năm 2024"],
      ],
    });
  });

  test("each movement has criteria; the plan states no numeric quota", () => {
    const covered = new Set(plan.criteria.flatMap((c) => c.appliesTo.movements ?? []));
    expect({ uncovered: plan.movements.filter((m) => !covered.has(m.id)).map((m) => m.id), quotas: plan.quotas }).toStrictEqual({ uncovered: [], quotas: [] });
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
