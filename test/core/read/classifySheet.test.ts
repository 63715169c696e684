import type { CellScalar } from "../../../src/core/model";
import { readListSheet } from "../../../src/core/read/readListSheet";
import { makeSheet, makeTestPlan } from "../../helpers/sheets";

const plan = makeTestPlan();
const reasonOf = (name: string, rows: CellScalar[][]): string => {
  const read = readListSheet(makeSheet(name, rows), plan);
  return read.type === "skip" ? read.reason : `list of ${read.items.length}`;
};

describe("sheets that are not lists, and why", () => {
  test.each<[string, string, CellScalar[][], string]>([
    ["a guide named so, even with an example table", "Hướng dẫn", [["Cột Họ và tên ghi đầy đủ họ tên."], ["STT", "Họ và tên", "Đối tượng"], [1, "Nguyễn Văn A", "Cá nhân"]], "guide"],
    ["a guide of long sentences, under another name", "Sheet3", [["Danh sách gửi về Phòng Nội vụ trước ngày 30/11/2024 bằng văn bản và thư điện tử."], ["Mỗi xã lựa chọn từ 01 đến 04 điển hình tiêu biểu để giới thiệu."]], "guide"],
    ["a budget named Kinh phí", "Kinh phí", [["STT", "Nội dung", "Thành tiền"], [1, "Giấy khen", 2000000]], "budget"],
    ["a budget of amounts", "Sheet2", [["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"], [1, "Giấy khen", 2, 1000000, 2000000]], "budget"],
    ["a list of people with amounts to sign for", "Chi thưởng", [["STT", "Họ và tên", "Số tiền", "Ký nhận"], [1, "Nguyễn Văn Hùng", 500000, null]], "budget"],
    ["a COUNTA summary whose formulas carry no cached value", "Tổng hợp", [["Xã", "Số điển hình"], ["Hòa Bình", null], ["Tân Lập", null]], "summary-formulas"],
    ["a summary that counts per unit", "Sheet4", [["Đơn vị", "Tổng số"], ["Xã Hòa Bình", 4]], "summary-formulas"],
    ["a guide under another name whose example table names Nguyễn Văn A", "Sheet1", [["Ví dụ cách ghi:"], ["STT", "Họ và tên", "Đối tượng"], [1, "Nguyễn Văn A", "Cá nhân"], [2, "Trần Thị B", "Cá nhân"]], "guide"],
    ["a summary of kinds per unit", "Sheet7", [["STT", "Đơn vị", "Tập thể", "Cá nhân", "Tổng"], [1, "Xã Hòa Bình", 1, 3, 4]], "summary-formulas"],
    ["an empty sheet", "Sheet5", [[], [null, ""]], "empty-sheet"],
    ["something else", "Sheet6", [["Mã", "Giá trị"], ["A", 1]], "no-header"],
  ])("%s", (_label, name, rows, expected) => {
    expect(reasonOf(name, rows)).toBe(expected);
  });

  test("a list named Tổng hợp (a consolidated list) is read as a list", () => {
    expect(reasonOf("Tổng hợp", [["STT", "Họ và tên", "Đối tượng"], [1, "Nguyễn Văn Hùng", "CN"]])).toBe("list of 1");
  });
});
