import { TextDecoder, TextEncoder } from "node:util";

/** Fluent UI v9 measures elements with ResizeObserver, which jsdom lacks. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** What jsdom lacks and real browsers have: ResizeObserver (Fluent UI), TextDecoder (zip inspection). */
export function installDomStubs(): void {
  if (!("ResizeObserver" in globalThis)) Object.defineProperty(globalThis, "ResizeObserver", { value: ResizeObserverStub, writable: true, configurable: true });
  if (!("TextDecoder" in globalThis)) Object.defineProperty(globalThis, "TextDecoder", { value: TextDecoder, writable: true, configurable: true });
  if (!("TextEncoder" in globalThis)) Object.defineProperty(globalThis, "TextEncoder", { value: TextEncoder, writable: true, configurable: true });
}
