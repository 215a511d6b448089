export const id = 4067;
export const ids = [4067,9305,6448];
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

/***/ 17455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ addNotaryOptions),
/* harmony export */   z: () => (/* binding */ notaryCacheDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The Notary v1 (Docker Content Trust) flags sign and verify share. Registering them costs
 * nothing; the Notary engine is loaded only when --notary is given (commands/notary.ts).
 */


/** Where versions seen are kept (rollback protection): --notary-cache, SIGNET_NOTARY_CACHE, ~/.cache/signet/notary. */
function notaryCacheDir(flags = {}, env = process.env) {
    return flags.notaryCache ?? env.SIGNET_NOTARY_CACHE ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache'), 'signet', 'notary');
}
const collect = (value, previous = []) => [...previous, value];
function addNotaryOptions(command, mode) {
    command
        .option('--notary <url>', 'Docker Content Trust: the Notary v1 server (e.g. https://notary.example.com:4443); IMAGE:TAG is ' + (mode === 'sign' ? 'published there as a signed target' : 'checked against its trust data'))
        .option('--notary-root <root>', `with --notary: the pinned root key (PEM public key or certificate, env://, k8s://...), its key ID, or a trusted root.json${mode === 'sign' ? ' (optional when publishing)' : ''}`)
        .option('--notary-ca <file>', 'with --notary: PEM CA certificate(s) of the Notary server\'s TLS certificate')
        .option('--notary-role <role>', mode === 'sign' ? 'with --notary: the role to publish into (default targets/releases when delegated, else targets)' : 'with --notary: a delegation that must have signed the tag (repeatable; e.g. releases). Default: targets/releases, else targets, as docker', collect, undefined)
        .option('--notary-cache <dir>', 'with --notary: where versions seen are kept for rollback protection (default SIGNET_NOTARY_CACHE or ~/.cache/signet/notary)');
    if (mode === 'sign')
        command.option('--notary-snapshot-key <ref>', 'with --notary: the snapshot key, when the repository\'s snapshot is not server-managed');
    return command;
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


/***/ }),

/***/ 24813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gs: () => (/* binding */ bundleSignerFor),
  te: () => (/* binding */ checkSigningCertificate),
  qf: () => (/* binding */ identityProblem),
  WW: () => (/* binding */ parseCertificates),
  sg: () => (/* binding */ toPem),
  ge: () => (/* binding */ trustedCertificateKey)
});

// UNUSED EXPORTS: certificateMatchesKey, describeCertificate, leafProblem, oidcIssuer, pathProblem, subjectAlternativeNames

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/x509/path-validation.ts
/**
 * Certification path validation for certificate-backed signatures (`verify --cert-chain`,
 * `sign --cert --cert-chain`), judged against Go's crypto/x509 (cosign, containers/image) and
 * OpenSSL.
 *
 * Libraries evaluated (2026-12): @peculiar/x509's X509ChainBuilder only builds a chain (issuer
 * name, key identifiers, signature) and enforces none of pathLen, EKU, name constraints or
 * critical extensions; @sigstore/verify's CertificateChainVerifier (not exported) checks CA
 * flags and pathLen but not name constraints, EKU or critical extensions; pkijs's
 * CertificateChainValidationEngine (PeculiarVentures, maintained) builds the path and checks
 * signatures, validity at a date, name chaining, CA basic constraints with keyCertSign, RFC 5280
 * name constraints (email, DNS, URI, IP, directory names) and unparseable critical extensions on
 * CA certificates, but not pathLenConstraint, extended key usage or the leaf's critical
 * extensions. So pkijs builds and validates the path, and this module adds the three checks it
 * lacks, each as Go's crypto/x509 applies them:
 *  - pathLenConstraint: a CA may be followed by at most that many intermediates (Go isValid);
 *  - EKU nesting: every certificate of the path that carries an EKU extension must allow code
 *    signing or any usage (Go checkChainForKeyUsage); no EKU extension means any usage (RFC 5280);
 *  - critical extensions Go does not process refuse the certificate (Go UnhandledCriticalExtension),
 *    on every certificate of the path, leaf included.
 * pkijs is loaded on first use: only certificate verification needs it.
 */

