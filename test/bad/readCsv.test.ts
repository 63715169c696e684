import fc from "fast-check";
import { FileProblemError } from "../../src/core/files/fileProblems";
import { decodeCsvText, detectDelimiter, findInvalidUtf8, parseCsvRecords, readCsvBytes } from "../../src/xlsx/readCsv";

/** The CSV reader: RFC 4180 records, the delimiter Excel used, and only Unicode text. */

describe("parseCsvRecords", () => {
  it.each([
    ["plain fields, CRLF", "a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]],
    ["LF and a lone CR end records too", "a,b\nc\rd", [["a", "b"], ["c"], ["d"]]],
    ["quoted delimiter, line break and doubled quote", 'x,"a, ""b""\r\nc"\r\n', [["x", 'a, "b"\r\nc']]],
    ["empty fields and an empty last field", ",a,,\n", [["", "a", "", ""]]],
    ["a blank line is an empty record", "a\n\nb\n", [["a"], [""], ["b"]]],
    ["an unclosed quote keeps the rest of the file", 'a,"b\nc', [["a", "b\nc"]]],
    ["a quote inside an unquoted field is text", 'a"b,c', [['a"b', "c"]]],
  ])("%s", (_label, text, records) => {
    expect(parseCsvRecords(text, ",")).toStrictEqual(records);
  });

  it("gives back what a writer quoting every field wrote, for any table of texts", () => {
    const table = fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.constantFrom(",", ";", "\t"), (rows, delimiter) => {
        const text = rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(delimiter)).join("\r\n");
        expect(parseCsvRecords(text, delimiter)).toStrictEqual(rows);
      }),
    );
  });
});

describe("detectDelimiter", () => {
  it("takes the most frequent of , ; tab outside quotes, past a title line without any", () => {
    expect([detectDelimiter("DANH SÁCH\nSTT;Họ và tên;Đối tượng\n1;A;B"), detectDelimiter('"a;b;c",d\ne,f'), detectDelimiter("a\tb\tc"), detectDelimiter("một dòng")]).toStrictEqual([";", ",", "\t", ","]);
  });
});

describe("decodeCsvText", () => {
  it("reads UTF-8 with or without BOM and UTF-16 with its BOM", () => {
    const text = "Họ và tên;Đối tượng";
    expect([
      decodeCsvText(Buffer.from(`\uFEFF${text}`), "a.csv"),
      decodeCsvText(Buffer.from(text), "a.csv"),
      decodeCsvText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), "a.csv"),
      decodeCsvText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]), "a.csv"),
    ]).toStrictEqual([text, text, text, text]);
  });

  it("refuses Windows-1258 or TCVN3 bytes, naming the first line that is not UTF-8", () => {
    // "Nguy\xEAn" is Windows-1258 for "Nguyên"; the third line.
    const bytes = Buffer.concat([Buffer.from("STT,Họ và tên\r\n1,Lò Văn Pó\r\n2,Nguy"), Buffer.from([0xea, 0x6e]), Buffer.from("\r\n")]);
    const error = (() => {
      try {
        return decodeCsvText(bytes, "ds.csv");
      } catch (e) {
        return e instanceof FileProblemError ? e.problem : e;
      }
    })();
    expect(error).toStrictEqual({ code: "csv/not-utf8", file: "ds.csv", line: 3 });
  });

  it("findInvalidUtf8 agrees with a strict decoder on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let strict = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          strict = false;
        }
        expect(findInvalidUtf8(bytes) === -1).toBe(strict);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("readCsvBytes", () => {
  it("one sheet named after the file: blanks as null, trailing blanks and blank rows dropped, sep= honoured", () => {
    expect(readCsvBytes(Buffer.from("sep=|\r\nSTT|Họ và tên| \r\n1|Lò Văn Pó|\r\n\r\n |\r\n"), "Xa Muong Bang.csv")).toStrictEqual({
      file: "Xa Muong Bang.csv",
      sheets: [{ name: "Xa Muong Bang", rows: [["STT", "Họ và tên"], ["1", "Lò Văn Pó"]], merges: [] }],
    });
  });

  it("drops characters an .xlsx cannot hold (a bell), keeps emoji", () => {
    expect(readCsvBytes(Buffer.from("Giàng\u0007 A Sử,🌾\n"), "a.csv").sheets[0]?.rows).toStrictEqual([["Giàng A Sử", "🌾"]]);
  });
});
