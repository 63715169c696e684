import { formatPlanCellIssue } from "../../messages/planMessages";
import type { CellScalar, SheetValues, WorkbookValues } from "../../model";
import { toColumnLetter } from "../../read/grid";
import { toMatchKey } from "../../text/normalize";
import { formatPath, validatePlan, type PlanIssue } from "../parsePlan";
import type { Plan } from "../schema";
import { cellText, makeIdFrom, readCell } from "./planCells";
import { FACT_ROWS, FACTS_SHEET, HEADER_ROW, PLAN_LIST_SHEETS, type PlanColumn, type PlanListSheet, type RefList } from "./planSheets";

/**
 * Reads a plan workbook (as `writePlanWorkbook` makes it, then edited by an officer) into the
 * plan's JSON shape and validates it with the plan's one schema. Every problem names its sheet and
 * cell ("Chỉ tiêu!J5: cần một số, đang ghi "hai mươi""): a value a cell cannot hold is found while
 * reading, and each problem the schema finds at a key path is taken back to the cell it came from.
 */

export interface PlanCellProblem {
  sheet: string;
  /** The cell, e.g. "J5"; the header cell for a problem of a whole list. */
  cell: string;
  issue: PlanIssue;
  /** "Chỉ tiêu!J5: cần một số, đang ghi "hai mươi"". */
  message: string;
}

export type PlanWorkbookReading = { ok: true; plan: Plan } | { ok: false; problems: PlanCellProblem[] };

interface CellPlace {
  sheet: string;
  row: number;
  col: number;
}

const addressOf = (p: CellPlace): string => `${toColumnLetter(p.col)}${p.row + 1}`;

/** A reference read from a cell, resolved once every list is known. */
interface PendingRef {
  list: RefList;
  texts: string[];
  multi: boolean;
  set: (value: unknown) => void;
  path: (string | number)[];
}

const setAt = (target: Record<string, unknown>, path: readonly string[], value: unknown): void => {
  let at = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) at[key] = value;
    else {
      const next = at[key];
      if (typeof next !== "object" || next === null) at[key] = {};
      at = at[key] as Record<string, unknown>;
    }
  });
};

const sheetByName = (workbook: WorkbookValues, name: string): SheetValues | undefined => {
  const key = toMatchKey(name);
  return workbook.sheets.find((s) => toMatchKey(s.name) === key);
};

/** The header row of a list sheet: the row among the first ones naming the most of its columns. */
const findHeaderColumns = (sheet: SheetValues, spec: PlanListSheet): { row: number; columns: Map<number, PlanColumn> } => {
  let best = { row: HEADER_ROW - 1, columns: new Map<number, PlanColumn>() };
  const keys = new Map(spec.columns.map((c) => [toMatchKey(c.header), c] as const));
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const columns = new Map<number, PlanColumn>();
    (sheet.rows[r] ?? []).forEach((v, c) => {
      const col = keys.get(toMatchKey(cellText(v)));
      if (col && ![...columns.values()].includes(col)) columns.set(c, col);
    });
    if (columns.size > best.columns.size) best = { row: r, columns };
  }
  return best;
};

class PlanWorkbookReader {
  readonly problems: PlanCellProblem[] = [];
  /** Key path (formatted) → the cell its value came from. */
  readonly places = new Map<string, CellPlace>();
  readonly refs: PendingRef[] = [];
  readonly root: Record<string, unknown> = {};

  constructor(private readonly workbook: WorkbookValues) {}

  problem(place: CellPlace, issue: PlanIssue): void {
    const cell = addressOf(place);
    this.problems.push({ sheet: place.sheet, cell, issue, message: `${place.sheet}!${cell}: ${formatPlanCellIssue(issue)}` });
  }

