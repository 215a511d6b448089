/**
 * A private dockerd (Debian's docker.io) for Docker Content Trust pulls: its own data root,
 * exec root, pid file and unix socket in a temp dir, vfs storage, no iptables, no bridge, so
 * it touches nothing of the machine and can run beside other daemons.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { run } from './cli.ts';

export const DOCKERD = process.env.SIGNET_DOCKERD ?? '/usr/sbin/dockerd';

export interface RunningDockerd {
  /** unix:///…/docker.sock */
  host: string;
  stop(): Promise<void>;
}

export async function startDockerd(docker: string): Promise<RunningDockerd> {
  if (!existsSync(DOCKERD)) throw new Error(`${DOCKERD} not found: scripts/lib/peer-notary.sh installs docker.io`);
  // Short paths: unix socket paths are limited to 108 bytes.
  const dir = await mkdtemp(join(tmpdir(), 'sdk-'));
  const host = `unix://${join(dir, 'docker.sock')}`;
  const child: ChildProcess = spawn(
    DOCKERD,
    ['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '--pidfile', join(dir, 'docker.pid'), '-H', host, '--storage-driver=vfs', '--iptables=false', '--bridge=none'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-20_000)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const exited = new Promise((r) => child.once('exit', r));
      if (!(await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]))) child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`dockerd exited: ${log}`);
    }
    const r = await run(docker, ['version', '--format', '{{.Server.Version}}'], { env: { DOCKER_HOST: host } });
    if (r.code === 0) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`dockerd did not start: ${log}`);
    }
    await sleep(250);
  }
  return { host, stop };
}
