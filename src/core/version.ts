import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

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

/**
 * A page of the installed package's documentation as an absolute URI (SARIF's informationUri and
 * helpUri must be absolute): the package has no web home yet, so this is the file itself.
 */
export function docsUri(rel: string, anchor?: string): string {
  const root = packageRoot() ?? process.cwd();
  return pathToFileURL(path.join(root, rel)).href + (anchor ? `#${anchor}` : '');
}

/** The anchor of a rule in docs/rules.md (`open-door-day/request-lead-time` → `open-door-day-request-lead-time`). */
export const ruleAnchor = (id: string) => id.replace(/[^a-z0-9-]+/g, '-');
