import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "../../src/core/plan/schema";
import { SUBJECT_KIND_LABELS } from "../../src/core/read/parseValues";
import { listBuiltinPlans } from "../../src/plans/builtinPlans";
import { runInProcess } from "../bad/helpers/inProcess";

/**
 * What "Done" means for plans as workbooks, for every built-in plan: `plan export` → `--plan
 * FILE.xlsx` gives the same `check --json` and `consolidate --json` as the plan's id; one quota
 * number edited in Excel changes the result by as much; a word where a number belongs is refused
 * naming its cell. Then `plan new`, `plan show` and `plans`.
 */

const dir = mkdtempSync(join(tmpdir(), "dienhinh-plan-workbook-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A unit's list made for the plan: its general criteria as columns, rows in its first movements and fields, dated in its period. */
const writeUnitList = async (plan: Plan, file: string): Promise<void> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  const general = plan.criteria.filter((c) => c.group === "general" && c.rule.type === "mark").map((c) => c.label);
  const year = Number(plan.period.to.slice(-4));
  ws.addRow([`DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM ${year}`]);
  ws.addRow([]);
  ws.addRow(["STT", "Họ và tên / Tên tập thể", "Đối tượng", "Chức vụ", "Lĩnh vực", "Phong trào thi đua", "Tóm tắt thành tích", ...general, "Ngày đăng ký"]);
  const names = ["Nguyễn Văn An", "Tổ dân phố số 3", "Lê Thị Bình", "Hộ ông Trần Văn Cường"];
  names.forEach((name, i) => {
    const kind = plan.subjectKinds[i % plan.subjectKinds.length] ?? "ca_nhan";
    const movement = plan.movements[i % Math.max(1, plan.movements.length)]?.name ?? "";
    const field = plan.fields[i % Math.max(1, plan.fields.length)]?.name ?? "";
    ws.addRow([i + 1, name, SUBJECT_KIND_LABELS[kind], "Cán bộ", field, movement, "Thành tích tiêu biểu trong năm", ...general.map(() => "x"), `15/03/${year}`]);
  });
  await wb.xlsx.writeFile(file);
};

/** Opens the plan workbook, lets `change` edit it as an officer would in Excel, and saves it under a new name. */
const editWorkbook = async (from: string, to: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  change(wb);
  await wb.xlsx.writeFile(to);
};

interface QuotaJson {
  ruleId: string;
  scope: string;
  period: string;
  required: number | null;
}

const quotasOf = (stdout: string): QuotaJson[] => (JSON.parse(stdout) as { quotas: QuotaJson[] }).quotas;
const withoutOutput = (stdout: string): unknown => {
  const { output: _output, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  return rest;
};

describe.each(listBuiltinPlans().map((p) => [p.id, p] as const))("%s", (id, plan) => {
  const book = join(dir, `${id}.xlsx`);
  const list = join(dir, `${id}-don-vi.xlsx`);

  beforeAll(async () => {
    const exported = await runInProcess(["plan", "export", "--plan", id, "--out", book]);
    if (exported.code !== 0) throw new Error(exported.stderr);
    await writeUnitList(plan, list);
  });

  test("check and consolidate give the same JSON with the workbook as with the id", async () => {
    const [byId, byBook] = [await runInProcess(["check", list, "--plan", id, "--json"]), await runInProcess(["check", list, "--plan", book, "--json"])];
    const [sumId, sumBook] = [
      await runInProcess(["consolidate", list, "--plan", id, "--json", "--out", join(dir, `${id}-th-id.xlsx`)]),
      await runInProcess(["consolidate", list, "--plan", book, "--json", "--out", join(dir, `${id}-th-so.xlsx`)]),
    ];
    expect({ stderr: [byId.stderr, byBook.stderr, sumId.stderr, sumBook.stderr], sameCheck: byBook.stdout === byId.stdout, rows: (JSON.parse(byId.stdout) as { summary: { rows: number } }).summary.rows }).toStrictEqual({
      stderr: ["", "", "", ""],
      sameCheck: true,
      rows: 4,
    });
    expect(withoutOutput(sumBook.stdout)).toStrictEqual(withoutOutput(sumId.stdout));
  });

  test("one quota number edited in the workbook changes the result by as much", async () => {
    const edited = join(dir, `${id}-sua.xlsx`);
    const first = plan.quotas.findIndex((q) => q.bound.min !== undefined && q.bound.percentOfStaff === undefined && q.bound.perKind === undefined);
    const quota = plan.quotas[first];
    if (quota) {
      // A unit's quota is counted when the list's unit is of its kind: the list is checked as one.
      const kind = plan.unitKinds.find((k) => k.id === quota.scope.unitKinds?.[0]);
      const unit = quota.scope.units?.[0] ?? `${kind?.name.split(",")[0] ?? ""} Hòa Bình`;
      const results = async (planArg: string): Promise<QuotaJson[]> =>
        quota.scope.level === "unit"
          ? (JSON.parse((await runInProcess(["check", list, "--plan", planArg, "--unit", unit, "--json"])).stdout) as { sheets: { quotas: QuotaJson[] }[] }).sheets.flatMap((s) => s.quotas)
          : quotasOf((await runInProcess(["consolidate", list, "--plan", planArg, "--json", "--out", join(dir, `${id}-${planArg === book ? "truoc" : "sau"}.xlsx`)])).stdout);
      // Chỉ tiêu!J is "Tối thiểu"; the first quota is on row 4.
      await editWorkbook(book, edited, (wb) => {
        const cell = wb.getWorksheet("Chỉ tiêu")?.getCell(`J${4 + first}`);
        if (cell) cell.value = (quota.bound.min ?? 0) + 1;
      });
      const requiredOf = (list: QuotaJson[]) => list.filter((q) => q.ruleId === quota.id).map((q) => q.required);
      const before = requiredOf(await results(book));
      expect({ after: requiredOf(await results(edited)), counted: before.length > 0 }).toStrictEqual({ after: before.map((r) => (r === null ? null : r + 1)), counted: true });
    } else {
      // A plan without quotas (Nhơn Hưng states none): the officer writes one on the first free row.
      const before = quotasOf((await runInProcess(["consolidate", list, "--plan", book, "--json", "--out", join(dir, `${id}-truoc.xlsx`)])).stdout);
      await editWorkbook(book, edited, (wb) => {
        const ws = wb.getWorksheet("Chỉ tiêu");
        if (!ws) return;
        ws.getCell("B4").value = "Toàn phường: ít nhất 05 điển hình trong năm";
        ws.getCell("C4").value = "Toàn cấp ban hành";
        ws.getCell("I4").value = "Cả kỳ kế hoạch";
        ws.getCell("J4").value = 5;
      });
      const after = quotasOf((await runInProcess(["consolidate", list, "--plan", edited, "--json", "--out", join(dir, `${id}-sau.xlsx`)])).stdout);
      expect([before.length, after.map((q) => [q.ruleId, q.required])]).toStrictEqual([0, [["toan-phuong-it-nhat-05-dien-hinh-trong", 5]]]);
    }
  });

  test("a word where a number belongs is refused, naming the cell", async () => {
    const broken = join(dir, `${id}-sai.xlsx`);
    await editWorkbook(book, broken, (wb) => {
      const cell = wb.getWorksheet("Chỉ tiêu")?.getCell("J4");
      if (cell) cell.value = "hai mươi";
    });
    const r = await runInProcess(["check", list, "--plan", broken]);
    expect({ code: r.code, stdout: r.stdout, cell: r.stderr.includes('Chỉ tiêu!J4: cần một số, đang ghi "hai mươi"'), file: r.stderr.includes(`"${id}-sai.xlsx"`) }).toStrictEqual({
      code: 2,
      stdout: "",
      cell: true,
      file: true,
    });
  });
});

describe("plan new, plan show, plans", () => {
  test("plan new --level xa writes a 2026–2030 commune plan citing the texts in force, usable as --plan at once", async () => {
    const file = join(dir, "ke-hoach-xa.xlsx");
    const made = await runInProcess(["plan", "new", "--level", "xa", "--out", file]);
    const shown = await runInProcess(["plan", "show", file]);
    expect({ made: made.code, shown: shown.code, stderr: made.stderr + shown.stderr }).toStrictEqual({ made: 0, shown: 0, stderr: "" });
    const lines = shown.stdout.split("\n");
    expect(lines.slice(0, 5)).toStrictEqual([
      "Kế hoạch số …/KH-UBND của Ủy ban nhân dân xã …",
      "Mã: ke-hoach-xa-2026-2030",
      "Trích yếu: Tuyên truyền, xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2026 - 2030 trên địa bàn xã …",
      "Cấp ban hành: Cấp xã",
      "Thời gian: 01/01/2026 – 31/12/2030, đang thực hiện",
    ]);
    const basis = lines.slice(lines.indexOf("Căn cứ:") + 1, lines.indexOf("Ghi chú:") - 1);
    expect(basis.map((l) => l.split(":")[0])).toStrictEqual([
      "  - Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022",
      "  - Nghị định số 152/2025/NĐ-CP ngày 14/6/2025",
      "  - Thông tư số 15/2025/TT-BNV ngày 4/8/2025",
      "  - Nghị định số 30/2020/NĐ-CP",
    ]);
  });

  test("plan new refuses a level that no longer exists", async () => {
    const r = await runInProcess(["plan", "new", "--level", "huyen", "--out", join(dir, "huyen.xlsx")]);
    expect({ code: r.code, stderr: r.stderr }).toStrictEqual({
      code: 2,
      stderr: 'Lỗi: Cấp "huyen" không có; hãy chọn --level xa (xã, phường, đặc khu) hoặc --level tinh (tỉnh, thành phố).',
    });
  });

  test("plan show prints each cited text with its status: NĐ 98/2023 repealed from 01/7/2025, replaced by NĐ 152/2025", async () => {
    const r = await runInProcess(["plan", "show", "nhon-hung-2024"]);
    expect(r.stdout.split("\n").filter((l) => /98\/2023|01\/2024/u.test(l) && l.startsWith("  - "))).toStrictEqual([
      "  - Nghị định số 98/2023/NĐ-CP ngày 31/12/2023: hết hiệu lực từ 1/7/2025, thay bằng Nghị định 152/2025/NĐ-CP (14/6/2025), hiệu lực từ 01/7/2025.",
      "  - Thông tư số 01/2024/TT-BNV: đã được thay bằng Thông tư 15/2025/TT-BNV (04/8/2025).",
    ]);
  });

  test("plans says of each seed plan that it has ended", async () => {
    const r = await runInProcess(["plans"]);
    const lines = r.stdout.split("\n");
    expect({ count: lines.length, ended: lines.every((l) => /\(\d{2}\/\d{2}\/\d{4} – 31\/12\/2025, đã kết thúc\)$|\(01\/01\/2024 – 31\/12\/2024, đã kết thúc\)$/u.test(l)) }).toStrictEqual({ count: 5, ended: true });
  });
});
