// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readHostFixture } from '../../../tests/fixtures/load-host-fixture.ts';
import { googleSelectors, intranetSelectors, outlookSelectors } from './selectors.ts';

type Counts = Record<string, number>;

/** Each host selector with how many elements it must match in each saved page (refined-github style). */
const table: Array<{ fixture: string; selectors: Record<string, string>; expected: Counts }> = [
  {
    fixture: 'outlook-new-event.html',
    selectors: outlookSelectors,
    expected: {
      layerHost: 1,
      title: 1,
      body: 1,
      startDate: 1,
      startTime: 1,
      endDate: 1,
      endTime: 1,
      location: 1,
      attendeeWell: 1,
      attendee: 2,
      repeat: 1,
      save: 1,
    },
  },
  {
    fixture: 'outlook-new-event-da.html',
    selectors: outlookSelectors,
    expected: {
      layerHost: 1,
      title: 1,
      body: 1,
      startDate: 1,
      startTime: 1,
      endDate: 0,
      endTime: 1,
      location: 1,
      attendeeWell: 1,
      attendee: 0,
      repeat: 0,
      save: 1,
    },
  },
  {
    fixture: 'hostile-page.html',
    selectors: outlookSelectors,
    expected: { title: 1, body: 1, startDate: 1, startTime: 1, endTime: 1, location: 1, save: 1, repeat: 0 },
  },
  {
    fixture: 'google-event-edit.html',
    selectors: googleSelectors,
    expected: {
      viewFamily: 1,
      editorView: 1,
      quickAddDialog: 0,
      title: 1,
      description: 1,
      location: 1,
      startDate: 1,
      startTime: 1,
      endDate: 1,
      endTime: 1,
      recurrence: 1,
      guest: 3,
      save: 1,
    },
  },
  {
    fixture: 'google-quick-add.html',
    selectors: googleSelectors,
    // Two titles: Google keeps the old, hidden dialog; the integration must skip hidden ones.
    expected: {
      viewFamily: 1,
      editorView: 0,
      quickAddDialog: 2,
      title: 2,
      description: 0,
      location: 0,
      startDate: 1,
      startTime: 1,
      endDate: 0,
      endTime: 1,
      recurrence: 0,
      guest: 0,
      save: 1,
    },
  },
  {
    fixture: 'intranet-fullcalendar.html',
    selectors: intranetSelectors,
    expected: {
      form: 1,
      textInput: 2,
      dateInput: 1,
      timeInput: 2,
      description: 1,
      recurrence: 1,
      toastUi: 0,
    },
  },
  {
    fixture: 'intranet-theme-page.html',
    selectors: intranetSelectors,
    expected: {
      form: 1,
      textInput: 1,
      dateInput: 0,
      timeInput: 0,
      description: 0,
      recurrence: 0,
      fullCalendar: 0,
    },
  },
];

describe('host selectors against saved pages', () => {
  for (const { fixture, selectors, expected } of table) {
    const doc = new DOMParser().parseFromString(readHostFixture(fixture), 'text/html');
    for (const [name, count] of Object.entries(expected)) {
      it(`${fixture}: ${name} matches ${count}`, () => {
        const selector = selectors[name];
        expect(selector, `no selector named ${name}`).toBeTypeOf('string');
        expect(doc.querySelectorAll(selector as string).length).toBe(count);
      });
    }
  }

  it('every selector of a host is checked against at least one page', () => {
    for (const selectors of [outlookSelectors, googleSelectors, intranetSelectors]) {
      const checked = new Set(
        table.filter((row) => row.selectors === selectors).flatMap((row) => Object.keys(row.expected)),
      );
      const unchecked = Object.keys(selectors).filter((name) => !checked.has(name));
      expect(unchecked).toEqual([]);
    }
  });
});
