/**
 * `google.script.run` for the sidebar in Chromium, with the add-on's real server behind it over a
 * fake spreadsheet (given as JSON in `window.__DIENHINH_FAKE_BOOK__`): calls are answered
 * asynchronously, their arguments and results cross as JSON as Apps Script carries them, a thrown
 * error reaches the failure handler. `window.__sheetsFake` lets the test look into the spreadsheet.
 * Bundled by test/e2e/sheetsSidebar.test.ts with esbuild; runs in the page before the sidebar.
 */
import { listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { createSheetsServer } from "../../../src/sheets/server/server";
import { createFakeHost, FakeProperties } from "./fakeSpreadsheet";
import { restoreBook, storeBook, type StoredBook } from "./serializeBook";

interface PageGlobals {
  __DIENHINH_FAKE_BOOK__?: StoredBook;
  __sheetsFake?: unknown;
  google?: unknown;
}

const page = globalThis as unknown as PageGlobals;
const stored = page.__DIENHINH_FAKE_BOOK__;
if (stored) {
  const book = restoreBook(stored);
  const properties = new FakeProperties();
  const server = createSheetsServer(createFakeHost(book, properties), listBuiltinPlans()) as unknown as Record<string, (...args: unknown[]) => unknown>;
  const calls: string[] = [];

  type Handler = (value: unknown) => void;
  const makeRunner = (success: Handler | null, failure: Handler | null): unknown =>
    new Proxy({}, {
      get(_target, name) {
        if (name === "withSuccessHandler") return (h: Handler) => makeRunner(h, failure);
        if (name === "withFailureHandler") return (h: Handler) => makeRunner(success, h);
        if (typeof name !== "string" || typeof server[name] !== "function") return undefined;
        return (...args: unknown[]) => {
          calls.push(name);
          const sent = args.map((a) => JSON.parse(JSON.stringify(a ?? null)) as unknown);
          // An async server function's value is handed over once it is settled (see docs/NOTES.md, issue 12).
          setTimeout(() => {
            Promise.resolve()
              .then(() => server[name]?.(...sent))
              .then(
                (result) => success?.(result === undefined ? undefined : JSON.parse(JSON.stringify(result))),
                (error: unknown) => failure?.(error instanceof Error ? new Error(error.message) : new Error(String(error))),
              );
          }, 0);
        };
      },
    });

  page.google = { script: { run: makeRunner(null, null) } };
  page.__sheetsFake = {
    calls,
    properties: () => Object.fromEntries(properties.values),
    book: () => storeBook(book),
    cell: (sheet: string, r: number, c: number) => book.sheet(sheet).grid.peek(r, c) ?? null,
    selection: (sheet: string) => book.sheet(sheet).grid.selection,
    activate: (sheet: string) => {
      book.active = book.sheet(sheet);
    },
  };
}
