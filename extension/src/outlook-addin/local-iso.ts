import { formatIsoInOffset } from '../../../shared/index.ts';

/**
 * A Date as the core's ISO time in the user's own offset (`2026-12-01T09:00:00+01:00`), so clock
 * times on the agenda are the ones Outlook shows. Office.js gives times as Dates in the local zone.
 */
export function localIso(date: Date): string {
  return formatIsoInOffset(date.getTime(), -date.getTimezoneOffset());
}
