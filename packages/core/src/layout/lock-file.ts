/**
 * A lock file that says who holds it. It is created complete (written to a temporary name, then
 * linked into place, which fails if it exists), holding the owner's host, pid and process start
 * time. A waiter that finds the lock checks the owner: a process on this host that no longer
 * runs (or whose pid now belongs to another process) left it behind when it was killed, so the
 * lock is broken at once, with a warning, instead of after a silent wait. A live owner is waited
 * for, bounded, and the error names it. Locks without an owner record (older signet, other
 * tools) are broken when older than STALE_MS, as before.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { SignetError } from '../errors.ts';
import type { Logger } from '../log.ts';

const STALE_MS = 30_000;
const WAIT_MS = 60_000;

interface Owner {
  host: string;
  pid: number;
  /** Field 22 of /proc/PID/stat (start time in clock ticks since boot); tells a reused pid apart. */
  start: string | undefined;
  created: string;
}

function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function alive(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: a process of another user has that pid; it may be the owner.
  }
  const start = processStart(owner.pid);
  return owner.start === undefined || start === undefined || start === owner.start;
}

function parseOwner(text: string): Owner | undefined {
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    if (typeof o.host === 'string' && typeof o.pid === 'number' && Number.isInteger(o.pid) && o.pid > 0) {
      return { host: o.host, pid: o.pid, start: typeof o.start === 'string' ? o.start : undefined, created: String(o.created ?? '') };
    }
  } catch {
    // not an owner record
  }
  return undefined;
}

const describe = (o: Owner) => `pid ${o.pid} on ${o.host} since ${o.created}`;

export interface LockOptions {
  logger: Logger;
  /** For messages: what the lock protects. */
  what: string;
  waitMs?: number;
}

/** Takes the lock; resolves to its release. */
export async function acquireLock(path: string, options: LockOptions): Promise<() => Promise<void>> {
  const me: Owner = { host: hostname(), pid: process.pid, start: processStart(process.pid), created: new Date().toISOString() };
  const record = JSON.stringify(me);
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, record).catch((e: unknown) => {
    throw new SignetError('io', `cannot lock ${options.what}: ${(e as Error).message}`, { cause: e });
  });
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  const waitStart = Date.now();
  let reported = false;
  const pause = () => new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
  try {
    for (;;) {
      try {
        await link(temp, path);
        return async () => {
          // Only our own lock: a breaker may have taken it over after a very long pause.
          if ((await readFile(path, 'utf8').catch(() => '')) === record) await rm(path, { force: true });
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new SignetError('io', `cannot lock ${options.what}: ${(e as Error).message}`, { cause: e });
      }
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) {
        // Released meanwhile (or unreadable: the deadline below still applies).
        if (Date.now() > deadline) throw new SignetError('io', `timed out waiting for ${path}`, { hint: 'remove it if no signet process is running' });
        await pause();
        continue;
      }
      const owner = parseOwner(text);
      if (owner && owner.host === me.host && !alive(owner)) {
        // Break it only if it is still the same lock (another waiter may have broken and retaken it).
        if ((await readFile(path, 'utf8').catch(() => undefined)) === text) {
          await rm(path, { force: true });
          options.logger.warn(`removed the stale lock ${path} left by ${describe(owner)}, which is no longer running`);
        }
        continue;
      }
      if (!owner) {
        const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > STALE_MS) {
          await rm(path, { force: true });
          options.logger.warn(`removed the lock ${path}, ${Math.round(age / 1000)} s old and naming no owner`);
          continue;
        }
      }
      if (Date.now() > deadline) {
        throw new SignetError('io', `timed out waiting for ${path}${owner ? `, held by ${describe(owner)}` : ''}`, {
          hint: owner && owner.host !== me.host ? `it was taken on another host; remove it if no signet process runs on ${owner.host}` : 'remove it if no signet process is running',
        });
      }
      if (!reported && owner && Date.now() - waitStart > 2_000) {
        options.logger.info(`waiting for ${options.what}: locked by ${describe(owner)}`);
        reported = true;
      }
      await pause();
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
