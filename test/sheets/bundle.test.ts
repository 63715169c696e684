/**
 * dist/sheets as `npm run build:sheets` makes it: Code.js evaluated in a bare node:vm context (no
 * Node, no DOM, no Apps Script until a function asks) defines every server function at top level,
 * and, given fake Apps Script services, answers as the server does in-process; appsscript.json asks
 * for the two narrow scopes only; Sidebar.html is one self-contained page.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { listBuiltinPlans } from "../../src/plans/builtinPlans";
import { SERVER_FUNCTIONS, createSheetsServer } from "../../src/sheets/server/server";
import { EMPTY_SETTINGS_TAG } from "../../src/sheets/server/sidebarPage";
import { buildSheets, type SheetsBuild } from "../../scripts/buildSheets";
import { addListSheet } from "../helpers/cliFixtures";
import { createFakeHost, fakeFormatDate, FakeProperties, type FakeSpreadsheet } from "./fake/fakeSpreadsheet";
import { openInFakeSheets } from "./fake/fromExcelJs";
import { PLAN_ID, THACH_BAN_TCVN3 } from "./helpers/wardBook";

let built: SheetsBuild;
let code: string;

beforeAll(async () => {
  built = await buildSheets(mkdtempSync(join(tmpdir(), "dienhinh-sheets-build-")));
  code = readFileSync(join(built.dir, "Code.js"), "utf8");
}, 300_000);
afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

/** A ward's TCVN3 tab with its dates as text: a Date made outside the vm would not be a Date inside it. */
function openWard(): FakeSpreadsheet {
  const wb = new ExcelJS.Workbook();
  addListSheet(wb, THACH_BAN_TCVN3);
  return openInFakeSheets(wb, "Phuong_Thach_Ban");
}

/** Code.js in a context holding only the given globals. */
function evaluate(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: "Code.js" });
  return context;
}

test("Code.js evaluates in a bare context and defines every server function at top level", () => {
  const context = evaluate({});
  expect(SERVER_FUNCTIONS.filter((name) => typeof context[name] !== "function")).toStrictEqual([]);
  expect(Object.keys(context).sort()).toStrictEqual([...SERVER_FUNCTIONS, "DienHinh"].sort());
  // The plans were validated when building and are carried as data.
  expect(JSON.parse(JSON.stringify(context.listPlans()))).toStrictEqual(listBuiltinPlans().map((p) => ({ id: p.id, title: p.title })));
});

test("Code.js carries only the project's own code: no zod, no Node or DOM module", () => {
  expect(built.serverInputs.filter((i) => /node_modules|zod/.test(i))).toStrictEqual([]);
  expect(built.serverInputs).toContain("src/core/check/checkWorkbook.ts");
});

test("onOpen before authorisation makes the menu and touches nothing else", () => {
  const menus: string[][] = [];
  const ui = {
    createAddonMenu: () => {
      const items: string[] = [];
      const menu = { addItem: (caption: string, fn: string) => (items.push(`${caption} → ${fn}`), menu), addSeparator: () => menu, addToUi: () => void menus.push(items) };
      return menu;
    },
  };
  const forbidden = () => {
    throw new Error("touched without authorisation");
  };
  const context = evaluate({ SpreadsheetApp: { getUi: () => ui, getActiveSpreadsheet: forbidden }, PropertiesService: { getDocumentProperties: forbidden } });
  context.onOpen({ authMode: "NONE" });
  expect(menus).toStrictEqual([[
    "Mở ngăn Điển hình → showSidebar",
    "Kiểm tra trang tính đang mở → menuCheck",
    "Tổng hợp các trang → menuConsolidate",
    "Tạo phụ lục… → menuAppendix",
    "Xóa đánh dấu → menuClearMarks",
  ]]);
});

test("with Apps Script's services, checkActiveSheet and consolidateWorkbook of Code.js answer as the server in-process", async () => {
  const viaBundle = openWard();
  const inProcess = openWard();
  const host = createFakeHost(viaBundle, new FakeProperties());
  const context = evaluate({
    SpreadsheetApp: { getActiveSpreadsheet: () => viaBundle, getUi: () => host.ui() },
    PropertiesService: { getDocumentProperties: () => host.documentProperties() },
    HtmlService: host.html(),
    Utilities: { formatDate: fakeFormatDate },
  });
  const server = createSheetsServer(createFakeHost(inProcess), listBuiltinPlans());

  const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
  expect(json(await context.checkActiveSheet(PLAN_ID))).toStrictEqual(json(await server.checkActiveSheet(PLAN_ID)));
  expect(json(await context.consolidateWorkbook(PLAN_ID))).toStrictEqual(json(await server.consolidateWorkbook(PLAN_ID)));
  expect(viaBundle.sheets.map((s) => s.name)).toStrictEqual(inProcess.sheets.map((s) => s.name));
});

test("appsscript.json asks for the current spreadsheet and the sidebar, nothing else", () => {
  const manifest = JSON.parse(readFileSync(join(built.dir, "appsscript.json"), "utf8")) as { runtimeVersion: string; oauthScopes: string[] };
  expect(manifest.runtimeVersion).toBe("V8");
  expect(manifest.oauthScopes).toStrictEqual(["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"]);
});

test("Sidebar.html is one page: its script inline, nothing loaded from elsewhere, one settings tag to fill", () => {
  const html = readFileSync(join(built.dir, "Sidebar.html"), "utf8");
  expect(html.match(/<script\b[^>]*\bsrc=|<link\b|https?:\/\/[^"'\s]*\.(js|css)\b/gi)).toBeNull();
  expect(html.split(EMPTY_SETTINGS_TAG).length).toBe(2);
  // The inline bundle cannot close its own element early.
  const script = html.slice(html.lastIndexOf("<script>") + 8, html.lastIndexOf("</script>"));
  expect(/<\/script/i.test(script)).toBe(false);
});
