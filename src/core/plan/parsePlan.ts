import type { z } from "zod";
import { formatPlanIssue } from "../messages/planMessages";
import { planSchema, type Plan } from "./schema";

/** What is wrong at one place of a plan, as data; `messages/planMessages.ts` says it in words. */
export type PlanIssue =
  | { code: "missing" }
  | { code: "wrong-type"; expected: string }
  | { code: "unknown-keys"; keys: string[] }
  | { code: "not-allowed"; values: unknown[] }
  | { code: "no-match" }
  | { code: "too-small"; origin: string; minimum: string }
  | { code: "too-big"; maximum: string }
  | { code: "format"; format: "id" | "date" | "day-month" | "other" }
  | { code: "bound-empty" }
  | { code: "unknown-ref"; what: "level" | "metric" | "quota" | "field" | "movement" | "unit-kind" | "proposed-level" | "flag"; value: string }
  | { code: "duplicate-id"; value: string }
  | { code: "min-above-max"; min: number; max: number }
  | { code: "other"; detail: string }
  /** A plan workbook's cell that cannot become the value its column holds. */
  | { code: "not-number"; actual: string }
  | { code: "not-integer"; actual: string }
  | { code: "not-yes-no"; actual: string }
  | { code: "not-in-list"; actual: string; allowed: string[] }
  | { code: "not-date"; actual: string; format: string }
  /** A workbook without the plan's facts sheet: not a plan workbook at all. */
  | { code: "not-plan-workbook"; sheet: string };

/** An issue and the key path where it is, e.g. `["quotas", 2, "bound", "min"]`. */
export interface PlanIssueAt {
  path: (string | number)[];
  issue: PlanIssue;
}

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; issues: PlanIssueAt[] };

/** One thing wrong in a plan file, with the key path where it is (e.g. `quotas[2].bound.min`). */
export interface PlanProblem {
  path: string;
  message: string;
}

export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "") || "(gốc)";

const FORMAT_KEYS: Readonly<Record<string, "id" | "date" | "day-month">> = { "id-format": "id", "date-format": "date", "day-month-format": "day-month" };

const toPlanIssue = (issue: z.core.$ZodIssue): PlanIssue => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? { code: "missing" } : { code: "wrong-type", expected: issue.expected };
    case "unrecognized_keys":
      return { code: "unknown-keys", keys: issue.keys };
    case "invalid_value":
      return { code: "not-allowed", values: [...issue.values] };
    case "invalid_union":
      return { code: "no-match" };
    case "too_small":
      return { code: "too-small", origin: issue.origin, minimum: String(issue.minimum) };
    case "too_big":
      return { code: "too-big", maximum: String(issue.maximum) };
    case "invalid_format":
      // The schema's regexes carry a message key (id-format, date-format): which form is wanted.
      return { code: "format", format: FORMAT_KEYS[issue.message] ?? "other" };
    default:
      return issue.message === "bound-empty" ? { code: "bound-empty" } : { code: "other", detail: issue.message };
  }
};

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
  flags: { id: string }[] | undefined;
  information: { id: string }[] | undefined;
  deadlines: { id: string }[] | undefined;
  criteria: { id: string; appliesTo: { fields?: Ids; movements?: Ids }; rule: { type: string; metric?: string | undefined } }[] | undefined;
  quotas:
    | { id: string; scope: { unitKinds?: Ids; fields?: Ids; movements?: Ids; proposedLevels?: Ids; flags?: Ids }; bound: { min?: number | undefined; max?: number | undefined } }[]
    | undefined;
  appendix?: { rows: { quotaId?: string | undefined; movement?: string | undefined }[] } | undefined;
}

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const asList = (v: unknown): Record<string, unknown>[] | undefined => (Array.isArray(v) ? v.map(asRecord) : undefined);
const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const asIds = (v: unknown): Ids => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);
const asNumber = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** Reads the cross-references of input that failed the schema, so that their problems are listed too. */
const readReferenceView = (root: Record<string, unknown>): ReferenceView => {
  const named = (v: unknown) => asList(v)?.map((x) => ({ id: asString(x.id) ?? "" }));
  const namedOrEmpty = (v: unknown) => (v === undefined ? [] : named(v));
  return {
    level: asString(root.level),
    levels: named(root.levels),
    fields: namedOrEmpty(root.fields),
    movements: namedOrEmpty(root.movements),
    unitKinds: namedOrEmpty(root.unitKinds),
    metrics: namedOrEmpty(root.metrics),
    flags: namedOrEmpty(root.flags),
    information: namedOrEmpty(root.information),
    deadlines: named(root.deadlines),
    criteria: asList(root.criteria)?.map((c) => {
      const appliesTo = asRecord(c.appliesTo);
      const rule = asRecord(c.rule);
      return { id: asString(c.id) ?? "", appliesTo: { fields: asIds(appliesTo.fields), movements: asIds(appliesTo.movements) }, rule: { type: asString(rule.type) ?? "", metric: asString(rule.metric) } };
    }),
    quotas: asList(root.quotas)?.map((q) => {
      const scope = asRecord(q.scope);
      const bound = asRecord(q.bound);
      return {
        id: asString(q.id) ?? "",
        scope: { unitKinds: asIds(scope.unitKinds), fields: asIds(scope.fields), movements: asIds(scope.movements), proposedLevels: asIds(scope.proposedLevels), flags: asIds(scope.flags) },
        bound: { min: asNumber(bound.min), max: asNumber(bound.max) },
      };
    }),
    appendix: { rows: asList(asRecord(root.appendix).rows)?.map((r) => ({ quotaId: asString(r.quotaId), movement: asString(r.movement) })) ?? [] },
  };
};

