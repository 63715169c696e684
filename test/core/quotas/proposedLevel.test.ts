import type { Nomination, QuotaResult } from "../../../src/core/model";
import type { PlanInput } from "../../../src/core/plan/schema";
import { formatQuotaMessage } from "../../../src/core/messages/vi";
import { evaluateQuota } from "../../../src/core/quotas/evaluateQuota";
import { makeLevelReader } from "../../../src/core/quotas/proposedLevel";
import { makeNomination, makeTestPlan } from "../../helpers/sheets";

type Row = Nomination & { valid?: boolean };
type QuotaInput = NonNullable<PlanInput["quotas"]>[number];

/** The test plan issued by the district, with the levels a district plan has: xã → huyện → tỉnh. */
const LEVELS: PlanInput["levels"] = [
  { id: "xa", name: "Cấp xã", aliases: ["Xã", "Thị trấn"] },
  { id: "huyen", name: "Cấp huyện", aliases: ["Huyện", "Huyện Mường Thanh"] },
  { id: "tinh", name: "Cấp tỉnh", aliases: ["Tỉnh"] },
];
const planWith = (quota: QuotaInput) => {
  const plan = makeTestPlan((p) => ({ ...p, levels: LEVELS, quotas: [quota] }));
  const q = plan.quotas[0];
  if (!q) throw new Error("no quota");
  return { plan, quota: q };
};
const row = (n: number, level: string | undefined, extra: Partial<Row> = {}): Row => ({
  ...makeNomination({ row: n, name: `Người ${n}` }),
  ...(level !== undefined ? { level } : {}),
  ...extra,
});
const DISTRICT = { scope: "Huyện Mường Thanh", staff: null, year: 2024 };
const TO_PROVINCE: QuotaInput = { id: "tinh-03", text: "Đề nghị tỉnh khen thưởng ít nhất 03 cá nhân", scope: { level: "plan", proposedLevels: ["tinh"] }, kinds: ["ca_nhan"], period: "plan", bound: { min: 3 } };

describe("makeLevelReader: what a \"Cấp đề nghị\" cell names", () => {
  const read = makeLevelReader(planWith(TO_PROVINCE).plan);

  test("a level's name, alias or id, in any case and with or without marks", () => {
    expect(["Cấp tỉnh", "tỉnh", "TỈNH", "Tinh", "tinh", "Cấp huyện", "huyện Mường Thanh", "Xã", "Thị trấn", "cấp xã"].map(read)).toStrictEqual([
      "tinh", "tinh", "tinh", "tinh", "tinh", "huyen", "huyen", "xa", "xa", "xa",
    ]);
  });

  test("a sentence naming a level (a form of award), the highest one when it names two", () => {
    expect(["Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen Chủ tịch UBND huyện", "Huyện đề nghị Tỉnh khen thưởng", "Đề nghị cấp tỉnh"].map(read)).toStrictEqual(["tinh", "huyen", "tinh", "tinh"]);
  });

  test("an empty cell gives no level; a level the plan does not have is told apart", () => {
    expect([undefined, "", "   ", "Trung ương", "Thủ tướng Chính phủ", "x"].map(read)).toStrictEqual([null, null, null, "", "", ""]);
  });
});

