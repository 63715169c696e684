import { copyFileSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { hashFile, makeTempDir, readSheetRows, readWorkbook } from "../helpers/cliFixtures";
import { REPO_ROOT, runCliAll, type CliResult } from "../helpers/runCli";

/** `dienhinh plans`, `template` (read back by `check`) and `demo`, each as a process. */

const PLANS_DIR = join(REPO_ROOT, "templates/plans");
const SAMPLES_DIR = join(REPO_ROOT, "templates/samples");

interface PlanFile {
  id: string;
  number: string;
  date: string;
  issuer: string;
  title: string;
  period: { from: string; to: string };
  quotas: { id: string; text: string }[];
  criteria: { id: string; group: string; rule: { type: string } }[];
}
/** The seed plans as shipped: every plan file but the blank one that documents the keys. */
const seedPlans = readdirSync(PLANS_DIR)
  .filter((f) => f.endsWith(".json") && f !== "blank.json")
  .map((f) => JSON.parse(readFileSync(join(PLANS_DIR, f), "utf8")) as PlanFile);
const tuaChua = seedPlans.find((p) => p.id === "tua-chua-2021-2025") as PlanFile;

const listFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

const dir = makeTempDir("plans");
const TEMPLATE = join(dir, "Mau_DS_Tua_Chua.xlsx");
const DEMO_OUT = join(dir, "demo");
const sampleHashes = new Map<string, string>();
let r: Record<"plansJson" | "plansText" | "template" | "demo" | "checkTemplate" | "checkTemplateNamed", CliResult>;

beforeAll(async () => {
  for (const f of listFilesUnder(SAMPLES_DIR)) sampleHashes.set(f, hashFile(join(SAMPLES_DIR, f)));
  const first = await runCliAll({
    plansJson: ["plans", "--json"],
    plansText: ["plans"],
    template: ["template", "--plan", "tua-chua-2021-2025", "--out", TEMPLATE],
    demo: ["demo", "--out", DEMO_OUT],
  });
  // An officer saves the blank template under the commune's name and sends it back empty.
  copyFileSync(TEMPLATE, join(dir, "Xa_Sang_Nhe.xlsx"));
  const second = await runCliAll({
    checkTemplate: ["check", TEMPLATE, "--plan", "tua-chua-2021-2025", "--unit", "Xã Sáng Nhè", "--json"],
    checkTemplateNamed: ["check", join(dir, "Xa_Sang_Nhe.xlsx"), "--plan", "tua-chua-2021-2025", "--json"],
  });
  r = { ...first, ...second };
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("plans", () => {
  it("--json lists every seed plan with its number, date, issuer, title and period", () => {
    expect({ code: r.plansJson.code, stderr: r.plansJson.stderr }).toStrictEqual({ code: 0, stderr: "" });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    const listed = (JSON.parse(r.plansJson.stdout) as { id: string }[]).sort(byId);
    // A plan whose copy shows no date lists it as null. Every seed plan ended by 31/12/2025: each says so
    // (the program reads today from the clock, which is past 2025 wherever these tests run).
    expect(listed).toStrictEqual(seedPlans.map(({ id, number, date, issuer, title, period }) => ({ id, number, date: date ?? null, issuer, title, period, status: "ended" })).sort(byId));
    expect(listed.map((p) => p.id)).toEqual(expect.arrayContaining(["long-bien-2023-2025", "tua-chua-2021-2025"]));
  });

  it("prints one line per plan, beginning with its id", () => {
    expect({ code: r.plansText.code, stderr: r.plansText.stderr }).toStrictEqual({ code: 0, stderr: "" });
    const ids = r.plansText.stdout.trim().split("\n").map((line) => line.split(/\s+/)[0]);
    expect(ids.sort()).toStrictEqual(seedPlans.map((p) => p.id).sort());
  });
});

describe("template --plan tua-chua-2021-2025", () => {
  it("writes a list sheet with the title block, the header and its column numbers, set up for A4", async () => {
    expect({ code: r.template.code, stderr: r.template.stderr }).toStrictEqual({ code: 0, stderr: "" });
    const wb = await readWorkbook(TEMPLATE);
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe("Danh sách");
    const rows = readSheetRows(ws!, 1);
    const header = rows[6] ?? [];
    expect(header.slice(0, 3)).toStrictEqual(["STT", "Họ và tên / Tên tập thể", "Đối tượng"]);
    expect((rows[8] ?? []).slice(0, 3)).toStrictEqual(["(1)", "(2)", "(3)"]);
    expect({ paperSize: ws?.pageSetup.paperSize, printTitlesRow: ws?.pageSetup.printTitlesRow }).toStrictEqual({ paperSize: 9, printTitlesRow: "7:9" });
  });

  it("is read back by check: every column recognised, 0 nominations, exit 1 because the commune's quota falls short", () => {
    expect({ code: r.checkTemplate.code, stderr: r.checkTemplate.stderr }).toStrictEqual({ code: 1, stderr: "" });
    const report = JSON.parse(r.checkTemplate.stdout) as {
      sheets: { sheet: string; unit: string; unitKind: string | null; headerRow: number; rows: number; columns: Record<string, string>; criteriaColumns: Record<string, string>; unmappedColumns: unknown[]; nominations: unknown[]; findings: unknown[]; quotas: unknown[] }[];
      summary: unknown;
    };
    const general = tuaChua.criteria.filter((c) => c.group === "general" && c.rule.type === "mark").map((c) => c.id);
    expect(
      report.sheets.map((s) => ({
        sheet: s.sheet,
        unit: s.unit,
        unitKind: s.unitKind,
        headerRow: s.headerRow,
        rows: s.rows,
        name: s.columns["name"],
        kind: s.columns["kind"],
        generalCriteriaRead: general.every((id) => id in s.criteriaColumns),
        unmappedColumns: s.unmappedColumns,
        nominations: s.nominations,
        findings: s.findings,
        quotas: s.quotas,
      })),
    ).toStrictEqual([
      {
        sheet: "Danh sách",
        unit: "Xã Sáng Nhè",
        unitKind: "xa",
        headerRow: 7,
        rows: 0,
        name: "B",
        kind: "C",
        generalCriteriaRead: true,
        unmappedColumns: [],
        nominations: [],
        findings: [],
        quotas: [
          {
            ruleId: "xa-thi-tran-01-04",
            text: tuaChua.quotas.find((q) => q.id === "xa-thi-tran-01-04")?.text,
            scope: "Xã Sáng Nhè",
            period: "Cả kỳ 2021–2025",
            required: 1,
            max: 4,
            actual: 0,
            registered: 0,
            shortfall: 1,
            excess: 0,
            met: false,
          },
        ],
      },
    ]);
    expect(report.summary).toStrictEqual({ rows: 0, validRows: 0, errors: 0, warnings: 0, quotasUnmet: 1 });
  });

  it("sent back empty under the commune's file name: the placeholder '……' is not taken for the unit, exit 1", () => {
    const report = JSON.parse(r.checkTemplateNamed.stdout || "{}") as { sheets?: { unit: string }[]; summary?: { rows: number; quotasUnmet: number } };
    expect({
      code: r.checkTemplateNamed.code,
      unitsNameSomething: (report.sheets ?? []).map((s) => /\p{L}/u.test(s.unit)),
      rows: report.summary?.rows,
      quotasUnmet: report.summary?.quotasUnmet,
    }).toStrictEqual({ code: 1, unitsNameSomething: [true], rows: 0, quotasUnmet: 1 });
  });
});

describe("demo --out DIR", () => {
  it("exits 0 and writes, under DIR, an annotated copy of every sample and a consolidation per plan", () => {
    expect({ code: r.demo.code, stderr: r.demo.stderr }).toStrictEqual({ code: 0, stderr: "" });
    const planDirs = readdirSync(SAMPLES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const expected = planDirs.flatMap((planId) => [
      join("tong-hop", `${planId}.xlsx`),
      ...readdirSync(join(SAMPLES_DIR, planId))
        .filter((f) => f.endsWith(".xlsx") && f !== "Don_vi.xlsx")
        .map((f) => join("kiem-tra", planId, f.replace(/\.xlsx$/, " - kiem tra.xlsx"))),
    ]);
    const written = listFilesUnder(DEMO_OUT);
    expect(written).toEqual(expect.arrayContaining(expected));
    expect(written.filter((f) => !f.endsWith(".xlsx"))).toStrictEqual([]);
  });

  it("writes workbooks that open, and leaves the bundled samples as they were", async () => {
    const planId = readdirSync(join(DEMO_OUT, "tong-hop"))[0] ?? "";
    const wb = await readWorkbook(join(DEMO_OUT, "tong-hop", planId));
    expect(wb.worksheets.map((w) => w.name)).toStrictEqual(["Tổng hợp", "Danh sách", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
    for (const [f, hash] of sampleHashes) expect([f, hashFile(join(SAMPLES_DIR, f))]).toStrictEqual([f, hash]);
  });
});
