/**
 * GitHub workflow commands, parsed back the way the Actions runner parses them
 * (actions/runner ActionCommand.TryParseV2 and its unescaping rules).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub, githubStepSummary, summaryLinks, GITHUB_LIMITS } from './github.js';
import { fixtureRun, trickyFindings, tmpDir } from '../testing/report-fixture.js';
import { runMain } from '../testing/cli-io.js';

/** The runner's parser: `::name k=v,k=v::data`, properties split on `,` then `=`, then unescaped. */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } | null {
  if (!line.startsWith('::')) return null;
  const end = line.indexOf('::', 2);
  if (end < 0) return null;
  const head = line.slice(2, end);
  const data = line.slice(end + 2);
  const sp = head.indexOf(' ');
  const command = sp < 0 ? head : head.slice(0, sp);
  const props: Record<string, string> = {};
  if (sp >= 0) {
    for (const pair of head.slice(sp + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      props[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, props, data: unescapeData(data) };
}
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('github', () => {
  it('one command per finding: error, warning, notice; file, line, col, title', async () => {
    const { result, ctx } = await fixtureRun();
    const out = formatGithub(result, ctx);
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(result.findings.length);
    lines.forEach((line, i) => {
      const f = result.findings[i];
      const c = parseCommand(line)!;
      expect(c.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[f.severity]);
      expect(c.props).toEqual({ file: f.file, line: String(f.line), col: String(f.column), title: f.rule });
      expect(c.data.startsWith(f.message)).toBe(true);
    });
  });

  it('the runner reads back exactly what was meant, whatever the text holds', async () => {
    const { result, ctx } = await fixtureRun();
    const tricky = trickyFindings();
    const out = formatGithub({ ...result, findings: tricky }, ctx);
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(tricky.length); // a newline in a message never starts a new command
    const [a, b, c, d] = lines.map((l) => parseCommand(l)!);
    expect(a.props.file).toBe('a dir/файл, 1:2.yaml');
    expect(a.data).toBe(`${tricky[0].message} (3.4.1)`);
    expect(b.command).toBe('warning');
    expect(c.command).toBe('notice');
    expect(d.props.file).toBeUndefined(); // a settings-file finding has no data file to annotate
    expect(d.data).toBe('settings problem');
  });

  it('nothing to say: no output', async () => {
    const { result, ctx } = await fixtureRun();
    expect(formatGithub({ ...result, findings: [] }, ctx)).toBe('');
  });
});

/** A data repo with 30 errors (impossible dates), 12 warnings (mixed scripts) and 11 infos (unknown references, as info). */
function bigRepo(): string {
  const dir = tmpDir('github-30');
  fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'rules:\n  data/unknown-reference: info\n');
  fs.mkdirSync(path.join(dir, 'turkistan'));
  const staff = Array.from({ length: 30 }, (_, i) => `  - id: s${i + 1}\n    name: "Қызметкер ${i + 1}"\n    org: tur-bdo\n    position: teacher\n    hired: 2026-02-30\n`).join('');
  const mixed = Array.from({ length: 12 }, (_, i) => `  - id: m${i + 1}\n    name: "Ахметоv ${i + 1}"\n    org: tur-bdo\n    position: teacher\n`).join('');
  const refs = Array.from({ length: 11 }, (_, i) => `  - id: sch-${i + 1}\n    type: school\n    name: "№${i + 1} мектеп"\n    region: turkistan\n    parent: no-such-org-${i + 1}\n`).join('');
  fs.writeFileSync(path.join(dir, 'turkistan/staff.yaml'), `staff:\n${staff}${mixed}`);
  fs.writeFileSync(
    path.join(dir, 'turkistan/organizations.yaml'),
    `organizations:\n  - id: tur-bdo\n    type: center\n    name: "Орталық"\n    region: turkistan\n${refs}`,
  );
  return dir;
}

const GH_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'edu-kz/methodology-data',
  GITHUB_RUN_ID: '4242',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
};

describe('github: GitHub\'s limits (10 annotations of each kind per step, 50 per job; summary ≤ 1 MiB)', () => {
  it('a repo with 30 errors: 10 per kind, an overflow notice, the rest in a group, and a step summary', async () => {
    const dir = bigRepo();
    const summary = path.join(tmpDir('github-summary'), 'step-summary.md');
    fs.writeFileSync(summary, '# an earlier step\n');
    const json = await runMain(['validate', '--format', 'json', '--as-of', '2026-11-22', '--lang', 'en'], dir);
    const findings = JSON.parse(json.out).findings as { rule: string; severity: string; file: string; line: number; column: number; message: string }[];
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect([count('error'), count('warning'), count('info')]).toEqual([30, 12, 11]);

    const r = await runMain(['validate', '--format', 'github', '--as-of', '2026-11-22', '--lang', 'en'], dir, { env: { ...GH_ENV, GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const lines = r.out.split('\n').filter(Boolean);
    const commands = lines.map(parseCommand);
    const annotations = commands.filter((c) => c && ['error', 'warning', 'notice'].includes(c.command))!;
    const of = (k: string) => annotations.filter((c) => c!.command === k);
    // What GitHub shows of a step: at most 10 of each kind — and here exactly 10 of each.
    expect(of('error')).toHaveLength(GITHUB_LIMITS.perKindPerStep);
    expect(of('warning')).toHaveLength(GITHUB_LIMITS.perKindPerStep);
    expect(of('notice')).toHaveLength(GITHUB_LIMITS.perKindPerStep);
    expect(annotations.length).toBeLessThanOrEqual(GITHUB_LIMITS.perJob);
    // Each date's annotation spans the date itself (endColumn: just after it).
    for (const e of of('error')) expect(Number(e!.props.endColumn) - Number(e!.props.col)).toBe('2026-02-30'.length);
    // The overflow notice says how many of each kind and where the rest are.
    const overflow = of('notice').find((c) => c!.props.title === 'ereje')!;
    expect(overflow.data).toContain('ereje: 30 errors, 10 shown as annotations');
    expect(overflow.data).toContain('12 warnings, 10 shown');
    expect(overflow.data).toContain('11 info, 9 shown');
    expect(overflow.data).toContain('https://github.com/edu-kz/methodology-data/actions/runs/4242');
    // No finding vanishes: each is an annotation or a line of the collapsed group, once.
    const start = lines.findIndex((l) => l.startsWith('::group::'));
    const end = lines.indexOf('::endgroup::');
    expect(start).toBeGreaterThan(0);
    expect(end).toBe(lines.length - 1);
    const rest = lines.slice(start + 1, end);
    expect(rest).toHaveLength(findings.length - (annotations.length - 1));
    for (const f of findings) {
      const asAnnotation = annotations.filter((c) => c!.props.file === f.file && c!.props.line === String(f.line) && c!.props.col === String(f.column) && c!.props.title === f.rule).length;
      const asLine = rest.filter((l) => l.startsWith(`${f.file}:${f.line}:${f.column}  `) && l.includes(f.rule)).length;
      expect(asAnnotation + asLine, `${f.file}:${f.line} ${f.rule}`).toBe(1);
    }

    // The step summary was appended (the earlier step's text stays): counts, clauses, links.
    const md = fs.readFileSync(summary, 'utf8');
    expect(md.startsWith('# an earlier step\n')).toBe(true);
    expect(md).toContain('## ereje validate: 30 errors, 12 warnings, 11 info');
    expect(md).toMatch(/\| `data` \| 30 \| 12 \| 11 \| \d+ \|/);
    const first = findings[0];
    expect(md).toContain(`[${first.file}:${first.line}:${first.column}](https://github.com/edu-kz/methodology-data/blob/${GH_ENV.GITHUB_SHA}/turkistan/${first.file.split('/').pop()}#L${first.line})`);
    expect(md).toContain('### All findings (53)');
    expect(Buffer.byteLength(md)).toBeLessThan(GITHUB_LIMITS.summaryBytes);
  });

  it('a step summary that cannot be written: one line on stderr, in the user\'s language; the exit code is the check\'s', async () => {
    const dir = bigRepo();
    const r = await runMain(['validate', '--format', 'github', '--as-of', '2026-11-22', '--lang', 'ru'], dir, { env: { ...GH_ENV, GITHUB_STEP_SUMMARY: dir } });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`ereje: не удалось записать сводку шага в ${dir}: EISDIR\n`);
  });

  it('without GITHUB_STEP_SUMMARY nothing is written, and the overflow notice points at the log', async () => {
    const dir = bigRepo();
    const r = await runMain(['validate', '--format', 'github', '--as-of', '2026-11-22', '--lang', 'kk'], dir);
    const notice = r.out.split('\n').map(parseCommand).find((c) => c?.props.title === 'ereje')!;
    expect(notice.data).toContain('ereje: 30 қате, аннотация ретінде 10 көрсетілді');
    expect(notice.data).toContain('төмендегі тізім');
  });

  it('the summary: a clean run, a long run within 1 MiB, Markdown-safe cells, places under a sub-folder', async () => {
    const { result, ctx } = await fixtureRun();
    const links = summaryLinks({ ...GH_ENV, GITHUB_WORKSPACE: '/w/repo' }, '/w/repo/data', path.posix.relative);
    expect(links).toEqual({ blobBase: `https://github.com/edu-kz/methodology-data/blob/${GH_ENV.GITHUB_SHA}/`, prefix: 'data/' });
    const clean = githubStepSummary({ ...result, findings: [] }, ctx, links);
    expect(clean).toContain('No findings.');
    const tricky = githubStepSummary({ ...result, findings: trickyFindings() }, ctx, links);
    expect(tricky).toContain('line one<br>line two: 100% &lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(tricky).toContain('(https://github.com/edu-kz/methodology-data/blob/0123456789abcdef0123456789abcdef01234567/data/a%20dir/%D1%84%D0%B0%D0%B9%D0%BB%2C%201%3A2.yaml#L3)');
    for (const row of tricky.split('\n').filter((l) => l.startsWith('| error') || l.startsWith('| warning'))) expect(row.split(/(?<!\\)\|/).length).toBe(7); // 5 cells
    const many = { ...result, findings: Array.from({ length: 5000 }, (_, i) => ({ ...result.findings[0], line: i + 1, message: 'ш'.repeat(2000) })) };
    const long = githubStepSummary(many, ctx, links, 5000);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(GITHUB_LIMITS.summaryBytes);
    expect(long).toMatch(/### First \d+ of 5000/);
    expect(long).toContain('in the job log');
  });
});
