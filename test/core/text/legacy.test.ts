import fc from "fast-check";
import { convertLegacyText, detectEncodingFromFont, detectEncodingFromText } from "../../../src/core/text/legacy";

// ---- Hand-typed reference, independent of src/core/text/*Table.ts --------------------------------
// Each Unicode row (no tone, huyền, hỏi, ngã, sắc, nặng) with the legacy spelling of each letter.

const SOFT_HYPHEN = "\u00AD"; // TCVN3 ư: invisible, so typed as an escape
const TCVN3_ROWS: readonly (readonly [string, string])[] = [
  ["aàảãáạ", "aµ¶·¸¹"],
  ["ăằẳẵắặ", "¨»¼½¾Æ"],
  ["âầẩẫấậ", "©ÇÈÉÊË"],
  ["eèẻẽéẹ", "eÌÎÏÐÑ"],
  ["êềểễếệ", "ªÒÓÔÕÖ"],
  ["iìỉĩíị", "i×ØÜÝÞ"],
  ["oòỏõóọ", "oßáâãä"],
  ["ôồổỗốộ", "«åæçèé"],
  ["ơờởỡớợ", "¬êëìíî"],
  ["uùủũúụ", "uïñòóô"],
  ["ưừửữứự", `${SOFT_HYPHEN}õö÷øù`],
  ["yỳỷỹýỵ", "yúûüýþ"],
  ["đ", "®"],
  ["ĂÂÊÔƠƯĐ", "¡¢£¤¥¦§"],
];
const VNI_ROWS: readonly (readonly [string, readonly string[]])[] = [
  ["aàảãáạ", ["a", "aø", "aû", "aõ", "aù", "aï"]],
  ["ăằẳẵắặ", ["aê", "aè", "aú", "aü", "aé", "aë"]],
  ["âầẩẫấậ", ["aâ", "aà", "aå", "aã", "aá", "aä"]],
  ["eèẻẽéẹ", ["e", "eø", "eû", "eõ", "eù", "eï"]],
  ["êềểễếệ", ["eâ", "eà", "eå", "eã", "eá", "eä"]],
  ["iìỉĩíị", ["i", "ì", "æ", "ó", "í", "ò"]],
  ["oòỏõóọ", ["o", "oø", "oû", "oõ", "où", "oï"]],
  ["ôồổỗốộ", ["oâ", "oà", "oå", "oã", "oá", "oä"]],
  ["ơờởỡớợ", ["ô", "ôø", "ôû", "ôõ", "ôù", "ôï"]],
  ["uùủũúụ", ["u", "uø", "uû", "uõ", "uù", "uï"]],
  ["ưừửữứự", ["ö", "öø", "öû", "öõ", "öù", "öï"]],
  ["yỳỷỹýỵ", ["y", "yø", "yû", "yõ", "yù", "î"]],
  ["đ", ["ñ"]],
];

const TCVN3_CODE = new Map(TCVN3_ROWS.flatMap(([letters, codes]) => [...letters].map((l, i) => [l, [...codes][i] ?? "?"] as const)));
const VNI_CODE = new Map(
  VNI_ROWS.flatMap(([letters, codes]) => [...letters].flatMap((l, i) => [[l, codes[i] ?? "?"], [l.toUpperCase(), (codes[i] ?? "?").toUpperCase()]] as const)),
);

/** Unicode → TCVN3 for a lowercase-and-capitals font; capitals with tones have no code there. */
const encodeTcvn3 = (text: string): string =>
  [...text.normalize("NFC")].map((ch) => {
    const code = TCVN3_CODE.get(ch);
    if (code !== undefined) return code;
    if (ch !== ch.toLowerCase() && TCVN3_CODE.has(ch.toLowerCase())) throw new Error(`${ch} needs an H font`);
    return ch;
  }).join("");
/** Unicode capitals → TCVN3 as typed in a .VnTimeH cell: the lowercase codes. */
const encodeTcvn3Capitals = (text: string): string => encodeTcvn3(text.normalize("NFC").toLowerCase());
const encodeVni = (text: string): string => [...text.normalize("NFC")].map((ch) => VNI_CODE.get(ch) ?? ch).join("");

const LOWER_LETTERS = [...VNI_ROWS.map(([letters]) => letters).join("")].filter((l) => !"aeiouy".includes(l));
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());

