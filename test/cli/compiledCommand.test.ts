import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli } from "../../scripts/buildCli";
import { readSheetRows, readWorkbook } from "../helpers/cliFixtures";
import { REPO_ROOT, runCliAll, type CliResult } from "../helpers/runCli";

/**
 * The installed command (`bin`: dist/cli/dienhinh.js, built by `prepare`) says what the TypeScript
 * command says, and loads the packages it keeps out of its bundle (exceljs, zod) only when it needs
 * them. Built here into a folder of out/ so that it finds node_modules and templates/ as the real one.
 */

mkdirSync(join(REPO_ROOT, "out"), { recursive: true });
const dir = mkdtempSync(join(REPO_ROOT, "out", "compiled-"));
const BUNDLE = join(dir, "cli", "dienhinh.js");
/** Preloaded into the command's process: prints the packages it loaded, in order, on exit. */
const PACKAGES_SEEN = join(dir, "packagesSeen.js");
const SAMPLES = join(REPO_ROOT, "templates", "samples", "long-bien-2023-2025");
const WARD = join(SAMPLES, "Phuong_Bo_De.xlsx");
const PLAN_JSON = join(REPO_ROOT, "templates", "plans", "long-bien-2023-2025.json");

interface Run extends CliResult {
  packages: string[];
}

const runCompiled = (args: readonly string[]): Promise<Run> =>
  new Promise((done) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
    delete env["DIENHINH_DEBUG"];
    execFile(process.execPath, ["--require", PACKAGES_SEEN, BUNDLE, ...args], { cwd: REPO_ROOT, env, timeout: 60_000, encoding: "utf8", maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const marker = stderr.lastIndexOf("\npackages:");
      const packages = stderr.slice(marker + "\npackages:".length).trim();
      done({ code: error ? Number(error.code) : 0, stdout, stderr: stderr.slice(0, marker), packages: packages ? packages.split(",") : [] });
    });
  });

const withoutPackages = ({ code, stdout, stderr }: Run): CliResult => ({ code, stdout, stderr });

type Call = "plans" | "check" | "checkPlanFile" | "template" | "consolidate";
const CALLS: Record<Call, readonly string[]> = {
  plans: ["plans"],
  check: ["check", "--plan", "long-bien-2023-2025", WARD, "--json"],
  checkPlanFile: ["check", "--plan", PLAN_JSON, WARD, "--json"],
  template: ["template", "--plan", "long-bien-2023-2025", "--out", join(dir, "mau.xlsx")],
  consolidate: ["consolidate", "--plan", "long-bien-2023-2025", SAMPLES, "--json", "--out", join(dir, "tong-hop.xlsx")],
};
const TSX_CALLS: Record<Exclude<Call, "template" | "consolidate">, readonly string[]> = { plans: CALLS.plans, check: CALLS.check, checkPlanFile: CALLS.checkPlanFile };

let compiled: Record<Call, Run>;
let throughTsx: Record<keyof typeof TSX_CALLS, CliResult>;

beforeAll(async () => {
  await buildCli(BUNDLE);
  writeFileSync(
    PACKAGES_SEEN,
    `process.on("exit", () => {
  const seen = [];
  for (const file of Object.keys(require.cache)) {
    const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file);
    if (m && !seen.includes(m[1])) seen.push(m[1]);
  }
  process.stderr.write("\\npackages:" + seen.join(","));
});
`,
  );
  const entries = await Promise.all(Object.entries(CALLS).map(async ([k, args]) => [k, await runCompiled(args)] as const));
  compiled = Object.fromEntries(entries) as Record<Call, Run>;
  throughTsx = await runCliAll(TSX_CALLS);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the compiled command", () => {
  it("lists the plans, loading no package", () => {
    expect(withoutPackages(compiled.plans)).toStrictEqual(throughTsx.plans);
    expect(compiled.plans.packages).toStrictEqual([]);
  });

  it("checks a ward's file as the TypeScript command does, without exceljs or the schema library", () => {
    expect(withoutPackages(compiled.check)).toStrictEqual(throughTsx.check);
    expect(compiled.check.packages).toStrictEqual([]);
  });

  it("validates a plan file with the schema library, loaded for it", () => {
    expect(withoutPackages(compiled.checkPlanFile)).toStrictEqual(throughTsx.checkPlanFile);
    expect(compiled.checkPlanFile.packages).toStrictEqual(["zod"]);
  });

  it("writes a template through exceljs's streaming writer, without exceljs's whole library", async () => {
    expect(compiled.template).toMatchObject({ code: 0, stderr: "" });
    expect(compiled.template.packages[0]).toBe("exceljs");
    expect(compiled.template.packages).not.toContain("jszip");
    const sheet = (await readWorkbook(join(dir, "mau.xlsx"))).worksheets[0];
    expect(sheet && readSheetRows(sheet).some((row) => row.includes("Họ và tên / Tên tập thể"))).toBe(true);
  });

  it("consolidates the samples into a workbook", () => {
    expect(compiled.consolidate.stderr).toBe("");
    expect(JSON.parse(compiled.consolidate.stdout)).toMatchObject({ output: join(dir, "tong-hop.xlsx") });
    expect(statSync(join(dir, "tong-hop.xlsx")).size).toBeGreaterThan(5000);
  });
});
