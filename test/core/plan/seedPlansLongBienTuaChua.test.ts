import { loadPlan, findById, resolveName } from "../../helpers/planFiles";

describe("Long Biên 2023–2025", () => {
  const plan = loadPlan("long-bien-2023-2025.json");

  test("heading facts", () => {
    expect({ number: plan.number, date: plan.date, issuer: plan.issuer, level: plan.level, period: plan.period, levels: plan.levels.map((l) => l.id) }).toStrictEqual({
      number: "26/KH-HĐTĐKT",
      date: "24/03/2023",
      issuer: "Hội đồng Thi đua – Khen thưởng quận Long Biên",
      level: "quan",
      period: { from: "01/01/2023", to: "31/12/2025" },
      levels: ["co-so", "phuong", "quan", "thanh-pho"],
    });
  });

  test("wards: at least 02 each a year", () => {
    expect(findById(plan.quotas, "phuong-toi-thieu-02")).toStrictEqual({
      id: "phuong-toi-thieu-02",
      text: "Các phường: hằng năm xây dựng, bồi dưỡng, tuyên truyền được ít nhất 02 điển hình tiên tiến thuộc đơn vị",
      scope: { level: "unit", unitKinds: ["phuong"] },
      period: "year",
      bound: { min: 2 },
    });
  });

  // Seed 001: "Cac phong ban, nganh, Mét tran T quéc va cac doan thé, don vi thude Quén: Xay dung, boi
  // dudng, tuyén truyén duoc it nhat 5% dién hinh tién tién" — no school is named, so no "Trường học"
  // kind: a school under the district is one of its "đơn vị thuộc Quận".
  test("departments, fronts and unions: at least 5 % of their staff a year", () => {
    const quota = findById(plan.quotas, "phong-ban-doan-the-5-phan-tram");
    expect({ scope: quota.scope, period: quota.period, bound: quota.bound, kinds: plan.unitKinds.map((k) => k.id) }).toStrictEqual({
      kinds: ["phuong", "phong-ban", "doan-the", "luc-luong-vu-trang"],
      scope: { level: "unit", unitKinds: ["phong-ban", "doan-the"], otherUnits: true },
      period: "year",
      bound: { percentOfStaff: 5 },
    });
  });

  test("city and district quotas over the whole district", () => {
    const pick = (id: string) => {
      const q = findById(plan.quotas, id);
      return { level: q.scope.level, movements: q.scope.movements ?? null, proposedLevels: q.scope.proposedLevels ?? null, flags: q.scope.flags ?? null, kinds: q.kinds ?? null, period: q.period, bound: q.bound };
    };
    // Proposed to the city ("trình Thành phố"); the district's 100 are its own and those it sends on
    // up, never a ward's own. The book's two are the rows marked for it (seed 001: "Lua chon, gidi
    // thiéu duoc it nhét 02 guong dién hh}h tién tién tiéu biéu gri Ban Thi dua - Khen thudng Thanh
    // pho, bién tap, xuat ban sach “Nhiing béng hoa dep”"): a ward marks them in a column of its own.
    expect([pick("thanh-pho-20-ca-nhan-nguoi-tot"), pick("thanh-pho-02-sach-nhung-bong-hoa-dep"), pick("quan-100-ca-nhan-nguoi-tot")]).toStrictEqual([
      { level: "plan", movements: ["nguoi-tot-viec-tot"], proposedLevels: ["thanh-pho"], flags: null, kinds: ["ca_nhan"], period: "plan", bound: { min: 20 } },
      { level: "plan", movements: null, proposedLevels: null, flags: ["sach-nhung-bong-hoa-dep"], kinds: null, period: "plan", bound: { min: 2 } },
      { level: "plan", movements: ["nguoi-tot-viec-tot"], proposedLevels: ["quan", "thanh-pho"], flags: null, kinds: ["ca_nhan"], period: "year", bound: { min: 100 } },
    ]);
    expect(plan.flags.map((f) => [f.id, f.name])).toStrictEqual([["sach-nhung-bong-hoa-dep", "Đề nghị đưa vào sách “Những bông hoa đẹp”"]]);
  });

  test("no other quota filters by proposed level: units' own quotas count every nomination", () => {
    expect(plan.quotas.filter((q) => q.scope.proposedLevels).map((q) => q.id)).toStrictEqual(["thanh-pho-20-ca-nhan-nguoi-tot", "quan-100-ca-nhan-nguoi-tot"]);
  });

  test("deadlines: bình xét before 31/01 each year, criteria rules before 10/6/2023", () => {
    expect([findById(plan.deadlines, "binh-xet-hang-nam"), findById(plan.deadlines, "quy-dinh-tieu-chuan-don-vi")].map(({ date, yearly, appliesToNominations }) => ({ date, yearly, appliesToNominations }))).toStrictEqual([
      { date: "31/01", yearly: true, appliesToNominations: false },
      { date: "10/06/2023", yearly: false, appliesToNominations: false },
    ]);
  });

  // Seed 001's PHỤ LỤC runs onto a second page whose eighth row is cut off: "Xay dung quy dinh vé tiéu
  // chudn dién hinh tién tién trong linh vuc van hoa, nghé thuat, thé duc thé thao va phong trao thi",
  // "Hang nim £i01 thiéu Quén tuyén truyen 05 tap thé, cd", "Trudc ngay Trude ngay" — kept as read.
  test("the PHỤ LỤC: eight rows, the first as printed, the eighth cut off in the copy", () => {
    const rows = plan.appendix?.rows ?? [];
    expect(rows.map((r) => r.host)).toStrictEqual([
      "Đề nghị Ban Tuyên giáo Quận ủy",
      "Đề nghị Ban Dân vận Quận ủy",
      "Đề nghị Ủy ban Mặt trận Tổ quốc Quận",
      "Ban Chỉ huy Quân sự Quận, Công an Quận",
      "Phòng Lao động - Thương binh và Xã hội",
      "Phòng Quản lý đô thị",
      "Phòng Nội vụ",
      "…",
    ]);
    expect(rows[7]).toStrictEqual({
      host: "…",
      coordinators: [],
      content: "Xây dựng quy định về tiêu chuẩn điển hình tiên tiến trong lĩnh vực văn hóa, nghệ thuật, thể dục thể thao và phong trào thi …",
      introduce: "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá …",
      introduceCount: 5,
      contentDeadline: "Trước ngày …",
      introduceDeadline: "Trước ngày …",
      note: "Bản chụp bị cắt: không đọc được đơn vị chủ trì, đơn vị phối hợp, phần cuối nội dung và hai thời hạn",
    });
    expect(rows[0]).toStrictEqual({
      host: "Đề nghị Ban Tuyên giáo Quận ủy",
      coordinators: ["Phòng Nội vụ", "Các đơn vị liên quan"],
      content: "Xây dựng quy định về tiêu chuẩn điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      introduce: "Hằng năm giới thiệu Quận tuyên truyền 05 tập thể, cá nhân điển hình tiêu biểu.",
      introduceCount: 5,
      quotaId: "ban-tuyen-giao-05-hang-nam",
      contentDeadline: "Trước ngày 10/6/2023",
      introduceDeadline: "Trước ngày 10/4 hằng năm",
      note: "",
    });
  });

  test("each appendix row stands for a yearly quota of 05 for its host, due by the row's deadline (the eighth's host and deadline unreadable)", () => {
    const rows = (plan.appendix?.rows ?? []).filter((r) => r.quotaId !== undefined);
    expect(rows.length).toBe(7);
    expect(
      rows.map((r) => {
        const q = findById(plan.quotas, r.quotaId ?? "");
        return [r.introduceCount, q.scope.units, q.bound, q.period, r.introduceDeadline, q.deadline];
      }),
    ).toStrictEqual([
      [5, ["Ban Tuyên giáo Quận ủy"], { min: 5 }, "year", "Trước ngày 10/4 hằng năm", "10/04"],
      [5, ["Ban Dân vận Quận ủy"], { min: 5 }, "year", "Trước ngày 10/02 hằng năm", "10/02"],
      [5, ["Ủy ban Mặt trận Tổ quốc Quận"], { min: 5 }, "year", "Trước ngày 10/02 hằng năm", "10/02"],
      [5, ["Ban Chỉ huy Quân sự Quận", "Công an Quận"], { min: 5 }, "year", "Trước ngày 10/7 hằng năm", "10/07"],
      [5, ["Phòng Lao động - Thương binh và Xã hội"], { min: 5 }, "year", "Trước ngày 10/6 hằng năm", "10/06"],
      [5, ["Phòng Quản lý đô thị"], { min: 5 }, "year", "Trước ngày 10/02 hằng năm", "10/02"],
      [5, ["Phòng Nội vụ"], { min: 5 }, "year", "Trước ngày 10/4 hằng năm", "10/04"],
    ]);
  });

  // Seed 001: "Ngudi ký … ngay 34.thang 3 nam 2023" and in the appendix "ngay 3. 4 thang 3 nam 2023":
  // the date is read as 24/3/2023 and said to be so wherever it is printed.
  test("the date, read from an unclear copy, says so", () => {
    expect({ date: plan.date, dateNote: plan.dateNote, fields: plan.fields }).toStrictEqual({ date: "24/03/2023", dateNote: "ngày đọc từ bản chụp không rõ", fields: [] });
  });

  test("general criteria", () => {
    expect(plan.criteria.map((c) => [c.group, c.label])).toStrictEqual([
      ["general", "Gương mẫu chấp hành chủ trương, chính sách"],
      ["general", "Hoàn thành xuất sắc nhiệm vụ"],
      ["general", "Có mô hình mới, cách làm hay"],
      ["general", "Tương thân tương ái, tham gia hoạt động xã hội"],
    ]);
  });
});