describe("evaluateQuota with scope.proposedLevels", () => {
  const rows: Row[] = [
    row(8, "Tỉnh"),
    row(9, "Cấp tỉnh"),
    row(10, "Bằng khen UBND tỉnh", { valid: false }),
    row(11, undefined),
    row(12, ""),
    row(13, "Cấp huyện"),
    row(14, "Trung ương"),
    row(15, "Tỉnh", { kind: "tap_the", kindText: "Tập thể" }),
  ];

  test("a quota of the level above counts only rows proposed to it; rows without a level are the plan's own level's", () => {
    const { plan, quota } = planWith(TO_PROVINCE);
    expect(evaluateQuota(quota, plan, rows, DISTRICT)).toStrictEqual<QuotaResult[]>([
      {
        ruleId: "tinh-03", text: "Đề nghị tỉnh khen thưởng ít nhất 03 cá nhân", scope: "Huyện Mường Thanh", period: "Cả kỳ 2024–2025",
        required: 3, actual: 2, registered: 3, shortfall: 1, excess: 0, met: false,
        proposedLevel: { levels: ["Cấp tỉnh"], notGiven: 2, assumed: "Cấp huyện", notGivenCounted: false, unknown: 1 },
      },
    ]);
  });

  test("a quota of the plan's own level and above counts rows without a level, not a lower level's", () => {
    const { plan, quota } = planWith({ ...TO_PROVINCE, id: "huyen-05", text: "Huyện khen thưởng ít nhất 05 cá nhân", scope: { level: "plan", proposedLevels: ["huyen", "tinh"] }, bound: { min: 5 } });
    const withCommune = [...rows, row(16, "Cấp xã")];
    expect(evaluateQuota(quota, plan, withCommune, DISTRICT)).toStrictEqual<QuotaResult[]>([
      {
        ruleId: "huyen-05", text: "Huyện khen thưởng ít nhất 05 cá nhân", scope: "Huyện Mường Thanh", period: "Cả kỳ 2024–2025",
        required: 5, actual: 5, registered: 6, shortfall: 0, excess: 0, met: true,
        proposedLevel: { levels: ["Cấp huyện", "Cấp tỉnh"], notGiven: 2, assumed: "Cấp huyện", notGivenCounted: true, unknown: 1 },
      },
    ]);
  });

  test("a nominee written twice counts once, at the level the quota counts", () => {
    const { plan, quota } = planWith(TO_PROVINCE);
    const twice = [row(8, "Cấp huyện", { name: "Lò Văn Pọm" }), row(9, "Cấp tỉnh", { name: "Lò Văn Pọm" }), row(10, "Tỉnh", { name: "lò văn  pọm" })];
    expect(evaluateQuota(quota, plan, twice, DISTRICT).map((r) => [r.actual, r.registered, r.proposedLevel])).toStrictEqual([
      [1, 1, { levels: ["Cấp tỉnh"], notGiven: 0, assumed: "Cấp huyện", notGivenCounted: false, unknown: 0 }],
    ]);
  });

  test("per movement: each group says its own rows without a level", () => {
    const { plan, quota } = planWith({ ...TO_PROVINCE, id: "tinh-moi-phong-trao", scope: { level: "plan", movements: ["nong-thon-moi", "vi-nguoi-ngheo"], proposedLevels: ["tinh"] }, groupBy: "movement", bound: { min: 1 } });
    const byMovement = [row(8, "Tỉnh", { movement: "nong-thon-moi" }), row(9, undefined, { movement: "vi-nguoi-ngheo" })];
    expect(evaluateQuota(quota, plan, byMovement, DISTRICT).map((r) => [r.group, r.actual, r.met, r.proposedLevel?.notGiven])).toStrictEqual([
      ["Cả nước chung sức xây dựng nông thôn mới", 1, true, 0],
      ["Vì người nghèo - Không để ai bị bỏ lại phía sau", 0, false, 1],
    ]);
  });

  test("a quota without the key says nothing of levels", () => {
    const { plan, quota } = planWith({ ...TO_PROVINCE, scope: { level: "plan" } });
    expect(evaluateQuota(quota, plan, rows, DISTRICT).map((r) => [r.actual, "proposedLevel" in r])).toStrictEqual([[6, false]]);
  });
});

describe("the quota line an officer reads", () => {
  const { plan, quota } = planWith(TO_PROVINCE);

  test("says how many rows gave no level and were left out, and what to write", () => {
    const [result] = evaluateQuota(quota, plan, [row(8, "Tỉnh"), row(9, undefined), row(10, undefined), row(11, "Trung ương")], DISTRICT);
    expect(result && formatQuotaMessage(result)).toBe(
      "Đề nghị tỉnh khen thưởng ít nhất 03 cá nhân — Huyện Mường Thanh, Cả kỳ 2024–2025: đăng ký 01 (hợp lệ 01); cần ít nhất 03: thiếu 02" +
        ' (02 dòng không ghi cấp đề nghị được coi là đề nghị cấp huyện nên không tính; nếu đề nghị cấp tỉnh, hãy ghi vào cột "Cấp đề nghị"; 01 dòng ghi cấp đề nghị không có trong kế hoạch nên không tính).',
    );
  });

  test("adds nothing when every row names a level the plan has", () => {
    const [result] = evaluateQuota(quota, plan, [row(8, "Tỉnh"), row(9, "Cấp huyện")], DISTRICT);
    expect(result && formatQuotaMessage(result)).toBe("Đề nghị tỉnh khen thưởng ít nhất 03 cá nhân — Huyện Mường Thanh, Cả kỳ 2024–2025: đăng ký 01 (hợp lệ 01); cần ít nhất 03: thiếu 02.");
  });
});
