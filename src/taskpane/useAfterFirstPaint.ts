import { useEffect, useState } from "react";

/**
 * False for the pane's first paint, true once that frame is on screen: what is not in view (the
 * hidden areas) is rendered then, so the first paint costs only what the officer sees.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (): void => {
      timer = setTimeout(() => setPainted(true), 0);
    };
    // The frame's callback runs before it is painted; the task after it, once it is.
    const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(later) : null;
    if (frame === null) later();
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
