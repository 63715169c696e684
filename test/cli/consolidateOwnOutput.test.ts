import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TEST_PLAN_INPUT } from "../helpers/sheets";
import { makeTempDir, readSheetRows, readWorkbook, writeBrokenFile, writeUnitWorkbook, type ListSheetSpec } from "../helpers/cliFixtures";
import { runCliInProcess } from "../helpers/cliInProcess";

/**
 * `consolidate` where officers really run it: the earlier result saved in the units' folder, a
 * unit's list sent twice (a tab of the cluster's workbook and its own file), a file that cannot
 * be read. Nothing counts twice, and a script can tell that not every unit is in.
 */

const root = makeTempDir("own-output");
const PLAN = join(root, "ke-hoach.json");
const CRITERIA = ["Chấp hành chủ trương, chính sách", "Hoàn thành xuất sắc nhiệm vụ", "Có mô hình mới, cách làm hay", "Tương thân tương ái"];
const VNN = "Vì người nghèo";

const list = (unitLine: string, names: readonly string[], sheetName = "DS 2024"): ListSheetSpec => ({
  sheetName,
  parent: "UBND HUYỆN MƯỜNG THANH",
  unitLine,
  criteria: CRITERIA,
  rows: names.map((name) => ({ name, kind: "Cá nhân", movement: VNN, achievements: "Giúp hộ nghèo", date: "12/03/2024" })),
});
const HOA_BINH = list("UBND XÃ HÒA BÌNH", ["Nguyễn Văn Hùng", "Lò Thị Mai"]);
const TAN_LAP = list("UBND XÃ TÂN LẬP", ["Quàng Văn Dũng"]);
const MUONG_PHANG = list("UBND XÃ MƯỜNG PHĂNG", ["Lò Văn Pọm", "Cà Thị Ơn"]);

type Json = { units: { unit: string; rows: number }[]; totals: unknown; quotas: unknown; duplicates: { name: string; occurrences: { file: string; counted: boolean }[] }[]; skipped: { file: string; sheet: string | null; reason: string }[]; read: string[] };
const json = (stdout: string): Json => JSON.parse(stdout) as Json;

