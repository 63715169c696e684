import type ExcelJS from "exceljs";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatQuotaSubject } from "../../src/core/messages/quotaMessages";
import type { QuotaResult } from "../../src/core/model";
import { groupQuotasByRule } from "../../src/core/quotas/groupQuotasByRule";
import { hashFile, makeTempDir, readSheetRows, readWorkbook, writeBrokenFile, writeBudgetWorkbook, writeUnitWorkbook, type ListSheetSpec } from "../helpers/cliFixtures";
import { REPO_ROOT, STACK_LINE, runCliAll, type CliResult } from "../helpers/runCli";

/**
 * `dienhinh consolidate` as a process on a folder of what wards really send: lists with title
 * blocks and merged headers, one in TCVN3, one file that is noise, one budget sheet, the same
 * person named by two wards in different spellings, and texts that look like formulas.
 */

const PLAN_ID = "long-bien-2023-2025";
const plan = JSON.parse(readFileSync(join(REPO_ROOT, "templates/plans", `${PLAN_ID}.json`), "utf8")) as { quotas: { id: string; text: string }[] };
const quotaText = (id: string): string => plan.quotas.find((q) => q.id === id)?.text ?? `(no quota ${id} in the plan)`;
const NTVT = "Người tốt, việc tốt";
const DVK = "Dân vận khéo";
const VNN = "Vì người nghèo - Không để ai bị bỏ lại phía sau";

const BO_DE: ListSheetSpec = {
  unitLine: "UBND PHƯỜNG BỒ ĐỀ",
  rows: [
    { name: "Nguyễn Văn Hùng", kind: "Cá nhân", position: "Tổ trưởng tổ dân phố số 5", movement: NTVT, achievements: "Vận động 40 hộ hiến đất mở ngõ", date: "12/03/2024" },
    { name: "Tổ dân phố số 7", kind: "Tập thể", movement: DVK, achievements: "Xây dựng tuyến phố văn minh", date: "15/03/2024" },
    { name: "Trần Thị Mai", kind: "Cá nhân", position: "Hội viên Hội Phụ nữ", movement: VNN, achievements: "Giúp 3 hộ thoát nghèo", marks: ["x", "x", "", "x"], date: "18/03/2024" },
  ],
};
/** The same Nguyễn Văn Hùng as Bồ Đề's, typed in lowercase with two spaces, in NFD. */
const VIET_HUNG: ListSheetSpec = {
  sheetName: "Danh sách",
  unitLine: "UBND PHƯỜNG VIỆT HƯNG",
  rows: [
    { name: "nguyễn văn  hùng".normalize("NFD"), kind: "Cá nhân", position: "Cựu chiến binh", movement: NTVT, achievements: "Nhặt được của rơi trả người đánh mất", date: "02/04/2024" },
    { name: "Lê Văn Bình", kind: "Cá nhân", position: "+84 912 345 678", movement: NTVT, achievements: "=1+2", date: "05/04/2024" },
  ],
};
/** One nominee: the ward's quota of 02 falls short by one. */
const PHUC_DONG: ListSheetSpec = {
  unitLine: "UBND PHƯỜNG PHÚC ĐỒNG",
  rows: [{ name: "Phạm Thị Lan", kind: "Cá nhân", position: "Bí thư chi đoàn", movement: DVK, achievements: "@abc tổ chức 5 buổi sinh hoạt", date: "20/03/2024" }],
};
const THACH_BAN_TCVN3: ListSheetSpec = {
  unitLine: "UBND PHƯỜNG THẠCH BÀN",
  encoding: "tcvn3",
  rows: [
    { name: "Đỗ Thị Hoa", kind: "Cá nhân", position: "Chi hội trưởng phụ nữ", movement: "Vì người nghèo", achievements: "Giúp 5 hộ thoát nghèo", date: "10/04/2024" },
    { name: "Tổ dân phố số 3", kind: "Tập thể", movement: NTVT, achievements: "Tổ dân phố văn minh", date: "10/04/2024" },
  ],
};
const SAI_DONG: ListSheetSpec = {
  unitLine: "UBND PHƯỜNG SÀI ĐỒNG",
  rows: [
    { name: "Vũ Thị Thu", kind: "Cá nhân", position: "Chi hội trưởng chi hội phụ nữ", movement: NTVT, achievements: "Trả lại 50 triệu đồng nhặt được", date: "02/04/2024" },
    { name: "Chi hội Cựu chiến binh tổ 4", kind: "Tập thể", movement: DVK, achievements: "Vận động giải phóng mặt bằng đúng tiến độ", date: "03/04/2024" },
  ],
};

