import { readFile, stat } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { parsePlanText } from "../core/plan/parsePlan";
import type { Plan } from "../core/plan/schema";
import type { UnitInfo } from "../core/check/report";
import type { WorkbookValues } from "../core/model";
import { readUnitsRegistry } from "../core/units/readUnitsRegistry";
import { findBuiltinPlan, listBuiltinPlans } from "../plans/builtinPlans";
import { readWorkbookBytes } from "../xlsx/readWorkbook";
import { UserError } from "./userError";

/** A plan by built-in id, or a plan file path; a bad file is refused with every problem listed. */
export const loadPlanArgument = async (arg: string): Promise<Plan> => {
  const builtin = findBuiltinPlan(arg);
  if (builtin) return builtin;
  if (!/[\\/]|\.json$/i.test(arg)) {
    const ids = listBuiltinPlans().map((p) => p.id).join(", ");
    throw new UserError(`Không có kế hoạch "${arg}"; hãy chọn một trong: ${ids}, hoặc đường dẫn tới tệp kế hoạch .json.`);
  }
  let text: string;
  try {
    text = await readFile(arg, "utf8");
  } catch {
    throw new UserError(`Không đọc được tệp kế hoạch "${arg}"; hãy kiểm tra đường dẫn.`);
  }
  const result = parsePlanText(text);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  - ${p.path}: ${p.message}`).join("\n");
    throw new UserError(`Tệp kế hoạch "${basename(arg)}" có ${result.problems.length} lỗi, hãy sửa rồi chạy lại:\n${lines}`);
  }
  return result.plan;
};

/** Reads an .xlsx the user named; missing, unreadable or broken files become one clear sentence. */
export const loadWorkbookFile = async (path: string): Promise<WorkbookValues> => {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`Không tìm thấy tệp "${path}"; hãy kiểm tra tên và thư mục.`);
  }
  if (info.isDirectory()) throw new UserError(`"${path}" là một thư mục, không phải tệp .xlsx; hãy chọn một tệp.`);
  const ext = extname(path).toLowerCase();
  if (ext === ".xls") throw new UserError(`Tệp "${name}" là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UserError(`Không đọc được tệp "${name}" (có thể đang mở ở chương trình khác hoặc không có quyền đọc); hãy đóng tệp rồi thử lại.`);
  }
  if (bytes.length === 0) throw new UserError(`Tệp "${name}" rỗng (0 byte); hãy xin đơn vị gửi lại tệp.`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UserError(`Tệp "${name}" không phải tệp Excel .xlsx hợp lệ; hãy mở bằng Excel và lưu lại dạng .xlsx.`);
  try {
    return await readWorkbookBytes(bytes, name);
  } catch {
    throw new UserError(`Tệp "${name}" bị hỏng, không đọc được; hãy mở bằng Excel để sửa hoặc xin đơn vị gửi lại.`);
  }
};

/** The units registry (`--units`). */
export const loadUnitsFile = async (path: string, plan: Plan): Promise<UnitInfo[]> => {
  const workbook = await loadWorkbookFile(path);
  const result = readUnitsRegistry(workbook, plan);
  if (!result.ok) {
    throw new UserError(`Tệp đơn vị "${basename(path)}" không có dòng tiêu đề "Tên đơn vị | Loại đơn vị | Số CBCCVC, người lao động"; hãy thêm dòng tiêu đề này.`);
  }
  return result.units;
};

/** Whether two paths name the same file: an output must never overwrite an input. */
export const isSamePath = (a: string, b: string): boolean => resolve(a) === resolve(b);
