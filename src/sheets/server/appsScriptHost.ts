/**
 * The host over Apps Script's own services. Each global is looked up only when a function asks
 * for it: evaluating Code.js touches none, and `onOpen` without authorisation asks for the UI alone.
 */
import type { FormatDate, HtmlServiceLike, PropertiesLike, SheetsHost, SpreadsheetLike, UiLike } from "./host";

interface AppsScriptGlobals {
  SpreadsheetApp: { getActiveSpreadsheet(): SpreadsheetLike; getUi(): UiLike };
  PropertiesService: { getDocumentProperties(): PropertiesLike | null };
  HtmlService: HtmlServiceLike;
  Utilities: { formatDate: FormatDate };
}

const globals = (): AppsScriptGlobals => globalThis as unknown as AppsScriptGlobals;

export const appsScriptHost: SheetsHost = {
  spreadsheet: () => globals().SpreadsheetApp.getActiveSpreadsheet(),
  documentProperties: () => globals().PropertiesService.getDocumentProperties(),
  ui: () => globals().SpreadsheetApp.getUi(),
  html: () => globals().HtmlService,
  formatDate: (date, timeZone, format) => globals().Utilities.formatDate(date, timeZone, format),
};