/** Checks that ids referred to elsewhere in the plan exist; zod checks shape, this checks meaning. */
const findReferenceIssues = (plan: ReferenceView): PlanIssueAt[] => {
  const issues: PlanIssueAt[] = [];
  const known = (list: { id: string }[] | undefined) => (list === undefined ? undefined : new Set(list.map((x) => x.id)));
  const fields = known(plan.fields);
  const movements = known(plan.movements);
  const unitKinds = known(plan.unitKinds);
  const metrics = known(plan.metrics);
  const flags = known(plan.flags);
  const quotas = known(plan.quotas);
  const levels = known(plan.levels);
  type What = Extract<PlanIssue, { code: "unknown-ref" }>["what"];
  const expectKnown = (ids: Ids, set: Set<string> | undefined, path: (string | number)[], what: What) =>
    ids?.forEach((x, i) => {
      if (set !== undefined && !set.has(x)) issues.push({ path: [...path, i], issue: { code: "unknown-ref", what, value: x } });
    });
  const expectUnique = (list: { id: string }[] | undefined, key: string) => {
    const seen = new Set<string>();
    list?.forEach((x, i) => {
      if (seen.has(x.id)) issues.push({ path: [key, i, "id"], issue: { code: "duplicate-id", value: x.id } });
      seen.add(x.id);
    });
  };
  if (plan.level !== undefined && levels !== undefined && !levels.has(plan.level)) issues.push({ path: ["level"], issue: { code: "unknown-ref", what: "level", value: plan.level } });
  for (const key of ["fields", "movements", "unitKinds", "criteria", "quotas", "deadlines", "metrics", "levels", "flags", "information"] as const) expectUnique(plan[key], key);
  // A flag's column is read like a criterion's mark: the two share one set of ids.
  const criterionIds = known(plan.criteria);
  plan.flags?.forEach((f, i) => {
    if (criterionIds?.has(f.id)) issues.push({ path: ["flags", i, "id"], issue: { code: "duplicate-id", value: f.id } });
  });
  plan.criteria?.forEach((c, i) => {
    expectKnown(c.appliesTo.fields, fields, ["criteria", i, "appliesTo", "fields"], "field");
    expectKnown(c.appliesTo.movements, movements, ["criteria", i, "appliesTo", "movements"], "movement");
    if (c.rule.type === "rising" && metrics !== undefined && !metrics.has(c.rule.metric ?? ""))
      issues.push({ path: ["criteria", i, "rule", "metric"], issue: { code: "unknown-ref", what: "metric", value: c.rule.metric ?? "" } });
  });
  plan.quotas?.forEach((q, i) => {
    expectKnown(q.scope.unitKinds, unitKinds, ["quotas", i, "scope", "unitKinds"], "unit-kind");
    expectKnown(q.scope.fields, fields, ["quotas", i, "scope", "fields"], "field");
    expectKnown(q.scope.movements, movements, ["quotas", i, "scope", "movements"], "movement");
    expectKnown(q.scope.proposedLevels, levels, ["quotas", i, "scope", "proposedLevels"], "proposed-level");
    expectKnown(q.scope.flags, flags, ["quotas", i, "scope", "flags"], "flag");
    const { min, max } = q.bound;
    if (min !== undefined && max !== undefined && min > max) issues.push({ path: ["quotas", i, "bound"], issue: { code: "min-above-max", min, max } });
  });
  plan.appendix?.rows.forEach((r, i) => {
    if (r.quotaId !== undefined && quotas !== undefined && !quotas.has(r.quotaId))
      issues.push({ path: ["appendix", "rows", i, "quotaId"], issue: { code: "unknown-ref", what: "quota", value: r.quotaId } });
    if (r.movement !== undefined && movements !== undefined && !movements.has(r.movement))
      issues.push({ path: ["appendix", "rows", i, "movement"], issue: { code: "unknown-ref", what: "movement", value: r.movement } });
  });
  return issues;
};

/** Validates a plan object: every issue is listed at once with its key path, none throws. */
export const validatePlan = (input: unknown): PlanValidation => {
  // reportInput lets the issue tell a missing key from a value of the wrong type.
  const parsed = planSchema.safeParse(input, { reportInput: true });
  if (parsed.success) {
    const issues = findReferenceIssues(parsed.data);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, plan: parsed.data };
  }
  const shapeIssues: PlanIssueAt[] = parsed.error.issues.map((issue) => ({ path: [...issue.path].map((k) => (typeof k === "number" ? k : String(k))), issue: toPlanIssue(issue) }));
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { ok: false, issues: shapeIssues };
  const reported = new Set(shapeIssues.map((p) => formatPath(p.path)));
  const referenceIssues = findReferenceIssues(readReferenceView(input as Record<string, unknown>)).filter((p) => !reported.has(formatPath(p.path)));
  return { ok: false, issues: [...shapeIssues, ...referenceIssues] };
};

/** Validates a plan object (parsed JSON); every problem is listed at once, none throws. */
export const parsePlan = (input: unknown): PlanParseResult => {
  const result = validatePlan(input);
  return result.ok ? result : { ok: false, problems: result.issues.map(({ path, issue }) => ({ path: formatPath(path), message: formatPlanIssue(issue) })) };
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
