import { formatQuotaMessage, formatQuotaOutcome, formatQuotaState } from "../../../src/core/messages/quotaMessages";
import type { QuotaResult } from "../../../src/core/model";

const base: QuotaResult = {
  ruleId: "xa-01-04",
  text: "Các xã: từ 01 đến 04 mô hình",
  scope: "Xã Trung Thu",
  period: "Cả kỳ 2021–2025",
  required: 1,
  actual: 4,
  registered: 5,
  shortfall: 0,
  excess: 1,
  met: false,
};

describe("a quota's result, as printed", () => {
  it("says what was registered, what is valid, the bound that decides and the verdict", () => {
    expect(formatQuotaMessage({ ...base, max: 4 })).toBe("Các xã: từ 01 đến 04 mô hình — Xã Trung Thu, Cả kỳ 2021–2025: đăng ký 05 (hợp lệ 04); tối đa 04: vượt 01.");
  });

  it("never writes a count over a bound as a fraction that reads as a date", () => {
    const withoutMax: QuotaResult = { ...base, required: 1, actual: 2, registered: 2, excess: 0, met: true };
    expect([formatQuotaOutcome(withoutMax), formatQuotaState(withoutMax)]).toStrictEqual(["đăng ký 02 (hợp lệ 02); cần ít nhất 01: đạt", "Đạt"]);
    expect(formatQuotaMessage(withoutMax)).not.toMatch(/\d{2}\/\d{2}/);
  });

  it("says a shortfall per kind by kind, and a quota that cannot be counted without a bound", () => {
    const noMax: QuotaResult = {
      ...base,
      ruleId: "phong-trao",
      required: 4,
      actual: 2,
      registered: 3,
      shortfall: 2,
      excess: 0,
      byKind: { tap_the: { required: 1, actual: 1, shortfall: 0 }, ca_nhan: { required: 3, actual: 1, shortfall: 2 } },
    };
    expect(formatQuotaOutcome(noMax)).toBe("đăng ký 03 (hợp lệ 01 tập thể, 01 cá nhân); cần ít nhất 01 tập thể, 03 cá nhân: thiếu 02 cá nhân");
    const plain: QuotaResult = { ...base, actual: 2, registered: 3, excess: 0, required: null, met: null, missing: "số CBCCVC, người lao động của đơn vị" };
    expect([formatQuotaOutcome(plain), formatQuotaState(plain)]).toStrictEqual(["đăng ký 03 (hợp lệ 02); chưa tính được vì thiếu số CBCCVC, người lao động của đơn vị", "Chưa tính được"]);
  });
});
