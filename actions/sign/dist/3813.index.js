export const id = 3813;
export const ids = [3813];
export const modules = {

/***/ 86978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ buildInfo),
/* harmony export */   i: () => (/* binding */ stamp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What build of signet this is. Release builds (the npm package, the single binary, the container
 * image) replace the placeholder below in the built file with the stamp scripts/release/stamp.ts
 * writes: version, commit, build date and which artifact it is travel inside the file users run,
 * so no lookup happens at start-up. An unstamped run (the TypeScript sources) reads the version
 * from packages/cli/package.json and reports commit and date as unknown.
 */

/**
 * Replaced in built artifacts by `~signet-stamp~` + base64url(JSON of a Stamp) + `~` (no quotes,
 * so any minifier's quoting keeps it intact; delimited, so a copy can be stamped again).
 */
const STAMP = '@@SIGNET_BUILD_STAMP@@';
const STAMPED = '~signet-stamp~';
let cached;
function stamp() {
    if (cached)
        return cached;
    if (STAMP.startsWith(STAMPED)) {
        cached = JSON.parse(Buffer.from(STAMP.slice(STAMPED.length, -1), 'base64url').toString('utf8'));
    }
    else {
        // A computed path: a bundler must not copy the workspace manifest next to the bundle.
        const manifest = ['..', 'package.json'].join('/');
        const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(__webpack_require__.ab + "package.json", 'utf8'));
        cached = { version: pkg.version, commit: 'unknown', date: 'unknown', artifact: 'source' };
    }
    return cached;
}
function buildInfo() {
    return { ...stamp(), node: process.versions.node, platform: process.platform, arch: process.arch };
}


/***/ }),

/***/ 67080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BP: () => (/* binding */ errorLine),
  tq: () => (/* binding */ throwIfFailed)
});

