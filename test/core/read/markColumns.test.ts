import { readColumnMeaning } from "../../../src/core/read/mapColumns";
import { makeTestPlan } from "../../helpers/sheets";

/**
 * Mark columns beyond one criterion each: a flag's column (the book "Những bông hoa đẹp"), a header
 * naming several criteria exactly ("Tiêu chí chung" for the collectives' and the individuals'
 * general criteria), its sub-columns as its parts, and the columns of what a plan asks each
 * nomination to tell, kept rather than taken for a criterion.
 */

const plan = makeTestPlan((p) => ({
  ...p,
  flags: [{ id: "sach", name: "Đề nghị đưa vào sách “Những bông hoa đẹp”", aliases: ["Những bông hoa đẹp"] }],
  information: [{ id: "que-quan", label: "Quê quán" }, { id: "khen-thuong", label: "Quá trình khen thưởng" }],
  criteria: [
    ...(p.criteria ?? []),
    { id: "chung-tap-the", label: "Tiêu chí chung đối với tập thể", text: "Có thành tích tiêu biểu xuất sắc trong công tác, dẫn đầu các phong trào thi đua.", group: "general", appliesTo: { kinds: ["tap_the"] }, rule: { type: "mark" }, aliases: ["Tiêu chí chung"] },
    { id: "chung-ca-nhan", label: "Tiêu chí chung đối với cá nhân", text: "Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước; quá trình khen thưởng tốt.", group: "general", appliesTo: { kinds: ["ca_nhan"] }, rule: { type: "mark" }, aliases: ["Tiêu chí chung"] },
  ],
}));

describe("readColumnMeaning: mark columns", () => {
  test("a flag's column, by its name or an alias", () => {
    expect([readColumnMeaning(["Đề nghị đưa vào sách “Những bông hoa đẹp”"], plan), readColumnMeaning(["Những bông hoa đẹp"], plan)]).toStrictEqual([
      { type: "criterion", id: "sach" },
      { type: "criterion", id: "sach" },
    ]);
  });

  test("a header naming two criteria exactly is the column of both, alone or over its parts", () => {
    expect([readColumnMeaning(["Tiêu chí chung"], plan), readColumnMeaning(["Tiêu chí chung", "Nội bộ đoàn kết"], plan)]).toStrictEqual([
      { type: "criterion", id: "chung-tap-the", also: ["chung-ca-nhan"] },
      { type: "criterion", id: "chung-tap-the", also: ["chung-ca-nhan"], part: true },
    ]);
  });

  test("a sub-column naming a criterion of its own stays that criterion's", () => {
    expect(readColumnMeaning(["Tiêu chí chung", "Tiêu chí chung đối với cá nhân"], plan)).toStrictEqual({ type: "criterion", id: "chung-ca-nhan" });
  });

  test("what the plan asks each nomination to tell is kept, not read as the criterion whose text shares its words", () => {
    expect([readColumnMeaning(["Quá trình khen thưởng"], plan), readColumnMeaning(["Quê quán"], plan)]).toStrictEqual([null, null]);
  });
});
