/** What the test hands the injected fake Excel host, and what it reads back from the page. */
import type { FakeCell, FakeFill } from "../../excel/fake/fakeBook";

/** A cell the user had formatted (and annotated) before running a check. */
export interface UserFormat {
  cell: string;
  fill: FakeFill;
  fontColor: string;
  note: string | null;
}

export interface FakeExcelConfig {
  /** Absent: Xã Mường Đun's four nominees; else a generated list of that many. */
  longRows?: number;
  failingIndex?: number;
  /** The whole sheet in Times New Roman (empty cells too), or only the written cells. */
  uniformFont: boolean;
  userFormats: UserFormat[];
}

export interface SheetSnapshot {
  cells: Record<string, FakeCell>;
  notes: Record<string, string>;
  comments: string[];
}

export interface FakeExcelProbe {
  /** context.sync() calls over every Excel.run since the page loaded (the test resets it). */
  syncs: number;
  runs: number;
  savedSettings: number;
  snapshot(): SheetSnapshot;
  readCell(address: string): { cell: FakeCell | null; note: string | null } | null;
  listFilledCells(): string[];
  selection(): { sheet: string; address: string } | null;
  workbookSettingKeys(): string[];
  documentSetting(key: string): unknown;
}

export interface ProbeWindow {
  __fakeExcel: FakeExcelProbe;
  __fakeExcelConfig?: FakeExcelConfig;
}
