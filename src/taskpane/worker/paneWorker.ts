/** The browser pane's Web Worker (a chunk of its own): the engine's host on the worker's global scope. */
import type { FromWorker, ToWorker } from "./protocol";
import { createWorkerHost } from "./workerHost";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createWorkerHost((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