  /** Reads one cell into `target` at `path`, remembering where the value came from. */
  readInto(target: Record<string, unknown>, fullPath: (string | number)[], path: readonly string[], v: CellScalar | undefined, col: PlanColumn["cell"], place: CellPlace): void {
    const reading = readCell(v, col);
    this.places.set(formatPath(fullPath), place);
    // An object's own problems ("tối thiểu lớn hơn tối đa" on `bound`) go to its first column.
    for (let n = fullPath.length - 1; n > 0; n--) {
      const parent = formatPath(fullPath.slice(0, n));
      if (this.places.has(parent)) break;
      this.places.set(parent, place);
    }
    if (!reading.ok) {
      this.problem(place, reading.issue);
      return;
    }
    if (reading.value === undefined) return;
    if (col.kind === "ref") {
      const texts = Array.isArray(reading.value) ? (reading.value as string[]) : [String(reading.value)];
      this.refs.push({ list: col.list, texts, multi: col.multi, path: fullPath, set: (value) => setAt(target, path, value) });
      texts.forEach((_, i) => this.places.set(formatPath([...fullPath, i]), place));
      return;
    }
    setAt(target, path, reading.value);
  }

  readFacts(): boolean {
    const sheet = sheetByName(this.workbook, FACTS_SHEET);
    if (!sheet) return false;
    const labels = new Map(FACT_ROWS.map((f) => [toMatchKey(f.label), f] as const));
    sheet.rows.forEach((row, r) => {
      const fact = labels.get(toMatchKey(cellText(row[0])));
      if (!fact || fact.cell.kind === "derived") return;
      this.readInto(this.root, [...fact.path], fact.path, row[1], fact.cell, { sheet: sheet.name, row: r, col: 1 });
    });
    return true;
  }

  readList(spec: PlanListSheet): void {
    const sheet = sheetByName(this.workbook, spec.name);
    if (!sheet) return;
    const { row: headerRow, columns } = findHeaderColumns(sheet, spec);
    this.places.set(formatPath([...spec.list]), { sheet: sheet.name, row: headerRow, col: 0 });
    const items: unknown[] = [];
    const itemPlaces: CellPlace[] = [];
    for (let r = headerRow + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const filled = [...columns].some(([c, col]) => col.cell.kind !== "derived" && cellText(row[c]) !== "");
      if (!filled) continue;
      const index = items.length;
      const base = [...spec.list, index];
      const firstColumn = Math.min(...columns.keys());
      this.places.set(formatPath(base), { sheet: sheet.name, row: r, col: firstColumn });
      if (spec.columns.length === 1 && spec.columns[0]?.path.length === 0) {
        // A list of plain texts (the notes): the cell is the item.
        const reading = readCell(row[firstColumn], { kind: "text" });
        if (reading.ok) items.push(reading.value);
        itemPlaces.push({ sheet: sheet.name, row: r, col: firstColumn });
        continue;
      }
      const item: Record<string, unknown> = {};
      for (const [c, col] of columns) this.readInto(item, [...base, ...col.path], col.path, row[c], col.cell, { sheet: sheet.name, row: r, col: c });
      items.push(item);
      itemPlaces.push({ sheet: sheet.name, row: r, col: firstColumn });
    }
    if (spec.nameColumn) this.fillIds(items as Record<string, unknown>[], spec.nameColumn);
    if (items.length > 0) setAt(this.root, spec.list, items);
  }

  /** Rows left without an id get one made from their name, unique in the list. */
  fillIds(items: Record<string, unknown>[], nameColumn: readonly string[]): void {
    const taken = new Set(items.map((i) => i.id).filter((id): id is string => typeof id === "string"));
    for (const item of items) {
      if (typeof item.id === "string") continue;
      const name = nameColumn.reduce<unknown>((at, key) => (typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined), item);
      const base = makeIdFrom(typeof name === "string" ? name : "");
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      item.id = id;
    }
  }

