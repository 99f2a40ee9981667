import { useEffect, useMemo, useRef, useState } from 'react';
import { createTranslator } from '../../../shared/index.ts';
import { showMeetingCard } from '../content/card/meeting-card.ts';
import { type AddinFeatureId, highestMailbox, splitFeatures } from './addin-features.ts';
import { type AddinMessageKey, addinMessages } from './addin-messages.ts';
import { readAddinSettings } from './addin-settings.ts';
import { AddinSettingsForm } from './addin-settings-form.tsx';
import { officeCall } from './office-call.ts';
import { officeMeetingForm } from './office-meeting-form.ts';
import { roamingDismissals } from './roaming-dismissals.ts';
import { meetingKind } from './send-check.ts';

/** Each feature as this Outlook has it, and as it lacks it (with what to do instead). */
const featureKeys: Record<AddinFeatureId, { has: AddinMessageKey; lacks: AddinMessageKey }> = {
  insert: { has: 'featureInsert', lacks: 'lackInsert' },
  series: { has: 'featureSeries', lacks: 'lackSeries' },
  follow: { has: 'featureFollow', lacks: 'lackFollow' },
  notice: { has: 'featureNotice', lacks: 'lackNotice' },
  sendCheck: { has: 'featureSendCheck', lacks: 'lackSendCheck' },
};

/** How often the open pane asks Outlook for the subject: Outlook has no subject-changed event. */
const subjectPollMs = 1000;

/**
 * The task pane: the extension's meeting card (the same code, inline), kept in step with the
 * appointment form, and what this Outlook can and cannot do by its requirement set.
 */
export function TaskpaneApp({ office }: { office: Office.Context }) {
  const has = useMemo(
    () => (version: string) => office.requirements.isSetSupported('Mailbox', version),
    [office],
  );
  // Read once as the pane opens (Outlook initializes roaming settings then), and again after each save.
  const [{ settings, locale }, setLoaded] = useState(() => readAddinSettings(office));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const t = createTranslator(addinMessages, locale);
  const { present, missing } = splitFeatures(has);
  const container = useRef<HTMLDivElement>(null);
  // Unknown until the form is read; the card shows for network meetings and workshops, as in the browser.
  const [ours, setOurs] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    const element = container.current;
    const item = office.mailbox.item as unknown as Office.AppointmentCompose | undefined;
    if (!element || !item) return undefined;
    const form = officeMeetingForm(item, has);
    const card = showMeetingCard({
      doc: document,
      locale,
      now: () => new Date(),
      disabledPrompts: settings.disabledPrompts,
      workshopKeywords: settings.workshopKeywords,
      form,
      dismissals: roamingDismissals(office.roamingSettings),
      onClose: () => {},
      container: element,
    });
    let stopped = false;
    let subject: string | undefined;
    const refresh = async (): Promise<void> => {
      const draft = await form.read(new Date()).catch(() => undefined);
      if (stopped || !draft) return;
      subject = draft.title;
      card.update(draft, form);
      setOurs(meetingKind(draft, settings) !== undefined);
    };
    // One cheap call a second; the whole form is read only when the subject changed.
    const timer = setInterval(async () => {
      const now = await officeCall<string>((cb) => item.subject.getAsync(cb)).catch(() => subject);
      if (now !== subject) void refresh();
    }, subjectPollMs);
    const onChange = () => void refresh();
    if (has('1.7'))
      for (const type of [
        Office.EventType.AppointmentTimeChanged,
        Office.EventType.RecipientsChanged,
        Office.EventType.RecurrenceChanged,
      ])
        item.addHandlerAsync(type, onChange);
    window.addEventListener('focus', onChange);
    void refresh();
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('focus', onChange);
      card.destroy();
    };
  }, [office, has, locale, settings]);

  return (
    <main aria-label={t('paneLabel')}>
      <div className="toolbar">
        <button
          type="button"
          className="secondary"
          aria-expanded={settingsOpen}
          aria-controls="netverk-settings"
          onClick={() => setSettingsOpen(!settingsOpen)}
        >
          {t('settingsButton')}
        </button>
      </div>
      {settingsOpen ? (
        <AddinSettingsForm
          roaming={office.roamingSettings}
          settings={settings}
          locale={locale}
          t={t}
          onSaved={() => setLoaded(readAddinSettings(office))}
        />
      ) : null}
      {ours === false ? <p className="hint">{t('notOurs')}</p> : null}
      <div ref={container} hidden={ours !== true} />
      <section className="features" aria-labelledby="netverk-features">
        <h2 id="netverk-features">{t('featuresHeading')}</h2>
        <ul data-netverk-features="present">
          {present.map((feature) => (
            <li key={feature.id} data-feature={feature.id}>
              {t(featureKeys[feature.id].has)}
            </li>
          ))}
        </ul>
        {missing.length > 0 ? (
          <div className="missing" role="note" aria-labelledby="netverk-missing">
            <h2 id="netverk-missing">{t('missingHeading', { version: highestMailbox(has) })}</h2>
            <ul data-netverk-features="missing">
              {missing.map((feature) => (
                <li key={feature.id} data-feature={feature.id}>
                  {t(featureKeys[feature.id].lacks)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </main>
  );
}
