import { defaultMeetingMinutes, layoutLimits } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { TextField } from './text-field.tsx';

/** The layout accepts theme and network texts up to 500 characters. */
export const maxOptionText = 500;

/** The first of network and theme that is longer than the board takes, with its length. */
export function overLongField(
  input: Pick<GenerateInput, 'network' | 'theme'>,
): { label: 'networkLabel' | 'themeLabel'; count: number; max: number } | undefined {
  for (const [label, text] of [
    ['networkLabel', input.network],
    ['themeLabel', input.theme],
  ] as const) {
    const count = [...text.trim()].length;
    if (count > maxOptionText) return { label, count, max: maxOptionText };
  }
  return undefined;
}

/** "123 of 500 characters" under a long text field: shown once the text is long, so a cut never surprises. */
function counterHelp(text: string, t: ReturnType<typeof usePanelI18n>['t']): string | undefined {
  const count = [...text.trim()].length;
  return count > maxOptionText * 0.8 ? t('textCounter', { count, max: maxOptionText }) : undefined;
}

export interface GenerateInput {
  network: string;
  theme: string;
  /** As typed; parsed when generating. */
  participants: string;
  /** The meeting's length in minutes as typed, for templates with an agenda (the open meeting). */
  meetingMinutes: string;
  /** `HH:MM` or empty, for sessions: clock times on the board. */
  startTime: string;
}

/** The length field as a session shows it (its own limits and default). */
export interface LengthField {
  label: string;
  help: string;
  min: number;
  max: number;
}

interface GenerateFieldsProps {
  value: GenerateInput;
  onChange: (value: GenerateInput) => void;
  disabled: boolean;
  /** Show the meeting-length field: the template has a running order to time. */
  hasAgenda?: boolean;
  /** A session's length field (replaces the meeting-length field). */
  lengthField?: LengthField;
  /** A help line for participants other than the template's. */
  participantsHelp?: string;
  /** Show the start-time field (sessions). */
  showStart?: boolean;
}

/** Help and validity of a text field with a length limit: over the limit it is marked invalid, never cut. */
function lengthProps(text: string, t: ReturnType<typeof usePanelI18n>['t']) {
  const help = counterHelp(text, t);
  const over = [...text.trim()].length > maxOptionText;
  return { ...(help ? { help } : {}), ...(over ? { 'aria-invalid': true } : {}) };
}

/** Network name, theme and group size: what the layout writes onto the board. */
export function GenerateFields({
  value,
  onChange,
  disabled,
  hasAgenda = false,
  lengthField,
  participantsHelp,
  showStart = false,
}: GenerateFieldsProps) {
  const { t } = usePanelI18n();
  const { min, max } = layoutLimits.participants;
  return (
    <fieldset className="netverk-fieldset" disabled={disabled}>
      <legend className="netverk-legend">{t('detailsLegend')}</legend>
      <TextField
        label={t('networkLabel')}
        value={value.network}
        onChange={(network) => onChange({ ...value, network })}
        autoComplete="off"
        {...lengthProps(value.network, t)}
      />
      <TextField
        label={t('themeLabel')}
        value={value.theme}
        onChange={(theme) => onChange({ ...value, theme })}
        autoComplete="off"
        {...lengthProps(value.theme, t)}
      />
      <TextField
        label={t('participantsLabel')}
        value={value.participants}
        onChange={(participants) => onChange({ ...value, participants })}
        // No min/max: the panel's own message (with advice for big groups) replaces the browser's bubble.
        inputMode="numeric"
        help={participantsHelp ?? t('participantsHelp', { min, max })}
      />
      {showStart ? (
        <TextField
          label={t('startTimeLabel')}
          value={value.startTime}
          onChange={(startTime) => onChange({ ...value, startTime })}
          type="time"
          help={t('startTimeHelp')}
        />
      ) : null}
      {lengthField ? (
        <TextField
          label={lengthField.label}
          value={value.meetingMinutes}
          onChange={(meetingMinutes) => onChange({ ...value, meetingMinutes })}
          type="number"
          inputMode="numeric"
          min={lengthField.min}
          max={lengthField.max}
          help={lengthField.help}
        />
      ) : null}
      {hasAgenda && !lengthField ? (
        <TextField
          label={t('meetingMinutesLabel')}
          value={value.meetingMinutes}
          onChange={(meetingMinutes) => onChange({ ...value, meetingMinutes })}
          type="number"
          inputMode="numeric"
          min={layoutLimits.meetingMinutes.min}
          max={layoutLimits.meetingMinutes.max}
          help={t('meetingMinutesHelp', { ...layoutLimits.meetingMinutes, fallback: defaultMeetingMinutes })}
        />
      ) : null}
    </fieldset>
  );
}
