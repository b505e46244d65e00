/**
 * GitHub workflow commands, parsed back the way the Actions runner parses them
 * (actions/runner ActionCommand.TryParseV2 and its unescaping rules).
 */
import { describe, expect, it } from 'vitest';
import { formatGithub } from './github.js';
import { fixtureRun, trickyFindings } from '../testing/report-fixture.js';

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