// UNUSED EXPORTS: batchFailure, worstExitCode

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/cli/src/hints.ts
const hints_text = (data, key) => (typeof data[key] === 'string' ? data[key] : '');
const NO_ROOT = 'pass --trusted-root or signet initialize --mirror URL --root root.json';
const HINTS = {
    'registry.unreachable': (d) => d.plainHttp ? 'check the registry address and that it is running' : 'check the registry address and network; for a plain-HTTP registry pass --allow-http-registry or set SIGNET_INSECURE_REGISTRIES',
    'registry.timeout': (d) => d.plainHttp
        ? 'the registry did not answer in time: check that it is running, or raise --request-timeout'
        : 'the registry did not answer in time: check the registry and network, or raise --request-timeout',
    'registry.unauthorized': (d) => `run \`docker login ${hints_text(d, 'registry')}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
    'registry.auth-failed': (d) => d.withCredentials ? 'check the registry username and password (docker login again)' : `run \`docker login ${hints_text(d, 'registry')}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
    'registry.denied': (d) => `grant the account ${hints_text(d, 'access')} permission on ${hints_text(d, 'repository')}`,
    'registry.not-found': () => 'check the repository name',
    'registry.rate-limited': () => 'wait and retry, lower --concurrency, or authenticate for a higher limit',
    'registry.status': () => 'retry later; if it persists, check the registry',
    'registry.bad-response': () => 'the registry does not follow the distribution protocol; check it',
    'registry.digest-mismatch': () => 'the registry or a proxy altered the content',
    'registry.size-mismatch': () => 'the registry or a proxy altered the content',
    'registry.invalid-digest': () => 'the registry or a signature manifest is broken or hostile; nothing was requested with that value',
    'registry.invalid-descriptor': () => 'the registry or a signature manifest is broken or hostile; nothing was read with that size',
    'registry.insecure-transport': (d) => `fix the registry's token realm to use https, or, if plain HTTP is intended there, set SIGNET_INSECURE_REGISTRIES=${hints_text(d, 'host')}`,
    'limit.body-size': () => 'if the content is expected, raise --max-manifest-size or --max-attachment-size',
    'limit.blob-size': () => 'if the attachment is expected, raise --max-attachment-size (or COSIGN_MAX_ATTACHMENT_SIZE)',
    'limit.layers': () => 'if the set is expected, raise --max-signature-layers (cosign refuses more than 1000)',
    // Keys and certificates.
    'key.file-missing': () => 'check the --key path, or create one with `signet generate-key-pair`',
    'key.empty-reference': () => 'pass --key with a path, env://VAR, k8s://ns/name or hashivault://name',
    'key.password-missing': () => 'set COSIGN_PASSWORD',
    'key.password-wrong': (d) => (d.format === 'cosign' ? 'set COSIGN_PASSWORD to the password the key was created with' : "set COSIGN_PASSWORD to the key's passphrase"),
    'certificate.key-mismatch': () => 'pass the certificate issued for this key with --cert',
    'key.cosign-key-invalid': () => 'regenerate it with `signet generate-key-pair` or re-import the PEM key',
    'k8s.secret-exists': () => 'pass --force to replace it',
    'k8s.secret-not-found': () => 'create it with `signet generate-key-pair k8s://NS/NAME`',
    'k8s.entry-missing': () => 'create it with `signet generate-key-pair k8s://NS/NAME` or add the entry',
    'vault.key-not-found': (d) => d.mountMayBeWrong ? 'create it with `signet generate-key-pair hashivault://NAME`, or set TRANSIT_SECRET_ENGINE_PATH to the mount' : 'create it with `signet generate-key-pair hashivault://NAME`',
    'vault.key-exists': () => 'pass --force to rotate it to a new version',
    // GPG and trust policies.
    'gpg.keyring-missing': () => 'pass --keyring with an armored or binary OpenPGP public key file',
    'gpg.secret-key-missing': () => 'pass --sign-by with a secret key file, env://VAR, or a gpg key ID',
    'gpg.not-installed': () => 'install gnupg, or pass --sign-by with an armored secret key file',
    'policy.file-missing': () => 'pass --policy with the path of a TrustPolicy YAML file',
    'lookaside.credentials-in-url': () => 'set SIGNET_LOOKASIDE_USERNAME/SIGNET_LOOKASIDE_PASSWORD or use ~/.netrc',
    'signatures.not-a-signature-manifest': () => 'the .sig tag was overwritten by something else; inspect it with `signet triangulate`',
    // Targets.
    'target.not-in-layout': () => 'list its tags with `signet triangulate`, or name the image by digest',
    'target.signature-repository-pinned': () => 'set COSIGN_REPOSITORY to a repository such as registry.example.com/signatures',
    // Keyless, transparency logs, TUF.
    'keyless.no-token': () => 'pass --identity-token, set SIGSTORE_ID_TOKEN, or in GitHub Actions grant `permissions: id-token: write`',
    'keyless.signing-failed': () => 'check --fulcio-url, --rekor-url, --timestamp-server-url and the identity token',
    'tlog.signing-failed': () => 'check --rekor-url (and that the log accepts this key type)',
    'tlog.no-log': () => 'checking tlog entries needs the Rekor log key; or pass --insecure-ignore-tlog',
    'tuf.unreachable': (d) => (d.isDefault ? `offline? ${NO_ROOT}` : `check the mirror, or ${NO_ROOT}`),
    'tuf.not-a-repository': () => 'check the URL given to signet initialize --mirror (or TUF_MIRROR)',
    'tuf.unsigned': () => "the root.json given to signet initialize --root (or TUF_ROOT_JSON) is not this repository's",
    'tuf.expired': () => 'the repository must re-sign its metadata; meanwhile pass --trusted-root',
    'tuf.missing-target': () => 'the repository must publish the sigstore trusted root as a TUF target; or pass --trusted-root',
    'tuf.invalid': () => NO_ROOT,
    'tuf.no-mirror': () => 'run signet initialize again (with --mirror for a private TUF repository)',
    'tuf.unknown-root': (d) => `run signet initialize --mirror ${hints_text(d, 'mirror')} --root root.json, or set TUF_ROOT_JSON`,
};
/** Codes the CLI words (for tests: every code core raises has wording here). */
const WORDED_CODES = Object.keys(HINTS);
/** The error's own hint, else the front end's wording for its code. */
function hintFor(e) {
    if (e.hint)
        return e.hint;
    const word = e.code ? HINTS[e.code] : undefined;
    return word ? word(e.data) : undefined;
}

;// CONCATENATED MODULE: ./packages/cli/src/exit-code.ts


/** The batch's exit code: a remote failure (3) outranks bad input (2), which outranks a failed verification (1). */
function worstExitCode(errors) {
    let worst = 0;
    const rank = (code) => (code === 0 ? 0 : code === 1 ? 1 : code === 2 ? 2 : 3);
    for (const e of errors) {
        const code = (0,src_errors/* isSignetError */.$1)(e) ? e.exitCode : 3;
        if (rank(code) > rank(worst))
            worst = code;
    }
    return worst;
}
/** One line for users: the message and what to do (the CLI words hints from error codes). */
function errorLine(e) {
    return (0,src_errors/* isSignetError */.$1)(e) ? e.oneLine(hintFor(e)) : `unexpected failure: ${e?.message ?? String(e)}`;
}
/** One error for a batch with failures, carrying the worst failure's exit code. */
function batchFailure(errors, summary) {
    const code = worstExitCode(errors);
    const kind = code === 1 ? 'verification' : code === 2 ? 'usage' : 'remote';
    return new src_errors/* SignetError */.Tj(kind, summary);
}
/**
 * Ends a batch: one error carrying the worst exit code, one line per failed item (verification
 * failures already name their image). Nothing when every item succeeded.
 */
