import type { Nomination, ProposedLevelCount, QuotaResult } from "../model";
import type { Plan, Quota, SubjectKind } from "../plan/schema";
import { isYesMark, parseDmy } from "../read/parseValues";
import { toMatchKey } from "../text/normalize";
import { indexNominees, startNomineePass, type NomineeIndex } from "../checks/nomineeIndex";
import { makeLevelReader, UNKNOWN_LEVEL, type RowLevel } from "./proposedLevel";

export interface QuotaSubject {
  /** What the quota is counted for: a unit's name or the level above ("Quận Long Biên"). */
  scope: string;
  /** Staff count, for "≥ P % of staff" quotas; null when unknown. */
  staff: number | null;
  /** The reporting year, or null when it cannot be told. */
  year: number | null;
}

const QUARTER_NAMES = ["I", "II", "III", "IV"] as const;

const yearOf = (n: Nomination): number | null => (n.date ? (parseDmy(n.date)?.getUTCFullYear() ?? null) : null);
const quarterOf = (n: Nomination): number | null => {
  const d = n.date ? parseDmy(n.date) : null;
  return d ? Math.floor(d.getUTCMonth() / 3) + 1 : null;
};

interface PeriodSlice {
  label: string;
  pick: (n: Nomination) => boolean;
  missing?: string;
}

const slicePeriods = (quota: Quota, plan: Plan, year: number | null): PeriodSlice[] => {
  const from = parseDmy(plan.period.from);
  const to = parseDmy(plan.period.to);
  const planYears = `${from?.getUTCFullYear() ?? "?"}–${to?.getUTCFullYear() ?? "?"}`;
  if (quota.period === "plan") return [{ label: `Cả kỳ ${planYears}`, pick: () => true }];
  if (quota.period === "year") {
    if (year === null) return [{ label: "Năm (không xác định)", pick: () => true }];
    // Undated rows belong to the list's year: a list is kept per year.
    return [{ label: `Năm ${year}`, pick: (n) => { const y = yearOf(n); return y === null || y === year; } }];
  }
  if (year === null) return [{ label: "Theo quý", pick: () => false, missing: "năm báo cáo (ghi trong tiêu đề danh sách, hoặc chọn năm báo cáo)" }];
  const slices: PeriodSlice[] = [];
  for (let q = 1; q <= 4; q++) {
    const qStart = Date.UTC(year, (q - 1) * 3, 1);
    const qEnd = Date.UTC(year, q * 3, 0);
    if (from && to && (qEnd < from.getTime() || qStart > to.getTime())) continue;
    slices.push({ label: `Quý ${QUARTER_NAMES[q - 1]}/${year}`, pick: (n) => yearOf(n) === year && quarterOf(n) === q });
  }
  return slices;
};

const groupsOf = (quota: Quota, plan: Plan): { label?: string; pick: (n: Nomination) => boolean }[] => {
  if (quota.groupBy === "movement") {
    const list = plan.movements.filter((m) => !quota.scope.movements || quota.scope.movements.includes(m.id));
    return list.map((m) => ({ label: m.name, pick: (n) => n.movement === m.id }));
  }
  if (quota.groupBy === "field") {
    const list = plan.fields.filter((f) => !quota.scope.fields || quota.scope.fields.includes(f.id));
    return list.map((f) => ({ label: f.name, pick: (n) => n.field === f.id }));
  }
  const { movements, fields } = quota.scope;
  return [{ pick: (n) => (!movements || (n.movement !== undefined && movements.includes(n.movement))) && (!fields || (n.field !== undefined && fields.includes(n.field))) }];
};

