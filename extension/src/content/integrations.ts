import { hostIntegrations } from './calendar-hosts.ts';
import type { Integration } from './integration.ts';
import { genericCalendarForm } from './integrations/generic-calendar-form.ts';
import { intranetPage } from './integrations/intranet-page.ts';

/** Every page integration, in the order they start; one file each under integrations/. */
export const integrations: readonly Integration[] = [...hostIntegrations, genericCalendarForm, intranetPage];
