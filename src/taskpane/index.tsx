/**
 * The task pane's entry (webpack): shows the pane at once, in browser mode unless an Office host
 * opened it (then "connecting" until Excel answers or the wait runs out), and turns to Excel mode
 * when office.js says so (see startPane.ts). The Excel side (office-js adapter) and the browser
 * mode's engine (reader, checks, exceljs) are chunks of their own, fetched when needed: the first
 * load is React, Fluent and the pane, as three scripts (webpack.config.js).
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createBrowserOperations } from "./browserOperations";
import type { PaneOperations } from "./operations";
import { hasOfficeHostHint, HOST_WAIT_MS, isLegacyBrowser, OFFICE_PRESENT_WAIT_MS, LEGACY_BROWSER_HTML, watchOfficeHost, type OfficeLike, type OfficeScriptState } from "./startPane";
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

/**
 * The pane at once, whatever the mode: its common part (plans, year, tabs) shows on the first
 * paint. A page no Office host opened is in browser mode from the start; an Office host's pane
 * says it is connecting, with the mode's actions disabled, until Excel answers or HOST_WAIT_MS
 * runs out (then the browser mode). Excel answering later (a slow proxy) still turns the pane to
 * Excel mode: only a change between two known modes starts the pane afresh.
 */
function PaneShell({ first, excel }: { first: PaneOperations | null; excel: Promise<PaneOperations | null> }) {
  const [shown, setShown] = useState<{ operations: PaneOperations | null; generation: number }>({ operations: first, generation: 0 });
  useEffect(() => {
    let live = true;
    let current = first;
    const show = (next: PaneOperations): void => {
      if (!live || current?.mode === next.mode) return;
      const afresh = current !== null;
      current = next;
      setShown((s) => ({ operations: next, generation: s.generation + (afresh ? 1 : 0) }));
    };
    const orBrowser = (): void => {
      if (live && !current) show(createBrowserMode());
    };
    const fallback = first ? null : setTimeout(orBrowser, HOST_WAIT_MS);
    void excel.then((o) => (o ? show(o) : orBrowser()));
    return () => {
      live = false;
      if (fallback) clearTimeout(fallback);
    };
  }, [first, excel]);
  return <App key={shown.generation} operations={shown.operations} />;
}

const waitAtMost = <T,>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);

export async function startPane(root: HTMLElement): Promise<void> {
  if (isLegacyBrowser(navigator.userAgent, typeof Promise !== "undefined")) {
    // taskpane.html already shows its own notice where the bundle cannot run; one message, not two.
    const notice = document.getElementById("khong-ho-tro");
    if (notice) notice.style.display = "block";
    else root.innerHTML = LEGACY_BROWSER_HTML;
    return;
  }
  const officePresent = paneWindow.Office !== undefined;
  const inHost = hasOfficeHostHint({ search: location.search, hash: location.hash, name: window.name, storedHostInfo: readStoredHostInfo(), officeDefined: officePresent });
  const excel = watchOfficeHost(() => paneWindow.Office, paneWindow.dienhinhOfficeScript).then((isExcel) => (isExcel ? createExcelMode() : null));
  let first: PaneOperations | null = inHost ? null : createBrowserMode();
  // office.js already there (loaded first, or put in by the host): Excel usually answers within a
  // frame or two, so the pane waits that long rather than showing "connecting" for an instant.
  if (officePresent) {
    const answer = await waitAtMost(excel, OFFICE_PRESENT_WAIT_MS);
    if (answer !== undefined) first = answer ?? createBrowserMode();
  }
  createRoot(root).render(<PaneShell first={first} excel={excel} />);
}

const root = document.getElementById("root");
if (root) void startPane(root);
