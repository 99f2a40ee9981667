import { defaultMeetingMinutes, layoutLimits } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { TextField } from './text-field.tsx';

/** The layout accepts theme and network texts up to 500 characters. */
const maxOptionText = 500;

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
        maxLength={maxOptionText}
        autoComplete="off"
      />
      <TextField
        label={t('themeLabel')}
        value={value.theme}
        onChange={(theme) => onChange({ ...value, theme })}
        maxLength={maxOptionText}
        autoComplete="off"
      />
      <TextField
        label={t('participantsLabel')}
        value={value.participants}
        onChange={(participants) => onChange({ ...value, participants })}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
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