  /** Each reference, by name or id, becomes the id of the item it names in its list. */
  resolveRefs(): void {
    const listOf = (list: RefList): { id: string; name?: string }[] => {
      const items = this.root[list];
      return Array.isArray(items) ? items.filter((x): x is { id: string; name?: string } => typeof x === "object" && x !== null && typeof (x as { id?: unknown }).id === "string") : [];
    };
    const lookups = new Map<RefList, Map<string, string>>();
    const lookup = (list: RefList): Map<string, string> => {
      let map = lookups.get(list);
      if (!map) {
        map = new Map();
        // Names first: an id that happens to read like another item's name does not take its place.
        for (const x of listOf(list)) if (typeof x.name === "string" && !map.has(toMatchKey(x.name))) map.set(toMatchKey(x.name), x.id);
        for (const x of listOf(list)) if (!map.has(toMatchKey(x.id))) map.set(toMatchKey(x.id), x.id);
        lookups.set(list, map);
      }
      return map;
    };
    for (const ref of this.refs) {
      const map = lookup(ref.list);
      const ids = ref.texts.map((text, i) => {
        const id = map.get(toMatchKey(text));
        if (id === undefined) {
          const place = this.places.get(formatPath([...ref.path, i])) ?? this.places.get(formatPath(ref.path));
          const what = ({ levels: "level", unitKinds: "unit-kind", fields: "field", movements: "movement", metrics: "metric", flags: "flag", quotas: "quota" } as const)[ref.list];
          if (place) this.problem(place, { code: "unknown-ref", what, value: text });
        }
        return id;
      });
      if (ids.every((id) => id !== undefined)) ref.set(ref.multi ? ids : ids[0]);
    }
  }

  /** The cell a key path's value came from: the path itself, or the nearest enclosing one. */
  placeOf(path: readonly (string | number)[]): CellPlace {
    for (let n = path.length; n >= 0; n--) {
      const place = this.places.get(formatPath(path.slice(0, n)));
      if (place) return place;
    }
    return { sheet: FACTS_SHEET, row: HEADER_ROW - 1, col: 0 };
  }
}

/** The order problems are listed in: the workbook's sheets, then rows, then columns. */
const sortProblems = (problems: PlanCellProblem[], workbook: WorkbookValues): PlanCellProblem[] => {
  const sheetIndex = (name: string) => workbook.sheets.findIndex((s) => s.name === name);
  const rowOf = (cell: string) => Number(/\d+$/u.exec(cell)?.[0] ?? 0);
  const colOf = (cell: string) => /^[A-Z]+/u.exec(cell)?.[0] ?? "";
  return [...problems].sort((a, b) => sheetIndex(a.sheet) - sheetIndex(b.sheet) || rowOf(a.cell) - rowOf(b.cell) || colOf(a.cell).length - colOf(b.cell).length || colOf(a.cell).localeCompare(colOf(b.cell)));
};

/** Reads and validates a plan workbook; never throws. */
export const readPlanWorkbook = (workbook: WorkbookValues): PlanWorkbookReading => {
  const reader = new PlanWorkbookReader(workbook);
  if (!reader.readFacts()) {
    const issue: PlanIssue = { code: "not-plan-workbook", sheet: FACTS_SHEET };
    return { ok: false, problems: [{ sheet: FACTS_SHEET, cell: "A1", issue, message: formatPlanCellIssue(issue) }] };
  }
  for (const spec of PLAN_LIST_SHEETS) reader.readList(spec);
  const appendix = reader.root.appendix as Record<string, unknown> | undefined;
  // The appendix's kind alone (a leftover dropdown choice) is no table.
  if (appendix && Object.keys(appendix).every((k) => k === "kind")) delete reader.root.appendix;
  reader.resolveRefs();
  const cellProblems = reader.problems;
  const validation = validatePlan(reader.root);
  if (validation.ok && cellProblems.length === 0) return { ok: true, plan: validation.plan };
  // A cell already said to be wrong is not said again by the schema.
  const reported = new Set(cellProblems.map((p) => `${p.sheet}!${p.cell}`));
  const schemaProblems = validation.ok
    ? []
    : validation.issues.flatMap(({ path, issue }) => {
        const place = reader.placeOf(path);
        const cell = addressOf(place);
        if (reported.has(`${place.sheet}!${cell}`)) return [];
        reported.add(`${place.sheet}!${cell}`);
        return [{ sheet: place.sheet, cell, issue, message: `${place.sheet}!${cell}: ${formatPlanCellIssue(issue)}` }];
      });
  return { ok: false, problems: sortProblems([...cellProblems, ...schemaProblems], workbook) };
};
