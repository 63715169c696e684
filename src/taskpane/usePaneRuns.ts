import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { describeFailure, isCancellation, type PaneProgress, type PaneRunOptions } from "./operations";

export type PaneArea = "check" | "consolidate" | "appendix";

export interface RunningAction {
  area: PaneArea;
  /** The run's progress, read by the one component that draws it (a change repaints only that). */
  progress: ProgressStore;
}

/** The running action's progress, outside React state: the worker reports it twenty times a second. */
export interface ProgressStore {
  subscribe(listener: () => void): () => void;
  read(): PaneProgress | null;
}

function createProgressStore(): ProgressStore & { write(progress: PaneProgress): void } {
  let current: PaneProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read: () => current,
    write: (progress) => {
      current = progress;
      for (const listener of listeners) listener();
    },
  };
}

/** The progress of a store, for the component drawing it. */
export const useProgress = (store: ProgressStore): PaneProgress | null => useSyncExternalStore(store.subscribe, store.read, store.read);

/** A failed or stopped action, shown in its area and announced. */
export interface AreaMessage {
  message: string;
  cancelled: boolean;
}

export interface PaneRuns {
  running: RunningAction | null;
  messages: Partial<Record<PaneArea, AreaMessage>>;
  /** The text of the live region: results and errors, read out when they change. */
  announcement: string;
  /**
   * Runs one action at a time: progress and Hủy for it, its failure kept for its area. Resolves
   * to the value, or undefined when it failed or was stopped (nothing of it is then kept).
   */
  run: <T>(area: PaneArea, work: (options: Pick<PaneRunOptions, "onProgress" | "signal">) => Promise<T>, describe: (value: T) => string) => Promise<T | undefined>;
  cancel: () => void;
  clearMessage: (area: PaneArea) => void;
  announce: (text: string) => void;
}

/**
 * The pane's actions and what they tell: one at a time (others are disabled meanwhile), a
 * progress that repaints its bar alone, at most once a frame however fast the worker reports,
 * Hủy through an AbortSignal, and one live region for everything a screen reader should hear.
 */
export function usePaneRuns(): PaneRuns {
  const [running, setRunning] = useState<RunningAction | null>(null);
  const [messages, setMessages] = useState<Partial<Record<PaneArea, AreaMessage>>>({});
  const [announcement, setAnnouncement] = useState("");
  const controller = useRef<AbortController | null>(null);
  const frame = useRef<number | null>(null);
  const pending = useRef<PaneProgress | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const announce = useCallback((text: string) => {
    // Cleared first, so that the same sentence twice is read twice.
    setAnnouncement("");
    setTimeout(() => setAnnouncement(text), 50);
  }, []);

  const run = useCallback(
    async <T,>(area: PaneArea, work: (options: Pick<PaneRunOptions, "onProgress" | "signal">) => Promise<T>, describe: (value: T) => string): Promise<T | undefined> => {
      if (controller.current) return undefined;
      const abort = new AbortController();
      controller.current = abort;
      const store = createProgressStore();
      setRunning({ area, progress: store });
      setMessages((m) => ({ ...m, [area]: undefined }));
      const onProgress = (progress: PaneProgress): void => {
        if (abort.signal.aborted) return;
        pending.current = progress;
        if (frame.current !== null) return;
        const paint = (): void => {
          frame.current = null;
          const latest = pending.current;
          if (latest && !abort.signal.aborted) store.write(latest);
        };
        frame.current = typeof requestAnimationFrame === "function" ? requestAnimationFrame(paint) : (setTimeout(paint, 16) as unknown as number);
      };
      try {
        const value = await work({ onProgress, signal: abort.signal });
        if (abort.signal.aborted) throw new Error("aborted");
        announce(describe(value));
        return value;
      } catch (error) {
        const cancelled = abort.signal.aborted || isCancellation(error);
        const message = cancelled && !isCancellation(error) ? "Đã dừng theo yêu cầu; chưa có kết quả nào." : describeFailure(error);
        setMessages((m) => ({ ...m, [area]: { message, cancelled } }));
        announce(cancelled ? message : `Lỗi: ${message}`);
        return undefined;
      } finally {
        controller.current = null;
        pending.current = null;
        setRunning(null);
      }
    },
    [announce],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearMessage = useCallback((area: PaneArea) => setMessages((m) => ({ ...m, [area]: undefined })), []);
  return { running, messages, announcement, run, cancel, clearMessage, announce };
}
