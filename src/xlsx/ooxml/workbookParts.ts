import { decodeOoxmlText } from "../sanitizeText";
import { isDateFormat } from "./dateFormats";
import { decodeXmlEntities, isTrueAttribute, parseAttributes, prefixedAttribute, scanXml } from "./scanXml";
import type { ZipParts } from "./zipParts";

/**
 * The workbook-wide parts of an .xlsx: where the workbook and its sheets are (relationships),
 * the sheets in tab order, the 1904 date system, the shared strings, and per cell style the
 * number format and font name.
 */

export interface Relationship {
  type: string;
  /** The part it points to, as a path inside the zip. */
  target: string;
  external: boolean;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`; `_rels/.rels` for the package. */
export const relationshipsPathOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** A target relative to the folder of `part` (or absolute from the package root), "../" resolved. */
const resolveTarget = (part: string, target: string): string => {
  const base = target.startsWith("/") ? [] : part.split("/").slice(0, -1);
  for (const segment of target.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
};

/** The relationships of `part` by id; none when it has no relationships part. */
export const readRelationships = (zip: ZipParts, part: string): Map<string, Relationship> => {
  const rels = new Map<string, Relationship>();
  const xml = zip.text(relationshipsPathOf(part));
  if (xml === null) return rels;
  scanXml(xml, {
    open: (name, attributeText) => {
      if (name !== "Relationship") return;
      const a = parseAttributes(attributeText);
      const external = a.TargetMode === "External";
      if (a.Id !== undefined && a.Target !== undefined) rels.set(a.Id, { type: a.Type ?? "", target: external ? a.Target : resolveTarget(part, a.Target), external });
    },
    close: () => undefined,
  });
  return rels;
};

/** Relationship types end the same way in transitional and strict OOXML. */
export const hasRelationshipType = (rel: Relationship, kind: string): boolean => rel.type.endsWith(`/${kind}`);

/** The workbook part: the package's office document, or where Excel puts it. */
export const findWorkbookPart = (zip: ZipParts): string => {
  for (const rel of readRelationships(zip, "").values()) if (hasRelationshipType(rel, "officeDocument") && zip.has(rel.target)) return rel.target;
  return "xl/workbook.xml";
};

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The sheet's part; `null` for a chart sheet or a sheet whose part is missing. */
  part: string | null;
  /** The part the sheet's relationship points to, whatever its kind (a chart sheet's too); `null` when missing. */
  target: string | null;
}

export interface WorkbookEntry {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** The sheets in tab order, with their state, and the date system. */
export const readWorkbookEntry = (zip: ZipParts, workbookPart: string, rels: Map<string, Relationship>): WorkbookEntry => {
  const xml = zip.text(workbookPart);
  if (xml === null) throw new Error("thiếu phần workbook");
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanXml(xml, {
    open: (name, attributeText) => {
      if (name === "workbookPr") date1904 = isTrueAttribute(parseAttributes(attributeText).date1904);
      if (name !== "sheet") return;
      const a = parseAttributes(attributeText);
      const id = prefixedAttribute(a, "id") ?? a.id;
      const rel = id !== undefined ? rels.get(id) : undefined;
      const isWorksheet = rel !== undefined && !rel.external && hasRelationshipType(rel, "worksheet") && zip.has(rel.target);
      const target = rel !== undefined && !rel.external && zip.has(rel.target) ? rel.target : null;
      sheets.push({ name: a.name ?? "", hidden: a.state === "hidden" || a.state === "veryHidden", part: isWorksheet ? rel.target : null, target });
    },
    close: () => undefined,
  });
  return { sheets, date1904 };
};

/**
 * Shared strings in order, as Excel shows them: each item's text runs joined, phonetic runs
 * (`<rPh>`) left out, `_xHHHH_` escapes decoded and characters XML cannot hold dropped.
 */
export const readSharedStrings = (xml: string | null): string[] => {
  const strings: string[] = [];
  if (xml === null) return strings;
  let parts: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open: (name, _a, selfClosing) => {
      if (name === "si") {
        if (selfClosing) strings.push("");
        else {
          inItem = true;
          parts = [];
        }
      } else if (name === "rPh" && !selfClosing) phonetic++;
      else if (name === "t" && !selfClosing && inItem && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === "si") {
        strings.push(decodeOoxmlText(parts.length === 1 ? (parts[0] ?? "") : parts.join("")));
        inItem = false;
      } else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "t") inText = false;
    },
    text: (start, end) => {
      if (inText) parts.push(decodeXmlEntities(xml.slice(start, end)));
    },
    cdata: (text) => {
      if (inText) parts.push(text);
    },
  });
  return strings;
};

export interface CellStyle {
  /** The number format's code ("dd/mm/yyyy", "General"); "" when the style names none. */
  numberFormat: string;
  numberFormatId: number;
  /** Whether the number format shows a date: decided once per format, not per cell. */
  isDate: boolean;
  font: string | null;
}

/** The cell styles (`cellXfs`) in order, each with its number format and font name. */
export const readCellStyles = (xml: string | null): CellStyle[] => {
  if (xml === null) return [];
  const formats = new Map<number, string>();
  const fonts: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = "";
  let inFont = false;
  scanXml(xml, {
    open: (name, attributeText, selfClosing) => {
      if (name === "numFmts" || name === "fonts" || name === "cellXfs" || name === "cellStyleXfs" || name === "dxfs") {
        if (!selfClosing) section = name;
      } else if (name === "numFmt" && section === "numFmts") {
        const a = parseAttributes(attributeText);
        formats.set(Number(a.numFmtId), a.formatCode ?? "");
      } else if (name === "font" && section === "fonts") {
        fonts.push(null);
        inFont = !selfClosing;
      } else if (name === "name" && inFont && section === "fonts") {
        fonts[fonts.length - 1] = parseAttributes(attributeText).val ?? null;
      } else if (name === "xf" && section === "cellXfs") {
        const a = parseAttributes(attributeText);
        xfs.push({ numFmtId: Number(a.numFmtId ?? 0) || 0, fontId: Number(a.fontId ?? 0) || 0 });
      }
    },
    close: (name) => {
      if (name === section) section = "";
      if (name === "font") inFont = false;
    },
  });
  const isDateById = new Map<number, boolean>();
  const isDate = (id: number, code: string): boolean => {
    let known = isDateById.get(id);
    if (known === undefined) isDateById.set(id, (known = isDateFormat(id, code)));
    return known;
  };
  return xfs.map((xf) => {
    const numberFormat = formats.get(xf.numFmtId) ?? "";
    return { numberFormatId: xf.numFmtId, numberFormat, isDate: isDate(xf.numFmtId, numberFormat), font: fonts[xf.fontId] ?? null };
  });
};
