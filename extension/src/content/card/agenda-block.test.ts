// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { agendaMark, findAgendaLines, findAgendaRange, markAgenda } from './agenda-block.ts';
import { insertIntoField } from './insert-text.ts';

const agenda = ['Agenda', '09:00–09:05  Welcome', '09:05–09:15  Presentation round (5 min each)'].join('\n');
const relative = ['Dagsorden', '0–5 min.  Velkommen', '5–15 min.  Præsentationsrunde'].join('\n');

describe('agenda block', () => {
  it('marks the heading invisibly and finds the marked agenda, heading to last timed line', () => {
    const marked = markAgenda(agenda);
    expect(marked.split('\n')[0]).toBe(`Agenda${agendaMark}`);
    expect(marked.replace(agendaMark, '')).toBe(agenda);
    const lines = ['Welcome, everyone.', '', ...markAgenda(relative).split('\n'), '', 'Bring questions.'];
    expect(findAgendaLines(lines)).toEqual({ first: 2, last: 4 });
  });

  it('never takes an agenda the user wrote for ours', () => {
    expect(findAgendaLines(agenda.split('\n'))).toBeUndefined();
    expect(findAgendaRange(`My notes\n${agenda}`)).toBeUndefined();
  });

  it('gives the character range in a plain text', () => {
    const text = `Hello\n\n${markAgenda(agenda)}\n\nBye`;
    const range = findAgendaRange(text);
    expect(range && text.slice(range.start, range.end)).toBe(markAgenda(agenda));
  });
});

describe('insert into a field', () => {
  it('replaces the agenda in a textarea and keeps the text around it', async () => {
    const field = document.createElement('textarea');
    field.value = 'Hello';
    document.body.append(field);
    expect(await insertIntoField(field, markAgenda(agenda))).toBe('inserted');
    field.value += '\n\nBye';
    const next = markAgenda(agenda.replace('09:15', '09:25'));
    expect(await insertIntoField(field, next)).toBe('replaced');
    expect(field.value).toBe(`Hello\n\n${next}\n\nBye`);
    field.remove();
  });

  it('replaces the agenda in an editor whose lines the host re-wrapped', async () => {
    const field = document.createElement('div');
    field.contentEditable = 'true';
    const lines = ['Hello', ...markAgenda(relative).split('\n'), 'Bye'];
    field.append(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    document.body.append(field);
    const next = markAgenda(relative.replace('5–15', '5–25'));
    expect(await insertIntoField(field, next)).toBe('replaced');
    const text = field.textContent ?? '';
    expect(text.match(new RegExp(agendaMark, 'g'))).toHaveLength(1);
    expect(text).toContain('5–25 min.');
    expect(text).not.toContain('5–15 min.');
    expect(text.startsWith('Hello')).toBe(true);
    expect(text.endsWith('Bye')).toBe(true);
    field.remove();
  });
});
