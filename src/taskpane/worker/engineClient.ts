/**
 * The page's side of the browser pane's engine: one interface, two ways. A Web Worker (the pane
 * as shipped: the page never blocks on reading, checking or building a workbook), or the engine
 * loaded on the page itself where no worker can start (a page opened as file://, jsdom in tests).
 * Hủy answers at once with the workflow's own "cancelled" refusal; whatever the engine finishes
 * after that is dropped, so nothing of a stopped run is ever shown or offered.
 */
import type { PaneProgress } from "../operations";
import type { PaneEngine } from "./paneEngine";
import { pickedFileOf, type EngineKind, type EngineRequest, type EngineRequests, type EngineResult, type FromWorker, type ToWorker, type WireRequest } from "./protocol";

export interface EngineRunControl {
  onProgress?: (progress: PaneProgress) => void;
  signal?: AbortSignal;
}

/** A request as the page gives it: its files are the picked File objects (none when left out). */
export type ClientRequest = { [K in EngineKind]: { kind: K; files?: readonly File[] } & EngineRequests[K] }[EngineKind];

export interface EngineClient {
  run<R extends ClientRequest>(request: R, control?: EngineRunControl): Promise<EngineResult<R["kind"]>>;
  /** Gets the engine ready (a worker starts loading its code) before the first run needs it. */
  prepare(): void;
}

/**
 * How many file handles go in one message, and the pause between two: cloning a handle costs
 * the page up to a millisecond (the browser is asked for the file's size and date), so 300 sent
 * at once held it a third of a second. Eight every 16 ms still runs ahead of the worker, which
 * reads and checks a file in several milliseconds.
 */
const FILES_PER_MESSAGE = 8;
const PAUSE_BETWEEN_MESSAGES_MS = 16;

const cancelledAfter = <K extends EngineKind>(last: PaneProgress | null, total: number): EngineResult<K> => ({
  ok: false,
  error: { code: "workflow", error: { code: "cancelled", done: last?.phase === "read" ? last.done : (last?.total ?? 0), total: last?.total ?? total } },
});

const faultOf = <K extends EngineKind>(error: unknown): EngineResult<K> => ({ ok: false, error: { code: "fault", detail: error instanceof Error ? error.message : String(error) } });

/** The engine on the page, loaded (with exceljs) only when first asked for. */
export function createInProcessEngineClient(load: () => Promise<PaneEngine> = async () => new (await import("./paneEngine.js")).PaneEngine()): EngineClient {
  let engine: Promise<PaneEngine> | null = null;
  let nextRun = 1;
  return {
    prepare() {
      engine ??= load();
    },
    run<R extends ClientRequest>(request: R, control: EngineRunControl = {}): Promise<EngineResult<R["kind"]>> {
      type K = R["kind"];
      const run = nextRun++;
      const files = request.files ?? [];
      const signal = { aborted: false };
      let last: PaneProgress | null = null;
      return new Promise<EngineResult<K>>((resolve) => {
        let settled = false;
        const settle = (result: EngineResult<K>): void => {
          if (settled) return;
          settled = true;
          resolve(result);
        };
        const stop = (): void => {
          signal.aborted = true;
          settle(cancelledAfter<K>(last, files.length));
        };
        if (control.signal?.aborted) return stop();
        control.signal?.addEventListener("abort", stop, { once: true });
        engine ??= load();
        engine
          .then((e) =>
            // The same request with its files as the engine reads them: only `files` changes.
            e.handle({ ...request, files: files.map(pickedFileOf) } as EngineRequest, {
              run,
              signal,
              onProgress: (p) => {
                if (settled) return;
                last = p;
                control.onProgress?.(p);
              },
            }),
          )
          .then((result) => settle(result as EngineResult<K>), (error: unknown) => settle(faultOf<K>(error)));
      });
    },
  };
}

interface Pending {
  settle: (result: EngineResult<EngineKind>) => void;
  onProgress?: (progress: PaneProgress) => void;
}

/**
 * The engine in a Web Worker made by `makeWorker`, started at the first request. A worker that
 * cannot start (file://) or breaks leaves the pane working: later requests go to the engine on
 * the page.
 */
export function createWorkerEngineClient(makeWorker: () => Worker, fallback: () => EngineClient = () => createInProcessEngineClient()): EngineClient {
  let worker: Worker | null = null;
  let broken = false;
  let onPage: EngineClient | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const receive = (event: MessageEvent<FromWorker>): void => {
    const message = event.data;
    const entry = pending.get(message.id);
    if (!entry) return; // a run stopped on the page: its late answer is dropped
    if (message.type === "progress") entry.onProgress?.(message.progress);
    else entry.settle(message.result);
  };
  const breakDown = (error: unknown): void => {
    broken = true;
    worker?.terminate();
    worker = null;
    // An ErrorEvent is no Error: its message is what the report needs.
    const message = typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" && error.message ? error.message : "worker failed";
    for (const entry of [...pending.values()]) entry.settle(faultOf(new Error(message)));
  };
  const start = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = makeWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = receive;
    worker.onerror = (event) => breakDown(event);
    return worker;
  };

  /**
   * The handles, a few per message, while the run is on. Between two messages the page goes back
   * to its timers and input (a timer, not a message: a chain of message tasks can starve them).
   */
  const sendFiles = async (w: Worker, id: number, files: readonly File[]): Promise<void> => {
    for (let i = 0; i < files.length && pending.has(id); i += FILES_PER_MESSAGE) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_MESSAGES_MS));
      if (!pending.has(id)) return;
      w.postMessage({ type: "files", id, files: files.slice(i, i + FILES_PER_MESSAGE) } satisfies ToWorker);
    }
  };

  return {
    prepare() {
      if (!start()) (onPage ??= fallback()).prepare();
    },
    run<R extends ClientRequest>(request: R, control: EngineRunControl = {}): Promise<EngineResult<R["kind"]>> {
      type K = R["kind"];
      const w = start();
      if (!w) return (onPage ??= fallback()).run(request, control);
      const id = nextId++;
      const files = request.files ?? [];
      let last: PaneProgress | null = null;
      return new Promise<EngineResult<K>>((resolve) => {
        const settle = (result: EngineResult<EngineKind>): void => {
          if (!pending.delete(id)) return;
          control.signal?.removeEventListener("abort", stop);
          resolve(result as EngineResult<K>);
        };
        const stop = (): void => {
          w.postMessage({ type: "cancel", id } satisfies ToWorker);
          settle(cancelledAfter<K>(last, files.length));
        };
        pending.set(id, {
          settle,
          onProgress: (p) => {
            last = p;
            control.onProgress?.(p);
          },
        });
        // The same request with its files by name: their handles follow in `files` messages.
        const wire = { ...request, files: files.map((f) => f.name) } as WireRequest;
        try {
          w.postMessage({ type: "run", id, request: wire } satisfies ToWorker);
        } catch (error) {
          settle(faultOf(error));
          return;
        }
        if (control.signal?.aborted) stop();
        else control.signal?.addEventListener("abort", stop, { once: true });
        void sendFiles(w, id, files);
      });
    },
  };
}
