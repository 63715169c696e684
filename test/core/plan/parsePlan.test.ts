import { parsePlan, parsePlanText } from "../../../src/core/plan/parsePlan";

/** A small plan that is valid as written; each test breaks a copy of it. */
const makeValidPlan = (): Record<string, unknown> => ({
  id: "xa-mau-2026",
  number: "12/KH-UBND",
  date: "15/01/2026",
  issuer: "Ủy ban nhân dân xã Mẫu",
  level: "xa",
  title: "Tuyên truyền điển hình tiên tiến năm 2026",
  period: { from: "01/01/2026", to: "31/12/2026" },
  levels: [
    { id: "thon", name: "Cấp thôn" },
    { id: "xa", name: "Cấp xã" },
  ],
  subjectKinds: ["tap_the", "ca_nhan"],
  unitKinds: [{ id: "thon", name: "Thôn" }],
  movements: [{ id: "nong-thon-moi", name: "Cả nước chung sức xây dựng nông thôn mới" }],
  criteria: [
    {
      id: "hoan-thanh-xuat-sac",
      label: "Hoàn thành xuất sắc nhiệm vụ",
      text: "Hoàn thành xuất sắc nhiệm vụ được giao.",
      group: "general",
      rule: { type: "mark" },
    },
  ],
  quotas: [
    {
      id: "thon-01-04",
      text: "Mỗi thôn: từ 01 đến 04 điển hình mỗi năm",
      scope: { level: "unit", unitKinds: ["thon"] },
      period: "year",
      bound: { min: 1, max: 4 },
    },
  ],
});

/** Four mistakes of shape: a missing key, a wrong type, a bad date, an unknown key. */
const breakShape = (plan: Record<string, unknown>): Record<string, unknown> => {
  const { issuer: _issuer, ...rest } = plan;
  return { ...rest, title: 2026, date: "15/1/2026", ghiChu: "bản nháp" };
};

/** Two mistakes of meaning: a criterion names a movement the plan lacks, a quota's min exceeds its max. */
const breakReferences = (plan: Record<string, unknown>): Record<string, unknown> => ({
  ...plan,
  criteria: [
    {
      id: "van-hoa-cong-so-ca-nhan",
      label: "Tiêu chuẩn văn hóa công sở",
      text: "Thực hiện chuẩn mực trong giao tiếp, ứng xử.",
      group: "specific",
      appliesTo: { kinds: ["ca_nhan"], movements: ["van-hoa-cong-so"] },
      rule: { type: "mark" },
    },
  ],
  quotas: [
    {
      id: "thon-04-01",
      text: "Mỗi thôn: từ 04 đến 01 điển hình",
      scope: { level: "unit", unitKinds: ["thon"] },
      period: "year",
      bound: { min: 4, max: 1 },
    },
  ],
});

const SHAPE_PROBLEMS = [
  { path: "date", message: "ngày phải viết dạng dd/mm/yyyy (ví dụ: 24/03/2023)" },
  { path: "issuer", message: "thiếu khóa bắt buộc" },
  { path: "title", message: "sai kiểu dữ liệu: cần chuỗi" },
  { path: "(gốc)", message: "khóa không được biết: ghiChu" },
];

const REFERENCE_PROBLEMS = [
  { path: "criteria[0].appliesTo.movements[0]", message: 'phong trào "van-hoa-cong-so" không có trong kế hoạch' },
  { path: "quotas[0].bound", message: "mức tối thiểu (4) lớn hơn mức tối đa (1)" },
];

