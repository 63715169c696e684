import { escapeXml, newPartText, type Edit, type PartText } from "./partText";
import { scanXml } from "./scanXml";
import { prefixBoundTo, prefixOf, readTagAttributes, rewriteStartTag } from "./xmlTags";

/**
 * The package-wide parts a marked copy changes: a part's relationships, the content types, and
 * the workbook part (a sheet added, the tab it opens on, the rows a sheet prints on every page).
 * Each is edited in place; what else they hold is kept.
 */

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export const RELATIONSHIP_TYPES = {
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
} as const;

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

/** The target of a relationship from `from` to `to` (both part paths), relative as writers make them. */
export const relativeTarget = (from: string, to: string): string => {
  const fromDirs = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common]?.toLowerCase() === toParts[common]?.toLowerCase()) common++;
  return [...fromDirs.slice(common).map(() => ".."), ...toParts.slice(common)].join("/");
};

/** A relationships part (or a new one, `part` null) with relationships added under ids the caller chose unused. */
export const addRelationships = (part: PartText | null, rels: readonly { id: string; type: string; target: string }[]): Uint8Array => {
  const source = part ?? newPartText(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}"></Relationships>`);
  let p = "";
  let depth = 0;
  let rootCloseStart = -1;
  let root: { start: number; end: number; selfClosing: boolean } | null = null;
  scanXml(source.text, {
    open: (_name, _a, selfClosing, start, end) => {
      if (depth === 0) {
        p = prefixOf(source.text.slice(start, end));
        root = { start, end, selfClosing };
      }
      if (!selfClosing) depth++;
    },
    close: (_name, start) => {
      depth--;
      if (depth === 0) rootCloseStart = start;
    },
  });
  const xml = rels.map((r) => `<${p}Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`).join("");
  const r = root as { start: number; end: number; selfClosing: boolean } | null;
  if (!r) throw new Error("relationships part has no root element");
  const edit: Edit = r.selfClosing
    ? { start: r.start, end: r.end, insert: `${rewriteStartTag(source.slice(r.start, r.end), {}, false)}${xml}</${p}Relationships>` }
    : { start: rootCloseStart, end: rootCloseStart, insert: xml };
  return source.build([edit]);
};

/** `[Content_Types].xml` with overrides for new parts and defaults for new extensions, unless already there. */
export const addContentTypes = (part: PartText, overrides: readonly { partName: string; contentType: string }[], defaults: readonly { extension: string; contentType: string }[]): Uint8Array | null => {
  const known = new Set<string>();
  let p = "";
  let depth = 0;
  let rootCloseStart = -1;
  scanXml(part.text, {
    open: (name, _a, selfClosing, start, end) => {
      if (depth === 0) p = prefixOf(part.text.slice(start, end));
      else if (name === "Default" || name === "Override") {
        const a = new Map(readTagAttributes(part.slice(start, end)));
        known.add(name === "Default" ? `default:${(a.get("Extension") ?? "").toLowerCase()}` : `override:${(a.get("PartName") ?? "").toLowerCase()}`);
      }
      if (!selfClosing) depth++;
    },
    close: (_name, start) => {
      depth--;
      if (depth === 0) rootCloseStart = start;
    },
  });
  const xml = [
    ...defaults.filter((d) => !known.has(`default:${d.extension.toLowerCase()}`)).map((d) => `<${p}Default Extension="${escapeXml(d.extension)}" ContentType="${escapeXml(d.contentType)}"/>`),
    ...overrides.filter((o) => !known.has(`override:${o.partName.toLowerCase()}`)).map((o) => `<${p}Override PartName="${escapeXml(o.partName)}" ContentType="${escapeXml(o.contentType)}"/>`),
  ].join("");
  if (xml === "" || rootCloseStart < 0) return null;
  return part.build([{ start: rootCloseStart, end: rootCloseStart, insert: xml }]);
};

export interface WorkbookChange {
  /** A sheet element to add at the end of the tabs. */
  addSheet: { name: string; relId: string } | null;
  /** An existing sheet (by tab index) to show, its state cleared. */
  showSheet: number | null;
  /** The tab the workbook opens on. */
  activeTab: number;
  /** Rows that sheet `sheetIndex` prints on every page (`'Sheet'!$5:$5`). */
  printTitles: { sheetIndex: number; formula: string } | null;
  /** Workbook-level names to set (the mark of the results sheet: `DienHinh_KetQuaKiemTra`), replacing one of the same name. */
  names?: readonly { name: string; formula: string }[];
}

/** A defined name to set: its content replaced where the workbook has it, else added. */
interface NameToSet {
  name: string;
  localSheetId: string | null;
  formula: string;
}

const namesToSet = (change: WorkbookChange): NameToSet[] => [
  ...(change.printTitles ? [{ name: "_xlnm.Print_Titles", localSheetId: String(change.printTitles.sheetIndex), formula: change.printTitles.formula }] : []),
  ...(change.names ?? []).map((n) => ({ name: n.name, localSheetId: null, formula: n.formula })),
];

