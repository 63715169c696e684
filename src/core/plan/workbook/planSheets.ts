/**
 * The plan workbook's shape, shared by the writer (src/xlsx) and the reader (readPlanWorkbook): one
 * sheet per part of a plan, a column per key, each header with the note an officer reads in Excel.
 * A value that comes from a list has a dropdown; a cell holding several values has one per line.
 */

/** The plan's lists another sheet may name (by name, or by id). */
export type RefList = "levels" | "unitKinds" | "fields" | "movements" | "metrics" | "flags" | "quotas";

/** What a cell holds, and so how it is written, validated and read. */
export type CellKind =
  | { kind: "text" }
  /** An id; left blank, the reader makes one from the row's name or text. */
  | { kind: "id" }
  /** Several texts, one per line of the cell (Alt+Enter). */
  | { kind: "lines" }
  | { kind: "integer" }
  | { kind: "number" }
  | { kind: "yes-no" }
  /** One value of a fixed list, shown by its label. */
  | { kind: "choice"; options: readonly (readonly [string, string])[] }
  /** Subject kinds (Tập thể, Cá nhân…), one per line. */
  | { kind: "kinds" }
  | { kind: "ref"; list: RefList; multi: boolean }
  | { kind: "date" }
  | { kind: "date-or-day-month" }
  /** Worked out by the writer for the officer's eye (a text's force today); never read back. */
  | { kind: "derived" };

export interface PlanColumn {
  /** The key path inside one item of the sheet's list, e.g. ["scope", "unitKinds"]. */
  path: readonly string[];
  header: string;
  note: string;
  width: number;
  cell: CellKind;
}

/** A sheet holding one of the plan's lists, an item per row. */
export interface PlanListSheet {
  name: string;
  title: string;
  intro: string;
  /** The plan key of the list ("quotas"; "appendix.rows" for the appendix). */
  list: readonly string[];
  columns: readonly PlanColumn[];
  /** The column whose text makes an id for a row left without one. */
  nameColumn?: readonly string[];
}

/** The facts sheet: one row per key, the label in column A and the value in column B. */
export interface PlanFactRow {
  path: readonly string[];
  label: string;
  note: string;
  cell: CellKind;
}

export const TITLE_ROW = 1;
export const INTRO_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_ITEM_ROW = 4;

const text = { kind: "text" } as const;
const lines = { kind: "lines" } as const;
const idCell = { kind: "id" } as const;
const integer = { kind: "integer" } as const;
const yesNo = { kind: "yes-no" } as const;
const kinds = { kind: "kinds" } as const;
const date = { kind: "date" } as const;
const ref = (list: RefList, multi: boolean) => ({ kind: "ref", list, multi }) as const;
const choice = (options: readonly (readonly [string, string])[]) => ({ kind: "choice", options }) as const;

const ONE_PER_LINE = "Nhiều mục thì mỗi mục một dòng trong ô (Alt+Enter).";
const ID_NOTE = "Mã để các trang khác nhắc tới dòng này: chữ thường không dấu, chữ số, dấu gạch ngang (ví dụ: phuong-toi-thieu-02). Để trống thì phần mềm tự đặt theo tên.";

export const FACTS_SHEET = "Thông tin chung";
export const FACTS_TITLE = "THÔNG TIN CHUNG CỦA KẾ HOẠCH";
export const FACTS_INTRO = "Mỗi dòng một thông tin: ghi ở cột B. Ô để trống là thông tin kế hoạch không có hoặc chưa biết.";

export const APPENDIX_KINDS = [
  ["appendix", "Phụ lục kèm theo kế hoạch"],
  ["extract", "Trích một mục của kế hoạch"],
] as const;

