import { Button, FluentProvider, makeStyles, Spinner, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ErrorBar } from "../../taskpane/components/ErrorBar";
import { useAction } from "../../taskpane/components/useAction";
import type { AppendixSheets } from "./sheetsOperations";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/**
 * Under the pane, once an appendix is made: it can also go into the spreadsheet as a sheet of its
 * own (the .xlsx download stays the one to print, Sheets cannot set A4 margins or print titles).
 */
export function AppendixSheetBar({ appendix }: { appendix: AppendixSheets }) {
  const styles = useStyles();
  const [ready, setReady] = useState(appendix.hasAppendix());
  const [written, setWritten] = useState<string | null>(null);
  const action = useAction();
  useEffect(
    () =>
      appendix.onAppendix((made) => {
        setReady(made);
        setWritten(null);
      }),
    [appendix],
  );
  if (!ready) return null;
  return (
    <FluentProvider theme={webLightTheme}>
      <section className={styles.bar} aria-label="Phụ lục trong bảng tính">
        <div className={styles.row}>
          <Button
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                setWritten(await appendix.writeAsSheet());
              })
            }
          >
            Ghi thêm phụ lục vào một trang tính
          </Button>
          {action.busy ? <Spinner size="tiny" label="Đang ghi…" /> : null}
        </div>
        {written ? <Text data-testid="appendix-sheet">Đã ghi phụ lục vào trang "{written}". Bản để in là tệp .xlsx đã tải xuống.</Text> : null}
        <ErrorBar message={action.error} />
      </section>
    </FluentProvider>
  );
}
