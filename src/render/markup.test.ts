import { describe, expect, it } from 'vitest';
import { MarkupError, escapeValue, inlineText, modelText, parseInline, parseMarkup, tagDirectiveLines } from './markup.js';

const parse = (src: string) => parseMarkup(tagDirectiveLines(src));

describe('block markup', () => {
  it('a line typed as a numbered point («9. …», «5.1. …») or with an en dash is a point, not glued to the one above', () => {
    const m = parse(['::points', '- Бірінші тармақ', '  жалғасы.', '9. Қосылған тармақ.', '– Сызықшамен.', '3.1. Ішкі тармақ;', '  (Ереженің 3.1-тармағы).'].join('\n'));
    const b = m.blocks[0];
    if (b.kind !== 'points') throw new Error('points expected');
    expect(b.items.map((i) => [i.number, inlineText(i.text)])).toEqual([
      ['1.', 'Бірінші тармақ жалғасы.'],
      ['2.', 'Қосылған тармақ.'],
      ['3.', 'Сызықшамен.'],
      ['3.1.', 'Ішкі тармақ; (Ереженің 3.1-тармағы).'],
    ]);
  });

  it('reads the blocks of an order', () => {
    const m = parse(
      [
        '::page numbers=top numbers-from=2',
        '::header',
        'Орталық || Центр',
        '::split',
        '«28» қаңтар 2026 ж. || № 14-н',
        '::title',
        'Ашық есік күні туралы',
        '::text',
        'Ережеге сәйкес',
        '**БҰЙЫРАМЫН:**',
        '',
        'Екінші абзац.',
        '::points',
        '- Бірінші тармақ',
        '  жалғасы.',
        '  - ішкі тармақ;',
        '- Екінші тармақ.',
        '::table widths="10 90"',
        '| № | Іс-шара |',
        '|:-:|---|',
        '| 1 | Дөңгелек үстел |',
        '|| I тоқсан',
        '::points continue',
        '- Бақылауды өзіме қалдырамын.',
        '::signature',
        'Директор || Н.Ә. Өтегенов',
        '::acquaintance',
        'Бұйрықпен таныстырылды:',
        '- Е.С. Тұрсынбаев',
      ].join('\n'),
    );
    expect(m.page).toMatchObject({ numbers: 'top', numbersFrom: 2 });
    expect(m.blocks.map((b) => b.kind)).toEqual(['header', 'split', 'title', 'text', 'points', 'table', 'points', 'signature', 'acquaintance']);
    const text = m.blocks[3];
    expect(text.kind === 'text' && text.paragraphs.length).toBe(2);
    expect(text.kind === 'text' && text.paragraphs[0]).toEqual([
      { text: 'Ережеге сәйкес ', bold: false },
      { text: 'БҰЙЫРАМЫН:', bold: true },
    ]);
    const points = m.blocks[4];
    expect(points.kind === 'points' && points.items.map((i) => `${i.number} ${inlineText(i.text)}`)).toEqual(['1. Бірінші тармақ жалғасы.', '1.1. ішкі тармақ;', '2. Екінші тармақ.']);
    const table = m.blocks[5];
    expect(table.kind === 'table' && table.aligns).toEqual(['center', 'left']);
    expect(table.kind === 'table' && table.widths).toEqual([0.1, 0.9]);
    expect(table.kind === 'table' && table.rows.length).toBe(2);
    const cont = m.blocks[6];
    expect(cont.kind === 'points' && cont.items[0].number).toBe('3.');
    expect(modelText(m)).toContain('Директор | Н.Ә. Өтегенов');
  });

  it('values from the data never change the layout: | ** :: and line breaks stay text', () => {
    const v = escapeValue('A | B **C** \n::table');
    const m = parse(`::table\n| x | y |\n| ${v} | 2 |\n::text\n${escapeValue('::signature')}`);
    const t = m.blocks[0];
    expect(t.kind === 'table' && inlineText(t.rows[0] && 'cells' in t.rows[0] ? t.rows[0].cells[0] : [])).toBe('A | B **C** ::table');
    expect(m.blocks[1].kind).toBe('text');
  });

  it('objects print their text, lists are joined, nothing is undefined', () => {
    expect(inlineText(parseInline(escapeValue({ text: '14.11.2026', iso: 'x' })))).toBe('14.11.2026');
    expect(inlineText(parseInline(escapeValue([{ text: 'a' }, 'b'])))).toBe('a, b');
    expect(inlineText(parseInline(escapeValue(null)))).toBe('');
  });

  it('«Е.П.» followed by the sentence\'s dot keeps one dot; <br> breaks a line', () => {
    expect(inlineText(parseInline(`${escapeValue('Ержанова А.Т. және Мельникова Е.П.')}.`))).toBe('Ержанова А.Т. және Мельникова Е.П.');
    expect(inlineText(parseInline('бір<br>екі'))).toBe('бір\nекі');
  });

  it.each([
    ['::tabel\n| a |', 1, /unknown block "::tabel" \(did you mean "::table"\?\)/],
    ['::text\nx\n::table widths="1 2"\n| a | b | c |', 3, /needs 3 positive numbers/],
    ['::table\n| a | b |\n| 1 |', 1, /a table row has 1 cells, the header has 2/],
    ['::points\nбір', 1, /each point starts with "- "/],
    ['::text aling=left\nx', 1, /"::text" has no option "aling" \(did you mean "align"\?\)/],
    ['::signature', 1, /"::signature" is empty/],
    ['::text\nx\n::page', 3, /"::page" must come first/],
  ])('a mistake names its template line: %s', (src, line, msg) => {
    try {
      parse(src);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MarkupError);
      expect((e as MarkupError).line).toBe(line);
      expect((e as MarkupError).reason).toMatch(msg);
    }
  });
});