export const FACT_ROWS: readonly PlanFactRow[] = [
  { path: ["id"], label: "Mã kế hoạch", note: "Mã ngắn để chọn kế hoạch (--plan): chữ thường không dấu, chữ số, dấu gạch ngang, ví dụ xa-hoa-binh-2026-2030.", cell: idCell },
  { path: ["number"], label: "Số kế hoạch", note: "Số và ký hiệu như trên văn bản, ví dụ 26/KH-UBND. Chưa có số thì ghi …/KH-UBND.", cell: text },
  { path: ["date"], label: "Ngày ban hành", note: "Ngày ký văn bản, dạng dd/mm/yyyy. Để trống nếu chưa ban hành hoặc bản sao không ghi.", cell: date },
  { path: ["dateNote"], label: "Ghi chú về ngày", note: "Khi bản sao không rõ ngày: ghi cách đã đọc; phần mềm in kèm sau ngày ở tiêu đề phụ lục.", cell: text },
  { path: ["issuer"], label: "Cơ quan ban hành", note: "Tên đầy đủ, ví dụ Ủy ban nhân dân xã Hòa Bình.", cell: text },
  { path: ["level"], label: "Cấp ban hành", note: "Cấp của cơ quan ban hành: chọn một cấp ở trang Cấp.", cell: ref("levels", false) },
  { path: ["title"], label: "Trích yếu", note: "Trích yếu nội dung của kế hoạch, như trên văn bản.", cell: text },
  { path: ["period", "from"], label: "Thời gian từ ngày", note: "Ngày bắt đầu kỳ kế hoạch, dd/mm/yyyy. Ngày đề nghị trước ngày này bị báo.", cell: date },
  { path: ["period", "to"], label: "Đến ngày", note: "Ngày kết thúc kỳ kế hoạch, dd/mm/yyyy. Ngày đề nghị sau ngày này bị báo.", cell: date },
  { path: ["subjectKinds"], label: "Đối tượng xét", note: `Tập thể, Cá nhân, Hộ gia đình, Mô hình, Doanh nghiệp: những đối tượng kế hoạch xét. ${ONE_PER_LINE}`, cell: kinds },
  { path: ["appendix", "kind"], label: "Loại bảng phụ lục", note: "Phụ lục kèm theo kế hoạch; hoặc trích một mục của kế hoạch in thành bảng khi kế hoạch không có phụ lục. Để trống nếu không có bảng.", cell: choice(APPENDIX_KINDS) },
  { path: ["appendix", "section"], label: "Mục được trích", note: "Khi trích một mục: số mục, ví dụ III.3.", cell: text },
  { path: ["appendix", "title"], label: "Tiêu đề bảng phụ lục", note: "Tiêu đề in trên bảng phụ lục (các dòng của bảng ở trang Phụ lục).", cell: text },
  { path: ["source"], label: "Tệp nguồn", note: "Tên tệp văn bản gốc của kế hoạch, nếu có.", cell: text },
  { path: ["status"], label: "Tình trạng (tự tính)", note: "Phần mềm tự tính theo ngày ghi tệp; không cần sửa.", cell: { kind: "derived" } },
];

const named = (name: string, title: string, intro: string, list: string, what: string, extra: readonly PlanColumn[] = []): PlanListSheet => ({
  name,
  title,
  intro,
  list: [list],
  nameColumn: ["name"],
  columns: [
    { path: ["id"], header: "Mã", note: ID_NOTE, width: 22, cell: idCell },
    { path: ["name"], header: "Tên", note: `Tên ${what} như kế hoạch ghi.`, width: 40, cell: text },
    { path: ["aliases"], header: "Tên gọi khác", note: `Cách khác bảng tính của đơn vị có thể ghi ${what} này (so không phân biệt dấu, hoa thường). ${ONE_PER_LINE}`, width: 40, cell: lines },
    ...extra,
  ],
});

const KIND_NOTE = `Tập thể, Cá nhân, Hộ gia đình, Mô hình, Doanh nghiệp. ${ONE_PER_LINE}`;