const measure = (quota: Quota, counted: readonly Nomination[], registered: number, staff: number | null, uncapped = 0): Omit<QuotaResult, "ruleId" | "text" | "scope" | "period"> => {
  const { min, max, percentOfStaff, perKind } = quota.bound;
  const actual = counted.length;
  let required: number | null = min ?? null;
  let missing: string | undefined;
  if (percentOfStaff !== undefined) {
    if (staff === null) missing = "số CBCCVC, người lao động của đơn vị";
    else required = Math.max(required ?? 0, Math.ceil((staff * percentOfStaff) / 100 - 1e-9));
  }
  let byKind: QuotaResult["byKind"];
  let kindShortfall = 0;
  if (perKind) {
    byKind = {};
    for (const [kind, need] of Object.entries(perKind) as [SubjectKind, number][]) {
      const got = counted.filter((n) => n.kind === kind).length;
      byKind[kind] = { required: need, actual: got, shortfall: Math.max(0, need - got) };
      kindShortfall += Math.max(0, need - got);
    }
    required = Math.max(required ?? 0, Object.values(perKind).reduce((a, b) => a + (b ?? 0), 0));
  }
  const shortfall = Math.max(required === null ? 0 : required - actual, kindShortfall, 0);
  // An upper bound limits what a unit registers, so every row counts there, valid or not.
  const excess = max !== undefined ? Math.max(0, registered - uncapped - max) : 0;
  const met = missing !== undefined || (required === null && max === undefined) ? null : shortfall === 0 && excess === 0;
  const out: Omit<QuotaResult, "ruleId" | "text" | "scope" | "period"> = { required, actual, registered, shortfall, excess, met };
  if (max !== undefined) out.max = max;
  if (byKind) out.byKind = byKind;
  if (missing !== undefined) out.missing = missing;
  return out;
};

/**
 * A person or collective written twice (in one list, or by two units) is one nominee: quotas
 * count nominees, not rows. Names match without regard to marks, case and spacing; different
 * birth years, where both are given, are different people. Returns whether the row at `i` is
 * one not counted yet in this pass, and counts it.
 */
const makeOnceCounter = (nominations: readonly Nomination[], index: NomineeIndex): ((i: number) => boolean) => {
  const { ids } = index;
  if (!index.anyBirthYear) {
    const { seen, stamp } = startNomineePass(index);
    return (i) => {
      const id = ids[i] ?? -1;
      if (id < 0) return true;
      if (seen[id] === stamp) return false;
      seen[id] = stamp;
      return true;
    };
  }
  const years = new Map<number, (number | undefined)[]>();
  return (i) => {
    const id = ids[i] ?? -1;
    if (id < 0) return true;
    const birthYear = nominations[i]?.birthYear;
    const known = years.get(id);
    if (known && known.some((y) => y === undefined || birthYear === undefined || y === birthYear)) return false;
    if (known) known.push(birthYear);
    else years.set(id, [birthYear]);
    return true;
  };
};

/**
 * The level filter of a quota with `scope.proposedLevels`, or null. A row that says no level is a
 * proposal to the plan's own level: what a unit sends to the issuer without a "Cấp đề nghị"
 * column is what it proposes to the issuer.
 */
const levelFilterOf = (quota: Quota, plan: Plan, nominations: readonly Nomination[]) => {
  const wanted = quota.scope.proposedLevels;
  if (!wanted) return null;
  const read = makeLevelReader(plan);
  const levels: RowLevel[] = nominations.map((n) => read(n.level));
  const nameOf = (id: string) => plan.levels.find((l) => l.id === id)?.name ?? id;
  const notGivenCounted = wanted.includes(plan.level);
  return {
    levels,
    notGivenCounted,
    wanted: new Set(wanted),
    /** A fresh tally for one group and period. */
    count: (): ProposedLevelCount => ({ levels: wanted.map(nameOf), notGiven: 0, assumed: nameOf(plan.level), notGivenCounted, unknown: 0 }),
  };
};

/**
 * Movements the subject leads (`movements[].hosts`), when the quota does not cap their rows
 * (`scope.exceptHostedMovements`): "Phòng Giáo dục và Đào tạo" leads education, and its 03 + 03
 * there are its list for the movement, not held to the 01–02 of a department. A unit named at
 * more length ("Công an huyện Tủa Chùa") still matches its host line ("Công an huyện").
 */
const hostedMovementsOf = (quota: Quota, plan: Plan, subject: string): ReadonlySet<string> | null => {
  if (quota.scope.exceptHostedMovements !== true) return null;
  const key = toMatchKey(subject);
  const hosts = (m: Plan["movements"][number]) => (m.hosts ?? []).some((h) => {
    const host = toMatchKey(h);
    return host !== "" && (key === host || key.startsWith(`${host} `));
  });
  return new Set(plan.movements.filter(hosts).map((m) => m.id));
};

