/**
 * An offline SpreadsheetApp: a spreadsheet of sheets with values, fonts, fills, notes, merges,
 * hidden sheets and developer metadata, behaving as Sheets does where the add-on depends on it
 * (a name is taken once, the last visible sheet cannot be hidden, a written "=…" becomes a formula)
 * and counting every call (callLog.ts).
 */
import type { DeveloperMetadataLike, FormatDate, HtmlOutputLike, HtmlServiceLike, MenuLike, PropertiesLike, SheetLike, SheetsHost, SpreadsheetLike, UiLike } from "../../../src/sheets/server/host";
import { CallLog } from "./callLog";
import { FakeGrid } from "./fakeCells";
import { FakeRange, FakeRangeList, rectOfA1 } from "./fakeRange";

export class FakeSheet implements SheetLike {
  readonly grid = new FakeGrid();
  hidden = false;
  frozenRows = 0;
  readonly metadata: { key: string; value: string }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();

  constructor(
    private readonly book: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  private call(name: string): void {
    this.book.log.record(`Sheet.${name}`);
  }

  getName(): string { this.call("getName"); return this.name; }
  setName(name: string): this {
    this.call("setName");
    if (this.book.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId(): number { this.call("getSheetId"); return this.id; }
  getIndex(): number { this.call("getIndex"); return this.book.sheets.indexOf(this) + 1; }
  isSheetHidden(): boolean { this.call("isSheetHidden"); return this.hidden; }

  hideSheet(): this {
    this.call("hideSheet");
    if (this.book.sheets.filter((s) => !s.hidden && s !== this).length === 0) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }

  activate(): this {
    this.call("activate");
    this.book.active = this;
    return this;
  }

  getDataRange(): FakeRange {
    this.call("getDataRange");
    const { rows, columns } = this.grid.extent();
    return new FakeRange(this.grid, this.book.log, { row: 1, column: 1, numRows: Math.max(rows, 1), numColumns: Math.max(columns, 1) });
  }

  getMaxRows(): number {
    this.call("getMaxRows");
    return Math.max(1000, this.grid.extent().rows);
  }

  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    this.call("getRange");
    return new FakeRange(this.grid, this.book.log, { row, column, numRows, numColumns });
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    this.call("getRangeList");
    return new FakeRangeList(a1Notations.map((a1) => new FakeRange(this.grid, this.book.log, rectOfA1(a1))), this.grid, this.book.log);
  }

  getDeveloperMetadata(): DeveloperMetadataLike[] {
    this.call("getDeveloperMetadata");
    return this.metadata.map(({ key, value }) => ({ getKey: () => key, getValue: () => value }));
  }

  addDeveloperMetadata(key: string, value: string): this {
    this.call("addDeveloperMetadata");
    this.metadata.push({ key, value });
    return this;
  }

  setFrozenRows(rows: number): void { this.call("setFrozenRows"); this.frozenRows = rows; }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.call("setColumnWidths");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.call("setRowHeights");
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
}

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly log = new CallLog();
  readonly sheets: FakeSheet[] = [];
  readonly toasts: { msg: string; title: string }[] = [];
  active: FakeSheet | null = null;
  private nextId = 0;

  constructor(
    readonly name: string,
    readonly timeZone = "Asia/Ho_Chi_Minh",
  ) {}

  /** A sheet set up by a test, outside the counted calls. */
  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++ * 1000 + 7);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet "${name}" in the fake`);
    return found;
  }

  getName(): string { this.log.record("Spreadsheet.getName"); return this.name; }
  getSpreadsheetTimeZone(): string { this.log.record("Spreadsheet.getSpreadsheetTimeZone"); return this.timeZone; }

  getActiveSheet(): FakeSheet {
    this.log.record("Spreadsheet.getActiveSheet");
    const active = this.active ?? this.sheets[0];
    if (!active) throw new Error("the fake spreadsheet has no sheet");
    return active;
  }

  getSheets(): FakeSheet[] { this.log.record("Spreadsheet.getSheets"); return [...this.sheets]; }
  getSheetByName(name: string): FakeSheet | null { this.log.record("Spreadsheet.getSheetByName"); return this.sheets.find((s) => s.name === name) ?? null; }

  insertSheet(sheetName: string, sheetIndex: number): FakeSheet {
    this.log.record("Spreadsheet.insertSheet");
    if (this.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, sheetName, this.nextId++ * 1000 + 7);
    this.sheets.splice(Math.max(0, Math.min(sheetIndex, this.sheets.length)), 0, sheet);
    this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: SheetLike): void {
    this.log.record("Spreadsheet.deleteSheet");
    const i = this.sheets.findIndex((s) => s === sheet);
    if (i < 0) throw new Error("Sheet not found");
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
  }

  toast(msg: string, title: string): void {
    this.log.record("Spreadsheet.toast");
    this.toasts.push({ msg, title });
  }
}

/** Document properties with Apps Script's limit of 9 KB a value. */
export class FakeProperties implements PropertiesLike {
  readonly values = new Map<string, string>();

  getProperty(key: string): string | null { return this.values.get(key) ?? null; }
  setProperty(key: string, value: string): this {
    if (new TextEncoder().encode(value).length > 9 * 1024) throw new Error("Argument too large: value");
    this.values.set(key, value);
    return this;
  }
  deleteProperty(key: string): this { this.values.delete(key); return this; }
  getKeys(): string[] { return [...this.values.keys()]; }
}

/** Fixed offsets of the time zones the tests use (none has summer time). */
const ZONE_OFFSET_HOURS: Record<string, number> = { "Asia/Ho_Chi_Minh": 7, "Asia/Bangkok": 7, "Etc/UTC": 0, UTC: 0, "Pacific/Honolulu": -10 };

/** `Utilities.formatDate` for the one pattern the adapter asks for. */
export const fakeFormatDate: FormatDate = (date, timeZone, format) => {
  const offset = ZONE_OFFSET_HOURS[timeZone];
  if (offset === undefined) throw new Error(`the fake knows no time zone ${timeZone}`);
  if (format !== "yyyy-MM-dd HH:mm:ss") throw new Error(`the fake formats only "yyyy-MM-dd HH:mm:ss", not "${format}"`);
  return new Date(date.getTime() + offset * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
};

/** The instant Sheets hands out for a wall-clock date (given as UTC fields) in `timeZone`. */
export const toSheetsInstant = (wall: Date, timeZone: string): Date => new Date(wall.getTime() - (ZONE_OFFSET_HOURS[timeZone] ?? 0) * 3_600_000);

/** The add-on menu and sidebar as shown: what onOpen put in the menu, what page the sidebar got. */
export class FakeUi implements UiLike {
  readonly menus: { caption: string; functionName: string }[][] = [];
  readonly sidebars: { title: string; content: string }[] = [];

  createAddonMenu(): MenuLike {
    const items: { caption: string; functionName: string }[] = [];
    const menu: MenuLike = {
      addItem: (caption, functionName) => {
        items.push({ caption, functionName });
        return menu;
      },
      addSeparator: () => menu,
      addToUi: () => {
        this.menus.push(items);
      },
    };
    return menu;
  }

  showSidebar(userInterface: HtmlOutputLike): void {
    this.sidebars.push({ title: (userInterface as FakeHtmlOutput).title, content: userInterface.getContent() });
  }
}

class FakeHtmlOutput implements HtmlOutputLike {
  title = "";
  constructor(private readonly content: string) {}
  getContent(): string { return this.content; }
  setTitle(title: string): this { this.title = title; return this; }
}

/** HtmlService over the project's files, given by name (without .html). */
export class FakeHtmlService implements HtmlServiceLike {
  constructor(readonly files: Record<string, string> = {}) {}
  createHtmlOutputFromFile(filename: string): HtmlOutputLike {
    const content = this.files[filename];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(content);
  }
  createHtmlOutput(html: string): HtmlOutputLike { return new FakeHtmlOutput(html); }
}

export interface FakeHost extends SheetsHost {
  fakeUi: FakeUi;
  fakeHtml: FakeHtmlService;
}

export const createFakeHost = (book: FakeSpreadsheet, properties: FakeProperties | null = new FakeProperties(), htmlFiles: Record<string, string> = {}): FakeHost => {
  const fakeUi = new FakeUi();
  const fakeHtml = new FakeHtmlService(htmlFiles);
  return {
    spreadsheet: () => book,
    documentProperties: () => properties,
    ui: () => fakeUi,
    html: () => fakeHtml,
    formatDate: fakeFormatDate,
    fakeUi,
    fakeHtml,
  };
};
