import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";

const useStyles = makeStyles({
  zone: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  over: { backgroundColor: tokens.colorNeutralBackground1Hover },
  chosen: { overflowWrap: "anywhere" },
});

/** How many names the line shows before it folds the rest into "và N tệp khác". */
const NAMES_SHOWN = 3;

/** "Đã chọn: a.xlsx" — or, for many, "Đã chọn 300 tệp: a.xlsx, b.xlsx, c.xlsx và 297 tệp khác". */
export function describeChosenFiles(names: readonly string[]): string {
  if (names.length <= NAMES_SHOWN) return `Đã chọn: ${names.join(", ")}`;
  return `Đã chọn ${names.length} tệp: ${names.slice(0, NAMES_SHOWN).join(", ")} và ${names.length - NAMES_SHOWN} tệp khác`;
}

export interface FilePickerProps {
  label: string;
  multiple?: boolean;
  /** The input's accept list (default: .xlsx only). */
  accept?: string;
  files: readonly File[];
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** The line over the button (default: drag and drop .xlsx). */
  hint?: string;
}

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A picker and drop zone for .xlsx files; other files are left to the operation to refuse by name. */
export function FilePicker({ label, multiple = false, accept = XLSX_ACCEPT, files, onFiles, disabled = false, hint = "Kéo thả tệp .xlsx vào đây" }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null): void => {
    const picked = list ? Array.from(list) : [];
    if (picked.length > 0) onFiles(multiple ? picked : picked.slice(0, 1));
  };
  const drop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    if (!disabled) take(event.dataTransfer.files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Text>{hint}</Text>
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          take(e.target.files);
          e.target.value = "";
        }}
      />
      {files.length > 0 ? (
        <Text size={200} className={styles.chosen} data-testid="chosen-files">
          {describeChosenFiles(files.map((f) => f.name))}
        </Text>
      ) : null}
    </div>
  );
}
