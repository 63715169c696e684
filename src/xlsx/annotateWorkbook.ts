import { inflateSync } from "fflate";
import type { CheckReport } from "../core/check/report";
import type { Layout } from "../core/layout/types";
import { FileProblemError } from "../core/files/fileProblems";
import { OWN_SHEET_NAMES, toOwnSheetReference } from "../core/ownOutput/ownSheets";
import { inspectSpreadsheetBytes } from "./inspectFileBytes";
import type { ZipEntryInfo } from "./inspectZip";
import { chooseSheetNameAmong } from "./layoutCells";
import { ContentProblemError } from "./ooxml/contentProblem";
import { layoutToWorksheetXml } from "./ooxml/layoutSheetXml";
import { addToComments, addToVml, blocksFor, newCommentsXml, newNotesVml, readVmlIdBlocks, type Note } from "./ooxml/notesParts";
import { addContentTypes, addRelationships, CONTENT_TYPES, patchWorkbookXml, RELATIONSHIP_TYPES, relativeTarget } from "./ooxml/packagePatch";
import { openPartText, type PartText } from "./ooxml/partText";
import { parseCellReference } from "./ooxml/readSheetXml";
import { MAX_COLUMNS, MAX_ROWS } from "./ooxml/sheetExtent";
import { patchWorksheet, type CellMark } from "./ooxml/sheetPatch";
import { openNewStylesPatch, openStylesPatch } from "./ooxml/stylesPatch";
import { findWorkbookPart, hasRelationshipType, readRelationships, readWorkbookEntry, relationshipsPathOf, type Relationship } from "./ooxml/workbookParts";
import { openZipParts, type ZipParts } from "./ooxml/zipParts";
import { copiedEntry, deflatedEntry, dosTimeNow, writeZip, type ZipOutEntry } from "./ooxml/zipWrite";

/**
 * The marked copy of a unit's workbook (`check --out`), made from the package that was checked:
 * the same parts, found the same way as the reader finds them (src/xlsx/ooxml/workbookParts.ts),
 * with failing cells filled (red for errors, yellow for warnings), a note on each giving the
 * reasons, and the results sheet added and opened on. Only the parts that must change are
 * rewritten, in place (the sheets marked, their notes, styles, the workbook and its
 * relationships, the content types); every other part is copied byte for byte. Nothing goes
 * through another reader's model, so a file that was checked is a file that can be marked: what
 * cannot be is refused with a sentence naming the part.
 */

const FILLS = {
  error: { fill: "FFFFC7CE", font: "FF9C0006" },
  warning: { fill: "FFFFEB9C", font: "FF9C5700" },
} as const;

/** Written as the notes' author. */
const NOTES_AUTHOR = "Điển hình";

type Severity = keyof typeof FILLS;

interface MarkedCell {
  row: number;
  col: number;
  severity: Severity;
  messages: string[];
}

/** A part's bytes, inflated to exactly the size the zip's directory gives, or the part is refused. */
const inflateExactly = (bytes: Uint8Array, e: ZipEntryInfo): Uint8Array => {
  const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const refuse = (): never => {
    throw new ContentProblemError({ code: "xlsx/cannot-mark", entry: e.name });
  };
  if (e.method === 0) return e.compressedSize === e.uncompressedSize ? data : refuse();
  if (e.method !== 8) return refuse();
  let out: Uint8Array;
  try {
    // One byte more than declared: a part holding more than its directory says is found out.
    out = inflateSync(data, { out: new Uint8Array(e.uncompressedSize + 1) });
  } catch {
    return refuse();
  }
  return out.length === e.uncompressedSize ? out : refuse();
};

/** Each report sheet's failing cells, by the part of the sheet they are on. */
const cellsByPart = (report: CheckReport, sheets: readonly { name: string; part: string | null }[]): Map<string, MarkedCell[]> => {
  const out = new Map<string, MarkedCell[]>();
  for (const s of report.sheets) {
    const matches = sheets.filter((e) => e.part !== null && e.name === s.sheet);
    if (matches.length > 1) throw new ContentProblemError({ code: "xlsx/duplicate-sheet-name", sheet: s.sheet });
    const part = matches[0]?.part;
    if (!part) continue;
    const byCell = new Map<string, MarkedCell>();
    for (const f of s.findings) {
      const at = f.cell !== undefined ? parseCellReference(f.cell) : null;
      if (!at || at.col > MAX_COLUMNS || at.row > MAX_ROWS) continue;
      const key = `${at.row}:${at.col}`;
      const cell = byCell.get(key) ?? { row: at.row, col: at.col, severity: f.severity, messages: [] };
      if (f.severity === "error") cell.severity = "error";
      cell.messages.push(f.message);
      byCell.set(key, cell);
    }
    if (byCell.size > 0) out.set(part, [...byCell.values()]);
  }
  return out;
};

