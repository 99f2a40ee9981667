/**
 * Every host-page selector in one place. Outlook's class names are hashed and rotate, so Outlook is
 * found by its `aria-label`/`placeholder` texts, listed per language (en, da, sv); Google by its
 * stable ids with label fallbacks. selectors.test.ts checks each against the fixture pages.
 */

/** Visible labels of Outlook's new-event form, per UI language. */
export const outlookLabels = {
  title: ['Add a title', 'Tilføj en titel', 'Lägg till en rubrik'],
  body: [
    'Add a description or attach documents',
    'Tilføj en beskrivelse, eller vedhæft dokumenter',
    'Lägg till en beskrivning eller bifoga dokument',
  ],
  startDate: ['Start date', 'Startdato', 'Startdatum'],
  startTime: ['Start time', 'Starttidspunkt', 'Starttid'],
  endDate: ['End date', 'Slutdato', 'Slutdatum'],
  endTime: ['End time', 'Sluttidspunkt', 'Sluttid'],
  location: [
    'Add a room or location',
    'Tilføj et lokale eller en placering',
    'Lägg till ett rum eller en plats',
  ],
  attendees: ['Invite attendees', 'Inviter deltagere', 'Bjud in deltagare'],
  repeat: ['Repeat', 'Gentag', 'Upprepa'],
  save: ['Save', 'Gem', 'Spara'],
  send: ['Send', 'Send', 'Skicka'],
} as const;

/** Visible labels of Google Calendar's editor, per UI language, where its ids are missing. */
export const googleLabels = {
  title: ['Title', 'Add title', 'Titel', 'Tilføj titel', 'Lägg till titel'],
  description: ['Description', 'Beskrivelse', 'Beskrivning'],
  startDate: ['Start date', 'Startdato', 'Startdatum'],
  startTime: ['Start time', 'Starttidspunkt', 'Starttid'],
  endDate: ['End date', 'Slutdato', 'Slutdatum'],
  endTime: ['End time', 'Sluttidspunkt', 'Sluttid'],
  recurrence: ['Recurrence', 'Gentagelse', 'Upprepning'],
  save: ['Save', 'Gem', 'Spara'],
} as const;

function attrIs(tag: string, attr: string, values: readonly string[]): string {
  return values.map((v) => `${tag}[${attr}="${v}"]`).join(', ');
}

function attrStarts(tag: string, attr: string, values: readonly string[]): string {
  return values.map((v) => `${tag}[${attr}^="${v}"]`).join(', ');
}

export const outlookSelectors = {
  /** Popovers and dialogs render here; the full-page composer renders in the main tree. */
  layerHost: '#fluent-default-layer-host',
  title: `${attrIs('input', 'aria-label', outlookLabels.title)}, ${attrIs('input', 'placeholder', outlookLabels.title)}`,
  body: attrStarts('[contenteditable="true"]', 'aria-label', outlookLabels.body),
  startDate: attrIs('input', 'aria-label', outlookLabels.startDate),
  startTime: attrIs('input', 'aria-label', outlookLabels.startTime),
  endDate: attrIs('input', 'aria-label', outlookLabels.endDate),
  endTime: attrIs('input', 'aria-label', outlookLabels.endTime),
  location: `${attrIs('input', 'aria-label', outlookLabels.location)}, ${attrIs('input', 'placeholder', outlookLabels.location)}`,
  attendeeWell: attrIs('div', 'aria-label', outlookLabels.attendees),
  /** Chips of people already invited; their `title` is the address. */
  attendee: outlookLabels.attendees.map((l) => `div[aria-label="${l}"] [title*="@"]`).join(', '),
  repeat: `${attrIs('button', 'aria-label', outlookLabels.repeat)}, ${attrStarts(
    'button',
    'aria-label',
    outlookLabels.repeat.map((l) => `${l}:`),
  )}`,
  save: `${attrIs('button', 'aria-label', outlookLabels.save)}, ${attrIs('button', 'aria-label', outlookLabels.send)}`,
} as const;

export const googleSelectors = {
  /** `EVENT` on the grid and the quick-add dialog, `EVENT_EDIT` in the full editor. */
  viewFamily: 'body[data-viewfamily]',
  editorView: 'body[data-viewfamily="EVENT_EDIT"]',
  quickAddDialog: '[role="dialog"]',
  title: `#xTiIn input, ${attrIs('input', 'aria-label', googleLabels.title)}`,
  description: `#xDescIn [role="textbox"], ${attrIs('[contenteditable="true"]', 'aria-label', googleLabels.description)}`,
  location: '#xLocIn input',
  startDate: attrIs('input', 'aria-label', googleLabels.startDate),
  startTime: attrIs('input', 'aria-label', googleLabels.startTime),
  endDate: attrIs('input', 'aria-label', googleLabels.endDate),
  endTime: attrIs('input', 'aria-label', googleLabels.endTime),
  recurrence: attrIs('[role="combobox"]', 'aria-label', googleLabels.recurrence),
  guest: '[data-email]',
  save: attrIs('button', 'aria-label', googleLabels.save),
} as const;

/** Intranet calendars: FullCalendar v6 (`.fc`) and v7 (hashed classes, still `[data-date]`), Toast UI. */
export const intranetSelectors = {
  fullCalendar: '.fc, [class*="fc-"][data-date], [data-date][role="gridcell"]',
  toastUi: '[class*="toastui-calendar-"]',
  form: 'form, [role="dialog"], [role="form"]',
  textInput: 'input:not([type]), input[type="text"], input[type="search"]',
  dateInput: 'input[type="date"], input[type="datetime-local"]',
  timeInput: 'input[type="time"]',
  description: 'textarea, [contenteditable="true"], [contenteditable=""]',
  recurrence: 'select',
} as const;

/** Words in a field's label that name each part of an event form (da, sv, en; lower case). */
export const formFieldWords = {
  title: ['title', 'subject', 'emne', 'titel', 'rubrik', 'ämne', 'overskrift', 'name', 'navn', 'namn'],
  description: ['description', 'beskrivelse', 'beskrivning', 'agenda', 'dagsorden', 'dagordning', 'details'],
  start: ['start', 'from', 'fra', 'från', 'begins', 'begynder', 'börjar'],
  end: ['end', 'to', 'til', 'till', 'slut', 'ends', 'ender'],
  date: ['date', 'dato', 'datum', 'day', 'dag'],
  time: ['time', 'tid', 'tidspunkt', 'klokken', 'klockan', 'kl'],
  location: ['location', 'place', 'sted', 'lokale', 'plats', 'lokal', 'where'],
  recurrence: ['repeat', 'recurrence', 'gentag', 'gentagelse', 'upprepa', 'upprepning'],
} as const;
