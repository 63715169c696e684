import { rowXml, type CellInput } from "./rawXlsx";

/**
 * The list a commune of Tủa Chùa sends (plan tua-chua-2021-2025), as sheet rows: two organ lines,
 * the title, a one-row header in row 5 and nominees from row 6. The four mark columns are points
 * of the plan's general criteria written short, as offices do: (a) for collectives, (b) for
 * individuals and households, and one point both hold. Each bad input that is still a
 * list is this list with one thing done to it.
 */

export const LIST_HEADER = [
  "STT",
  "Họ và tên / Tên tập thể",
  "Đối tượng",
  "Chức vụ, đơn vị công tác",
  "Phong trào thi đua",
  "Tóm tắt thành tích",
  "Gương mẫu chấp hành chủ trương, chính sách",
  "Có thành tích tiêu biểu xuất sắc trong công tác",
  "Tích cực học tập, rèn luyện nâng cao năng lực",
  "Tương thân tương ái, tham gia hoạt động xã hội",
  "Ngày đăng ký",
  "Ghi chú",
] as const;

export const HEADER_ROW = 5;
export const FIRST_DATA_ROW = 6;

/** A nominee's cells from column B on (STT is added): name, kind, position, movement, achievements, four marks, date, note. */
export type Nominee = readonly CellInput[];

export const NOMINEES: readonly Nominee[] = [
  ["Thôn Háng Đề Dê", "Tập thể", null, "Cả nước chung sức xây dựng nông thôn mới", "Thôn đạt chuẩn nông thôn mới năm 2021", "x", "x", "x", "x", "02/11/2021"],
  ["Giàng A Sử", "Cá nhân", "Trưởng thôn", "Cả nước chung sức xây dựng nông thôn mới", "Vận động nhân dân hiến 1.200 m² đất làm đường", "x", "x", "x", "x", "02/11/2021"],
  ["Hộ ông Vàng A Tủa", "Hộ gia đình", null, "Nông dân thi đua sản xuất, kinh doanh giỏi", "Trồng 5 ha chè Shan tuyết", "x", "x", "x", "x", "03/11/2021"],
];

/** The title block and header of the commune `unit` ("Xã Sáng Nhè"). */
export const listHeadRows = (unit: string, header: readonly CellInput[] = LIST_HEADER): string[] => [
  rowXml(1, ["UBND HUYỆN TỦA CHÙA"]),
  rowXml(2, [`UBND ${unit.toLocaleUpperCase("vi")}`]),
  rowXml(3, ["DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN NĂM 2021"]),
  rowXml(HEADER_ROW, header),
];

/** Title, header and one row per nominee from row 6, numbered from 1. */
export const listRows = (unit: string, nominees: readonly Nominee[] = NOMINEES, attrs: (k: number) => string = () => ""): string[] => [
  ...listHeadRows(unit),
  ...nominees.map((n, k) => rowXml(FIRST_DATA_ROW + k, [k + 1, ...n], attrs(k))),
];