/** Elements of a workbook part that come after `definedNames` (ECMA-376 part 1, CT_Workbook). */
const AFTER_DEFINED_NAMES = new Set(["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]);

interface Range {
  start: number;
  end: number;
  selfClosing: boolean;
  closeStart: number;
}

/** The workbook part with `change` made. */
export const patchWorkbookXml = (part: PartText, change: WorkbookChange): Uint8Array => {
  const text = part.text;
  let p = "";
  let rel: string | null = null;
  let depth = 0;
  let rootCloseStart = -1;
  let sheets: Range | null = null;
  const sheetTags: { start: number; end: number }[] = [];
  let maxSheetId = 0;
  let bookViews: Range | null = null;
  let workbookView: { start: number; end: number } | null = null;
  let definedNames: Range | null = null;
  let afterDefinedNames = -1;
  const wanted = namesToSet(change);
  const found = new Map<NameToSet, { contentStart: number; contentEnd: number }>();
  let inName: { contentStart: number; contentEnd: number } | null = null;
  const edits: Edit[] = [];
  scanXml(text, {
    open: (name, _a, selfClosing, start, end) => {
      const range = { start, end, selfClosing, closeStart: start };
      if (depth === 0) {
        p = prefixOf(text.slice(start, end));
        rel = prefixBoundTo(part.slice(start, end), REL_NS);
      } else if (depth === 1) {
        if (name === "sheets") sheets = range;
        else if (name === "bookViews") bookViews = range;
        else if (name === "definedNames") definedNames = range;
        else if (AFTER_DEFINED_NAMES.has(name) && afterDefinedNames < 0) afterDefinedNames = start;
      } else if (depth === 2 && name === "sheet") {
        sheetTags.push({ start, end });
        const id = Number(readTagAttributes(part.slice(start, end)).find(([k]) => k === "sheetId")?.[1]);
        if (Number.isInteger(id) && id > maxSheetId) maxSheetId = id;
      } else if (depth === 2 && name === "workbookView" && workbookView === null) workbookView = { start, end };
      else if (depth === 2 && name === "definedName" && wanted.length > 0 && !selfClosing) {
        const a = new Map(readTagAttributes(part.slice(start, end)));
        // Defined names ignore case; a name is the same when it is set for the same sheet (or the workbook).
        const match = wanted.find((w) => a.get("name")?.toLowerCase() === w.name.toLowerCase() && (a.get("localSheetId") ?? null) === w.localSheetId);
        if (match && !found.has(match)) {
          inName = { contentStart: end, contentEnd: end };
          found.set(match, inName);
        }
      }
      if (!selfClosing) depth++;
    },
    close: (name, start) => {
      depth--;
      if (depth === 0) rootCloseStart = start;
      else if (depth === 1 && name === "sheets" && sheets) sheets.closeStart = start;
      else if (depth === 1 && name === "definedNames" && definedNames) definedNames.closeStart = start;
      else if (depth === 2 && inName) {
        inName.contentEnd = start;
        inName = null;
      }
    },
  });
  const s = sheets as Range | null;
  if (!s || s.selfClosing) throw new Error("workbook part lists no sheets");
  if (change.addSheet) {
    const id = rel ? `${rel}id` : `xmlns:r="${REL_NS}" r:id`;
    edits.push({ start: s.closeStart, end: s.closeStart, insert: `<${p}sheet name="${escapeXml(change.addSheet.name)}" sheetId="${maxSheetId + 1}" ${id}="${change.addSheet.relId}"/>` });
  }
  const shown = change.showSheet !== null ? sheetTags[change.showSheet] : undefined;
  if (shown) edits.push({ start: shown.start, end: shown.end, insert: rewriteStartTag(part.slice(shown.start, shown.end), { state: null }) });
  const view = workbookView as { start: number; end: number } | null;
  if (view) {
    const firstSheet = Number(readTagAttributes(part.slice(view.start, view.end)).find(([k]) => k === "firstSheet")?.[1] ?? 0);
    edits.push({ start: view.start, end: view.end, insert: rewriteStartTag(part.slice(view.start, view.end), { activeTab: String(change.activeTab), ...(firstSheet > change.activeTab ? { firstSheet: "0" } : {}) }) });
  } else {
    const views = bookViews as Range | null;
    const viewXml = `<${p}workbookView activeTab="${change.activeTab}"/>`;
    if (views && !views.selfClosing) edits.push({ start: views.end, end: views.end, insert: viewXml });
    else if (views) edits.push({ start: views.start, end: views.end, insert: `<${p}bookViews>${viewXml}</${p}bookViews>` });
    else edits.push({ start: s.start, end: s.start, insert: `<${p}bookViews>${viewXml}</${p}bookViews>` });
  }
  const toAdd: string[] = [];
  for (const w of wanted) {
    const existing = found.get(w);
    if (existing) edits.push({ start: existing.contentStart, end: existing.contentEnd, insert: escapeXml(w.formula) });
    else toAdd.push(`<${p}definedName name="${escapeXml(w.name)}"${w.localSheetId !== null ? ` localSheetId="${w.localSheetId}"` : ""}>${escapeXml(w.formula)}</${p}definedName>`);
  }
  if (toAdd.length > 0) {
    const nameXml = toAdd.join("");
    const names = definedNames as Range | null;
    if (names && !names.selfClosing) edits.push({ start: names.closeStart, end: names.closeStart, insert: nameXml });
    else if (names) edits.push({ start: names.start, end: names.end, insert: `<${p}definedNames>${nameXml}</${p}definedNames>` });
    else {
      const at = afterDefinedNames >= 0 ? afterDefinedNames : rootCloseStart;
      edits.push({ start: at, end: at, insert: `<${p}definedNames>${nameXml}</${p}definedNames>` });
    }
  }
  return part.build(edits);
};
