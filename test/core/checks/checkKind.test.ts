import { checkKind } from "../../../src/core/checks/checkKind";
import { makeNomination, makeRowContext, makeTestPlan } from "../../helpers/sheets";

describe("checkKind", () => {
  test("a word that is no kind, and a kind this plan does not count, are errors on the kind cell", () => {
    const unknown = makeNomination({ row: 8, name: "Trường Mầm non", kind: null, kindText: "Đơn vị" });
    const notCounted = makeNomination({ row: 9, name: "Mô hình nuôi ong", kind: "mo_hinh", kindText: "Mô hình" });
    expect([...checkKind(makeRowContext(unknown)), ...checkKind(makeRowContext(notCounted))]).toStrictEqual([
      { code: "cell/kind", severity: "error", sheet: "Danh sách", row: 8, column: "C", cell: "C8", ruleId: "kind", expected: "Tập thể, Cá nhân, Hộ gia đình", actual: "Đơn vị" },
      { code: "cell/kind", severity: "error", sheet: "Danh sách", row: 9, column: "C", cell: "C9", ruleId: "kind", expected: "Tập thể, Cá nhân, Hộ gia đình", actual: "Mô hình" },
    ]);
  });

  test("Cá nhân, TT, HGĐ are allowed; a blank kind is checkRequired's business", () => {
    const rows = [
      makeNomination({ row: 8, name: "A", kind: "ca_nhan", kindText: "Cá nhân" }),
      makeNomination({ row: 9, name: "B", kind: "tap_the", kindText: "TT" }),
      makeNomination({ row: 10, name: "C", kind: "ho_gia_dinh", kindText: "HGĐ" }),
      makeNomination({ row: 11, name: "D", kind: null, kindText: "" }),
    ];
    expect(rows.flatMap((n) => checkKind(makeRowContext(n)))).toStrictEqual([]);
  });

  test("a plan that counts only individuals refuses a collective", () => {
    const plan = makeTestPlan((p) => ({ ...p, subjectKinds: ["ca_nhan"] }));
    const n = makeNomination({ row: 5, name: "Thôn Na", kind: "tap_the", kindText: "Tập thể" });
    expect(checkKind(makeRowContext(n, { plan }))).toStrictEqual([
      { code: "cell/kind", severity: "error", sheet: "Danh sách", row: 5, column: "C", cell: "C5", ruleId: "kind", expected: "Cá nhân", actual: "Tập thể" },
    ]);
  });
});