function throwIfFailed(failures) {
    if (failures.length === 0)
        return;
    throw batchFailure(failures.map((f) => f.error), failures.map((f) => ((0,src_errors/* isSignetError */.$1)(f.error) && f.error.kind === 'verification' ? f.error.message : `${f.item}: ${errorLine(f.error)}`)).join('\n'));
}


/***/ }),

/***/ 69818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zh: () => (/* binding */ k8sKeys),
/* harmony export */   rs: () => (/* binding */ vaultKeys),
/* harmony export */   x_: () => (/* binding */ registerRemoteKeySources)
/* harmony export */ });
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87014);
/**
 * The one place remote key sources are registered. Their clients (@kubernetes/client-node,
 * node-vault) are loaded on first use of a k8s:// or hashivault:// reference: every front end
 * (CLI, Actions) supports them, and runs with a key file never pay for loading them.
 */

let k8s;
let vault;
function k8sKeys() {
    k8s ??= __webpack_require__.e(/* import() */ 3703).then(__webpack_require__.bind(__webpack_require__, 23703)).then((m) => new m.K8sKeySource());
    return k8s;
}
function vaultKeys() {
    vault ??= Promise.all(/* import() */[__webpack_require__.e(6835), __webpack_require__.e(8033), __webpack_require__.e(4130)]).then(__webpack_require__.bind(__webpack_require__, 44130)).then((m) => new m.VaultKeySource());
    return vault;
}
function lazy(load) {
    return {
        signer: async (ref, options) => (await load()).signer(ref, options),
        publicKey: async (ref, options) => (await load()).publicKey(ref, options),
    };
}
/** Makes k8s:// and hashivault:// references loadable; called by the program before any command runs. */
function registerRemoteKeySources() {
    (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .registerKeySource */ .EW)('k8s', lazy(k8sKeys));
    (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .registerKeySource */ .EW)('hashivault', lazy(vaultKeys));
}


/***/ }),

/***/ 73813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildProgram: () => (/* binding */ buildProgram),
  main: () => (/* binding */ main),
  newRunReport: () => (/* reexport */ run_report/* newRunReport */.I)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var esm = __webpack_require__(44342);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/cli/src/keysources.ts
var keysources = __webpack_require__(69818);
// EXTERNAL MODULE: ./packages/cli/src/exit-code.ts + 1 modules
var exit_code = __webpack_require__(67080);
// EXTERNAL MODULE: ./packages/cli/src/build-info.ts
var build_info = __webpack_require__(86978);
;// CONCATENATED MODULE: ./packages/cli/src/help-format.ts
/**
 * Help text wrapped by the terminal, not by the source: descriptions are written as prose with
 * line breaks where they read well in code, and commander would keep those breaks, giving a
 * ragged column on any width but the author's. A single line break inside a paragraph becomes a
 * space; blank lines, indented lines (examples, tables) and list items keep their breaks, and
 * commander then wraps to the terminal's width (process.stdout.columns).
 */

function unwrapProse(text) {
    return text.replace(/([^\n])\n(?=[^\s\n\-*•0-9])/g, '$1 ');
}
const helpConfiguration = {
    commandDescription(cmd) {
        return unwrapProse(esm/* Help */._V.prototype.commandDescription.call(this, cmd));
    },
    subcommandDescription(cmd) {
        return unwrapProse(esm/* Help */._V.prototype.subcommandDescription.call(this, cmd));
    },
    optionDescription(option) {
        return unwrapProse(esm/* Help */._V.prototype.optionDescription.call(this, option));
    },
    argumentDescription(argument) {
        return unwrapProse(esm/* Help */._V.prototype.argumentDescription.call(this, argument));
    },
};

// EXTERNAL MODULE: ./packages/cli/src/run-report.ts
var run_report = __webpack_require__(48595);
;// CONCATENATED MODULE: ./packages/cli/src/program.ts






