import { useEffect, useRef } from "react";

/**
 * Where focus goes around an action, so that it never falls to the page's body: to Hủy while
 * the action runs (its button is disabled meanwhile), then to the result's summary, or to the
 * message saying why there is none.
 */
export function useResultFocus(running: boolean, result: unknown, message: unknown) {
  const statusRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running) statusRef.current?.querySelector("button")?.focus();
  }, [running]);
  useEffect(() => {
    if (running) {
      wasRunning.current = true;
      return;
    }
    if (!wasRunning.current) return;
    wasRunning.current = false;
    if (message) messageRef.current?.focus();
    else if (result) summaryRef.current?.focus();
  }, [running, result, message]);
  return { statusRef, summaryRef, messageRef };
}
