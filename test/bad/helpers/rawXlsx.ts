import { buildZip, type ZipEntry, type ZipOptions } from "./zipWriter";

/**
 * .xlsx files written as sheet XML by hand, so the bad-input corpus can hold what Excel, WPS and
 * LibreOffice write but exceljs never does: a used range of 1,048,576 rows, shared formulas,
 * error values, the 1904 date system, hidden rows, rich text in the shared strings.
 */

/** A cell written as XML as it stands (`<c r="B7" t="e"><v>#N/A</v></c>`). */
export interface RawCell {
  xml: string;
}
export type CellInput = string | number | null | RawCell;

export interface RawSheet {
  name: string;
  state?: "hidden" | "veryHidden";
  /** The used range the file claims (`<dimension ref>`), whatever its cells. */
  dimension?: string;
  /** Whole `<row>` elements, in order. */
  rows: string[];
  merges?: string[];
  hyperlinks?: { ref: string; target: string }[];
}

export interface RawWorkbook {
  sheets: RawSheet[];
  date1904?: boolean;
  /** `<si>` bodies of the shared string table, for cells written with `sst()`. */
  sharedStrings?: string[];
}

export const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const columnLetter = (i: number): string => (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));

/** Style indexes of styles.xml below: 0 general, 1 date (format 14), 2 a bordered cell with no value. */
export const STYLE_DATE = 1;
export const STYLE_BORDER = 2;

export const inlineText = (ref: string, text: string): RawCell => ({ xml: `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>` });
export const numberCell = (ref: string, n: number, style = 0): RawCell => ({ xml: `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${n}</v></c>` });
export const dateCell = (ref: string, serial: number): RawCell => numberCell(ref, serial, STYLE_DATE);
export const errorCell = (ref: string, error: string): RawCell => ({ xml: `<c r="${ref}" t="e"><v>${escapeXml(error)}</v></c>` });
export const sharedString = (ref: string, index: number): RawCell => ({ xml: `<c r="${ref}" t="s"><v>${index}</v></c>` });
export const emptyStyled = (ref: string): RawCell => ({ xml: `<c r="${ref}" s="${STYLE_BORDER}"/>` });

/** A formula with its cached value as Excel writes it: t="str" text, t="e" an error, none a number. */
export const formulaCell = (ref: string, formula: string, cached: string | number, type?: "str" | "e" | "b", shared?: { si: number; ref?: string }): RawCell => {
  const f = shared ? `<f t="shared" si="${shared.si}"${shared.ref ? ` ref="${shared.ref}"` : ""}>${shared.ref ? escapeXml(formula) : ""}</f>` : `<f>${escapeXml(formula)}</f>`;
  return { xml: `<c r="${ref}"${type ? ` t="${type}"` : ""}>${f}<v>${escapeXml(String(cached))}</v></c>` };
};

/** One `<row>`: plain strings become inline strings, numbers numbers, null nothing. */
export const rowXml = (r: number, values: readonly CellInput[], attrs = ""): string => {
  const cells = values.map((v, c) => {
    if (v === null) return "";
    if (typeof v === "object") return v.xml;
    const ref = `${columnLetter(c)}${r}`;
    return typeof v === "number" ? numberCell(ref, v).xml : inlineText(ref, v).xml;
  });
  return `<row r="${r}"${attrs ? ` ${attrs}` : ""}>${cells.join("")}</row>`;
};

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES = `${DECL}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs></styleSheet>`;

const sheetXml = (s: RawSheet): string => {
  const dimension = s.dimension ? `<dimension ref="${s.dimension}"/>` : "";
  const merges = s.merges?.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  const links = s.hyperlinks?.length ? `<hyperlinks>${s.hyperlinks.map((h, i) => `<hyperlink ref="${h.ref}" r:id="rIdLink${i + 1}"/>`).join("")}</hyperlinks>` : "";
  return `${DECL}<worksheet ${NS}>${dimension}<sheetData>${s.rows.join("")}</sheetData>${merges}${links}</worksheet>`;
};

/** The workbook's parts as zip entries (before zipping, so a fixture can change or drop one). */
export const buildRawXlsxEntries = (wb: RawWorkbook): ZipEntry[] => {
  const n = wb.sheets.length;
  const sheetTypes = wb.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data: `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    },
    { name: "_rels/.rels", data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: "xl/workbook.xml",
      data: `${DECL}<workbook ${NS}><workbookPr${wb.date1904 ? ' date1904="1"' : ""}/><sheets>${wb.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wb.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { name: "xl/styles.xml", data: STYLES },
    {
      name: "xl/sharedStrings.xml",
      data: `${DECL}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${wb.sharedStrings?.length ?? 0}" uniqueCount="${wb.sharedStrings?.length ?? 0}">${(wb.sharedStrings ?? []).map((s) => `<si>${s}</si>`).join("")}</sst>`,
    },
  ];
  wb.sheets.forEach((s, i) => {
    entries.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) });
    if (s.hyperlinks?.length) {
      entries.push({
        name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.hyperlinks.map((h, k) => `<Relationship Id="rIdLink${k + 1}" Type="${REL}/hyperlink" Target="${escapeXml(h.target)}" TargetMode="External"/>`).join("")}</Relationships>`,
      });
    }
  });
  return entries;
};

export const buildRawXlsx = (wb: RawWorkbook, options: ZipOptions = {}): Buffer => buildZip(buildRawXlsxEntries(wb), options);
