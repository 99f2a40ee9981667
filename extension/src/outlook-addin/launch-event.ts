import { createTranslator } from '../../../shared/index.ts';
import { type AddinMessageKey, addinMessages } from './addin-messages.ts';
import { readAddinSettings } from './addin-settings.ts';
import { agendaFits } from './agenda-fit.ts';
import { readAppointment } from './office-meeting-form.ts';
import { checkBeforeSend, meetingKind, type SendProblem } from './send-check.ts';

/**
 * The event runtime: Outlook calls these handlers by the names the manifest gives (`FunctionName`).
 * Classic Outlook for Windows runs this file in a bare JavaScript engine: it is built as ONE file with
 * no imports, never waits for `Office.onReady`, and every handler calls `event.completed`, whatever
 * happens (else Outlook waits out its ~300 s timeout).
 */

/** The notification bar message's key: one per add-in and item, replaced rather than stacked. */
export const noticeKey = 'netverkAgendaFit';

/** The task pane button's id in the manifest: the notification's action opens it. */
export const taskPaneCommandId = 'NetverkTaskPaneButton';

const sendMessages: Record<SendProblem, AddinMessageKey> = {
  'no-agenda': 'sendNoAgenda',
  'no-running-order': 'sendNoRunningOrder',
  'agenda-misfit': 'sendAgendaMisfit',
  'running-order-misfit': 'sendRunningOrderMisfit',
};

interface SendEvent {
  completed(options?: { allowEvent: boolean; errorMessage?: string }): void;
}

interface ChangeEvent {
  completed(): void;
}

function context() {
  const { settings, locale } = readAddinSettings(Office.context);
  const has = (version: string) => Office.context.requirements.isSetSupported('Mailbox', version);
  return { settings, locale, has, item: Office.context.mailbox.item as unknown as Office.AppointmentCompose };
}

/** OnAppointmentSend (Smart Alerts, PromptUser): hold a network meeting or workshop without a fitting agenda. */
export async function onAppointmentSendHandler(event: SendEvent): Promise<void> {
  try {
    const { settings, locale, has, item } = context();
    if (!settings.promptsEnabled) return event.completed({ allowEvent: true });
    const draft = await readAppointment(item, has);
    const problem = checkBeforeSend(draft, { ...settings, locale, now: new Date() });
    if (!problem) return event.completed({ allowEvent: true });
    const t = createTranslator(addinMessages, locale);
    event.completed({ allowEvent: false, errorMessage: t(sendMessages[problem]) });
  } catch {
    // A check that fails must never keep a meeting from being sent.
    event.completed({ allowEvent: true });
  }
}

/** OnAppointmentTimeChanged and OnAppointmentAttendeesChanged: say so in the meeting when the agenda stopped fitting. */
export async function onAppointmentChangedHandler(event: ChangeEvent): Promise<void> {
  try {
    const { settings, locale, has, item } = context();
    const draft = await readAppointment(item, has);
    const kind = meetingKind(draft, settings);
    const misfit = settings.promptsEnabled && kind !== undefined && !agendaFits(draft, locale, kind);
    const messages = item.notificationMessages;
    if (misfit) {
      const t = createTranslator(addinMessages, locale);
      const details = {
        type: Office.MailboxEnums.ItemNotificationMessageType.InsightMessage,
        message: t('noticeMisfit'),
        icon: 'Icon.16x16',
        actions: [
          {
            actionType: Office.MailboxEnums.ActionType.ShowTaskPane,
            actionText: t('noticeAction'),
            commandId: taskPaneCommandId,
            contextData: '{}',
          },
        ],
      };
      await new Promise((resolve) =>
        messages.replaceAsync(noticeKey, details as Office.NotificationMessageDetails, resolve),
      );
    } else {
      // Removing a message that is not there fails harmlessly.
      await new Promise((resolve) => messages.removeAsync(noticeKey, resolve));
    }
  } catch {
    // Nothing to undo: the meeting is the user's either way.
  } finally {
    event.completed();
  }
}

// Classic Outlook finds handlers only through associate; the other clients through it too.
Office.actions.associate('onAppointmentSendHandler', onAppointmentSendHandler);
Office.actions.associate('onAppointmentTimeChangedHandler', onAppointmentChangedHandler);
Office.actions.associate('onAppointmentAttendeesChangedHandler', onAppointmentChangedHandler);