const USAGE_EXIT = 2;
/**
 * The command modules, by the command names each registers. A run loads only the module of the
 * command it names, and through it only the engine parts that command uses: start-up is paid
 * per process, and CI runs one process per image or per step (docs/decisions.md). Help,
 * --version and unknown commands load them all, so `signet --help` lists everything and a
 * mistyped command still gets commander's suggestion.
 */
const COMMANDS = [
    { names: ['generate-key-pair', 'import-key-pair'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(4439), __webpack_require__.e(1127)]).then(__webpack_require__.bind(__webpack_require__, 31127))).registerKeys },
    { names: ['sign'], load: async () => { const { registerSign } = await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(1085), __webpack_require__.e(4439), __webpack_require__.e(6139), __webpack_require__.e(2344), __webpack_require__.e(8774), __webpack_require__.e(7618)]).then(__webpack_require__.bind(__webpack_require__, 37618)); return (p, o) => registerSign(p, o.report); } },
    { names: ['verify'], load: async () => { const { registerVerify } = await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(1085), __webpack_require__.e(4439), __webpack_require__.e(6139), __webpack_require__.e(2344), __webpack_require__.e(8774), __webpack_require__.e(9021)]).then(__webpack_require__.bind(__webpack_require__, 49021)); return (p, o) => registerVerify(p, o.report); } },
    { names: ['triangulate'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(4439), __webpack_require__.e(6139), __webpack_require__.e(1863)]).then(__webpack_require__.bind(__webpack_require__, 54870))).registerTriangulate },
    { names: ['policy'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8009), __webpack_require__.e(4439), __webpack_require__.e(6698), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 94827))).registerPolicy },
    { names: ['demo-image'], load: async () => (await __webpack_require__.e(/* import() */ 4180).then(__webpack_require__.bind(__webpack_require__, 34180))).registerDemo },
    { names: ['lookaside'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(4439), __webpack_require__.e(9043)]).then(__webpack_require__.bind(__webpack_require__, 39043))).registerLookaside },
    { names: ['migrate'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(8009), __webpack_require__.e(1085), __webpack_require__.e(4439), __webpack_require__.e(7240), __webpack_require__.e(6139), __webpack_require__.e(2344), __webpack_require__.e(6698), __webpack_require__.e(6545)]).then(__webpack_require__.bind(__webpack_require__, 16545))).registerMigrate },
    { names: ['notary'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(4439), __webpack_require__.e(7240), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 70779))).registerNotary },
    { names: ['initialize'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(4439), __webpack_require__.e(7064)]).then(__webpack_require__.bind(__webpack_require__, 17064))).registerInitialize },
    { names: ['version'], load: async () => (await __webpack_require__.e(/* import() */ 7228).then(__webpack_require__.bind(__webpack_require__, 67228))).registerVersion },
    { names: ['completion'], load: async () => (await __webpack_require__.e(/* import() */ 4796).then(__webpack_require__.bind(__webpack_require__, 54796))).registerCompletion },
];
/** `--version` answers without loading any command: it is what scripts call to probe the tool. */
const VERSION_FLAGS = ['--version', '-V'];
/** The program with the commands `argv` needs (all of them when `argv` is omitted). */
async function buildProgram(options = {}, argv) {
    // k8s:// and hashivault:// keys work in every command (sign, verify, policy, keys).
    (0,keysources/* registerRemoteKeySources */.x_)();
    const program = new esm/* Command */.uB('signet')
        .description('Sign and verify container image digests in cosign\'s format, with the same behaviour in every CI system.')
        .version((0,build_info/* stamp */.i)().version)
        .configureHelp(helpConfiguration)
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    const named = argv?.[0];
    const wanted = COMMANDS.filter((c) => named !== undefined && c.names.includes(named));
    const load = wanted.length > 0 ? wanted : argv?.length === 1 && VERSION_FLAGS.includes(named) ? [] : COMMANDS;
    for (const register of await Promise.all(load.map((c) => c.load())))
        register(program, options);
    return program;
}
async function main(argv, options = {}) {
    const report = options.report;
    const fail = (code, line) => {
        if (report)
            Object.assign(report, { error: line, exitCode: code });
        return code;
    };
    try {
        await (await buildProgram(options, argv)).parseAsync([...argv], { from: 'user' });
        if (report)
            report.exitCode = 0;
        return 0;
    }
    catch (e) {
        if (e instanceof esm/* CommanderError */.b7) {
            // Help and version exit 0; commander has already printed the message.
            return e.exitCode === 0 ? 0 : fail(USAGE_EXIT, e.message);
        }
        if ((0,errors/* isSignetError */.$1)(e)) {
            process.stderr.write(`error: ${(0,exit_code/* errorLine */.BP)(e)}\n`);
            return fail(e.exitCode, (0,exit_code/* errorLine */.BP)(e));
        }
        process.stderr.write(`error: unexpected failure: ${e?.stack ?? String(e)}\n`);
        return fail(3, `unexpected failure: ${e?.message ?? String(e)}`);
    }
}