const root = makeTempDir("consolidate");
const IN = join(root, "nhan-tu-phuong");
const VALID = join(root, "hop-le");
const JUNK = join(root, "khong-dung-duoc");
const NONE = join(root, "trong");
const MANY_BROKEN = join(root, "hong-ca");
const MANY_BROKEN_NAMES = ["Phuong_01.xlsx", "Phuong_02.xlsx", "Phuong_03.xlsx", "Phuong_04.xlsx", "Phuong_05.xlsx"];
const OUT = join(root, "ket-qua");
const hashes = new Map<string, string>();
let r: Record<"main" | "validOnly" | "outAtInput" | "nothingUsable" | "manyBroken" | "noWorkbooks", CliResult>;

const listFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f));

beforeAll(async () => {
  for (const d of [IN, VALID, JUNK, MANY_BROKEN, NONE]) mkdirSync(d);
  await writeUnitWorkbook(join(IN, "Phuong_Bo_De.xlsx"), BO_DE);
  await writeUnitWorkbook(join(IN, "Phuong Viet Hung - DS 2024.xlsx"), VIET_HUNG);
  await writeUnitWorkbook(join(IN, "Phuong_Phuc_Dong.xlsx"), PHUC_DONG);
  await writeUnitWorkbook(join(IN, "Phuong_Thach_Ban_TCVN3.xlsx"), THACH_BAN_TCVN3);
  await writeBudgetWorkbook(join(IN, "Kinh_phi_khen_thuong.xlsx"));
  await writeBrokenFile(join(IN, "Phuong_Ngoc_Lam.xlsx"), "random");
  await writeUnitWorkbook(join(VALID, "Phuong_Sai_Dong.xlsx"), SAI_DONG);
  await writeUnitWorkbook(join(VALID, "Phuong_Thach_Ban_TCVN3.xlsx"), THACH_BAN_TCVN3);
  await writeBrokenFile(join(JUNK, "Phuong_Ngoc_Lam.xlsx"), "random");
  await writeBrokenFile(join(JUNK, "Phuong_Duc_Giang.xlsx"), "empty");
  await writeBudgetWorkbook(join(JUNK, "Kinh_phi_khen_thuong.xlsx"));
  for (const name of MANY_BROKEN_NAMES) await writeBrokenFile(join(MANY_BROKEN, name), "truncated");
  writeFileSync(join(NONE, "Cong_van_de_nghi.docx"), "không phải bảng tính");
  for (const f of [...listFiles(IN), ...listFiles(VALID), ...listFiles(JUNK), ...listFiles(MANY_BROKEN), ...listFiles(NONE)]) hashes.set(f, hashFile(f));

  r = await runCliAll({
    main: ["consolidate", IN, "--plan", PLAN_ID, "--out", join(OUT, "Tong_hop_2024.xlsx"), "--json"],
    // The folder, and one of its files again as `./file`: the file must still count once.
    validOnly: ["consolidate", VALID, `${VALID}/./Phuong_Sai_Dong.xlsx`, "--plan", PLAN_ID, "--out", join(OUT, "Tong_hop_hop_le.xlsx"), "--json", "--no-progress"],
    outAtInput: ["consolidate", IN, "--plan", PLAN_ID, "--out", join(IN, "..", "nhan-tu-phuong", "Phuong_Phuc_Dong.xlsx"), "--json"],
    nothingUsable: ["consolidate", JUNK, "--plan", PLAN_ID, "--out", join(OUT, "Tong_hop_rac.xlsx"), "--json"],
    manyBroken: ["consolidate", MANY_BROKEN, "--plan", PLAN_ID, "--out", join(OUT, "Tong_hop_hong.xlsx"), "--no-progress"],
    noWorkbooks: ["consolidate", NONE, "--plan", PLAN_ID, "--out", join(OUT, "Tong_hop_trong.xlsx")],
  });
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface UnitJson {
  unit: string;
  rows: number;
  validRows: number;
  byKind: Record<string, number>;
  byTopic: Record<string, number>;
}
/** A quota result as --json prints it. */
type QuotaJson = QuotaResult;
interface ConsolidationJson {
  units: UnitJson[];
  notSent: { unit: string; unitKind: string | null }[];
  totals: { rows: number; validRows: number; byKind: Record<string, number>; byTopic: Record<string, number> };
  quotas: QuotaJson[];
}
const parse = (result: CliResult): ConsolidationJson => JSON.parse(result.stdout) as ConsolidationJson;

const kinds = (ca_nhan: number, tap_the: number) => ({ ca_nhan, tap_the, ho_gia_dinh: 0 });
const wardQuota = (scope: string, actual: number, registered: number) => ({
  ruleId: "phuong-toi-thieu-02",
  text: quotaText("phuong-toi-thieu-02"),
  scope,
  period: "Năm 2024",
  required: 2,
  actual,
  registered,
  shortfall: Math.max(0, 2 - actual),
  excess: 0,
  met: actual >= 2,
});

/** The rows of a sheet's table from `from` to the first empty row (below it: the signature block). */
const readTableRows = (ws: ExcelJS.Worksheet, from: number): ExcelJS.CellValue[][] => {
  const rows = readSheetRows(ws, from);
  const end = rows.findIndex((row) => row.length === 0);
  return end < 0 ? rows : rows.slice(0, end);
};

describe("consolidate --json on a folder of ward files", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await readWorkbook(join(OUT, "Tong_hop_2024.xlsx"));
  });
  const sheet = (name: string): ExcelJS.Worksheet => workbook.getWorksheet(name) as ExcelJS.Worksheet;

  it("exits 1 (an invalid row, unmet quotas) and prints nothing on stderr", () => {
    expect({ code: r.main.code, stderr: r.main.stderr }).toStrictEqual({ code: 1, stderr: "" });
  });

  it("reports each ward once with its rows, valid rows and counts by kind and movement; TCVN3 read as Unicode", () => {
    const source = (file: string, sheetName = "DS 2024") => ({ file, sheet: sheetName, sources: [{ file, sheet: sheetName }] });
    expect(parse(r.main).units).toStrictEqual([
      { unit: "Phường Bồ Đề", unitKind: "phuong", unitSource: "title", ...source("Phuong_Bo_De.xlsx"), rows: 3, validRows: 2, byKind: kinds(1, 1), byTopic: { [NTVT]: 1, [DVK]: 1 } },
      { unit: "Phường Phúc Đồng", unitKind: "phuong", unitSource: "title", ...source("Phuong_Phuc_Dong.xlsx"), rows: 1, validRows: 1, byKind: kinds(1, 0), byTopic: { [DVK]: 1 } },
      { unit: "Phường Thạch Bàn", unitKind: "phuong", unitSource: "title", ...source("Phuong_Thach_Ban_TCVN3.xlsx"), rows: 2, validRows: 2, byKind: kinds(1, 1), byTopic: { [VNN]: 1, [NTVT]: 1 } },
      { unit: "Phường Việt Hưng", unitKind: "phuong", unitSource: "title", ...source("Phuong Viet Hung - DS 2024.xlsx", "Danh sách"), rows: 2, validRows: 2, byKind: kinds(2, 0), byTopic: { [NTVT]: 2 } },
    ]);
  });

  it("makes the totals the sums of the units", () => {
    const { units, totals } = parse(r.main);
    const sum = (pick: (u: UnitJson) => Record<string, number>) =>
      units.reduce<Record<string, number>>((acc, u) => {
        for (const [k, v] of Object.entries(pick(u))) acc[k] = (acc[k] ?? 0) + v;
        return acc;
      }, {});
    expect(totals).toStrictEqual({
      rows: units.reduce((a, u) => a + u.rows, 0),
      validRows: units.reduce((a, u) => a + u.validRows, 0),
      byKind: sum((u) => u.byKind),
      byTopic: sum((u) => u.byTopic),
    });
    expect({ rows: totals.rows, validRows: totals.validRows }).toStrictEqual({ rows: 8, validRows: 7 });
  });

  it("evaluates every ward's quota and the plan-level ones at the district", () => {
    const json = JSON.parse(r.main.stdout) as { plan: string; scope: string; year: number; quotas: { notSent?: boolean; scope: string; ruleId: string }[] };
    expect({ plan: json.plan, scope: json.scope, year: json.year }).toStrictEqual({ plan: PLAN_ID, scope: "Quận Long Biên", year: 2024 });
    // Units the plan names that sent nothing still owe their quotas, counted at zero.
    expect(json.quotas.filter((q) => q.notSent).map((q) => [q.scope, q.ruleId])).toContainEqual(["Phòng Nội vụ", "phong-noi-vu-05-hang-nam"]);
    expect(json.quotas.filter((q) => !q.notSent)).toStrictEqual([
      wardQuota("Phường Bồ Đề", 2, 3),
      wardQuota("Phường Phúc Đồng", 1, 1),
      wardQuota("Phường Thạch Bàn", 2, 2),
      wardQuota("Phường Việt Hưng", 2, 2),
      // The city's quotas count only nominations proposed to the city: no ward wrote a "Cấp đề nghị",
      // so every row is a proposal to the district (3 rows of cá nhân in "Người tốt, việc tốt", 8 in all).
      { ruleId: "thanh-pho-20-ca-nhan-nguoi-tot", text: quotaText("thanh-pho-20-ca-nhan-nguoi-tot"), scope: "Quận Long Biên", period: "Cả kỳ 2023–2025", required: 20, actual: 0, registered: 0, shortfall: 20, excess: 0, met: false, proposedLevel: { levels: ["Cấp thành phố"], notGiven: 3, assumed: "Cấp quận", notGivenCounted: false, unknown: 0 } },
      // The book "Những bông hoa đẹp" counts the rows a ward marks for it: these wards mark none.
      { ruleId: "thanh-pho-02-sach-nhung-bong-hoa-dep", text: quotaText("thanh-pho-02-sach-nhung-bong-hoa-dep"), scope: "Quận Long Biên", period: "Cả kỳ 2023–2025", required: 2, actual: 0, registered: 0, shortfall: 2, excess: 0, met: false },
      // Cá nhân in "Người tốt, việc tốt", valid: Hùng (named by Bồ Đề and by Việt Hưng: one nominee) and Bình.
      { ruleId: "quan-100-ca-nhan-nguoi-tot", text: quotaText("quan-100-ca-nhan-nguoi-tot"), scope: "Quận Long Biên", period: "Năm 2024", required: 100, actual: 2, registered: 2, shortfall: 98, excess: 0, met: false, proposedLevel: { levels: ["Cấp quận", "Cấp thành phố"], notGiven: 3, assumed: "Cấp quận", notGivenCounted: true, unknown: 0 } },
    ]);
  });

  it("finds the nominee two wards named in different case, spacing and Unicode form, with both sources", () => {
    expect((JSON.parse(r.main.stdout) as { duplicates: unknown }).duplicates).toStrictEqual([
      {
        name: "Nguyễn Văn Hùng",
        occurrences: [
          { unit: "Phường Bồ Đề", file: "Phuong_Bo_De.xlsx", sheet: "DS 2024", row: 9, counted: true },
          { unit: "Phường Việt Hưng", file: "Phuong Viet Hung - DS 2024.xlsx", sheet: "Danh sách", row: 9, counted: true },
        ],
      },
    ]);
  });

  it("lists the broken file and the budget workbook as skipped, with reasons", () => {
    const json = JSON.parse(r.main.stdout) as { skipped: unknown; output: string };
    expect(json.skipped).toStrictEqual([
      { file: "Kinh_phi_khen_thuong.xlsx", sheet: "Kinh phí", reason: expect.any(String) },
      { file: "Phuong_Ngoc_Lam.xlsx", sheet: null, reason: expect.any(String) },
    ]);
    expect(json.output).toBe(join(OUT, "Tong_hop_2024.xlsx"));
  });

  it("writes the five sheets, each on A4 with its header row repeated and margins of Nghị định 30", () => {
    expect(workbook.worksheets.map((w) => w.name)).toStrictEqual(["Tổng hợp", "Danh sách", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
    for (const ws of workbook.worksheets) {
      const { paperSize, printTitlesRow, margins } = ws.pageSetup;
      const mm = (inches: number | undefined) => Math.round((inches ?? 0) * 25.4);
      const within = (v: number, from: number, to: number) => v >= from && v <= to;
      const marginsOk = {
        top: within(mm(margins?.top), 20, 25),
        bottom: within(mm(margins?.bottom), 20, 25),
        left: within(mm(margins?.left), 30, 35),
        right: within(mm(margins?.right), 15, 20),
      };
      expect({ sheet: ws.name, paperSize, printTitlesRow, marginsOk }).toStrictEqual({
        sheet: ws.name,
        paperSize: 9,
        printTitlesRow: "8:8",
        marginsOk: { top: true, bottom: true, left: true, right: true },
      });
    }
  });

  it("Tổng hợp: a row per unit, the units the plan names that sent nothing, and the total, the same numbers as the JSON", () => {
    const { units, totals, notSent } = parse(r.main);
    const rows = readTableRows(sheet("Tổng hợp"), 8).map((row) => row.slice(0, 7));
    expect(notSent.map((u) => u.unit)).toContain("Phòng Nội vụ");
    expect(rows).toStrictEqual([
      ["TT", "Đơn vị", "Số đề nghị", "Hợp lệ", "Cá nhân", "Tập thể", "Hộ gia đình"],
      ...units.map((u, i) => [i + 1, u.unit, u.rows, u.validRows, u.byKind["ca_nhan"], u.byKind["tap_the"], u.byKind["ho_gia_dinh"]]),
      ...notSent.map((u, i) => [units.length + i + 1, u.unit, 0, 0, 0, 0, 0]),
      [null, "Tổng cộng", totals.rows, totals.validRows, totals.byKind["ca_nhan"], totals.byKind["tap_the"], totals.byKind["ho_gia_dinh"]],
    ]);
  });

  it("Danh sách: every input row exactly once, with its unit, file, sheet and row", () => {
    const ws = sheet("Danh sách");
    const [header, ...rows] = readTableRows(ws, 8);
    const col = (name: string) => (header ?? []).indexOf(name);
    const pick = ["Họ và tên / Tên tập thể", "Đơn vị", "Tệp", "Trang tính", "Dòng", "Hợp lệ"].map(col);
    expect(pick.every((i) => i >= 0)).toBe(true);
    expect(rows.map((row) => row[col("TT")])).toStrictEqual(rows.map((_, i) => i + 1));
    const byFileAndRow = (a: unknown[], b: unknown[]) => (String(a[2]) < String(b[2]) ? -1 : String(a[2]) > String(b[2]) ? 1 : Number(a[4]) - Number(b[4]));
    const seen = rows.map((row) => pick.map((i) => row[i] ?? null)).sort(byFileAndRow);
    const expected: unknown[][] = [
      ["Nguyễn Văn Hùng", "Phường Bồ Đề", "Phuong_Bo_De.xlsx", "DS 2024", 9, "Có"],
      ["Tổ dân phố số 7", "Phường Bồ Đề", "Phuong_Bo_De.xlsx", "DS 2024", 10, "Có"],
      ["Trần Thị Mai", "Phường Bồ Đề", "Phuong_Bo_De.xlsx", "DS 2024", 11, "Không"],
      ["Phạm Thị Lan", "Phường Phúc Đồng", "Phuong_Phuc_Dong.xlsx", "DS 2024", 9, "Có"],
      ["Đỗ Thị Hoa", "Phường Thạch Bàn", "Phuong_Thach_Ban_TCVN3.xlsx", "DS 2024", 9, "Có"],
      ["Tổ dân phố số 3", "Phường Thạch Bàn", "Phuong_Thach_Ban_TCVN3.xlsx", "DS 2024", 10, "Có"],
      ["nguyễn văn hùng", "Phường Việt Hưng", "Phuong Viet Hung - DS 2024.xlsx", "Danh sách", 9, "Có"],
      ["Lê Văn Bình", "Phường Việt Hưng", "Phuong Viet Hung - DS 2024.xlsx", "Danh sách", 10, "Có"],
    ];
    expect(seen).toStrictEqual(expected.sort(byFileAndRow));
  });

  it("Danh sách: text beginning with = + @ stays plain text, not a formula", () => {
    const ws = sheet("Danh sách");
    const found: { value: unknown; formula: unknown }[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const text = typeof v === "string" ? v : v && typeof v === "object" && "formula" in v ? `=${String(v.formula)}` : "";
        if (/^[=+@]/.test(text)) found.push({ value: v, formula: cell.formula ?? null });
      }),
    );
    expect(found).toStrictEqual([
      { value: "@abc tổ chức 5 buổi sinh hoạt", formula: null },
      { value: "+84 912 345 678", formula: null },
      { value: "=1+2", formula: null },
    ]);
  });

  it("Chỉ tiêu: every quota of the JSON, the unmet ones filled red and only those", () => {
    const { quotas } = parse(r.main);
    const ws = sheet("Chỉ tiêu");
    // Each rule once (its row numbered I, II, … across the table), its results under it, numbered 1, 2, …
    const rows = readTableRows(ws, 9).map((values, i) => ({ values, row: ws.getRow(9 + i) }));
    const rules = rows.filter(({ values }) => typeof values[0] === "string").map(({ values }) => values[1]);
    const seen = rows
      .filter(({ values }) => typeof values[0] === "number")
      .map(({ values, row }) => {
        const fills = Array.from({ length: 7 }, (_, c) => row.getCell(c + 1).fill as { pattern?: string; fgColor?: { argb?: string } } | undefined);
        const red = fills.every((f) => f?.pattern === "solid" && f.fgColor?.argb === "FFFFC7CE");
        const none = fills.every((f) => f?.pattern !== "solid");
        return { unit: values[1], period: values[2], registered: values[3], valid: values[4], fill: red ? "red" : none ? "none" : "mixed" };
      });
    const groups = groupQuotasByRule(quotas);
    expect(rules).toStrictEqual(groups.map((g) => g.text));
    expect(seen).toStrictEqual(
      groups.flatMap((g) => g.results).map((q) => ({ unit: formatQuotaSubject(q), period: q.period, registered: q.registered, valid: q.actual, fill: q.met === false ? "red" : "none" })),
    );
  });

  it("Trùng lặp and Tệp bỏ qua: the duplicate's two sources; the two files not read", () => {
    expect(readTableRows(sheet("Trùng lặp"), 9)).toStrictEqual([
      [1, "Nguyễn Văn Hùng", "Phường Bồ Đề", "Phuong_Bo_De.xlsx", "DS 2024", 9, "Có"],
      [1, "Nguyễn Văn Hùng", "Phường Việt Hưng", "Phuong Viet Hung - DS 2024.xlsx", "Danh sách", 9, "Có"],
    ]);
    expect(readTableRows(sheet("Tệp bỏ qua"), 9)).toStrictEqual([
      [1, "Kinh_phi_khen_thuong.xlsx", "Kinh phí", expect.any(String)],
      [2, "Phuong_Ngoc_Lam.xlsx", expect.any(String), expect.any(String)],
    ]);
  });
});

