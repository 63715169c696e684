import type ExcelJS from "exceljs";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashFile, makeTempDir, readSheetRows, readWorkbook, writeBrokenFile, writeBudgetWorkbook, writeUnitWorkbook } from "../helpers/cliFixtures";
import { REPO_ROOT, STACK_LINE, runCliAll, type CliResult } from "../helpers/runCli";

/**
 * `dienhinh check` as a process on ward files laid out as wards send them. Every call is started
 * in `beforeAll` (a few at a time); the tests then read the results.
 */

const PLAN_ID = "long-bien-2023-2025";
const planJson = JSON.parse(readFileSync(join(REPO_ROOT, "templates/plans", `${PLAN_ID}.json`), "utf8")) as { quotas: { id: string; text: string }[] };
const WARD_QUOTA_TEXT = planJson.quotas.find((q) => q.id === "phuong-toi-thieu-02")?.text;
const GENERAL_MARKS = { "chap-hanh-chu-truong": "x", "hoan-thanh-xuat-sac": "x", "mo-hinh-moi": "x", "tuong-than-tuong-ai": "x" };

const dir = makeTempDir("check");
const at = (name: string): string => join(dir, name);
const hashes = new Map<string, string>();
let r: Record<
  | "failing"
  | "clean"
  | "outIsInput"
  | "missing"
  | "textRenamed"
  | "emptyFile"
  | "notAList"
  | "truncatedZip"
  | "unknownPlan"
  | "brokenPlan"
  | "noPlanOption",
  CliResult
>;

/** One ward, two people: the second lacks the "new model" mark (I10), so the ward has 1 of 2. */
const writeFailingWard = (path: string) =>
  writeUnitWorkbook(path, {
    unitLine: "UBND PHƯỜNG GIA THỤY",
    rows: [
      { name: "Nguyễn Thị Hằng", kind: "Cá nhân", position: "Tổ trưởng tổ dân phố số 12", movement: "Người tốt, việc tốt", achievements: "Vận động 35 hộ hiến đất mở ngõ", date: "12/03/2024" },
      { name: "Hoàng Văn Nam", kind: "Cá nhân", position: "Cựu chiến binh", movement: "Dân vận khéo", achievements: "Hòa giải thành 12 vụ việc", marks: ["x", "x", "", "x"], date: "15/03/2024" },
    ],
  });

