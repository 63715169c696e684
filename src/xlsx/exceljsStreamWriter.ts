/**
 * exceljs's streaming workbook writer and its value types, required from the two modules that hold
 * them rather than from the package's index, which loads the whole library (the in-memory workbook,
 * both readers, CSV): about a quarter of a second less for each command that writes a workbook.
 * These paths are exceljs 4.4.0's (pinned in package.json), like the internals streamRowXml.ts uses.
 */
import type ExcelJS from "exceljs";

/* eslint-disable @typescript-eslint/no-require-imports -- package files without their own types */
export const WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer") as typeof ExcelJS.stream.xlsx.WorkbookWriter;
export const ValueType = (require("exceljs/lib/doc/enums") as { ValueType: typeof ExcelJS.ValueType }).ValueType;
/* eslint-enable @typescript-eslint/no-require-imports */