export const LIST_SHEETS: readonly PlanListSheet[] = [
  {
    name: "Căn cứ",
    title: "VĂN BẢN CĂN CỨ",
    intro: "Mỗi dòng một văn bản kế hoạch dẫn làm căn cứ. Giữ trích dẫn của kế hoạch kể cả khi văn bản đã hết hiệu lực; ghi ngày hết hiệu lực và văn bản thay thế.",
    list: ["legalBasis"],
    columns: [
      { path: ["ref"], header: "Số, ký hiệu văn bản", note: "Ví dụ: Nghị định số 152/2025/NĐ-CP.", width: 26, cell: text },
      { path: ["title"], header: "Trích yếu", note: "Trích yếu nội dung văn bản.", width: 44, cell: text },
      { path: ["issued"], header: "Ngày ban hành", note: "dd/mm/yyyy; để trống nếu không rõ.", width: 13, cell: date },
      { path: ["validFrom"], header: "Hiệu lực từ ngày", note: "dd/mm/yyyy; để trống nếu không rõ.", width: 13, cell: date },
      { path: ["validUntil"], header: "Hiệu lực đến hết ngày", note: "Ngày cuối văn bản còn hiệu lực, dd/mm/yyyy (văn bản hết hiệu lực từ ngày 01/7/2025 thì ghi 30/06/2025); để trống nếu còn hiệu lực hoặc không rõ.", width: 13, cell: date },
      { path: ["replacedBy"], header: "Văn bản thay thế", note: "Văn bản thay thế văn bản này, kèm ngày nếu biết.", width: 30, cell: text },
      { path: ["note"], header: "Ghi chú", note: "Điều cần lưu ý về trích dẫn (ví dụ: kế hoạch không ghi ngày ban hành).", width: 30, cell: text },
      { path: ["status"], header: "Tình trạng (tự tính)", note: "Phần mềm tự tính từ các cột ngày và văn bản thay thế, theo ngày ghi tệp; không cần sửa.", width: 30, cell: { kind: "derived" } },
    ],
  },
  named("Cấp", "CÁC CẤP", "Các cấp từ cơ sở lên, mỗi cấp một dòng, cấp thấp trước. Từ 01/7/2025 không còn cấp huyện; kế hoạch cũ giữ các cấp của nó.", "levels", "cấp"),
  named("Loại đơn vị", "CÁC LOẠI ĐƠN VỊ", "Loại đơn vị gửi danh sách (xã, phường, phòng, ban…), dùng trong chỉ tiêu theo loại đơn vị.", "unitKinds", "loại đơn vị"),
  named("Lĩnh vực", "CÁC LĨNH VỰC", "Các lĩnh vực kế hoạch nêu. Để trống cả trang khi kế hoạch không liệt kê lĩnh vực: đơn vị ghi lĩnh vực nào cũng được.", "fields", "lĩnh vực"),
  named("Phong trào", "CÁC PHONG TRÀO THI ĐUA", "Các phong trào thi đua kế hoạch nêu, mỗi phong trào một dòng.", "movements", "phong trào", [
    { path: ["hosts"], header: "Đơn vị chủ trì", note: `Đơn vị chủ trì phong trào, lập và gửi danh sách của phong trào (ví dụ: Phòng Giáo dục và Đào tạo). ${ONE_PER_LINE}`, width: 30, cell: lines },
  ]),
  named("Chỉ số", "CÁC CHỈ SỐ ĐO ĐƯỢC", "Số liệu đo được mà tiêu chí so sánh năm sau với năm trước (doanh thu, nộp thuế, lợi nhuận).", "metrics", "chỉ số"),
  named("Cột đánh dấu", "CÁC CỘT ĐÁNH DẤU", "Cột đơn vị đánh dấu x để đưa một đề nghị vào nhóm được đếm riêng (ví dụ: đề nghị đưa vào sách “Những bông hoa đẹp”).", "flags", "cột đánh dấu"),
  {
    name: "Thông tin cần nêu",
    title: "THÔNG TIN CẦN NÊU VỀ MỖI ĐỀ NGHỊ",
    intro: "Thông tin kế hoạch yêu cầu nêu về mỗi tập thể, cá nhân ngoài các cột thường có; mẫu danh sách có một cột cho mỗi dòng.",
    list: ["information"],
    nameColumn: ["label"],
    columns: [
      { path: ["id"], header: "Mã", note: ID_NOTE, width: 22, cell: idCell },
      { path: ["label"], header: "Nội dung", note: "Tên cột trong mẫu danh sách, ví dụ Quê quán.", width: 36, cell: text },
      { path: ["kinds"], header: "Hỏi đối tượng", note: `Đối tượng phải nêu thông tin này; để trống là mọi đối tượng. ${KIND_NOTE}`, width: 20, cell: kinds },
      { path: ["aliases"], header: "Tên gọi khác", note: `Cách khác danh sách của đơn vị có thể ghi tên cột này. ${ONE_PER_LINE}`, width: 30, cell: lines },
    ],
  },
];

