import { zipSync, strToU8 } from "fflate";
import type { CellStyle, Layout, Merge } from "../core/layout/types";
import { toColumnLetter } from "../core/read/grid";
import { OWN_SHEET_NAMES, toOwnSheetReference, type OwnSheetRole } from "../core/ownOutput/ownSheets";
import { chooseSheetNameAmong, isRealMerge, LIST_SHEET, listSourceFormula, planValidationList, rowHeightsOf, toCellValue, toExcelHeaderFooter, toExcelPageSetup } from "./layoutCells";
import { xmlEncode } from "./xmlText";

/**
 * Layouts written straight into an .xlsx's XML and zipped with fflate: the browser pane's writer
 * (in its worker). exceljs's in-memory writer, the other one the browser has, took 3.5 s for the
 * consolidation of 300 files where this takes a tenth of it, and exceljs's fast streaming writer
 * (the command's) needs Node's streams. It writes what renderLayout.ts makes of a layout with
 * exceljs — the same values, styles, merges (covered cells in the top-left cell's style), widths,
 * heights, print setup and titles, page numbers, frozen header, dropdowns (long lists on the
 * hidden "Danh mục" sheet) and marks of the sheets' roles — as exceljs reads both back
 * (test/xlsx/writeLayoutsXlsx.test.ts compares them whole). Notes are not written here: a
 * workbook with a note goes to exceljs (`hasNotes`).
 */

export interface LayoutsXlsxOptions {
  creator?: string;
}

/** Whether a layout holds a note (this writer leaves those to exceljs). */
export const hasNotes = (layouts: readonly Layout[]): boolean => layouts.some((l) => l.cells.some((c) => c.note !== undefined && c.note !== ""));

