/** Opening the pane over the injected fake Excel host, and reading the fake back. */
import type { Browser, Page } from "playwright-core";
import type { FakeCell } from "../../excel/fake/fakeBook";
import type { FakeExcelConfig, ProbeWindow, SheetSnapshot } from "../fakeHost/probe";
import { openPaneContext, type PaneContext } from "./pane";

export async function openExcelPane(browser: Browser, origin: string, fakeHostScript: string, config: FakeExcelConfig): Promise<PaneContext> {
  return openPaneContext(browser, origin, { initScripts: [`window.__fakeExcelConfig = ${JSON.stringify(config)};`, fakeHostScript] });
}

export interface FakeExcelState {
  syncs: number;
  runs: number;
  savedSettings: number;
  filled: string[];
  workbookSettingKeys: string[];
  selection: { sheet: string; address: string } | null;
  documentSetting: unknown;
}

/** The counters and what the pane left in the workbook, in one round trip. */
export function readFakeExcel(page: Page, documentSettingKey = "dienhinh.planId"): Promise<FakeExcelState> {
  return page.evaluate((key) => {
    const probe = (window as unknown as ProbeWindow).__fakeExcel;
    return {
      syncs: probe.syncs,
      runs: probe.runs,
      savedSettings: probe.savedSettings,
      filled: probe.listFilledCells(),
      workbookSettingKeys: probe.workbookSettingKeys(),
      selection: probe.selection(),
      documentSetting: probe.documentSetting(key),
    };
  }, documentSettingKey);
}

export function snapshotFakeSheet(page: Page): Promise<SheetSnapshot> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__fakeExcel.snapshot());
}

export function readFakeCell(page: Page, address: string): Promise<{ cell: FakeCell | null; note: string | null } | null> {
  return page.evaluate((a) => (window as unknown as ProbeWindow).__fakeExcel.readCell(a), address);
}

export async function resetSyncCount(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as ProbeWindow).__fakeExcel.syncs = 0;
  });
}
