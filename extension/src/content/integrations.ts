import type { Integration } from './integration.ts';
import { genericCalendarForm } from './integrations/generic-calendar-form.ts';
import { googleCalendar } from './integrations/google-calendar.ts';
import { intranetPage } from './integrations/intranet-page.ts';
import { outlookCalendar } from './integrations/outlook-calendar.ts';

/** Every page integration, in the order they start; one file each under integrations/. */
export const integrations: readonly Integration[] = [
  outlookCalendar,
  googleCalendar,
  genericCalendarForm,
  intranetPage,
];