beforeAll(async () => {
  await writeFailingWard(at("Phuong_Gia_Thuy.xlsx"));
  await writeFailingWard(at("Phuong_Long_Bien.xlsx"));
  // Both rows valid and the ward's only quota (02 a year) met: nothing wrong at all.
  await writeUnitWorkbook(at("Phuong_Sai_Dong.xlsx"), {
    unitLine: "UBND PHƯỜNG SÀI ĐỒNG",
    rows: [
      { name: "Vũ Thị Thu", kind: "Cá nhân", position: "Chi hội trưởng chi hội phụ nữ", movement: "Người tốt, việc tốt", achievements: "Trả lại 50 triệu đồng nhặt được", date: "02/04/2024" },
      { name: "Chi hội Cựu chiến binh tổ 4", kind: "Tập thể", movement: "Dân vận khéo", achievements: "Vận động giải phóng mặt bằng đúng tiến độ", date: "03/04/2024" },
    ],
  });
  await writeBrokenFile(at("Ghi_chu.xlsx"), "text");
  await writeBrokenFile(at("Phuong_Duc_Giang.xlsx"), "empty");
  await writeBrokenFile(at("Phuong_Cu_Khoi.xlsx"), "truncated");
  await writeBudgetWorkbook(at("Kinh_phi.xlsx"));
  const plan = JSON.parse(readFileSync(join(REPO_ROOT, "templates/plans", `${PLAN_ID}.json`), "utf8")) as Record<string, unknown> & {
    subjectKinds: string[];
    criteria: { rule: { type: string } }[];
    quotas: { bound: Record<string, unknown> }[];
  };
  plan["date"] = "2023-03-24";
  delete plan["title"];
  plan.subjectKinds.push("ca-nhan");
  plan.criteria[1]!.rule.type = "tick";
  plan.quotas[4]!.bound["min"] = "hai";
  writeFileSync(at("ke-hoach-sai.json"), JSON.stringify(plan, null, 2));
  for (const f of readdirSync(dir)) hashes.set(f, hashFile(at(f)));

  r = await runCliAll({
    failing: ["check", at("Phuong_Gia_Thuy.xlsx"), "--plan", PLAN_ID, "--json", "--out", at("Gia_Thuy - kiem tra.xlsx")],
    clean: ["check", at("Phuong_Sai_Dong.xlsx"), "--plan", PLAN_ID, "--json"],
    outIsInput: ["check", `${dir}/./Phuong_Long_Bien.xlsx`, "--plan", PLAN_ID, "--out", at("Phuong_Long_Bien.xlsx")],
    missing: ["check", at("Phuong_Khong_Co.xlsx"), "--plan", PLAN_ID, "--json", "--out", at("out-missing.xlsx")],
    textRenamed: ["check", at("Ghi_chu.xlsx"), "--plan", PLAN_ID, "--json", "--out", at("out-text.xlsx")],
    emptyFile: ["check", at("Phuong_Duc_Giang.xlsx"), "--plan", PLAN_ID, "--json", "--out", at("out-empty.xlsx")],
    notAList: ["check", at("Kinh_phi.xlsx"), "--plan", PLAN_ID, "--json", "--out", at("out-budget.xlsx")],
    truncatedZip: ["check", at("Phuong_Cu_Khoi.xlsx"), "--plan", PLAN_ID, "--json", "--out", at("out-truncated.xlsx")],
    unknownPlan: ["check", at("Phuong_Sai_Dong.xlsx"), "--plan", "long-bien", "--out", at("out-unknown-plan.xlsx")],
    brokenPlan: ["check", at("Phuong_Sai_Dong.xlsx"), "--plan", at("ke-hoach-sai.json"), "--out", at("out-broken-plan.xlsx")],
    noPlanOption: ["check", at("Phuong_Sai_Dong.xlsx")],
  });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exit 2 told as one Vietnamese sentence naming `mentions`, nothing on stdout, no stack. */
const expectOneSentenceRefusal = (result: CliResult, mentions: readonly string[]): void => {
  expect({ code: result.code, stdout: result.stdout }).toStrictEqual({ code: 2, stdout: "" });
  const text = result.stderr.trim();
  expect(text).not.toMatch(STACK_LINE);
  expect(text.split("\n")).toHaveLength(1);
  expect(text).toMatch(/^Lỗi: .*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*\.$/iu);
  for (const m of mentions) expect(text).toContain(m);
};

const noteText = (cell: ExcelJS.Cell): string => {
  const note = cell.note as unknown;
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && "texts" in note) return (note as { texts: { text: string }[] }).texts.map((t) => t.text).join("");
  return "";
};

const solidFills = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill as { type?: string; pattern?: string } | undefined;
      if (fill?.type === "pattern" && fill.pattern === "solid") out.push(cell.address);
    }),
  );
  return out;
};

