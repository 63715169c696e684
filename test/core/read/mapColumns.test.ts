import { readColumnMeaning, type ColumnMeaning } from "../../../src/core/read/mapColumns";
import { makeTestPlan } from "../../helpers/sheets";

const plan = makeTestPlan();
const field = (f: string): ColumnMeaning => ({ type: "field", field: f } as ColumnMeaning);

describe("readColumnMeaning: the wordings offices use", () => {
  test.each<[string[], ColumnMeaning | null]>([
    [["STT"], field("order")],
    [["Số TT"], field("order")],
    [["TT"], field("order")],
    [["Họ và tên"], field("name")],
    [["Họ tên"], field("name")],
    [["Ho va ten"], field("name")],
    [["Tên tập thể, cá nhân"], field("name")],
    [["Tên mô hình, họ và tên"], field("name")],
    [["Họ và tên/Tên tập thể"], field("name")],
    [["Đối tượng"], field("kind")],
    [["Doi tuong"], field("kind")],
    [["Đối tượng (CN/TT/HGĐ)"], field("kind")],
    [["Đơn vị công tác"], field("unit")],
    [["Cơ quan, đơn vị"], field("unit")],
    [["Chức vụ, đơn vị"], field("position")],
    [["Chức vụ"], field("position")],
    [["Năm sinh"], field("birthYear")],
    [["Ngày, tháng, năm sinh"], field("birthYear")],
    [["Thành tích tiêu biểu"], field("achievements")],
    [["Tóm tắt thành tích"], field("achievements")],
    [["Phong trào thi đua"], field("movement")],
    [["Lĩnh vực"], field("field")],
    [["Ngày đăng ký"], field("date")],
    [["Ngày, tháng, năm đăng ký"], field("date")],
    [["Hình thức đề nghị khen thưởng"], field("level")],
    [["Ghi chú"], field("note")],
    [["Giới tính"], null],
    [["(5)"], null],
  ])("%j", (texts, expected) => {
    expect(readColumnMeaning(texts, plan)).toStrictEqual(expected);
  });

  test.each<[string[], ColumnMeaning]>([
    [["Tiêu chuẩn chung", "Chấp hành chủ trương, chính sách"], { type: "criterion", id: "chap-hanh" }],
    [["Tiêu chí chung", "HTXSNV"], { type: "criterion", id: "hoan-thanh" }],
    [["Gương mẫu chấp hành"], { type: "criterion", id: "chap-hanh" }],
    [["Tương thân tương ái"], { type: "criterion", id: "tuong-than" }],
    [["Lợi nhuận (triệu đồng)", "Năm 2023"], { type: "metric", id: "loi-nhuan", year: "2023" }],
    [["Kết quả kinh doanh", "Doanh thu", "2024"], { type: "metric", id: "doanh-thu", year: "2024" }],
  ])("criteria and figures: %j", (texts, expected) => {
    expect(readColumnMeaning(texts, plan)).toStrictEqual(expected);
  });

  test("a group header alone names no criterion", () => {
    expect([readColumnMeaning(["Tiêu chuẩn chung"], plan), readColumnMeaning(["Tiêu chí chung"], plan)]).toStrictEqual([null, null]);
  });
});
