export const id = 6448;
export const ids = [6448,9305];
export const modules = {

/***/ 38105:
/***/ ((module) => {

const COMMA = ',';
const COLON = ':';
const LEFT_SQUARE_BRACKET = '[';
const RIGHT_SQUARE_BRACKET = ']';
const LEFT_CURLY_BRACKET = '{';
const RIGHT_CURLY_BRACKET = '}';

// Recursively encodes the supplied object according to the canonical JSON form
// as specified at http://wiki.laptop.org/go/Canonical_JSON. It's a restricted
// dialect of JSON in which keys are lexically sorted, floats are not allowed,
// and only double quotes and backslashes are escaped.
function canonicalize(object) {
  const buffer = [];
  if (typeof object === 'string') {
    buffer.push(canonicalizeString(object));
  } else if (typeof object === 'boolean') {
    buffer.push(JSON.stringify(object));
  } else if (Number.isInteger(object)) {
    buffer.push(JSON.stringify(object));
  } else if (object === null) {
    buffer.push(JSON.stringify(object));
  } else if (Array.isArray(object)) {
    buffer.push(LEFT_SQUARE_BRACKET);
    let first = true;
    object.forEach((element) => {
      if (!first) {
        buffer.push(COMMA);
      }
      first = false;
      buffer.push(canonicalize(element));
    });
    buffer.push(RIGHT_SQUARE_BRACKET);
  } else if (typeof object === 'object') {
    buffer.push(LEFT_CURLY_BRACKET);
    let first = true;
    Object.keys(object)
      .sort()
      .forEach((property) => {
        if (!first) {
          buffer.push(COMMA);
        }
        first = false;
        buffer.push(canonicalizeString(property));
        buffer.push(COLON);
        buffer.push(canonicalize(object[property]));
      });
    buffer.push(RIGHT_CURLY_BRACKET);
  } else {
    throw new TypeError('cannot encode ' + object.toString());
  }

  return buffer.join('');
}

// String canonicalization consists of escaping backslash (\) and double
// quote (") characters and wrapping the resulting string in double quotes.
function canonicalizeString(string) {
  const escapedString = string.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return '"' + escapedString + '"';
}

module.exports = {
  canonicalize,
};


/***/ }),

/***/ 70779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   notaryCache: () => (/* binding */ notaryCache),
/* harmony export */   notaryGate: () => (/* binding */ notaryGate),
/* harmony export */   notaryImages: () => (/* binding */ notaryImages),
/* harmony export */   notaryServer: () => (/* binding */ notaryServer),
/* harmony export */   registerNotary: () => (/* binding */ registerNotary),
/* harmony export */   signNotary: () => (/* binding */ signNotary)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24813);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(637);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87014);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53030);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8953);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(38287);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(88331);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(51271);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(50445);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(99034);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(61462);
/* harmony import */ var _signet_core_notary__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(91164);
/* harmony import */ var _password_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(60152);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83119);
/* harmony import */ var _exit_code_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67080);
/* harmony import */ var _notary_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17455);
/* harmony import */ var _image_digest_options_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(61483);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50123);
/**
 * Docker Content Trust (Notary v1): `sign --notary`, `verify --notary` and `signet notary
 * init|delegate|inspect`. Flags -> request -> render; the engine is @signet/core/notary.
 */









function notaryCache(flags) {
    return (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_5__/* .fileTrustCache */ .T)((0,_notary_options_js__WEBPACK_IMPORTED_MODULE_3__/* .notaryCacheDir */ .z)(flags));
}
async function readCa(file) {
    if (!file)
        return undefined;
    try {
        const pem = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
        (0,_signet_core__WEBPACK_IMPORTED_MODULE_6__/* .parseCertificates */ .WW)(pem, file);
        return pem;
    }
    catch (e) {
        if (e instanceof _signet_core__WEBPACK_IMPORTED_MODULE_7__/* .SignetError */ .Tj)
            throw e;
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)(`cannot read --notary-ca ${file}: ${e.code ?? String(e)}`);
    }
}
/**
 * The Notary server, authenticated as the registry is: `credentials` are the registry session's
 * (docker config, helpers, SIGNET_REGISTRY_USERNAME/PASSWORD), see NotaryServer.
 */
