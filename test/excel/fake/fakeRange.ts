/**
 * Fake Range, RangeAreas and their format objects: writes are queued, loads deliver at sync.
 */
import { listCellsOfRect, toRangeAddress, type RangeRect } from "../../../src/excel/addresses";
import { coerceTypedValue, createFakeError, parseRectOrThrow, type FakeCell, type FakeQueue, type FakeSheet } from "./fakeBook";

export interface Located {
  sheet: FakeSheet;
  rects: RangeRect[];
}

export function quoteLikeExcel(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A proxy's loaded properties: reading one that was not loaded and synced throws, as office-js does. */
export class Loaded {
  private readonly values: Record<string, unknown> = {};

  read<T>(prop: string): T {
    if (!(prop in this.values)) throw createFakeError("PropertyNotLoaded", `Chưa load "${prop}" (hoặc chưa sync)`);
    return this.values[prop] as T;
  }

  deliver(values: Record<string, unknown>): void {
    Object.assign(this.values, values);
  }
}

function forEachCell(where: Located, change: (cell: FakeCell, row: number, col: number) => void): void {
  for (const rect of where.rects) {
    for (const { row, col } of listCellsOfRect(rect)) where.sheet.updateCell(row, col, (cell) => change(cell, row, col));
  }
}

export class FakeClientResult<T> {
  private delivered = false;
  private result: T | undefined;

  get value(): T {
    if (!this.delivered) throw createFakeError("PropertyNotLoaded", "ClientResult đọc trước khi sync");
    return this.result as T;
  }

  deliver(result: T): void {
    this.result = result;
    this.delivered = true;
  }
}

class FakeBorder {
  constructor(private readonly queue: FakeQueue, private readonly locate: () => Located, private readonly edge: string) {}
  set style(style: string) {
    this.queue.push(() => forEachCell(this.locate(), (cell) => { cell.borders[this.edge] = style; }), { name: "Style", args: [style], via: ["Format", "Borders", "Item"] });
  }
  set weight(weight: string) {
    this.queue.push(() => forEachCell(this.locate(), (cell) => { cell.borders[`${this.edge}.weight`] = weight; }), { name: "Weight", args: [weight], via: ["Format", "Borders", "Item"] });
  }
}

export class FakeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders = { getItem: (edge: string) => new FakeBorder(this.queue, this.locate, edge) };

  constructor(private readonly queue: FakeQueue, private readonly locate: () => Located, loaded: Loaded) {
    const set = (part: string, name: string, value: unknown, change: (cell: FakeCell) => void) =>
      this.queue.push(() => forEachCell(this.locate(), change), { name, args: value === undefined ? [] : [value], via: ["Format", part] });
    const fontSetters = {
      set color(v: string) { set("Font", "Color", v, (c) => { c.font.color = v.toUpperCase(); }); },
      set name(v: string) { set("Font", "Name", v, (c) => { c.font.name = v; }); },
      set size(v: number) { set("Font", "Size", v, (c) => { c.font.size = v; }); },
      set bold(v: boolean) { set("Font", "Bold", v, (c) => { c.font.bold = v; }); },
      set italic(v: boolean) { set("Font", "Italic", v, (c) => { c.font.italic = v; }); },
      get name(): string { return loaded.read("format/font/name"); },
    };
    this.font = fontSetters;
    this.fill = {
      set color(v: string) { set("Fill", "Color", v, (c) => { c.fill = { color: v.toUpperCase(), pattern: "Solid" }; }); },
      set pattern(v: string) { set("Fill", "Pattern", v, (c) => { c.fill.pattern = v; }); },
      set patternColor(v: string) { set("Fill", "PatternColor", v, (c) => { c.fill.patternColor = v.toUpperCase(); }); },
      clear: () => set("Fill", "Clear", undefined, (c) => { c.fill = { color: "#FFFFFF", pattern: "None" }; }),
    };
  }

  set horizontalAlignment(v: string) { this.queue.push(() => forEachCell(this.locate(), (c) => { c.horizontal = v; }), { name: "HorizontalAlignment", args: [v], via: ["Format"] }); }
  set verticalAlignment(v: string) { this.queue.push(() => forEachCell(this.locate(), (c) => { c.vertical = v; }), { name: "VerticalAlignment", args: [v], via: ["Format"] }); }
  set wrapText(v: boolean) { this.queue.push(() => forEachCell(this.locate(), (c) => { c.wrap = v; }), { name: "WrapText", args: [v], via: ["Format"] }); }
  set columnWidth(points: number) {
    this.queue.push(() => {
      const { sheet, rects } = this.locate();
      for (const rect of rects) for (let col = rect.left; col <= rect.right; col++) sheet.columnWidths.set(col, points);
    }, { name: "ColumnWidth", args: [points], via: ["Format"] });
  }
  set rowHeight(points: number) {
    this.queue.push(() => {
      const { sheet, rects } = this.locate();
      for (const rect of rects) for (let row = rect.top; row <= rect.bottom; row++) sheet.rowHeights.set(row, points);
    }, { name: "RowHeight", args: [points], via: ["Format"] });
  }
}

