import { parsePlan } from "../core/plan/parsePlan";
import type { Citation, Plan, PlanInput } from "../core/plan/schema";

/** The levels a new plan can be issued at since 01/7/2025: the commune (xã, phường, đặc khu) or the province. */
export type NewPlanLevel = "xa" | "tinh";

export const NEW_PLAN_LEVELS: readonly NewPlanLevel[] = ["xa", "tinh"];

/**
 * The texts in force a new plan cites, dated only where a source says so: the base law's date is
 * the one Kế hoạch 64/KH-UBND of Nhơn Hưng gives it; the decree and the circular that replaced NĐ
 * 98/2023 and TT 01/2024 are dated as the project's field notes record them. What no source gives
 * (the circular's first day in force, the date of NĐ 30/2020) is left blank.
 */
const LEGAL_BASIS_IN_FORCE: readonly Citation[] = [
  {
    ref: "Luật Thi đua, khen thưởng số 06/2022/QH15",
    title: "Luật Thi đua, khen thưởng",
    issued: "15/06/2022",
  },
  {
    ref: "Nghị định số 152/2025/NĐ-CP",
    title: "Nghị định của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng, thay thế Nghị định số 98/2023/NĐ-CP",
    issued: "14/06/2025",
    validFrom: "01/07/2025",
    note: "Trích yếu ghi theo nội dung; hãy đối chiếu với văn bản gốc trước khi ban hành.",
  },
  {
    ref: "Thông tư số 15/2025/TT-BNV",
    title: "Thông tư của Bộ Nội vụ hướng dẫn thi hành Luật Thi đua, khen thưởng, thay thế Thông tư số 01/2024/TT-BNV",
    issued: "04/08/2025",
    note: "Trích yếu ghi theo nội dung và chưa ghi ngày có hiệu lực; hãy đối chiếu với văn bản gốc.",
  },
  {
    ref: "Nghị định số 30/2020/NĐ-CP",
    title: "Nghị định của Chính phủ về công tác văn thư",
    note: "Căn cứ thể thức trình bày kế hoạch và phụ lục; chưa ghi ngày ban hành, hãy bổ sung theo văn bản gốc.",
  },
];

const LEVELS: PlanInput["levels"] = [
  { id: "co-so", name: "Cấp cơ sở", aliases: ["Cơ sở", "Thôn, tổ dân phố", "Cơ quan, đơn vị"] },
  { id: "xa", name: "Cấp xã", aliases: ["Xã", "Phường", "Đặc khu", "Cấp xã, phường"] },
  { id: "tinh", name: "Cấp tỉnh", aliases: ["Tỉnh", "Thành phố", "Cấp thành phố"] },
  { id: "trung-uong", name: "Trung ương", aliases: ["Cấp Trung ương", "Nhà nước"] },
];

const COMMUNE_UNIT_KINDS: PlanInput["unitKinds"] = [
  { id: "thon", name: "Thôn, tổ dân phố", aliases: ["Thôn", "Tổ dân phố", "Bản", "Ấp", "Khóm", "Buôn", "Làng", "Xóm"] },
  { id: "co-quan", name: "Cơ quan, đơn vị thuộc xã", aliases: ["Cơ quan", "Đơn vị", "Phòng", "Văn phòng", "Trung tâm"] },
  { id: "doan-the", name: "Mặt trận Tổ quốc, đoàn thể", aliases: ["Mặt trận Tổ quốc", "Đoàn thể", "Hội", "Đoàn Thanh niên", "Công đoàn"] },
  { id: "truong-hoc", name: "Trường học", aliases: ["Trường"] },
  { id: "doanh-nghiep", name: "Doanh nghiệp, hợp tác xã", aliases: ["Doanh nghiệp", "Công ty", "Hợp tác xã", "HTX"] },
  { id: "luc-luong-vu-trang", name: "Lực lượng vũ trang", aliases: ["Công an", "Quân sự", "Ban Chỉ huy quân sự"] },
];

const PROVINCE_UNIT_KINDS: PlanInput["unitKinds"] = [
  { id: "xa", name: "Xã, phường, đặc khu", aliases: ["Xã", "Phường", "Đặc khu", "UBND xã", "UBND phường"] },
  { id: "so-nganh", name: "Sở, ban, ngành", aliases: ["Sở", "Ban", "Ngành", "Cơ quan", "Văn phòng"] },
  { id: "doan-the", name: "Mặt trận Tổ quốc, đoàn thể", aliases: ["Mặt trận Tổ quốc", "Đoàn thể", "Hội"] },
  { id: "doanh-nghiep", name: "Doanh nghiệp, hợp tác xã", aliases: ["Doanh nghiệp", "Công ty", "Hợp tác xã", "HTX"] },
  { id: "luc-luong-vu-trang", name: "Lực lượng vũ trang", aliases: ["Công an", "Quân sự", "Bộ Chỉ huy quân sự"] },
];

const PLACE: Readonly<Record<NewPlanLevel, string>> = { xa: "xã …", tinh: "tỉnh …" };

/** What the officer has to fill in, and why nothing else is filled in for them. */
const notesFor = (level: NewPlanLevel): string[] => [
  `Kế hoạch mới cấp ${level === "xa" ? "xã" : "tỉnh"} giai đoạn 2026 - 2030: ghi tên ${level === "xa" ? "xã, phường hoặc đặc khu" : "tỉnh, thành phố"} thay cho “…” ở Cơ quan ban hành và Trích yếu, số kế hoạch thay cho “…” ở Số kế hoạch, và ngày ban hành khi đã ký.`,
  "Từ ngày 01/7/2025 chính quyền địa phương có hai cấp (tỉnh và xã), không còn cấp huyện: danh sách các cấp ở trang Cấp đã theo hai cấp này.",
  "Nghị định số 98/2023/NĐ-CP hết hiệu lực từ ngày 01/7/2025, thay bằng Nghị định số 152/2025/NĐ-CP; Thông tư số 01/2024/TT-BNV được thay bằng Thông tư số 15/2025/TT-BNV: kế hoạch mới dẫn các văn bản thay thế.",
  "Tiêu chí, chỉ tiêu, thời hạn, lĩnh vực và phong trào để trống: hãy ghi theo kế hoạch đã ban hành. Phần mềm không tự đặt con số hay ngày nào.",
];

/** A plan for 2026–2030 at commune or province level, citing the texts in force, the rest left for the officer. */
export const buildNewPlan = (level: NewPlanLevel): Plan => {
  const input: PlanInput = {
    id: `ke-hoach-${level === "xa" ? "xa" : "tinh"}-2026-2030`,
    number: "…/KH-UBND",
    issuer: `Ủy ban nhân dân ${PLACE[level]}`,
    level,
    title: `Tuyên truyền, xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2026 - 2030 trên địa bàn ${PLACE[level]}`,
    period: { from: "01/01/2026", to: "31/12/2030" },
    levels: LEVELS,
    subjectKinds: ["tap_the", "ca_nhan", "ho_gia_dinh", "mo_hinh", "doanh_nghiep"],
    unitKinds: level === "xa" ? COMMUNE_UNIT_KINDS : PROVINCE_UNIT_KINDS,
    legalBasis: [...LEGAL_BASIS_IN_FORCE],
    notes: notesFor(level),
  };
  const result = parsePlan(input);
  // The new plan is this file's own data: a fault in it is ours, not the officer's.
  if (!result.ok) throw new Error(`New plan is invalid: ${JSON.stringify(result.problems)}`);
  return result.plan;
};