async function notaryServer(flags, credentials) {
    if (!flags.notary)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)('--notary URL is required');
    return new _signet_core_notary__WEBPACK_IMPORTED_MODULE_8__/* .NotaryServer */ .ZL(flags.notary, { ca: await readCa(flags.notaryCa), logger: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7, timeoutMs: flags.requestTimeout, credentials });
}
/** A command on GUNs: the Notary server with the credentials the GUNs' registries use. */
async function withServer(guns, flags, use) {
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createContext */ .q6)(guns, flags);
    try {
        const server = await notaryServer(flags, ctx.registry.credentials);
        try {
            return await use(server);
        }
        finally {
            await server.close();
        }
    }
    finally {
        await ctx.close();
    }
}
function signerFor(ref) {
    return (0,_signet_core__WEBPACK_IMPORTED_MODULE_9__/* .loadSigner */ .vu)(ref, { password: (0,_password_js__WEBPACK_IMPORTED_MODULE_10__/* .keyPassword */ .hi)(ref) });
}
/**
 * Images for --notary: the lists, then --image/--digest as a tag pinned to the digest
 * (`registry/repo:TAG@sha256:...`): Docker Content Trust signs tags, so the tag is kept, and
 * the digest the build output must be what the registry serves for it. Core's rule
 * (pinnedImage) still decides what an empty --digest means.
 */