/***/ }),

/***/ 48595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ newRunReport),
/* harmony export */   x: () => (/* binding */ withReportFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/* harmony import */ var _exit_code_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67080);
/**
 * What a command did, for front ends that run the CLI in-process (the GitHub Actions) and need
 * structured outputs rather than parsing stderr. The terminal output stays the same.
 */



function newRunReport() {
    return { signed: [], verified: [] };
}
/**
 * Wraps a command action so `--report FILE` writes its run report as JSON (CI systems read it
 * for results: Tekton results, Jenkins return values), whether the command succeeds or not.
 */
function withReportFile(given, body) {
    return async (images, flags) => {
        const report = given ?? (flags.report ? newRunReport() : undefined);
        try {
            await body(images, flags, report);
        }
        catch (e) {
            if (report && (0,_signet_core__WEBPACK_IMPORTED_MODULE_2__/* .isSignetError */ .$1)(e))
                Object.assign(report, { error: (0,_exit_code_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .BP)(e), exitCode: e.exitCode });
            throw e;
        }
        finally {
            if (flags.report && report) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(flags.report, `${JSON.stringify({ signed: report.signed, verified: report.verified, ...(report.error ? { error: report.error } : {}) }, null, 2)}\n`);
            }
        }
    };
}


/***/ }),

/***/ 62091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ assertSupportedKey),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   gQ: () => (/* binding */ keyDescription)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/**
 * Signature schemes per key type. cosign v2.6.5 `sign --key` picks a hash per curve
 * (sigstore's GetDefaultAlgorithmDetails: P-384/SHA-384, P-521/SHA-512, Ed25519ph), but
 * `cosign verify --key`, Kyverno and policy-controller verify with SHA-256 (LoadVerifier with
 * crypto.SHA256) unless told otherwise. signet therefore SIGNS what default verifiers accept
 * (ECDSA/RSA PKCS#1 v1.5 over SHA-256, pure Ed25519) and VERIFIES both SHA-256 and the per-curve
 * hash, so signatures made by `cosign sign` with P-384/P-521 keys verify too.
 */


