import type { PickedFile } from "./protocol";

/** The run's stop, heard by a file still awaited. */
export class RunStoppedError extends Error {
  constructor() {
    super("run stopped");
    this.name = "RunStoppedError";
  }
}

/**
 * The handles of a run's files as they arrive in the worker, a few per message: the engine asks
 * for file i when the workflow comes to it and waits only if it has not arrived yet.
 */
export class FileInbox {
  private readonly files: (File | undefined)[] = [];
  private readonly waiting = new Map<number, { resolve: (file: File) => void; reject: (error: Error) => void }>();
  private received = 0;
  private closed = false;

  constructor(private readonly names: readonly string[]) {}

  /** The next handles, in the order the names were given. */
  add(batch: readonly File[]): void {
    for (const file of batch) {
      const index = this.received++;
      this.files[index] = file;
      this.waiting.get(index)?.resolve(file);
      this.waiting.delete(index);
    }
  }

  /** The run was stopped: a file still awaited never comes. */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiting.values()) waiter.reject(new RunStoppedError());
    this.waiting.clear();
  }

  picked(): PickedFile[] {
    return this.names.map((name, index) => ({
      name,
      open: () => {
        const file = this.files[index];
        if (file) return Promise.resolve(file);
        if (this.closed) return Promise.reject(new RunStoppedError());
        return new Promise<File>((resolve, reject) => this.waiting.set(index, { resolve, reject }));
      },
    }));
  }
}
