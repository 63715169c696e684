import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Ref } from "react";

export interface ErrorBarProps {
  message: string | null;
  title?: string;
  details?: readonly string[];
  /** A run stopped on request is told as information, not as an error. */
  intent?: "error" | "info";
  /** Focus moves here after a failed action (the bar is then the action's result). */
  focusRef?: Ref<HTMLDivElement>;
}

export function ErrorBar({ message, title, details, intent = "error", focusRef }: ErrorBarProps) {
  if (!message) return null;
  return (
    <div ref={focusRef} tabIndex={-1}>
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? (intent === "error" ? "Lỗi" : "Đã dừng")}</MessageBarTitle>
        {message}
        {details && details.length > 0 ? (
          <ul>
            {details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
    </div>
  );
}