async function notaryImages(images, flags) {
    const pinned = (0,_image_digest_options_js__WEBPACK_IMPORTED_MODULE_11__/* .pinnedImage */ .Q)(flags);
    let tagged;
    if (pinned !== undefined) {
        const ref = (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_12__/* .registryReference */ .r)(flags.image ?? '');
        if (ref.tag === undefined)
            throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)(`--image ${flags.image}: Docker Content Trust signs tags`, 'pass --image as registry/repo:TAG (the build step\'s tag)');
        const at = pinned.lastIndexOf('@');
        tagged = at > 0 ? `${(flags.image ?? '').replace(/@.*$/, '')}@${pinned.slice(at + 1)}` : pinned;
    }
    return (0,_images_js__WEBPACK_IMPORTED_MODULE_4__/* .collectImageList */ .Yo)(images, flags.imagesFile, tagged);
}
/** The verify gate for --notary: one check per image, trust data read once per repository. */
async function notaryGate(flags) {
    if (!flags.notaryRoot)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)('--notary needs --notary-root', 'pin the repository\'s root key: its public key or certificate (PEM), its key ID, or a trusted root.json (no trust on first use)');
    const [pin, ca] = [await (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_13__/* .loadRootPin */ .mw)(flags.notaryRoot), await readCa(flags.notaryCa)];
    // Made on the first check: the server is sent the credentials of the batch's registry session.
    let opened;
    const open = (ctx) => {
        if (!opened) {
            const server = new _signet_core_notary__WEBPACK_IMPORTED_MODULE_8__/* .NotaryServer */ .ZL(flags.notary, { ca, logger: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7, timeoutMs: flags.requestTimeout, credentials: ctx.registry.credentials });
            opened = { server, verifier: new _signet_core_notary__WEBPACK_IMPORTED_MODULE_12__/* .NotaryVerifier */ .M2(server, { pin, roles: flags.notaryRole, cache: notaryCache(flags), logger: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7 }) };
        }
        return opened.verifier;
    };
    return {
        check: async (input, ctx) => {
            const r = await open(ctx).verify(input, ctx);
            return {
                input,
                image: r.image,
                ok: r.ok,
                reason: r.reason,
                payloads: [],
                notary: r.ok && r.target ? { gun: r.gun, tag: r.target.tag, digest: r.target.digest, length: r.target.length, roles: r.target.roles } : undefined,
                signers: r.target ? [{ signer: `notary:${r.target.roles.join('+')}`, ok: r.ok, reason: r.reason }] : undefined,
            };
        },
        close: async () => {
            await opened?.server.close();
        },
    };
}
/** `sign --notary`: every tag of one repository in one publish. */
async function signNotary(inputs, flags, report) {
    if (!flags.key)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)('sign --notary needs --key', 'the key of the role published into (targets/releases delegation or the repository targets key), ECDSA P-256');
    const byGun = new Map();
    /** gun:tag -> the digest the tag must serve (IMAGE:TAG@DIGEST, --image/--digest). */
    const pinnedDigests = new Map();
    for (const input of inputs) {
        const ref = (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_12__/* .registryReference */ .r)(input);
        if (ref.tag === undefined)
            throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)(`${input}: Docker Content Trust signs tags`, 'name the image as IMAGE:TAG');
        const gun = (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_12__/* .gunOf */ .qu)(ref);
        if (ref.digest !== undefined) {
            const seen = pinnedDigests.get(`${gun}:${ref.tag}`);
            if (seen !== undefined && seen !== ref.digest)
                throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)(`${gun}:${ref.tag} is named with two digests (${seen}, ${ref.digest})`);
            pinnedDigests.set(`${gun}:${ref.tag}`, ref.digest);
        }
        const entry = byGun.get(gun) ?? { registry: ref.registry, repository: ref.repository, tags: [] };
        if (!entry.tags.includes(ref.tag))
            entry.tags.push(ref.tag);
        byGun.set(gun, entry);
    }
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createContext */ .q6)(inputs, flags);
    const [signer, snapshotSigner, pin, server] = await Promise.all([
        signerFor(flags.key),
        flags.notarySnapshotKey ? signerFor(flags.notarySnapshotKey) : undefined,
        flags.notaryRoot ? (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_13__/* .loadRootPin */ .mw)(flags.notaryRoot) : undefined,
        notaryServer(flags, ctx.registry.credentials),
    ]).catch(async (e) => {
        await ctx.close();
        throw e;
    });
    if (!pin)
        _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7.warn('no --notary-root: the repository\'s root is trusted as the server serves it (pin it for production use)');
    if (flags.notaryRole && flags.notaryRole.length > 1) {
        await Promise.all([ctx.close(), server.close()]);
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)('sign --notary publishes into one role', 'pass --notary-role once');
    }
    const failures = [];
    try {
        await Promise.all([...byGun].map(async ([gun, { registry, repository, tags }]) => {
            try {
                const repo = ctx.registry.repository(registry, repository);
                const targets = await Promise.all(tags.map(async (tag) => {
                    const manifest = await repo.getManifest(tag);
                    if (!manifest)
                        throw new _signet_core__WEBPACK_IMPORTED_MODULE_7__/* .SignetError */ .Tj('usage', `${gun}:${tag} not found in the registry`, { hint: 'push the image first; trust data signs what the registry serves' });
                    const wanted = pinnedDigests.get(`${gun}:${tag}`);
                    if (wanted !== undefined && wanted !== manifest.digest) {
                        throw new _signet_core__WEBPACK_IMPORTED_MODULE_7__/* .SignetError */ .Tj('usage', `${gun}:${tag}: the registry serves ${manifest.digest} for the tag, not ${wanted}; nothing published`, { hint: 'the tag moved after the build: push it again, or sign the digest the tag points to' });
                    }
                    return { tag, digest: manifest.digest, length: manifest.bytes.byteLength };
                }));
                const result = await (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_14__/* .publishTargets */ .si)(server, gun, { targets, signer, snapshotSigner, role: flags.notaryRole?.[0], pin, cache: notaryCache(flags), logger: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7 });
                const what = result.version === undefined ? `already signed in ${result.role}` : `published to ${result.role} v${result.version}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}, snapshot signed by ${result.snapshotSignedBy === 'server' ? 'the server' : 'signet'}`;
                _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7.info(`${gun}: ${targets.map((t) => `${t.tag} -> ${t.digest}`).join(', ')}: ${what}`);
                // One line per tag in the sign command's own words (as for cosign-format signatures).
                const where = `${server.url}#${result.role}`;
                for (const t of targets) {
                    _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7.info(result.version === undefined ? `${gun}@${t.digest} already carries this signature at ${where}; nothing added` : `Signed ${gun}@${t.digest} as ${gun}:${t.tag} -> ${where}`);
                }
                for (const t of targets) {
                    report?.signed.push({ image: `${gun}@${t.digest}`, digest: t.digest, location: `${server.url} ${gun} ${result.role}`, appended: result.version !== undefined, format: 'notary', identity: `${gun}:${t.tag}` });
                }
            }
            catch (e) {
                _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7.info(`ERROR ${gun}: ${(0,_exit_code_js__WEBPACK_IMPORTED_MODULE_2__/* .errorLine */ .BP)(e)}`);
                failures.push({ item: gun, error: e });
            }
        }));
        (0,_exit_code_js__WEBPACK_IMPORTED_MODULE_2__/* .throwIfFailed */ .tq)(failures);
    }
    finally {
        await Promise.all([ctx.close(), server.close()]);
    }
}
function addServerOptions(command) {
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .addRegistryOptions */ .pX)(command)
        .requiredOption('--notary <url>', 'the Notary v1 server (e.g. https://notary.example.com:4443)')
        .option('--notary-ca <file>', 'PEM CA certificate(s) of the Notary server\'s TLS certificate')
        .option('--notary-cache <dir>', 'where versions seen are kept for rollback protection (default SIGNET_NOTARY_CACHE or ~/.cache/signet/notary)');
}
const collect = (value, previous = []) => [...previous, value];
function registerNotary(program) {
    const notary = program.command('notary').summary('Docker Content Trust (Notary v1) repositories: init, delegate, inspect');
    addServerOptions(notary.command('init'))
        .summary('create a repository\'s trust data: root key (x509, as Notary requires), targets key, snapshot and timestamp kept by the server')
        .argument('<gun>', 'the repository, as docker names it: registry/repo (e.g. registry.example.com:5000/team/app)')
        .requiredOption('--root-key <ref>', 'the root key (ECDSA P-256): a path, env://VAR, k8s://ns/name, hashivault://name; keep it offline afterwards')
        .requiredOption('--key <ref>', 'the repository (targets) key (ECDSA P-256)')
        .option('--root-cert-out <file>', 'write the root key\'s certificate here (pin it with --notary-root, or in Connaisseur)')
        .action(async (gun, flags) => {
        await withServer([gun], flags, async (server) => {
            const [rootSigner, targetsSigner] = await Promise.all([signerFor(flags.rootKey), signerFor(flags.key)]);
            const r = await (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_15__/* .initRepository */ .z)(server, gun, { rootSigner, targetsSigner });
            if (flags.rootCertOut)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(flags.rootCertOut, r.rootCertificatePem);
            process.stdout.write(`${JSON.stringify({ gun, root: { keyId: r.rootKeyId, canonicalKeyId: r.rootCanonicalKeyId }, targets: { keyId: r.targetsKeyId }, snapshot: { keyId: r.snapshotKeyId, heldBy: 'server' }, timestamp: { keyId: r.timestampKeyId, heldBy: 'server' } }, null, 2)}\n`);
            _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7.info(`Initialised ${gun} on ${server.url}. Pin its root with --notary-root ${r.rootKeyId} (or the root certificate).`);
        });
    });
    addServerOptions(notary.command('delegate'))
        .summary('add a signer key to a delegation (targets/releases for CI), as `notary delegation add` / `docker trust signer add`')
        .argument('<gun>', 'the repository: registry/repo')
        .option('--role <role>', 'the delegation', 'targets/releases')
        .option('--cert <file>', 'the signer\'s certificate (stored as ecdsa-x509, as `notary delegation add` does; repeatable)', collect)
        .option('--pub <ref>', 'the signer\'s public key, a path or env://VAR (stored as a bare ecdsa key, as docker does; repeatable)', collect)
        .requiredOption('--key <ref>', 'the repository (targets) key, which signs the delegation')
        .option('--notary-root <root>', 'the pinned root key, key ID or root.json')
        .action(async (gun, flags) => {
        const keys = [
            ...(await Promise.all((flags.cert ?? []).map(async (file) => (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_16__/* .x509Key */ .WC)((0,_signet_core__WEBPACK_IMPORTED_MODULE_6__/* .parseCertificates */ .WW)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file)[0].toString())))),
            ...(await Promise.all((flags.pub ?? []).map(async (ref) => (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_16__/* .bareKey */ .AZ)(await (0,_signet_core__WEBPACK_IMPORTED_MODULE_9__/* .loadVerificationKey */ .LX)(ref))))),
        ];
        if (keys.length === 0)
            throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_7__/* .usageError */ .Wp)('delegate needs --cert or --pub', 'name the signer\'s certificate or public key');
        await withServer([gun], flags, async (server) => {
            const r = await (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_15__/* .addDelegation */ .g)(server, gun, {
                role: flags.role,
                keys,
                targetsSigner: await signerFor(flags.key),
                pin: flags.notaryRoot ? await (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_13__/* .loadRootPin */ .mw)(flags.notaryRoot) : undefined,
                cache: notaryCache(flags),
                logger: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7,
            });
            _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7.info(r.version === undefined ? `${gun}: ${flags.role} already has key(s) ${r.keyIds.join(', ')}` : `${gun}: added key(s) ${r.keyIds.join(', ')} to ${flags.role} (targets v${r.version})`);
            process.stdout.write(`${JSON.stringify({ gun, role: flags.role, keyIds: r.keyIds })}\n`);
        });
    });
    addServerOptions(notary.command('inspect'))
        .summary('show signed tags, signers and administrative keys, as `docker trust inspect`')
        .argument('<gun>', 'the repository: registry/repo')
        .argument('[tag]', 'only this tag')
        .option('--notary-root <root>', 'the pinned root key, key ID or root.json (without it the root is taken as served, and said so)')
        .action(async (gun, tag, flags) => {
        await withServer([gun], flags, async (server) => {
            if (!flags.notaryRoot)
                _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7.warn('no --notary-root: showing the trust data as the server serves it, with its own root (not pinned)');
            const repo = await (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_17__/* .loadTrustedRepository */ .w)(server, gun, { pin: flags.notaryRoot ? await (0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_13__/* .loadRootPin */ .mw)(flags.notaryRoot) : undefined, cache: notaryCache(flags), logger: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7 });
            process.stdout.write(`${JSON.stringify([(0,_signet_core_notary__WEBPACK_IMPORTED_MODULE_18__/* .inspectRepository */ .F)(repo, gun, tag)], null, 2)}\n`);
        });
    });
}


