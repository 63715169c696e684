import { useCallback, useState } from "react";
import { describeFailure } from "../operations";

/** Runs one async action at a time and keeps its failure as a sentence for a MessageBar. */
export function useAction(): { busy: boolean; error: string | null; run: <T>(action: () => Promise<T>) => Promise<T | undefined>; clearError: () => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(describeFailure(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clearError: () => setError(null) };
}
