import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { suggestName } from "../../src/cli/suggestName";

/**
 * What the command says of its own arguments, run in this process: help in Vietnamese throughout,
 * a mistyped option or plan named with the near one, `--year` and `--unit` checked before any work.
 */

const SAMPLES = join(__dirname, "..", "..", "templates", "samples", "tua-chua-2021-2025");
const LIST = join(SAMPLES, "Xa_Sang_Nhe.xlsx");
const REGISTRY = join(SAMPLES, "Don_vi.xlsx");

const run = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false };
  const code = await runCli(args, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
};

/** Commander's English words that must not reach an officer. */
const ENGLISH = /Usage|Options|Arguments|Commands|default:|display help|\[options\]|\[command\]|<file>|<path|<id|<name>|<yyyy>/;

describe("the help", () => {
  it.each([[[]], [["--help"]], [["check", "--help"]], [["consolidate", "--help"]], [["appendix", "--help"]], [["plan"]], [["plan", "export", "--help"]], [["help", "template"]]])(
    "of %j is Vietnamese throughout, on stdout, exit 0",
    async (args) => {
      const r = await run(args);
      expect({ code: r.code, stderr: r.stderr, english: ENGLISH.exec(r.stdout)?.[0] ?? null, heading: /^Cách dùng: dienhinh/.test(r.stdout) }).toStrictEqual({
        code: 0,
        stderr: "",
        english: null,
        heading: true,
      });
    },
  );
});

describe("mistyped arguments", () => {
  it("names the option the user probably meant, not a missing one", async () => {
    expect(await run(["check", LIST, "--plam", "tua-chua-2021-2025"])).toStrictEqual({
      code: 2,
      stdout: "",
      stderr: "Lỗi: lệnh check không có tùy chọn --plam; có lẽ bạn muốn ghi --plan.",
    });
  });

  it("points to the help when no option is near", async () => {
    expect(await run(["consolidate", SAMPLES, "--plan", "tua-chua-2021-2025", "--out", "x.xlsx", "--quiet"])).toStrictEqual({
      code: 2,
      stdout: "",
      stderr: "Lỗi: lệnh consolidate không có tùy chọn --quiet; hãy xem các tùy chọn bằng dienhinh consolidate --help.",
    });
  });

  it("names the command and the plan the user probably meant", async () => {
    const [command, plan] = [await run(["chek", LIST]), await run(["check", LIST, "--plan", "tua-chua"])];
    expect([command.code, command.stderr, plan.code, plan.stderr]).toStrictEqual([
      2,
      'Lỗi: không có lệnh "chek"; có lẽ bạn muốn ghi check; các lệnh là: plans, plan, template, check, consolidate, appendix, demo.',
      2,
      'Lỗi: Không có kế hoạch "tua-chua"; có lẽ bạn muốn ghi --plan tua-chua-2021-2025, hoặc chọn một trong: lam-thao-2022-2025, long-bien-2023-2025, tua-chua-2021-2025, nhon-hung-2024, thuong-ninh-2023-2025.',
    ]);
  });

  it("names the command of a group the user probably meant", async () => {
    expect(await run(["plan", "shw", "lam-thao-2022-2025"])).toStrictEqual({
      code: 2,
      stdout: "",
      stderr: 'Lỗi: lệnh plan không có lệnh "shw"; có lẽ bạn muốn ghi show; các lệnh là: export, new, show.',
    });
  });

  it("takes an option's value as a value even when it begins like an option", async () => {
    const r = await run(["check", LIST, "--plan", "tua-chua-2021-2025", "--unit", "-Xã Sáng Nhè"]);
    expect(r.stderr).not.toMatch(/không có tùy chọn/);
  });

  it("suggests only a name close for its length, and none when two are as close", () => {
    expect([suggestName("--plam", ["--plan", "--out"]), suggestName("--x", ["--plan", "--out"]), suggestName("lam-thao", ["lam-thao-2022-2025", "long-bien-2023-2025"]), suggestName("--uni", ["--unit", "--units"])]).toStrictEqual([
      "--plan",
      null,
      "lam-thao-2022-2025",
      null,
    ]);
  });
});

describe("--year and --unit", () => {
  it("refuses a year outside the plan's period, and one that is not four digits, in one sentence", async () => {
    const [outside, short] = [await run(["check", LIST, "--plan", "tua-chua-2021-2025", "--year", "2030"]), await run(["check", LIST, "--plan", "tua-chua-2021-2025", "--year", "24"])];
    expect([outside.code, outside.stderr, short.code, short.stderr]).toStrictEqual([
      2,
      'Lỗi: Năm 2030 nằm ngoài thời gian 2021–2025 của kế hoạch "tua-chua-2021-2025"; hãy ghi --year từ 2021 đến 2025, hoặc chọn kế hoạch của năm đó.',
      2,
      'Lỗi: Năm "24" không hợp lệ; hãy ghi năm bốn chữ số, ví dụ --year 2024.',
    ]);
  });

  it("refuses a unit the registry does not list, naming the near one, and takes one written without marks", async () => {
    const unknown = await run(["check", LIST, "--plan", "tua-chua-2021-2025", "--units", REGISTRY, "--unit", "Xã Sáng Nhàng"]);
    const plain = await run(["check", LIST, "--plan", "tua-chua-2021-2025", "--units", REGISTRY, "--unit", "Xa Sang Nhe"]);
    expect([unknown.code, unknown.stderr, plain.code, plain.stderr]).toStrictEqual([
      2,
      'Lỗi: Đơn vị "Xã Sáng Nhàng" không có trong danh sách đơn vị "Don_vi.xlsx"; có lẽ bạn muốn ghi --unit "Xã Sáng Nhè".',
      0,
      "",
    ]);
  });
});
