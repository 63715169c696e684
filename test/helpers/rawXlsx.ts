import { strToU8, zipSync } from "fflate";

/**
 * An .xlsx assembled from hand-written parts, the way other programs write them: the tests of our
 * own reader control every byte of the XML (prefixes, part paths, encodings) that exceljs would
 * otherwise write its own way.
 */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = `${REL_NS}/`;

export interface RawSheet {
  name: string;
  /** The whole worksheet part; `sheetXml()` builds one from sheetData content. */
  xml: string | Uint8Array;
  state?: "hidden" | "veryHidden";
}

export interface RawWorkbookOptions {
  sheets: RawSheet[];
  sharedStrings?: string[];
  /** The whole styles part; omitted for none. */
  stylesXml?: string;
  date1904?: boolean;
  /** Where the workbook part lives (Excel: xl/workbook.xml). */
  workbookPath?: string;
  /** Targets written absolute ("/xl/worksheets/sheet1.xml"), as some writers do. */
  absoluteTargets?: boolean;
  /** Extra entries added to the zip as they are. */
  extraParts?: Record<string, string>;
  /** Extra sheets in workbook.xml pointing at a chart sheet part. */
  chartSheetName?: string;
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A worksheet part around `sheetData` content (and anything to follow it, such as mergeCells). */
export const sheetXml = (sheetData: string, after = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

/** A styles part: fonts by name, number formats by code, and cell styles as [numFmtId, fontId]. */
export const stylesXml = (fonts: string[], formats: Record<number, string>, xfs: [number, number][]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="${Object.keys(formats).length}">${Object.entries(formats)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join("")}</numFmts>` +
  `<fonts count="${fonts.length}">${fonts.map((f) => `<font><sz val="12"/><name val="${escapeXml(f)}"/></font>`).join("")}</fonts>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>` +
  `<cellXfs count="${xfs.length}">${xfs.map(([n, f]) => `<xf numFmtId="${n}" fontId="${f}" xfId="0"/>`).join("")}</cellXfs>` +
  `<dxfs count="1"><dxf><font><name val="Wingdings"/></font><numFmt numFmtId="200" formatCode="dd/mm/yyyy"/></dxf></dxfs></styleSheet>`;

export const buildRawXlsx = (o: RawWorkbookOptions): Uint8Array => {
  const workbookPath = o.workbookPath ?? "xl/workbook.xml";
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const target = (path: string): string => (o.absoluteTargets ? `/${folder}${path}` : path);
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const sheetEntries: string[] = [];
  o.sheets.forEach((sheet, i) => {
    const part = `worksheets/sheet${i + 1}.xml`;
    files[`${folder}${part}`] = typeof sheet.xml === "string" ? strToU8(sheet.xml) : sheet.xml;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL_TYPE}worksheet" Target="${target(part)}"/>`);
    sheetEntries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`);
  });
  if (o.chartSheetName) {
    files[`${folder}chartsheets/sheet1.xml`] = strToU8(`<chartsheet xmlns="${MAIN_NS}"/>`);
    rels.push(`<Relationship Id="rIdChart" Type="${REL_TYPE}chartsheet" Target="${target("chartsheets/sheet1.xml")}"/>`);
    sheetEntries.push(`<sheet name="${escapeXml(o.chartSheetName)}" sheetId="99" r:id="rIdChart"/>`);
  }
  if (o.sharedStrings) {
    files[`${folder}sharedStrings.xml`] = strToU8(
      `<sst xmlns="${MAIN_NS}" count="${o.sharedStrings.length}">${o.sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)).join("")}</sst>`,
    );
    rels.push(`<Relationship Id="rIdS" Type="${REL_TYPE}sharedStrings" Target="${target("sharedStrings.xml")}"/>`);
  }
  if (o.stylesXml) {
    files[`${folder}styles.xml`] = strToU8(o.stylesXml);
    rels.push(`<Relationship Id="rIdSt" Type="${REL_TYPE}styles" Target="${target("styles.xml")}"/>`);
  }
  files[workbookPath] = strToU8(
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr${o.date1904 ? ' date1904="1"' : ""}/><sheets>${sheetEntries.join("")}</sheets></workbook>`,
  );
  files[`${folder}_rels/${workbookPath.slice(folder.length)}.rels`] = strToU8(`<Relationships xmlns="${PKG_REL_NS}">${rels.join("")}</Relationships>`);
  files["_rels/.rels"] = strToU8(`<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_TYPE}officeDocument" Target="${workbookPath}"/></Relationships>`);
  files["[Content_Types].xml"] = strToU8(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  for (const [name, text] of Object.entries(o.extraParts ?? {})) files[name] = strToU8(text);
  return zipSync(files);
};