/**
 * The quota's deadline as the day a nomination must be dated by, or null when the deadline does
 * not concern it. A yearly one (10/04) falls in the list's year for a yearly quota, else in the
 * nomination's own year; a fixed one (12/11/2021) concerns the nominations of its year only.
 */
const makeDueDate = (quota: Quota, listYear: number | null): ((n: Nomination, date: Date) => Date | null) => {
  const deadline = quota.deadline?.trim();
  if (!deadline) return () => null;
  if (/^\d{2}\/\d{2}$/.test(deadline)) return (_n, date) => parseDmy(`${deadline}/${quota.period === "year" && listYear !== null ? listYear : date.getUTCFullYear()}`);
  const due = parseDmy(deadline);
  if (!due) return () => null;
  return (_n, date) => (date.getUTCFullYear() === due.getUTCFullYear() ? due : null);
};

/**
 * One quota counted for one subject (a unit, or the level above): a result per group (movement,
 * field) and period slice (year, each quarter). Minimums count the nominations without errors
 * (`valid` not false) dated by the quota's deadline, if it has one: those dated after it are
 * counted apart as late (Long Biên's "trước ngày 10/4 hằng năm"). A maximum counts every
 * nomination registered. Only rows marked in the quota's flag columns count when it names some
 * (the book "Những bông hoa đẹp"). `index` is `indexNominees(nominations)`, made once by a
 * caller counting many quotas over the same rows.
 */
export const evaluateQuota = (
  quota: Quota,
  plan: Plan,
  nominations: readonly (Nomination & { valid?: boolean })[],
  subject: QuotaSubject,
  index: NomineeIndex = indexNominees(nominations),
): QuotaResult[] => {
  const kinds = quota.kinds;
  const inKind: number[] = [];
  for (let i = 0; i < nominations.length; i++) {
    const n = nominations[i] as Nomination;
    if (!kinds || (n.kind !== null && kinds.includes(n.kind))) inKind.push(i);
  }
  const byLevel = levelFilterOf(quota, plan, nominations);
  const hosted = hostedMovementsOf(quota, plan, subject.scope);
  const flags = quota.scope.flags;
  const dueDate = makeDueDate(quota, subject.year);
  const results: QuotaResult[] = [];
  for (const group of groupsOf(quota, plan)) {
    for (const slice of slicePeriods(quota, plan, subject.year)) {
      // Counted once among the rows registered; those are distinct already, so the valid ones among them are too.
      const isFirst = makeOnceCounter(nominations, index);
      let registered = 0;
      let late = 0;
      let uncapped = 0;
      const counted: Nomination[] = [];
      const levelCount = byLevel?.count();
      for (let k = 0; k < inKind.length; k++) {
        const i = inKind[k] as number;
        const n = nominations[i] as Nomination & { valid?: boolean };
        if (!group.pick(n) || !slice.pick(n)) continue;
        if (byLevel && levelCount) {
          const level = byLevel.levels[i] ?? null;
          if (level === null) levelCount.notGiven++;
          else if (level === UNKNOWN_LEVEL) levelCount.unknown++;
          if (level === null ? !byLevel.notGivenCounted : !byLevel.wanted.has(level)) continue;
        }
        if (flags && !flags.every((f) => isYesMark(n.marks[f] ?? ""))) continue;
        if (!isFirst(i)) continue;
        registered++;
        const date = quota.deadline && n.date ? parseDmy(n.date) : null;
        const due = date ? dueDate(n, date) : null;
        if (date && due && date.getTime() > due.getTime()) {
          late++;
          continue;
        }
        if (hosted !== null && n.movement !== undefined && hosted.has(n.movement)) uncapped++;
        if (n.valid !== false) counted.push(n);
      }
      const m = measure(quota, counted, registered, subject.staff, uncapped);
      const r: QuotaResult = { ruleId: quota.id, text: quota.text, scope: subject.scope, period: slice.label, ...m };
      if (group.label !== undefined) r.group = group.label;
      if (levelCount) r.proposedLevel = levelCount;
      if (late > 0) r.late = { count: late, deadline: quota.deadline ?? "" };
      if (uncapped > 0) r.uncapped = uncapped;
      if (slice.missing !== undefined) Object.assign(r, { missing: slice.missing, met: null, required: null, shortfall: 0 });
      results.push(r);
    }
  }
  return results;
};
