/**
 * Fake worksheets, settings, notes, comments and the request context over a FakeBook. Tests build
 * a book, hand `createFakeContext(book)` to the adapter as an Excel.RequestContext, then assert on
 * the book.
 */
/// <reference types="office-js" />
import { splitSheetFromAddress, toCellAddress, parseCellAddress } from "../../../src/excel/addresses";
import { FakeBook, FakeQueue, createFakeError, parseRectOrThrow, type FakeSheet } from "./fakeBook";
import { FakeRange, FakeRangeAreas, Loaded } from "./fakeRange";

export { FakeBook } from "./fakeBook";

class FakeNote {
  readonly loaded = new Loaded();
  constructor(private readonly queue: FakeQueue, private readonly sheet: () => FakeSheet, private readonly cell: string) {}

  private existing(): FakeSheet {
    const sheet = this.sheet();
    if (!sheet.notes.has(this.cell)) throw createFakeError("ItemNotFound", `Không có ghi chú ở ${this.cell}`);
    return sheet;
  }
  load(_props: string): this {
    this.queue.push(() => {
      const content = this.sheet().notes.get(this.cell);
      const snapshot = content === undefined ? { isNullObject: true } : { isNullObject: false, content };
      return { payload: snapshot, deliver: () => this.loaded.deliver(snapshot) };
    });
    return this;
  }
  get isNullObject(): boolean { return this.loaded.read("isNullObject"); }
  get content(): string { return this.loaded.read("content"); }
  set content(text: string) { this.queue.push(() => { this.existing().notes.set(this.cell, text); }, { name: "Content", args: [text] }); }
  delete(): void { this.queue.push(() => { this.existing().notes.delete(this.cell); }); }
}

class FakeComment {
  readonly loaded = new Loaded();
  constructor(private readonly queue: FakeQueue, private readonly sheet: FakeSheet, private readonly id: string) {}

  private find() {
    const comment = this.sheet.comments.find((c) => c.id === this.id);
    if (!comment) throw createFakeError("ItemNotFound", `Không có bình luận ${this.id}`);
    return comment;
  }
  get content(): string { return this.loaded.read("content"); }
  delete(): void { this.queue.push(() => { this.sheet.comments = this.sheet.comments.filter((c) => c.id !== this.find().id); }); }
  getLocation(): FakeRange {
    return new FakeRange(this.queue, () => ({ sheet: this.sheet, rect: parseRectOrThrow(this.find().cell) }));
  }
}

class FakeComments {
  private loadedItems: FakeComment[] | null = null;
  constructor(private readonly queue: FakeQueue, private readonly sheet: () => FakeSheet) {
    queue.book.requireApi(10, "comments");
  }
  load(_props: string): this {
    this.queue.push(() => {
      const sheet = this.sheet();
      const snapshot = sheet.comments.map((c) => ({ id: c.id, content: c.content }));
      return {
        payload: snapshot,
        deliver: () => {
          this.loadedItems = snapshot.map((c) => {
            const item = new FakeComment(this.queue, sheet, c.id);
            item.loaded.deliver({ content: c.content });
            return item;
          });
        },
      };
    });
    return this;
  }
  get items(): FakeComment[] {
    if (!this.loadedItems) throw createFakeError("PropertyNotLoaded", "comments.items");
    return this.loadedItems;
  }
  add(cellAddress: string, content: string): void {
    this.queue.push(() => {
      const { sheet: name, local } = splitSheetFromAddress(cellAddress);
      const sheet = this.sheet();
      const position = parseCellAddress(local);
      if (name !== sheet.name || !position) throw createFakeError("InvalidArgument", `Địa chỉ bình luận phải đủ tên trang: ${cellAddress}`);
      const cell = toCellAddress(position);
      if (sheet.comments.some((c) => c.cell === cell)) throw createFakeError("InvalidArgument", `Ô ${cell} đã có bình luận`);
      sheet.comments.push({ id: `c${this.queue.book.nextId++}`, cell, content });
    }, { name: "Add", args: [cellAddress, content] });
  }
}

class FakeWorksheet {
  readonly loaded = new Loaded();
  private bound: FakeSheet | null = null;
  private commentsProxy: FakeComments | null = null;

  constructor(private readonly queue: FakeQueue, private readonly resolve: () => FakeSheet | null) {}

  /** The sheet this proxy names, fixed at its first command (a rename later keeps it). */
  sheet(): FakeSheet {
    this.bound ??= this.resolve();
    if (!this.bound) throw createFakeError("ItemNotFound", "Không có trang tính");
    return this.bound;
  }

  load(props: string): this {
    this.queue.push(() => {
      this.bound ??= this.resolve();
      const sheet = this.bound;
      const snapshot: Record<string, unknown> = { isNullObject: sheet === null };
      if (sheet) {
        if (props.includes("name")) snapshot.name = sheet.name;
        if (props.includes("visibility")) snapshot.visibility = sheet.visibility;
        if (props.includes("position")) snapshot.position = this.queue.book.sheets.indexOf(sheet);
      }
      return { payload: snapshot, deliver: () => this.loaded.deliver(snapshot) };
    });
    return this;
  }