const CURVES = {
    prime256v1: { name: 'p256', hash: 'sha256' },
    secp384r1: { name: 'p384', hash: 'sha384' },
    secp521r1: { name: 'p521', hash: 'sha512' },
};
/** Throws a usage error for keys cosign-compatible verifiers cannot use. */
function assertSupportedKey(key, source) {
    const type = key.asymmetricKeyType;
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
        if (!CURVES[curve])
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source}: unsupported elliptic curve ${curve}`, 'use ECDSA P-256, P-384 or P-521, RSA >= 2048 or Ed25519');
        return;
    }
    if (type === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < 2048)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source}: RSA key of ${bits} bits is too small`, 'use RSA of at least 2048 bits');
        return;
    }
    if (type === 'ed25519')
        return;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source}: unsupported key type ${type ?? 'unknown'}`, 'use ECDSA P-256, P-384 or P-521, RSA >= 2048 or Ed25519');
}
function keyDescription(key) {
    const type = key.asymmetricKeyType;
    if (type === 'ec')
        return `ecdsa-${CURVES[key.asymmetricKeyDetails?.namedCurve ?? '']?.name ?? 'unknown'}`;
    if (type === 'rsa')
        return `rsa-${key.asymmetricKeyDetails?.modulusLength ?? 0}`;
    return type ?? 'unknown';
}
function signBytes(privateKey, data) {
    const algorithm = privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(algorithm, data, privateKey);
}
function verifyBytes(publicKey, data, signature) {
    try {
        if (publicKey.asymmetricKeyType === 'ed25519')
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, data, publicKey, signature);
        if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', data, publicKey, signature))
            return true;
        const curveHash = CURVES[publicKey.asymmetricKeyDetails?.namedCurve ?? '']?.hash;
        return curveHash !== undefined && curveHash !== 'sha256' && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(curveHash, data, publicKey, signature);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 29807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ encryptCosignKey),
/* harmony export */   X2: () => (/* binding */ decryptCosignKeyDer),
/* harmony export */   Zx: () => (/* binding */ SIGSTORE_PEM_TYPE),
/* harmony export */   kP: () => (/* binding */ COSIGN_PEM_TYPE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68215);
/**
 * cosign's encrypted private key: PEM `ENCRYPTED SIGSTORE PRIVATE KEY` (older cosign:
 * `ENCRYPTED COSIGN PRIVATE KEY`) around go-securesystemslib's `encrypted` JSON: scrypt KDF
 * (32-byte salt, 32-byte key), nacl/secretbox (24-byte nonce), ciphertext of the PKCS#8 DER.
 * Byte slices are standard base64, as Go's encoding/json writes []byte.
 */



const SIGSTORE_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
const COSIGN_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
/** go-securesystemslib's Legacy, Standard (cosign's default today) and OWASP levels. */
const ACCEPTED_N = new Set([32768, 65536, 131072]);
const DEFAULT_N = 65536;
/** tweetnacl's secretbox, loaded with the first key that needs it (verify never does). */
async function secretbox() {
    return (await __webpack_require__.e(/* import() */ 824).then(__webpack_require__.t.bind(__webpack_require__, 60824, 23))).default.secretbox;
}
function deriveKey(password, salt, N, r, p) {
    return new Promise((resolve, reject) => {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(Buffer.from(password, 'utf8'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) => err ? reject(err) : resolve(key));
    });
}
async function encryptCosignKey(privateKey, password, options = {}) {
    const N = options.scryptN ?? DEFAULT_N;
    if (!ACCEPTED_N.has(N))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`unsupported scrypt N ${N}`, 'use 32768, 65536 or 131072');
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
    const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24);
    const key = await deriveKey(password, salt, N, 8, 1);
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    const ciphertext = (await secretbox())(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key));
    const doc = {
        kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64'),
    };
    return (0,_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePem */ .T)(SIGSTORE_PEM_TYPE, Buffer.from(JSON.stringify(doc)));
}
function malformed(source, what) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .codedError */ .Au)('usage', 'key.cosign-key-invalid', `${source} is not a valid encrypted cosign key: ${what}`, { source });
}
async function decryptCosignKeyDer(body, password, source) {
    let doc;
    try {
        doc = JSON.parse(Buffer.from(body).toString('utf8'));
    }
    catch {
        throw malformed(source, 'its body is not JSON');
    }
    if (doc?.kdf?.name !== 'scrypt')
        throw malformed(source, `unknown kdf "${String(doc?.kdf?.name)}"`);
    if (doc.cipher?.name !== 'nacl/secretbox')
        throw malformed(source, `unknown cipher "${String(doc.cipher?.name)}"`);
    const { N, r, p } = doc.kdf.params ?? {};
    if (!ACCEPTED_N.has(N) || r !== 8 || p !== 1) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source}: unsupported scrypt parameters (N=${N}, r=${r}, p=${p})`, 'cosign accepts N of 32768, 65536 or 131072 with r=8, p=1');
    }
    const salt = Buffer.from(doc.kdf.salt ?? '', 'base64');
    const nonce = Buffer.from(doc.cipher.nonce ?? '', 'base64');
    if (nonce.length !== 24)
        throw malformed(source, 'incorrect nonce size');
    const [key, box] = await Promise.all([deriveKey(password, salt, N, r, p), secretbox()]);
    const plain = box.open(new Uint8Array(Buffer.from(doc.ciphertext ?? '', 'base64')), new Uint8Array(nonce), new Uint8Array(key));
    if (!plain) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .codedError */ .Au)('usage', 'key.password-wrong', `wrong password for encrypted cosign key ${source}`, { source, format: 'cosign' });
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.from(plain), format: 'der', type: 'pkcs8' });
    }
    catch {
        throw malformed(source, 'the decrypted key is not PKCS#8');
    }
}


/***/ }),

/***/ 47749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ loadPrivateKey),
/* harmony export */   f: () => (/* binding */ loadPublicKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _algorithms_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62091);
/* harmony import */ var _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29807);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68215);
/** Loads private and public keys from any PEM users bring: cosign-encrypted, PKCS#8, PKCS#1, SEC1. */





