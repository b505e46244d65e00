/** The name of what a run checked, for report names (JUnit suites, SARIF run categories). */
import path from 'node:path';

/**
 * The paths as given, relative to the folder ereje ran in, with `/` separators; `.` (the
 * default) becomes the folder's own name — in CI the repository's name.
 */
export function reportTarget(paths: readonly string[], cwd: string): string {
  const given = paths.length ? paths : ['.'];
  const names = given.map((p) => {
    const abs = path.resolve(cwd, p);
    const rel = path.relative(cwd, abs);
    if (rel === '') return path.basename(abs) || 'ereje';
    return rel.split(path.sep).join('/');
  });
  return names.join(', ');
}
