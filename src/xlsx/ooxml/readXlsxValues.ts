import type { SheetValues } from "../../core/model";
import { detectEncodingFromFont } from "../../core/text/legacy";
import { readSheetXml, type SheetContext } from "./readSheetXml";
import { findWorkbookPart, hasRelationshipType, readCellStyles, readRelationships, readSharedStrings, readWorkbookEntry } from "./workbookParts";
import type { ZipEntryInfo } from "../inspectZip";
import { openZipParts, type InflateRaw } from "./zipParts";

/**
 * Reads the values of every worksheet of an .xlsx straight from its XML: the workbook, its
 * relationships, shared strings, cell styles (number formats and fonts) and each sheet once,
 * nothing else (no drawings, no themes, no model of the formatting). Chart sheets are left out.
 * Cells' font names are kept only in a workbook whose styles name a legacy font.
 * Throws on a part that is not well-formed enough to read; the caller says what that means to
 * the user.
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
  };
  const values: SheetValues[] = [];
  for (const sheet of sheets) {
    if (sheet.part === null) continue;
    const xml = zip.text(sheet.part);
    if (xml !== null) values.push(readSheetXml(xml, sheet.name, sheet.hidden, context));
  }
  return values;
};
