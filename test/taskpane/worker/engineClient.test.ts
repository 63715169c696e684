import ExcelJS from "exceljs";
import { parsePlan } from "../../../src/core/plan/parsePlan";
import type { PaneProgress } from "../../../src/taskpane/operations";
import { createInProcessEngineClient, createWorkerEngineClient } from "../../../src/taskpane/worker/engineClient";
import { PaneEngine } from "../../../src/taskpane/worker/paneEngine";
import type { FromWorker, ToWorker } from "../../../src/taskpane/worker/protocol";
import { createWorkerHost } from "../../../src/taskpane/worker/workerHost";
import { makeHoaBinhSpec, TEST_PLAN_INPUT, type SheetSpec } from "../../helpers/sheets";

/**
 * The page and the worker of the browser pane, talking as they do in a browser (messages, each
 * delivered in a later turn of the event loop) but in one process: the file handles go a few per
 * message, progress comes back, Hủy answers at once and the worker's late answer is dropped, a
 * worker that cannot start or breaks leaves the engine on the page.
 */

const parsed = parsePlan(TEST_PLAN_INPUT);
if (!parsed.ok) throw new Error("test plan invalid");
const plan = parsed.plan;

const writeXlsx = async (spec: SheetSpec): Promise<Uint8Array<ArrayBuffer>> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.name);
  spec.rows.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
  }));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};

/** A Worker whose other side is the real worker host, one turn of the event loop away. */
class LoopbackWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: ToWorker[] = [];
  terminated = false;
  private readonly host: (message: ToWorker) => void;

  /** `progressEveryMs` 0: every file's progress is told, so a test does not hang on the machine's speed. */
  constructor(progressEveryMs?: number) {
    this.host = createWorkerHost((message) => setTimeout(() => this.onmessage?.({ data: message } as MessageEvent<FromWorker>), 0), new PaneEngine(), progressEveryMs);
  }

  postMessage(message: ToWorker): void {
    this.sent.push(message);
    setTimeout(() => this.host(message), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (w: LoopbackWorker): Worker => w as unknown as Worker;

let files: File[];
beforeAll(async () => {
  const bytes = await writeXlsx(makeHoaBinhSpec());
  files = Array.from({ length: 20 }, (_, i) => new File([bytes], `Xa_${String(i + 1).padStart(2, "0")}.xlsx`));
});

test("a run: its files' handles a few per message, progress on the way, the workbook back", async () => {
  const worker = new LoopbackWorker();
  const client = createWorkerEngineClient(() => asWorker(worker));
  const progress: PaneProgress[] = [];
  const result = await client.run({ kind: "consolidate", plan, options: {}, files }, { onProgress: (p) => progress.push(p) });
  expect(result.ok && result.value.read.length).toBe(20);
  expect(result.ok && result.value.bytes.byteLength).toBeGreaterThan(1000);
  expect(worker.sent.map((m) => (m.type === "files" ? m.files.length : m.type))).toStrictEqual(["run", 8, 8, 4]);
  const run = worker.sent[0];
  expect(run?.type === "run" && run.request.files).toStrictEqual(files.map((f) => f.name));
  // The first and the last of the reading are told, then the writing.
  expect(progress[0]).toStrictEqual({ phase: "read", done: 0, total: 20, current: "Xa_01.xlsx" });
  expect(progress.slice(-2)).toStrictEqual([
    { phase: "read", done: 20, total: 20, current: "" },
    { phase: "write", done: 20, total: 20, current: "" },
  ]);
});

test("Hủy: the run answers at once with how far it got, the worker is told, its late answer dropped; the next run goes on", async () => {
  const worker = new LoopbackWorker(0);
  const client = createWorkerEngineClient(() => asWorker(worker));
  const abort = new AbortController();
  let seen = -1;
  const result = await client.run(
    { kind: "consolidate", plan, options: {}, files },
    {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done === 0 || p.phase !== "read") return;
        seen = p.done;
        abort.abort();
      },
    },
  );
  expect([seen > 0 && seen < 20, result]).toStrictEqual([true, { ok: false, error: { code: "workflow", error: { code: "cancelled", done: seen, total: 20 } } }]);
  expect(worker.sent.filter((m) => m.type === "cancel")).toStrictEqual([{ type: "cancel", id: 1 }]);
  const next = await client.run({ kind: "check", plan, options: {}, full: false, files: files.slice(0, 2) });
  expect(next.ok && next.value.checked.map((c) => c.file)).toStrictEqual(["Xa_01.xlsx", "Xa_02.xlsx"]);
});

test("a worker that cannot start (a page opened as file://) leaves the engine on the page; one that breaks, too", async () => {
  const refused = createWorkerEngineClient(() => {
    throw new DOMException("Script cannot be accessed from origin 'null'", "SecurityError");
  });
  const onPage = await refused.run({ kind: "check", plan, options: {}, full: false, files: files.slice(0, 1) });
  expect(onPage.ok && onPage.value.checked.length).toBe(1);

  const worker = new LoopbackWorker();
  const breaking = createWorkerEngineClient(() => asWorker(worker), () => createInProcessEngineClient());
  const pending = breaking.run({ kind: "check", plan, options: {}, full: false, files: files.slice(0, 1) });
  worker.onerror?.({ message: "worker script failed" } as unknown as Event);
  expect(await pending).toStrictEqual({ ok: false, error: { code: "fault", detail: "worker script failed" } });
  expect(worker.terminated).toBe(true);
  const after = await breaking.run({ kind: "check", plan, options: {}, full: false, files: files.slice(0, 1) });
  expect(after.ok).toBe(true);
});
