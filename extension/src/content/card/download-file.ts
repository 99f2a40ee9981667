/** Saves text as a file through a temporary `<a download>`; the Blob URL is revoked afterwards. */
export function downloadFile(doc: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Inside the card's shadow root, so the page never sees the link.
  (doc.querySelector('[data-netverk="overlay"]')?.shadowRoot ?? doc.body).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