/** Everything the copy changes: parts rewritten (by lower-case name), parts dropped, parts added. */
interface CopyPlan {
  changed: Map<string, Uint8Array>;
  removed: Set<string>;
  added: { name: string; content: Uint8Array }[];
  overrides: { partName: string; contentType: string }[];
  defaults: { extension: string; contentType: string }[];
}

/** New part names, none equal (in any case) to a part of the zip or another new one. */
const makeNamer = (entries: readonly ZipEntryInfo[]): ((pattern: (n: number) => string) => string) => {
  const taken = new Set(entries.map((e) => e.name.toLowerCase()));
  return (pattern) => {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
};

/** Relationship ids not yet used by `rels`. */
const freshIds = (rels: ReadonlyMap<string, Relationship>): (() => string) => {
  const taken = new Set([...rels.keys()].map((k) => k.toLowerCase()));
  let n = 1;
  return () => {
    while (taken.has(`riddh${n}`)) n++;
    taken.add(`riddh${n}`);
    return `rIdDh${n}`;
  };
};

const markPackage = (bytes: Uint8Array, entries: readonly ZipEntryInfo[], report: CheckReport, layout: Layout, work: { part: string }): Uint8Array => {
  const zip: ZipParts = openZipParts(bytes, undefined, entries);
  const textOf = (name: string): PartText => {
    work.part = name;
    const e = zip.entry(name);
    if (!e) throw new ContentProblemError({ code: "xlsx/cannot-mark", entry: name });
    return openPartText(inflateExactly(bytes, e));
  };
  const plan: CopyPlan = { changed: new Map(), removed: new Set(), added: [], overrides: [], defaults: [] };
  const change = (name: string, content: Uint8Array): void => void plan.changed.set(name.toLowerCase(), content);
  const freshName = makeNamer(entries);

  work.part = "_rels/.rels";
  const workbookPart = findWorkbookPart(zip);
  work.part = workbookPart;
  const workbookRels = readRelationships(zip, workbookPart);
  const { sheets, date1904 } = readWorkbookEntry(zip, workbookPart, workbookRels);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const marked = cellsByPart(report, sheets);

  const stylesRel = [...workbookRels.values()].find((r) => !r.external && hasRelationshipType(r, "styles") && zip.has(r.target));
  const styles = stylesRel ? openStylesPatch(textOf(stylesRel.target)) : openNewStylesPatch();
  const styleMemo = new Map<string, number>();
  const markedStyle = (base: number, severity: Severity): number => {
    const key = `${base}|${severity}`;
    let s = styleMemo.get(key);
    if (s === undefined) styleMemo.set(key, (s = styles.markedStyle(base, FILLS[severity].fill, FILLS[severity].font)));
    return s;
  };

  let nextBlock = 1;
  for (const e of entries) {
    if (!/\.vml$/i.test(e.name)) continue;
    try {
      for (const block of readVmlIdBlocks(textOf(e.name).text)) nextBlock = Math.max(nextBlock, block + 1);
    } catch {
      // A drawing that cannot be read claims no block we know of.
    }
  }

  for (const [part, cells] of marked) {
    const relsPath = relationshipsPathOf(part);
    work.part = relsPath;
    const sheetRels = readRelationships(zip, part);
    const nextId = freshIds(sheetRels);
    const toAdd: { id: string; type: string; target: string }[] = [];
    const notes: Note[] = cells.map((c) => ({ row: c.row, col: c.col, text: c.messages.join("\n") }));
    const marks: CellMark[] = cells.map((c) => ({ row: c.row, col: c.col, restyle: (current) => markedStyle(current, c.severity) }));
    const patched = patchWorksheet(textOf(part), {
      marks,
      unselectTab: true,
      legacyDrawing: (existing) => {
        const comments = [...sheetRels.values()].find((r) => !r.external && hasRelationshipType(r, "comments") && zip.has(r.target));
        const drawing = existing !== null ? sheetRels.get(existing) : undefined;
        const drawingPart = drawing && !drawing.external && zip.has(drawing.target) ? drawing.target : null;
        // A drawing of its own the notes cannot be added to: the cells are filled, the reasons are on the results sheet.
        if (existing !== null && drawingPart === null) return null;
        if (drawingPart !== null) {
          const vml = addToVml(textOf(drawingPart), notes);
          if (!vml) return null;
          change(drawingPart, vml);
        }
        if (comments) change(comments.target, addToComments(textOf(comments.target), notes, NOTES_AUTHOR));
        else {
          const name = freshName((n) => `${folder}comments${n}.xml`);
          plan.added.push({ name, content: new TextEncoder().encode(newCommentsXml(notes, NOTES_AUTHOR)) });
          plan.overrides.push({ partName: `/${name}`, contentType: CONTENT_TYPES.comments });
          toAdd.push({ id: nextId(), type: RELATIONSHIP_TYPES.comments, target: relativeTarget(part, name) });
        }
        if (drawingPart !== null) return null;
        const name = freshName((n) => `${folder}drawings/vmlDrawing${n}.vml`);
        plan.added.push({ name, content: new TextEncoder().encode(newNotesVml(notes, nextBlock)) });
        nextBlock += blocksFor(notes.length);
        plan.defaults.push({ extension: "vml", contentType: CONTENT_TYPES.vmlDrawing });
        const id = nextId();
        toAdd.push({ id, type: RELATIONSHIP_TYPES.vmlDrawing, target: relativeTarget(part, name) });
        return id;
      },
    });
    if (patched) change(part, patched);
    if (toAdd.length > 0) {
      const relsEntry = zip.entry(relsPath);
      const rels = addRelationships(relsEntry ? textOf(relsPath) : null, toAdd);
      if (relsEntry) change(relsPath, rels);
      else plan.added.push({ name: relsPath, content: rels });
    }
  }

  // The workbook opens on the results sheet: no other tab stays selected (two would be grouped).
  for (const s of sheets) {
    if (s.target === null || marked.has(s.target)) continue;
    const text = textOf(s.target);
    if (!text.text.includes("tabSelected")) continue;
    const unselected = patchWorksheet(text, { marks: [], unselectTab: true });
    if (unselected) change(s.target, unselected);
  }

  addResultsSheet(zip, { workbookPart, folder, sheets, date1904, workbookRels, report, layout, styles, plan, freshName, textOf, change });

  if (zip.has("[Content_Types].xml")) {
    const types = addContentTypes(textOf("[Content_Types].xml"), plan.overrides, plan.defaults);
    if (types) change("[Content_Types].xml", types);
  }
  const modified = dosTimeNow();
  const out: ZipOutEntry[] = [];
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (plan.removed.has(key)) continue;
    const content = plan.changed.get(key);
    out.push(content ? deflatedEntry(e.name, content, modified) : copiedEntry(bytes, e));
  }
  for (const a of plan.added) out.push(deflatedEntry(a.name, a.content, modified));
  return writeZip(out);
};

