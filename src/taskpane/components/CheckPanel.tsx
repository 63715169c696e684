import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CheckReport } from "../../core/check/report";
import type { CheckedFile, CheckFilesResult, PaneFinding } from "../operations";
import { SPREADSHEET_ACCEPT } from "../pickedFiles";
import { DownloadButton } from "./DownloadButton";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { QuotaCard } from "./QuotaCard";
import { useAction } from "./useAction";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  finding: { justifyContent: "flex-start", textAlign: "left", minWidth: 0, width: "100%", fontWeight: tokens.fontWeightRegular },
  findingText: { display: "block" },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface CheckPanelProps {
  /** Browser mode asks for files; Excel mode checks the active sheet. */
  needsFile: boolean;
  runCheck: (files: readonly File[] | undefined, unit: string) => Promise<CheckFilesResult>;
  selectFinding: (finding: PaneFinding) => Promise<void>;
  /** Only where marks exist (Excel). */
  clearMarks?: () => Promise<void>;
  disabled?: boolean;
}

export function describeSummary(report: CheckReport): string {
  const s = report.summary;
  return `${report.file}: ${s.rows} dòng đề nghị, ${s.validRows} hợp lệ; ${s.errors} lỗi, ${s.warnings} cảnh báo; ${s.quotasUnmet} chỉ tiêu chưa đạt.`;
}

function describePlace(f: PaneFinding): string {
  if (f.cell) return `${f.sheet}!${f.cell}`;
  if (f.row !== undefined) return `${f.sheet}, dòng ${f.row}`;
  return f.sheet;
}

/**
 * The line shown for a finding. The core's messages already start with their place ("ô J11: …",
 * "dòng 9: …", "Trang tính "…" …"), so only the sheet is added instead of repeating the cell.
 */
export function describeFinding(f: PaneFinding): string {
  const lead = f.cell ? `ô ${f.cell}:` : f.row !== undefined ? `dòng ${f.row}:` : null;
  if (lead && f.message.startsWith(lead)) return `${f.sheet}, ${f.message}`;
  if (f.message.startsWith(`Trang tính "${f.sheet}"`)) return f.message;
  return `${describePlace(f)}: ${f.message}`;
}

function FileReport({ checked, several, selectFinding, run }: { checked: CheckedFile; several: boolean; selectFinding: (f: PaneFinding) => Promise<void>; run: ReturnType<typeof useAction>["run"] }) {
  const styles = useStyles();
  const { report } = checked;
  const findings = report.sheets.flatMap((s) => s.findings);
  const quotas = report.sheets.flatMap((s) => s.quotas);
  return (
    <>
      <Text weight="semibold" data-testid="check-summary">{describeSummary(report)}</Text>
      {checked.download ? <DownloadButton blob={checked.download} fileName={checked.fileName ?? "kiem tra.xlsx"} /> : null}
      {report.skippedSheets.map((s) => (
        <Text key={s.sheet} size={200}>Bỏ qua trang "{s.sheet}": {s.reason}</Text>
      ))}
      {findings.length === 0 ? (
        <Text>Không có lỗi hay cảnh báo nào.</Text>
      ) : (
        <ul className={styles.list} aria-label={several ? `Các lỗi và cảnh báo: ${checked.file}` : "Các lỗi và cảnh báo"}>
          {findings.map((f, i) => (
            <li key={i}>
              <Button appearance="subtle" className={styles.finding} onClick={() => void run(() => selectFinding(f))}>
                <span className={styles.findingText}>
                  <span className={f.severity === "error" ? styles.error : styles.warning}>{f.severity === "error" ? "Lỗi" : "Cảnh báo"}</span>
                  {" · "}
                  {describeFinding(f)}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {quotas.map((q, i) => (
        <QuotaCard key={`${q.ruleId}-${i}`} quota={q} />
      ))}
    </>
  );
}

export function CheckPanel({ needsFile, runCheck, selectFinding, clearMarks, disabled = false }: CheckPanelProps) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [unit, setUnit] = useState("");
  const [result, setResult] = useState<CheckFilesResult | null>(null);
  const action = useAction();
  const check = async (): Promise<void> => {
    const checked = await action.run(() => runCheck(needsFile ? files : undefined, unit.trim()));
    if (checked) setResult(checked);
  };
  const several = (result?.checked.length ?? 0) + (result?.failed.length ?? 0) > 1;
  return (
    <section className={styles.panel} aria-label="Kiểm tra">
      {needsFile ? <FilePicker label="Chọn tệp .xlsx…" multiple accept={SPREADSHEET_ACCEPT} files={files} onFiles={setFiles} /> : <Text>Kiểm tra trang tính đang mở.</Text>}
      <Field label="Tên đơn vị của danh sách (để trống: lấy theo tiêu đề)" size="small">
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} placeholder="Ví dụ: Phường Ngọc Thụy" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled || action.busy} onClick={() => void check()}>
          Kiểm tra
        </Button>
        {clearMarks ? (
          <Button
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                await clearMarks();
              })
            }
          >
            Xóa đánh dấu
          </Button>
        ) : null}
        {action.busy ? <Spinner size="tiny" label="Đang xử lý…" /> : null}
      </div>
      <ErrorBar message={action.error} />
      {result?.failed.map((f, i) => <ErrorBar key={`loi-${i}`} message={f.message} />)}
      {result?.checked.map((c, i) => <FileReport key={`tep-${i}`} checked={c} several={several} selectFinding={selectFinding} run={action.run} />)}
    </section>
  );
}