const PRIVATE_TYPES = new Set([_cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGSTORE_PEM_TYPE */ .Zx, _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_PEM_TYPE */ .kP, 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
const DER_TYPE = {
    'PRIVATE KEY': 'pkcs8',
    'ENCRYPTED PRIVATE KEY': 'pkcs8',
    'RSA PRIVATE KEY': 'pkcs1',
    'EC PRIVATE KEY': 'sec1',
};
function text(pem) {
    return typeof pem === 'string' ? pem : Buffer.from(pem).toString('utf8');
}
async function loadPrivateKey(pem, options) {
    const { source } = options;
    const blocks = (0,_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .pemBlocks */ .P)(text(pem));
    const block = blocks.find((b) => PRIVATE_TYPES.has(b.type));
    if (!block) {
        const found = blocks.map((b) => b.type).join(', ');
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(found ? `${source} holds ${found}, not a private key` : `${source} is not a PEM private key`, 'pass a cosign.key or a PEM private key (PKCS#8, PKCS#1 or SEC1)');
    }
    let key;
    if (block.type === _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGSTORE_PEM_TYPE */ .Zx || block.type === _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_PEM_TYPE */ .kP) {
        if (!options.password)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .codedError */ .Au)('usage', 'key.password-missing', `${source} is encrypted and no password was given`, { source });
        key = await (0,_cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .decryptCosignKeyDer */ .X2)(block.der, await options.password(), source);
    }
    else {
        const type = DER_TYPE[block.type] ?? 'pkcs8';
        const passphrase = block.type === 'ENCRYPTED PRIVATE KEY' ? await askPassphrase(options) : undefined;
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: block.der, format: 'der', type, ...(passphrase !== undefined ? { passphrase } : {}) });
        }
        catch (e) {
            const reason = e.message;
            if (passphrase !== undefined && /decrypt|bad decrypt|passphrase/i.test(reason)) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .codedError */ .Au)('usage', 'key.password-wrong', `wrong password for encrypted key ${source}`, { source, format: 'pkcs8' });
            }
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${source}: cannot parse the ${block.type}`, 'check that the PEM is complete, or convert it with `openssl pkcs8 -topk8`');
        }
    }
    (0,_algorithms_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSupportedKey */ .Ec)(key, source);
    return key;
}
async function askPassphrase(options) {
    if (!options.password)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .codedError */ .Au)('usage', 'key.password-missing', `${options.source} is encrypted and no password was given`, { source: options.source });
    return options.password();
}
/** A public key from `PUBLIC KEY`, `RSA PUBLIC KEY` or a certificate's key. */
function loadPublicKey(pem, source) {
    const blocks = (0,_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .pemBlocks */ .P)(text(pem));
    for (const block of blocks) {
        try {
            let key;
            if (block.type === 'PUBLIC KEY')
                key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: block.der, format: 'der', type: 'spki' });
            else if (block.type === 'RSA PUBLIC KEY')
                key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: block.der, format: 'der', type: 'pkcs1' });
            else if (block.type === 'CERTIFICATE')
                key = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block.der).publicKey;
            if (key) {
                (0,_algorithms_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSupportedKey */ .Ec)(key, source);
                return key;
            }
        }
        catch (e) {
            if (e.kind === 'usage')
                throw e;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${source}: cannot parse the ${block.type}`, 'check that the PEM is complete');
        }
    }
    const found = blocks.map((b) => b.type).join(', ');
    if (found.includes('PRIVATE KEY'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${source} is a private key; verification needs the public key`, 'pass cosign.pub (or the .pub written next to the key)');
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(found ? `${source} holds ${found}, not a public key` : `${source} is not a PEM public key`, 'pass a PEM "PUBLIC KEY" such as cosign.pub');
}


/***/ }),

/***/ 68215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ pemBlocks),
/* harmony export */   T: () => (/* binding */ encodePem)
/* harmony export */ });
const BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
function pemBlocks(text) {
    const blocks = [];
    for (const match of text.matchAll(BLOCK_RE)) {
        const body = (match[2] ?? '').replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body))
            continue;
        blocks.push({ type: match[1] ?? '', der: Buffer.from(body, 'base64') });
    }
    return blocks;
}
/** Go's pem.Encode: 64-character lines. */
function encodePem(type, der) {
    const b64 = Buffer.from(der).toString('base64');
    const lines = b64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}


/***/ }),

/***/ 38311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ describeKeyRef),
/* harmony export */   w: () => (/* binding */ parseKeyRef)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/**
 * Key references as cosign users write them: a path, `env://VAR`, `k8s://ns/name`,
 * `hashivault://name`. One parser, used by signing, verification and key generation.
 */

function parseKeyRef(ref) {
    if (ref === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .codedError */ .Au)('usage', 'key.empty-reference', 'empty key reference');
    const scheme = /^([a-z0-9+.-]+):\/\/(.*)$/.exec(ref);
    if (!scheme)
        return { kind: 'file', path: ref };
    const [, name, rest = ''] = scheme;
    switch (name) {
        case 'env':
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rest))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`invalid key reference "${ref}"`, 'use env://VARIABLE_NAME');
            return { kind: 'env', variable: rest };
        case 'k8s': {
            const parts = rest.split('/');
            if (parts.length !== 2 || !parts[0] || !parts[1]) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`invalid key reference "${ref}"`, 'use k8s://NAMESPACE/SECRET_NAME');
            }
            return { kind: 'k8s', namespace: parts[0], name: parts[1] };
        }
        case 'hashivault':
            if (!rest || rest.includes('/'))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`invalid key reference "${ref}"`, 'use hashivault://TRANSIT_KEY_NAME');
            return { kind: 'hashivault', key: rest };
        case 'file':
            return { kind: 'file', path: rest };
        default:
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`unsupported key reference scheme "${name}://"`, 'use a file path, env://VAR, k8s://ns/name or hashivault://name');
    }
}
function describeKeyRef(ref) {
    switch (ref.kind) {
        case 'file':
            return ref.path;
        case 'env':
            return `env://${ref.variable}`;
        case 'k8s':
            return `k8s://${ref.namespace}/${ref.name}`;
        case 'hashivault':
            return `hashivault://${ref.key}`;
    }
}


