/**
 * The browser pane's work, done where it cannot freeze the page (a Web Worker; on the page only
 * where no worker can start): the workflows over the picked files (their bytes read here, one
 * file at a time), the downloads built with exceljs. It keeps what a later request needs — the
 * last check's files and reports for their marked copies, the last consolidation for an
 * appendix — so that neither crosses back to the page.
 */
import type { CheckReport } from "../../core/check/report";
import type { Consolidation } from "../../core/consolidate/types";
import type { Layout } from "../../core/layout/types";
import { appendixFromSources, buildAppendix } from "../../workflows/appendix";
import { buildCheckResultSheet, checkSources, toSingleResult } from "../../workflows/checkSources";
import { consolidateSources, consolidationSheets } from "../../workflows/consolidateSources";
import type { RunOptions, Source } from "../../workflows/sources";
import { readUnitsRegistrySource } from "../../workflows/unitsRegistry";
import type { WorkflowError, WorkflowResult } from "../../workflows/workflowErrors";
import { annotateWorkbookBytes } from "../../xlsx/annotateWorkbook";
import { isCsvName } from "../fileKinds";
import { ownArrayBuffer, renderLayoutsToBytes } from "../layoutFiles";
import type { ConsolidationView, PaneCheckReport } from "../operations";
import { loadPickedBytes, readPickedBytes } from "../pickedFiles";
import { readFileBytes } from "../readFileBytes";
import type { CheckedEntry, EngineContext, EngineError, EngineKind, EngineRequest, EngineRequestOf, EngineResult, EngineRunOptions, EngineValues, PickedFile } from "./protocol";
import { createYielder } from "./yieldToEvents";

/** How long the engine works before it lets a Hủy in. */
const YIELD_EVERY_MS = 40;

/**
 * How many files' bytes are asked for ahead of the one being read: each read is a round trip to
 * the browser, which, one file after the other, took the worker longer than reading their XML.
 */
const READ_AHEAD = 6;

const ok = <K extends EngineKind>(value: EngineValues[K]): EngineResult<K> => ({ ok: true, value });
const refused = (error: WorkflowError): { ok: false; error: EngineError } => ({ ok: false, error: { code: "workflow", error } });

/** What the pane shows of a consolidation: all but the rows (tens of thousands, for the workbook only). */
export const toConsolidationView = (c: Consolidation): ConsolidationView => {
  const { entries: _rows, ...view } = c;
  return view;
};

/** A report without its nominations: the pane shows findings, quotas and counts. */
export const toPaneCheckReport = (report: CheckReport): PaneCheckReport => ({
  ...report,
  sheets: report.sheets.map(({ nominations: _rows, ...sheet }) => sheet),
});

interface HeldCheck {
  planId: string;
  files: { file: PickedFile; report: CheckReport | null }[];
}

interface HeldConsolidation {
  run: number;
  planId: string;
  consolidation: Consolidation;
}

export class PaneEngine {
  private lastCheck: HeldCheck | null = null;
  private held: HeldConsolidation | null = null;

  /** Runs one request; a fault of ours becomes a `fault` result, never a rejection. */
  async handle(request: EngineRequest, context: EngineContext): Promise<EngineResult<EngineKind>> {
    try {
      return await this.dispatch(request, context);
    } catch (error) {
      return { ok: false, error: { code: "fault", detail: error instanceof Error ? error.message : String(error) } };
    }
  }

  private dispatch(request: EngineRequest, context: EngineContext): Promise<EngineResult<EngineKind>> {
    switch (request.kind) {
      case "check":
        return this.check(request, context);
      case "markedCopy":
        return this.markedCopy(request);
      case "consolidate":
        return this.consolidate(request, context);
      case "appendix":
        return this.appendix(request, context);
      case "readRegistry":
        return this.readRegistry(request);
      case "forget":
        this.lastCheck = null;
        this.held = null;
        return Promise.resolve(ok<"forget">(null));
    }
  }

  /**
   * The files as sources, each read when the workflow comes to it, the bytes of the next few
   * already on their way; nothing is held once read.
   */
  private sources(files: readonly PickedFile[]): Source[] {
    const yieldNow = createYielder(YIELD_EVERY_MS);
    const loading = new Map<number, Promise<{ file: File; bytes: Uint8Array }>>();
    const load = (index: number): void => {
      const picked = files[index];
      if (!picked || loading.has(index)) return;
      const bytes = picked.open().then(async (file) => ({ file, bytes: await loadPickedBytes(file) }));
      // Awaited when its turn comes; a file the run never reaches (stopped) must not report its failure.
      bytes.catch(() => undefined);
      loading.set(index, bytes);
    };
    return files.map((picked, index) => ({
      name: picked.name,
      read: async () => {
        await yieldNow();
        for (let ahead = index; ahead <= index + READ_AHEAD; ahead++) load(ahead);
        const loaded = loading.get(index);
        loading.delete(index);
        if (!loaded) throw new Error(`file ${index} was not asked for`);
        const { file, bytes } = await loaded;
        return readPickedBytes(bytes, file.name, file.size);
      },
    }));
  }