export const RULE_TYPES = [
  ["mark", "Đánh dấu (x)"],
  ["oneOf", "Chọn trong danh sách"],
  ["rising", "Số liệu năm sau cao hơn năm trước"],
  ["minLength", "Ghi đủ dài"],
] as const;
export const TEXT_FIELDS = [
  ["achievements", "Tóm tắt thành tích"],
  ["position", "Chức vụ"],
  ["note", "Ghi chú"],
] as const;
export const CRITERION_GROUPS = [
  ["general", "Chung"],
  ["specific", "Cụ thể"],
] as const;
export const COLUMN_KINDS = [
  ["required", "Bắt buộc"],
  ["optional", "Không bắt buộc"],
] as const;
export const SCOPE_LEVELS = [
  ["unit", "Từng đơn vị"],
  ["plan", "Toàn cấp ban hành"],
] as const;
export const QUOTA_PERIODS = [
  ["plan", "Cả kỳ kế hoạch"],
  ["year", "Mỗi năm"],
  ["quarter", "Mỗi quý"],
] as const;
export const GROUP_BY = [
  ["movement", "Phong trào"],
  ["field", "Lĩnh vực"],
] as const;

export const CRITERIA_SHEET: PlanListSheet = {
  name: "Tiêu chí",
  title: "TIÊU CHÍ, TIÊU CHUẨN",
  intro: "Mỗi dòng một tiêu chí. Các cột Đối tượng, Lĩnh vực, Phong trào, Chức vụ để trống là tiêu chí áp dụng cho mọi đề nghị.",
  list: ["criteria"],
  nameColumn: ["label"],
  columns: [
    { path: ["id"], header: "Mã", note: ID_NOTE, width: 20, cell: idCell },
    { path: ["label"], header: "Tên ngắn", note: "Tên ngắn như tiêu đề cột trong danh sách của đơn vị, ví dụ Hoàn thành xuất sắc nhiệm vụ.", width: 26, cell: text },
    { path: ["text"], header: "Lời văn của kế hoạch", note: "Chép đúng lời văn của kế hoạch.", width: 60, cell: text },
    { path: ["group"], header: "Nhóm", note: "Chung (tiêu chuẩn chung) hoặc Cụ thể (theo lĩnh vực, phong trào).", width: 10, cell: choice(CRITERION_GROUPS) },
    { path: ["appliesTo", "kinds"], header: "Đối tượng", note: `Chỉ áp dụng cho các đối tượng này. ${KIND_NOTE}`, width: 14, cell: kinds },
    { path: ["appliesTo", "fields"], header: "Lĩnh vực", note: `Chỉ áp dụng cho các lĩnh vực này: tên như ở trang Lĩnh vực. ${ONE_PER_LINE}`, width: 20, cell: ref("fields", true) },
    { path: ["appliesTo", "movements"], header: "Phong trào", note: `Chỉ áp dụng cho các phong trào này: tên như ở trang Phong trào. ${ONE_PER_LINE}`, width: 24, cell: ref("movements", true) },
    { path: ["appliesTo", "positions"], header: "Chức vụ", note: `Chỉ áp dụng cho người có chức vụ ghi một trong các từ này (ví dụ: công chức, giám đốc); dòng không ghi chức vụ thì không xét. ${ONE_PER_LINE}`, width: 20, cell: lines },
    { path: ["rule", "type"], header: "Cách xét", note: "Đánh dấu (x): cột phải ghi x, Đạt, Có. Chọn trong danh sách: ô phải ghi một giá trị ở cột Giá trị được nhận. Số liệu năm sau cao hơn năm trước: theo cột Chỉ số. Ghi đủ dài: theo hai cột Cột chữ và Số ký tự tối thiểu.", width: 20, cell: choice(RULE_TYPES) },
    { path: ["rule", "values"], header: "Giá trị được nhận", note: `Khi Cách xét là Chọn trong danh sách: các giá trị được nhận. ${ONE_PER_LINE}`, width: 24, cell: lines },
    { path: ["rule", "metric"], header: "Chỉ số", note: "Khi Cách xét là Số liệu năm sau cao hơn năm trước: tên chỉ số ở trang Chỉ số.", width: 16, cell: ref("metrics", false) },
    { path: ["rule", "field"], header: "Cột chữ", note: "Khi Cách xét là Ghi đủ dài: cột phải ghi đủ dài.", width: 16, cell: choice(TEXT_FIELDS) },
    { path: ["rule", "min"], header: "Số ký tự tối thiểu", note: "Khi Cách xét là Ghi đủ dài: số ký tự ít nhất (ghi số, ví dụ 20).", width: 10, cell: integer },
    { path: ["aliases"], header: "Tên cột khác", note: `Các tiêu đề cột khác danh sách của đơn vị có thể dùng cho tiêu chí này. ${ONE_PER_LINE}`, width: 30, cell: lines },
    { path: ["column"], header: "Cột trong danh sách", note: "Bắt buộc (mặc định): danh sách không có cột cho tiêu chí thì bị nhắc một lần. Không bắt buộc: có cột thì kiểm tra, không có thì thôi (tiêu chí hội đồng xét qua thành tích).", width: 14, cell: choice(COLUMN_KINDS) },
  ],
};

