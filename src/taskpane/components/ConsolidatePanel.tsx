import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Consolidation } from "../../core/consolidate/types";
import type { ConsolidateResult } from "../operations";
import { DownloadButton } from "./DownloadButton";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { SPREADSHEET_ACCEPT } from "../pickedFiles";
import { QuotaCard } from "./QuotaCard";
import { useAction } from "./useAction";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ConsolidatePanelProps {
  /** In Excel mode files are optional: without them the open workbook's sheets are used. */
  filesRequired: boolean;
  runConsolidate: (files: readonly File[]) => Promise<ConsolidateResult>;
  onConsolidated: (c: Consolidation) => void;
  /** The units registry's picker, shown in this section (the registry serves Kiểm tra too). */
  registry?: ReactNode;
  disabled?: boolean;
}

export function ConsolidatePanel({ filesRequired, runConsolidate, onConsolidated, registry, disabled = false }: ConsolidatePanelProps) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [result, setResult] = useState<ConsolidateResult | null>(null);
  const action = useAction();
  const start = async (): Promise<void> => {
    const r = await action.run(() => runConsolidate(files));
    if (!r) return;
    setResult(r);
    onConsolidated(r.consolidation);
  };
  const c = result?.consolidation;
  return (
    <section className={styles.panel} aria-label="Tổng hợp">
      <FilePicker label="Chọn các tệp của đơn vị…" multiple accept={SPREADSHEET_ACCEPT} files={files} onFiles={setFiles} />
      {!filesRequired ? <Text size={200}>Không chọn tệp thì tổng hợp các trang của sổ làm việc đang mở.</Text> : null}
      {registry}
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled || action.busy} onClick={() => void start()}>
          Tổng hợp
        </Button>
        {action.busy ? <Spinner size="tiny" label="Đang tổng hợp…" /> : null}
      </div>
      <ErrorBar message={action.error} />
      {c ? (
        <>
          <Text weight="semibold" data-testid="consolidation-summary">
            Đã tổng hợp {c.units.length} đơn vị: {c.totals.rows} đề nghị, {c.totals.validRows} hợp lệ.
          </Text>
          {/* The workbook is what the officer came for: right under the totals, not below a dozen quota cards. */}
          {result?.download ? (
            <DownloadButton blob={result.download} fileName={result.fileName ?? "Tong_hop.xlsx"} />
          ) : (
            <Text>Đã ghi các trang tổng hợp vào sổ làm việc{result?.sheets && result.sheets.length > 0 ? `: ${result.sheets.join(", ")}` : ""}.</Text>
          )}
          <ul aria-label="Các đơn vị">
            {c.units.map((u) => (
              <li key={`${u.unit}-${u.file}`}>
                {u.unit}: {u.rows} đề nghị, {u.validRows} hợp lệ
              </li>
            ))}
            {c.notSent.map((u) => (
              <li key={`chua-gui-${u.unit}`}>{u.unit}: chưa gửi danh sách</li>
            ))}
          </ul>
          {c.duplicates.length > 0 ? <Text>Trùng lặp (mỗi người chỉ tính một lần trong đơn vị của mình): {c.duplicates.map((d) => d.name).join(", ")}.</Text> : null}
          {c.skipped.map((s, i) => (
            <Text key={i} size={200}>
              Bỏ qua {s.file}
              {s.sheet ? ` / ${s.sheet}` : ""}: {s.reason}
            </Text>
          ))}
          {c.quotas.map((q, i) => (
            <QuotaCard key={`${q.ruleId}-${i}`} quota={q} />
          ))}
        </>
      ) : null}
    </section>
  );
}
