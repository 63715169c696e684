import { collectOwnSheets, type OwnSheet } from "../../core/ownOutput/ownSheets";
import type { ZipEntryInfo } from "../inspectZip";
import { decodeXmlEntities, parseAttributes, scanXml } from "./scanXml";
import { findWorkbookPart, readRelationships, readWorkbookEntry } from "./workbookParts";
import { openZipParts, type InflateRaw } from "./zipParts";

/**
 * The workbook-level defined names of an .xlsx's workbook part, with the text each refers to.
 * Names scoped to one sheet (`localSheetId`: print titles and the like) are left out.
 */
const readWorkbookDefinedNames = (xml: string): { name: string; reference: string }[] => {
  const names: { name: string; reference: string }[] = [];
  let current: { name: string; text: string[] } | null = null;
  scanXml(xml, {
    open: (element, attributeText, selfClosing) => {
      if (element !== "definedName" || selfClosing) return;
      const a = parseAttributes(attributeText);
      current = a.localSheetId === undefined && a.name !== undefined ? { name: a.name, text: [] } : null;
    },
    close: (element) => {
      if (element !== "definedName" || current === null) return;
      names.push({ name: current.name, reference: current.text.join("") });
      current = null;
    },
    text: (start, end) => {
      current?.text.push(decodeXmlEntities(xml.slice(start, end)));
    },
  });
  return names;
};

/**
 * The sheets this product wrote, as the marks in the workbook part say (see
 * core/ownOutput/ownSheets.ts); [] when there are none or the part cannot be read — a workbook
 * without marks is a unit's. Reads only the package's relationships and the workbook part.
 */
export const readOwnSheets = (bytes: Uint8Array, inflateRaw?: InflateRaw, entries?: readonly ZipEntryInfo[]): OwnSheet[] => {
  try {
    const zip = openZipParts(bytes, inflateRaw, entries);
    const workbookPart = findWorkbookPart(zip);
    const xml = zip.text(workbookPart);
    if (xml === null || !xml.includes("definedName")) return [];
    const { sheets } = readWorkbookEntry(zip, workbookPart, readRelationships(zip, workbookPart));
    return collectOwnSheets(readWorkbookDefinedNames(xml), sheets.map((s) => s.name));
  } catch {
    return [];
  }
};