const perKind = (kind: string, label: string): PlanColumn => ({
  path: ["bound", "perKind", kind],
  header: `Tối thiểu ${label}`,
  note: `Số ${label} ít nhất (ghi số), khi chỉ tiêu đặt mức riêng theo đối tượng, ví dụ tối thiểu 01 tập thể và 03 cá nhân.`,
  width: 10,
  cell: integer,
});

export const QUOTAS_SHEET: PlanListSheet = {
  name: "Chỉ tiêu",
  title: "CHỈ TIÊU SỐ LƯỢNG",
  intro: "Mỗi dòng một chỉ tiêu. Ghi ít nhất một mức: Tối thiểu, Tối đa, % số CBCCVC hoặc tối thiểu theo đối tượng. Các mức ghi bằng số.",
  list: ["quotas"],
  nameColumn: ["text"],
  columns: [
    { path: ["id"], header: "Mã", note: ID_NOTE, width: 20, cell: idCell },
    { path: ["text"], header: "Lời văn của kế hoạch", note: "Chép đúng lời văn của kế hoạch về chỉ tiêu này.", width: 50, cell: text },
    { path: ["scope", "level"], header: "Áp dụng cho", note: "Từng đơn vị: mỗi đơn vị có loại hoặc tên ghi ở hai cột sau. Toàn cấp ban hành: đếm trên mọi đơn vị của cấp ban hành kế hoạch.", width: 16, cell: choice(SCOPE_LEVELS) },
    { path: ["scope", "unitKinds"], header: "Loại đơn vị", note: `Khi áp dụng cho từng đơn vị: loại đơn vị như ở trang Loại đơn vị. ${ONE_PER_LINE}`, width: 18, cell: ref("unitKinds", true) },
    { path: ["scope", "units"], header: "Đơn vị cụ thể", note: `Khi áp dụng cho đơn vị có tên: tên đơn vị. ${ONE_PER_LINE}`, width: 24, cell: lines },
    { path: ["kinds"], header: "Đối tượng được đếm", note: `Chỉ đếm các đối tượng này; để trống là đếm mọi đối tượng. ${KIND_NOTE}`, width: 14, cell: kinds },
    { path: ["scope", "movements"], header: "Phong trào", note: `Chỉ đếm đề nghị thuộc các phong trào này. ${ONE_PER_LINE}`, width: 24, cell: ref("movements", true) },
    { path: ["scope", "fields"], header: "Lĩnh vực", note: `Chỉ đếm đề nghị thuộc các lĩnh vực này. ${ONE_PER_LINE}`, width: 20, cell: ref("fields", true) },
    { path: ["period"], header: "Thời gian tính", note: "Mỗi năm, Mỗi quý, hoặc Cả kỳ kế hoạch.", width: 14, cell: choice(QUOTA_PERIODS) },
    { path: ["bound", "min"], header: "Tối thiểu", note: "Số đề nghị ít nhất (ghi số, ví dụ 2 cho 02).", width: 10, cell: integer },
    { path: ["bound", "max"], header: "Tối đa", note: "Số đề nghị nhiều nhất (ghi số; từ 01 đến 04 là Tối thiểu 1, Tối đa 4).", width: 10, cell: integer },
    { path: ["bound", "percentOfStaff"], header: "% số CBCCVC, người lao động", note: "Ít nhất bao nhiêu phần trăm số cán bộ, công chức, viên chức, người lao động của đơn vị (ghi số, ví dụ 5 cho 5 %).", width: 12, cell: { kind: "number" } },
    { path: ["scope", "proposedLevels"], header: "Cấp đề nghị được đếm", note: `Chỉ đếm đề nghị lên các cấp này (cột Cấp đề nghị của danh sách); dòng không ghi cấp được coi là đề nghị lên cấp ban hành. ${ONE_PER_LINE}`, width: 18, cell: ref("levels", true) },
    { path: ["groupBy"], header: "Đếm riêng từng", note: "Phong trào hoặc Lĩnh vực: đếm riêng cho từng phong trào (lĩnh vực) ở cột Phong trào (Lĩnh vực); để trống là đếm chung.", width: 12, cell: choice(GROUP_BY) },
    perKind("tap_the", "tập thể"),
    perKind("ca_nhan", "cá nhân"),
    perKind("ho_gia_dinh", "hộ gia đình"),
    perKind("mo_hinh", "mô hình"),
    perKind("doanh_nghiep", "doanh nghiệp"),
    { path: ["scope", "flags"], header: "Chỉ đếm dòng đánh dấu", note: `Chỉ đếm đề nghị được đánh dấu ở các cột này (trang Cột đánh dấu). ${ONE_PER_LINE}`, width: 18, cell: ref("flags", true) },
    { path: ["scope", "exceptHostedMovements"], header: "Trừ phong trào đơn vị chủ trì", note: "Có: đề nghị một đơn vị gửi cho phong trào do chính đơn vị chủ trì (trang Phong trào) là danh sách của phong trào, không bị giới hạn bởi mức tối đa của chỉ tiêu này.", width: 12, cell: yesNo },
    { path: ["scope", "otherUnits"], header: "Cả đơn vị khác", note: "Có: khi áp dụng cho từng đơn vị, chỉ tiêu cũng áp dụng cho mọi đơn vị của cấp mà không chỉ tiêu nào khác nêu theo loại hoặc tên (\"các ban ngành, đơn vị\"), kể cả đơn vị chưa rõ loại.", width: 12, cell: yesNo },
    { path: ["deadline"], header: "Hạn", note: "Hạn của chỉ tiêu: dd/mm/yyyy, hoặc dd/mm nếu hằng năm. Đề nghị ghi ngày sau hạn được đếm riêng là muộn.", width: 12, cell: { kind: "date-or-day-month" } },
  ],
};