describe("check --json on a ward list with one row short of a criterion", () => {
  it("exits 1 and prints the report: every nomination, the failing cell, the ward quota short by one", () => {
    expect(r.failing.code).toBe(1);
    expect(r.failing.stderr).toBe("");
    expect(JSON.parse(r.failing.stdout)).toStrictEqual({
      file: "Phuong_Gia_Thuy.xlsx",
      plan: PLAN_ID,
      sheets: [
        {
          sheet: "DS 2024",
          unit: "Phường Gia Thụy",
          unitSource: "title",
          unitKind: "phuong",
          units: [{ name: "Phường Gia Thụy", source: "title", kind: "phuong", rows: 2 }],
          headerRow: 6,
          firstDataRow: 9,
          year: 2024,
          encoding: "unicode",
          rows: 2,
          validRows: 1,
          columns: { order: "A", name: "B", kind: "C", position: "D", movement: "E", achievements: "F", date: "K", note: "L" },
          criteriaColumns: { "chap-hanh-chu-truong": "G", "hoan-thanh-xuat-sac": "H", "mo-hinh-moi": "I", "tuong-than-tuong-ai": "J" },
          metricColumns: {},
          unmappedColumns: [],
          nominations: [
            {
              row: 9,
              name: "Nguyễn Thị Hằng",
              kind: "ca_nhan",
              kindText: "Cá nhân",
              unit: "Phường Gia Thụy",
              position: "Tổ trưởng tổ dân phố số 12",
              movementText: "Người tốt, việc tốt",
              movement: "nguoi-tot-viec-tot",
              achievements: "Vận động 35 hộ hiến đất mở ngõ",
              date: "12/03/2024",
              marks: GENERAL_MARKS,
              figures: {},
              valid: true,
            },
            {
              row: 10,
              name: "Hoàng Văn Nam",
              kind: "ca_nhan",
              kindText: "Cá nhân",
              unit: "Phường Gia Thụy",
              position: "Cựu chiến binh",
              movementText: "Dân vận khéo",
              movement: "dan-van-kheo",
              achievements: "Hòa giải thành 12 vụ việc",
              date: "15/03/2024",
              marks: { ...GENERAL_MARKS, "mo-hinh-moi": "" },
              figures: {},
              valid: false,
            },
          ],
          findings: [
            { code: "cell/criterion", severity: "error", sheet: "DS 2024", row: 10, column: "I", cell: "I10", ruleId: "mo-hinh-moi", expected: "x", actual: "", message: expect.any(String) },
          ],
          quotas: [
            {
              ruleId: "phuong-toi-thieu-02",
              text: WARD_QUOTA_TEXT,
              scope: "Phường Gia Thụy",
              period: "Năm 2024",
              required: 2,
              actual: 1,
              registered: 2,
              shortfall: 1,
              excess: 0,
              met: false,
            },
          ],
        },
      ],
      skippedSheets: [],
      summary: { rows: 2, validRows: 1, errors: 1, warnings: 0, quotasUnmet: 1 },
      output: at("Gia_Thuy - kiem tra.xlsx"),
    });
  });

  it("--out writes an annotated copy: only the failing cell filled, its note, the values kept, a results sheet", async () => {
    const copy = await readWorkbook(at("Gia_Thuy - kiem tra.xlsx"));
    const original = await readWorkbook(at("Phuong_Gia_Thuy.xlsx"));
    expect(copy.worksheets.map((w) => w.name)).toStrictEqual(["DS 2024", "Kết quả kiểm tra"]);
    const list = copy.getWorksheet("DS 2024") as ExcelJS.Worksheet;
    const message = (JSON.parse(r.failing.stdout) as { sheets: { findings: { message: string }[] }[] }).sheets[0]?.findings[0]?.message;
    expect({ fill: list.getCell("I10").fill, note: noteText(list.getCell("I10")) }).toStrictEqual({
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
      note: message,
    });
    // The mark goes on the cell that falls short, not on every cell that shares its style.
    expect(solidFills(list)).toStrictEqual(["I10"]);
    expect(readSheetRows(list)).toStrictEqual(readSheetRows(original.getWorksheet("DS 2024") as ExcelJS.Worksheet));
    const results = readSheetRows(copy.getWorksheet("Kết quả kiểm tra") as ExcelJS.Worksheet);
    expect(results.filter((row) => row.includes("I10"))).toHaveLength(1);
  });

  it("leaves the input file's bytes as they were", () => {
    expect(hashFile(at("Phuong_Gia_Thuy.xlsx"))).toBe(hashes.get("Phuong_Gia_Thuy.xlsx"));
  });
});

