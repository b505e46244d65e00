/** `ereje init` gives a new data repo the agenda: a weekly job that makes agenda.ics, and a README section. */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';
import { tmpDir } from '../testing/report-fixture.js';

describe('ereje init and the agenda', () => {
  it('the workflow has a weekly agenda job that uploads agenda.ics; validate does not run it on push', async () => {
    const base = tmpDir('init-agenda');
    expect((await runMain(['init', 'repo', '--as-of', '2026-11-22'], base)).code).toBe(0);
    const wf = YAML.parse(fs.readFileSync(path.join(base, 'repo/.github/workflows/ereje.yml'), 'utf8'));
    expect(wf.on.schedule).toEqual([{ cron: '0 1 * * 1' }]);
    const job = wf.jobs.agenda;
    expect(job.if).toContain("'schedule'");
    const run = job.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    // ereje comes from the repo's package.json (pinned), installed first, as in the validate job.
    expect(run).toMatch(/npm ci/);
    expect(run).toMatch(/^npx --no-install ereje agenda --days 120 --format ics --output agenda\.ics$/m);
    const upload = job.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload.with.path).toBe('agenda.ics');
    const readme = fs.readFileSync(path.join(base, 'repo/README.md'), 'utf8');
    expect(readme).toContain('**Мерзімдер**');
    expect(readme).toContain('**Сроки**');
    expect(readme).toContain('npx ereje agenda --days 120 --format ics --output agenda.ics');
  });
});
