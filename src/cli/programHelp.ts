import { Help, type Command, type Option } from "commander";

/**
 * The help of `dienhinh` in Vietnamese throughout: commander writes its own headings and
 * placeholders in English ("Usage:", "Options:", "[options]", "default:"), said here instead.
 */

const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "Cách dùng:",
  "Options:": "Tùy chọn:",
  "Arguments:": "Tham số:",
  "Commands:": "Lệnh:",
  "Global Options:": "Tùy chọn chung:",
};

const translateTerm = (text: string): string => text.replace("[options]", "[tùy chọn]").replace("[command]", "[lệnh]");

/** The help settings every command inherits (set on the program before its commands are added). */
export const VIETNAMESE_HELP: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage: (cmd: Command) => translateTerm(Help.prototype.commandUsage.call(new Help(), cmd)),
  subcommandTerm: (cmd: Command) => translateTerm(Help.prototype.subcommandTerm.call(new Help(), cmd)),
  optionDescription: (option: Option) => Help.prototype.optionDescription.call(new Help(), option).replace(/\(default: "?([^")]*)"?\)/, "(mặc định: $1)"),
};

/** The long and short flags a command takes, with whether each takes a value. */
const flagsOf = (cmd: Command, isRoot: boolean): Map<string, boolean> => {
  const flags = new Map<string, boolean>([
    ["--help", false],
    ["-h", false],
  ]);
  if (isRoot) for (const f of ["--version", "-V"]) flags.set(f, false);
  for (const o of cmd.options) {
    const takesValue = o.required || o.optional;
    if (o.long) flags.set(o.long, takesValue);
    if (o.short) flags.set(o.short, takesValue);
  }
  return flags;
};

export interface UnknownOption {
  /** The command as typed: "check", "plan export". */
  command: string;
  typed: string;
  known: string[];
}

/**
 * The first option that the command being run does not take, looked for before commander parses:
 * commander reports a missing required option first, so `--plam` would read as "thiếu --plan".
 */
export const findUnknownOption = (program: Command, args: readonly string[]): UnknownOption | null => {
  let cmd = program;
  const path: string[] = [];
  let flags = flagsOf(cmd, true);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") return null;
    if (!arg.startsWith("-") || /^-\d/.test(arg)) {
      const sub = cmd.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
      if (sub) {
        cmd = sub;
        path.push(arg);
        flags = flagsOf(cmd, false);
      }
      continue;
    }
    const flag = arg.startsWith("--") ? (arg.split("=")[0] ?? arg) : arg.slice(0, 2);
    const takesValue = flags.get(flag);
    if (takesValue === undefined) return { command: path.join(" "), typed: flag, known: [...flags.keys()].filter((f) => f.startsWith("--")) };
    // The option's value, when given as the next word, is not an option.
    if (takesValue && !arg.includes("=") && !(arg.length > 2 && !arg.startsWith("--"))) i++;
  }
  return null;
};

/**
 * The command named by the leading words of `args` ("plan export" → its command) and how many
 * words name it: a group of commands named alone ("dienhinh plan") shows its help.
 */
export const findNamedCommand = (program: Command, args: readonly string[]): { command: Command; words: number } => {
  let command = program;
  let words = 0;
  for (const arg of args) {
    const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) break;
    command = sub;
    words++;
  }
  return { command, words };
};
