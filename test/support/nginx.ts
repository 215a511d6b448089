/**
 * Starts Debian's nginx on 127.0.0.1 as a lookaside web server: anonymous GET/HEAD, WebDAV PUT
 * behind basic auth (the usual production shape), one instance per test file in a private
 * prefix. Slots are protected from overwrite the way a careful operator configures it.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './registry.ts';

export const NGINX_BINARY = process.env.SIGNET_NGINX_BINARY ?? '/usr/sbin/nginx';

export interface RunningNginx {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Document root: what nginx serves and WebDAV writes into. */
  root: string;
  username: string;
  password: string;
  stop(): Promise<void>;
}

/** `nginx -V` prints its build options on stderr. */
function buildInfo(): string {
  const r = spawnSync(NGINX_BINARY, ['-V'], { encoding: 'utf8' });
  if (r.error) throw new Error(`cannot run ${NGINX_BINARY}: ${r.error.message}`);
  return `${r.stdout}${r.stderr}`;
}

export async function startNginx(): Promise<RunningNginx> {
  const info = buildInfo();
  const compiledWithout = (module: string) => info.includes(`--without-${module}`);
  if (!info.includes('http_dav_module')) {
    throw new Error(`${NGINX_BINARY} lacks http_dav_module: install nginx-light or nginx-extras`);
  }
  const prefix = await mkdtemp(join(tmpdir(), 'signet-nginx-'));
  const root = join(prefix, 'www');
  await mkdir(root);
  await mkdir(join(prefix, 'tmp'));
  const port = await freePort();
  const username = 'signer';
  const password = `pw-${process.pid}-${port}`;
  execFileSync('htpasswd', ['-bcB', join(prefix, 'htpasswd'), username, password], { stdio: 'ignore' });
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'tmp', name)};`;
  const config = `
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
events { worker_connections 64; }
http {
  access_log off;
  ${temp('client_body')}
  ${temp('proxy')}
  ${compiledWithout('http_fastcgi_module') ? '' : temp('fastcgi')}
  ${compiledWithout('http_scgi_module') ? '' : temp('scgi')}
  ${compiledWithout('http_uwsgi_module') ? '' : temp('uwsgi')}
  server {
    listen 127.0.0.1:${port};
    root ${root};
    # A PUT onto an existing signature gets 412, as If-None-Match: * asks; stock WebDAV would
    # replace the file. Server level, because limit_except blocks do not inherit a location's
    # rewrite directives, so PUTs would skip them there.
    set $put_existing "";
    if ($request_method = PUT) { set $put_existing "put"; }
    if (-f $request_filename) { set $put_existing "\${put_existing}+exists"; }
    if ($put_existing = "put+exists") { return 412; }
    location / {
      dav_methods PUT;
      create_full_put_path on;
      dav_access user:rw group:r all:r;
      limit_except GET HEAD {
        auth_basic "signet lookaside";
        auth_basic_user_file ${join(prefix, 'htpasswd')};
      }
    }
    # Authenticated but not allowed to write: 403.
    location /readonly/ {
      dav_methods PUT;
      limit_except GET HEAD { deny all; }
    }
  }
}
`;
  const configPath = join(prefix, 'nginx.conf');
  await writeFile(configPath, config);
  const child: ChildProcess = spawn(NGINX_BINARY, ['-p', prefix, '-c', configPath, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '');
      throw new Error(`nginx exited: ${stderr}${log}`);
    }
    try {
      const res = await fetch(`${url}/`);
      await res.arrayBuffer();
      break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start on ${url}: ${stderr}`);
    }
    await sleep(50);
  }
  return {
    url,
    root,
    username,
    password,
    async stop() {
      child.kill('SIGQUIT');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
