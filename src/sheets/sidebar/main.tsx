/**
 * The Google Sheets sidebar: the task pane's App over the "sheets" operations, with this
 * spreadsheet's remembered settings, which the server put into the page (src/sheets/server/sidebarPage.ts).
 */
import { createRoot } from "react-dom/client";
import { App } from "../../taskpane/App";
import type { SheetsSettings } from "../server/documentSettings";
import { SETTINGS_TAG_ID } from "../server/sidebarPage";
import { AppendixSheetBar } from "./AppendixSheetBar";
import { createCallServer, findScriptRunner } from "./callServer";
import { createSheetsOperations } from "./sheetsOperations";

export function readPageSettings(): SheetsSettings {
  const empty: SheetsSettings = { planId: null, registry: null };
  try {
    const parsed = JSON.parse(document.getElementById(SETTINGS_TAG_ID)?.textContent ?? "null") as Partial<SheetsSettings> | null;
    return { planId: typeof parsed?.planId === "string" ? parsed.planId : null, registry: parsed?.registry ?? null };
  } catch {
    return empty;
  }
}

const NOT_IN_SHEETS = "Ngăn này chỉ chạy trong Google Sheets (Tiện ích mở rộng → Điển hình); ngoài Google Sheets hãy dùng chế độ trình duyệt của Điển hình.";

const root = document.getElementById("root");
if (root) {
  const runner = findScriptRunner();
  if (!runner) root.textContent = NOT_IN_SHEETS;
  else {
    const operations = createSheetsOperations(createCallServer(runner), readPageSettings());
    createRoot(root).render(
      <>
        <App operations={operations} />
        <AppendixSheetBar appendix={operations.appendixSheets} />
      </>,
    );
  }
}
