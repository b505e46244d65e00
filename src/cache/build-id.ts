/**
 * What the cache's keys name as "this ereje": the package's version and a hash of the running
 * code (the compiled `src/` and `rules/`, the shipped calendars). A changed rule or loader with
 * no new version number (a checkout, a patched install) then never meets entries of the old
 * code. Content, not mtimes: a fresh `npm ci` of the same release keeps its cache.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot, version } from '../core/version.js';

let id: string | null = null;

/** The code folder this module runs from: `dist` when built, the checkout under a TypeScript runner. */
function codeRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

function filesBelow(dir: string, out: string[]): void {
  let list: fs.Dirent[];
  try {
    list = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const d of list) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) filesBelow(p, out);
    else if (d.isFile() && /\.(js|ts|ya?ml|json)$/.test(d.name) && !/\.test\.ts$/.test(d.name)) out.push(p);
  }
}

export function buildId(): string {
  if (id) return id;
  const root = codeRoot();
  const files: string[] = [];
  for (const sub of ['src', 'rules']) filesBelow(path.join(root, sub), files);
  // Built, the shipped calendars stay in the package's src/calendar (not under dist/).
  const pkg = packageRoot();
  if (pkg && path.resolve(pkg) !== root) {
    const shipped: string[] = [];
    filesBelow(path.join(pkg, 'src', 'calendar'), shipped);
    files.push(...shipped.filter((f) => /\.ya?ml$/.test(f)));
  }
  files.sort();
  const h = crypto.createHash('sha256');
  h.update(`ereje ${version()}\0`);
  for (const f of files) {
    try {
      h.update(`${path.relative(root, f)}\0`);
      h.update(fs.readFileSync(f));
      h.update('\0');
    } catch {
      // gone meanwhile: the name alone
    }
  }
  return (id = `${version()}+${h.digest('hex').slice(0, 16)}`);
}