// Hand-typed words and phrases as they appear in old sheets.
const TCVN3_PAIRS: readonly (readonly [string, string])[] = [
  ["Tªn m« h×nh, hä vµ tªn", "Tên mô hình, họ và tên"],
  [`§èi t${SOFT_HYPHEN}îng`, "Đối tượng"],
  [`NguyÔn ThÞ Thu H${SOFT_HYPHEN}¬ng`, "Nguyễn Thị Thu Hương"],
  ["Tæ d©n phè §ång T©m", "Tổ dân phố Đồng Tâm"],
  ["ñy ban nh©n d©n", "ủy ban nhân dân"],
  [`Ph${SOFT_HYPHEN}êng Bå §Ò`, "Phường Bồ Đề"],
  ["QuËn Long Biªn", "Quận Long Biên"],
  ["Thµnh phè Hµ Néi", "Thành phố Hà Nội"],
  ["ChiÕn sÜ thi ®ua c¬ së", "Chiến sĩ thi đua cơ sở"],
  ["Lao ®éng tiªn tiÕn", "Lao động tiên tiến"],
  ["GiÊy khen", "Giấy khen"],
  ["B»ng khen", "Bằng khen"],
  ["Hoµn thµnh xuÊt s¾c nhiÖm vô", "Hoàn thành xuất sắc nhiệm vụ"],
  ["§iÓn h×nh tiªn tiÕn", "Điển hình tiên tiến"],
  [`Khen th${SOFT_HYPHEN}ëng`, "Khen thưởng"],
  [`Thi ®ua yªu n${SOFT_HYPHEN}íc`, "Thi đua yêu nước"],
  [`Tr${SOFT_HYPHEN}êng Trung häc c¬ së`, "Trường Trung học cơ sở"],
  ["Héi Liªn hiÖp Phô n÷", "Hội Liên hiệp Phụ nữ"],
  ["§oµn Thanh niªn Céng s¶n Hå ChÝ Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
  ["MÆt trËn Tæ quèc", "Mặt trận Tổ quốc"],
  ["Cùu chiÕn binh", "Cựu chiến binh"],
  ["Héi N«ng d©n", "Hội Nông dân"],
  ["Doanh nghiÖp", "Doanh nghiệp"],
  ["Hé gia ®×nh", "Hộ gia đình"],
  ["C¸ nh©n", "Cá nhân"],
  ["TËp thÓ", "Tập thể"],
  ["Ghi chó", "Ghi chú"],
  [`Sè l${SOFT_HYPHEN}îng`, "Số lượng"],
  ["N¨m häc", "Năm học"],
  ["ChØ tiªu", "Chỉ tiêu"],
  ["Kü n¨ng", "Kỹ năng"],
  ["Lý do", "Lý do"],
  ["Mü §×nh", "Mỹ Đình"],
  ["Tû lÖ", "Tỷ lệ"],
  ["Thuþ Khuª", "Thuỵ Khuê"],
  ["kú häp", "kỳ họp"],
  ["B·i bá", "Bãi bỏ"],
  ["Giái", "Giỏi"],
  ["S¸ng kiÕn", "Sáng kiến"],
  ["Èm thùc", "ẩm thực"],
  [`Hoa L${SOFT_HYPHEN}`, "Hoa Lư"],
  ["¥n nghÜa", "Ơn nghĩa"],
  ["¦u tiªn", "Ưu tiên"],
  ["¡n uèng", "Ăn uống"],
  ["¢m thÇm", "Âm thầm"],
  ["¤ng bµ", "Ông bà"],
  ["£m ®Òm", "Êm đềm"],
  ["§Æng V¨n L©m", "Đặng Văn Lâm"],
  ["Ph¹m ThÞ H»ng", "Phạm Thị Hằng"],
  ["TrÇn Quèc To¶n", "Trần Quốc Toản"],
  ["Vò §øc Th¾ng", "Vũ Đức Thắng"],
  ["h½ng, ch¼ng, mÑ, vÏ, kÎ, bÐ, chÌ", "hẵng, chẳng, mẹ, vẽ, kẻ, bé, chè"],
  ["lçi, lîi, mì, míi, æn, tõ, sö", "lỗi, lợi, mỡ, mới, ổn, từ, sử"],
  ["cÇn, cÈn, lÉn, tÊn, cËn", "cần, cẩn, lẫn, tấn, cận"],
  ["g×, chØ, nghÜ, Ýt, thÞ", "gì, chỉ, nghĩ, ít, thị"],
  ["mï, cña, cò, cóng, cô", "mù, của, cũ, cúng, cụ"],
  ["vÒ, ®Ó, dÔ, thÕ, hÖ", "về, để, dễ, thế, hệ"],
  ["vµ, c¶, ®·, m¸, t¹, hßa, cã, râ", "và, cả, đã, má, tạ, hòa, có, rõ"],
];
const VNI_PAIRS: readonly (readonly [string, string])[] = [
  ["Tröôøng", "Trường"],
  ["Phöôøng", "Phường"],
  ["ngöôøi", "người"],
  ["Nguyeãn", "Nguyễn"],
  ["TRÖÔØNG", "TRƯỜNG"],
  ["Ñoái töôïng", "Đối tượng"],
  ["Teân moâ hình, hoï vaø teân", "Tên mô hình, họ và tên"],
  ["Nguyeãn Thò Thu Höông", "Nguyễn Thị Thu Hương"],
  ["Toå daân phoá Ñoàng Taâm", "Tổ dân phố Đồng Tâm"],
  ["UÛy ban nhaân daân", "Ủy ban nhân dân"],
  ["Phöôøng Boà Ñeà", "Phường Bồ Đề"],
  ["Quaän Long Bieân", "Quận Long Biên"],
  ["Thaønh phoá Haø Noäi", "Thành phố Hà Nội"],
  ["Chieán só thi ñua cô sôû", "Chiến sĩ thi đua cơ sở"],
  ["Lao ñoäng tieân tieán", "Lao động tiên tiến"],
  ["Giaáy khen", "Giấy khen"],
  ["Baèng khen", "Bằng khen"],
  ["Hoaøn thaønh xuaát saéc nhieäm vuï", "Hoàn thành xuất sắc nhiệm vụ"],
  ["Ñieån hình tieân tieán", "Điển hình tiên tiến"],
  ["Khen thöôûng", "Khen thưởng"],
  ["Thi ñua yeâu nöôùc", "Thi đua yêu nước"],
  ["Tröôøng Trung hoïc cô sôû", "Trường Trung học cơ sở"],
  ["Hoäi Lieân hieäp Phuï nöõ", "Hội Liên hiệp Phụ nữ"],
  ["Ñoaøn Thanh nieân Coäng saûn Hoà Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
  ["Maët traän Toå quoác", "Mặt trận Tổ quốc"],
  ["Cöïu chieán binh", "Cựu chiến binh"],
  ["Hoä gia ñình", "Hộ gia đình"],
  ["Caù nhaân", "Cá nhân"],
  ["Taäp theå", "Tập thể"],
  ["Soá löôïng", "Số lượng"],
  ["Naêm hoïc", "Năm học"],
  ["Chæ tieâu", "Chỉ tiêu"],
  ["Kyõ naêng", "Kỹ năng"],
  ["Tyû leä", "Tỷ lệ"],
  ["Thuî Khueâ", "Thuỵ Khuê"],
  ["kyø hoïp", "kỳ họp"],
  ["Baõi boû", "Bãi bỏ"],
  ["AÅm thöïc", "Ẩm thực"],
  ["Ôn nghóa", "Ơn nghĩa"],
  ["Öu tieân", "Ưu tiên"],
  ["AÊn uoáng", "Ăn uống"],
  ["AÂm thaàm", "Âm thầm"],
  ["OÂng baø", "Ông bà"],
  ["EÂm ñeàm", "Êm đềm"],
  ["Leâ Thò Ngoïc AÙnh", "Lê Thị Ngọc Ánh"],
  ["Vuõ Ñöùc Thaéng", "Vũ Đức Thắng"],
  ["Phaïm Thò Haèng", "Phạm Thị Hằng"],
  ["Traàn Quoác Toaûn", "Trần Quốc Toản"],
  ["haüng, chaúng, maët", "hẵng, chẳng, mặt"],
  ["meï, veõ, keû, beù, cheø", "mẹ, vẽ, kẻ, bé, chè"],
  ["loãi, lôïi, môõ, môùi, oån", "lỗi, lợi, mỡ, mới, ổn"],
  ["töø, söû, öùng, öø, öõ", "từ, sử, ứng, ừ, ữ"],
  ["gì, ít, thò, muø, cuûa, cuõ, cuùng, cuï", "gì, ít, thị, mù, của, cũ, cúng, cụ"],
  ["CHIEÁN SÓ THI ÑUA", "CHIẾN SĨ THI ĐUA"],
  ["ÑIEÅN HÌNH TIEÂN TIEÁN", "ĐIỂN HÌNH TIÊN TIẾN"],
  ["UÛY BAN NHAÂN DAÂN PHÖÔØNG", "ỦY BAN NHÂN DÂN PHƯỜNG"],
  ["Vieät Nam", "Việt Nam"],
];

describe("the hand-typed reference", () => {
  it("covers the 134 letters with marks, one legacy spelling for each", () => {
    expect([LOWER_LETTERS.length, new Set([...LOWER_LETTERS, ...UPPER_LETTERS]).size]).toStrictEqual([67, 134]);
    expect(TCVN3_ROWS.map(([letters, codes]) => [...codes].length - [...letters].length)).toStrictEqual(TCVN3_ROWS.map(() => 0));
    expect(VNI_ROWS.map(([letters, codes]) => codes.length - [...letters].length)).toStrictEqual(VNI_ROWS.map(() => 0));
    expect(new Set(TCVN3_CODE.values()).size).toStrictEqual(TCVN3_CODE.size);
  });

  it("encodes every hand-typed phrase the way it was typed", () => {
    expect(TCVN3_PAIRS.map(([, unicode]) => encodeTcvn3(unicode))).toStrictEqual(TCVN3_PAIRS.map(([legacy]) => legacy));
    expect(VNI_PAIRS.map(([, unicode]) => encodeVni(unicode))).toStrictEqual(VNI_PAIRS.map(([legacy]) => legacy));
  });
});

describe("convertLegacyText", () => {
  it("converts the hand-typed TCVN3 phrases", () => {
    expect(TCVN3_PAIRS.map(([legacy]) => convertLegacyText(legacy, "tcvn3"))).toStrictEqual(TCVN3_PAIRS.map(([, unicode]) => unicode));
  });

  it("converts the hand-typed VNI phrases", () => {
    expect(VNI_PAIRS.map(([legacy]) => convertLegacyText(legacy, "vni"))).toStrictEqual(VNI_PAIRS.map(([, unicode]) => unicode));
  });

  it("round-trips every vowel with every tone and đ, alone and inside a word, in TCVN3", () => {
    const lowerInWords = LOWER_LETTERS.map((l) => `ng${l}n`);
    expect([...LOWER_LETTERS, ...lowerInWords].map((l) => convertLegacyText(encodeTcvn3(l), "tcvn3"))).toStrictEqual([...LOWER_LETTERS, ...lowerInWords]);
    const upperInWords = UPPER_LETTERS.map((l) => `NG${l}N`);
    expect([...UPPER_LETTERS, ...upperInWords].map((l) => convertLegacyText(encodeTcvn3Capitals(l), "tcvn3", true))).toStrictEqual([...UPPER_LETTERS, ...upperInWords]);
  });

  it("reads the seven TCVN3 capital codes without an H font", () => {
    expect(convertLegacyText("¡¢£¤¥¦§", "tcvn3")).toStrictEqual("ĂÂÊÔƠƯĐ");
  });

  it("round-trips every vowel with every tone and đ, both cases, in VNI", () => {
    const letters = [...LOWER_LETTERS, ...UPPER_LETTERS];
    const inWords = letters.map((l) => `ng${l}n`);
    const joined = letters.join("");
    expect([...letters, ...inWords, joined].map((l) => convertLegacyText(encodeVni(l), "vni"))).toStrictEqual([...letters, ...inWords, joined]);
  });

  it("round-trips random Vietnamese text in both encodings", () => {
    const letter = fc.constantFrom(...LOWER_LETTERS, ..."abcdeghiklmnopqrstuvxy ,.-0123456789");
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 40 }), (letters) => {
        const text = letters.join("");
        const capitalized = text.replace(/(^|\s)(\S)/gu, (_m, space: string, first: string) => space + first.toUpperCase());
        expect(convertLegacyText(encodeTcvn3(text), "tcvn3")).toStrictEqual(text);
        expect(convertLegacyText(encodeTcvn3Capitals(text), "tcvn3", true)).toStrictEqual(text.toUpperCase());
        expect(convertLegacyText(encodeVni(capitalized), "vni")).toStrictEqual(capitalized);
      }),
      { numRuns: 500 },
    );
  });

  it("reads .VnTimeH text as capitals, whichever case was typed", () => {
    expect([
      convertLegacyText("ubnd thÞ trÊn tña chïa", "tcvn3", true),
      convertLegacyText("UBND THÞ TRÊN TñA CHïA", "tcvn3", true),
      convertLegacyText(`danh s¸ch ®¨ng ký ®iÓn h×nh tiªn tiÕn n¨m 2024`, "tcvn3", true),
    ]).toStrictEqual(["UBND THỊ TRẤN TỦA CHÙA", "UBND THỊ TRẤN TỦA CHÙA", "DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"]);
  });

  it("writes capitals for VNI when asked", () => {
    expect(convertLegacyText("Tröôøng Trung hoïc", "vni", true)).toStrictEqual("TRƯỜNG TRUNG HỌC");
  });

  it("returns NFC", () => {
    const outputs = [...LOWER_LETTERS, ...UPPER_LETTERS].flatMap((l) => [convertLegacyText(encodeVni(l), "vni"), convertLegacyText(encodeTcvn3Capitals(l), "tcvn3", true)]);
    expect(outputs.filter((out) => out !== out.normalize("NFC"))).toStrictEqual([]);
  });

  it("reads legacy text that went through NFD, and composes marks left after a code", () => {
    expect([
      convertLegacyText("Tröôøng".normalize("NFD"), "vni"),
      convertLegacyText(`T${"ª"}\u0301n`, "tcvn3"),
    ]).toStrictEqual(["Trường", "Tến"]);
  });

  it("leaves ASCII, digits, punctuation and cp1252 punctuation as they are", () => {
    const ascii = Array.from({ length: 95 }, (_v, i) => String.fromCharCode(0x20 + i)).join("");
    const samples = [ascii, "=SUM(A1:A9)", "nguyen.van.a@example.vn", "12/11/2021", "26/KH-HĐTĐKT", "“Tªn” – …"];
    expect(samples.map((s) => convertLegacyText(s, "tcvn3"))).toStrictEqual([...samples.slice(0, 5), "“Tên” – …"]);
    expect(samples.map((s) => convertLegacyText(s, "vni"))).toStrictEqual([...samples.slice(0, 5), "“Tªn” – …"]);
    expect(convertLegacyText(ascii, "tcvn3", true)).toStrictEqual(ascii.toUpperCase());
  });

  it("leaves a string alone when it holds a letter only Unicode has, though its Latin-1 letters look like codes", () => {
    const samples = ["Nguyễn Văn Bé", "Trần Thị Hoà", "Đặng Văn Lực — 汉字 😀", "Tổ dân phố Đồng Tâm".normalize("NFD")];
    const expected = samples.map((s) => s.normalize("NFC"));
    expect([samples.map((s) => convertLegacyText(s, "tcvn3")), samples.map((s) => convertLegacyText(s, "vni", true))]).toStrictEqual([expected, expected]);
  });
});

