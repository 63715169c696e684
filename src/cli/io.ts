/** Where the CLI writes: the real streams in use, captured strings in tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (a progress bar is shown only then). */
  isTTY: boolean;
}

/**
 * Control characters other than line feed and tab, and the bidirectional overrides: a sheet or
 * file name holding them could clear the screen, move the cursor over findings, or show text in
 * another order than it is.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what is being escaped
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as it may reach a terminal: each unsafe character written as `\uXXXX`. Inside the JSON
 * the CLI prints, that is the same character escaped, so the JSON stays valid and means the same.
 */
export const toTerminalText = (text: string): string => text.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The process's streams; what comes from units' files (sheet and file names, cell text) is made safe here, once. */
export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(`${toTerminalText(text)}\n`),
  stderr: (text) => process.stderr.write(`${toTerminalText(text)}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};
