import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parsePlanText } from "../../../src/core/plan/parsePlan";
import { planSchema, type Plan } from "../../../src/core/plan/schema";
import { toMatchKey } from "../../../src/core/text/normalize";

const PLANS_DIR = join(__dirname, "..", "..", "..", "templates", "plans");
const planFiles = readdirSync(PLANS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
const readPlanFile = (file: string): string => readFileSync(join(PLANS_DIR, file), "utf8");

const loadPlan = (file: string): Plan => {
  const result = parsePlanText(readPlanFile(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.plan;
};

const findById = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (found === undefined) throw new Error(`no "${id}"`);
  return found;
};

const ALLOWED_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B"]);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ALLOWED_NON_LETTERS = /^[\p{N} .,;:()\-–/“”"'%…+&?!]$/u;

/**
 * Returns the reasons a string cannot be clean Vietnamese (empty when it is): OCR of scans leaves
 * "tién" for "tiến", "guong" for "gương", "s6" for "số", "Pang" for "Đảng" and stray symbols.
 */
const findOcrDebris = (text: string): string[] => {
  const problems: string[] = [];
  if (text !== text.normalize("NFC")) problems.push("not NFC");
  const nfc = text.normalize("NFC");
  if (nfc !== nfc.trim() || /\s{2}/u.test(nfc)) problems.push("spacing");
  for (const ch of nfc) {
    if (!/\p{L}/u.test(ch) && !ALLOWED_NON_LETTERS.test(ch)) problems.push(`character ${JSON.stringify(ch)}`);
  }
  if (/\p{Ll}\d|\d\p{Ll}/u.test(nfc)) problems.push("digit inside a word");
  for (const word of nfc.match(/\p{L}+/gu) ?? []) {
    const decomposed = word.normalize("NFD");
    const badLetter = [...decomposed].find((ch) => !/[a-zA-ZđĐ]/u.test(ch) && !ALLOWED_MARKS.has(ch));
    if (badLetter !== undefined) problems.push(`${word}: letter ${JSON.stringify(badLetter)}`);
    if ((decomposed.match(TONE_MARKS) ?? []).length > 1) problems.push(`${word}: two tone marks`);
    const shape = decomposed.replace(TONE_MARKS, "").normalize("NFC").toLowerCase();
    if (/[iy]e/u.test(shape)) problems.push(`${word}: "ie" without circumflex`);
    if (/uo/u.test(shape)) problems.push(`${word}: "uo" without horn`);
    if (/^p(?!h)/u.test(shape)) problems.push(`${word}: "P" for "Đ"`);
  }
  return problems;
};

/** Keys whose string values are ids, enums or file names rather than Vietnamese text. */
const NON_TEXT_KEYS = new Set(["id", "level", "metric", "type", "field", "group", "period", "groupBy", "quotaId", "kinds", "subjectKinds", "unitKinds", "fields", "movements", "source"]);

/** Every Vietnamese text in a JSON value, with its path: `criteria[3].aliases[0]`. */
const collectTexts = (value: unknown, path: string, key: string, out: { path: string; text: string }[]): { path: string; text: string }[] => {
  if (typeof value === "string") {
    if (!NON_TEXT_KEYS.has(key)) out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectTexts(item, `${path}[${i}]`, key, out));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) collectTexts(v, path ? `${path}.${k}` : k, k, out);
  }
  return out;
};

interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; innerType?: SchemaNode; element?: SchemaNode; options?: SchemaNode[] } };
}

/** Key paths a schema allows, arrays written `[]`: `quotas[].bound.percentOfStaff`. */
const collectSchemaKeys = (node: SchemaNode, path: string, out: Set<string>): Set<string> => {
  const def = node._zod.def;
  if (def.type === "object" && def.shape) {
    for (const [k, child] of Object.entries(def.shape)) {
      const childPath = path ? `${path}.${k}` : k;
      out.add(childPath);
      collectSchemaKeys(child, childPath, out);
    }
  } else if ((def.type === "optional" || def.type === "default") && def.innerType) {
    collectSchemaKeys(def.innerType, path, out);
  } else if (def.type === "array" && def.element) {
    collectSchemaKeys(def.element, `${path}[]`, out);
  } else if (def.type === "union" && def.options) {
    for (const option of def.options) collectSchemaKeys(option, path, out);
  }
  return out;
};

