/**
 * The common words a Vietnamese unit's name begins with, beyond any one plan: the kinds of
 * administrative unit (thôn, bản, tổ dân phố, xã, phường, đặc khu), offices and organisations
 * (phòng, ban, hội, đoàn, chi bộ, trạm, trung tâm), schools and businesses. Each says how the rest
 * of the name is cased when it reaches us in capitals (see formatUnitName): a place name in every
 * syllable ("Thôn Xuân Thượng"), a function name in its first syllable ("Trạm Y tế"), a business's
 * name in every word ("Công ty TNHH Minh Phát"), a school after its level ("Trường THCS Hòa Bình").
 */

export type UnitCasing = "place" | "function" | "name" | "school";

/** [phrase as written, in lower case with its marks; casing of the rest; the phrase's own display when not just its first letter capitalised]. */
export type UnitWord = readonly [string, UnitCasing, string?];

/** Longest first within a casing; "ban" (a board) before "bản" (a village) for unmarked text. */
export const UNIT_KIND_WORDS: readonly UnitWord[] = [
  ["ủy ban nhân dân", "place"], ["uỷ ban nhân dân", "place"], ["thành phố", "place"], ["thị trấn", "place"], ["thị xã", "place"],
  ["tổ dân phố", "place"], ["khu dân cư", "place"], ["khu phố", "place"], ["đặc khu", "place"], ["xã", "place"], ["phường", "place"],
  ["huyện", "place"], ["quận", "place"], ["tỉnh", "place"], ["thôn", "place"], ["làng", "place"], ["xóm", "place"], ["ấp", "place"],
  ["buôn", "place"], ["sóc", "place"], ["khóm", "place"], ["plei", "place"],
  ["ủy ban mặt trận tổ quốc", "function", "Ủy ban Mặt trận Tổ quốc"], ["ủy ban mttq", "function", "Ủy ban MTTQ"], ["ub mttq", "function", "UB MTTQ"],
  ["ban chấp hành", "function", "Ban Chấp hành"], ["ban chỉ huy", "function", "Ban Chỉ huy"], ["ban công tác mặt trận", "function", "Ban Công tác Mặt trận"],
  ["ban quản lý", "function"], ["chi cục", "function"], ["trung tâm", "function"], ["văn phòng", "function"], ["ủy ban", "function"],
  ["uỷ ban", "function"], ["liên đoàn", "function"], ["mặt trận", "function"], ["mttq", "function", "MTTQ"], ["công an", "function"],
  ["đảng ủy", "function"], ["đảng uỷ", "function"], ["đảng bộ", "function"], ["chi bộ", "function"], ["chi hội", "function"], ["chi đoàn", "function"],
  ["bệnh viện", "function"], ["kho bạc", "function"], ["phòng khám", "function"], ["hạt kiểm lâm", "function"], ["đồn biên phòng", "function"],
  ["phòng", "function"], ["ban", "function"], ["hội", "function"], ["sở", "function"], ["cục", "function"], ["đoàn", "function"],
  ["trạm", "function"], ["đội", "function"], ["ngành", "function"], ["cơ quan", "function"], ["bản", "place"],
  ["công ty", "name"], ["hợp tác xã", "name"], ["tổ hợp tác", "name"], ["doanh nghiệp", "name"], ["htx", "name", "HTX"], ["quỹ tín dụng", "name"],
  ["trường", "school"],
];

/**
 * Words that follow a kind's word in ordinary prose, not in a unit's name: "xã hội", "ban hành",
 * "hội nghị", "phòng, chống", "đoàn kết", "trường hợp", "bản đăng ký". As written, with marks.
 */
export const NOT_A_NAME_AFTER: ReadonlyMap<string, readonly string[]> = new Map([
  ["xã", ["hội"]],
  ["ban", ["hành", "đầu", "ngày", "đêm"]],
  ["bản", ["đăng", "tổng", "cam", "kiểm", "báo", "sao", "chính", "thân", "tự", "nhận", "danh"]],
  ["hội", ["nghị", "thảo", "thi", "viên", "diễn"]],
  ["phòng", ["chống", "ngừa", "tránh", "bệnh"]],
  ["đoàn", ["kết", "viên"]],
  ["trường", ["hợp"]],
  ["đội", ["viên", "ngũ"]],
  ["sở", ["dĩ", "hữu", "thích"]],
  ["cục", ["bộ"]],
  ["làng", ["nghề"]],
]);

/**
 * An organ's line that may stand before a unit's kind without being part of the name as quotas
 * say it: "UBND XÃ TÂN LẬP" is "Xã Tân Lập". (Đảng ủy, MTTQ are units of their own: kept.)
 */
export const ORGAN_PREFIXES: readonly string[] = ["ủy ban nhân dân", "uỷ ban nhân dân", "ubnd"];