describe("check on a clean ward list", () => {
  // Long Biên holds a ward to ≥ 02 a year and nothing else at unit level: two valid rows meet it.
  it("exits 0 with no findings and the ward quota met", () => {
    expect({ code: r.clean.code, stderr: r.clean.stderr }).toStrictEqual({ code: 0, stderr: "" });
    const report = JSON.parse(r.clean.stdout) as { sheets: { unit: string; rows: number; validRows: number; findings: unknown[]; quotas: unknown[] }[]; summary: unknown };
    expect(report.sheets.map((s) => ({ unit: s.unit, rows: s.rows, validRows: s.validRows, findings: s.findings, quotas: s.quotas }))).toStrictEqual([
      {
        unit: "Phường Sài Đồng",
        rows: 2,
        validRows: 2,
        findings: [],
        quotas: [
          { ruleId: "phuong-toi-thieu-02", text: WARD_QUOTA_TEXT, scope: "Phường Sài Đồng", period: "Năm 2024", required: 2, actual: 2, registered: 2, shortfall: 0, excess: 0, met: true },
        ],
      },
    ]);
    expect(report.summary).toStrictEqual({ rows: 2, validRows: 2, errors: 0, warnings: 0, quotasUnmet: 0 });
  });
});

describe("check refuses what it cannot use (exit 2), writing nothing", () => {
  it("--out naming the input itself (spelled differently): refused, input untouched", () => {
    expectOneSentenceRefusal(r.outIsInput, ["Phuong_Long_Bien.xlsx"]);
    expect(hashFile(at("Phuong_Long_Bien.xlsx"))).toBe(hashes.get("Phuong_Long_Bien.xlsx"));
  });

  it.each([
    ["a file that does not exist", "missing", "Phuong_Khong_Co.xlsx", "out-missing.xlsx"],
    ["a .txt note renamed .xlsx", "textRenamed", "Ghi_chu.xlsx", "out-text.xlsx"],
    ["an empty file", "emptyFile", "Phuong_Duc_Giang.xlsx", "out-empty.xlsx"],
    ["a workbook with no list (a budget sheet)", "notAList", "Kinh_phi.xlsx", "out-budget.xlsx"],
    ["a workbook cut off halfway (begins like a zip)", "truncatedZip", "Phuong_Cu_Khoi.xlsx", "out-truncated.xlsx"],
  ] as const)("%s: one sentence naming the file, no output", (_label, key, file, out) => {
    expectOneSentenceRefusal(r[key], [file]);
    expect(existsSync(at(out))).toBe(false);
  });

  it("an unknown plan id: names the plans there are", () => {
    const ids = readdirSync(join(REPO_ROOT, "templates/plans"))
      .filter((f) => f.endsWith(".json") && f !== "blank.json")
      .map((f) => f.replace(/\.json$/, ""));
    expectOneSentenceRefusal(r.unknownPlan, ['"long-bien"', ...ids]);
    expect(existsSync(at("out-unknown-plan.xlsx"))).toBe(false);
  });

  it("a plan file with five mistakes: every one listed with its key path", () => {
    expect({ code: r.brokenPlan.code, stdout: r.brokenPlan.stdout }).toStrictEqual({ code: 2, stdout: "" });
    expect(r.brokenPlan.stderr).not.toMatch(STACK_LINE);
    const [first, ...problems] = r.brokenPlan.stderr.trim().split("\n");
    expect(first).toMatch(/^Lỗi: .*"ke-hoach-sai\.json".*5/u);
    expect(problems.map((line) => /^\s+- ([^:]+): \S/.exec(line)?.[1]).sort()).toStrictEqual(
      ["criteria[1].rule.type", "date", "quotas[4].bound.min", "subjectKinds[3]", "title"].sort(),
    );
    expect(existsSync(at("out-broken-plan.xlsx"))).toBe(false);
  });

  it("a missing --plan: exit 2 and the reason in Vietnamese, not commander's English", () => {
    expect({ code: r.noPlanOption.code, stdout: r.noPlanOption.stdout }).toStrictEqual({ code: 2, stdout: "" });
    const first = r.noPlanOption.stderr.trim().split("\n")[0] ?? "";
    expect(first).toContain("--plan");
    expect(first).not.toMatch(/^error:|not specified/i);
    expect(first).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu);
  });

  it("leaves every input as it was and no temporary file behind", () => {
    for (const [file, hash] of hashes) expect([file, hashFile(at(file))]).toStrictEqual([file, hash]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toStrictEqual([]);
  });
});
