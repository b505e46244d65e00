/**
 * One `ereje new` at a time per data repo: ids are unique per repo, so two runs writing to two
 * different files must queue too (a lock per file let both pick the same id).
 *
 * The lock is a hidden folder in the repo's root, `.ereje-new.lock` (mkdir is atomic), holding
 * the owner's host and process id. A lock whose process is gone (killed with SIGKILL, a power
 * cut) is taken over at once, not after a wait; a live owner is waited for.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_NAME = '.ereje-new.lock';
/** A lock folder with no owner recorded yet (its creator died between mkdir and write) is stale after this. */
const UNOWNED_STALE_MS = 10_000;

export class LockBusyError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** True when the lock at `dir` belongs to nobody living (and was removed). */
function takeOverIfStale(dir: string): boolean {
  let owner: string | null = null;
  try {
    owner = fs.readFileSync(path.join(dir, 'owner'), 'utf8');
  } catch {
    /* no owner file (yet) */
  }
  let stale = false;
  if (owner) {
    const [host, pidText] = owner.split('\n');
    const pid = Number(pidText);
    stale = host === os.hostname() && Number.isInteger(pid) && pid > 0 && !alive(pid);
  } else {
    try {
      stale = Date.now() - fs.statSync(dir).mtimeMs > UNOWNED_STALE_MS;
    } catch {
      return true; // gone meanwhile
    }
  }
  if (stale) fs.rmSync(dir, { recursive: true, force: true });
  return stale;
}

export async function lockRepo(root: string, opts: { retries?: number; waitMs?: number } = {}): Promise<() => void> {
  const dir = path.join(root, LOCK_NAME);
  const retries = opts.retries ?? 40;
  for (let attempt = 0; ; attempt++) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'owner'), `${os.hostname()}\n${process.pid}\n`);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (takeOverIfStale(dir)) continue;
      if (attempt >= retries) throw new LockBusyError(dir);
      await new Promise((r) => setTimeout(r, Math.min(opts.waitMs ?? 50 * (attempt + 1), 500)));
    }
  }
  const release = () => {
    process.off('exit', release);
    try {
      const owner = fs.readFileSync(path.join(dir, 'owner'), 'utf8');
      if (owner.split('\n')[1] === String(process.pid)) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      /* already gone */
    }
  };
  process.on('exit', release); // an exception or process.exit still frees it (SIGKILL cannot: see takeOverIfStale)
  return release;
}
