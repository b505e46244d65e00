/** The .ics writer's two error-prone parts, on their own: TEXT escaping and folding at 75 octets. */
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from './ics.js';

/** RFC 5545 3.1: unfolding removes every CRLF followed by one space. */
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('foldLine', () => {
  it('folds Kazakh text at 75 octets, never inside a two-byte letter', () => {
    const line = `SUMMARY:${'Әдістемелік ашық есік күнінің нәтижелерін әдістемелік кеңесте талқылау, '.repeat(4)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(Buffer.byteLength(parts[0], 'utf8')).toBeGreaterThanOrEqual(74); // filled, not folded early
  });

  it('keeps a short line as it is, and an emoji (four bytes, two UTF-16 units) whole', () => {
    expect(foldLine('UID:abc@ereje')).toBe('UID:abc@ereje');
    const line = `DESCRIPTION:${'😀'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n');
    for (const p of parts) {
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('round-trips any text through escaping, folding and ical.js', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('Ә', 'ғ', 'Қ', 'ң', 'ө', 'Ұ', 'ү', 'һ', 'І', 'a', ' ', ',', ';', '\\', '\n', ':', '"', 'ж') , maxLength: 300 }), (text) => {
        const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:x@ereje', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20260101', `SUMMARY:${escapeText(text)}`, 'END:VEVENT', 'END:VCALENDAR']
          .map(foldLine)
          .join('\r\n');
        const ev = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
        expect(ev.getFirstPropertyValue('summary')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('«Қазақстан»: 1–2')).toBe('«Қазақстан»: 1–2');
  });
});
