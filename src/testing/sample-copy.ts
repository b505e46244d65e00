/** Copies of fixtures/sample in temporary folders, removed after each test of the file that asks. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ROOT } from './cases.js';

/** Call at a test file's top level; each call of the returned function makes a fresh copy. */
export function sampleCopies(prefix: string): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    fs.cpSync(path.join(ROOT, 'fixtures/sample'), dir, { recursive: true });
    return dir;
  };
}
