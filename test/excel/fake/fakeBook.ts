/**
 * An in-memory Excel workbook with the semantics the adapter relies on: commands are queued and
 * run only at sync, loaded properties are readable only after a sync, a response over the host's
 * limit fails the whole batch, errors carry office-js codes, and text typed into a General cell is
 * turned into a formula or number as Excel would. office-addin-mock has none of this.
 */
import { parseRangeAddress, type RangeRect } from "../../../src/excel/addresses";

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
}

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  fill: FakeFill;
  font: { color: string; name: string; size: number; bold: boolean; italic: boolean };
  horizontal: string;
  vertical: string;
  wrap: boolean;
  borders: Record<string, string>;
}

export function createDefaultCell(): FakeCell {
  return {
    value: "",
    formula: null,
    numberFormat: "General",
    fill: { color: "#FFFFFF", pattern: "None" },
    font: { color: "#000000", name: "Calibri", size: 11, bold: false, italic: false },
    horizontal: "General",
    vertical: "Bottom",
    wrap: false,
    borders: {},
  };
}

/** A deep copy of a cell (structuredClone is ten times slower, and the fake writes 300,000 cells in the scale tests). */
function copyCell(cell: FakeCell): FakeCell {
  return { ...cell, fill: { ...cell.fill }, font: { ...cell.font }, borders: { ...cell.borders } };
}

