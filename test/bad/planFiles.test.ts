import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePlan, parsePlanText, type PlanParseResult } from "../../src/core/plan/parsePlan";
import { STACK_LINE } from "../helpers/runCli";
import { runInProcess } from "./helpers/inProcess";
import { buildRawXlsx } from "./helpers/rawXlsx";
import { listRows } from "./helpers/unitList";

/**
 * Plan files that are not plans: random JSON, every real plan cut short, random bytes, a real
 * plan with one value replaced by anything. Each is refused with its problems listed, never an
 * exception; through `--plan PATH`, exit 2 and the list, never a stack trace.
 */

const PLANS_DIR = join(__dirname, "..", "..", "templates", "plans");
const PLAN_FILES = readdirSync(PLANS_DIR).filter((f) => f.endsWith(".json"));
const planTexts = PLAN_FILES.map((f) => [f, readFileSync(join(PLANS_DIR, f), "utf8")] as const);

/** Refused, with at least one problem, each a key path and a sentence (the CLI makes them printable). */
const expectRefused = (result: PlanParseResult): void => {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) expect({ path: typeof p.path, message: /\p{L}/u.test(p.message) || p.message }).toStrictEqual({ path: "string", message: true });
};

describe("parsePlanText", () => {
  it("refuses any JSON value that is not a plan", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectRefused(parsePlanText(JSON.stringify(value) ?? "null"))), { numRuns: 500 });
  });

  it("refuses any string of bytes read as text", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectRefused(parsePlanText(new TextDecoder().decode(bytes)))), { numRuns: 500 });
  });

  it.each(planTexts)("refuses %s cut anywhere short of its closing brace", (_file, text) => {
    const end = text.trimEnd().length;
    const cuts = [...Array.from({ length: Math.ceil(end / 251) }, (_, i) => i * 251), end - 1];
    for (const cut of cuts) expectRefused(parsePlanText(text.slice(0, cut)));
    fc.assert(fc.property(fc.integer({ min: 0, max: end - 1 }), (cut) => expectRefused(parsePlanText(text.slice(0, cut)))), { numRuns: 100 });
    expect(parsePlanText(text.slice(0, end)).ok).toBe(true);
  });

  it.each(planTexts.filter(([f]) => f !== "blank.json"))("never throws on %s with one value anywhere replaced by any JSON", (_file, text) => {
    const plan = JSON.parse(text) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(plan, []);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: paths.length - 1 }), fc.jsonValue(), (index, value) => {
        const copy = structuredClone(plan) as Record<string | number, unknown>;
        const path = paths[index] ?? [];
        const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy);
        parent[path[path.length - 1] ?? ""] = value;
        const result = parsePlan(copy);
        if (!result.ok) expectRefused(result);
      }),
      { numRuns: 200 },
    );
  });
});

describe("--plan PATH with a broken plan file", () => {
  const dir = mkdtempSync(join(tmpdir(), "dienhinh-plans-"));
  const list = join(dir, "Xa_Sang_Nhe.xlsx");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases = fc.sample(
    fc.oneof(
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? "null")),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
      fc.tuple(fc.constantFrom(...planTexts.map(([, t]) => Buffer.from(t))), fc.nat()).map(([b, n]) => b.subarray(0, n % (b.length - 2))),
    ),
    { numRuns: 40, seed: 20261122 },
  );

  it("exits 2 with the file's problems listed, one line each, never a stack trace or a raw control character", async () => {
    writeFileSync(list, buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã Sáng Nhè") }] }));
    for (const [i, bytes] of cases.entries()) {
      const path = join(dir, `ke-hoach-${i}.json`);
      writeFileSync(path, bytes);
      const r = await runInProcess(["check", list, "--plan", path]);
      const [first, ...problems] = r.stderr.split("\n");
      // eslint-disable-next-line no-control-regex -- a raw control character on the terminal is what must not happen
      const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
      expect({
        code: r.code,
        stdout: r.stdout,
        first: first?.startsWith(`Lỗi: Tệp kế hoạch "ke-hoach-${i}.json" có `),
        problems: problems.length > 0 && problems.every((p) => /^ {2}(- \S|… và \d+ lỗi khác\.$)/u.test(p)),
        clean: !STACK_LINE.test(r.stderr) && !control.test(r.stderr),
      }).toStrictEqual({ code: 2, stdout: "", first: true, problems: true, clean: true });
    }
  });
});
