import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function ErrorBar({ message, title = "Lỗi", details }: { message: string | null; title?: string; details?: readonly string[] }) {
  if (!message) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
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
  );
}