/** Key paths present in a JSON value, in the same notation. */
const collectValueKeys = (value: unknown, path: string, out: Set<string>): Set<string> => {
  if (Array.isArray(value)) {
    for (const item of value) collectValueKeys(item, `${path}[]`, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const childPath = path ? `${path}.${k}` : k;
      out.add(childPath);
      collectValueKeys(v, childPath, out);
    }
  }
  return out;
};

/** Match keys (diacritics, case, spacing ignored) claimed by more than one entry of a list. */
const findAmbiguousNames = (entries: { id: string; names: string[] }[]): string[] => {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries)
    for (const name of entry.names) {
      const key = toMatchKey(name);
      owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
    }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(", ")}`);
};

/** Which entry of a list a sheet's text names, through its name or aliases, as a reader would match it. */
const resolveName = (list: { id: string; name: string; aliases: string[] }[], text: string): string | undefined =>
  list.find((x) => [x.name, ...x.aliases].some((n) => toMatchKey(n) === toMatchKey(text)))?.id;

describe("the OCR debris detector used below", () => {
  test("passes clean Vietnamese, ids in text and legal references", () => {
    expect(
      ["Gương mẫu chấp hành chủ trương, chính sách", "Nghị định 98/2023/NĐ-CP", "Luật số 06/2022/QH15", "3/2024–10/2024", "“Dân vận khéo”", "PHỤ LỤC", "ít nhất 5%"].flatMap(findOcrDebris),
    ).toStrictEqual([]);
  });

  test("names what OCR of a scan leaves behind", () => {
    expect(["Tuyén truyén", "guong dién hinh", "Ké hoach s6 26", "Pang bo", "tién ¢", "Tie\u0302\u0301n"].map(findOcrDebris)).toStrictEqual([
      ['Tuyén: "ie" without circumflex', 'truyén: "ie" without circumflex'],
      ['guong: "uo" without horn', 'dién: "ie" without circumflex'],
      ["digit inside a word"],
      ['Pang: "P" for "Đ"'],
      ['character "¢"', 'tién: "ie" without circumflex'],
      ["not NFC"],
    ]);
  });
});

describe("plan files in templates/plans", () => {
  test("are the five seed plans and the blank one", () => {
    expect(planFiles).toStrictEqual([
      "blank.json",
      "lam-thao-2022-2025.json",
      "long-bien-2023-2025.json",
      "nhon-hung-2024.json",
      "thuong-ninh-2023-2025.json",
      "tua-chua-2021-2025.json",
    ]);
  });

  test.each(planFiles)("%s loads without a problem", (file) => {
    const result = parsePlanText(readPlanFile(file));
    expect(result.ok ? [] : result.problems).toStrictEqual([]);
  });

  test("each seed plan is named after its id and cites its seed file", () => {
    const seeds = planFiles.filter((f) => f !== "blank.json").map((f) => ({ file: f, id: loadPlan(f).id, source: loadPlan(f).source }));
    expect(seeds).toStrictEqual([
      { file: "lam-thao-2022-2025.json", id: "lam-thao-2022-2025", source: "000_cd5c10215798b6b0.txt" },
      { file: "long-bien-2023-2025.json", id: "long-bien-2023-2025", source: "001_d1f7918d3d46065f.txt" },
      { file: "nhon-hung-2024.json", id: "nhon-hung-2024", source: "003_4065c7c57e3c845a.txt" },
      { file: "thuong-ninh-2023-2025.json", id: "thuong-ninh-2023-2025", source: "004_95c7640886b11139.txt" },
      { file: "tua-chua-2021-2025.json", id: "tua-chua-2021-2025", source: "002_071ab44714388ff5.txt" },
    ]);
  });

  test.each(planFiles)("%s: every text is NFC and free of OCR debris", (file) => {
    const texts = collectTexts(JSON.parse(readPlanFile(file)), "", "", []);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.flatMap(({ path, text }) => findOcrDebris(text).map((problem) => `${path}: ${problem}`))).toStrictEqual([]);
  });

  test.each(planFiles)("%s: names and aliases point to one entry each", (file) => {
    const plan = loadPlan(file);
    const named = (list: Plan["fields"]) => list.map((x) => ({ id: x.id, names: [x.name, ...x.aliases] }));
    expect({
      levels: findAmbiguousNames(named(plan.levels)),
      unitKinds: findAmbiguousNames(named(plan.unitKinds)),
      fields: findAmbiguousNames(named(plan.fields)),
      movements: findAmbiguousNames(named(plan.movements)),
      metrics: findAmbiguousNames(named(plan.metrics)),
      criteria: findAmbiguousNames(plan.criteria.map((c) => ({ id: c.id, names: [c.label, ...c.aliases] }))),
    }).toStrictEqual({ levels: [], unitKinds: [], fields: [], movements: [], metrics: [], criteria: [] });
  });

  test.each(planFiles)("%s: the issuing level is one of its levels and the period is in order", (file) => {
    const plan = loadPlan(file);
    const toTime = (dmy: string) => Date.UTC(Number(dmy.slice(6)), Number(dmy.slice(3, 5)) - 1, Number(dmy.slice(0, 2)));
    expect({ levelKnown: plan.levels.some((l) => l.id === plan.level), ordered: toTime(plan.period.from) < toTime(plan.period.to) }).toStrictEqual({
      levelKnown: true,
      ordered: true,
    });
  });
});

describe("blank.json", () => {
  const blankJson: unknown = JSON.parse(readPlanFile("blank.json"));
  const blank = loadPlan("blank.json");

  test("shows every key the schema allows", () => {
    const schemaKeys = collectSchemaKeys(planSchema as unknown as SchemaNode, "", new Set());
    const blankKeys = collectValueKeys(blankJson, "", new Set());
    expect(schemaKeys.size).toBeGreaterThan(60);
    expect([...schemaKeys].filter((k) => !blankKeys.has(k))).toStrictEqual([]);
  });

  test("has one example of each criterion rule, each bound, each period and both kinds of deadline", () => {
    expect({
      rules: blank.criteria.map((c) => c.rule.type),
      bounds: blank.quotas.map((q) => Object.keys(q.bound).sort().join("+")),
      periods: [...new Set(blank.quotas.map((q) => q.period))].sort(),
      groupBy: blank.quotas.map((q) => q.groupBy ?? null),
      deadlines: blank.deadlines.map((d) => ({ date: d.date, yearly: d.yearly })),
    }).toStrictEqual({
      rules: ["mark", "oneOf", "rising", "minLength"],
      bounds: ["min", "max+min", "percentOfStaff", "perKind", "min"],
      periods: ["plan", "quarter", "year"],
      groupBy: [null, null, null, "movement", "field"],
      deadlines: [
        { date: "30/06/2026", yearly: false },
        { date: "31/01", yearly: true },
      ],
    });
  });

  test("uses the hierarchy without a district level", () => {
    expect(blank.levels.map((l) => l.id)).toStrictEqual(["co-so", "xa", "tinh"]);
  });
});

describe("Long Biên 2023–2025", () => {
  const plan = loadPlan("long-bien-2023-2025.json");

  test("heading facts", () => {
    expect({ number: plan.number, date: plan.date, issuer: plan.issuer, level: plan.level, period: plan.period, levels: plan.levels.map((l) => l.id) }).toStrictEqual({
      number: "26/KH-HĐTĐKT",
      date: "24/03/2023",
      issuer: "Hội đồng Thi đua – Khen thưởng quận Long Biên",
      level: "quan",
      period: { from: "01/01/2023", to: "31/12/2025" },
      levels: ["co-so", "phuong", "quan", "thanh-pho"],
    });
  });

  test("wards: at least 02 each a year", () => {
    expect(findById(plan.quotas, "phuong-toi-thieu-02")).toStrictEqual({
      id: "phuong-toi-thieu-02",
      text: "Các phường: hằng năm xây dựng, bồi dưỡng, tuyên truyền được ít nhất 02 điển hình tiên tiến thuộc đơn vị",
      scope: { level: "unit", unitKinds: ["phuong"] },
      period: "year",
      bound: { min: 2 },
    });
  });

  test("departments, fronts and unions: at least 5 % of their staff a year", () => {
    const quota = findById(plan.quotas, "phong-ban-doan-the-5-phan-tram");
    expect({ scope: quota.scope, period: quota.period, bound: quota.bound }).toStrictEqual({
      scope: { level: "unit", unitKinds: ["phong-ban", "doan-the", "truong-hoc"] },
      period: "year",
      bound: { percentOfStaff: 5 },
    });
  });

  test("city and district quotas over the whole district", () => {
    const pick = (id: string) => {
      const q = findById(plan.quotas, id);
      return { level: q.scope.level, movements: q.scope.movements ?? null, kinds: q.kinds ?? null, period: q.period, bound: q.bound };
    };
    expect([pick("thanh-pho-20-ca-nhan-nguoi-tot"), pick("thanh-pho-02-sach-nhung-bong-hoa-dep"), pick("quan-100-ca-nhan-nguoi-tot")]).toStrictEqual([
      { level: "plan", movements: ["nguoi-tot-viec-tot"], kinds: ["ca_nhan"], period: "plan", bound: { min: 20 } },
      { level: "plan", movements: null, kinds: null, period: "plan", bound: { min: 2 } },
      { level: "plan", movements: ["nguoi-tot-viec-tot"], kinds: ["ca_nhan"], period: "year", bound: { min: 100 } },
    ]);
  });

  test("deadlines: bình xét before 31/01 each year, criteria rules before 10/6/2023", () => {
    expect([findById(plan.deadlines, "binh-xet-hang-nam"), findById(plan.deadlines, "quy-dinh-tieu-chuan-don-vi")].map(({ date, yearly, appliesToNominations }) => ({ date, yearly, appliesToNominations }))).toStrictEqual([
      { date: "31/01", yearly: true, appliesToNominations: false },
      { date: "10/06/2023", yearly: false, appliesToNominations: false },
    ]);
  });

  test("the PHỤ LỤC: seven host units, the first as printed", () => {
    const rows = plan.appendix?.rows ?? [];
    expect(rows.map((r) => r.host)).toStrictEqual([
      "Đề nghị Ban Tuyên giáo Quận ủy",
      "Đề nghị Ban Dân vận Quận ủy",
      "Đề nghị Ủy ban Mặt trận Tổ quốc Quận",
      "Ban Chỉ huy Quân sự Quận, Công an Quận",
      "Phòng Lao động - Thương binh và Xã hội",
      "Phòng Quản lý đô thị",
      "Phòng Nội vụ",
    ]);
    expect(rows[0]).toStrictEqual({
      host: "Đề nghị Ban Tuyên giáo Quận ủy",
      coordinators: ["Phòng Nội vụ", "Các đơn vị liên quan"],
      content: "Xây dựng quy định về tiêu chuẩn điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      introduce: "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá nhân điển hình tiêu biểu.",
      introduceCount: 5,
      quotaId: "ban-tuyen-giao-05-hang-nam",
      contentDeadline: "Trước ngày 10/6/2023",
      introduceDeadline: "Trước ngày 10/4 hằng năm",
      note: "",
    });
  });

  test("each appendix row stands for a yearly quota of 05 for its host, due by the row's deadline", () => {
    const rows = plan.appendix?.rows ?? [];
    expect(
      rows.map((r) => {
        const q = findById(plan.quotas, r.quotaId ?? "");
        return [r.introduceCount, q.scope.units, q.bound, q.period, r.introduceDeadline, q.deadline];
      }),
    ).toStrictEqual([
      [5, ["Ban Tuyên giáo Quận ủy"], { min: 5 }, "year", "Trước ngày 10/4 hằng năm", "10/04"],
      [5, ["Ban Dân vận Quận ủy"], { min: 5 }, "year", "Trước ngày 10/02 hằng năm", "10/02"],
      [5, ["Ủy ban Mặt trận Tổ quốc Quận"], { min: 5 }, "year", "Trước ngày 10/02 hằng năm", "10/02"],
      [5, ["Ban Chỉ huy Quân sự Quận", "Công an Quận"], { min: 5 }, "year", "Trước ngày 10/7 hằng năm", "10/07"],
      [5, ["Phòng Lao động - Thương binh và Xã hội"], { min: 5 }, "year", "Trước ngày 10/6 hằng năm", "10/06"],
      [5, ["Phòng Quản lý đô thị"], { min: 5 }, "year", "Trước ngày 10/02 hằng năm", "10/02"],
      [5, ["Phòng Nội vụ"], { min: 5 }, "year", "Trước ngày 10/4 hằng năm", "10/04"],
    ]);
  });

  test("general criteria", () => {
    expect(plan.criteria.map((c) => [c.group, c.label])).toStrictEqual([
      ["general", "Gương mẫu chấp hành chủ trương, chính sách"],
      ["general", "Hoàn thành xuất sắc nhiệm vụ"],
      ["general", "Có mô hình mới, cách làm hay"],
      ["general", "Tương thân tương ái, tham gia hoạt động xã hội"],
    ]);
  });
});

describe("Tủa Chùa 2021–2025", () => {
  const plan = loadPlan("tua-chua-2021-2025.json");

  test("heading facts", () => {
    expect({ number: plan.number, date: plan.date, level: plan.level, period: plan.period, levels: plan.levels.map((l) => l.id) }).toStrictEqual({
      number: "123/KH-UBND",
      date: "02/07/2021",
      level: "huyen",
      period: { from: "01/01/2021", to: "31/12/2025" },
      levels: ["co-so", "xa", "huyen", "tinh"],
    });
  });

  test("the general criteria are the four columns of the units' sheets", () => {
    expect(plan.criteria.filter((c) => c.group === "general").map((c) => ({ label: c.label, rule: c.rule, appliesTo: c.appliesTo }))).toStrictEqual([
      { label: "Gương mẫu chấp hành chủ trương, chính sách", rule: { type: "mark" }, appliesTo: {} },
      { label: "Hoàn thành xuất sắc nhiệm vụ", rule: { type: "mark" }, appliesTo: {} },
      { label: "Có mô hình mới, cách làm hay", rule: { type: "mark" }, appliesTo: {} },
      { label: "Tương thân tương ái, tham gia hoạt động xã hội", rule: { type: "mark" }, appliesTo: {} },
    ]);
  });

  test("enterprises: revenue, budget paid and profit must rise year over year", () => {
    expect({
      metrics: plan.metrics.map((m) => [m.id, m.name]),
      rising: plan.criteria.flatMap((c) => (c.rule.type === "rising" ? [{ id: c.id, metric: c.rule.metric, appliesTo: c.appliesTo }] : [])),
      headers: ["Doanh thu (triệu đồng)", "Nộp ngân sách (triệu đồng)", "Lợi nhuận (triệu đồng)"].map((h) => resolveName(plan.metrics, h)),
    }).toStrictEqual({
      metrics: [
        ["doanh-thu", "Doanh thu"],
        ["nop-ngan-sach", "Nộp ngân sách"],
        ["loi-nhuan", "Lợi nhuận"],
      ],
      rising: [
        { id: "doanh-thu-tang", metric: "doanh-thu", appliesTo: { kinds: ["tap_the", "doanh_nghiep"], movements: ["doanh-nghiep-hoi-nhap"] } },
        { id: "nop-ngan-sach-tang", metric: "nop-ngan-sach", appliesTo: { kinds: ["tap_the", "doanh_nghiep"], movements: ["doanh-nghiep-hoi-nhap"] } },
        { id: "loi-nhuan-tang", metric: "loi-nhuan", appliesTo: { kinds: ["tap_the", "doanh_nghiep"], movements: ["doanh-nghiep-hoi-nhap"] } },
      ],
      headers: ["doanh-thu", "nop-ngan-sach", "loi-nhuan"],
    });
  });

  test("unit quotas: communes and the town 01–04, departments and unions 01–02, enterprises 01–02, armed forces 01–03", () => {
    const pick = (id: string) => {
      const q = findById(plan.quotas, id);
      return { scope: q.scope, period: q.period, bound: q.bound, deadline: q.deadline };
    };
    expect(["xa-thi-tran-01-04", "phong-ban-doan-the-01-02", "doanh-nghiep-01-02", "luc-luong-vu-trang-01-03"].map(pick)).toStrictEqual([
      { scope: { level: "unit", unitKinds: ["xa", "thi-tran"] }, period: "plan", bound: { min: 1, max: 4 }, deadline: "12/11/2021" },
      { scope: { level: "unit", unitKinds: ["phong-ban", "doan-the"] }, period: "plan", bound: { min: 1, max: 2 }, deadline: "12/11/2021" },
      { scope: { level: "unit", unitKinds: ["doanh-nghiep"] }, period: "plan", bound: { min: 1, max: 2 }, deadline: "12/11/2021" },
      { scope: { level: "unit", unitKinds: ["luc-luong-vu-trang"] }, period: "plan", bound: { min: 1, max: 3 }, deadline: "12/11/2021" },
    ]);
  });

  test("movement quotas: ≥ 01 collective + 03 individuals each, education 03 + 03, culture 02 models", () => {
    const pick = (id: string) => {
      const q = findById(plan.quotas, id);
      return { scope: q.scope, groupBy: q.groupBy ?? null, kinds: q.kinds ?? null, bound: q.bound };
    };
    expect(["phong-trao-01-tap-the-03-ca-nhan", "giao-duc-03-tap-the-03-ca-nhan", "van-hoa-02-mo-hinh"].map(pick)).toStrictEqual([
      {
        scope: { level: "plan", movements: ["doanh-nghiep-hoi-nhap", "vi-nguoi-ngheo", "van-hoa-cong-so", "nong-thon-moi", "hoc-tap-lam-theo-bac", "nong-dan-sxkd-gioi", "y-te"] },
        groupBy: "movement",
        kinds: null,
        bound: { perKind: { tap_the: 1, ca_nhan: 3 } },
      },
      { scope: { level: "plan", movements: ["giao-duc-dao-tao"] }, groupBy: null, kinds: null, bound: { perKind: { tap_the: 3, ca_nhan: 3 } } },
      { scope: { level: "plan", movements: ["doi-song-van-hoa"] }, groupBy: null, kinds: ["mo_hinh", "tap_the"], bound: { min: 2 } },
    ]);
  });

  test("registration closes on 12/11/2021 and late nominations count", () => {
    expect(findById(plan.deadlines, "dang-ky-cap-huyen")).toStrictEqual({
      id: "dang-ky-cap-huyen",
      text: "Lập và gửi danh sách đăng ký mô hình, gương điển hình cấp huyện về UBND huyện qua Phòng Nội vụ huyện, hoàn thành trước ngày 12/11/2021",
      date: "12/11/2021",
      yearly: false,
      appliesToNominations: true,
    });
  });

  test("the movements and unit kinds the units' sheets write are recognised", () => {
    const sheetMovements = [
      "Toàn dân bảo vệ an ninh Tổ quốc",
      "Giáo dục và đào tạo",
      "Y tế",
      "Nông dân thi đua sản xuất kinh doanh giỏi",
      "Vì người nghèo - Không để ai bị bỏ lại phía sau",
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "Toàn dân đoàn kết xây dựng đời sống văn hóa",
      "Cả nước chung sức xây dựng nông thôn mới",
      "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
      "DOANH NGHIỆP VIỆT NAM HỘI NHẬP VÀ PHÁT TRIỂN",
    ];
    expect({
      movements: sheetMovements.map((m) => resolveName(plan.movements, m)),
      unitKinds: ["Xã", "Thị trấn", "Phòng, ban"].map((k) => resolveName(plan.unitKinds, k)),
    }).toStrictEqual({
      movements: ["luc-luong-vu-trang", "giao-duc-dao-tao", "y-te", "nong-dan-sxkd-gioi", "vi-nguoi-ngheo", "hoc-tap-lam-theo-bac", "doi-song-van-hoa", "nong-thon-moi", "van-hoa-cong-so", "doanh-nghiep-hoi-nhap"],
      unitKinds: ["xa", "thi-tran", "phong-ban"],
    });
  });
});

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
