import { Button } from "@fluentui/react-components";

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

export function DownloadButton({ blob, fileName }: { blob: Blob; fileName: string }) {
  return <Button onClick={() => saveBlob(blob, fileName)}>Tải xuống {fileName}</Button>;
}
