/**
 * What every `ereje` run loads before it looks at its arguments: the static imports reachable
 * from the compiled entry (dist/, where TypeScript has dropped imports used only as types).
 * Rendering, workbooks and prompts are imported inside the commands that use them; one static
 * import of `render/draw.js` from the render command's registration had put pdfkit, fontkit and
 * liquidjs on the path of every command (import of the CLI 478 ms → 172 ms once moved).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../testing/cases.js';

const IMPORT = /^\s*import\s+(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const EXPORT_FROM = /^\s*export\s+(?:\*|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/gm;

/** Packages reachable from a compiled module by static imports (node: built-ins left out). */
function staticPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const text = fs.readFileSync(file, 'utf8');
    for (const re of [IMPORT, EXPORT_FROM]) {
      for (const m of text.matchAll(re)) {
        const spec = m[1];
        if (spec.startsWith('node:')) continue;
        if (spec.startsWith('.')) {
          const next = path.resolve(path.dirname(file), spec);
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        } else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
      }
    }
  }
  return packages;
}

describe('start-up', () => {
  const main = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

  it('the CLI loads only what reading arguments and data needs', () => {
    expect(fs.existsSync(main), 'run `npm run build` first (npm test does)').toBe(true);
    const loaded = [...staticPackages(main)].sort();
    expect(loaded).toEqual(['chardet', 'commander', 'fastest-levenshtein', 'js-yaml', 'zod']);
  });

  it('the walk sees a heavy package when one is imported (the check can fail)', () => {
    const draw = path.join(ROOT, 'dist', 'src', 'render', 'draw.js');
    const loaded = staticPackages(draw);
    expect(loaded.has('pdfkit')).toBe(true);
    expect(loaded.has('liquidjs')).toBe(true);
  });
});
