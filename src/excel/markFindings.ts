/// <reference types="office-js" />
/**
 * Marks the cells of findings (fill and font colour by severity, the reason as a note) and clears
 * the marks back to exactly the formats the cells had. Values are never written.
 */
import type { Finding, Severity } from "../core/model";
import { parseCellAddress, toCellAddress } from "./addresses";
import { createAnnotationWriter, listWrittenLengths } from "./annotations";
import { decideOriginalFormat, decideRestores, planFormatRead, planFormatRestore, planMarkPaint } from "./cellFormats";
import {
  MARK_SETTING_KEY,
  groupSavedFormats,
  groupSeverities,
  listMarkedSeverities,
  listSavedFormats,
  parseMarkState,
  serializeMarkState,
  type MarkState,
  type SavedAnnotation,
  type SavedFormat,
  type SheetMarks,
} from "./markState";
import { measureJsonBytes, weighAction, weighPath } from "./requestSize";
import { detectExcelFeatures, type ExcelFeatures } from "./runInExcel";
import { syncPieces, writePiece, type RequestPiece } from "./syncInParts";

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
 * comments on a host without notes. The number of rows never adds a sync on desktop; on Excel on
 * the web (`features.requestLimit`) each step is packed into syncs of at most ~4 MB, so their
 * number follows the bytes written (a few for 10,000 rows), never the rows themselves.
 */
export async function markFindings(
  context: Excel.RequestContext,
  sheetName: string,
  findings: readonly MarkableFinding[],
  features: ExcelFeatures = detectExcelFeatures(),
  expected?: MarkState,
): Promise<MarkState> {
  const limit = features.requestLimit;
  const targets = collectMarkTargets(findings);
  const targetCells = new Set(targets.keys());
  const listStale = (marks: SheetMarks | undefined) => [...listMarkedSeverities(marks).keys()].filter((cell) => !targetCells.has(cell));
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const setting = context.workbook.settings.getItemOrNullObject(MARK_SETTING_KEY);
  const readTargetFormats = planFormatRead(sheet, targetCells);
  const guessed = expected?.sheets[sheetName];
  const guessedStale = listStale(guessed);
  const readGuessedStale = guessedStale.length > 0 ? planFormatRead(sheet, guessedStale) : null;
  const annotations = createAnnotationWriter(sheet, sheetName, features);
  const guessedAnnotations = guessed?.annotations ?? [];
  const annotationCells = [...targetCells, ...guessedAnnotations.map((a) => a.cell).filter((cell) => !targetCells.has(cell))];
  await syncPieces(
    context,
    [
      planSettingRead(setting, expected),
      ...readTargetFormats.pieces,
      ...(readGuessedStale?.pieces ?? []),
      ...annotations.planTargetRead(annotationCells, listWrittenLengths(guessedAnnotations)),
    ],
    limit,
  );

  const state = parseMarkState(setting.isNullObject ? null : setting.value);
  const previous = state.sheets[sheetName];
  const savedBefore = listSavedFormats(previous);
  const staleCells = listStale(previous);
  const guessRight = JSON.stringify(previous ?? null) === JSON.stringify(guessed ?? null);
  const readStaleFormats = guessRight ? readGuessedStale : staleCells.length > 0 ? planFormatRead(sheet, staleCells) : null;
  const secondRead = annotations.planSecondRead(previous?.annotations ?? [], targetCells);
  const secondPieces = [...(readStaleFormats && readStaleFormats !== readGuessedStale ? readStaleFormats.pieces : []), ...secondRead];
  if (secondPieces.length > 0) await syncPieces(context, secondPieces, limit);

  const staleRestores = readStaleFormats ? planFormatRestore(sheet, decideRestores(staleCells, savedBefore, readStaleFormats.result())) : [];
  const current = readTargetFormats.result();
  const originals = new Map<string, SavedFormat>();
  for (const cell of targetCells) {
    const original = decideOriginalFormat(current.get(cell), savedBefore.get(cell));
    if (original) originals.set(cell, original);
  }
  const severities = new Map([...targets].map(([cell, t]) => [cell, t.severity]));
  const paint = planMarkPaint(sheet, severities);
  const reasons = new Map([...targets].map(([cell, t]) => [cell, t.reason]));
  const notes = annotations.planWrites(reasons, previous?.annotations ?? []);

  const next: MarkState = { version: 1, sheets: { ...state.sheets } };
  if (targets.size === 0) delete next.sheets[sheetName];
  else next.sheets[sheetName] = { marked: groupSeverities(severities), formats: groupSavedFormats(originals), annotations: notes.written };
  // Until the new reasons are written, a re-marked cell may still show the earlier one: the state
  // written first accepts both, so "Xóa đánh dấu" puts back whichever a stop in between left.
  const stillShown = (previous?.annotations ?? []).filter((a) => targetCells.has(a.cell) && !notes.written.some((w) => w.cell === a.cell && w.digest === a.digest));
  const first: MarkState = stillShown.length === 0 || targets.size === 0 ? next : withAnnotations(next, sheetName, [...notes.written, ...stillShown]);
  // Order: earlier marks no longer wanted are put back under the earlier state; then the state
  // naming every cell about to be marked; then the marks. A stop after any sync (a refused part,
  // a closed pane) leaves nothing marked that the saved state cannot put back.
  await syncPieces(
    context,
    [
      ...staleRestores,
      ...notes.restores,
      ...planStateWrite(context, setting, first),
      ...paint,
      ...notes.writes,
      ...(first === next ? [] : planStateWrite(context, setting, next)),
    ],
    limit,
  );
  return next;
}

