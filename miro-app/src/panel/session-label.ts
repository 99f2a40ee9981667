import type { GeneratedBoard, Locale } from '../../../shared/index.ts';

/**
 * The name a person tells generated boards apart by: the title, then the network, the theme and the
 * date and time (the session's start when it has one, else when it was generated). Two runs of the same
 * session for different networks never read the same.
 */
export function boardLabel(record: GeneratedBoard, locale: Locale): string {
  const created = new Date(record.createdAt);
  const valid = !Number.isNaN(created.getTime());
  const date = valid ? created.toLocaleDateString(locale, { dateStyle: 'medium' }) : record.createdAt;
  const time =
    record.session?.start ?? (valid ? created.toLocaleTimeString(locale, { timeStyle: 'short' }) : '');
  const details = [record.session?.network, record.session?.theme, [date, time].filter(Boolean).join(' ')]
    .map((part) => part?.trim())
    .filter((part) => part);
  return [record.title, ...details].join(' · ');
}
