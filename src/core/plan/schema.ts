import { z } from "zod";

/** Subject kinds a plan can count. Ids are stable keys used in JSON output. */
export const SUBJECT_KINDS = ["tap_the", "ca_nhan", "ho_gia_dinh", "mo_hinh", "doanh_nghiep"] as const;
export const subjectKindSchema = z.enum(SUBJECT_KINDS);
export type SubjectKind = z.infer<typeof subjectKindSchema>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "id-format" });
const dmy = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, { message: "date-format" });
const dayMonth = z.string().regex(/^\d{2}\/\d{2}$/, { message: "day-month-format" });
const text = z.string().min(1);

/** A text cited as legal basis; `validUntil`/`replacedBy` record that it has since been repealed. */
export const citationSchema = z.strictObject({
  ref: text,
  title: text,
  issued: dmy.optional(),
  validFrom: dmy.optional(),
  validUntil: dmy.optional(),
  replacedBy: z.string().optional(),
  note: z.string().optional(),
});

/** A named value with the other ways sheets write it (headers, cells). */
export const namedSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text).default([]),
});

/** A movement, with the units that lead it (Tủa Chùa: "Phòng Giáo dục và Đào tạo chủ trì"). */
export const movementSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text).default([]),
  /** Units that lead the movement and send its list; a quota may leave their rows to it (`scope.exceptHostedMovements`). */
  hosts: z.array(text).optional(),
});

export const appliesToSchema = z.strictObject({
  kinds: z.array(subjectKindSchema).optional(),
  fields: z.array(id).optional(),
  movements: z.array(id).optional(),
  /**
   * Only rows whose position ("Chức vụ") names one of these, as whole words without regard to
   * marks and case ("công chức", "giám đốc"); a row that gives no position is not judged by it.
   */
  positions: z.array(text).min(1).optional(),
});

export const criterionRuleSchema = z.discriminatedUnion("type", [
  /** A mark column that must say yes (x, ✓, Đạt, Có). */
  z.strictObject({ type: z.literal("mark") }),
  /** A value from an allowed list, compared without regard to case and diacritics. */
  z.strictObject({ type: z.literal("oneOf"), values: z.array(text).min(1) }),
  /** A figure of the latest year must exceed the year before (revenue, tax, profit). */
  z.strictObject({ type: z.literal("rising"), metric: id }),
  /** A text of at least `min` characters (e.g. the summary of achievements). */
  z.strictObject({ type: z.literal("minLength"), field: z.enum(["achievements", "position", "note"]), min: z.number().int().positive() }),
]);

export const criterionSchema = z.strictObject({
  id,
  /** Short label, as a sheet column header would say it. */
  label: text,
  /** The plan's own words. */
  text,
  group: z.enum(["general", "specific"]),
  appliesTo: appliesToSchema.default({}),
  rule: criterionRuleSchema,
  /** Other headers a sheet may use for this criterion's column. */
  aliases: z.array(text).default([]),
  /**
   * "optional": checked where the sheet has a column for it, and nothing said where it has none
   * (a criterion the council judges from the achievements, not from a mark). Required when absent.
   */
  column: z.enum(["required", "optional"]).optional(),
});

export const boundSchema = z
  .strictObject({
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().nonnegative().optional(),
    percentOfStaff: z.number().positive().max(100).optional(),
    perKind: z.partialRecord(subjectKindSchema, z.number().int().nonnegative()).optional(),
  })
  .refine((b) => b.min !== undefined || b.max !== undefined || b.percentOfStaff !== undefined || b.perKind !== undefined, {
    message: "bound-empty",
  });

export const quotaSchema = z.strictObject({
  id,
  text,
  scope: z.strictObject({
    /** "unit": each unit whose kind or name matches; "plan": the whole level that issued the plan. */
    level: z.enum(["unit", "plan"]),
    unitKinds: z.array(id).optional(),
    units: z.array(text).optional(),
    /**
     * The quota also addresses units generically ("các ban ngành, đơn vị"): it covers every unit
     * that no unit-level quota of the plan names by its kind or its name — a unit of another kind,
     * or whose kind cannot be told ("Trạm Y tế xã").
     */
    otherUnits: z.boolean().optional(),
    movements: z.array(id).optional(),
    fields: z.array(id).optional(),
    /**
     * Count only nominations proposed to these levels (ids of `levels`), as the sheet's "Cấp đề
     * nghị" column says; a row that says no level is taken as proposed to the plan's own level.
     */
    proposedLevels: z.array(id).min(1).optional(),
    /** Count only rows marked in these flag columns (ids of `flags`), e.g. proposed for a book. */
    flags: z.array(id).min(1).optional(),
    /**
     * A unit's rows in a movement it leads (`movements[].hosts`) are its list for that movement:
     * not held to this quota's maximum (Tủa Chùa's 01–02 per department does not cap Phòng Giáo
     * dục và Đào tạo's 03 collectives and 03 individuals for education).
     */
    exceptHostedMovements: z.boolean().optional(),
  }),
  /** Count separately for each movement or field (e.g. ≥ 01 collective + 03 individuals per movement). */
  groupBy: z.enum(["movement", "field"]).optional(),
  /** Which subject kinds count; all when absent. */
  kinds: z.array(subjectKindSchema).optional(),
  period: z.enum(["plan", "year", "quarter"]),
  bound: boundSchema,
  deadline: z.string().optional(),
});

