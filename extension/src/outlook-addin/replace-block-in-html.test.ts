// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { agendaMark, markAgenda } from '../content/card/agenda-block.ts';
import { replaceBlockInHtml } from './replace-block-in-html.ts';

const agenda = (first: string) =>
  markAgenda(['Dagsorden', `${first}  Velkomst`, '09:10–09:40  Præsentationsrunde'].join('\n'));

/** What Outlook is reported to do to an HTML body: attributes and comments gone, wrappers added, entities. */
function outlookRewrite(html: string): string {
  return `<html><head><style>p{margin:0}</style></head><body><div>${html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<([a-z][a-z0-9]*)\b[^>]*>/gi, '<$1>')
    .replace(/<br>/g, '</span><br><span>')
    .replace(/\u2060/g, '&#8288;')}</div></body></html>`;
}

const text = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

describe('Netverk block in an HTML body', () => {
  it('appends after the body and then replaces itself, however the host rewrote the HTML', () => {
    const first = replaceBlockInHtml('<p class="x">Hej alle</p>', agenda('09:00–09:10'));
    expect(first.replaced).toBe(false);
    const rewritten = outlookRewrite(first.html);
    const second = replaceBlockInHtml(rewritten, agenda('10:00–10:10'));
    expect(second.replaced).toBe(true);
    const body = text(outlookRewrite(second.html));
    expect(body.match(/Dagsorden/g)).toHaveLength(1);
    expect(body).toContain('10:00–10:10');
    expect(body).not.toContain('09:00–09:10');
    expect(body.startsWith('Hej alle')).toBe(true);
    expect(body).toContain(agendaMark);
    expect(second.html.startsWith('<!DOCTYPE html><html>')).toBe(true);
  });

  it('never takes an agenda the user wrote for its own, and keeps the user text after the block', () => {
    const own = '<p>Dagsorden</p><p>09:00–09:10  Kaffe</p>';
    const out = replaceBlockInHtml(own, agenda('09:00–09:10'));
    expect(out.replaced).toBe(false);
    expect(text(out.html).match(/Dagsorden/g)).toHaveLength(2);
    const withTail = replaceBlockInHtml(`${out.html}<p>Husk kage</p>`, agenda('11:00–11:10'));
    expect(withTail.replaced).toBe(true);
    expect(text(withTail.html)).toContain('Husk kage');
    expect(text(withTail.html)).toContain('Kaffe');
  });

  it('writes the text as text: markup in it never becomes elements', () => {
    const out = replaceBlockInHtml('', markAgenda('Agenda\n09:00–09:10  <img src=x onerror=alert(1)>'));
    expect(out.html).not.toContain('<img');
    expect(text(out.html)).toContain('<img src=x');
  });
});