/***/ }),

/***/ 96182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ KeySigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62091);


/** A signer holding a private key in this process (file, env://, k8s:// secrets). */
class KeySigner {
    description;
    #privateKey;
    #publicKey;
    #certificate;
    constructor(privateKey, source, certificate) {
        this.#privateKey = privateKey;
        this.#publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
        this.#certificate = certificate;
        this.description = `${source} (${(0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .keyDescription */ .gQ)(privateKey)})`;
    }
    async publicKey() {
        return this.#publicKey;
    }
    async sign(data) {
        return (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signBytes */ .b_)(this.#privateKey, data);
    }
    async certificate() {
        return this.#certificate;
    }
}


/***/ }),

/***/ 87014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ registerKeySource),
/* harmony export */   LX: () => (/* binding */ loadVerificationKey),
/* harmony export */   vu: () => (/* binding */ loadSigner)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47749);
/* harmony import */ var _key_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38311);
/* harmony import */ var _key_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96182);





const remoteSources = new Map();
/**
 * Makes `k8s://` or `hashivault://` references loadable (for signing, verification and policy
 * generation alike). `@signet/core/keysources/k8s` and `.../vault` hold the sources; front ends
 * register them once at start-up, wrapped to import them on first use.
 */
function registerKeySource(kind, source) {
    remoteSources.set(kind, source);
}
async function readKeyMaterial(ref, env) {
    if (ref.kind === 'env') {
        const value = env[ref.variable];
        if (!value)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`environment variable ${ref.variable} is not set or empty`, `export ${ref.variable} with the PEM key`);
        return value;
    }
    if (ref.kind === 'file') {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(ref.path, 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .codedError */ .Au)('usage', 'key.file-missing', `key file ${ref.path} does not exist`, { path: ref.path });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('io', `cannot read key file ${ref.path}: ${code ?? String(e)}`);
        }
    }
    throw new Error(`unreachable: ${ref.kind}`);
}
function remoteSource(ref) {
    const kind = ref.kind;
    const source = remoteSources.get(kind);
    if (!source)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${(0,_key_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKeyRef */ .c)(ref)}: ${kind}:// keys are not available in this build`);
    return source;
}
async function loadSigner(keyRef, options = {}) {
    const ref = (0,_key_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyRef */ .w)(keyRef);
    if (ref.kind === 'k8s' || ref.kind === 'hashivault')
        return remoteSource(ref).signer(ref, options);
    const pem = await readKeyMaterial(ref, options.env ?? process.env);
    const loadOptions = options.password ? { source: (0,_key_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKeyRef */ .c)(ref), password: options.password } : { source: (0,_key_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKeyRef */ .c)(ref) };
    const key = await (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPrivateKey */ .P)(pem, loadOptions);
    return new _key_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .KeySigner */ .i(key, (0,_key_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKeyRef */ .c)(ref), options.certificate);
}
async function loadVerificationKey(keyRef, options = {}) {
    const ref = (0,_key_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyRef */ .w)(keyRef);
    if (ref.kind === 'k8s' || ref.kind === 'hashivault')
        return remoteSource(ref).publicKey(ref, options);
    const pem = await readKeyMaterial(ref, options.env ?? process.env);
    return (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPublicKey */ .f)(pem, (0,_key_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKeyRef */ .c)(ref));
}


/***/ })

};
