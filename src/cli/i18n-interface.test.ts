/**
 * Issue 12's examples, as a user meets them on the command line: what she typed is echoed as
 * typed, an impossible day is called that (not a format error), counted nouns agree with their
 * numbers, commander's own errors and the settings' problems speak her language, and `render`
 * says why a document is not made in it too.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';
import { ROOT } from '../testing/cases.js';

const SAMPLE = path.join(ROOT, 'fixtures/sample');

describe('the interface in kk and ru (issue 12)', () => {
  it('--as-of echoes exactly what was typed; 2026-02-30 is not a real date', async () => {
    const a = await runMain(['validate', SAMPLE, '--as-of', '2026-13-01', '--lang', 'kk'], ROOT);
    expect(a.code).toBe(2);
    expect(a.err).toBe('ereje: --as-of: 2026-13-01 — күнтізбеде мұндай күн жоқ\n');
    const b = await runMain(['validate', SAMPLE, '--as-of', '2026-02-30', '--lang', 'ru'], ROOT);
    expect(b.err).toBe('ereje: --as-of: 2026-02-30 — такой даты в календаре нет\n');
    const c = await runMain(['validate', SAMPLE, '--as-of', '1.3.2026', '--lang', 'ru'], ROOT);
    expect(c.err).toBe('ereje: Для --as-of нужна дата в виде ГГГГ-ММ-ДД (например 2026-11-22), получено: 1.3.2026\n');
    const d = await runMain(['validate', SAMPLE, '--as-of', '2026-02-30', '--lang', 'en'], ROOT);
    expect(d.err).toBe('ereje: --as-of: 2026-02-30 is not a real date (no such day in the calendar)\n');
  });

  it('summaries count in each language: «5 ошибок, 4 предупреждения, 2 замечания», «5 қате», «5 errors»', async () => {
    const ru = await runMain(['validate', SAMPLE, '--lang', 'ru'], ROOT);
    expect(ru.out).toMatch(/5 ошибок, 4 предупреждения, 2 замечания/);
    const kk = await runMain(['validate', SAMPLE, '--lang', 'kk'], ROOT);
    expect(kk.out).toMatch(/5 қате, 4 ескерту, 2 ақпарат/);
    const one = await runMain(['validate', SAMPLE, '--lang', 'ru', '--rule', 'open-door-day/request-lead-time'], ROOT);
    expect(one.out).toMatch(/1 ошибка, 0 предупреждений, 0 замечаний/);
    const en = await runMain(['validate', SAMPLE, '--lang', 'en', '--rule', 'open-door-day/request-lead-time'], ROOT);
    expect(en.out).toMatch(/1 error, 0 warnings, 0 info/);
    const rules = await runMain(['rules', '--lang', 'ru'], ROOT, { env: { COLUMNS: '80' } });
    expect(rules.out).toMatch(/\n\d+ правил(о|а)? \(подробнее/);
  });

  it("commander's errors in the reader's language", async () => {
    const r = await runMain(['validate', '--frmat', 'json', '--lang', 'kk'], ROOT);
    expect(r.code).toBe(2);
    expect(r.err).toBe('ereje: белгісіз опция: --frmat\n(--format болуы мүмкін бе?)\n');
    const c = await runMain(['validate', '--format', 'nope', '--lang', 'ru'], ROOT);
    expect(c.err).toContain('ereje: недопустимое значение «nope» для --format; возможные: pretty, json');
    const e = await runMain(['validate', '--frmat', 'json', '--lang', 'en'], ROOT);
    expect(e.err).toContain("error: unknown option '--frmat'");
  });

  it('render says in Russian why a report is not made («the region has no networks» was English)', async () => {
    const r = await runMain(['render', 'report', 'network', 'turkistan', '--data', SAMPLE, '--lang', 'ru', '--out', 'nowhere', '--as-of', '2026-11-22'], ROOT);
    expect(r.code).toBe(2);
    expect(r.err).toBe('ereje: Документ для «turkistan» не формируется: в данных нет сетей этого региона\n');
  });
});
