/** The leading-school regulation has no date and cites 2007–2013 acts: `explain` says its status is uncertain. */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/testing/cli-io.js';

describe('leading-school status', () => {
  it('explain says the status is uncertain, in kk, ru and en', async () => {
    const kk = await runMain(['explain', 'leading-school/trained-staff', '--lang', 'kk'], os.tmpdir());
    expect(kk.code).toBe(0);
    expect(kk.out).toContain('Мәртебесі: белгісіз: мәтінде бекітілген күні мен бекіткен органы жоқ');
    expect(kk.out).toContain('бүкіл Қазақстан');
    const ru = await runMain(['rules', 'show', 'leading-school/trained-staff', '--lang', 'ru'], os.tmpdir());
    expect(ru.out).toContain('Статус: не определён: в тексте нет ни даты утверждения');
    const en = await runMain(['explain', 'leading-school/partner-ratio', '--lang', 'en'], os.tmpdir());
    expect(en.out).toContain('Status: uncertain: the text has no date and no approving body, and cites acts of 2007–2013');
  });
  it('says which findings a rule grades lower (missing data, 2.3)', async () => {
    const r = await runMain(['explain', 'leading-school/designation-basis', '--lang', 'en'], os.tmpdir());
    expect(r.out).toContain('Severity: error (some findings: warning, info)');
    const kk = await runMain(['explain', 'support-center/qualification-cycle', '--lang', 'kk'], os.tmpdir());
    expect(kk.out).toContain('Деңгейі: қате (кейбір нәтижелері: ескерту)'); // severities in the reader's language (issue 12)
  });
  it('other modules say nothing of the kind', async () => {
    const r = await runMain(['explain', 'support-center/qualification-cycle', '--lang', 'en'], os.tmpdir());
    expect(r.out).not.toContain('Status:');
  });
  it('rules --format json carries it', async () => {
    const r = await runMain(['rules', '--format', 'json'], os.tmpdir());
    const list = JSON.parse(r.out) as { id: string; status?: { en: string } }[];
    expect(list.find((x) => x.id === 'leading-school/initiator')?.status?.en).toMatch(/^uncertain:/);
    expect(list.find((x) => x.id === 'landing/review-window')?.status).toBeUndefined();
  });
});
