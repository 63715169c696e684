import { readColumnMeaning, type ColumnMeaning } from "../../../src/core/read/mapColumns";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";
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

describe("readColumnMeaning: points of a plan's long criteria written short (Tủa Chùa, two general paragraphs)", () => {
  const tuaChua = findBuiltinPlan("tua-chua-2021-2025");
  if (!tuaChua) throw new Error("the built-in plan tua-chua-2021-2025 is missing");
  const general = (ids: string[]): ColumnMeaning => ({ type: "criterion", id: ids[0] ?? "", ...(ids.length > 1 ? { also: ids.slice(1) } : {}), part: true });

  test.each<[string, ColumnMeaning | null]>([
    // Held by (a) and (b): a part of both; each nominee is judged by the one of its kind.
    ["Gương mẫu chấp hành chủ trương, chính sách", general(["tieu-chi-chung-tap-the", "tieu-chi-chung-ca-nhan-ho-gia-dinh"])],
    ["Có thành tích tiêu biểu xuất sắc trong công tác", general(["tieu-chi-chung-tap-the"])],
    ["Tích cực học tập, rèn luyện nâng cao năng lực", general(["tieu-chi-chung-ca-nhan-ho-gia-dinh"])],
    ["Tương thân tương ái, tham gia hoạt động xã hội", general(["tieu-chi-chung-ca-nhan-ho-gia-dinh"])],
    // Words of five specific criteria and of no general one: which it marks is not guessed.
    ["Hoàn thành xuất sắc nhiệm vụ", null],
    // Words found here and there, never as a phrase.
    ["Có mô hình mới, cách làm hay", null],
  ])("%j", (header, expected) => {
    expect(readColumnMeaning([header], tuaChua)).toStrictEqual(expected);
  });
});
