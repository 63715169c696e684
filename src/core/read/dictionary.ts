import type { NominationField } from "../model";

/**
 * How sheets name each column, as match keys (no diacritics, lower case). Exact phrases win over
 * phrases found inside a longer header; the order breaks ties.
 */
export const FIELD_HEADERS: readonly { field: NominationField; exact: string[]; contains: string[] }[] = [
  { field: "order", exact: ["stt", "tt", "so tt", "so thu tu", "thu tu", "s tt"], contains: [] },
  {
    field: "name",
    exact: [
      "ho va ten", "ho ten", "ten", "ten mo hinh ho va ten", "ho va ten ten tap the", "ten tap the ca nhan",
      "ten tap the", "ten ca nhan", "ten mo hinh", "ten doanh nghiep", "ten dien hinh", "ten guong dien hinh",
      "ten tap the ho ten ca nhan", "ho ten ca nhan ten tap the", "ten tap the ho gia dinh ca nhan", "ten don vi ca nhan",
      "ten hop tac xa", "ten co so",
    ],
    contains: ["ho va ten", "ho ten", "ten tap the", "ten ca nhan", "ten mo hinh", "ten doanh nghiep", "ten dien hinh", "ten guong"],
  },
  {
    field: "kind",
    exact: ["doi tuong", "loai", "loai doi tuong", "phan loai", "loai hinh", "tap the ca nhan", "ca nhan tap the", "tap the ca nhan ho gia dinh", "loai dien hinh", "hinh thuc"],
    contains: ["doi tuong", "phan loai", "loai dien hinh"],
  },
  {
    field: "unit",
    exact: ["don vi", "ten don vi", "co quan don vi", "don vi cong tac", "thuoc don vi", "xa phuong", "phuong xa", "dia phuong", "noi cong tac", "co quan", "don vi de nghi", "don vi gioi thieu"],
    contains: ["don vi de nghi", "don vi gioi thieu", "thuoc don vi"],
  },
  {
    field: "position",
    exact: ["chuc vu", "chuc danh", "chuc vu don vi cong tac", "chuc vu noi cong tac", "nghe nghiep", "chuc vu nghe nghiep", "chuc vu dia chi", "dia chi"],
    contains: ["chuc vu", "chuc danh", "nghe nghiep"],
  },
  { field: "birthYear", exact: ["nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh nam", "ngay sinh nam sinh"], contains: ["nam sinh", "ngay sinh"] },
  { field: "field", exact: ["linh vuc", "nganh linh vuc", "linh vuc hoat dong"], contains: ["linh vuc"] },
  { field: "movement", exact: ["phong trao", "phong trao thi dua", "thuoc phong trao", "ten phong trao"], contains: ["phong trao"] },
  {
    field: "achievements",
    exact: ["thanh tich", "tom tat thanh tich", "thanh tich noi bat", "thanh tich tieu bieu", "noi dung", "mo ta", "tom tat", "thanh tich dat duoc", "noi dung mo hinh"],
    contains: ["thanh tich", "tom tat"],
  },
  {
    field: "date",
    exact: [
      "ngay dang ky", "ngay gioi thieu", "thoi gian dang ky", "ngay de nghi", "ngay", "thoi gian gioi thieu", "ngay lap", "ngay thang nam dang ky",
      "ngay thang dang ky", "thoi diem dang ky", "ngay nhan", "ngay gui",
    ],
    contains: ["ngay dang ky", "ngay gioi thieu", "ngay de nghi", "thoi gian dang ky", "thoi gian gioi thieu", "nam dang ky"],
  },
  { field: "level", exact: ["cap de nghi", "de nghi cap", "hinh thuc de nghi", "hinh thuc khen thuong", "de nghi khen thuong", "cap khen"], contains: ["de nghi", "hinh thuc khen"] },
  { field: "note", exact: ["ghi chu", "ghi chu khac"], contains: ["ghi chu"] },
  { field: "sourceFile", exact: ["tep", "ten tep", "tep nguon", "tep goc"], contains: [] },
  { field: "sourceSheet", exact: ["trang tinh", "trang tinh nguon", "ten trang tinh", "sheet"], contains: [] },
  { field: "sourceRow", exact: ["dong", "dong nguon", "dong goc", "so dong"], contains: [] },
  { field: "sourceValid", exact: ["hop le"], contains: [] },
  { field: "sourceFindings", exact: ["ket qua kiem tra"], contains: [] },
];

/** Parent headers that only group criteria columns ("Tiêu chí chung" over four criteria). */
export const CRITERIA_GROUP_HEADERS = ["tieu chi", "tieu chuan", "tieu chi chung", "tieu chuan chung", "tieu chi cu the", "tieu chuan cu the", "dat tieu chi", "danh gia tieu chi"];

/** Words of a sheet that explains how to fill the list in, rather than holding one. */
export const GUIDE_KEYS = ["huong dan", "cach ghi", "cach dien", "giai thich", "luu y khi", "vi du"];

/** Words of a sheet that counts money (rewards budget), not nominees. */
export const BUDGET_KEYS = ["kinh phi", "du toan", "thanh tien", "don gia", "so tien", "tien thuong", "muc thuong", "ky nhan"];

/** Words of a summary sheet that counts nominations per unit (often COUNTA formulas). */
export const SUMMARY_KEYS = ["tong hop", "thong ke", "so luong", "tong so", "tong", "tong cong", "so mo hinh", "so dien hinh", "so tap the", "so ca nhan", "so guong"];

/** Default kinds of unit, matched on the first words of a unit's name when the plan has none. */
export const DEFAULT_UNIT_KINDS: readonly { id: string; name: string; aliases: string[] }[] = [
  { id: "phuong", name: "Phường", aliases: [] },
  { id: "xa", name: "Xã", aliases: [] },
  { id: "thi-tran", name: "Thị trấn", aliases: [] },
  { id: "dac-khu", name: "Đặc khu", aliases: [] },
  { id: "phong-ban", name: "Phòng, ban", aliases: ["Phòng", "Ban", "Ngành", "Cơ quan", "Đơn vị", "Trung tâm", "Sở", "Chi cục", "Văn phòng"] },
  { id: "doan-the", name: "Đoàn thể", aliases: ["Hội", "Mặt trận", "Đoàn", "Liên đoàn", "Ủy ban MTTQ"] },
  { id: "doanh-nghiep", name: "Doanh nghiệp", aliases: ["Công ty", "HTX", "Hợp tác xã", "Doanh nghiệp tư nhân"] },
  { id: "luc-luong-vu-trang", name: "Lực lượng vũ trang", aliases: ["Công an", "Quân sự", "Ban Chỉ huy quân sự", "Đồn biên phòng"] },
  { id: "truong-hoc", name: "Trường học", aliases: ["Trường", "Trường Mầm non", "Trường Tiểu học", "Trường THCS"] },
];
