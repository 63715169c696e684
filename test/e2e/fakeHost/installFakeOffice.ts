/**
 * Bundled for the browser (see ../helpers/fakeHost.ts) and injected before the pane's scripts: a
 * `window.Office` that answers onReady with the Excel host, and a `window.Excel.run` over the
 * in-memory fake of test/excel/fake holding one unit's nomination list. The page's state is
 * exposed on `window.__fakeExcel` for the test to read.
 */
import { parseCellAddress, toCellAddress } from "../../../src/excel/addresses";
import { createDefaultCell, FakeBook, type FakeCell, type FakeSheet } from "../../excel/fake/fakeBook";
import { createFakeContext } from "../../excel/fake/fakeExcel";
import { snapshotSheet } from "../../excel/fake/sampleSheets";
import { layoutUnitSheet, makeLongUnitSheet, MUONG_DUN, type UnitSheetLayout } from "../helpers/unitSheets";
import type { FakeExcelConfig, FakeExcelProbe, UserFormat } from "./probe";

interface HostWindow {
  Office?: unknown;
  Excel?: unknown;
  __fakeExcelConfig?: FakeExcelConfig;
  __fakeExcel?: FakeExcelProbe;
}

const CELL_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

/** The sheet as the unit's file would look once opened in Excel. */
function fillSheet(sheet: FakeSheet, layout: UnitSheetLayout, uniformFont: boolean): void {
  const { name, size } = layout.font;
  for (const { row, col, value, style } of layout.cells) {
    sheet.updateCell(row - 1, col - 1, (cell) => {
      cell.value = value;
      cell.font = { ...cell.font, name, size: style?.size ?? size, bold: style?.bold ?? false, italic: style?.italic ?? false };
      if (style?.border) for (const edge of CELL_EDGES) cell.borders[edge] = "Continuous";
      if (style?.wrap) cell.wrap = true;
      if (style?.center) cell.horizontal = "Center";
    });
  }
  sheet.merges = [...layout.merges];
  if (!uniformFont) return;
  // The office selected the whole sheet and chose Times New Roman, as the decree's format asks.
  const rect = sheet.findUsedRect(true);
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      if (!sheet.cells.has(`${row},${col}`)) sheet.cells.set(`${row},${col}`, { ...createDefaultCell(), font: { ...createDefaultCell().font, name, size } });
    }
  }
}

function parseCell(address: string): { row: number; col: number } {
  const position = parseCellAddress(address);
  if (!position) throw new Error(`bad cell ${address}`);
  return position;
}

function applyUserFormat(sheet: FakeSheet, format: UserFormat): void {
  const { row, col } = parseCell(format.cell);
  sheet.updateCell(row, col, (cell: FakeCell) => {
    cell.fill = { ...format.fill };
    cell.font.color = format.fontColor;
  });
  if (format.note !== null) sheet.notes.set(format.cell, format.note);
}

function install(host: HostWindow, config: FakeExcelConfig): void {
  const spec = config.longRows === undefined ? MUONG_DUN : makeLongUnitSheet(config.longRows, config.failingIndex ?? 0);
  const layout = layoutUnitSheet(spec);
  const book = new FakeBook();
  const sheet = book.addSheet(layout.sheetName);
  fillSheet(sheet, layout, config.uniformFont);
  for (const format of config.userFormats) applyUserFormat(sheet, format);

  const documentSettings = new Map<string, unknown>();
  const probe: FakeExcelProbe = {
    syncs: 0,
    runs: 0,
    savedSettings: 0,
    snapshot: () => snapshotSheet(sheet),
    readCell: (address) => {
      const position = parseCell(address);
      return { cell: sheet.cells.get(`${position.row},${position.col}`) ?? null, note: sheet.notes.get(address) ?? null };
    },
    listFilledCells: () => {
      const cells: string[] = [];
      for (const [key, cell] of sheet.cells) {
        if (cell.fill.pattern === "None") continue;
        const [row, col] = key.split(",").map(Number) as [number, number];
        cells.push(toCellAddress({ row, col }));
      }
      return cells.sort();
    },
    selection: () => book.selection,
    workbookSettingKeys: () => [...book.settings.keys()],
    documentSetting: (key) => documentSettings.get(key) ?? null,
  };

  host.__fakeExcel = probe;
  host.Office = {
    HostType: { Excel: "Excel" },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      document: {
        settings: {
          get: (key: string) => documentSettings.get(key) ?? null,
          set: (key: string, value: unknown) => void documentSettings.set(key, value),
          saveAsync: (callback?: (result: { status: string }) => void) => {
            probe.savedSettings += 1;
            callback?.({ status: "succeeded" });
          },
        },
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && Number((version ?? "1.1").split(".")[1] ?? "1") <= book.apiMinor,
      },
    },
  };
  host.Excel = {
    async run<T>(batch: (context: unknown) => Promise<T>): Promise<T> {
      const { context, fake } = createFakeContext(book);
      const sync = fake.queue.sync.bind(fake.queue);
      fake.queue.sync = () => {
        probe.syncs += 1;
        return sync();
      };
      probe.runs += 1;
      return batch(context);
    },
  };
}

const host = window as unknown as HostWindow;
if (host.__fakeExcelConfig) install(host, host.__fakeExcelConfig);
