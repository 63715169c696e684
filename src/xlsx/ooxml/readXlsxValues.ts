import type { SheetValues } from "../../core/model";
import { detectEncodingFromFont } from "../../core/text/legacy";
import { ContentProblemError } from "./contentProblem";
import { readSheetXml, type SheetContext } from "./readSheetXml";
import { WORKBOOK_CELL_BUDGET } from "./sheetExtent";
import { findWorkbookPart, hasRelationshipType, readCellStyles, readRelationships, readSharedStrings, readWorkbookEntry } from "./workbookParts";
import type { ZipEntryInfo } from "../inspectZip";
import { openZipParts, type InflateRaw } from "./zipParts";

/**
 * Reads the values of every worksheet of an .xlsx straight from its XML: the workbook, its
 * relationships, shared strings, cell styles (number formats and fonts) and each sheet once,
 * nothing else (no drawings, no themes, no model of the formatting). Chart sheets are left out.
 * Cells' font names are kept only in a workbook whose styles name a legacy font.
 * Throws on a part that is not well-formed enough to read; the caller says what that means to
 * the user. Throws ContentProblemError for what it refuses on purpose: two sheets on one part
 * (each would be read again: 200 of them made 2.8 GB of a 147 KB file), and what readSheetXml
 * refuses.
 */
export const readXlsxSheetValues = (bytes: Uint8Array, inflateRaw?: InflateRaw, entries?: readonly ZipEntryInfo[]): SheetValues[] => {
  const zip = openZipParts(bytes, inflateRaw, entries);
  const workbookPart = findWorkbookPart(zip);
  const rels = readRelationships(zip, workbookPart);
  const partOf = (kind: string): string | null => {
    for (const rel of rels.values()) if (!rel.external && hasRelationshipType(rel, kind)) return rel.target;
    return null;
  };
  const { sheets, date1904 } = readWorkbookEntry(zip, workbookPart, rels);
  const sharedStringsPart = partOf("sharedStrings");
  const stylesPart = partOf("styles");
  const styles = readCellStyles(stylesPart ? zip.text(stylesPart) : null);
  const context: SheetContext = {
    sharedStrings: readSharedStrings(sharedStringsPart ? zip.text(sharedStringsPart) : null),
    styles,
    date1904,
    fontsMatter: styles.some((s) => detectEncodingFromFont(s.font) !== null),
    budget: { remaining: WORKBOOK_CELL_BUDGET },
  };
  const sheetOfPart = new Map<string, string>();
  for (const sheet of sheets) {
    if (sheet.part === null) continue;
    const key = sheet.part.toLowerCase();
    const other = sheetOfPart.get(key);
    if (other !== undefined) throw new ContentProblemError({ code: "xlsx/shared-sheet-part", sheet: other, actual: sheet.name, entry: sheet.part });
    sheetOfPart.set(key, sheet.name);
  }
  const values: SheetValues[] = [];
  for (const sheet of sheets) {
    if (sheet.part === null) continue;
    const xml = zip.text(sheet.part);
    if (xml !== null) values.push(readSheetXml(xml, sheet.name, sheet.hidden, context));
  }
  return values;
};
