import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState, type Ref } from "react";
import type { CheckedFile, CheckFilesResult, PaneFinding } from "../operations";
import { describeChecksSummary, describeSummary } from "../results/summaries";
import { DownloadButton } from "./DownloadButton";
import { FindingsList } from "./FindingsList";
import { FoldedList } from "./FoldedList";
import { QuotaGroups } from "./QuotaGroups";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  summary: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  fileLine: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  toggle: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
});

export interface CheckResultsProps {
  result: CheckFilesResult;
  /** Excel: a finding selects its cell. */
  select?: (finding: PaneFinding) => void;
  /** The summary focus moves to once the result is shown. */
  summaryRef: Ref<HTMLHeadingElement>;
  onError: (message: string) => void;
}

/** Files with errors first, then those with warnings or unmet quotas, then the clean ones. */
const attention = (c: CheckedFile): number => (c.report.summary.errors > 0 ? 0 : c.report.summary.warnings > 0 || c.report.summary.quotasUnmet > 0 ? 1 : 2);

function FileDetails({ checked, select, several }: { checked: CheckedFile; select?: CheckResultsProps["select"]; several: boolean }) {
  const styles = useStyles();
  const findings = checked.report.sheets.flatMap((s) => s.findings);
  const quotas = checked.report.sheets.flatMap((s) => s.quotas);
  const Heading = several ? "h4" : "h3";
  return (
    <>
      {checked.report.skippedSheets.map((s) => (
        <Text key={s.sheet} size={200}>
          Bỏ qua trang "{s.sheet}": {s.reason}
        </Text>
      ))}
      {findings.length === 0 ? (
        <Text>Không có lỗi hay cảnh báo nào.</Text>
      ) : (
        <>
          <Heading className={styles.heading}>Lỗi và cảnh báo ({findings.length})</Heading>
          <FindingsList findings={findings} label={several ? `Các lỗi và cảnh báo: ${checked.file}` : "Các lỗi và cảnh báo"} {...(select ? { select } : {})} />
        </>
      )}
      {quotas.length > 0 ? (
        <>
          <Heading className={styles.heading}>Chỉ tiêu</Heading>
          <QuotaGroups quotas={quotas} />
        </>
      ) : null}
    </>
  );
}

/** One file among several: its line, its marked copy, its details on request. */
function FileCheck({ checked, select, onError }: { checked: CheckedFile; select?: CheckResultsProps["select"]; onError: (m: string) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const s = checked.report.summary;
  const hasDetails = s.errors + s.warnings > 0 || checked.report.sheets.some((sheet) => sheet.quotas.length > 0) || checked.report.skippedSheets.length > 0;
  return (
    <div className={styles.file}>
      <Text className={styles.fileLine} data-testid="check-summary">
        {describeSummary(checked.report)}
      </Text>
      <div className={styles.row}>
        {checked.fileName && (checked.download || checked.makeDownload) ? (
          <DownloadButton fileName={checked.fileName} {...(checked.download ? { blob: checked.download } : {})} {...(checked.makeDownload ? { make: checked.makeDownload } : {})} onError={onError} />
        ) : null}
        {hasDetails ? (
          <Button className={styles.toggle} appearance="transparent" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? "Ẩn chi tiết" : "Xem chi tiết"}
          </Button>
        ) : null}
      </div>
      {open ? <FileDetails checked={checked} several {...(select ? { select } : {})} /> : null}
    </div>
  );
}

/**
 * Kiểm tra's result: for one file its summary, marked copy (the primary action), findings and
 * quotas; for several a summary of all, the files that could not be read, then each file's
 * line (problems first) with its details folded.
 */
export function CheckResults({ result, select, summaryRef, onError }: CheckResultsProps) {
  const styles = useStyles();
  const [only] = result.checked;
  if (only && result.checked.length === 1 && result.failed.length === 0) {
    return (
      <div className={styles.result}>
        <h2 className={styles.summary} tabIndex={-1} ref={summaryRef} data-testid="check-summary">
          {describeSummary(only.report)}
        </h2>
        {only.fileName && (only.download || only.makeDownload) ? (
          <div className={styles.row}>
            <DownloadButton primary fileName={only.fileName} {...(only.download ? { blob: only.download } : {})} {...(only.makeDownload ? { make: only.makeDownload } : {})} onError={onError} />
          </div>
        ) : null}
        <FileDetails checked={only} several={false} {...(select ? { select } : {})} />
      </div>
    );
  }
  const files = [...result.checked].sort((a, b) => attention(a) - attention(b));
  return (
    <div className={styles.result}>
      <h2 className={styles.summary} tabIndex={-1} ref={summaryRef} data-testid="check-overview">
        {describeChecksSummary(result)}
      </h2>
      {result.failed.length > 0 ? (
        <>
          <h3 className={styles.heading}>Không đọc được ({result.failed.length})</h3>
          <FoldedList
            items={result.failed}
            limit={5}
            label="Các tệp không đọc được"
            itemKey={(f, i) => `${f.file}-${i}`}
            render={(f) => <Text data-testid="check-failed">{f.message}</Text>}
            moreLabel={(n) => `và ${n} tệp khác`}
          />
        </>
      ) : null}
      {files.length > 0 ? (
        <>
          <h3 className={styles.heading}>Các tệp đã kiểm tra ({files.length})</h3>
          <FoldedList
            items={files}
            limit={10}
            plain
            label="Các tệp đã kiểm tra"
            itemKey={(c, i) => `${c.file}-${i}`}
            render={(c) => <FileCheck checked={c} onError={onError} {...(select ? { select } : {})} />}
            moreLabel={(n) => `và ${n} tệp khác`}
          />
        </>
      ) : null}
    </div>
  );
}
