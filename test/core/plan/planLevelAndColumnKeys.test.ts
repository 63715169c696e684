import { parsePlan } from "../../../src/core/plan/parsePlan";

/** A small valid plan at the commune level; each test changes a copy. */
const makePlan = (change: (p: Record<string, unknown>) => void = () => {}): Record<string, unknown> => {
  const plan: Record<string, unknown> = {
    id: "xa-mau-2026",
    number: "12/KH-UBND",
    issuer: "Ủy ban nhân dân xã Mẫu",
    level: "xa",
    title: "Tuyên truyền điển hình tiên tiến năm 2026",
    period: { from: "01/01/2026", to: "31/12/2026" },
    levels: [
      { id: "thon", name: "Cấp thôn" },
      { id: "xa", name: "Cấp xã" },
      { id: "tinh", name: "Cấp tỉnh", aliases: ["Tỉnh"] },
    ],
    subjectKinds: ["tap_the", "ca_nhan"],
    criteria: [
      { id: "hoan-thanh", label: "Hoàn thành xuất sắc nhiệm vụ", text: "Hoàn thành xuất sắc nhiệm vụ được giao.", group: "general", rule: { type: "mark" } },
      { id: "guong-ca-nhan", label: "Gương cá nhân", text: "Là nhân tố tiêu biểu.", group: "specific", appliesTo: { kinds: ["ca_nhan"] }, rule: { type: "mark" }, column: "optional" },
    ],
    quotas: [{ id: "tinh-05", text: "Đề nghị cấp tỉnh: ít nhất 05", scope: { level: "plan", proposedLevels: ["tinh"] }, period: "plan", bound: { min: 5 } }],
  };
  change(plan);
  return plan;
};

const quotas = (p: Record<string, unknown>) => p.quotas as { scope: Record<string, unknown> }[];
const criteria = (p: Record<string, unknown>) => p.criteria as Record<string, unknown>[];

describe("scope.proposedLevels and criterion column", () => {
  test("a valid plan keeps both keys as written, and adds neither where absent", () => {
    const result = parsePlan(makePlan((p) => (criteria(p)[0] as Record<string, unknown>).column = "required"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect({
      scope: result.plan.quotas[0]?.scope,
      columns: result.plan.criteria.map((c) => c.column),
    }).toStrictEqual({ scope: { level: "plan", proposedLevels: ["tinh"] }, columns: ["required", "optional"] });

    const plain = parsePlan(makePlan((p) => {
      delete quotas(p)[0]?.scope.proposedLevels;
      delete criteria(p)[1]?.column;
    }));
    expect(plain.ok && { scope: plain.plan.quotas[0]?.scope, hasColumn: plain.plan.criteria.map((c) => "column" in c) }).toStrictEqual({ scope: { level: "plan" }, hasColumn: [false, false] });
  });

  test("several levels at once are allowed", () => {
    const result = parsePlan(makePlan((p) => (quotas(p)[0] as { scope: Record<string, unknown> }).scope.proposedLevels = ["xa", "tinh"]));
    expect(result.ok && result.plan.quotas[0]?.scope.proposedLevels).toStrictEqual(["xa", "tinh"]);
  });

  test("every mistake is listed once with its key path, in Vietnamese", () => {
    const result = parsePlan(
      makePlan((p) => {
        (criteria(p)[0] as Record<string, unknown>).column = "khong";
        (criteria(p)[1] as Record<string, unknown>).column = true;
        p.quotas = [
          { id: "q-rong", text: "Q", scope: { level: "plan", proposedLevels: [] }, period: "plan", bound: { min: 1 } },
          { id: "q-sai-ma", text: "Q", scope: { level: "plan", proposedLevels: ["huyen", "Tỉnh"] }, period: "plan", bound: { min: 1 } },
          { id: "q-so-it", text: "Q", scope: { level: "plan", proposedLevel: "tinh" }, period: "plan", bound: { min: 1 } },
          { id: "q-chuoi", text: "Q", scope: { level: "plan", proposedLevels: "tinh" }, period: "plan", bound: { min: 1 } },
        ];
      }),
    );
    expect(result).toStrictEqual({
      ok: false,
      problems: [
        { path: "criteria[0].column", message: 'giá trị không hợp lệ: chỉ nhận "required", "optional"' },
        { path: "criteria[1].column", message: 'giá trị không hợp lệ: chỉ nhận "required", "optional"' },
        { path: "quotas[0].scope.proposedLevels", message: "cần ít nhất 1 phần tử" },
        { path: "quotas[1].scope.proposedLevels[1]", message: "mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: phuong-toi-thieu-02)" },
        { path: "quotas[2].scope", message: "khóa không được biết: proposedLevel" },
        { path: "quotas[3].scope.proposedLevels", message: "sai kiểu dữ liệu: cần danh sách" },
        { path: "quotas[1].scope.proposedLevels[0]", message: 'cấp đề nghị "huyen" không có trong kế hoạch' },
      ],
    });
  });

  test("a level that is not among the plan's levels is refused even when the shape is right", () => {
    expect(parsePlan(makePlan((p) => (quotas(p)[0] as { scope: Record<string, unknown> }).scope.proposedLevels = ["trung-uong"]))).toStrictEqual({
      ok: false,
      problems: [{ path: "quotas[0].scope.proposedLevels[0]", message: 'cấp đề nghị "trung-uong" không có trong kế hoạch' }],
    });
  });
});
