/// <reference types="office-js" />
/**
 * The one place that calls `Excel.run`, the sync counter, the host's feature levels and the
 * Vietnamese sentence for a failed Excel call. Everything else in src/excel takes a context.
 */
import { WEB_REQUEST_LIMIT } from "./requestSize";

/** What the host supports beyond ExcelApi 1.9, decided once per call so tests can pass their own. */
export interface ExcelFeatures {
  /** ExcelApi 1.18: notes (the yellow hover note), the best place for a reason. */
  notes: boolean;
  /** ExcelApi 1.10: threaded comments, used for reasons when notes are missing. */
  comments: boolean;
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`, to hand merged headers to the core. */
  mergedAreas: boolean;
  /**
   * Bytes one request may carry: Excel on the web refuses a sync over 5 MB; absent on desktop,
   * which has no cap (there a write stays one sync, however large).
   */
  requestLimit?: number;
}

export const NO_EXTRA_FEATURES: ExcelFeatures = { notes: false, comments: false, mergedAreas: false };

export function detectExcelFeatures(): ExcelFeatures {
  if (typeof Office === "undefined" || !Office.context?.requirements) return NO_EXTRA_FEATURES;
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", version);
  const features: ExcelFeatures = { notes: supports("1.18"), comments: supports("1.10"), mergedAreas: supports("1.13") };
  // Compared as text: Office.PlatformType is an enum of these strings, absent from hosts that predate it.
  if (String(Office.context.platform) === "OfficeOnline") features.requestLimit = WEB_REQUEST_LIMIT;
  return features;
}

/** A failure the user can act on, with one Vietnamese sentence; `cause` keeps the host's error. */
export class ExcelAdapterError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ExcelAdapterError";
    this.code = code;
  }
}

const HOST_ERROR_MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.",
  ItemNotFound: "Không tìm thấy trang tính hoặc ô cần dùng; có thể trang đã bị đổi tên hoặc xóa.",
  AccessDenied: "Excel không cho phép ghi: trang tính hoặc sổ làm việc đang được bảo vệ.",
  ResponsePayloadSizeLimitExceeded: "Bảng quá lớn để Excel trên web gửi một lần; hãy chia trang tính rồi thử lại.",
  RequestPayloadSizeLimitExceeded:
    "Excel trên web không nhận một phần dữ liệu dù đã chia nhỏ (mỗi lần gửi tối đa 5 MB): hãy mở tệp bằng Excel trên máy tính, hoặc chia trang tính rồi thử lại.",
  ApiNotFound: "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng; hãy cập nhật Excel hoặc dùng bản trên trình duyệt.",
};

export function readErrorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return "";
}

/** Turns any failure of an Excel call into an ExcelAdapterError carrying a Vietnamese sentence. */
export function toExcelAdapterError(error: unknown): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = readErrorCode(error);
  const message = HOST_ERROR_MESSAGES[code] ?? "Excel báo lỗi khi thực hiện thao tác; hãy thử lại, nếu vẫn lỗi hãy lưu tệp và mở lại Excel.";
  return new ExcelAdapterError(code || "Unknown", message, { cause: error });
}

export interface SyncCounter {
  readonly count: number;
}

/**
 * Wraps `context.sync` so every round trip is counted: the number of syncs is a figure the
 * adapter promises (it must not grow with the rows), so it is measured, not assumed.
 */
export function countSyncs(context: Excel.RequestContext): SyncCounter {
  const counter = { count: 0 };
  const original = context.sync.bind(context);
  context.sync = <T>(passThroughValue?: T): Promise<T> => {
    counter.count += 1;
    return original(passThroughValue);
  };
  return counter;
}

export interface CountedResult<T> {
  result: T;
  syncs: number;
}

/** Runs an operation in one Excel batch context and reports how many syncs it took. */
export async function runInExcelCounted<T>(operation: (context: Excel.RequestContext) => Promise<T>): Promise<CountedResult<T>> {
  if (typeof Excel === "undefined") {
    throw new ExcelAdapterError("NoExcel", "Không chạy trong Excel: hãy mở ngăn Điển hình từ thẻ Trang đầu của Excel.");
  }
  try {
    return await Excel.run(async (context) => {
      const counter = countSyncs(context);
      const result = await operation(context);
      return { result, syncs: counter.count };
    });
  } catch (error) {
    throw toExcelAdapterError(error);
  }
}

export async function runInExcel<T>(operation: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return (await runInExcelCounted(operation)).result;
}