export interface FakeComment {
  id: string;
  cell: string;
  content: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly notes = new Map<string, string>();
  comments: FakeComment[] = [];
  merges: string[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly pageLayout: Record<string, unknown> = {};
  readonly validations: { range: string; rule: unknown }[] = [];
  frozenRows = 0;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(public name: string) {}

  readCell(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? createDefaultCell();
  }

  /** Copy-on-write so a test's setup objects are never shared between cells. */
  updateCell(row: number, col: number, change: (cell: FakeCell) => void): void {
    const cell = copyCell(this.readCell(row, col));
    change(cell);
    this.cells.set(`${row},${col}`, cell);
  }

  /** Excel's used range: cells with values (valuesOnly) or also formatted cells; A1 when blank. */
  findUsedRect(valuesOnly: boolean): RangeRect {
    const blank = JSON.stringify(createDefaultCell());
    let rect: RangeRect | null = null;
    for (const [key, cell] of this.cells) {
      const used = valuesOnly ? cell.value !== "" || cell.formula !== null : JSON.stringify(cell) !== blank;
      if (!used) continue;
      const [row, col] = key.split(",").map(Number) as [number, number];
      rect = rect
        ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }
}

export interface FakeError extends Error {
  code: string;
}

export function createFakeError(code: string, message = code): FakeError {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

/** Excel on the web's 5 MB cap on a request and on a response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A workbook-level defined name pointing at a cell: it follows its sheet when renamed, and says #REF! once the sheet is deleted. */
export interface FakeName {
  name: string;
  sheet: FakeSheet;
  cell: string;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  active = "";
  selection: { sheet: string; address: string } | null = null;
  readonly settings = new Map<string, unknown>();
  /** Defined names by name in lower case (Excel's names ignore case). */
  readonly names = new Map<string, FakeName>();
  /** The highest ExcelApi 1.x set the host has, as x: 18 for ExcelApi 1.18, 9 for 1.9. */
  apiMinor = 18;
  /** The cap on a response (Excel on the web's 5 MB, on by default as reads have always been tested). */
  payloadLimit = WEB_PAYLOAD_LIMIT;
  /** The cap on a request: null is desktop Excel (none); WEB_PAYLOAD_LIMIT is Excel on the web. */
  requestLimit: number | null = null;
  nextId = 1;

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  /** What `NamedItem.value` gives: the reference as Excel writes it, or "#REF!" when the sheet is gone. */
  describeName(item: FakeName): string {
    if (!this.sheets.includes(item.sheet)) return "#REF!";
    const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(item.sheet.name) ? item.sheet.name : `'${item.sheet.name.replace(/'/g, "''")}'`;
    return `${quoted}!$${item.cell.replace(/(\d+)$/, "$$$1")}`;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireApi(minor: number, what: string): void {
    if (this.apiMinor < minor) throw createFakeError("ApiNotFound", `${what} cần ExcelApi 1.${minor}`);
  }
}

/** A queued command; a load returns what it will deliver (for the payload size) and how to deliver it. */
export type FakeCommand = () => { payload: unknown; deliver: () => void } | void;

/**
 * What a queued call puts into the request: the property or method `name`, its `args`, and the
 * property objects reached on the way (`range.format.fill.color = …` goes through "Format", "Fill").
 */
export interface FakeCall {
  name: string;
  args?: unknown[];
  via?: string[];
}

const utf8 = new TextEncoder();
const weighJson = (record: unknown): number => utf8.encode(JSON.stringify(record)).length;

/**
 * The request of a batch, weighed as office.js serialises it: `{"Actions":[…],"ObjectPaths":{…}}`,
 * one object path record (with its arguments) and one instantiate action per proxy a method made
 * (getRange, getRanges, getItem, getItemOrNullObject), one path per property object reached, one
 * action record per set, call or load with its arguments, each as JSON in UTF-8 (the records are
 * built with office.js's field names and real-sized ids and measured, not guessed). Two ways it
 * differs from the real host, both small: a property object used twice in one batch is counted
 * twice (more than the host, so on the safe side), and a proxy made in an earlier batch is
 * counted only in that one (less, by one path record per reuse — a handful per sync).
 */
class FakeRequest {
  bytes = 0;
  private nextId = 100_000;

  path(name: string, args: unknown[] = []): void {
    const id = this.nextId++;
    this.bytes += weighJson({ [id]: { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: id - 1, ArgumentInfo: { Arguments: args } } });
    this.bytes += weighJson({ Id: this.nextId++, ActionType: 1, Name: "", ObjectPathId: id }) + 2;
  }

  action(call: FakeCall): void {
    for (const name of call.via ?? []) {
      const id = this.nextId++;
      this.bytes += weighJson({ [id]: { Id: id, ObjectPathType: 4, Name: name, ParentObjectPathId: id - 1 } }) + 1;
    }
    const id = this.nextId++;
    this.bytes += weighJson({ Id: id, ActionType: 4, Name: call.name, ObjectPathId: id - 1, ArgumentInfo: { Arguments: call.args ?? [] } }) + 1;
  }

  /** The envelope, and the workbook's root path every request carries. */
  static readonly EMPTY_BYTES = weighJson({ Actions: [], ObjectPaths: { 1: { Id: 1, ObjectPathType: 1, Name: "" } } });
}

export class FakeQueue {
  syncs = 0;
  /** Sizes of the responses delivered, and of those refused as too large (JSON in UTF-8). */
  readonly payloads: number[] = [];
  readonly refused: number[] = [];
  /** Sizes of the requests sent (each sync's), and of those refused as too large. */
  readonly requests: number[] = [];
  readonly refusedRequests: number[] = [];
  private commands: FakeCommand[] = [];
  private request = new FakeRequest();

  constructor(readonly book: FakeBook) {}

  /** Queues a call; `call` is what it adds to the request (a nameless call without arguments by default). */
  push(command: FakeCommand, call: FakeCall = { name: "" }): void {
    this.request.action(call);
    this.commands.push(command);
  }

  /** A proxy made by a method (`getRange("A1")`): its path goes into the next request. */
  weighPath(name: string, args: unknown[] = []): void {
    this.request.path(name, args);
  }

  /**
   * Refuses a request over the host's limit before running anything of it, as Excel on the web
   * does; otherwise runs the batch in order, stops at the first error, and delivers the loads
   * only if the response fits.
   */
  async sync(): Promise<void> {
    this.syncs += 1;
    const commands = this.commands;
    const request = this.request.bytes + FakeRequest.EMPTY_BYTES;
    this.commands = [];
    this.request = new FakeRequest();
    if (this.book.requestLimit !== null && request > this.book.requestLimit) {
      this.refusedRequests.push(request);
      throw createFakeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.requests.push(request);
    const deliveries: (() => void)[] = [];
    let size = 0;
    for (const command of commands) {
      const loaded = command();
      if (!loaded) continue;
      size += weighJson(loaded.payload ?? null);
      deliveries.push(loaded.deliver);
    }
    if (size > this.book.payloadLimit) {
      this.refused.push(size);
      throw createFakeError("ResponsePayloadSizeLimitExceeded");
    }
    this.payloads.push(size);
    for (const deliver of deliveries) deliver();
  }
}

export function parseRectOrThrow(address: string): RangeRect {
  const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address) ?? null;
  if (whole) {
    const left = parseRangeAddress(`${whole[1]}1`);
    const right = parseRangeAddress(`${whole[2]}1`);
    if (left && right) return { top: 0, left: left.left, bottom: 1048575, right: right.left };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16383 };
  const rect = parseRangeAddress(address.replace(/\$/g, ""));
  if (!rect) throw createFakeError("InvalidArgument", `Địa chỉ không hợp lệ: ${address}`);
  return rect;
}

/** Excel's coercion of typed text in a cell that is not formatted as Text (@). */
export function coerceTypedValue(value: unknown, numberFormat: string): { value: string | number | boolean; formula: string | null } {
  if (typeof value !== "string" || numberFormat === "@") return { value: value as string | number | boolean, formula: null };
  if (/^[=+@]./.test(value) || /^-[^\d\s]/.test(value)) return { value: 0, formula: value.startsWith("=") ? value : `=${value}` };
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value), formula: null };
  if (/^(true|false)$/i.test(value)) return { value: value.toLowerCase() === "true", formula: null };
  return { value, formula: null };
}
