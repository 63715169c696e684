/// <reference types="google-apps-script" />
/**
 * The narrow host types of src/sheets/server/host.ts are what Apps Script's classes offer: each
 * assignment below fails `npm run typecheck` if a method the adapter calls has another name or
 * shape in @types/google-apps-script. Compiled, never run: Apps Script's objects exist only there.
 */
import type { HtmlOutputLike, HtmlServiceLike, PropertiesLike, RangeLike, RangeListLike, SheetLike, SpreadsheetLike, UiLike } from "../../../src/sheets/server/host";

export function assertHostFitsAppsScript(real: {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  range: GoogleAppsScript.Spreadsheet.Range;
  rangeList: GoogleAppsScript.Spreadsheet.RangeList;
  properties: GoogleAppsScript.Properties.Properties;
  ui: GoogleAppsScript.Base.Ui;
  html: GoogleAppsScript.HTML.HtmlService;
  output: GoogleAppsScript.HTML.HtmlOutput;
}): [SpreadsheetLike, SheetLike, RangeLike, RangeListLike, PropertiesLike, UiLike, HtmlServiceLike, HtmlOutputLike] {
  return [real.spreadsheet, real.sheet, real.range, real.rangeList, real.properties, real.ui, real.html, real.output];
}
