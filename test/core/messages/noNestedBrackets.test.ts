import { formatFindingMessage } from "../../../src/core/messages/vi";
import { formatQuotaMessage } from "../../../src/core/messages/quotaMessages";
import type { Finding, FindingCode, QuotaResult } from "../../../src/core/model";

/** The deepest nesting of round brackets in `text`: "(a (b))" is 2. */
const bracketDepth = (text: string): number => {
  let depth = 0;
  let most = 0;
  for (const ch of text) {
    if (ch === "(") most = Math.max(most, ++depth);
    else if (ch === ")") depth--;
  }
  return most;
};

/** Each code with the values its check really gives, the awkward ones included (empty marks, years in brackets). */
const FINDINGS: Record<FindingCode, Partial<Finding>[]> = {
  "cell/required": [{ ruleId: "name" }, { ruleId: "kind" }, { expected: "doanh thu năm 2024" }],
  "cell/kind": [{ actual: "", expected: "Cá nhân, Tập thể" }],
  "cell/criterion": [{ actual: "" }, { actual: "không" }],
  "cell/rising": [{ expected: "> 400 (năm 2023)", actual: "350 (năm 2024)" }],
  "cell/date-format": [{ actual: "" }],
  "cell/date-outside-period": [{ actual: "01/01/2030", expected: "01/01/2021 – 31/12/2025" }],
  "cell/date-late": [{ actual: "12/05/2024", expected: "10/04/2024" }],
  "cell/unknown-field": [{ actual: "" }],
  "cell/unknown-movement": [{ actual: "Dân vận" }],
  "cell/min-length": [{ actual: 5, expected: 20 }],
  "row/duplicate": [{ actual: "", expected: 9 }],
  "row/hidden": [{}],
  "row/invalid-at-source": [{ actual: "ô H10: chưa đạt tiêu chí \"Hoàn thành tốt nhiệm vụ\" (ô để trống)" }],
  "sheet/missing-criterion-column": [{ expected: "Tiêu chí 1" }],
  "sheet/other-plan": [{ ruleId: "number", actual: "12/KH-UBND" }, { ruleId: "place", actual: "huyện Mường Chà" }, { ruleId: "movements", actual: 1, expected: 12 }],
  "sheet/legacy-encoding": [{ actual: "TCVN3" }],
  "quota/below-min": [{ ruleId: "xa-01", actual: 0, expected: 1 }],
  "quota/above-max": [{ ruleId: "xa-04", actual: 5, expected: 4 }],
  "quota/unknown-staff": [{ ruleId: "5-phan-tram", expected: "số CBCCVC, người lao động của đơn vị" }],
  "unit/unknown-kind": [{ actual: "Ban Quản lý dự án", ruleId: "cac-don-vi" }],
  "unit/no-quota": [{ actual: "Trường Tiểu học Thượng Ninh", expected: "truong-hoc" }],
};

const QUOTA: QuotaResult = {
  ruleId: "thanh-pho-20",
  text: "Cấp Thành phố: khen thưởng 20 cá nhân",
  scope: "Quận Long Biên",
  group: "Phong trào Người tốt, việc tốt",
  period: "Cả kỳ 2023–2025",
  required: 20,
  actual: 1,
  registered: 2,
  shortfall: 19,
  excess: 0,
  met: false,
  notSent: true,
  proposedLevel: { levels: ["Cấp thành phố"], notGiven: 3, assumed: "Cấp quận", notGivenCounted: false, unknown: 1 },
  late: { count: 2, deadline: "10/04" },
  uncapped: 1,
  byKind: { tap_the: { required: 1, actual: 0, shortfall: 1 }, ca_nhan: { required: 19, actual: 1, shortfall: 18 } },
};

describe("messages never nest brackets", () => {
  it.each(Object.entries(FINDINGS).flatMap(([code, variants]) => variants.map((v): [string, Partial<Finding>] => [code, v])))("%s %j", (code, fields) => {
    const finding: Finding = { code: code as FindingCode, severity: "error", sheet: "DS 2024", row: 10, cell: "H10", ...fields };
    const message = formatFindingMessage(finding);
    expect([message, bracketDepth(message) <= 1]).toStrictEqual([message, true]);
  });

  it("in a quota's line with every note it can carry", () => {
    const message = formatQuotaMessage(QUOTA);
    expect([message, bracketDepth(message) <= 1]).toStrictEqual([message, true]);
  });
});
