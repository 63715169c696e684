import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  plain: { listStyleType: "none", paddingLeft: 0 },
  more: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
});

export interface FoldedListProps<T> {
  items: readonly T[];
  /** Shown before the fold. */
  limit: number;
  /** The list's accessible name. */
  label: string;
  render: (item: T, index: number) => ReactNode;
  itemKey: (item: T, index: number) => string;
  /** "và 295 tệp khác": what the fold says it hides. */
  moreLabel: (hidden: number) => string;
  /** No bullets (each item draws its own mark). */
  plain?: boolean;
  testId?: string;
}

/**
 * A list cut after `limit` items with a button for the rest ("và 295 tệp khác"), so that 300
 * files or units never push the result a page down; "Thu gọn" folds it again.
 */
export function FoldedList<T>({ items, limit, label, render, itemKey, moreLabel, plain = false, testId }: FoldedListProps<T>) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const shown = open ? items : items.slice(0, limit);
  const hidden = items.length - shown.length;
  return (
    <>
      {shown.length > 0 ? (
        <ul className={mergeClasses(styles.list, plain && styles.plain)} aria-label={label} data-testid={testId}>
          {shown.map((item, i) => (
            <li key={itemKey(item, i)}>{render(item, i)}</li>
          ))}
        </ul>
      ) : null}
      {items.length > limit ? (
        <Button className={styles.more} appearance="transparent" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Thu gọn" : moreLabel(hidden)}
        </Button>
      ) : null}
    </>
  );
}
