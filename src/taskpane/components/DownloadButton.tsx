import { Button, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { describeFailure } from "../operations";

/** Saves a Blob through a temporary link, the one way that works in every current browser. */
export function saveBlob(blob: Blob, fileName: string): void {
  if (typeof URL.createObjectURL !== "function") return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface DownloadButtonProps {
  fileName: string;
  /** The file, ready; or how to make it when asked (a marked copy is built only for the files the officer wants). */
  blob?: Blob;
  make?: () => Promise<Blob>;
  /** The area's one primary action once its result is ready. */
  primary?: boolean;
  disabled?: boolean;
  onError?: (message: string) => void;
}

export function DownloadButton({ blob, make, fileName, primary = false, disabled = false, onError }: DownloadButtonProps) {
  const [making, setMaking] = useState(false);
  const download = async (): Promise<void> => {
    if (blob) {
      saveBlob(blob, fileName);
      return;
    }
    if (!make) return;
    setMaking(true);
    try {
      saveBlob(await make(), fileName);
    } catch (error) {
      onError?.(describeFailure(error));
    } finally {
      setMaking(false);
    }
  };
  return (
    <Button
      appearance={primary ? "primary" : "secondary"}
      data-appearance={primary ? "primary" : "secondary"}
      disabled={disabled || making}
      {...(making ? { icon: <Spinner size="tiny" /> } : {})}
      onClick={() => void download()}
    >
      Tải xuống {fileName}
    </Button>
  );
}
