import { PassThrough } from "node:stream";
import { endQuietlyOnClosedPipe } from "../../src/cli/closedPipe";

const errorWithCode = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`write ${code}`), { code });

describe("endQuietlyOnClosedPipe", () => {
  it("ends with the command's code when the reader closed the pipe (EPIPE)", () => {
    const stream = new PassThrough();
    const exits: number[] = [];
    endQuietlyOnClosedPipe(stream, (code) => exits.push(code));
    stream.emit("error", errorWithCode("EPIPE"));
    expect(exits).toStrictEqual([0]);
  });

  it("throws any other error of the stream", () => {
    const stream = new PassThrough();
    const exits: number[] = [];
    endQuietlyOnClosedPipe(stream, (code) => exits.push(code));
    expect(() => stream.emit("error", errorWithCode("ENOSPC"))).toThrow("write ENOSPC");
    expect(exits).toStrictEqual([]);
  });
});
