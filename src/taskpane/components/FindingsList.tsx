import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PaneFinding } from "../operations";
import { FoldedList } from "./FoldedList";

const useStyles = makeStyles({
  finding: { justifyContent: "flex-start", textAlign: "left", minWidth: 0, width: "100%", fontWeight: tokens.fontWeightRegular, paddingLeft: 0 },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

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

export interface FindingsListProps {
  findings: readonly PaneFinding[];
  label: string;
  /** Excel: a finding is a button that selects its cell. Elsewhere it is plain text (nothing to go to). */
  select?: (finding: PaneFinding) => void;
}

/** Errors and warnings, folded after the first 20 of a long list. */
export function FindingsList({ findings, label, select }: FindingsListProps) {
  const styles = useStyles();
  const line = (f: PaneFinding) => (
    <>
      <span className={f.severity === "error" ? styles.error : styles.warning}>{f.severity === "error" ? "Lỗi" : "Cảnh báo"}</span>
      {" · "}
      {describeFinding(f)}
    </>
  );
  return (
    <FoldedList
      items={findings}
      limit={20}
      plain
      label={label}
      itemKey={(_f, i) => String(i)}
      moreLabel={(n) => `và ${n} lỗi, cảnh báo khác`}
      render={(f) =>
        select ? (
          <Button appearance="subtle" size="small" className={styles.finding} onClick={() => select(f)}>
            <span>{line(f)}</span>
          </Button>
        ) : (
          <Text>{line(f)}</Text>
        )
      }
    />
  );
}
