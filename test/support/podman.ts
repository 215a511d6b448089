/** podman as scripts/lib/podman.sh runs it (runc, vfs, cgroupfs, own storage under the peers cache). */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { run, type RunResult } from './cli.ts';

const ROOT = process.env.SIGNET_PODMAN_ROOT ?? join(process.env.SIGNET_PEERS ?? join(homedir(), '.cache', 'signet-peers'), 'podman');

export function podman(args: readonly string[], options: { input?: string } = {}): Promise<RunResult> {
  return run('podman', ['--root', join(ROOT, 'storage'), '--runroot', join(ROOT, 'run'), '--runtime', 'runc', '--storage-driver', 'vfs',
    '--cgroup-manager', 'cgroupfs', '--events-backend', 'none', ...args], { env: { CONTAINERS_CONF: join(ROOT, 'containers.conf') }, ...options });
}
