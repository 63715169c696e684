/// <reference types="office-js" />
/**
 * Marks the cells of findings (fill and font colour by severity, the reason as a note) and clears
 * the marks back to exactly the formats the cells had. Values are never written.
 */
import type { Finding, Severity } from "../core/model";
import { parseCellAddress, toCellAddress } from "./addresses";
import { createAnnotationWriter } from "./annotations";
import { decideOriginalFormat, decideRestores, queueFormatRead, queueFormatRestore, queueMarkPaint } from "./cellFormats";
import {
  MARK_SETTING_KEY,
  groupSavedFormats,
  groupSeverities,
  listMarkedSeverities,
  listSavedFormats,
  parseMarkState,
  serializeMarkState,
  type MarkState,
  type SavedFormat,
  type SheetMarks,
} from "./markState";
import { detectExcelFeatures, type ExcelFeatures } from "./runInExcel";

export type MarkableFinding = Finding & { message: string };

export interface MarkTarget {
  severity: Severity;
  reason: string;
}

/** Findings → one target per cell: the worst severity, the reasons one per line, in sheet order. */
export function collectMarkTargets(findings: readonly MarkableFinding[]): Map<string, MarkTarget> {
  const targets = new Map<string, { severity: Severity; reasons: string[]; row: number; col: number }>();
  for (const finding of findings) {
    const address = finding.cell ?? (finding.column && finding.row ? `${finding.column}${finding.row}` : undefined);
    const position = address === undefined ? null : parseCellAddress(address);
    if (!position) continue;
    const cell = toCellAddress(position);
    const target = targets.get(cell) ?? { severity: finding.severity, reasons: [], ...position };
    if (finding.severity === "error") target.severity = "error";
    if (!target.reasons.includes(finding.message)) target.reasons.push(finding.message);
    targets.set(cell, target);
  }
  const ordered = [...targets].sort(([, a], [, b]) => a.row - b.row || a.col - b.col);
  return new Map(ordered.map(([cell, t]) => [cell, { severity: t.severity, reason: t.reasons.join("\n") }]));
}

/**
 * Replaces the marks of `sheetName` with those of `findings`: two syncs (read what is there, then
 * write). A re-check whose earlier marks moved takes a third, unless `expected` — the state the
 * last call returned — is still what the workbook holds; so does a sheet with the user's own
 * comments on a host without notes. The number of rows never adds a sync.
 */
export async function markFindings(
  context: Excel.RequestContext,
  sheetName: string,
  findings: readonly MarkableFinding[],
  features: ExcelFeatures = detectExcelFeatures(),
  expected?: MarkState,
): Promise<MarkState> {
  const targets = collectMarkTargets(findings);
  const targetCells = new Set(targets.keys());
  const listStale = (marks: SheetMarks | undefined) => [...listMarkedSeverities(marks).keys()].filter((cell) => !targetCells.has(cell));
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const setting = context.workbook.settings.getItemOrNullObject(MARK_SETTING_KEY).load("value");
  const readTargetFormats = queueFormatRead(sheet, targetCells);
  const guessed = expected?.sheets[sheetName];
  const guessedStale = listStale(guessed);
  const readGuessedStale = guessedStale.length > 0 ? queueFormatRead(sheet, guessedStale) : null;
  const annotations = createAnnotationWriter(sheet, sheetName, features);
  annotations.queueTargetRead([...targetCells, ...(guessed?.annotations ?? []).map((a) => a.cell).filter((cell) => !targetCells.has(cell))]);
  await context.sync();

  const state = parseMarkState(setting.isNullObject ? null : setting.value);
  const previous = state.sheets[sheetName];
  const savedBefore = listSavedFormats(previous);
  const staleCells = listStale(previous);
  const guessRight = JSON.stringify(previous ?? null) === JSON.stringify(guessed ?? null);
  const readStaleFormats = guessRight ? readGuessedStale : staleCells.length > 0 ? queueFormatRead(sheet, staleCells) : null;
  const secondRead = annotations.queueSecondRead(previous?.annotations ?? [], targetCells);
  if ((readStaleFormats && readStaleFormats !== readGuessedStale) || secondRead) await context.sync();

  if (readStaleFormats) queueFormatRestore(sheet, decideRestores(staleCells, savedBefore, readStaleFormats()));
  const current = readTargetFormats();
  const originals = new Map<string, SavedFormat>();
  for (const cell of targetCells) {
    const original = decideOriginalFormat(current.get(cell), savedBefore.get(cell));
    if (original) originals.set(cell, original);
  }
  queueMarkPaint(sheet, new Map([...targets].map(([cell, t]) => [cell, t.severity])));
  const reasons = new Map([...targets].map(([cell, t]) => [cell, t.reason]));
  const written = annotations.queueWrites(reasons, previous?.annotations ?? []);

  const next: MarkState = { version: 1, sheets: { ...state.sheets } };
  if (targets.size === 0) delete next.sheets[sheetName];
  else {
    next.sheets[sheetName] = {
      marked: groupSeverities(new Map([...targets].map(([cell, t]) => [cell, t.severity]))),
      formats: groupSavedFormats(originals),
      annotations: written,
    };
  }
  if (Object.keys(next.sheets).length > 0) context.workbook.settings.add(MARK_SETTING_KEY, serializeMarkState(next));
  else if (!setting.isNullObject) setting.delete();
  await context.sync();
  return next;
}

/** Annotations are put back by the kind that wrote them, if this host has it. */
function selectFeaturesForSaved(marks: SheetMarks, features: ExcelFeatures): ExcelFeatures {
  const kinds = new Set(marks.annotations.map((a) => a.kind));
  return { ...features, notes: features.notes && kinds.has("note"), comments: features.comments && kinds.has("comment") };
}

/** Reads the saved marks (one sync); the pane uses it to offer "Xóa đánh dấu" after a reopen. */
export async function readMarkState(context: Excel.RequestContext): Promise<MarkState> {
  const setting = context.workbook.settings.getItemOrNullObject(MARK_SETTING_KEY).load("value");
  await context.sync();
  return parseMarkState(setting.isNullObject ? null : setting.value);
}

/**
 * "Xóa đánh dấu": puts back the fill, font colour and note of every marked cell of every sheet,
 * except where the user changed them since, and forgets the state. Three syncs.
 */
export async function clearMarks(context: Excel.RequestContext, features: ExcelFeatures = detectExcelFeatures()): Promise<void> {
  const setting = context.workbook.settings.getItemOrNullObject(MARK_SETTING_KEY).load("value");
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  if (setting.isNullObject) return;
  const state = parseMarkState(setting.value);
  const present = new Set(worksheets.items.map((s) => s.name));
  const sheets = Object.entries(state.sheets)
    .filter(([name]) => present.has(name))
    .map(([name, marks]) => {
      const sheet = worksheets.getItem(name);
      const cells = [...listMarkedSeverities(marks).keys()];
      const annotations = createAnnotationWriter(sheet, name, selectFeaturesForSaved(marks, features));
      annotations.queueTargetRead(marks.annotations.map((a) => a.cell));
      return { sheet, marks, cells, annotations, readCurrent: queueFormatRead(sheet, cells) };
    });
  if (sheets.length > 0) await context.sync();
  for (const { sheet, marks, cells, annotations, readCurrent } of sheets) {
    queueFormatRestore(sheet, decideRestores(cells, listSavedFormats(marks), readCurrent()));
    annotations.queueWrites(new Map(), marks.annotations);
  }
  setting.delete();
  await context.sync();
}
