/**
 * The task pane's entry (webpack): decides the mode, then renders the pane into #root. Excel
 * operations touch office.js only when called, so the browser mode never does.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createBrowserOperations } from "./browserOperations";
import { createExcelPaneOperations } from "./excelOperations";
import type { PaneOperations } from "./operations";
import { decidePaneMode, isLegacyBrowser, LEGACY_BROWSER_HTML, type OfficeLike } from "./startPane";

async function createOperations(): Promise<PaneOperations> {
  const office = (window as unknown as { Office?: OfficeLike }).Office;
  if ((await decidePaneMode(office)) === "excel") {
    return createExcelPaneOperations();
  }
  return createBrowserOperations();
}

export async function startPane(root: HTMLElement): Promise<void> {
  if (isLegacyBrowser(navigator.userAgent, typeof Promise !== "undefined")) {
    // taskpane.html already shows its own notice where the bundle cannot run; one message, not two.
    const notice = document.getElementById("khong-ho-tro");
    if (notice) notice.style.display = "block";
    else root.innerHTML = LEGACY_BROWSER_HTML;
    return;
  }
  let operations: PaneOperations;
  try {
    operations = await createOperations();
  } catch {
    operations = createBrowserOperations(); // A broken Excel start still leaves a working pane.
  }
  createRoot(root).render(<App operations={operations} />);
}

const root = document.getElementById("root");
if (root) void startPane(root);