describe("Tủa Chùa 2021–2025", () => {
  const plan = loadPlan("tua-chua-2021-2025.json");

  test("heading facts", () => {
    expect({ number: plan.number, date: plan.date, level: plan.level, period: plan.period, levels: plan.levels.map((l) => l.id) }).toStrictEqual({
      number: "123/KH-UBND",
      date: "02/07/2021",
      level: "huyen",
      period: { from: "01/01/2021", to: "31/12/2025" },
      levels: ["co-so", "xa", "huyen", "tinh"],
    });
  });

  // Seed 002, 2.1 "Tiéu chi chung": "a) P6i vai tap thé: Co thanh tich tiéu biéu xuat sic trong cong tac …"
  // and "b) Poi v6i ca nhén, h$ gia dinh: Guong mau chip hanh tot chi truong duong 161 ctia Pang …": two
  // paragraphs by kind, not four labels; both are what a sheet's "Tiêu chí chung" column marks.
  test("the general criteria are the seed's two paragraphs, one for collectives, one for individuals and households", () => {
    expect(plan.criteria.filter((c) => c.group === "general").map((c) => ({ label: c.label, opening: c.text.slice(0, 40), rule: c.rule, appliesTo: c.appliesTo, sharedName: c.aliases.includes("Tiêu chí chung") }))).toStrictEqual([
      { label: "Tiêu chí chung đối với tập thể", opening: "Đối với tập thể: Có thành tích tiêu biểu", rule: { type: "mark" }, appliesTo: { kinds: ["tap_the", "mo_hinh", "doanh_nghiep"] }, sharedName: true },
      { label: "Tiêu chí chung đối với cá nhân, hộ gia đình", opening: "Đối với cá nhân, hộ gia đình: Gương mẫu ", rule: { type: "mark" }, appliesTo: { kinds: ["ca_nhan", "ho_gia_dinh"] }, sharedName: true },
    ]);
  });

  test("the specific criteria (2.2.1–2.2.12) are standards the council judges from the achievements: their columns are optional; the general criteria and the rising figures are required", () => {
    const required = plan.criteria.filter((c) => (c.column ?? "required") === "required").map((c) => c.id);
    const optional = plan.criteria.filter((c) => c.column === "optional");
    expect({ required, optionalAreSpecificMarks: optional.every((c) => c.group === "specific" && c.rule.type === "mark"), optional: optional.length }).toStrictEqual({
      required: ["tieu-chi-chung-tap-the", "tieu-chi-chung-ca-nhan-ho-gia-dinh", "doanh-thu-tang", "nop-thue-tang", "loi-nhuan-tang"],
      optionalAreSpecificMarks: true,
      optional: 19,
    });
  });

  // Seed 002, 2.2.1: "Céc chi tiéu vé: doanh thu, nop thué, loi nhuan hang nam déu tang (nam sau cao hon
  // nam trudc)": the second figure is "nộp thuế"; a sheet's "Nộp ngân sách" column is read as it.
  test("enterprises: revenue, tax paid and profit must rise year over year", () => {
    expect({
      metrics: plan.metrics.map((m) => [m.id, m.name]),
      rising: plan.criteria.flatMap((c) => (c.rule.type === "rising" ? [{ id: c.id, metric: c.rule.metric, appliesTo: c.appliesTo }] : [])),
      headers: ["Doanh thu (triệu đồng)", "Nộp ngân sách (triệu đồng)", "Lợi nhuận (triệu đồng)"].map((h) => resolveName(plan.metrics, h)),
    }).toStrictEqual({
      metrics: [
        ["doanh-thu", "Doanh thu"],
        ["nop-thue", "Nộp thuế"],
        ["loi-nhuan", "Lợi nhuận"],
      ],
      rising: [
        { id: "doanh-thu-tang", metric: "doanh-thu", appliesTo: { kinds: ["tap_the", "doanh_nghiep"], movements: ["doanh-nghiep-hoi-nhap"] } },
        { id: "nop-thue-tang", metric: "nop-thue", appliesTo: { kinds: ["tap_the", "doanh_nghiep"], movements: ["doanh-nghiep-hoi-nhap"] } },
        { id: "loi-nhuan-tang", metric: "loi-nhuan", appliesTo: { kinds: ["tap_the", "doanh_nghiep"], movements: ["doanh-nghiep-hoi-nhap"] } },
      ],
      headers: ["doanh-thu", "nop-thue", "loi-nhuan"],
    });
  });

  test("unit quotas: communes and the town 01–04, departments and unions 01–02, enterprises 01–02, armed forces 01–03", () => {
    const pick = (id: string) => {
      const q = findById(plan.quotas, id);
      return { scope: q.scope, period: q.period, bound: q.bound, deadline: q.deadline };
    };
    expect(["xa-thi-tran-01-04", "phong-ban-doan-the-01-02", "doanh-nghiep-01-02", "luc-luong-vu-trang-01-03"].map(pick)).toStrictEqual([
      { scope: { level: "unit", unitKinds: ["xa", "thi-tran"] }, period: "plan", bound: { min: 1, max: 4 }, deadline: "12/11/2021" },
      { scope: { level: "unit", unitKinds: ["phong-ban", "doan-the"], exceptHostedMovements: true }, period: "plan", bound: { min: 1, max: 2 }, deadline: "12/11/2021" },
      { scope: { level: "unit", unitKinds: ["doanh-nghiep"] }, period: "plan", bound: { min: 1, max: 2 }, deadline: "12/11/2021" },
      { scope: { level: "unit", unitKinds: ["luc-luong-vu-trang"] }, period: "plan", bound: { min: 1, max: 3 }, deadline: "12/11/2021" },
    ]);
  });

  test("movement quotas: ≥ 01 collective + 03 individuals each, education 03 + 03, culture 02 models", () => {
    const pick = (id: string) => {
      const q = findById(plan.quotas, id);
      return { scope: q.scope, groupBy: q.groupBy ?? null, kinds: q.kinds ?? null, bound: q.bound };
    };
    expect(["phong-trao-01-tap-the-03-ca-nhan", "giao-duc-03-tap-the-03-ca-nhan", "van-hoa-02-mo-hinh"].map(pick)).toStrictEqual([
      {
        scope: { level: "plan", movements: ["doanh-nghiep-hoi-nhap", "vi-nguoi-ngheo", "van-hoa-cong-so", "nong-thon-moi", "hoc-tap-lam-theo-bac", "nong-dan-sxkd-gioi", "y-te"] },
        groupBy: "movement",
        kinds: null,
        bound: { perKind: { tap_the: 1, ca_nhan: 3 } },
      },
      { scope: { level: "plan", movements: ["giao-duc-dao-tao"] }, groupBy: null, kinds: null, bound: { perKind: { tap_the: 3, ca_nhan: 3 } } },
      { scope: { level: "plan", movements: ["doi-song-van-hoa"] }, groupBy: null, kinds: ["mo_hinh", "tap_the"], bound: { min: 2 } },
    ]);
  });

  test("registration closes on 12/11/2021 and late nominations count", () => {
    expect(findById(plan.deadlines, "dang-ky-cap-huyen")).toStrictEqual({
      id: "dang-ky-cap-huyen",
      text: "Lập và gửi danh sách đăng ký mô hình, gương điển hình cấp huyện về UBND huyện qua Phòng Nội vụ huyện, hoàn thành trước ngày 12/11/2021",
      date: "12/11/2021",
      yearly: false,
      appliesToNominations: true,
    });
  });

  test("the movements and unit kinds the units' sheets write are recognised", () => {
    const sheetMovements = [
      "Toàn dân bảo vệ an ninh Tổ quốc",
      "Giáo dục và đào tạo",
      "Y tế",
      "Nông dân thi đua sản xuất kinh doanh giỏi",
      "Vì người nghèo - Không để ai bị bỏ lại phía sau",
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "Toàn dân đoàn kết xây dựng đời sống văn hóa",
      "Cả nước chung sức xây dựng nông thôn mới",
      "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
      "DOANH NGHIỆP VIỆT NAM HỘI NHẬP VÀ PHÁT TRIỂN",
    ];
    expect({
      movements: sheetMovements.map((m) => resolveName(plan.movements, m)),
      unitKinds: ["Xã", "Thị trấn", "Phòng, ban"].map((k) => resolveName(plan.unitKinds, k)),
    }).toStrictEqual({
      movements: ["luc-luong-vu-trang", "giao-duc-dao-tao", "y-te", "nong-dan-sxkd-gioi", "vi-nguoi-ngheo", "hoc-tap-lam-theo-bac", "doi-song-van-hoa", "nong-thon-moi", "van-hoa-cong-so", "doanh-nghiep-hoi-nhap"],
      unitKinds: ["xa", "thi-tran", "phong-ban"],
    });
  });
});