beforeAll(async () => {
  // Only a quota every commune meets: exit 0 says "everything is in and fine".
  writeFileSync(PLAN, JSON.stringify({ ...TEST_PLAN_INPUT, quotas: [{ id: "xa-01", text: "Mỗi xã ít nhất 01 điển hình", scope: { level: "unit", unitKinds: ["xa"] }, period: "plan", bound: { min: 1 } }] }));
  mkdirSync(join(root, "xa"));
  await writeUnitWorkbook(join(root, "xa", "Xa_Hoa_Binh.xlsx"), HOA_BINH);
  await writeUnitWorkbook(join(root, "xa", "Xa_Tan_Lap.xlsx"), TAN_LAP);
  await writeUnitWorkbook(join(root, "xa", "Cum_xa.xlsx"), { ...MUONG_PHANG, sheetName: "Mường Phăng" }, { ...list("UBND XÃ NÀ TẤU", ["Lường Văn Tiến"]), sheetName: "Nà Tấu" });
  await writeUnitWorkbook(join(root, "xa", "Xa_Muong_Phang.xlsx"), MUONG_PHANG);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("consolidate a folder holding its own earlier result", () => {
  test("gives the same numbers as without it, says why the file was skipped, and counts only the files read", async () => {
    const first = await runCliInProcess(["consolidate", join(root, "xa"), "--plan", PLAN, "--out", join(root, "xa", "Tong_hop.xlsx"), "--json"]);
    expect({ code: first.code, stderr: first.stderr }).toStrictEqual({ code: 0, stderr: "" });
    const again = await runCliInProcess(["consolidate", join(root, "xa"), "--plan", PLAN, "--out", join(root, "Tong_hop_lan_2.xlsx"), "--json"]);
    const [a, b] = [json(first.stdout), json(again.stdout)];
    expect({ code: again.code, units: b.units, totals: b.totals, quotas: b.quotas, duplicates: b.duplicates, read: b.read }).toStrictEqual({
      code: 0,
      units: a.units,
      totals: a.totals,
      quotas: a.quotas,
      duplicates: a.duplicates,
      read: a.read,
    });
    const skipped = b.skipped.filter((s) => s.file === "Tong_hop.xlsx");
    expect(skipped.map((s) => s.sheet).sort()).toStrictEqual(["Chỉ tiêu", "Danh sách", "Trùng lặp", "Tệp bỏ qua", "Tổng hợp"].sort());
    expect(skipped.find((s) => s.sheet === "Danh sách")?.reason).toMatch(/^bản tổng hợp đã gồm các tệp "Cum_xa\.xlsx", "Xa_Hoa_Binh\.xlsx", "Xa_Tan_Lap\.xlsx" cũng được chọn, nên không tính lại$/);
    const text = await runCliInProcess(["consolidate", join(root, "xa"), "--plan", PLAN, "--out", join(root, "Tong_hop_lan_3.xlsx")]);
    expect(text.stdout.split("\n")[0]).toBe("Đã tổng hợp 4 tệp, bỏ qua 1 tệp; 4 đơn vị, 6 đề nghị, 6 hợp lệ.");
  });
});

describe("one unit's list sent twice (a tab of the cluster's workbook and its own file)", () => {
  test("each nominee counts once, is listed in Trùng lặp with both sources, and is printed once in the list appendix", async () => {
    const out = join(root, "Tong_hop_cum.xlsx");
    const r = await runCliInProcess(["consolidate", join(root, "xa", "Cum_xa.xlsx"), join(root, "xa", "Xa_Muong_Phang.xlsx"), "--plan", PLAN, "--out", out, "--json"]);
    const c = json(r.stdout);
    expect({ code: r.code, units: c.units.map((u) => [u.unit, u.rows]) }).toStrictEqual({ code: 0, units: [["Xã Mường Phăng", 2], ["Xã Nà Tấu", 1]] });
    expect(c.duplicates.map((d) => [d.name, d.occurrences.map((o) => [o.file, o.counted])])).toStrictEqual([
      ["Cà Thị Ơn", [["Cum_xa.xlsx", true], ["Xa_Muong_Phang.xlsx", false]]],
      ["Lò Văn Pọm", [["Cum_xa.xlsx", true], ["Xa_Muong_Phang.xlsx", false]]],
    ]);
    const appendix = join(root, "Phu_luc_cum.xlsx");
    expect((await runCliInProcess(["appendix", "--from", out, "--plan", PLAN, "--layout", "list", "--out", appendix])).code).toBe(0);
    const printed = readSheetRows((await readWorkbook(appendix)).worksheets[0] ?? (() => { throw new Error("no sheet"); })()).flat().filter((v) => v === "Lò Văn Pọm");
    expect(printed).toHaveLength(1);
  });
});

describe("the exit code tells a script whether every file was read", () => {
  test("0 when all is read and fine; 1, never 0, when a file could not be read, the result written for the others", async () => {
    const dir = join(root, "mot-tep-hong");
    mkdirSync(dir);
    copyFileSync(join(root, "xa", "Xa_Hoa_Binh.xlsx"), join(dir, "Xa_Hoa_Binh.xlsx"));
    expect((await runCliInProcess(["consolidate", dir, "--plan", PLAN, "--out", join(root, "a.xlsx")])).code).toBe(0);
    await writeBrokenFile(join(dir, "Xa_Tan_Lap.xlsx"), "truncated");
    const r = await runCliInProcess(["consolidate", dir, "--plan", PLAN, "--out", join(root, "b.xlsx"), "--json"]);
    const parsed = JSON.parse(r.stdout) as { read: string[]; unreadable: { file: string; problem: { code: string } }[] };
    expect({ code: r.code, read: parsed.read, unreadable: parsed.unreadable.map((u) => [u.file, u.problem.code]) }).toStrictEqual({
      code: 1,
      read: ["Xa_Hoa_Binh.xlsx"],
      unreadable: [["Xa_Tan_Lap.xlsx", "zip/truncated"]],
    });
  });
});