const CONTENT_TYPES = {
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  strings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

/** "AB" for column 28 (1-based, as exceljs counts). */
const columnLetter = (col: number): string => toColumnLetter(col - 1);

const attr = (name: string, value: string | number): string => ` ${name}="${xmlEncode(String(value))}"`;
const toSerialDay = (date: Date): number => 25569 + date.getTime() / (24 * 3600 * 1000);
const toArgb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

/** The workbook's style table: fonts, fills, borders, number formats and cell formats, each once. */
class StyleTable {
  private readonly fonts = new Map<string, number>([["", 0]]);
  private readonly fills = new Map<string, number>([["none", 0], ["gray125", 1]]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>([["0|0|0|0|", 0]]);
  private readonly fontXml: string[] = ['<font><sz val="11"/><name val="Calibri"/></font>'];
  private readonly fillXml: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byStyle = new Map<string, number>();
  /** Layouts reuse one style object for thousands of cells: its id is looked up once per object. */
  private readonly byObject = new WeakMap<CellStyle, Map<string, number>>();

  /** The cell format of a layout style in a sheet's font, as renderLayout builds it. */
  idOf(font: Layout["font"], style: CellStyle | undefined, isDate: boolean): number {
    if (!style) return this.idOfKey(font, undefined, isDate);
    const fontKey = `${font.name}|${font.size}|${isDate ? "d" : "v"}`;
    let ids = this.byObject.get(style);
    if (!ids) this.byObject.set(style, (ids = new Map()));
    let id = ids.get(fontKey);
    if (id === undefined) ids.set(fontKey, (id = this.idOfKey(font, style, isDate)));
    return id;
  }

  private idOfKey(font: Layout["font"], style: CellStyle | undefined, isDate: boolean): number {
    const key = `${font.name}|${font.size}|${isDate ? "d" : "v"}|${JSON.stringify([style?.bold, style?.italic, style?.size, style?.color, style?.fill, style?.horizontal, style?.vertical, style?.wrap, style?.border, style?.numberFormat])}`;
    const known = this.byStyle.get(key);
    if (known !== undefined) return known;
    const fontId = this.fontId(font, style);
    const fillId = style?.fill === undefined ? 0 : this.fillId(style.fill);
    const borderId = style?.border ? 1 : 0;
    const format = style?.numberFormat ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
    const numFmtId = format === undefined ? 0 : this.numFmtId(format);
    const alignment = [
      style?.horizontal !== undefined ? attr("horizontal", style.horizontal) : "",
      style?.vertical !== undefined ? attr("vertical", style.vertical === "middle" ? "center" : style.vertical) : "",
      style?.wrap ? ' wrapText="1"' : "",
    ].join("");
    const xfKey = `${numFmtId}|${fontId}|${fillId}|${borderId}|${alignment}`;
    let id = this.xfs.get(xfKey);
    if (id === undefined) {
      id = this.xfXml.length;
      this.xfs.set(xfKey, id);
      const applies = `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
      this.xfXml.push(`<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${alignment ? `><alignment${alignment}/></xf>` : "/>"}`);
    }
    this.byStyle.set(key, id);
    return id;
  }

  private fontId(font: Layout["font"], style: CellStyle | undefined): number {
    const xml = `<font>${style?.bold ? "<b/>" : ""}${style?.italic ? "<i/>" : ""}${style?.color !== undefined ? `<color rgb="${toArgb(style.color)}"/>` : ""}<sz val="${style?.size ?? font.size}"/><name val="${xmlEncode(font.name)}"/></font>`;
    return this.intern(this.fonts, this.fontXml, xml, xml);
  }

  private fillId(rgb: string): number {
    const xml = `<fill><patternFill patternType="solid"><fgColor rgb="${toArgb(rgb)}"/></patternFill></fill>`;
    return this.intern(this.fills, this.fillXml, xml, xml);
  }

  private numFmtId(format: string): number {
    let id = this.numFmts.get(format);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(format, id);
    }
    return id;
  }

  private intern(ids: Map<string, number>, list: string[], key: string, xml: string): number {
    let id = ids.get(key);
    if (id === undefined) {
      id = list.length;
      ids.set(key, id);
      list.push(xml);
    }
    return id;
  }

  toXml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}"${attr("formatCode", code)}/>`);
    return (
      `${HEAD}<styleSheet xmlns="${MAIN}">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${this.fontXml.length}">${this.fontXml.join("")}</fonts>` +
      `<fills count="${this.fillXml.length}">${this.fillXml.join("")}</fills>` +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

/** Texts written once in the workbook's shared strings and referred to by number. */
class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly xml: string[] = [];
  private count = 0;

  idOf(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.xml.length;
      this.ids.set(text, id);
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
      this.xml.push(`<si><t${space}>${xmlEncode(text)}</t></si>`);
    }
    return id;
  }

  toXml(): string {
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.xml.length}">${this.xml.join("")}</sst>`;
  }
}

/** One cell of a sheet once the layout's cells at its address are taken in order. */
interface SheetCell {
  value: string | number | Date | null;
  style: number;
}

/** The layout's cells by row and column: the last style at an address wins, and the last value that is not empty. */
const placeCells = (layout: Layout, styles: StyleTable): Map<number, Map<number, SheetCell>> => {
  const rows = new Map<number, Map<number, SheetCell>>();
  for (const cell of layout.cells) {
    const value = toCellValue(cell.value) as SheetCell["value"];
    let row = rows.get(cell.row);
    if (!row) rows.set(cell.row, (row = new Map()));
    const before = row.get(cell.col);
    row.set(cell.col, { value: value ?? before?.value ?? null, style: styles.idOf(layout.font, cell.style, value instanceof Date) });
  }
  return rows;
};

/** exceljs lists merges in the order of their first covered cell, row by row (it finds them as it writes the cells). */
const byFirstCoveredCell = (a: Merge, b: Merge): number => {
  const [ra, ca] = a.right > a.left ? [a.top, a.left + 1] : [a.top + 1, a.left];
  const [rb, cb] = b.right > b.left ? [b.top, b.left + 1] : [b.top + 1, b.left];
  return ra - rb || ca - cb;
};

/** Merges as exceljs applies them: each covered cell becomes empty, in the top-left cell's style. */
const applyMerges = (rows: Map<number, Map<number, SheetCell>>, merges: readonly Merge[]): string[] => {
  const refs: string[] = [];
  for (const m of merges.filter(isRealMerge).sort(byFirstCoveredCell)) {
    const style = rows.get(m.top)?.get(m.left)?.style ?? 0;
    for (let r = m.top; r <= m.bottom; r++) {
      let row = rows.get(r);
      if (!row) rows.set(r, (row = new Map()));
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row.set(c, { value: null, style });
    }
    refs.push(`${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`);
  }
  return refs;
};

const cellXml = (ref: string, cell: SheetCell, strings: SharedStrings): string => {
  const s = cell.style ? ` s="${cell.style}"` : "";
  const v = cell.value;
  if (v === null) return cell.style ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "string") return `<c r="${ref}"${s} t="s"><v>${strings.idOf(v)}</v></c>`;
  return `<c r="${ref}"${s}><v>${typeof v === "number" ? v : toSerialDay(v)}</v></c>`;
};

/** The <cols> of a layout: equal neighbours in one range, as exceljs groups them; a width of 9 a hair wider (exceljs drops 9). */
const colsXml = (widths: readonly number[]): string => {
  const parts: string[] = [];
  for (let i = 0; i < widths.length; ) {
    const width = widths[i] === 9 ? 9.01 : (widths[i] as number);
    let j = i;
    while (j + 1 < widths.length && (widths[j + 1] === 9 ? 9.01 : widths[j + 1]) === width) j++;
    parts.push(`<col min="${i + 1}" max="${j + 1}" width="${width}" customWidth="1"/>`);
    i = j + 1;
  }
  return parts.length > 0 ? `<cols>${parts.join("")}</cols>` : "";
};

interface WrittenSheet {
  name: string;
  xml: string;
  hidden: boolean;
  printTitles: string | null;
}

/** The hidden sheet of long dropdown lists, one list per column, made when a first layout needs it. */
class ListSheet {
  readonly columns: string[][] = [];
  add(values: string[]): string {
    this.columns.push(values);
    return listSourceFormula(columnLetter(this.columns.length), values.length);
  }
  toXml(strings: SharedStrings): string {
    const height = Math.max(0, ...this.columns.map((c) => c.length));
    const rows: string[] = [];
    for (let r = 1; r <= height; r++) {
      const cells = this.columns.map((values, i) => (r <= values.length ? cellXml(`${columnLetter(i + 1)}${r}`, { value: values[r - 1] ?? "", style: 0 }, strings) : "")).join("");
      rows.push(`<row r="${r}">${cells}</row>`);
    }
    return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:x14ac="${X14AC}"><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="55"/><sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>`;
  }
}

const sheetXml = (layout: Layout, styles: StyleTable, strings: SharedStrings, lists: () => ListSheet): string => {
  const rows = placeCells(layout, styles);
  const merges = applyMerges(rows, layout.merges);
  const heights = new Map(rowHeightsOf(layout));
  const rowNumbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  const data: string[] = [];
  for (const r of rowNumbers) {
    const cells = [...(rows.get(r) ?? new Map<number, SheetCell>())].sort((a, b) => a[0] - b[0]);
    const height = heights.get(r);
    const inner = cells.map(([c, cell]) => cellXml(`${columnLetter(c)}${r}`, cell, strings)).join("");
    data.push(`<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ""}${inner ? `>${inner}</row>` : "/>"}`);
  }
  const setup = toExcelPageSetup(layout.print);
  const m = setup.margins;
  const validations = (layout.validations ?? []).map(({ range, values }) => {
    const plan = planValidationList(values);
    const formula = "formula" in plan ? plan.formula : lists().add(plan.values);
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${attr("sqref", range)}><formula1>${xmlEncode(formula)}</formula1></dataValidation>`;
  });
  const header = toExcelHeaderFooter(layout.print, layout.font);
  const frozen = layout.freezeRows !== undefined && layout.freezeRows > 0 ? layout.freezeRows : 0;
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:x14ac="${X14AC}">` +
    (setup.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    (frozen
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : "") +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="55"/>${colsXml(layout.columnWidths)}<sheetData>${data.join("")}</sheetData>` +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>` : "") +
    (validations.length > 0 ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>` : "") +
    (m ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` : "") +
    `<pageSetup paperSize="${setup.paperSize ?? 9}" orientation="${setup.orientation ?? "portrait"}"${setup.fitToPage ? ` fitToWidth="${setup.fitToWidth ?? 1}" fitToHeight="${setup.fitToHeight ?? 0}"` : ""}/>` +
    (header.oddHeader ? `<headerFooter${header.differentFirst ? ' differentFirst="1"' : ""}><oddHeader>${xmlEncode(header.oddHeader)}</oddHeader>${header.differentFirst ? "<firstHeader></firstHeader>" : ""}</headerFooter>` : "") +
    "</worksheet>"
  );
};

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The layouts, one sheet each in order, as the bytes of an .xlsx. */
export const writeLayoutsXlsx = (layouts: Iterable<Layout>, options: LayoutsXlsxOptions = {}): Uint8Array => {
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const sheets: WrittenSheet[] = [];
  const names: string[] = [];
  const marks: [string, string][] = [];
  const marked = new Set<OwnSheetRole>();
  let listSheet: ListSheet | null = null;
  let listIndex = -1;
  for (const layout of layouts) {
    const name = chooseSheetNameAmong(names, layout.sheetName);
    names.push(name);
    const index = sheets.length;
    sheets.push({ name, xml: "", hidden: false, printTitles: layout.print.repeatRows ? `${quoteSheet(name)}!$${layout.print.repeatRows.from}:$${layout.print.repeatRows.to}` : null });
    if (!marked.has(layout.role)) {
      marked.add(layout.role);
      marks.push([OWN_SHEET_NAMES[layout.role], toOwnSheetReference(name)]);
    }
    const lists = (): ListSheet => {
      if (!listSheet) {
        listSheet = new ListSheet();
        names.push(LIST_SHEET);
        listIndex = sheets.length;
        sheets.push({ name: LIST_SHEET, xml: "", hidden: true, printTitles: null });
      }
      return listSheet;
    };
    (sheets[index] as WrittenSheet).xml = sheetXml(layout, styles, strings, lists);
  }
  const list = listSheet as ListSheet | null;
  if (list && listIndex >= 0) (sheets[listIndex] as WrittenSheet).xml = list.toXml(strings);

  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string): void => {
    files[path] = strToU8(xml);
  };
  put(
    "[Content_Types].xml",
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPES.workbook}"/>` +
      sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CONTENT_TYPES.sheet}"/>`).join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPES.styles}"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT_TYPES.strings}"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  );
  put(
    "_rels/.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const creator = xmlEncode(options.creator ?? "");
  put(
    "docProps/core.xml",
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`,
  );
  const definedNames = [
    ...marks.map(([name, ref]) => `<definedName${attr("name", name)}>${xmlEncode(ref)}</definedName>`),
    ...sheets.flatMap((s, i) => (s.printTitles ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEncode(s.printTitles)}</definedName>`] : [])),
  ];
  put(
    "xl/workbook.xml",
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="0"/><sheets>` +
      sheets.map((s, i) => `<sheet${attr("name", s.name)} sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 3}"/>`).join("") +
      `</sheets>${definedNames.length > 0 ? `<definedNames>${definedNames.join("")}</definedNames>` : ""}</workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      sheets.map((_s, i) => `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      "</Relationships>",
  );
  sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  put("xl/styles.xml", styles.toXml());
  put("xl/sharedStrings.xml", strings.toXml());
  // The fastest level: a third less time than level 6 for a file a quarter larger (1.7 MB against
  // 1.3 MB for 300 units' consolidation), which only ever goes to the officer's own disk.
  return zipSync(files, { level: 1 });
};
