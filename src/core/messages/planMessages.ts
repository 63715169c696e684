import type { PlanIssue } from "../plan/parsePlan";
import type { CitationStatus, PlanPeriodStatus } from "../plan/planStatus";

/**
 * The sentences for what is wrong in a plan, made from the issue's data in one place: after a key
 * path for a plan file (`quotas[2].bound.min: …`), after a cell for a plan workbook
 * (`Chỉ tiêu!F5: …`), where the officer never sees a key.
 */

const TYPE_NAMES: Readonly<Record<string, string>> = { string: "chuỗi", number: "số", boolean: "đúng/sai", array: "danh sách", object: "đối tượng" };
const typeName = (t: string): string => TYPE_NAMES[t] ?? t;

const FORMAT_MESSAGES = {
  id: "mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: phuong-toi-thieu-02)",
  date: "ngày phải viết dạng dd/mm/yyyy (ví dụ: 24/03/2023)",
  "day-month": "ngày phải viết dạng dd/mm (ví dụ: 31/01)",
  other: "định dạng không hợp lệ",
} as const;

/** What a reference names, in a plan file's words (the list's key where the file says so). */
const REF_IN_FILE: Readonly<Record<Extract<PlanIssue, { code: "unknown-ref" }>["what"], (v: string) => string>> = {
  level: (v) => `cấp "${v}" không có trong levels`,
  metric: (v) => `chỉ số "${v}" không có trong metrics`,
  quota: (v) => `chỉ tiêu "${v}" không có trong quotas`,
  field: (v) => `lĩnh vực "${v}" không có trong kế hoạch`,
  movement: (v) => `phong trào "${v}" không có trong kế hoạch`,
  "unit-kind": (v) => `loại đơn vị "${v}" không có trong kế hoạch`,
  "proposed-level": (v) => `cấp đề nghị "${v}" không có trong kế hoạch`,
  flag: (v) => `cột đánh dấu "${v}" không có trong flags`,
};

/** The same in a workbook: which sheet lists what may be named. */
const REF_IN_WORKBOOK: Readonly<Record<Extract<PlanIssue, { code: "unknown-ref" }>["what"], string>> = {
  level: "Cấp",
  metric: "Chỉ số",
  quota: "Chỉ tiêu",
  field: "Lĩnh vực",
  movement: "Phong trào",
  "unit-kind": "Loại đơn vị",
  "proposed-level": "Cấp",
  flag: "Cột đánh dấu",
};

