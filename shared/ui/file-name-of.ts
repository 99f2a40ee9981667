/**
 * A safe file name from a title: letters and digits joined by dashes, at most 60 of them. NFKC keeps
 * æ, ø, å, ä and ö whole (NFKD split them into a letter and a mark that became a dash).
 */
export function fileNameOf(title: string, fallback: string, extension: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || fallback}.${extension}`;
}
