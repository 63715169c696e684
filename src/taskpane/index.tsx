/**
 * The task pane's entry (webpack): shows the pane at once, in browser mode unless an Office host
 * opened it, and turns to Excel mode when office.js says so (see startPane.ts). The Excel side
 * (office-js adapter) and the browser mode's engine (reader, checks, exceljs) are chunks of their
 * own, fetched when needed: the first load is React, Fluent and the pane.
 */
import { Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createBrowserOperations } from "./browserOperations";
import type { PaneOperations } from "./operations";
import { hasOfficeHostHint, HOST_WAIT_MS, isLegacyBrowser, LEGACY_BROWSER_HTML, watchOfficeHost, type OfficeLike, type OfficeScriptState } from "./startPane";
import { createWorkerEngineClient } from "./worker/engineClient";
import { createPaneWorker } from "./worker/createPaneWorker";

interface PaneWindow {
  Office?: OfficeLike;
  dienhinhOfficeScript?: OfficeScriptState;
}

const paneWindow = window as unknown as PaneWindow;

const createBrowserMode = (): PaneOperations => createBrowserOperations({ engine: createWorkerEngineClient(createPaneWorker) });

async function createExcelMode(): Promise<PaneOperations | null> {
  try {
    const { createExcelPaneOperations } = await import("./excelOperations.js");
    return createExcelPaneOperations();
  } catch {
    return null; // A broken Excel start still leaves a working pane.
  }
}

function readStoredHostInfo(): string | null {
  try {
    return sessionStorage.getItem("hostInfoValue");
  } catch {
    return null;
  }
}

/** The pane, first in the mode it can be sure of, then in Excel mode if Excel answers. */
function PaneShell({ first, excel }: { first: PaneOperations | null; excel: Promise<PaneOperations | null> }) {
  const [operations, setOperations] = useState<PaneOperations | null>(first);
  useEffect(() => {
    let live = true;
    const fallback = first ? null : setTimeout(() => live && setOperations((o) => o ?? createBrowserMode()), HOST_WAIT_MS);
    void excel.then((o) => {
      if (live && o) setOperations(o);
      else if (live && !o) setOperations((current) => current ?? createBrowserMode());
    });
    return () => {
      live = false;
      if (fallback) clearTimeout(fallback);
    };
  }, [first, excel]);
  if (!operations) return <Spinner label="Đang kết nối với Excel…" style={{ padding: 16 }} />;
  return <App key={operations.mode} operations={operations} />;
}

export function startPane(root: HTMLElement): void {
  if (isLegacyBrowser(navigator.userAgent, typeof Promise !== "undefined")) {
    // taskpane.html already shows its own notice where the bundle cannot run; one message, not two.
    const notice = document.getElementById("khong-ho-tro");
    if (notice) notice.style.display = "block";
    else root.innerHTML = LEGACY_BROWSER_HTML;
    return;
  }
  const inHost = hasOfficeHostHint({ search: location.search, hash: location.hash, name: window.name, storedHostInfo: readStoredHostInfo(), officeDefined: paneWindow.Office !== undefined });
  const excel = watchOfficeHost(() => paneWindow.Office, paneWindow.dienhinhOfficeScript).then((isExcel) => (isExcel ? createExcelMode() : null));
  createRoot(root).render(<PaneShell first={inHost ? null : createBrowserMode()} excel={excel} />);
}

const root = document.getElementById("root");
if (root) startPane(root);