const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
const ANY_EKU = '2.5.29.37.0';
const EKU = '2.5.29.37';
const BASIC_CONSTRAINTS = '2.5.29.19';
/** Extensions Go's crypto/x509 processes; a critical one outside this set refuses the certificate. */
const HANDLED_EXTENSIONS = new Set([
    '2.5.29.15', // key usage
    BASIC_CONSTRAINTS,
    '2.5.29.17', // subject alternative name
    '2.5.29.30', // name constraints
    EKU,
    '2.5.29.32', // certificate policies
    '2.5.29.35', // authority key identifier
    '2.5.29.14', // subject key identifier
    '2.5.29.31', // CRL distribution points
    '1.3.6.1.5.5.7.1.1', // authority information access
]);
let loaded;
async function pkijs() {
    loaded ??= Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(9214)]).then(__webpack_require__.t.bind(__webpack_require__, 9214, 19)).then((m) => {
        // pkijs looks for `self.crypto` (browsers); give it Node's Web Crypto explicitly.
        m.setEngine('node', new m.CryptoEngine({ name: 'node', crypto: external_node_crypto_.webcrypto }));
        return m;
    });
    return loaded;
}
function describe(cert) {
    return cert.subject.typesAndValues.map((t) => String(t.value.valueBlock.value)).join(', ');
}
/**
 * Why there is no valid path from `leaf` to one of `roots` through `intermediates` (untrusted:
 * from the verifier's chain file or carried by the signature) at `at`; undefined when there is.
 */
