/**
 * What a template cannot do. A template places values, loops over lists and chooses wording;
 * the attempts to do more — read a file, reach the environment or JavaScript's insides, run the
 * machine into the ground — end in a clear error naming the template and line, and no PDF (nor
 * half of one) is written. The render helper's template.test.ts covers the everyday mistakes;
 * these are the hostile ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TemplateError, loadTemplate, renderTemplate } from './template.js';
import { modelText } from './markup.js';
import { ROOT } from '../testing/cases.js';
import { crashSigns, listTree, runCliHard, SAMPLE, tempDir } from '../testing/safety.js';

const dir = tempDir('tpl-safety');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
function tpl(src: string): string {
  const f = path.join(dir, `t${++n}.kk.liquid`);
  fs.writeFileSync(f, src);
  return f;
}
const ctx = () => ({ order: { number: '14-н', list: ['a', 'b'], date: { text: '2026 жылғы 28 қаңтардағы' } }, items: [{ name: 'бір' }, { name: 'екі' }] });

/** Renders; returns the error (a TemplateError, or the test fails). */
function refused(src: string, context: Record<string, unknown> = ctx(), renderLimit?: number): TemplateError {
  const file = tpl(src);
  try {
    renderTemplate(loadTemplate(file, dir), context, { renderLimit });
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(TemplateError);
    const err = e as TemplateError;
    expect(err.data.file).toBe(path.basename(file));
    expect(Number(err.data.line)).toBeGreaterThanOrEqual(1);
    expect(err.exitCode).toBe(2);
    return err;
  }
  throw new Error(`expected the template to be refused:\n${src}`);
}

function rendered(src: string, context: Record<string, unknown> = ctx()): string {
  return modelText(renderTemplate(loadTemplate(tpl(src), dir), context));
}

