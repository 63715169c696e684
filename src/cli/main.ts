import { Command, CommanderError } from "commander";
import { registerAppendixCommand } from "./commands/appendix";
import { registerCheckCommand } from "./commands/check";
import { registerConsolidateCommand } from "./commands/consolidate";
import { registerDemoCommand } from "./commands/demo";
import { registerPlansCommand } from "./commands/plans";
import { registerTemplateCommand } from "./commands/template";
import { processIO, type CliIO } from "./io";
import { ExitCode, UserError } from "./userError";

/** Builds the `dienhinh` program; each command reports its exit code through `setExit`. */
export const buildProgram = (io: CliIO, setExit: (code: ExitCode) => void): Command => {
  const program = new Command("dienhinh")
    .description("Điển hình — kiểm tra, tổng hợp danh sách điển hình tiên tiến và in phụ lục")
    .version("0.1.0", "-V, --version", "in phiên bản")
    .helpOption("-h, --help", "hướng dẫn")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s.trimEnd()), writeErr: (s) => io.stderr(s.trimEnd()) })
    .showHelpAfterError("(dùng --help để xem hướng dẫn)");
  registerPlansCommand(program, io, setExit);
  registerTemplateCommand(program, io, setExit);
  registerCheckCommand(program, io, setExit);
  registerConsolidateCommand(program, io, setExit);
  registerAppendixCommand(program, io, setExit);
  registerDemoCommand(program, io, setExit);
  return program;
};

/** Runs the CLI with arguments (without "node script"); never throws, returns the exit code. */
export const runCli = async (args: readonly string[], io: CliIO = processIO): Promise<ExitCode> => {
  let code: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...args], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Unusable;
    if (e instanceof UserError) {
      io.stderr(`Lỗi: ${e.message}`);
      return ExitCode.Unusable;
    }
    io.stderr(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}. Hãy gửi tệp và lệnh đã chạy cho nhóm phát triển.`);
    if (process.env.DIENHINH_DEBUG && e instanceof Error) io.stderr(e.stack ?? "");
    return ExitCode.Unusable;
  }
};

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