/** Cell properties as getCellProperties returns them: only what was asked for. */
function pickCellProperties(cell: FakeCell, options: { format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> } }): unknown {
  const format: Record<string, Record<string, unknown>> = {};
  const fill = options.format?.fill;
  if (fill) {
    format.fill = {};
    if (fill.color) format.fill.color = cell.fill.color;
    if (fill.pattern) format.fill.pattern = cell.fill.pattern;
    if (fill.patternColor) format.fill.patternColor = cell.fill.patternColor ?? "#000000";
  }
  const font = options.format?.font;
  if (font) {
    format.font = {};
    if (font.color) format.font.color = cell.font.color;
    if (font.name) format.font.name = cell.font.name;
  }
  return { format };
}

export class FakeRange {
  readonly loaded = new Loaded();
  readonly format: FakeFormat;
  readonly dataValidation: { rule: unknown };
  private resolved: Located | null = null;

  constructor(private readonly queue: FakeQueue, private readonly resolve: () => { sheet: FakeSheet; rect: RangeRect }) {
    this.format = new FakeFormat(queue, () => this.locate(), this.loaded);
    const locate = () => this.locate();
    this.dataValidation = {
      set rule(rule: unknown) {
        queue.push(() => {
          const { sheet, rects } = locate();
          sheet.validations.push({ range: rects.map(toRangeAddress).join(","), rule });
        }, { name: "Rule", args: [rule], via: ["DataValidation"] });
      },
    };
  }

  /** Excel fixes which cells a range means when the command that made it runs, then keeps them. */
  locate(): Located {
    if (!this.resolved) {
      const { sheet, rect } = this.resolve();
      this.resolved = { sheet, rects: [rect] };
    }
    return this.resolved;
  }

  private get rect(): RangeRect {
    return this.locate().rects[0] as RangeRect;
  }

