import type { z } from "zod";
import { planSchema, type Plan } from "./schema";

/** One thing wrong in a plan file, with the key path where it is (e.g. `quotas[2].bound.min`). */
export interface PlanProblem {
  path: string;
  message: string;
}

export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "") || "(gốc)";

const describeZodIssue = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "thiếu khóa bắt buộc" : `sai kiểu dữ liệu: cần ${typeName(issue.expected)}`;
    case "unrecognized_keys":
      return `khóa không được biết: ${issue.keys.join(", ")}`;
    case "invalid_value":
      return `giá trị không hợp lệ: chỉ nhận ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return "giá trị không khớp với dạng nào được phép";
    case "too_small":
      return issue.origin === "array" ? `cần ít nhất ${String(issue.minimum)} phần tử` : issue.origin === "string" ? "không được để trống" : `phải từ ${String(issue.minimum)} trở lên`;
    case "too_big":
      return `phải không quá ${String(issue.maximum)}`;
    case "invalid_format":
      // The schema's regexes carry a message key (id-format, date-format): say which form is wanted.
      return CUSTOM_MESSAGES[issue.message] ?? "định dạng không hợp lệ";
    case "custom":
    default:
      return CUSTOM_MESSAGES[issue.message] ?? `giá trị không hợp lệ (${issue.message})`;
  }
};

const CUSTOM_MESSAGES: Record<string, string> = {
  "id-format": "mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: phuong-toi-thieu-02)",
  "date-format": "ngày phải viết dạng dd/mm/yyyy (ví dụ: 24/03/2023)",
  "day-month-format": "ngày phải viết dạng dd/mm (ví dụ: 31/01)",
  "bound-empty": "chỉ tiêu phải có ít nhất một mức: min, max, percentOfStaff hoặc perKind",
};

const typeName = (t: string): string =>
  ({ string: "chuỗi", number: "số", boolean: "đúng/sai", array: "danh sách", object: "đối tượng" })[t] ?? t;

type Ids = string[] | undefined;

/**
 * The parts of a plan that refer to one another. A list is `undefined` when the file's value
 * could not be read as a list: its own problem is already reported, and nothing is checked against it.
 */
interface ReferenceView {
  level: string | undefined;
  levels: { id: string }[] | undefined;
  fields: { id: string }[] | undefined;
  movements: { id: string }[] | undefined;
  unitKinds: { id: string }[] | undefined;
  metrics: { id: string }[] | undefined;
  deadlines: { id: string }[] | undefined;
  criteria: { id: string; appliesTo: { fields?: Ids; movements?: Ids }; rule: { type: string; metric?: string | undefined } }[] | undefined;
  quotas: { id: string; scope: { unitKinds?: Ids; fields?: Ids; movements?: Ids; proposedLevels?: Ids }; bound: { min?: number | undefined; max?: number | undefined } }[] | undefined;
  appendix?: { rows: { quotaId?: string | undefined }[] } | undefined;
}

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const asList = (v: unknown): Record<string, unknown>[] | undefined => (Array.isArray(v) ? v.map(asRecord) : undefined);
const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const asIds = (v: unknown): Ids => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);
const asNumber = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** Reads the cross-references of input that failed the schema, so that their problems are listed too. */
const readReferenceView = (root: Record<string, unknown>): ReferenceView => {
  const named = (v: unknown) => asList(v)?.map((x) => ({ id: asString(x.id) ?? "" }));
  return {
    level: asString(root.level),
    levels: named(root.levels),
    fields: root.fields === undefined ? [] : named(root.fields),
    movements: root.movements === undefined ? [] : named(root.movements),
    unitKinds: root.unitKinds === undefined ? [] : named(root.unitKinds),
    metrics: root.metrics === undefined ? [] : named(root.metrics),
    deadlines: named(root.deadlines),
    criteria: asList(root.criteria)?.map((c) => {
      const appliesTo = asRecord(c.appliesTo);
      const rule = asRecord(c.rule);
      return { id: asString(c.id) ?? "", appliesTo: { fields: asIds(appliesTo.fields), movements: asIds(appliesTo.movements) }, rule: { type: asString(rule.type) ?? "", metric: asString(rule.metric) } };
    }),
    quotas: asList(root.quotas)?.map((q) => {
      const scope = asRecord(q.scope);
      const bound = asRecord(q.bound);
      return { id: asString(q.id) ?? "", scope: { unitKinds: asIds(scope.unitKinds), fields: asIds(scope.fields), movements: asIds(scope.movements), proposedLevels: asIds(scope.proposedLevels) }, bound: { min: asNumber(bound.min), max: asNumber(bound.max) } };
    }),
    appendix: { rows: asList(asRecord(root.appendix).rows)?.map((r) => ({ quotaId: asString(r.quotaId) })) ?? [] },
  };
};

/** Checks that ids referred to elsewhere in the plan exist; zod checks shape, this checks meaning. */
const findReferenceProblems = (plan: ReferenceView): PlanProblem[] => {
  const problems: PlanProblem[] = [];
  const known = (list: { id: string }[] | undefined) => (list === undefined ? undefined : new Set(list.map((x) => x.id)));
  const fields = known(plan.fields);
  const movements = known(plan.movements);
  const unitKinds = known(plan.unitKinds);
  const metrics = known(plan.metrics);
  const quotas = known(plan.quotas);
  const levels = known(plan.levels);
  const expectKnown = (ids: Ids, set: Set<string> | undefined, path: string, what: string) =>
    ids?.forEach((x, i) => {
      if (set !== undefined && !set.has(x)) problems.push({ path: `${path}[${i}]`, message: `${what} "${x}" không có trong kế hoạch` });
    });
  const expectUnique = (list: { id: string }[] | undefined, path: string) => {
    const seen = new Set<string>();
    list?.forEach((x, i) => {
      if (seen.has(x.id)) problems.push({ path: `${path}[${i}].id`, message: `mã "${x.id}" bị trùng` });
      seen.add(x.id);
    });
  };
  if (plan.level !== undefined && levels !== undefined && !levels.has(plan.level)) problems.push({ path: "level", message: `cấp "${plan.level}" không có trong levels` });
  for (const key of ["fields", "movements", "unitKinds", "criteria", "quotas", "deadlines", "metrics", "levels"] as const) expectUnique(plan[key], key);
  plan.criteria?.forEach((c, i) => {
    expectKnown(c.appliesTo.fields, fields, `criteria[${i}].appliesTo.fields`, "lĩnh vực");
    expectKnown(c.appliesTo.movements, movements, `criteria[${i}].appliesTo.movements`, "phong trào");
    if (c.rule.type === "rising" && metrics !== undefined && !metrics.has(c.rule.metric ?? ""))
      problems.push({ path: `criteria[${i}].rule.metric`, message: `chỉ số "${c.rule.metric ?? ""}" không có trong metrics` });
  });
  plan.quotas?.forEach((q, i) => {
    expectKnown(q.scope.unitKinds, unitKinds, `quotas[${i}].scope.unitKinds`, "loại đơn vị");
    expectKnown(q.scope.fields, fields, `quotas[${i}].scope.fields`, "lĩnh vực");
    expectKnown(q.scope.movements, movements, `quotas[${i}].scope.movements`, "phong trào");
    expectKnown(q.scope.proposedLevels, levels, `quotas[${i}].scope.proposedLevels`, "cấp đề nghị");
    const { min, max } = q.bound;
    if (min !== undefined && max !== undefined && min > max)
      problems.push({ path: `quotas[${i}].bound`, message: `mức tối thiểu (${min}) lớn hơn mức tối đa (${max})` });
  });
  plan.appendix?.rows.forEach((r, i) => {
    if (r.quotaId !== undefined && quotas !== undefined && !quotas.has(r.quotaId))
      problems.push({ path: `appendix.rows[${i}].quotaId`, message: `chỉ tiêu "${r.quotaId}" không có trong quotas` });
  });
  return problems;
};

/** Validates a plan object (parsed JSON); every problem is listed at once, none throws. */
export const parsePlan = (input: unknown): PlanParseResult => {
  // reportInput lets describeZodIssue tell a missing key from a value of the wrong type.
  const parsed = planSchema.safeParse(input, { reportInput: true });
  if (parsed.success) {
    const problems = findReferenceProblems(parsed.data);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: parsed.data };
  }
  const shapeProblems = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeZodIssue(issue) }));
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { ok: false, problems: shapeProblems };
  const reported = new Set(shapeProblems.map((p) => p.path));
  const referenceProblems = findReferenceProblems(readReferenceView(input as Record<string, unknown>)).filter((p) => !reported.has(p.path));
  return { ok: false, problems: [...shapeProblems, ...referenceProblems] };
};

/**
 * Where JSON.parse stopped, in words: line and column when the engine gives a position. Its own
 * message is not shown: it quotes the input, which may be any bytes (terminal escapes included).
 */
const describeJsonError = (text: string, e: unknown): string => {
  const message = e instanceof Error ? e.message : "";
  const position = /at position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : null;
  if (/Unexpected end of JSON input/i.test(message) || (at !== null && at >= text.trimEnd().length)) return `tệp dừng giữa chừng ở dòng ${text.split("\n").length}, thiếu phần cuối`;
  if (at === null) return "sai cú pháp (hãy mở bằng trình soạn thảo JSON để xem chỗ sai)";
  const before = text.slice(0, at);
  return `sai cú pháp ở dòng ${before.split("\n").length}, cột ${before.length - before.lastIndexOf("\n")}`;
};

/** Parses the text of a plan file; bad JSON is one problem naming the line. */
export const parsePlanText = (text: string): PlanParseResult => {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, problems: [{ path: "(tệp)", message: `không phải JSON hợp lệ: ${describeJsonError(text, e)}` }] };
  }
  return parsePlan(json);
};