function withAnnotations(state: MarkState, sheetName: string, annotations: SavedAnnotation[]): MarkState {
  const marks = state.sheets[sheetName];
  return marks ? { ...state, sheets: { ...state.sheets, [sheetName]: { ...marks, annotations } } } : state;
}

/** The saved state's load: its response is about the size of the state expected back. */
function planSettingRead(setting: Excel.Setting, expected: MarkState | undefined): RequestPiece {
  return {
    bytes: Math.max(weighPath(MARK_SETTING_KEY) + weighAction("value"), measureJsonBytes(expected ? serializeMarkState(expected) : null)),
    queue: () => (setting.load("value"), () => undefined),
  };
}

/** Saves `state` (or forgets it when no sheet is marked): one piece, none when nothing changes. */
function planStateWrite(context: Excel.RequestContext, setting: Excel.Setting, state: MarkState): RequestPiece[] {
  if (Object.keys(state.sheets).length > 0) {
    const text = serializeMarkState(state);
    return [writePiece(weighAction(MARK_SETTING_KEY, text), () => context.workbook.settings.add(MARK_SETTING_KEY, text))];
  }
  return setting.isNullObject ? [] : [writePiece(weighAction(), () => setting.delete())];
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
 * except where the user changed them since, and forgets the state. Three syncs on desktop; on
 * Excel on the web the reads and writes are packed under its request limit. The state is
 * forgotten last: a stop midway leaves it, and clearing again puts back what is left (a cell
 * already put back no longer shows a mark, a note no longer our text, and is left alone).
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
      const noteReads = annotations.planTargetRead(marks.annotations.map((a) => a.cell), listWrittenLengths(marks.annotations));
      return { sheet, marks, cells, annotations, noteReads, formats: planFormatRead(sheet, cells) };
    });
  const reads = sheets.flatMap((s) => [...s.formats.pieces, ...s.noteReads]);
  if (reads.length > 0) await syncPieces(context, reads, features.requestLimit);
  const writes = sheets.flatMap(({ sheet, marks, cells, annotations, formats }) => [
    ...planFormatRestore(sheet, decideRestores(cells, listSavedFormats(marks), formats.result())),
    ...annotations.planWrites(new Map(), marks.annotations).restores,
  ]);
  await syncPieces(context, [...writes, writePiece(weighAction(), () => setting.delete())], features.requestLimit);
}