export const deadlineSchema = z.strictObject({
  id,
  text,
  /** A fixed date (dd/mm/yyyy) or a yearly one (dd/mm). */
  date: z.union([dmy, dayMonth]),
  yearly: z.boolean().default(false),
  /**
   * Nominations dated after this deadline are late. A fixed date concerns the lists of its own
   * year (Tủa Chùa's 12/11/2021 is the 2021 registration's); a yearly one every year's list.
   */
  appliesToNominations: z.boolean().default(false),
  /** What the plan's text leaves unclear about this deadline, said wherever it is shown. */
  note: z.string().optional(),
});

export const appendixRowSchema = z.strictObject({
  host: text,
  coordinators: z.array(text).default([]),
  content: text,
  introduce: z.string().default(""),
  /** Number of models to introduce per year, when the plan states one. */
  introduceCount: z.number().int().nonnegative().optional(),
  /** Quota id whose result stands for this row when consolidated data is given. */
  quotaId: id.optional(),
  contentDeadline: z.string().default(""),
  introduceDeadline: z.string().default(""),
  timeWindow: z.string().optional(),
  note: z.string().default(""),
  /** The movement the row is about (an extract of movements prints its standards from the criteria). */
  movement: id.optional(),
});

/** Something the list must tell about each nominee (Nhơn Hưng V.1: "quê quán", "quá trình khen thưởng"). */
export const informationSchema = z.strictObject({
  id,
  label: text,
  /** The kinds of nominee it is asked of; all when absent. */
  kinds: z.array(subjectKindSchema).optional(),
  aliases: z.array(text).default([]),
});

export const planSchema = z.strictObject({
  id,
  number: text,
  /** Absent when the copy of the plan does not show it (a scan without its heading). */
  date: dmy.optional(),
  /** How the date was read when the copy is unclear; printed after the date wherever it is cited. */
  dateNote: z.string().optional(),
  issuer: text,
  /** The level of the issuer, one of `levels`. */
  level: id,
  title: text,
  period: z.strictObject({ from: dmy, to: dmy }),
  /** The hierarchy from the base unit up, e.g. đơn vị → phường → quận → thành phố. */
  levels: z.array(namedSchema).min(1),
  subjectKinds: z.array(subjectKindSchema).min(1),
  unitKinds: z.array(namedSchema).default([]),
  /** The plan's fields; an empty list is an open one (any field a unit names is accepted). */
  fields: z.array(namedSchema).default([]),
  movements: z.array(movementSchema).default([]),
  metrics: z.array(namedSchema).default([]),
  /** Columns a sheet ticks to put a row into something counted apart (Long Biên: the book "Những bông hoa đẹp"). */
  flags: z.array(namedSchema).default([]),
  /** What each nomination must tell beyond the usual columns; the template asks for it. */
  information: z.array(informationSchema).default([]),
  criteria: z.array(criterionSchema).default([]),
  quotas: z.array(quotaSchema).default([]),
  deadlines: z.array(deadlineSchema).default([]),
  appendix: z
    .strictObject({
      /** "appendix": the plan's PHỤ LỤC; "extract": a section of the plan printed as a table of its own (Nhơn Hưng III.3). */
      kind: z.enum(["appendix", "extract"]).default("appendix"),
      /** The section extracted ("III.3"), for an extract. */
      section: z.string().optional(),
      title: text,
      rows: z.array(appendixRowSchema).default([]),
    })
    .optional(),
  legalBasis: z.array(citationSchema).default([]),
  /** Where a value was inferred or the copy is unreadable: one sentence each, quoting the plan. */
  notes: z.array(text).default([]),
  source: z.string().optional(),
});

export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Quota = z.infer<typeof quotaSchema>;
export type Named = z.infer<typeof namedSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type AppendixRow = z.infer<typeof appendixRowSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Movement = z.infer<typeof movementSchema>;
export type Information = z.infer<typeof informationSchema>;
