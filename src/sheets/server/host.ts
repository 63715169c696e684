/**
 * The part of Apps Script's SpreadsheetApp, PropertiesService, HtmlService and Utilities that the
 * add-on uses, named and shaped as Google's own classes, so the real services fit these types
 * (test/sheets/hostMatchesAppsScript.test.ts checks it against @types/google-apps-script) and an
 * offline fake (test/sheets/fake) can stand in for them. Everything here costs a call to the
 * spreadsheet service except where said; the adapter keeps those calls per sheet, not per row.
 */

export type SheetCell = string | number | boolean | Date;
export type FontWeight = "normal" | "bold";
export type FontStyle = "normal" | "italic";
export type HorizontalAlignment = "left" | "center" | "normal" | "right";
export type VerticalAlignment = "top" | "middle" | "bottom";

export interface RangeLike {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getValues(): SheetCell[][];
  getFontFamilies(): string[][];
  getMergedRanges(): RangeLike[];
  getBackgrounds(): string[][];
  getNotes(): string[][];
  setValues(values: SheetCell[][]): RangeLike;
  setNumberFormats(formats: string[][]): RangeLike;
  setBackgrounds(colors: (string | null)[][]): RangeLike;
  setNotes(notes: (string | null)[][]): RangeLike;
  setFontFamily(fontFamily: string): RangeLike;
  setFontSize(size: number): RangeLike;
  setFontWeights(weights: FontWeight[][]): RangeLike;
  setFontStyles(styles: FontStyle[][]): RangeLike;
  setFontSizes(sizes: number[][]): RangeLike;
  setFontColors(colors: string[][]): RangeLike;
  setHorizontalAlignments(alignments: HorizontalAlignment[][]): RangeLike;
  setVerticalAlignments(alignments: VerticalAlignment[][]): RangeLike;
  setWraps(wraps: boolean[][]): RangeLike;
  merge(): RangeLike;
  clearContent(): RangeLike;
  activate(): RangeLike;
}

export interface RangeListLike {
  setBackground(color: string | null): RangeListLike;
  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean): RangeListLike;
}

export interface DeveloperMetadataLike {
  getKey(): string;
  getValue(): string | null;
}

export interface SheetLike {
  getName(): string;
  setName(name: string): SheetLike;
  getSheetId(): number;
  getIndex(): number;
  isSheetHidden(): boolean;
  hideSheet(): SheetLike;
  activate(): SheetLike;
  /** Rows 1… and columns A… up to the last cell holding a value. */
  getDataRange(): RangeLike;
  getMaxRows(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  getDeveloperMetadata(): DeveloperMetadataLike[];
  addDeveloperMetadata(key: string, value: string): SheetLike;
  setFrozenRows(rows: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike;
  setRowHeights(startRow: number, numRows: number, height: number): SheetLike;
}

export interface SpreadsheetLike {
  getName(): string;
  getSpreadsheetTimeZone(): string;
  getActiveSheet(): SheetLike;
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  insertSheet(sheetName: string, sheetIndex: number): SheetLike;
  deleteSheet(sheet: SheetLike): void;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesLike;
  deleteProperty(key: string): PropertiesLike;
  getKeys(): string[];
}

/** `Utilities.formatDate`: no spreadsheet call, but a service call all the same. */
export type FormatDate = (date: Date, timeZone: string, format: string) => string;

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

export interface HtmlOutputLike {
  getContent(): string;
  setTitle(title: string): HtmlOutputLike;
}

export interface UiLike {
  createAddonMenu(): MenuLike;
  showSidebar(userInterface: HtmlOutputLike): void;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
  createHtmlOutput(html: string): HtmlOutputLike;
}

/**
 * The services the server is given: Apps Script's own in Code.js (src/sheets/server/main.ts), a
 * fake in the tests. Each is asked for only when needed: `onOpen` without authorisation may
 * touch the menu and nothing else.
 */
export interface SheetsHost {
  spreadsheet(): SpreadsheetLike;
  documentProperties(): PropertiesLike | null;
  ui(): UiLike;
  html(): HtmlServiceLike;
  formatDate: FormatDate;
}
