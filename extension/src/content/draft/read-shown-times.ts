import { shownText } from '../dom/dom-helpers.ts';
import { readTimes } from './parse-host-time.ts';

/** The four date and time fields every calendar form has, by selector. */
export interface TimeFieldSelectors {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

/** Start and end as the form shows them, read through the host's own field selectors. */
export function readShownTimes(
  root: Element,
  fields: TimeFieldSelectors,
  now: Date,
): ReturnType<typeof readTimes> {
  return readTimes(
    {
      startDate: shownText(root, fields.startDate),
      startTime: shownText(root, fields.startTime),
      endDate: shownText(root, fields.endDate),
      endTime: shownText(root, fields.endTime),
    },
    now,
  );
}