/** The sentence after a key path of a plan file. */
export const formatPlanIssue = (issue: PlanIssue): string => {
  switch (issue.code) {
    case "missing":
      return "thiếu khóa bắt buộc";
    case "wrong-type":
      return `sai kiểu dữ liệu: cần ${typeName(issue.expected)}`;
    case "unknown-keys":
      return `khóa không được biết: ${issue.keys.join(", ")}`;
    case "not-allowed":
      return `giá trị không hợp lệ: chỉ nhận ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "no-match":
      return "giá trị không khớp với dạng nào được phép";
    case "too-small":
      return issue.origin === "array" ? `cần ít nhất ${issue.minimum} phần tử` : issue.origin === "string" ? "không được để trống" : `phải từ ${issue.minimum} trở lên`;
    case "too-big":
      return `phải không quá ${issue.maximum}`;
    case "format":
      return FORMAT_MESSAGES[issue.format];
    case "bound-empty":
      return "chỉ tiêu phải có ít nhất một mức: min, max, percentOfStaff hoặc perKind";
    case "unknown-ref":
      return REF_IN_FILE[issue.what](issue.value);
    case "duplicate-id":
      return `mã "${issue.value}" bị trùng`;
    case "min-above-max":
      return `mức tối thiểu (${issue.min}) lớn hơn mức tối đa (${issue.max})`;
    case "other":
      return `giá trị không hợp lệ (${issue.detail})`;
    case "not-number":
      return `cần một số, đang ghi "${issue.actual}"`;
    case "not-integer":
      return `cần một số nguyên, đang ghi "${issue.actual}"`;
    case "not-yes-no":
      return `cần "Có" hoặc "Không", đang ghi "${issue.actual}"`;
    case "not-in-list":
      return `"${issue.actual}" không có trong danh sách được chọn: ${issue.allowed.join(", ")}`;
    case "not-date":
      return `cần ngày dạng ${issue.format}, đang ghi "${issue.actual}"`;
    case "not-plan-workbook":
      return `tệp không có trang "${issue.sheet}" nên không phải sổ kế hoạch; hãy xuất kế hoạch ra sổ bằng Điển hình rồi sửa trên sổ đó`;
  }
};

/** The sentence after a cell of a plan workbook: what is wrong there and what to write. */
export const formatPlanCellIssue = (issue: PlanIssue): string => {
  switch (issue.code) {
    case "missing":
      return "cần ghi nội dung, đang để trống";
    case "wrong-type":
      return issue.expected === "number" ? "cần một số" : "giá trị không đúng kiểu";
    case "unknown-keys":
      return `có mục không được biết: ${issue.keys.join(", ")}`;
    case "not-allowed":
    case "no-match":
      return "giá trị không có trong danh sách được chọn; hãy chọn trong danh sách thả xuống";
    case "too-small":
      return issue.origin === "array" ? `cần ít nhất ${issue.minimum} mục` : issue.origin === "string" ? "cần ghi nội dung, đang để trống" : `phải từ ${issue.minimum} trở lên`;
    case "too-big":
      return `phải không quá ${issue.maximum}`;
    case "bound-empty":
      return "chỉ tiêu cần ít nhất một mức: tối thiểu, tối đa, % số CBCCVC hoặc tối thiểu theo đối tượng";
    case "unknown-ref":
      return `"${issue.value}" không có ở trang "${REF_IN_WORKBOOK[issue.what]}"; hãy ghi đúng tên ở trang đó`;
    case "duplicate-id":
      return `mã "${issue.value}" trùng với một dòng khác; hãy đổi mã hoặc để trống cho phần mềm tự đặt`;
    case "min-above-max":
      return `tối thiểu (${issue.min}) lớn hơn tối đa (${issue.max})`;
    default:
      return formatPlanIssue(issue);
  }
};

/** "24/03/2023" → "24/3/2023", as documents write dates in running text. */
const shortDate = (dmy: string): string => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dmy);
  return m ? `${Number(m[1])}/${Number(m[2])}/${m[3]}` : dmy;
};

/** "01/01/2021 – 31/12/2025, đã kết thúc". */
export const formatPlanPeriod = (status: PlanPeriodStatus): string =>
  `${status.from} – ${status.to}${status.state === "ended" ? ", đã kết thúc" : status.state === "not-started" ? ", chưa bắt đầu" : ", đang thực hiện"}`;

/** "hết hiệu lực từ 01/7/2025, thay bằng Nghị định 152/2025/NĐ-CP (14/6/2025)…". */
export const formatCitationStatus = (status: CitationStatus): string => {
  const by = (s: { replacedBy?: string }) => (s.replacedBy ? `, thay bằng ${s.replacedBy}` : "");
  switch (status.state) {
    case "repealed":
      return `hết hiệu lực từ ${shortDate(status.since)}${by(status)}`;
    case "ending":
      return `có hiệu lực đến hết ngày ${shortDate(status.lastDay)}${by(status)}`;
    case "replaced":
      return `đã được thay bằng ${status.replacedBy}`;
    case "not-yet":
      return `chưa có hiệu lực (có hiệu lực từ ${shortDate(status.from)})`;
    case "in-force":
      return `đang có hiệu lực (từ ${shortDate(status.since)})`;
    case "unknown":
      return "kế hoạch không ghi tình trạng hiệu lực";
  }
};