/***/ }),

/***/ 60152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ newKeyPassword),
/* harmony export */   hi: () => (/* binding */ keyPassword)
/* harmony export */ });
/* unused harmony export passwordFromEnv */
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/**
 * Passwords come from COSIGN_PASSWORD (cosign's variable, so existing CI secrets work) or
 * SIGNET_PASSWORD, else from a prompt when a person is at the terminal. Never from argv,
 * where the process list would show them.
 */

function passwordFromEnv(env = process.env) {
    return env.COSIGN_PASSWORD ?? env.SIGNET_PASSWORD;
}
async function prompt(message) {
    // Loaded on a prompt only: readline is not on every run's start-up path.
    const { read } = await __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 90254));
    return read({ prompt: message, silent: true, replace: '', output: process.stderr });
}
function keyPassword(what) {
    return async () => {
        const fromEnv = passwordFromEnv();
        if (fromEnv !== undefined)
            return fromEnv;
        if (!process.stdin.isTTY)
            throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`${what} is encrypted and no password was given`, 'set COSIGN_PASSWORD');
        return prompt(`Enter password for ${what}: `);
    };
}
async function newKeyPassword() {
    const fromEnv = passwordFromEnv();
    if (fromEnv !== undefined)
        return fromEnv;
    if (!process.stdin.isTTY)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('no password for the new key', 'set COSIGN_PASSWORD (it may be empty) or run in a terminal');
    const first = await prompt('Enter password for private key: ');
    const again = await prompt('Enter password for private key again: ');
    if (first !== again)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('passwords do not match', 'run the command again');
    return first;
}


/***/ })

};
