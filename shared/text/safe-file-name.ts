// Forbidden in file names on Windows, macOS or Linux, plus control and invisible format characters
// (a right-to-left override could make "x‮gpj.exe" look like an image).
const unsafe = /[<>:"/\\|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;
const reservedOnWindows = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const maxBaseLength = 80;

/**
 * A file name for a download from a user's title, with letters kept as typed ("Nätverksträff HR" →
 * `Nätverksträff HR.ics`): only characters no file system accepts are replaced; empty gives `fallback`.
 */
export function safeFileName(title: string, extension: string, fallback = 'netverk'): string {
  const cleaned = title
    .normalize('NFC')
    .replace(unsafe, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A leading dot hides the file; trailing dots and blanks are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // Cut by whole characters, so an emoji or a letter is never split in half.
  const base = [...cleaned].slice(0, maxBaseLength).join('').trim();
  const safe = base === '' || reservedOnWindows.test(base) ? fallback : base;
  return `${safe}.${extension.replace(/^\.+/, '')}`;
}