describe("detectEncodingFromFont", () => {
  it("knows the ABC and VNI families and nothing else", () => {
    const fonts = [".VnTime", ".VnTimeH", ".VnArialH", ".VnArial NarrowH", ".vntime", " .VNTIMEH ", ".VnCentury Schoolbook", "VnTime",
      "VNI-Times", "VNI-Helve", "vni-times", "VNI-Aptima", "Times New Roman", "Arial", "Calibri", "", null, undefined];
    expect(fonts.map(detectEncodingFromFont)).toStrictEqual([
      { encoding: "tcvn3", capitals: false }, { encoding: "tcvn3", capitals: true }, { encoding: "tcvn3", capitals: true },
      { encoding: "tcvn3", capitals: true }, { encoding: "tcvn3", capitals: false }, { encoding: "tcvn3", capitals: true },
      { encoding: "tcvn3", capitals: false }, { encoding: "tcvn3", capitals: false },
      { encoding: "vni", capitals: false }, { encoding: "vni", capitals: false }, { encoding: "vni", capitals: false },
      { encoding: "vni", capitals: false }, null, null, null, null, null, null,
    ]);
  });
});

const UNICODE_SENTENCES: readonly string[] = [
  "Danh sách đăng ký điển hình tiên tiến năm 2024",
  "Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 của Hội đồng Thi đua - Khen thưởng quận",
  "Ủy ban nhân dân phường Bồ Đề, quận Long Biên, thành phố Hà Nội",
  "Ông Nguyễn Văn Hùng, Tổ trưởng tổ dân phố số 7",
  "Bà Trần Thị Thu Hương, Chủ tịch Hội Liên hiệp Phụ nữ phường",
  "Hoàn thành xuất sắc nhiệm vụ hai năm liên tục",
  "Có sáng kiến được Hội đồng sáng kiến cấp cơ sở công nhận",
  "Doanh thu năm nay cao hơn năm trước, nộp thuế đầy đủ",
  "Gương người tốt, việc tốt trong phong trào thi đua yêu nước",
  "Chiến sĩ thi đua cơ sở; Lao động tiên tiến; Giấy khen của Chủ tịch UBND",
  "Mô hình “Dân vận khéo” ở khu dân cư số 3",
  "Hộ gia đình văn hóa tiêu biểu, tích cực tham gia xây dựng nông thôn mới",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Ngọc Thụy",
  "Trường Trung học cơ sở Thượng Thanh đạt chuẩn quốc gia mức độ 2",
  "Thực hiện tốt công tác phòng, chống dịch bệnh và bảo vệ môi trường",
  "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 95%",
  "Ghi chú: đơn vị gửi báo cáo trước ngày 31/01 hằng năm",
  "Số lượng gương điển hình tiên tiến giới thiệu: ít nhất 02 tập thể, 03 cá nhân",
  "Họ và tên, chức vụ, đơn vị công tác, thành tích nổi bật",
  "Tiến độ thực hiện: quý I năm 2025",
  "Cựu chiến binh gương mẫu, giúp nhau làm kinh tế giỏi",
  "Hợp tác xã nông nghiệp Đắk Lắk, huyện Krông Pắc",
  "Xã Tủa Chùa, tỉnh Điện Biên; thị trấn Mường Khương, tỉnh Lào Cai",
  "Phụ lục kèm theo Kế hoạch của Ban Thường vụ Quận ủy",
  "Bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn",
  "Khuyến khích phát triển doanh nghiệp vừa và nhỏ, hộ kinh doanh cá thể",
  "Người cao tuổi tiêu biểu, ông bà mẫu mực, con cháu thảo hiền",
  "Đạt danh hiệu Tập thể lao động xuất sắc năm 2023",
  "Tên mô hình, họ và tên, địa chỉ",
  "Tôi là cô giáo ở Hà Tây, có hai con",
  "Bé Ngà hát hay, múa giỏi; chú Tư bán cà phê",
  "Quyết tâm thi đua lập thành tích chào mừng Đại hội Đảng bộ các cấp",
  "Khen thưởng đột xuất cho tập thể, cá nhân có thành tích xuất sắc",
  "Ý kiến của Thường trực Hội đồng: đồng ý đề nghị khen thưởng",
];
const LATIN1_ONLY_VIETNAMESE: readonly string[] = ["Tên", "Có", "Tôi là cô giáo", "Bà già", "Chí Minh", "Hoà", "Thuý", "Á", "CÔNG", "Đà"];
const ENGLISH: readonly string[] = [
  "List of exemplary models, 2024",
  "Name, position, unit, achievements",
  "Revenue this year must exceed last year's revenue",
  "See §5 of the plan; © 2024 People's Committee",
  "Sizes: 5 µm, 20 °C, ± 0.5; area = a × b ÷ 2",
  "Café au lait at the Hôtel de Ville with Müller, José and Zoë",
  "naïve résumé, façade, São Paulo, mañana, Ångström",
];

