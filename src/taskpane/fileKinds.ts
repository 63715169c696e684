/** What the pickers accept, and which picked files are CSV (no cells to mark): light enough for the page's first load. */

/** The workbooks and CSV files the command reads. */
export const SPREADSHEET_ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

export const isCsvName = (name: string): boolean => /\.(csv|txt)$/i.test(name);
