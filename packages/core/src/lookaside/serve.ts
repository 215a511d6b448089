/**
 * A read-only static server for a `file://` lookaside tree: enough for tests and small setups
 * where nodes read signatures over HTTP. Only GET and HEAD; nothing outside the directory.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve, sep } from 'node:path';

export function createLookasideServer(dir: string): Server {
  const root = resolve(dir);
  return createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      let path: string;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (path.includes('\0')) {
        res.writeHead(400).end();
        return;
      }
      try {
        const realRoot = await realpath(root);
        // Relative to the root whatever the URL says (leading slashes dropped before joining).
        const file = await realpath(join(realRoot, path.replace(/^\/+/, "")));
        // realpath resolves symlinks too, so a link pointing out of the tree is refused.
        if (!file.startsWith(realRoot + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        const info = await stat(file);
        if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': info.size });
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).on('error', () => res.destroy()).pipe(res);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        res.writeHead(code === 'ENOENT' || code === 'ENOTDIR' ? 404 : code === 'EACCES' ? 403 : 500).end();
      }
    })();
  });
}
