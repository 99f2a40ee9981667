import { describe, expect, it } from 'vitest';
import { createAgenda } from './create-agenda.ts';
import { renderAgendaMarkdown, renderAgendaText } from './render-agenda.ts';

const start = '2026-12-01T09:00:00+01:00';
const end = '2026-12-01T10:15:00+01:00';

describe('renderAgendaText', () => {
  it('writes clock times for a meeting with a start', () => {
    expect(
      renderAgendaText(createAgenda({ locale: 'en', attendees: 12, start, end }), 'en'),
    ).toMatchInlineSnapshot(`
      "Agenda
      09:00–09:05  Welcome
      09:05–09:20  Presentation round (1 minute each)
      09:20–09:35  Current matters
      09:35–10:10  Discussion
      10:10–10:15  Thanks and next meeting"
    `);
  });

  it('writes relative minutes without a start', () => {
    expect(
      renderAgendaText(createAgenda({ locale: 'sv', attendees: 6, guestSpeaker: true }), 'sv'),
    ).toMatchInlineSnapshot(`
      "Dagordning
      0–5 minuter  Välkommen
      5–20 minuter  Presentationsrunda (2 minuter per person)
      20–35 minuter  Aktuella ärenden
      35–55 minuter  Gästtalare
      55–70 minuter  Diskussion
      70–75 minuter  Tack och nästa träff"
    `);
  });

  it('ends a meeting that runs past midnight on the next day’s clock', () => {
    const late = createAgenda({ locale: 'da', attendees: 2, start: '2026-12-01T23:00:00+01:00' });
    expect(renderAgendaText(late, 'da').split('\n').at(-1)).toBe('23:40–23:45  Tak og næste møde');
    const later = createAgenda({ locale: 'da', attendees: 20, start: '2026-12-01T23:30:00+01:00' });
    expect(renderAgendaText(later, 'da').split('\n').at(-1)).toBe('00:15–00:20  Tak og næste møde');
  });
});

describe('renderAgendaMarkdown', () => {
  it('lists each item with its prompt', () => {
    expect(
      renderAgendaMarkdown(createAgenda({ locale: 'da', attendees: 12, start, end }), 'da'),
    ).toMatchInlineSnapshot(`
      "## Dagsorden

      - **09:00–09:05** Velkommen: Byd alle velkommen, især dem, der er her for første gang.
      - **09:05–09:20** Præsentationsrunde (1 minut per person): Hvem er jeg, hvad laver jeg, og hvad har jeg brug for?
      - **09:20–09:35** Aktuelle sager: Et forum for de spørgsmål, vi har til fælles: hvad rører sig lige nu?
      - **09:35–10:10** Drøftelse: Tag de sager, der fik flest prikker, én ad gangen, og slut hver af dem med en aftale: hvem gør hvad?
      - **10:10–10:15** Tak og næste møde: Slut til tiden, tak alle for at komme, og bekræft datoen for næste møde."
    `);
  });
});