async function validatePath(leaf, intermediates, roots, at) {
    const m = await pkijs();
    const parse = (c) => m.Certificate.fromBER(new Uint8Array(c.raw));
    // pkijs takes the end entity as the last of `certs`.
    const untrusted = intermediates.filter((c) => c.fingerprint256 !== leaf.fingerprint256 && !roots.some((r) => r.fingerprint256 === c.fingerprint256));
    const engine = new m.CertificateChainValidationEngine({
        trustedCerts: roots.map(parse),
        certs: [...untrusted.map(parse), parse(leaf)],
        checkDate: at,
    });
    let result;
    try {
        result = await engine.verify();
    }
    catch (e) {
        // pkijs throws an Error when no path exists, and its result object when a path fails a check.
        if (e instanceof Error)
            return `certificate chain does not lead to a trusted root (${e.message})`;
        return `certificate chain does not validate (${String(e.resultMessage ?? e)})`;
    }
    if (!result.result || !result.certificatePath) {
        const message = result.resultMessage || `pkijs code ${result.resultCode}`;
        return /path/i.test(message) ? `certificate chain does not lead to a trusted root (${message})` : `certificate chain does not validate (${message})`;
    }
    const path = result.certificatePath;
    // What pkijs does not check, as Go does (see the module comment).
    for (const [i, cert] of path.entries()) {
        for (const ext of cert.extensions ?? []) {
            if (ext.critical && !HANDLED_EXTENSIONS.has(ext.extnID)) {
                return `certificate "${describe(cert)}" has an unknown critical extension ${ext.extnID}`;
            }
        }
        const eku = cert.extensions?.find((e) => e.extnID === EKU)?.parsedValue;
        if (eku?.keyPurposes && !eku.keyPurposes.includes(CODE_SIGNING_EKU) && !eku.keyPurposes.includes(ANY_EKU)) {
            return i === 0
                ? 'certificate lacks the codeSigning extended key usage'
                : `CA certificate "${describe(cert)}" restricts its extended key usage to ${eku.keyPurposes.join(', ')}, without codeSigning`;
        }
        if (i > 0) {
            const bc = cert.extensions?.find((e) => e.extnID === BASIC_CONSTRAINTS)?.parsedValue;
            const raw = bc?.pathLenConstraint;
            const limit = typeof raw === 'number' ? raw : raw?.valueBlock.valueDec;
            // Intermediates below this CA: path[1..i-1] (the self-issued root itself does not count).
            if (limit !== undefined && i - 1 > limit) {
                return `CA certificate "${describe(cert)}" allows ${limit} intermediate(s) below it (pathLen), the chain has ${i - 1}`;
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/x509/certificates.ts
/**
 * X.509 material for certificate-backed signing: parsing PEM bundles, checking that a signing
 * certificate is fit for code signing, and building a path to a trusted root. Node's
 * X509Certificate does the cryptography; @peculiar/asn1-x509 reads the Fulcio extensions
 * (loaded lazily: only issuer checks need it).
 */



const certificates_ANY_EKU = '2.5.29.37.0';
/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) and the deprecated v1 (raw string). */
const FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const PEM_CERT_RE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
function parseCertificates(pem, source) {
    const blocks = pem.match(PEM_CERT_RE) ?? [];
    if (blocks.length === 0)
        throw (0,errors/* usageError */.Wp)(`${source} contains no PEM certificate`, 'pass a file with -----BEGIN CERTIFICATE----- blocks');
    return blocks.map((block, i) => {
        try {
            return new external_node_crypto_.X509Certificate(block);
        }
        catch {
            throw (0,errors/* usageError */.Wp)(`${source}: certificate #${i + 1} is not valid X.509`, 'check that the PEM is complete and not corrupted');
        }
    });
}
function toPem(certs) {
    return certs.map((c) => c.toString()).join('');
}
function describeCertificate(cert) {
    const san = cert.subjectAltName;
    return san ? `${cert.subject.replace(/\n/g, ', ')} (${san})` : cert.subject.replace(/\n/g, ', ');
}
function hasCodeSigning(cert) {
    // Node reports no EKU extension as undefined: RFC 5280 and Go's crypto/x509 (cosign,
    // containers/image) take that as any usage. Present without codeSigning (or anyExtendedKeyUsage): refused.
    const eku = cert.keyUsage;
    return !Array.isArray(eku) || eku.includes(CODE_SIGNING_EKU) || eku.includes(certificates_ANY_EKU);
}
/** Problems with the leaf itself (not its chain), or undefined when fit for signing at `at`. */
function leafProblem(cert, at) {
    if (!hasCodeSigning(cert))
        return 'certificate lacks the codeSigning extended key usage';
    if (at < cert.validFromDate)
        return `certificate is not valid before ${cert.validFromDate.toISOString()}`;
    if (at > cert.validToDate)
        return `certificate expired at ${cert.validToDate.toISOString()}`;
    return undefined;
}
/**
 * Why `leaf` has no valid path through `pool` (untrusted intermediates from the signature or the
 * chain file) to one of `roots` at `at`, or undefined. RFC 5280 path validation by pkijs plus
 * what it lacks (path-validation.ts).
 */
function pathProblem(leaf, pool, roots, at) {
    return validatePath(leaf, pool, roots, at);
}
/** Compares SPKI bytes, so it works for keys that never leave their KMS (Vault). */
function certificateMatchesKey(cert, publicKey) {
    const der = (k) => k.export({ type: 'spki', format: 'der' });
    return der(cert.publicKey).equals(der(publicKey));
}
/**
 * The SANs cosign's --certificate-identity matches (cryptoutils.GetSubjectAlternateNames): DNS
 * names, emails, IP addresses and URIs. (Before the containers/image PKI fixture, whose leaf
 * names a host, signet matched emails and URIs only.)
 */
function subjectAlternativeNames(cert) {
    const san = cert.subjectAltName;
    if (!san)
        return [];
    return san
        .split(/,\s*/)
        .map((entry) => /^(?:email|URI|DNS|IP Address):(.*)$/.exec(entry)?.[1])
        .filter((v) => typeof v === 'string');
}
async function oidcIssuer(cert) {
    const [{ AsnConvert }, { Certificate }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(2338)]).then(__webpack_require__.t.bind(__webpack_require__, 22338, 23)), Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(2338), __webpack_require__.e(6754)]).then(__webpack_require__.t.bind(__webpack_require__, 86754, 23))]);
    const parsed = AsnConvert.parse(cert.raw, Certificate);
    const extensions = parsed.tbsCertificate.extensions ?? [];
    const value = (oid) => extensions.find((e) => e.extnID === oid)?.extnValue.buffer;
    const v2 = value(FULCIO_ISSUER_V2);
    if (v2) {
        // DER UTF8String: tag 0x0c, short or long length.
        const bytes = new Uint8Array(v2);
        const offset = (bytes[1] ?? 0) & 0x80 ? 2 + ((bytes[1] ?? 0) & 0x7f) : 2;
        return new TextDecoder().decode(bytes.subarray(offset));
    }
    const v1 = value(FULCIO_ISSUER_V1);
    return v1 ? new TextDecoder().decode(new Uint8Array(v1)) : '';
}
function compile(pattern, flag) {
    try {
        return new RegExp(pattern);
    }
    catch {
        throw (0,errors/* usageError */.Wp)(`${flag} "${pattern}" is not a valid regular expression`);
    }
}
/** cosign's CheckCertificatePolicy: an issuer and a SAN must both match when given. */
async function identityProblem(cert, req) {
    const needsIssuer = req.issuer !== undefined || req.issuerRegExp !== undefined;
    const issuer = needsIssuer ? await oidcIssuer(cert) : '';
    if (req.issuer !== undefined && req.issuer !== issuer)
        return `certificate issuer "${issuer}" is not "${req.issuer}"`;
    if (req.issuerRegExp !== undefined && !compile(req.issuerRegExp, '--certificate-oidc-issuer-regexp').test(issuer)) {
        return `certificate issuer "${issuer}" does not match /${req.issuerRegExp}/`;
    }
    const sans = subjectAlternativeNames(cert);
    if (req.identity !== undefined && !sans.includes(req.identity)) {
        return `certificate identities [${sans.join(', ')}] do not include "${req.identity}"`;
    }
    if (req.identityRegExp !== undefined) {
        const re = compile(req.identityRegExp, '--certificate-identity-regexp');
        if (!sans.some((s) => re.test(s)))
            return `certificate identities [${sans.join(', ')}] do not match /${req.identityRegExp}/`;
    }
    return undefined;
}
/** Checks a signer's own certificate before signing, so a bad cert fails fast and clearly. */
async function checkSigningCertificate(options) {
    const at = options.at ?? new Date();
    if (options.publicKey && !certificateMatchesKey(options.leaf, options.publicKey)) {
        throw (0,errors/* codedError */.Au)('usage', 'certificate.key-mismatch', 'the certificate does not match the signing key');
    }
    const problem = leafProblem(options.leaf, at);
    if (problem)
        throw (0,errors/* usageError */.Wp)(`signing certificate ${describeCertificate(options.leaf)}: ${problem}`);
    if (options.chain.length === 0)
        return;
    const root = options.chain[options.chain.length - 1];
    if (!root || !root.checkIssued(root)) {
        throw (0,errors/* usageError */.Wp)('the last certificate of --cert-chain must be a self-signed root', 'order the chain: parent intermediate first, root last');
    }
    const chainProblem = await pathProblem(options.leaf, options.chain.slice(0, -1), [root], at);
    if (chainProblem) {
        throw new errors/* SignetError */.Tj('usage', `--cert-chain: ${chainProblem}`, {
            hint: 'order the chain parent intermediate first, root last; cosign and containers/image refuse signatures whose chain does not allow code signing',
        });
    }
}
/**
 * A certificate signer's bundle material, as cosign v3 writes it: the leaf, then (with a
 * chain) the chain's certificates other than the leaf and any self-signed root.
 */
function bundleSignerFor(material) {
    const [leaf] = parseCertificates(material.certificatePem, '--cert');
    if (material.chainPem === undefined)
        return { certificates: [leaf.raw], chain: false };
    const rest = parseCertificates(material.chainPem, '--cert-chain').filter((c) => c.fingerprint256 !== leaf.fingerprint256 && !(c.checkIssued(c) && c.verify(c.publicKey)));
    return { certificates: [leaf.raw, ...rest.map((c) => c.raw)], chain: true };
}
/**
 * The leaf's public key once it is fit for code signing, chains to a trusted root (through
 * the verifier's and the signature's intermediates) and names the required identity; else
 * why not. One rule for both places a certificate travels: `.sig` annotations and bundles.
 */
async function trustedCertificateKey(leaf, carried, trust) {
    const at = trust.at ?? new Date();
    const problem = leafProblem(leaf, at);
    if (problem)
        return problem;
    const path = await pathProblem(leaf, [...trust.intermediates, ...carried], trust.roots, at);
    if (path)
        return path;
    return (await identityProblem(leaf, trust.identity)) ?? leaf.publicKey;
}


/***/ })

};