describe("parsePlan", () => {
  test("accepts a valid plan and fills the defaults", () => {
    expect(parsePlan(makeValidPlan())).toStrictEqual({
      ok: true,
      plan: {
        ...makeValidPlan(),
        levels: [
          { id: "thon", name: "Cấp thôn", aliases: [] },
          { id: "xa", name: "Cấp xã", aliases: [] },
        ],
        unitKinds: [{ id: "thon", name: "Thôn", aliases: [] }],
        fields: [],
        movements: [{ id: "nong-thon-moi", name: "Cả nước chung sức xây dựng nông thôn mới", aliases: [] }],
        metrics: [],
        flags: [],
        information: [],
        criteria: [
          {
            id: "hoan-thanh-xuat-sac",
            label: "Hoàn thành xuất sắc nhiệm vụ",
            text: "Hoàn thành xuất sắc nhiệm vụ được giao.",
            group: "general",
            appliesTo: {},
            rule: { type: "mark" },
            aliases: [],
          },
        ],
        deadlines: [],
        legalBasis: [],
        notes: [],
      },
    });
  });

  test("lists every mistake of shape, each with its path", () => {
    expect(parsePlan(breakShape(makeValidPlan()))).toStrictEqual({ ok: false, problems: SHAPE_PROBLEMS });
  });

  test("lists every id that refers to nothing and every inverted bound", () => {
    expect(parsePlan(breakReferences(makeValidPlan()))).toStrictEqual({ ok: false, problems: REFERENCE_PROBLEMS });
  });

  test("refuses a plan with mistakes of both kinds once, listing all six", () => {
    expect(parsePlan(breakShape(breakReferences(makeValidPlan())))).toStrictEqual({
      ok: false,
      problems: [...SHAPE_PROBLEMS, ...REFERENCE_PROBLEMS],
    });
  });

  test("names unknown metrics, unit kinds, levels, quota ids and repeated ids", () => {
    const plan = {
      ...makeValidPlan(),
      level: "huyen",
      movements: [
        { id: "nong-thon-moi", name: "Cả nước chung sức xây dựng nông thôn mới" },
        { id: "nong-thon-moi", name: "Nông thôn mới" },
      ],
      criteria: [{ id: "doanh-thu-tang", label: "Doanh thu tăng", text: "Doanh thu năm sau cao hơn năm trước.", group: "specific", rule: { type: "rising", metric: "doanh-thu" } }],
      quotas: [{ id: "phuong-02", text: "Mỗi phường: ít nhất 02", scope: { level: "unit", unitKinds: ["phuong"] }, period: "year", bound: { min: 2 } }],
      appendix: { title: "Phụ lục", rows: [{ host: "Phòng Nội vụ", content: "Giới thiệu điển hình", quotaId: "khong-co" }] },
    };
    expect(parsePlan(plan)).toStrictEqual({
      ok: false,
      problems: [
        { path: "level", message: 'cấp "huyen" không có trong levels' },
        { path: "movements[1].id", message: 'mã "nong-thon-moi" bị trùng' },
        { path: "criteria[0].rule.metric", message: 'chỉ số "doanh-thu" không có trong metrics' },
        { path: "quotas[0].scope.unitKinds[0]", message: 'loại đơn vị "phuong" không có trong kế hoạch' },
        { path: "appendix.rows[0].quotaId", message: 'chỉ tiêu "khong-co" không có trong quotas' },
      ],
    });
  });

  test("refuses what is not an object with one problem at the root", () => {
    expect(parsePlan([])).toStrictEqual({ ok: false, problems: [{ path: "(gốc)", message: "sai kiểu dữ liệu: cần đối tượng" }] });
  });
});

describe("parsePlanText", () => {
  test("reads a plan file's text, with or without a byte order mark", () => {
    const text = JSON.stringify(makeValidPlan());
    expect([parsePlanText(text).ok, parsePlanText(`\uFEFF${text}`).ok]).toStrictEqual([true, true]);
  });

  test("turns text that is not JSON into one problem about the file", () => {
    expect(parsePlanText('{ "id": "xa-mau-2026", ')).toStrictEqual({
      ok: false,
      problems: [{ path: "(tệp)", message: expect.stringMatching(/^không phải JSON hợp lệ: /u) }],
    });
  });
});
