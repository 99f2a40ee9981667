import { copyText } from './copy-text.ts';

/**
 * Copies formatted text: HTML for mail programs (Outlook shows real headings and lists) and plain
 * text for everything else, as one clipboard item. Where the browser has no `ClipboardItem`, or the
 * app's frame is refused it, the plain text alone is copied. Resolves false when nothing could be.
 */
export async function copyRichText(html: string, text: string): Promise<boolean> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return true;
    } catch {
      // Denied in this frame: the plain text still helps.
    }
  }
  return copyText(text);
}