  get isNullObject(): boolean { return this.loaded.read("isNullObject"); }
  get name(): string { return this.loaded.read("name"); }
  get visibility(): string { return this.loaded.read("visibility"); }
  get position(): number { return this.loaded.read("position"); }
  set name(name: string) {
    this.queue.push(() => {
      if (this.queue.book.findSheet(name)) throw createFakeError("ItemAlreadyExists", name);
      const sheet = this.sheet();
      if (this.queue.book.active === sheet.name) this.queue.book.active = name;
      sheet.name = name;
    });
  }
  set position(position: number) {
    this.queue.push(() => {
      const sheets = this.queue.book.sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(position, sheets.length), 0, sheet);
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.queue, () => {
      const sheet = this.sheet();
      return { sheet, rect: sheet.findUsedRect(valuesOnly) };
    });
  }
  getRange(address: string): FakeRange {
    this.queue.weighPath("GetRange", [address]);
    return new FakeRange(this.queue, () => ({ sheet: this.sheet(), rect: parseRectOrThrow(address) }));
  }
  getRanges(address: string): FakeRangeAreas {
    return FakeRangeAreas.fromAddressList(this.queue, () => this.sheet(), address);
  }
  activate(): void { this.queue.push(() => { this.queue.book.active = this.sheet().name; }); }
  delete(): void {
    this.queue.push(() => {
      const book = this.queue.book;
      const sheet = this.sheet();
      if (book.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
        throw createFakeError("InvalidOperation", "Không xóa được trang hiện duy nhất");
      }
      book.sheets = book.sheets.filter((s) => s !== sheet);
      if (book.active === sheet.name) book.active = book.sheets[0]?.name ?? "";
    });
  }

  get notes() {
    this.queue.book.requireApi(18, "notes");
    return {
      getItemOrNullObject: (cell: string) => {
        this.queue.weighPath("GetItemOrNullObject", [cell]);
        return new FakeNote(this.queue, () => this.sheet(), cell);
      },
      add: (cell: string, content: string) => this.queue.push(() => {
        const sheet = this.sheet();
        if (sheet.notes.has(cell)) throw createFakeError("InvalidArgument", `Ô ${cell} đã có ghi chú`);
        sheet.notes.set(cell, content);
      }, { name: "Add", args: [cell, content] }),
    };
  }
  /** Like office-js, the same collection proxy every time, so its loaded items stay readable. */
  get comments(): FakeComments {
    this.commentsProxy ??= new FakeComments(this.queue, () => this.sheet());
    return this.commentsProxy;
  }
  get freezePanes() {
    return { freezeRows: (count: number) => this.queue.push(() => { this.sheet().frozenRows = count; }) };
  }
  get horizontalPageBreaks() {
    return {
      add: (range: string) =>
        this.queue.push(() => {
          const breaks = this.sheet().pageLayout.horizontalPageBreaks;
          this.sheet().pageLayout.horizontalPageBreaks = [...(Array.isArray(breaks) ? breaks : []), range];
        }),
    };
  }
  get pageLayout() {
    const put = (key: string, value: unknown) => this.queue.push(() => { this.sheet().pageLayout[key] = value; }, { name: key, args: [value], via: ["PageLayout"] });
    const headerFooter = (group: string) => ({ set centerHeader(text: string) { put(`${group}.centerHeader`, text); } });
    return {
      set paperSize(v: string) { put("paperSize", v); },
      set orientation(v: string) { put("orientation", v); },
      set topMargin(v: number) { put("topMargin", v); },
      set bottomMargin(v: number) { put("bottomMargin", v); },
      set leftMargin(v: number) { put("leftMargin", v); },
      set rightMargin(v: number) { put("rightMargin", v); },
      set headerMargin(v: number) { put("headerMargin", v); },
      set footerMargin(v: number) { put("footerMargin", v); },
      set zoom(v: unknown) { put("zoom", v); },
      setPrintTitleRows: (rows: string) => put("printTitleRows", rows),
      headersFooters: {
        set state(v: string) { put("headersFooters.state", v); },
        defaultForAllPages: headerFooter("defaultForAllPages"),
        firstPage: headerFooter("firstPage"),
      },
    };
  }
}