export const DEADLINES_SHEET: PlanListSheet = {
  name: "Thời hạn",
  title: "THỜI HẠN",
  intro: "Mỗi dòng một thời hạn của kế hoạch.",
  list: ["deadlines"],
  nameColumn: ["text"],
  columns: [
    { path: ["id"], header: "Mã", note: ID_NOTE, width: 20, cell: idCell },
    { path: ["text"], header: "Lời văn của kế hoạch", note: "Chép đúng lời văn của kế hoạch về thời hạn này.", width: 60, cell: text },
    { path: ["date"], header: "Ngày", note: "dd/mm/yyyy cho một ngày cụ thể; dd/mm cho ngày lặp lại hằng năm (ví dụ 31/01).", width: 12, cell: { kind: "date-or-day-month" } },
    { path: ["yearly"], header: "Hằng năm", note: "Có khi ngày lặp lại hằng năm (cột Ngày ghi dd/mm).", width: 10, cell: yesNo },
    { path: ["appliesToNominations"], header: "Hạn đăng ký", note: "Có: đề nghị ghi ngày sau hạn này bị báo muộn. Một ngày cụ thể chỉ áp dụng cho danh sách của năm đó.", width: 10, cell: yesNo },
    { path: ["note"], header: "Ghi chú", note: "Điều lời văn của kế hoạch để ngỏ hoặc mâu thuẫn về thời hạn này.", width: 40, cell: text },
  ],
};

