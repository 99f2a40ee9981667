/** A file made in the browser: its name, MIME type and text. */
export interface DownloadableFile {
  fileName: string;
  type: string;
  text: string;
}

/**
 * Saves text as a file through a temporary hidden `<a download>` and a Blob URL: no server round trip,
 * nothing leaves the browser. `parent` is where the link lives for the click (default: the body).
 */
export function downloadFile(file: DownloadableFile, parent?: Element | DocumentFragment): void {
  const doc = parent?.ownerDocument ?? document;
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  (parent ?? doc.body).append(link);
  link.click();
  link.remove();
  // Revoke well after the click: revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