interface ResultsContext {
  workbookPart: string;
  folder: string;
  sheets: readonly { name: string; part: string | null }[];
  date1904: boolean;
  workbookRels: ReadonlyMap<string, Relationship>;
  report: CheckReport;
  layout: Layout;
  styles: ReturnType<typeof openStylesPatch>;
  plan: CopyPlan;
  freshName: (pattern: (n: number) => string) => string;
  textOf: (name: string) => PartText;
  change: (name: string, content: Uint8Array) => void;
}

/**
 * The results sheet, opened on: a sheet of that name the workbook has (an earlier marked copy's,
 * not a list that was checked) is written over in its place; else one is added at the end.
 */
const addResultsSheet = (zip: ZipParts, c: ResultsContext): void => {
  const checked = new Set(c.report.sheets.map((s) => s.sheet));
  const wanted = c.layout.sheetName.toLocaleLowerCase("vi");
  const reuse = c.sheets.findIndex((s) => s.part !== null && !checked.has(s.name) && s.name.toLocaleLowerCase("vi") === wanted);
  const index = reuse >= 0 ? reuse : c.sheets.length;
  const name = reuse >= 0 ? (c.sheets[reuse]?.name ?? c.layout.sheetName) : chooseSheetNameAmong(c.sheets.map((s) => s.name), c.layout.sheetName);
  const sheet = layoutToWorksheetXml(c.layout, (style) => c.styles.layoutStyle(style), { date1904: c.date1904, selected: true });
  const xml = new TextEncoder().encode(sheet.xml);
  const relsToAdd: { id: string; type: string; target: string }[] = [];
  const nextId = freshIds(c.workbookRels);
  let addSheet: { name: string; relId: string } | null = null;
  const reused = reuse >= 0 ? c.sheets[reuse]?.part : null;
  if (reused) {
    c.change(reused, xml);
    // Its old notes and drawings belonged to the old results.
    c.plan.removed.add(relationshipsPathOf(reused).toLowerCase());
  } else {
    const part = c.freshName((n) => `${c.folder}worksheets/sheet${n}.xml`);
    c.plan.added.push({ name: part, content: xml });
    c.plan.overrides.push({ partName: `/${part}`, contentType: CONTENT_TYPES.worksheet });
    addSheet = { name, relId: nextId() };
    relsToAdd.push({ id: addSheet.relId, type: RELATIONSHIP_TYPES.worksheet, target: relativeTarget(c.workbookPart, part) });
  }
  const stylesBytes = c.styles.build();
  const stylesRel = [...c.workbookRels.values()].find((r) => !r.external && hasRelationshipType(r, "styles") && zip.has(r.target));
  if (stylesBytes && stylesRel) c.change(stylesRel.target, stylesBytes);
  else if (stylesBytes) {
    const part = c.freshName((n) => `${c.folder}styles${n === 1 ? "" : n}.xml`);
    c.plan.added.push({ name: part, content: stylesBytes });
    c.plan.overrides.push({ partName: `/${part}`, contentType: CONTENT_TYPES.styles });
    relsToAdd.push({ id: nextId(), type: RELATIONSHIP_TYPES.styles, target: relativeTarget(c.workbookPart, part) });
  }
  if (relsToAdd.length > 0) {
    const relsPath = relationshipsPathOf(c.workbookPart);
    const exists = zip.entry(relsPath);
    const rels = addRelationships(exists ? c.textOf(relsPath) : null, relsToAdd);
    if (exists) c.change(relsPath, rels);
    else c.plan.added.push({ name: relsPath, content: rels });
  }
  c.change(
    c.workbookPart,
    patchWorkbookXml(c.textOf(c.workbookPart), {
      addSheet,
      showSheet: reuse >= 0 ? reuse : null,
      activeTab: index,
      printTitles: sheet.printTitles ? { sheetIndex: index, formula: `'${name.replace(/'/g, "''")}'!${sheet.printTitles}` } : null,
      // The results sheet is the product's own: read back as input, it is never taken for a list.
      names: [{ name: OWN_SHEET_NAMES["check-result"], formula: toOwnSheetReference(name) }],
    }),
  );
};

/**
 * A copy of the unit's workbook with failing cells filled (red for errors, yellow for
 * warnings), a note on each giving the reasons, and the results sheet added and shown first.
 * The user's values are left as they were; only the copy is changed. Throws a FileProblemError
 * for a file that cannot be marked, naming the part.
 */
export const annotateWorkbookBytes = async (original: ArrayBuffer | Uint8Array, report: CheckReport, resultLayout: Layout): Promise<Uint8Array> => {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  const inspected = await inspectSpreadsheetBytes(bytes, report.file);
  if (inspected.kind !== "xlsx") throw new FileProblemError({ code: "format/text", file: report.file });
  const work = { part: "[Content_Types].xml" };
  try {
    return markPackage(bytes, inspected.entries, report, resultLayout, work);
  } catch (e) {
    if (e instanceof FileProblemError) throw e;
    if (e instanceof ContentProblemError) throw new FileProblemError({ ...e.problem, file: report.file });
    // A part that does not parse where it must be changed: said, naming the part.
    throw new FileProblemError({ code: "xlsx/cannot-mark", file: report.file, entry: work.part });
  }
};