describe("consolidate on valid lists only", () => {
  it("exits 1 when only quotas fall short: every row valid, every ward's quota met, a district quota not", () => {
    expect({ code: r.validOnly.code, stderr: r.validOnly.stderr }).toStrictEqual({ code: 1, stderr: "" });
    const { units, quotas } = parse(r.validOnly);
    expect(units.every((u) => u.validRows === u.rows)).toBe(true);
    expect(quotas.filter((q) => q.ruleId === "phuong-toi-thieu-02").map((q) => [q.scope, q.met])).toStrictEqual([
      ["Phường Sài Đồng", true],
      ["Phường Thạch Bàn", true],
    ]);
    expect(quotas.filter((q) => q.met === false && !q.notSent).map((q) => q.ruleId)).toStrictEqual(["thanh-pho-20-ca-nhan-nguoi-tot", "thanh-pho-02-sach-nhung-bong-hoa-dep", "quan-100-ca-nhan-nguoi-tot"]);
  });

  it("reads a file named twice (in its folder and again as ./file) once", () => {
    const { units, totals } = parse(r.validOnly);
    expect(units.map((u) => [u.unit, u.rows])).toStrictEqual([
      ["Phường Sài Đồng", 2],
      ["Phường Thạch Bàn", 2],
    ]);
    expect(totals.rows).toBe(4);
  });
});

