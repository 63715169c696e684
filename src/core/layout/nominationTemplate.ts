import type { Plan, SubjectKind } from "../plan/schema";
import { describePlanDocument } from "../plan/describePlanDocument";
import { SUBJECT_KIND_LABELS } from "../read/parseValues";
import { toColumnLetter } from "../read/grid";
import { ADMIN_FONT, ADMIN_MARGINS_MM, type CellStyle, type Layout, type LayoutCell, type Merge } from "./types";

const HEAD: CellStyle = { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, size: 12 };
const NUM: CellStyle = { italic: true, horizontal: "center", border: true, size: 12 };
const BODY: CellStyle = { vertical: "top", wrap: true, border: true, size: 12 };
const BLANK_ROWS = 30;

interface TemplateColumn {
  header: string;
  width: number;
  /** Header of the group above, for the criteria columns ("Tiêu chí chung"). */
  group?: string;
  list?: string[];
  /** What the column asks for, as a note on its header. */
  note?: string;
}

/** "Cá nhân, Hộ gia đình" for the kinds an information item is asked of; every kind when none. */
const describeAskedOf = (plan: Plan, kinds: readonly SubjectKind[] | undefined): string => (kinds ?? plan.subjectKinds).map((k) => SUBJECT_KIND_LABELS[k]).join(", ");

/**
 * A blank nomination sheet for a plan, laid out like the lists offices keep: the title block,
 * a two-row header with the general criteria under "Tiêu chí chung", a row of column numbers,
 * numbered blank rows, dropdown lists for kind, movement and — where the plan lists its fields —
 * field (a plan that lists none leaves the field free), and the level proposed to when the plan's
 * quotas count by it; a column for each thing the plan asks each nomination to tell and for each
 * flag (the book "Những bông hoa đẹp"); set up to print.
 */
export const buildNominationTemplate = (plan: Plan, year: number): Layout => {
  const general = plan.criteria.filter((c) => c.group === "general" && c.rule.type === "mark");
  const specific = plan.criteria.filter((c) => c.group === "specific" && c.rule.type === "mark" && !c.appliesTo.fields && !c.appliesTo.movements);
  const columns: TemplateColumn[] = [
    { header: "STT", width: 5 },
    { header: "Họ và tên / Tên tập thể", width: 24 },
    { header: "Đối tượng", width: 12, list: plan.subjectKinds.map((k) => SUBJECT_KIND_LABELS[k]) },
    { header: "Chức vụ, đơn vị công tác", width: 20 },
    plan.fields.length > 0 ? { header: "Lĩnh vực", width: 18, list: plan.fields.map((f) => f.name) } : { header: "Lĩnh vực", width: 18, note: "Kế hoạch không giới hạn lĩnh vực: ghi lĩnh vực của đề nghị." },
    ...(plan.movements.length > 0 ? [{ header: "Phong trào thi đua", width: 22, list: plan.movements.map((m) => m.name) }] : []),
    { header: "Tóm tắt thành tích", width: 30 },
    ...plan.information.map((info) => ({ header: info.label, width: 16, note: `Kế hoạch yêu cầu nêu với: ${describeAskedOf(plan, info.kinds)}.` })),
    ...general.map((c) => ({ header: c.label, width: 12, group: "Tiêu chí chung" })),
    ...specific.map((c) => ({ header: c.label, width: 12, group: "Tiêu chí cụ thể" })),
    ...plan.metrics.flatMap((m) => [year - 1, year].map((y) => ({ header: `Năm ${y}`, width: 10, group: m.name }))),
    ...plan.flags.map((f) => ({ header: f.name, width: 14, list: ["x"], note: "Đánh dấu x nếu đề nghị thuộc nhóm này." })),
    { header: "Ngày đăng ký", width: 12 },
    // A plan whose quotas count by the level proposed to asks each row for it.
    ...(plan.quotas.some((q) => (q.scope.proposedLevels?.length ?? 0) > 0) ? [{ header: "Cấp đề nghị", width: 14, list: plan.levels.map((l) => l.name) }] : []),
    { header: "Ghi chú", width: 12 },
  ];
  const last = columns.length;
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const put = (row: number, col: number, value: string | number | null, style: CellStyle, note?: string) => cells.push(note ? { row, col, value, style, note } : { row, col, value, style });
  const half = Math.max(2, Math.floor(last / 2));
  put(1, 1, "UBND ……………………", { bold: true, horizontal: "center" });
  put(2, 1, "ĐƠN VỊ: ……………………", { bold: true, horizontal: "center" });
  put(1, half + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, horizontal: "center" });
  put(2, half + 1, "Độc lập - Tự do - Hạnh phúc", { bold: true, horizontal: "center" });
  merges.push({ top: 1, left: 1, bottom: 1, right: half }, { top: 2, left: 1, bottom: 2, right: half });
  merges.push({ top: 1, left: half + 1, bottom: 1, right: last }, { top: 2, left: half + 1, bottom: 2, right: last });
  put(4, 1, `DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM ${year}`, { bold: true, size: 14, horizontal: "center" });
  put(5, 1, `(Theo ${describePlanDocument(plan)})`, { italic: true, horizontal: "center", wrap: true });
  merges.push({ top: 4, left: 1, bottom: 4, right: last }, { top: 5, left: 1, bottom: 5, right: last });
  const top = 7;
  columns.forEach((col, i) => {
    const c = i + 1;
    if (col.group) {
      put(top, c, col.group, HEAD);
      put(top + 1, c, col.header, HEAD, col.note);
    } else {
      put(top, c, col.header, HEAD, col.note);
      put(top + 1, c, null, HEAD);
      merges.push({ top, left: c, bottom: top + 1, right: c });
    }
    put(top + 2, c, `(${c})`, NUM);
  });
  for (let i = 0; i < columns.length; ) {
    const group = columns[i]?.group;
    let j = i;
    while (j + 1 < columns.length && group !== undefined && columns[j + 1]?.group === group) j++;
    if (group !== undefined && j > i) merges.push({ top, left: i + 1, bottom: top, right: j + 1 });
    i = j + 1;
  }
  const first = top + 3;
  for (let r = 0; r < BLANK_ROWS; r++) {
    for (let c = 1; c <= last; c++) put(first + r, c, c === 1 ? r + 1 : null, c === 1 ? { ...BODY, horizontal: "center" } : BODY);
  }
  const validations = columns.flatMap((col, i) =>
    col.list ? [{ range: `${toColumnLetter(i)}${first}:${toColumnLetter(i)}${first + BLANK_ROWS - 1}`, values: col.list }] : [],
  );
  return {
    sheetName: "Danh sách",
    role: "template",
    font: { ...ADMIN_FONT },
    columnWidths: columns.map((c) => c.width),
    rowHeights: { [top]: 32, [top + 1]: 60 },
    cells,
    merges,
    freezeRows: top + 2,
    validations,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      margins: { ...ADMIN_MARGINS_MM },
      repeatRows: { from: top, to: top + 2 },
      fitToWidth: true,
      pageNumbers: { position: "top-center", firstPage: false },
    },
  };
};
