import fs from 'node:fs';

let v: string | null = null;
/** The package's version (package.json is the one place it is written). */
export function version(): string {
  if (v) return v;
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      v = JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), 'utf8')).version as string;
      return v;
    } catch {
      /* try the next */
    }
  }
  return (v = '0.0.0');
}

export const INFORMATION_URI = 'https://github.com/ereje/ereje';

let root: string | null | undefined;
/** The folder of the installed package (or the checkout): where docs/, templates/ and package.json are. */
export function packageRoot(): string | null {
  if (root !== undefined) return root;
  for (const rel of ['../../', '../../../']) {
    const dir = new URL(rel, import.meta.url);
    try {
      if (JSON.parse(fs.readFileSync(new URL('package.json', dir), 'utf8')).name === 'ereje') return (root = decodeURIComponent(dir.pathname).replace(/\/$/, ''));
    } catch {
      /* try the next */
    }
  }
  return (root = null);
}