export const APPENDIX_SHEET: PlanListSheet = {
  name: "Phụ lục",
  title: "CÁC DÒNG CỦA BẢNG PHỤ LỤC",
  intro: "Mỗi dòng một dòng của bảng phụ lục (loại bảng và tiêu đề ở trang Thông tin chung). Với bảng trích một mục: Nội dung là tên phong trào, Đơn vị chủ trì là dòng Thực hiện.",
  list: ["appendix", "rows"],
  columns: [
    { path: ["order"], header: "TT", note: "Số thứ tự, phần mềm tự đánh khi in.", width: 5, cell: { kind: "derived" } },
    { path: ["host"], header: "Đơn vị chủ trì thực hiện", note: "Đơn vị chủ trì, như kế hoạch ghi (với bảng trích: cả dòng Thực hiện).", width: 26, cell: text },
    { path: ["coordinators"], header: "Đơn vị phối hợp", note: `Các đơn vị phối hợp. ${ONE_PER_LINE}`, width: 24, cell: lines },
    { path: ["content"], header: "Nội dung", note: "Nội dung công việc (với bảng trích: tên phong trào như đầu mục của kế hoạch).", width: 44, cell: text },
    { path: ["introduce"], header: "Số lượng giới thiệu", note: "Lời văn về số lượng gương điển hình giới thiệu, như kế hoạch ghi.", width: 30, cell: text },
    { path: ["introduceCount"], header: "Số lượng mỗi năm", note: "Số gương điển hình giới thiệu mỗi năm, khi kế hoạch nêu (ghi số).", width: 10, cell: integer },
    { path: ["quotaId"], header: "Chỉ tiêu tương ứng", note: "Mã chỉ tiêu (trang Chỉ tiêu) mà dòng này thể hiện: khi có số liệu tổng hợp, bảng in yêu cầu và kết quả.", width: 22, cell: ref("quotas", false) },
    { path: ["contentDeadline"], header: "Tiến độ: nội dung", note: "Thời hạn của nội dung, như kế hoạch ghi.", width: 18, cell: text },
    { path: ["introduceDeadline"], header: "Tiến độ: giới thiệu", note: "Thời hạn giới thiệu điển hình, như kế hoạch ghi.", width: 18, cell: text },
    { path: ["timeWindow"], header: "Thời gian thực hiện", note: "Ví dụ 3/2024–10/2024 hoặc Năm 2024.", width: 16, cell: text },
    { path: ["movement"], header: "Phong trào", note: "Phong trào của dòng (trang Phong trào): bảng trích in tiêu chuẩn của phong trào từ trang Tiêu chí.", width: 24, cell: ref("movements", false) },
    { path: ["note"], header: "Ghi chú", note: "Ghi chú in ở cột cuối (ví dụ: bản chụp bị cắt).", width: 24, cell: text },
  ],
};

export const NOTES_SHEET: PlanListSheet = {
  name: "Ghi chú",
  title: "GHI CHÚ VỀ KẾ HOẠCH",
  intro: "Mỗi dòng một ghi chú: giá trị nào được suy ra, chỗ nào bản sao không đọc được, trích đúng câu của kế hoạch.",
  list: ["notes"],
  columns: [{ path: [], header: "Ghi chú", note: "Một câu: điều cần lưu ý và câu của kế hoạch làm căn cứ.", width: 120, cell: text }],
};

/** Every list sheet in the order the workbook shows them, after the facts sheet. */
export const PLAN_LIST_SHEETS: readonly PlanListSheet[] = [...LIST_SHEETS, CRITERIA_SHEET, QUOTAS_SHEET, DEADLINES_SHEET, APPENDIX_SHEET, NOTES_SHEET];