  private runOptions(options: EngineRunOptions, context: EngineContext): RunOptions {
    return {
      ...(options.units ? { units: options.units } : {}),
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.unit ? { unit: options.unit } : {}),
      onProgress: (p) => context.onProgress({ phase: "read", ...p }),
      signal: context.signal,
    };
  }

  private async check(request: EngineRequestOf<"check">, context: EngineContext): Promise<EngineResult<"check">> {
    this.lastCheck = null;
    const result = await checkSources(request.plan, this.sources(request.files), this.runOptions(request.options, context));
    if (!result.ok) return refused(result.error);
    const checked: CheckedEntry[] = [];
    const failed: EngineValues["check"]["failed"] = [];
    const reports: (CheckReport | null)[] = [];
    for (const [index, check] of result.value.entries()) {
      const single = toSingleResult(check);
      reports.push(single.ok ? single.value : null);
      if (!single.ok) failed.push({ file: check.source, error: single.error });
      else checked.push({ index, file: check.source, report: request.full ? single.value : toPaneCheckReport(single.value), markable: !isCsvName(check.source) });
    }
    this.lastCheck = { planId: request.plan.id, files: request.files.map((file, i) => ({ file, report: reports[i] ?? null })) };
    return ok<"check">({ checked, failed });
  }

  private async markedCopy(request: EngineRequestOf<"markedCopy">): Promise<EngineResult<"markedCopy">> {
    const held = this.lastCheck?.planId === request.plan.id ? this.lastCheck.files[request.index] : undefined;
    if (!held?.report || isCsvName(held.file.name)) return { ok: false, error: { code: "no-marked-copy", file: held?.file.name ?? "" } };
    const bytes = await annotateWorkbookBytes(await readFileBytes(await held.file.open()), held.report, buildCheckResultSheet(held.report, request.plan));
    return ok<"markedCopy">({ bytes: ownArrayBuffer(bytes) });
  }

  private async consolidate(request: EngineRequestOf<"consolidate">, context: EngineContext): Promise<EngineResult<"consolidate">> {
    this.held = null;
    const total = request.files.length;
    const result = await consolidateSources(request.plan, this.sources(request.files), this.runOptions(request.options, context));
    if (!result.ok) return refused(result.error);
    const { consolidation, read } = result.value;
    context.onProgress({ phase: "write", done: total, total, current: "" });
    const bytes = await this.render(consolidationSheets(consolidation, request.plan).map((make) => make()));
    // Stopped while the workbook was made: nothing is kept or offered.
    if (context.signal.aborted) return refused({ code: "cancelled", done: total, total });
    this.held = { run: context.run, planId: request.plan.id, consolidation };
    return ok<"consolidate">({ run: context.run, view: request.withRows ? consolidation : toConsolidationView(consolidation), read, sources: total, bytes });
  }

  private async appendix(request: EngineRequestOf<"appendix">, context: EngineContext): Promise<EngineResult<"appendix">> {
    const { plan, input } = request;
    let layout: WorkflowResult<Layout>;
    let view: ConsolidationView | null = null;
    if (input.from === "files") {
      const made = await appendixFromSources(plan, request.request, this.sources(request.files), this.runOptions(request.options, context));
      if (!made.ok) return refused(made.error);
      layout = { ok: true, value: made.value.layout };
      const whole = made.value.outcome?.consolidation;
      view = whole ? (request.withRows ? whole : toConsolidationView(whole)) : null;
    } else if (input.from === "held") {
      const held = this.held;
      if (!held || held.run !== input.run || held.planId !== plan.id) return { ok: false, error: { code: "result-gone" } };
      layout = buildAppendix(plan, request.request, held.consolidation);
    } else {
      layout = buildAppendix(plan, request.request, input.from === "consolidation" ? input.consolidation : null);
    }
    if (!layout.ok) return refused(layout.error);
    const total = request.files.length;
    context.onProgress({ phase: "write", done: total, total, current: "" });
    const bytes = await this.render([layout.value]);
    if (context.signal.aborted) return refused({ code: "cancelled", done: total, total });
    return ok<"appendix">({ bytes, view });
  }

  private async readRegistry(request: EngineRequestOf<"readRegistry">): Promise<EngineResult<"readRegistry">> {
    const [source] = this.sources(request.files);
    if (!source) return refused({ code: "no-sources" });
    const registry = await readUnitsRegistrySource(request.plan, source);
    return registry.ok ? ok<"readRegistry">({ source: registry.value.source, sheet: registry.value.sheet }) : refused(registry.error);
  }

  private render(layouts: readonly Layout[]): Promise<ArrayBuffer> {
    return renderLayoutsToBytes(layouts);
  }
}