describe("consolidate refuses (exit 2) and writes nothing", () => {
  const expectRefusal = (result: CliResult, mentions: readonly string[]) => {
    expect({ code: result.code, stdout: result.stdout }).toStrictEqual({ code: 2, stdout: "" });
    const text = result.stderr.trim();
    expect(text).not.toMatch(STACK_LINE);
    expect(text.split("\n")).toHaveLength(1);
    expect(text).toMatch(/^Lỗi: .*[đạảấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựỳỵỷỹ].*\.$/u);
    for (const m of mentions) expect(text).toContain(m);
  };

  it("--out pointing at one of the inputs", () => {
    expectRefusal(r.outAtInput, ["Phuong_Phuc_Dong.xlsx"]);
  });

  it("a folder where nothing is a usable list: each file named", () => {
    expectRefusal(r.nothingUsable, ["Phuong_Ngoc_Lam.xlsx", "Phuong_Duc_Giang.xlsx", "Kinh_phi_khen_thuong.xlsx"]);
    expect(existsSync(join(OUT, "Tong_hop_rac.xlsx"))).toBe(false);
  });

  it("a folder of five broken files: the sentence names three and counts two; every file is told on a line above it", () => {
    const lines = r.manyBroken.stderr.trim().split("\n");
    expect({ code: r.manyBroken.code, stdout: r.manyBroken.stdout, told: lines.slice(0, -1).map((l) => l.split(":")[0]) }).toStrictEqual({
      code: 2,
      stdout: "",
      told: MANY_BROKEN_NAMES.map((name) => `Bỏ qua ${name}`),
    });
    expect(lines.at(-1)).toMatch(/^Lỗi: Không đọc được danh sách nào từ 5 tệp \(Phuong_01\.xlsx: .*Phuong_03\.xlsx: .*; và 2 tệp khác\); hãy kiểm tra các tệp của đơn vị\.$/);
    expect(lines.at(-1)).not.toContain("Phuong_04.xlsx");
    expect(existsSync(join(OUT, "Tong_hop_hong.xlsx"))).toBe(false);
  });

  it("a folder with no workbook at all", () => {
    expectRefusal(r.noWorkbooks, [NONE]);
    expect(existsSync(join(OUT, "Tong_hop_trong.xlsx"))).toBe(false);
  });

  it("leaves every input file byte for byte as it was, and no temporary file behind", () => {
    for (const [file, hash] of hashes) expect([file, hashFile(file)]).toStrictEqual([file, hash]);
    expect(readdirSync(OUT).sort()).toStrictEqual(["Tong_hop_2024.xlsx", "Tong_hop_hop_le.xlsx"]);
  });
});
