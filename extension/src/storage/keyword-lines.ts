/** The user's own words as typed, one per line: trimmed, blank lines dropped, each word once. */
export function keywordLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((word) => word.trim())
        .filter(Boolean),
    ),
  ];
}
