import type { Style } from "exceljs";
import type { Layout } from "../../core/layout/types";
import { isRealMerge, makeStyleCache, rowHeightsOf, toCellValue, toExcelHeaderFooter, toExcelPageSetup } from "../layoutCells";
import { escapeXml } from "./partText";
import { columnLetters } from "./sheetExtent";

/**
 * A Layout as the XML of a worksheet part, for a sheet added to a workbook that is not rewritten
 * (the results sheet of a marked copy). What each cell holds and how it looks is decided as for
 * the other writers (src/xlsx/layoutCells.ts: values cleaned, text never a formula, one style per
 * CellStyle, page setup and page numbers); only the serializing is done here. Dropdowns are not
 * written (the results sheet has none).
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const MS_PER_DAY = 86_400_000;
/** Serial of 1/1/1970 in the 1900 date system; the 1904 system counts 1,462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;

export interface LayoutSheet {
  xml: string;
  /** The rows to repeat on every printed page, as the print-titles name's formula wants them ("$5:$5"). */
  printTitles: string | null;
}

/**
 * `styleIndex` turns a layout writer's style into the workbook's cell format index;
 * `date1904` is the workbook's date system; `selected` makes it the tab shown on opening.
 */
export const layoutToWorksheetXml = (layout: Layout, styleIndex: (style: Partial<Style>) => number, options: { date1904: boolean; selected: boolean }): LayoutSheet => {
  const styleFor = makeStyleCache(layout.font);
  const indexOf = new Map<Partial<Style>, number>();
  const indexFor = (style: Partial<Style>): number => {
    let known = indexOf.get(style);
    if (known === undefined) indexOf.set(style, (known = styleIndex(style)));
    return known;
  };
  /** Row → column → cell XML. */
  const rows = new Map<number, Map<number, string>>();
  const put = (row: number, col: number, xml: string): void => {
    let cols = rows.get(row);
    if (!cols) rows.set(row, (cols = new Map()));
    cols.set(col, xml);
  };
  const styleOfCell = new Map<string, number>();
  for (const cell of layout.cells) {
    const value = toCellValue(cell.value);
    const s = indexFor(styleFor(cell.style, value instanceof Date));
    styleOfCell.set(`${cell.row}:${cell.col}`, s);
    const ref = `${columnLetters(cell.col)}${cell.row}`;
    if (typeof value === "string") put(cell.row, cell.col, `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`);
    else if (typeof value === "number") put(cell.row, cell.col, `<c r="${ref}" s="${s}"><v>${value}</v></c>`);
    else if (value instanceof Date) {
      const serial = value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (options.date1904 ? 1462 : 0);
      put(cell.row, cell.col, `<c r="${ref}" s="${s}"><v>${serial}</v></c>`);
    } else put(cell.row, cell.col, `<c r="${ref}" s="${s}"/>`);
  }
  const merges = layout.merges.filter(isRealMerge);
  // The covered cells of a merge take the top-left cell's style, so a bordered merge keeps its border on every edge.
  for (const m of merges) {
    const s = styleOfCell.get(`${m.top}:${m.left}`);
    if (s === undefined) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (!rows.get(r)?.has(c)) put(r, c, `<c r="${columnLetters(c)}${r}" s="${s}"/>`);
  }
  const heights = new Map(rowHeightsOf(layout));
  for (const row of heights.keys()) if (!rows.has(row)) rows.set(row, new Map());

  const rowXml = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cells = rows.get(r) ?? new Map<number, string>();
      const height = heights.get(r);
      const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
      return `<row r="${r}"${ht}>${[...cells.keys()]
        .sort((a, b) => a - b)
        .map((c) => cells.get(c))
        .join("")}</row>`;
    })
    .join("");

  const setup = toExcelPageSetup(layout.print);
  const m = setup.margins;
  const freeze = layout.freezeRows !== undefined && layout.freezeRows > 0 ? layout.freezeRows : 0;
  const pane = freeze
    ? `<pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/>`
    : "";
  const cols = layout.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const hf = toExcelHeaderFooter(layout.print, layout.font);
  const headerFooter = hf.oddHeader
    ? `<headerFooter${hf.differentFirst ? ' differentFirst="1"' : ""}><oddHeader>${escapeXml(hf.oddHeader)}</oddHeader>${hf.differentFirst ? `<firstHeader>${escapeXml(hf.firstHeader ?? "")}</firstHeader>` : ""}</headerFooter>`
    : "";
  const fit = setup.fitToPage ? ` fitToWidth="${setup.fitToWidth ?? 1}" fitToHeight="${setup.fitToHeight ?? 0}"` : "";
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (setup.fitToPage ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<sheetViews><sheetView${options.selected ? ' tabSelected="1"' : ""} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rowXml}</sheetData>` +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((g) => `<mergeCell ref="${columnLetters(g.left)}${g.top}:${columnLetters(g.right)}${g.bottom}"/>`).join("")}</mergeCells>` : "") +
    (m ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` : "") +
    `<pageSetup paperSize="${setup.paperSize ?? 9}"${setup.orientation ? ` orientation="${setup.orientation}"` : ""}${fit}/>` +
    headerFooter +
    `</worksheet>`;
  const repeat = layout.print.repeatRows;
  return { xml, printTitles: repeat ? `$${repeat.from}:$${repeat.to}` : null };
};