class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly queue: FakeQueue) {}

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.queue, () => this.queue.book.findSheet(this.queue.book.active) ?? null);
  }
  getItem(name: string): FakeWorksheet {
    this.queue.weighPath("GetItem", [name]);
    return new FakeWorksheet(this.queue, () => {
      const sheet = this.queue.book.findSheet(name);
      if (!sheet) throw createFakeError("ItemNotFound", `Không có trang "${name}"`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.queue.weighPath("GetItemOrNullObject", [name]);
    return new FakeWorksheet(this.queue, () => this.queue.book.findSheet(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.queue.push(() => {
      if (this.queue.book.findSheet(name)) throw createFakeError("ItemAlreadyExists", name);
      created = this.queue.book.addSheet(name);
    }, { name: "Add", args: [name] });
    return new FakeWorksheet(this.queue, () => created);
  }
  load(props: string): this {
    this.queue.push(() => {
      const sheets = [...this.queue.book.sheets];
      const payload = sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
      return {
        payload,
        deliver: () => {
          this.loadedItems = sheets.map((sheet) => {
            const item = new FakeWorksheet(this.queue, () => sheet);
            item.loaded.deliver(props.includes("visibility") ? { name: sheet.name, visibility: sheet.visibility } : { name: sheet.name });
            return item;
          });
        },
      };
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw createFakeError("PropertyNotLoaded", "worksheets.items");
    return this.loadedItems;
  }
}

class FakeSetting {
  readonly loaded = new Loaded();
  constructor(private readonly queue: FakeQueue, private readonly key: string) {}
  load(_props: string): this {
    this.queue.push(() => {
      const settings = this.queue.book.settings;
      const snapshot = settings.has(this.key) ? { isNullObject: false, value: settings.get(this.key) } : { isNullObject: true };
      return { payload: snapshot, deliver: () => this.loaded.deliver(snapshot) };
    });
    return this;
  }
  get isNullObject(): boolean { return this.loaded.read("isNullObject"); }
  get value(): unknown { return this.loaded.read("value"); }
  delete(): void {
    this.queue.push(() => {
      if (!this.queue.book.settings.delete(this.key)) throw createFakeError("ItemNotFound", this.key);
    });
  }
}

class FakeNamedItem {
  readonly loaded = new Loaded();
  constructor(private readonly queue: FakeQueue, private readonly key: string) {}
  load(_props: string): this {
    this.queue.push(() => {
      const item = this.queue.book.names.get(this.key);
      const snapshot = item ? { isNullObject: false, name: item.name, value: this.queue.book.describeName(item), type: "Range" } : { isNullObject: true };
      return { payload: snapshot, deliver: () => this.loaded.deliver(snapshot) };
    });
    return this;
  }
  get isNullObject(): boolean { return this.loaded.read("isNullObject"); }
  get name(): string { return this.loaded.read("name"); }
  get value(): string { return this.loaded.read("value"); }
  delete(): void {
    this.queue.push(() => {
      if (!this.queue.book.names.delete(this.key)) throw createFakeError("ItemNotFound", this.key);
    });
  }
}

/** `workbook.names` (ExcelApi 1.4 to add and delete): workbook-level names pointing at a cell. */
class FakeNames {
  private loadedItems: FakeNamedItem[] | null = null;
  constructor(private readonly queue: FakeQueue) {}
  load(_props: string): this {
    this.queue.push(() => {
      const book = this.queue.book;
      const snapshot = [...book.names.entries()].map(([key, item]) => ({ key, name: item.name, value: book.describeName(item), type: "Range" }));
      return {
        payload: snapshot,
        deliver: () => {
          this.loadedItems = snapshot.map(({ key, ...values }) => {
            const item = new FakeNamedItem(this.queue, key);
            item.loaded.deliver({ isNullObject: false, ...values });
            return item;
          });
        },
      };
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw createFakeError("PropertyNotLoaded", "names.items");
    return this.loadedItems;
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.queue, name.toLowerCase());
  }
  /** As office-js: the proxy is made at once; a missing name fails the batch when a command on it runs. */
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.queue, name.toLowerCase());
  }
  add(name: string, reference: FakeRange, _comment?: string): void {
    this.queue.book.requireApi(4, "names.add");
    this.queue.push(() => {
      const book = this.queue.book;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw createFakeError("InvalidArgument", `Tên không hợp lệ: ${name}`);
      if (book.names.has(name.toLowerCase())) throw createFakeError("ItemAlreadyExists", name);
      const { sheet, rects } = reference.locate();
      const rect = rects[0];
      if (!rect) throw createFakeError("InvalidArgument", "Vùng rỗng");
      book.names.set(name.toLowerCase(), { name, sheet, cell: toCellAddress({ row: rect.top, col: rect.left }) });
    }, { name: "Add", args: [name, "=A1"] });
  }
}

export class FakeContext {
  readonly queue: FakeQueue;
  readonly workbook: {
    worksheets: FakeWorksheets;
    names: FakeNames;
    settings: { add(key: string, value: unknown): void; getItemOrNullObject(key: string): FakeSetting };
  };

  constructor(readonly book: FakeBook) {
    this.queue = new FakeQueue(book);
    const queue = this.queue;
    this.workbook = {
      worksheets: new FakeWorksheets(queue),
      names: new FakeNames(queue),
      settings: {
        // Settings are stored as JSON, as the host does: what comes back is a copy.
        add: (key, value) => queue.push(() => { book.settings.set(key, JSON.parse(JSON.stringify(value))); }, { name: "Add", args: [key, value] }),
        getItemOrNullObject: (key) => {
          queue.weighPath("GetItemOrNullObject", [key]);
          return new FakeSetting(queue, key);
        },
      },
    };
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }
}

/** The fake as the adapter's parameter type; the cast is the only place tests step around types. */
export function createFakeContext(book: FakeBook): { context: Excel.RequestContext; fake: FakeContext } {
  const fake = new FakeContext(book);
  return { context: fake as unknown as Excel.RequestContext, fake };
}
