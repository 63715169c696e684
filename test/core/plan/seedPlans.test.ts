import type { Plan } from "../../../src/core/plan/schema";
import { planSchema } from "../../../src/core/plan/schema";
import { parsePlanText } from "../../../src/core/plan/parsePlan";
import { planFiles, readPlanFile, loadPlan, findOcrDebris, collectTexts, type SchemaNode, collectSchemaKeys, collectValueKeys, findAmbiguousNames } from "../../helpers/planFiles";

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

  /**
   * One column may stand for criteria that apply to different kinds of nominee: Tủa Chùa's general
   * criteria for collectives and for individuals are both "Tiêu chí chung", and a row is judged by
   * the one of its kind. Any other shared name is ambiguous.
   */
  const sharedByDisjointKinds = (plan: Plan, entry: string): boolean => {
    const ids = entry.slice(entry.indexOf(": ") + 2).split(", ");
    const kinds = ids.map((id) => plan.criteria.find((c) => c.id === id)?.appliesTo.kinds);
    if (kinds.some((k) => k === undefined)) return false;
    const all = kinds.flatMap((k) => k ?? []);
    return new Set(all).size === all.length;
  };

  test.each(planFiles)("%s: names and aliases point to one entry each", (file) => {
    const plan = loadPlan(file);
    const named = (list: Plan["fields"]) => list.map((x) => ({ id: x.id, names: [x.name, ...x.aliases] }));
    expect({
      levels: findAmbiguousNames(named(plan.levels)),
      unitKinds: findAmbiguousNames(named(plan.unitKinds)),
      fields: findAmbiguousNames(named(plan.fields)),
      movements: findAmbiguousNames(named(plan.movements)),
      metrics: findAmbiguousNames(named(plan.metrics)),
      marks: findAmbiguousNames([...plan.criteria.map((c) => ({ id: c.id, names: [c.label, ...c.aliases] })), ...named(plan.flags)]).filter((entry) => !sharedByDisjointKinds(plan, entry)),
    }).toStrictEqual({ levels: [], unitKinds: [], fields: [], movements: [], metrics: [], marks: [] });
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

  test("has one example of each criterion rule, each bound, each period, both column kinds, a proposed level and both kinds of deadline", () => {
    expect({
      rules: blank.criteria.map((c) => c.rule.type),
      bounds: blank.quotas.map((q) => Object.keys(q.bound).sort().join("+")),
      periods: [...new Set(blank.quotas.map((q) => q.period))].sort(),
      groupBy: blank.quotas.map((q) => q.groupBy ?? null),
      proposedLevels: blank.quotas.map((q) => q.scope.proposedLevels ?? null),
      columns: blank.criteria.map((c) => c.column ?? null),
      deadlines: blank.deadlines.map((d) => ({ date: d.date, yearly: d.yearly })),
    }).toStrictEqual({
      rules: ["mark", "oneOf", "rising", "minLength"],
      bounds: ["min", "max+min", "percentOfStaff", "perKind", "min", "min", "min"],
      periods: ["plan", "quarter", "year"],
      groupBy: [null, null, null, "movement", "field", null, null],
      proposedLevels: [null, null, null, null, null, ["tinh"], null],
      columns: ["required", "optional", null, null],
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
