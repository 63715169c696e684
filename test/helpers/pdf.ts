import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { promisify } from "node:util";

/**
 * Printing checks through LibreOffice and poppler-utils: an .xlsx becomes a PDF the way an
 * officer's "Print to PDF" would make it, then its pages are measured and read.
 */

const run = promisify(execFile);

/** Finds an executable on PATH (no shell, no `which`). */
export const findExecutable = (name: string): string | null => {
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
};

export const findSoffice = (): string | null => findExecutable("soffice") ?? findExecutable("libreoffice");

/**
 * Column widths in .xlsx are counted in digits of the workbook's default font, Calibri 11. A
 * machine without Calibri or its metric twin Carlito (Linux CI) falls back to DejaVu Sans, whose
 * digits are a third wider: every column grows and the page shrinks to fit. Liberation Serif has
 * Calibri's digit width, so it stands in as Excel on an officer's Windows machine would measure.
 */
const writeFontConfig = (dir: string): string => {
  const file = join(dir, "fonts.conf");
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="strong"><family>Calibri</family><prefer><family>Carlito</family><family>Liberation Serif</family></prefer></alias>
</fontconfig>
`,
  );
  return file;
};

/**
 * Converts `xlsxPath` to PDF in `outDir` and returns the PDF's path. A private LibreOffice
 * profile lets tests run beside an open LibreOffice and beside each other.
 */
export const convertXlsxToPdf = async (soffice: string, xlsxPath: string, outDir: string): Promise<string> => {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    const env = { ...process.env, FONTCONFIG_FILE: writeFontConfig(profile) };
    await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, xlsxPath], { timeout: 120_000, env });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(xlsxPath).replace(/\.xlsx$/i, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
  return pdf;
};

/** Converts several workbooks in one LibreOffice run (it starts once); returns each PDF's path, in order. */
export const convertManyToPdf = async (soffice: string, xlsxPaths: readonly string[], outDir: string): Promise<string[]> => {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    const env = { ...process.env, FONTCONFIG_FILE: writeFontConfig(profile) };
    await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...xlsxPaths], { timeout: 240_000, env });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return xlsxPaths.map((x) => {
    const pdf = join(outDir, basename(x).replace(/\.xlsx$/i, ".pdf"));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
    return pdf;
  });
};

export interface PageSize {
  width: number;
  height: number;
}

/** Page sizes in points, rounded to whole points (A4 landscape = 842 × 595). */
export const readPdfPageSizes = async (pdfPath: string): Promise<PageSize[]> => {
  const { stdout } = await run("pdfinfo", ["-f", "1", "-l", "9999", pdfPath]);
  return [...stdout.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Math.round(Number(m[1])),
    height: Math.round(Number(m[2])),
  }));
};

/**
 * The text of each page, in NFC, with runs of white space made one space. `-raw` keeps the order
 * LibreOffice drew the text in, cell after cell, so a cell's wrapped lines stay together.
 */
export const readPdfPageTexts = async (pdfPath: string): Promise<string[]> => {
  const { stdout } = await run("pdftotext", ["-raw", "-enc", "UTF-8", pdfPath, "-"], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split("\f");
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 1 && pages[pages.length - 1]?.trim() === "") pages.pop();
  return pages.map((p) => p.normalize("NFC").replace(/\s+/g, " ").trim());
};

/** Renders every page to PNG at `dpi` as `<prefix>-N.png`; returns the files in page order. */
export const renderPdfToPngs = async (pdfPath: string, prefix: string, dpi = 60): Promise<string[]> => {
  await run("pdftoppm", ["-png", "-r", String(dpi), pdfPath, prefix]);
  const dir = join(prefix, "..");
  const stem = basename(prefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".png"))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((f) => join(dir, f));
};
