import type { CheckReport, SheetReport } from "./report";

/** A sheet's report in the documented JSON shape: `columns` maps fields to letters, criteria and metrics beside it. */
const toSheetJson = (s: SheetReport) => ({
  sheet: s.sheet,
  unit: s.unit,
  unitSource: s.unitSource,
  unitKind: s.unitKind,
  units: s.units,
  headerRow: s.headerRow,
  firstDataRow: s.firstDataRow,
  year: s.year,
  encoding: s.encoding,
  rows: s.rows,
  validRows: s.validRows,
  columns: s.columns.fields,
  criteriaColumns: s.columns.criteria,
  metricColumns: s.columns.metrics,
  unmappedColumns: s.unmappedColumns,
  nominations: s.nominations,
  findings: s.findings,
  quotas: s.quotas,
});

/** The report as `dienhinh check --json` prints it. */
export const toCheckJson = (report: CheckReport) => ({
  file: report.file,
  plan: report.plan,
  sheets: report.sheets.map(toSheetJson),
  skippedSheets: report.skippedSheets,
  summary: report.summary,
});