describe("detectEncodingFromText", () => {
  it("never flags Unicode Vietnamese, NFC or NFD, one by one or all together", () => {
    const all = [...UNICODE_SENTENCES, ...LATIN1_ONLY_VIETNAMESE];
    const forms = [...all, ...all.map((s) => s.normalize("NFD"))];
    expect(forms.map((s) => detectEncodingFromText([s]))).toStrictEqual(forms.map(() => null));
    expect([detectEncodingFromText(all), detectEncodingFromText(all.map((s) => s.normalize("NFD")))]).toStrictEqual([null, null]);
  });

  it("never flags English with Latin-1 symbols and accented loanwords", () => {
    expect([...ENGLISH.map((s) => detectEncodingFromText([s])), detectEncodingFromText(ENGLISH), detectEncodingFromText([])]).toStrictEqual(
      [...ENGLISH.map(() => null), null, null],
    );
  });

  it("recognizes TCVN3 and VNI sheets", () => {
    expect([
      detectEncodingFromText(TCVN3_PAIRS.map(([legacy]) => legacy)),
      detectEncodingFromText(VNI_PAIRS.map(([legacy]) => legacy)),
      detectEncodingFromText(UNICODE_SENTENCES.map(encodeVni)),
      detectEncodingFromText(UNICODE_SENTENCES.map((s) => encodeTcvn3(s.replace(/\p{Lu}/gu, (c) => (/[ĂÂÊÔƠƯĐ]/u.test(c) ? c : c.toLowerCase()))))),
    ]).toStrictEqual(["tcvn3", "vni", "vni", "tcvn3"]);
  });

  it("recognizes a single header row or name", () => {
    const samples = ["Hä vµ tªn", "Tªn m« h×nh", `NguyÔn ThÞ Thu H${SOFT_HYPHEN}¬ng`, "ubnd thÞ trÊn tña chïa", "Hoï vaø teân", "Tröôøng hoïc", "Nguyeãn Vaên An", "ÑIEÅN HÌNH TIEÂN TIEÁN"];
    expect(samples.map((s) => detectEncodingFromText([s]))).toStrictEqual(["tcvn3", "tcvn3", "tcvn3", "tcvn3", "vni", "vni", "vni", "vni"]);
  });

  it("never flags Unicode scanned or typed with wrong marks, whose stray letters read as TCVN3 or VNI syllables", () => {
    const damaged = [
      "Tuyén truyén guong nguoi tot viéc tot, khen thuéng kip thoi véi cac tap thé",
      "bao céo Chu tich UBND Quaén theo quy dinh ¥ kip thoi",
      "d6i méi noi dung, hinh thirc t¢ chirc phong trao thi dua",
      "Ké hoach s6 26/KH-HDTDKT, tiép tuc d6i méi cong tac khen thuéng",
      "Xa Ta Phin ¥, huyén Tua Chua, tinh Dién Bién",
      "Truong Tiéu hoc Sinh Phinh ¥ dat chuan, Hoi Nong dan ¥",
      "sang kién, cai tién k¥ thuat, thanh tich dién hinh tién tién",
      "nghién ctru k¥ thuat méi, giai phap k¥ thuat, tuyén truyén véi nhiéu hinh thirc",
      "bui min PM2,5 duéi 2,5 µm; bui PM10 duéi 10 µm",
      "bang kich thuéc m×n",
      "K¥ niém chuong, k¥ thuat méi",
    ];
    expect([...damaged.map((s) => detectEncodingFromText([s])), detectEncodingFromText(damaged)]).toStrictEqual([...damaged.map(() => null), null]);
  });

  it("keeps to Unicode when Unicode text outweighs a stray legacy cell, and to the legacy encoding when it outweighs Unicode", () => {
    const unicodeNames = ["Nguyễn Thị Hương", "Đặng Văn Lực", "Phường Bồ Đề", "Lê Quang Đạo", "Tổ dân phố số 7", "Trường Tiểu học Ngọc Thụy"];
    const tcvn3Rows = ["Hä vµ tªn", "Tªn m« h×nh", "Ghi chó", "Thµnh tÝch", "Chøc vô"];
    expect([
      detectEncodingFromText([...UNICODE_SENTENCES, "Hä vµ tªn", "Tröôøng hoïc"]),
      detectEncodingFromText([...unicodeNames, "Hä vµ tªn"]),
      detectEncodingFromText([...tcvn3Rows, "Nguyễn Thị Hương"]),
    ]).toStrictEqual([null, null, "tcvn3"]);
  });
});
