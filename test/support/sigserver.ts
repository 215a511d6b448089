/**
 * The OpenShift signature-verification setup's signature server, for real: Debian's nginx with
 * its Lua module (libnginx-mod-http-lua, lua-cjson) running `sigserver-upload.lua` at
 * `BASE/upload`, and the same storage root served back under BASE with plain GETs, as CRI-O
 * reads it. One instance per test file in a private prefix on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { NGINX_BINARY } from './nginx.ts';
import { freePort } from './registry.ts';

const LUA = fileURLToPath(new URL('./sigserver-upload.lua', import.meta.url));
const MODULES = ['/usr/lib/nginx/modules/ndk_http_module.so', '/usr/lib/nginx/modules/ngx_http_lua_module.so'];

export interface RunningSigServer {
  /** http://127.0.0.1:PORT/sigstore: uploads go to BASE/upload, signatures are read under BASE. */
  base: string;
  /** The storage root the Lua handler writes into. */
  root: string;
  stop(): Promise<void>;
}

export async function startSigServer(): Promise<RunningSigServer> {
  for (const m of MODULES) {
    await access(m).catch(() => {
      throw new Error(`${m} is missing: install libnginx-mod-http-lua and lua-cjson (scripts/lib/peer-sigserver.sh)`);
    });
  }
  const prefix = await mkdtemp(join(tmpdir(), 'signet-sigserver-'));
  const root = join(prefix, 'sigstore');
  await mkdir(root);
  await mkdir(join(prefix, 'tmp'));
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'tmp', name)};`;
  const config = `
${MODULES.map((m) => `load_module ${m};`).join('\n')}
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
  ${temp('fastcgi')}
  ${temp('scgi')}
  ${temp('uwsgi')}
  # A signature is a few kB; keep the whole body in memory for ngx.req.get_body_data().
  client_max_body_size 1m;
  client_body_buffer_size 1m;
  server {
    listen 127.0.0.1:${port};
    location = /sigstore/upload {
      limit_except POST { deny all; }
      default_type application/json;
      set $sigstore_root ${root};
      content_by_lua_file ${LUA};
    }
    location /sigstore/ {
      limit_except GET HEAD { deny all; }
      alias ${root}/;
    }
  }
}
`;
  const configPath = join(prefix, 'nginx.conf');
  await writeFile(configPath, config);
  const child: ChildProcess = spawn(NGINX_BINARY, ['-p', prefix, '-c', configPath, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const base = `http://127.0.0.1:${port}/sigstore`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '');
      throw new Error(`nginx (signature server) exited: ${stderr}${log}`);
    }
    try {
      const res = await fetch(`${base}/`);
      await res.arrayBuffer();
      break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx (signature server) did not start on ${base}: ${stderr}`);
    }
    await sleep(50);
  }
  return {
    base,
    root,
    async stop() {
      child.kill('SIGQUIT');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
