import ExcelJS from "exceljs";
import type { CheckReport } from "../core/check/report";
import type { Layout } from "../core/layout/types";
import { renderLayoutToWorksheet } from "./renderLayout";

const FILLS = {
  error: { fill: "FFFFC7CE", font: "FF9C0006" },
  warning: { fill: "FFFFEB9C", font: "FF9C5700" },
} as const;

/**
 * A copy of the unit's workbook with failing cells filled (red for errors, yellow for
 * warnings), a note on each giving the reasons, and the results sheet added. The user's values
 * are left as they were; only the copy is changed.
 */
export const annotateWorkbookBytes = async (original: ArrayBuffer | Uint8Array, report: CheckReport, resultLayout: Layout): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(original as ArrayBuffer);
  for (const sheet of report.sheets) {
    const ws = wb.getWorksheet(sheet.sheet);
    if (!ws) continue;
    const byCell = new Map<string, { severity: "error" | "warning"; messages: string[] }>();
    for (const f of sheet.findings) {
      if (!f.cell) continue;
      const entry = byCell.get(f.cell) ?? { severity: f.severity, messages: [] };
      if (f.severity === "error") entry.severity = "error";
      entry.messages.push(f.message);
      byCell.set(f.cell, entry);
    }
    for (const [address, { severity, messages }] of byCell) {
      const cell = ws.getCell(address);
      const colours = FILLS[severity];
      // exceljs shares one style object among the cells of a loaded style: give this cell its own copy.
      cell.style = {
        ...cell.style,
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: colours.fill } },
        font: { ...(cell.style.font ?? {}), color: { argb: colours.font } },
      };
      cell.note = { texts: [{ text: messages.join("\n") }] };
    }
  }
  const existing = wb.getWorksheet(resultLayout.sheetName);
  if (existing) wb.removeWorksheet(existing.id);
  renderLayoutToWorksheet(wb, resultLayout);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