  load(props: string): this {
    this.queue.push(() => {
      const { sheet } = this.locate();
      const rect = this.rect;
      const snapshot: Record<string, unknown> = {};
      const grid = <T>(pick: (cell: FakeCell) => T): T[][] =>
        Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
          Array.from({ length: rect.right - rect.left + 1 }, (_, j) => pick(sheet.readCell(rect.top + i, rect.left + j))));
      for (const prop of props.split(",").map((p) => p.trim())) {
        if (prop === "address") snapshot.address = `${quoteLikeExcel(sheet.name)}!${toRangeAddress(rect)}`;
        else if (prop === "values") snapshot.values = grid((c) => c.value);
        else if (prop === "numberFormat") snapshot.numberFormat = grid((c) => c.numberFormat);
        else if (prop === "rowCount") snapshot.rowCount = rect.bottom - rect.top + 1;
        else if (prop === "columnCount") snapshot.columnCount = rect.right - rect.left + 1;
        else if (prop === "format/font/name") {
          const names = new Set(grid((c) => c.font.name).flat());
          snapshot[prop] = names.size === 1 ? [...names][0] : null;
        } else throw createFakeError("InvalidArgument", `Thuộc tính giả chưa hỗ trợ: ${prop}`);
      }
      return { payload: snapshot, deliver: () => this.loaded.deliver(snapshot) };
    }, { name: "", args: [props] });
    return this;
  }

  get address(): string { return this.loaded.read("address"); }
  get values(): unknown[][] { return this.loaded.read("values"); }
  get numberFormat(): string[][] { return this.loaded.read("numberFormat"); }
  get rowCount(): number { return this.loaded.read("rowCount"); }
  get columnCount(): number { return this.loaded.read("columnCount"); }

  set values(values: unknown[][]) {
    this.queue.push(() => {
      const { sheet } = this.locate();
      const rect = this.checkShape(values);
      values.forEach((line, i) => line.forEach((value, j) => {
        sheet.updateCell(rect.top + i, rect.left + j, (cell) => Object.assign(cell, coerceTypedValue(value, cell.numberFormat)));
      }));
    }, { name: "Values", args: [values] });
  }

  set numberFormat(formats: string[][]) {
    this.queue.push(() => {
      const { sheet } = this.locate();
      const rect = this.checkShape(formats);
      formats.forEach((line, i) => line.forEach((format, j) => {
        sheet.updateCell(rect.top + i, rect.left + j, (cell) => { cell.numberFormat = format; });
      }));
    }, { name: "NumberFormat", args: [formats] });
  }

  private checkShape(grid: unknown[][]): RangeRect {
    const rect = this.rect;
    if (grid.length !== rect.bottom - rect.top + 1 || grid.some((line) => line.length !== rect.right - rect.left + 1)) {
      throw createFakeError("InvalidArgument", "Kích thước mảng không khớp vùng");
    }
    return rect;
  }

  getCellProperties(options: Parameters<typeof pickCellProperties>[1]): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this.queue.push(() => {
      const { sheet } = this.locate();
      const rect = this.rect;
      const value = Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) => pickCellProperties(sheet.readCell(rect.top + i, rect.left + j), options)));
      return { payload: value, deliver: () => result.deliver(value) };
    }, { name: "GetCellProperties", args: [options] });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.queue.book.requireApi(13, "getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.queue, () => {
      const { sheet } = this.locate();
      const rect = this.rect;
      const rects = sheet.merges.map((m) => parseRectOrThrow(m)).filter((m) =>
        m.left <= rect.right && m.right >= rect.left && m.top <= rect.bottom && m.bottom >= rect.top);
      return { sheet, rects };
    });
  }

  merge(across: boolean): void {
    this.queue.push(() => {
      if (across) throw createFakeError("InvalidArgument", "merge(across) không dùng");
      const { sheet } = this.locate();
      sheet.merges.push(toRangeAddress(this.rect));
    }, { name: "Merge", args: [across] });
  }

  select(): void {
    this.queue.push(() => {
      const { sheet } = this.locate();
      this.queue.book.active = sheet.name;
      this.queue.book.selection = { sheet: sheet.name, address: toRangeAddress(this.rect) };
    });
  }
}

/** Excel's limit on one address string given to getRanges. */
export const MAX_GET_RANGES_ADDRESS = 8192;

export class FakeRangeAreas {
  readonly loaded = new Loaded();
  readonly format: FakeFormat;
  private resolved: Located | null = null;

  constructor(private readonly queue: FakeQueue, private readonly resolve: () => Located) {
    this.format = new FakeFormat(queue, () => this.locate(), this.loaded);
  }

  locate(): Located {
    this.resolved ??= this.resolve();
    return this.resolved;
  }

  load(props: string): this {
    this.queue.push(() => {
      const { sheet, rects } = this.locate();
      const snapshot: Record<string, unknown> = { isNullObject: rects.length === 0 };
      if (props.includes("address") && rects.length > 0) {
        snapshot.address = rects.map((r) => `${quoteLikeExcel(sheet.name)}!${toRangeAddress(r)}`).join(", ");
      }
      return { payload: snapshot, deliver: () => this.loaded.deliver(snapshot) };
    });
    return this;
  }

  get isNullObject(): boolean { return this.loaded.read("isNullObject"); }
  get address(): string { return this.loaded.read("address"); }

  static fromAddressList(queue: FakeQueue, sheet: () => FakeSheet, list: string): FakeRangeAreas {
    queue.book.requireApi(9, "getRanges");
    queue.weighPath("GetRanges", [list]);
    return new FakeRangeAreas(queue, () => {
      if (list.length > MAX_GET_RANGES_ADDRESS) throw createFakeError("InvalidArgument", "Chuỗi địa chỉ quá dài");
      return { sheet: sheet(), rects: list.split(",").map((a) => parseRectOrThrow(a.trim())) };
    });
  }
}