describe('no files: include, render and layout are refused, however spelt', () => {
  const attempts = [
    '{% include "../../../../etc/passwd" %}',
    "{% include '/etc/passwd' %}",
    '{% render "../templates/order-open-door-day.kk.liquid" %}',
    '{% layout "/etc/hostname" %}',
    '{% assign p = "/etc/passwd" %}{% include p %}',
    '{% liquid\n  include "/etc/passwd"\n%}',
    '{% liquid render "../../x" %}',
    '{% include {{ order.number }} %}',
    '{%- include "/etc/passwd" -%}',
  ];
  for (const a of attempts) {
    it(a.replace(/\n/g, ' '), () => {
      const e = refused(`::text\nбір\n${a}\n`);
      expect(e.id).toBe('template-syntax');
      expect(String(e.data.reason)).toMatch(/not available/);
      expect(Number(e.data.line)).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('no JavaScript insides, no environment', () => {
  const attempts = [
    '{{ order.constructor }}',
    '{{ order["constructor"] }}',
    '{{ order.__proto__ }}',
    '{{ order.number.constructor }}',
    '{{ order.list.constructor }}',
    '{{ order.toString }}',
    '{{ order.hasOwnProperty }}',
    '{{ items[0].constructor.constructor }}',
    '{% assign f = order.constructor %}{{ f }}',
    '{% echo order.__proto__ %}',
    '{{ process }}',
    '{{ process.env.HOME }}',
    '{{ globalThis }}',
    '{{ require }}',
    '{{ env }}',
    '{{ settings }}',
  ];
  for (const a of attempts) {
    it(a, () => {
      const e = refused(`::text\n${a}\n`);
      expect(e.id).toBe('template-placeholder');
      expect(e.data.line).toBe(2);
      expect(e.render('en')).toMatch(/^t\d+\.kk\.liquid:2:\d+: unknown placeholder "/);
    });
  }

  it('filters reach no prototype either', () => {
    // Each item's "constructor" is nothing: empty values, not Object's function.
    expect(rendered('::text\n[{{ items | map: "constructor" | join: "," }}]\n')).toBe('[,]');
    expect(rendered('::text\n[{{ items | map: "__proto__" | join: "," }}]\n')).toBe('[,]');
    expect(refused('::text\n{{ "now" | date: "%Y" }}\n').data.reason).toMatch(/date/);
  });

  it('nothing in the text shows JavaScript (functions, [object Object])', () => {
    const text = rendered('::text\n{{ order }} {{ items }} {{ order.list }} {{ order.number.size }} {{ items.first.name }}\n');
    expect(text).not.toMatch(/function|\[object|native code/);
    expect(text).toContain('бір');
  });
});

describe('no runaway work', () => {
  it('a loop over a huge range stops at once (memory limit)', () => {
    expect(refused('::text\n{% for i in (1..100000000) %}x{% endfor %}\n').data.reason).toMatch(/limit/);
    expect(refused('::text\n{% for i in (1..100000000) %}{% endfor %}\n').data.reason).toMatch(/limit/);
  });

  it('a string doubled over and over stops at once (memory limit)', () => {
    const e = refused('::text\n{% assign s = "x" %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}\n');
    expect(e.data.reason).toMatch(/limit/);
  });

  it('a string doubled by {% capture %} stops at 2 million characters, fast, without gigabytes', () => {
    const t = Date.now();
    const before = process.memoryUsage().rss;
    const e = refused('::text\n{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}\n');
    expect(String(e.data.reason)).toMatch(/capture s.*more than 2,000,000 characters/);
    expect(Date.now() - t).toBeLessThan(10_000); // 26 s and 1.9 GB before
    expect(process.memoryUsage().rss - before).toBeLessThan(500 * 1024 * 1024);
    // an ordinary capture still works
    expect(rendered('::text\n{% capture who %}{{ order.number }}-{{ order.number }}{% endcapture %}{{ who }}\n')).toMatch(/-/);
  });

  it('nested loops that allocate nothing stop at the time limit', () => {
    // 2^30 iterations; a short limit here, 20 s in real use (a real document takes milliseconds).
    const e = refused('::text\n' + '{% for a in (1..2) %}'.repeat(30) + 'x' + '{% endfor %}'.repeat(30) + '\n', ctx(), 300);
    expect(e.data.reason).toMatch(/limit/);
    const f = refused('::text\n{% for a in (1..100000) %}{% for b in (1..100) %}{{ b }}{% endfor %}{% endfor %}\n', ctx(), 300);
    expect(f.data.reason).toMatch(/limit/);
  });

  it('deep nesting is an error with a line, not a crash', () => {
    const e = refused('::text\n' + '{% if true %}'.repeat(5000) + 'x' + '{% endif %}'.repeat(5000) + '\n');
    expect(e.id).toBe('template-syntax');
  });

  it('a template over the size limit is refused before it is parsed', () => {
    const e = refused('::text\n' + 'ж'.repeat(1_200_000) + '\n');
    expect(e.data.reason).toMatch(/larger than/);
  });
});

describe('data cannot change the document\'s structure', () => {
  it('a value with line breaks and block markers stays one value in its paragraph', () => {
    const m = renderTemplate(loadTemplate(tpl('::text\nТақырып: {{ v }}\n'), dir), { v: 'a\n::title\nFAKE\n::table\n| x | y |' });
    expect(m.blocks).toHaveLength(1);
    expect(m.blocks[0].kind).toBe('text');
    expect(modelText(m)).toBe('Тақырып: a ::title FAKE ::table | x | y |');
  });

  it('a value with Liquid in it is printed, not run', () => {
    expect(rendered('::text\n{{ v }}\n', { v: '{{ order.constructor }}{% include "/etc/passwd" %}' })).toBe('{{ order.constructor }}{% include "/etc/passwd" %}');
  });
});

describe('mistakes name the template, line and placeholder', () => {
  it('unknown placeholder', () => {
    const e = refused('::text\nбір\n\nекі {{ order.numbr }}\n');
    expect(e.data).toMatchObject({ line: 4, name: 'order.numbr' });
    expect(e.render('kk')).toMatch(/t\d+\.kk\.liquid:4:\d+: .*«order\.numbr»/);
    expect(e.render('ru')).toMatch(/t\d+\.kk\.liquid:4:\d+: .*«order\.numbr»/);
  });
  it('unclosed tag and unclosed placeholder', () => {
    expect(refused('::text\nбір\n{% if order %}\nекі\n').data).toMatchObject({ line: 3 });
    expect(String(refused('::text\nбір\n{% for x in items %}{{ x.name }}\n').data.reason)).toMatch(/not closed/);
    expect(refused('::text\n{{ order.number\n').data.reason).toMatch(/not closed/);
  });
});

// ---------------------------------------------------------------- through the CLI: no PDF, not half of one

const built = fs.existsSync(path.join(ROOT, 'dist/src/cli/commands/render.js'));

describe.runIf(built)('render with a hostile or broken template', () => {
  const repo = path.join(dir, 'repo');
  fs.cpSync(SAMPLE, repo, { recursive: true });

  const cases: [string, string][] = [
    ['unknown placeholder', '::title\n{{ order.title }}\n::text\nКүні: {{ order.dat.text }}\n'],
    ['unclosed tag', '::title\n{{ order.title }}\n{% if order %}\n::text\nx\n'],
    ['include outside', '::title\n{{ order.title }}\n{% include "../../../../etc/passwd" %}\n'],
    ['prototype', '::title\n{{ order.constructor }}\n'],
    ['huge loop', '::title\n{% for i in (1..100000000) %}x{% endfor %}\n'],
  ];
  for (const [what, src] of cases) {
    it(`${what}: exit 2 naming the template's line; no file in --out`, () => {
      const file = path.join(dir, `cli-${what.replace(/ /g, '-')}.kk.liquid`);
      fs.writeFileSync(file, src);
      for (const args of [['order', 'ord-tur-2026-014'], ['order', '--all', '--type', 'open-door-day']]) {
        const out = path.join(dir, `out-${++n}`);
        const r = runCliHard(['render', ...args, '--data', '.', '--lang', 'kk', '--template', file, '--out', out], repo, { timeoutMs: 60_000 });
        expect(crashSigns(r), r.stderr).toEqual([]);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`${path.basename(file).replace(/\./g, '\\.')}:\\d+`));
        expect(fs.existsSync(out) ? listTree(out) : [], `${what} ${args.join(' ')}`).toEqual([]);
      }
    }, 120_000);
  }
});
