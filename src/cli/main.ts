import { endQuietlyOnClosedPipe } from "./closedPipe";
import { Command, CommanderError } from "commander";
import { registerAppendixCommand } from "./commands/appendix";
import { registerCheckCommand } from "./commands/check";
import { registerConsolidateCommand } from "./commands/consolidate";
import { registerDemoCommand } from "./commands/demo";
import { registerPlanCommand } from "./commands/plan";
import { registerPlansCommand } from "./commands/plans";
import { registerTemplateCommand } from "./commands/template";
import { processIO, type CliIO } from "./io";
import { FileProblemError } from "../core/files/fileProblems";
import { findNamedCommand, findUnknownOption, VIETNAMESE_HELP } from "./programHelp";
import { suggestName } from "./suggestName";
import { ExitCode, UserError } from "./userError";

/** Builds the `dienhinh` program; each command reports its exit code through `setExit`. */
export const buildProgram = (io: CliIO, setExit: (code: ExitCode) => void): Command => {
  const program = new Command("dienhinh")
    .description("Điển hình — kiểm tra, tổng hợp danh sách điển hình tiên tiến và in phụ lục")
    .version("0.1.0", "-V, --version", "in phiên bản")
    .helpOption("-h, --help", "in hướng dẫn này")
    .helpCommand("help [lệnh]", "in hướng dẫn của một lệnh")
    .configureHelp(VIETNAMESE_HELP)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s.trimEnd()), writeErr: (s) => io.stderr(s.trimEnd()), outputError: () => undefined });
  registerPlansCommand(program, io, setExit);
  registerPlanCommand(program, io, setExit);
  registerTemplateCommand(program, io, setExit);
  registerCheckCommand(program, io, setExit);
  registerConsolidateCommand(program, io, setExit);
  registerAppendixCommand(program, io, setExit);
  registerDemoCommand(program, io, setExit);
  return program;
};

const COMMANDS = ["plans", "plan", "template", "check", "consolidate", "appendix", "demo"];

/** ", có lẽ bạn muốn ghi --plan" when a known name is close to what was typed, else "". */
const perhaps = (typed: string, known: readonly string[]): string => {
  const near = suggestName(typed, known);
  return near ? `; có lẽ bạn muốn ghi ${near}` : "";
};

/** Commander's own (English) argument errors, said in Vietnamese with what to do. */
export const describeArgumentError = (e: CommanderError): string => {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "commander.missingMandatoryOptionValue":
      return `thiếu tùy chọn bắt buộc ${quoted}; hãy thêm tùy chọn này, xem --help.`;
    case "commander.optionMissingArgument":
      return `tùy chọn ${quoted} cần một giá trị; hãy ghi giá trị sau tùy chọn, xem --help.`;
    case "commander.missingArgument":
      return `thiếu ${quoted || "tham số"}; hãy ghi tên tệp hoặc thư mục, xem --help.`;
    case "commander.unknownOption":
      return `không có tùy chọn ${quoted}${perhaps(quoted, [])}; hãy xem các tùy chọn bằng --help.`;
    case "commander.unknownCommand":
      return `không có lệnh "${quoted}"${perhaps(quoted, COMMANDS)}; các lệnh là: ${COMMANDS.join(", ")}.`;
    case "commander.excessArguments":
      return "thừa tham số; hãy xem cách dùng bằng --help.";
    default:
      return `tham số không hợp lệ; hãy xem cách dùng bằng --help.`;
  }
};

/** Runs the CLI with arguments (without "node script"); never throws, returns the exit code. */
export const runCli = async (args: readonly string[], io: CliIO = processIO): Promise<ExitCode> => {
  let code: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  // Without arguments, or a group of commands named alone, the help is what was asked for, not an error.
  const named = findNamedCommand(program, args);
  if (named.words === args.length && named.command.commands.length > 0) {
    io.stdout(named.command.helpInformation().trimEnd());
    return ExitCode.Ok;
  }
  // A word after a group of commands that names none of them ("dienhinh plan shw").
  const word = args[named.words];
  if (named.command.commands.length > 0 && word !== undefined && word !== "help" && !word.startsWith("-")) {
    const names = named.command.commands.map((c) => c.name());
    const near = suggestName(word, names);
    const group = named.words > 0 ? `lệnh ${args.slice(0, named.words).join(" ")} ` : "";
    io.stderr(`Lỗi: ${group}không có lệnh "${word}"${near ? `; có lẽ bạn muốn ghi ${near}` : ""}; các lệnh là: ${names.join(", ")}.`);
    return ExitCode.Unusable;
  }
  const unknown = findUnknownOption(program, args);
  if (unknown) {
    const where = unknown.command ? `lệnh ${unknown.command} không có` : "không có";
    const near = suggestName(unknown.typed, unknown.known);
    io.stderr(`Lỗi: ${where} tùy chọn ${unknown.typed}${near ? `; có lẽ bạn muốn ghi ${near}` : `; hãy xem các tùy chọn bằng dienhinh ${unknown.command ? `${unknown.command} ` : ""}--help`}.`);
    return ExitCode.Unusable;
  }
  try {
    await program.parseAsync([...args], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // "commander.help": a group of commands ("plan") run alone shows its help.
      if (e.exitCode === 0 || e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return ExitCode.Ok;
      io.stderr(`Lỗi: ${describeArgumentError(e)}`);
      return ExitCode.Unusable;
    }
    // A file problem met after the file was read (the marked copy it cannot be made of) is said like one met reading it.
    if (e instanceof UserError || e instanceof FileProblemError) {
      io.stderr(`Lỗi: ${e.message}`);
      return ExitCode.Unusable;
    }
    io.stderr(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}. Hãy gửi tệp và lệnh đã chạy cho nhóm phát triển.`);
    if (process.env.DIENHINH_DEBUG && e instanceof Error) io.stderr(e.stack ?? "");
    return ExitCode.Unusable;
  }
};

if (require.main === module) {
  endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
