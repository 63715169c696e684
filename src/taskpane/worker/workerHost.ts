/**
 * The worker's side of the browser pane's engine: runs the requests one after the other, takes
 * each run's file handles as they come, tells progress (at most every 50 ms while reading),
 * hears Hủy between two files, and hands the workbooks it built back without copying them.
 * paneWorker.ts wires it to the worker's global scope; the tests wire it to a fake page.
 */
import { FileInbox } from "./fileInbox";
import { PaneEngine } from "./paneEngine";
import type { EngineKind, EngineRequest, EngineResult, FromWorker, ToWorker, WireRequest } from "./protocol";

/** How often progress is told while reading, at most (a test may ask for every file). */
const PROGRESS_EVERY_MS = 50;

const transferablesOf = (result: EngineResult<EngineKind>): Transferable[] =>
  result.ok && result.value !== null && "bytes" in result.value && result.value.bytes instanceof ArrayBuffer ? [result.value.bytes] : [];

/** The request with its files as the engine reads them (same fields; only `files` differs from the wire). */
const toEngineRequest = (wire: WireRequest, inbox: FileInbox): EngineRequest => ({ ...wire, files: inbox.picked() }) as EngineRequest;

/** The handler of the page's messages, answering through `post`. */
export function createWorkerHost(
  post: (message: FromWorker, transfer: Transferable[]) => void,
  engine: PaneEngine = new PaneEngine(),
  progressEveryMs = PROGRESS_EVERY_MS,
): (message: ToWorker) => void {
  const runs = new Map<number, { signal: { aborted: boolean }; inbox: FileInbox }>();
  let queue: Promise<void> = Promise.resolve();

  const run = async (id: number, wire: WireRequest): Promise<void> => {
    const state = runs.get(id);
    if (!state) return;
    let lastPosted = 0;
    const result: EngineResult<EngineKind> = state.signal.aborted
      ? { ok: false, error: { code: "workflow", error: { code: "cancelled", done: 0, total: wire.files.length } } }
      : await engine.handle(toEngineRequest(wire, state.inbox), {
          run: id,
          signal: state.signal,
          onProgress: (progress) => {
            const now = Date.now();
            const between = progress.phase === "read" && progress.done > 0 && progress.done < progress.total;
            if (between && now - lastPosted < progressEveryMs) return;
            lastPosted = now;
            post({ type: "progress", id, progress }, []);
          },
        });
    runs.delete(id);
    post({ type: "done", id, result }, transferablesOf(result));
  };

  return (message) => {
    if (message.type === "files") {
      runs.get(message.id)?.inbox.add(message.files);
      return;
    }
    if (message.type === "cancel") {
      const state = runs.get(message.id);
      if (!state) return;
      state.signal.aborted = true;
      state.inbox.close();
      return;
    }
    runs.set(message.id, { signal: { aborted: false }, inbox: new FileInbox(message.request.files) });
    queue = queue.then(() => run(message.id, message.request));
  };
}
