import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TemplateError, loadTemplate, renderTemplate } from './template.js';
import { inlineText, modelText } from './markup.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-tpl-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
function tpl(src: string): string {
  const f = path.join(dir, `t${++n}.kk.liquid`);
  fs.writeFileSync(f, src);
  return f;
}
const ctx = { order: { number: '14-н', date: { text: '2026 жылғы 28 қаңтардағы', table: '28.01.2026' } }, items: [{ name: 'бір' }], empty: [], flag: false, missing: null };

function fail(src: string, context: Record<string, unknown> = ctx): TemplateError {
  try {
    renderTemplate(loadTemplate(tpl(src), dir), context);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return e as TemplateError;
  }
  throw new Error('expected a template error');
}

describe('templates', () => {
  it('fills values and reads the blocks', () => {
    const m = renderTemplate(loadTemplate(tpl('::text\n№ {{ order.number }} бұйрық, {{ order.date }}.\n'), dir), ctx);
    expect(modelText(m)).toBe('№ 14-н бұйрық, 2026 жылғы 28 қаңтардағы.');
  });

  it('an unknown placeholder is an error naming the file, line, column and the near name — even in a branch not taken', () => {
    const e = fail('::text\nбір\n{% if flag %}\n{{ order.numbr }}\n{% endif %}\n');
    expect(e.id).toBe('template-placeholder');
    expect(e.data).toMatchObject({ file: 't2.kk.liquid', line: 4, column: 4, name: 'order.numbr' });
    expect(e.render('en')).toBe('t2.kk.liquid:4:4: unknown placeholder "order.numbr" in the template — order.number?');
    expect(e.render('kk')).toContain('t2.kk.liquid:4:4: үлгіде белгісіз орын толтырғыш «order.numbr»');
    expect(e.exitCode).toBe(2);
  });

  it('an unknown field of a list item is caught when the list is drawn', () => {
    const e = fail('::points\n{% for i in items %}\n- {{ i.nme }}\n{% endfor %}\n');
    expect(e.id).toBe('template-placeholder');
    expect(e.data).toMatchObject({ line: 3, name: 'i.nme' });
  });

  it('an unclosed tag names its line', () => {
    const e = fail('::text\nбір\n{% if flag %}\nекі\n');
    expect(e.id).toBe('template-syntax');
    expect(e.data).toMatchObject({ line: 3, reason: 'tag {% if flag %} not closed' });
  });

  it('an unknown filter is an error', () => {
    expect(fail('::text\n{{ order.number | upcse }}\n').data).toMatchObject({ line: 2, reason: 'undefined filter: upcse' });
  });

  it('no file access: include, render and layout are refused', () => {
    for (const tag of ['include', 'render', 'layout']) {
      const e = fail(`::text\n{% ${tag} "/etc/passwd" %}\n`);
      expect(e.id).toBe('template-syntax');
      expect(String(e.data.reason)).toContain('not available');
    }
  });

  it('no clock: the date filter is refused; no escape hatch: raw still escapes', () => {
    expect(String(fail('::text\n{{ "now" | date: "%Y" }}\n').data.reason)).toContain('prepared forms');
    const m = renderTemplate(loadTemplate(tpl('::table\n| a |\n| {{ v | raw }} |\n'), dir), { v: 'x | y' });
    const t = m.blocks[0];
    expect(t.kind === 'table' && 'cells' in t.rows[0] && inlineText(t.rows[0].cells[0])).toBe('x | y');
  });

  it('no prototype access: only own properties', () => {
    expect(fail('::text\n{{ order.constructor }}\n').id).toBe('template-placeholder');
  });

  it('a markup mistake names the template line of its block, after Liquid ran', () => {
    const e = fail('{% comment %}\nөзгертілген\n{% endcomment %}\n::text\nбір\n::tabel\n| a |\n');
    expect(e.id).toBe('template-markup');
    expect(e.data).toMatchObject({ line: 6 });
    expect(e.render('en')).toMatch(/^t\d+\.kk\.liquid:6: error in a block of the template: unknown block "::tabel"/);
  });
});
