export const id = 9043;
export const ids = [9043];
export const modules = {

/***/ 39043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerLookaside: () => (/* binding */ registerLookaside)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var esm = __webpack_require__(44342);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/lookaside/serve.ts
/**
 * A read-only static server for a `file://` lookaside tree: enough for tests and small setups
 * where nodes read signatures over HTTP. Only GET and HEAD; nothing outside the directory.
 */




function createLookasideServer(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    return (0,external_node_http_.createServer)((req, res) => {
        void (async () => {
            if (req.method !== 'GET' && req.method !== 'HEAD') {
                res.writeHead(405, { allow: 'GET, HEAD' }).end();
                return;
            }
            let path;
            try {
                path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
            }
            catch {
                res.writeHead(400).end();
                return;
            }
            if (path.includes('\0')) {
                res.writeHead(400).end();
                return;
            }
            try {
                const realRoot = await (0,promises_.realpath)(root);
                // Relative to the root whatever the URL says (leading slashes dropped before joining).
                const file = await (0,promises_.realpath)((0,external_node_path_.join)(realRoot, path.replace(/^\/+/, "")));
                // realpath resolves symlinks too, so a link pointing out of the tree is refused.
                if (!file.startsWith(realRoot + external_node_path_.sep))
                    throw Object.assign(new Error('outside'), { code: 'ENOENT' });
                const info = await (0,promises_.stat)(file);
                if (!info.isFile())
                    throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
                res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': info.size });
                if (req.method === 'HEAD')
                    return res.end();
                (0,external_node_fs_.createReadStream)(file).on('error', () => res.destroy()).pipe(res);
            }
            catch (e) {
                const code = e.code;
                res.writeHead(code === 'ENOENT' || code === 'ENOTDIR' ? 404 : code === 'EACCES' ? 403 : 500).end();
            }
        })();
    });
}

// EXTERNAL MODULE: ./packages/cli/src/context.ts + 2 modules
var context = __webpack_require__(83119);
;// CONCATENATED MODULE: ./packages/cli/src/commands/lookaside.ts
/** `signet lookaside serve`: publish a file:// lookaside tree read-only over HTTP. */




function parsePort(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
        throw new esm/* InvalidArgumentError */.Di(`"${value}" is not a port number (0-65535)`);
    return n;
}
function registerLookaside(program) {
    const lookaside = program.command('lookaside').summary('work with containers/image lookaside signature stores');
    lookaside
        .command('serve')
        .summary('serve a lookaside directory read-only over HTTP (GET/HEAD)')
        .description('Publishes DIR (as written by `signet sign --sign-by … --lookaside file://DIR`) at\n' +
        'http://HOST:PORT/, the layout CRI-O and podman read. For tests and small setups; put a\n' +
        'real web server in front of it for production. Runs until interrupted.')
        .requiredOption('--dir <dir>', 'the lookaside directory')
        .option('--port <n>', 'port (0 picks a free one)', parsePort, 8080)
        .option('--host <address>', 'address to listen on', '127.0.0.1')
        .action(async (flags) => {
        const info = await (0,promises_.stat)(flags.dir).catch(() => undefined);
        if (!info?.isDirectory())
            throw (0,errors/* usageError */.Wp)(`${flags.dir} is not a directory`, 'pass --dir with the lookaside directory');
        const server = createLookasideServer(flags.dir);
        await new Promise((resolve, reject) => {
            server.once('error', (e) => reject(new errors/* SignetError */.Tj(e.code === 'EADDRINUSE' || e.code === 'EACCES' ? 'usage' : 'io', `cannot listen on ${flags.host}:${flags.port}: ${e.code ?? e.message}`, { hint: 'pick another --port' })));
            server.listen(flags.port, flags.host, () => resolve());
        });
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : flags.port;
        const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
        // Tests and scripts read this line to learn the port when --port 0 was given.
        context/* stderrLogger */.D7.info(`serving ${flags.dir} read-only at http://${host}:${port}/`);
        await new Promise((resolve) => {
            const stop = () => server.close(() => resolve());
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
        });
    });
}


/***/ })

};
