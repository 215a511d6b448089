export const id = 7618;
export const ids = [7618,4854];
export const modules = {

/***/ 37618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerSign: () => (/* binding */ registerSign)
});

// UNUSED EXPORTS: signatureFormat

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/cli/src/docs-url.ts
var docs_url = __webpack_require__(38414);
// EXTERNAL MODULE: ./packages/core/src/formats/simple-signing.ts
var simple_signing = __webpack_require__(999);
// EXTERNAL MODULE: ./packages/core/src/formats/signature-manifest.ts
var signature_manifest = __webpack_require__(5891);
// EXTERNAL MODULE: ./packages/core/src/formats/sigstore-bundle.ts
var sigstore_bundle = __webpack_require__(89074);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/x509/certificates.ts + 1 modules
var certificates = __webpack_require__(24813);
// EXTERNAL MODULE: ./packages/core/src/stores/bundle-referrers.ts + 1 modules
var bundle_referrers = __webpack_require__(49327);
// EXTERNAL MODULE: ./packages/core/src/keys/algorithms.ts
var algorithms = __webpack_require__(62091);
;// CONCATENATED MODULE: ./packages/core/src/sign/sign-image.ts







const SIGNATURE_FORMATS = ['legacy', 'bundle', 'both'];
/**
 * Signs one image digest once per format (the two formats sign different bytes, so `both` is
 * two signatures from the one loaded key) and publishes each. Legacy first: when the bundle
 * publication fails, the signature that every verifier reads is already in place.
 */
async function signImage(image, options) {
    const dockerReference = options.identity ?? image.dockerReference;
    if (options.keyless)
        return signWitnessed(image, options, options.keyless, dockerReference, 'bundle');
    if (!options.signer)
        throw new Error('signImage needs a signer or a keyless signer');
    const signer = options.signer;
    const format = options.format ?? 'legacy';
    // The tlog signer carries the same certificate (createKeyTlogSigner), so its entries log it.
    if (options.tlog)
        return signWitnessed(image, options, options.tlog, dockerReference, 'legacy');
    const payload = format === 'bundle' ? undefined : legacyPayload(image, options, dockerReference);
    // The blobs need no signature: upload them while the signature is made (a KMS round trip),
    // after the key has loaded (signImages): a key that fails to load writes nothing.
    if (payload && options.upload)
        image.signatures.stage(payload).catch(() => undefined);
    const cert = await options.signer.certificate?.();
    const publicKey = await signer.publicKey();
    const legacy = payload === undefined
        ? undefined
        : await signLegacy(image, options, dockerReference, payload, async (payload) => {
            const signature = await signer.sign(payload);
            const annotations = { [signature_manifest/* Annotations */.rB.signature]: Buffer.from(signature).toString('base64') };
            if (cert) {
                annotations[signature_manifest/* Annotations */.rB.certificate] = cert.certificatePem;
                annotations[signature_manifest/* Annotations */.rB.chain] = cert.chainPem ?? '';
            }
            return { signature, annotations };
        }, (existing) => (0,algorithms/* verifyBytes */.RV)(publicKey, existing.payload, existing.signature));
    const bundled = format === 'legacy' ? undefined : await signBundle(image, options, dockerReference, async (pae) => {
        const signature = await signer.sign(pae.bytes);
        return { signature, bundle: (0,sigstore_bundle/* buildKeyBundle */.C$)(pae.payload, signature, cert ? (0,certificates/* bundleSignerFor */.gs)(cert) : { hint: (0,sigstore_bundle/* publicKeyHint */.yd)(publicKey) }) };
    });
    return result(image, dockerReference, legacy, bundled);
}
function result(image, dockerReference, legacy, bundled) {
    const first = legacy ?? bundled;
    const publications = [legacy?.publication, bundled?.publication].filter((p) => p !== undefined);
    const confirms = [legacy?.confirm, bundled?.confirm].filter((c) => c !== undefined);
    return {
        image: image.display,
        digest: image.digest,
        dockerReference,
        payload: first.payload,
        signature: first.signature,
        ...(bundled ? { bundle: bundled.bundle } : {}),
        location: publications[0]?.location,
        appended: publications.length > 0 && publications.every((p) => p.appended),
        publications,
        ...(confirms.length > 0 ? { confirm: async () => Promise.all(confirms.map((c) => c())) } : {}),
    };
}
/**
 * cosign's legacy `.sig` layer: `make` signs the simple-signing payload and returns the layer
 * annotations (signature, and certificate, chain, Rekor bundle when there are any).
 * `isSameSigner` is the dedupe rule for an identical payload already present.
 */
async function signLegacy(image, options, dockerReference, payload, make, isSameSigner) {
    const { signature, annotations } = await make(payload);
    if (!options.upload)
        return { payload, signature, publication: undefined, confirm: undefined };
    const appended = await image.signatures.append(image.digest, payload, annotations, isSameSigner, {
        deferConfirm: options.deferConfirm ?? false,
        ...(options.logger ? { logger: options.logger } : {}),
    });
    return {
        payload,
        signature,
        publication: { format: 'legacy', location: appended.location, appended: appended.appended },
        confirm: appended.confirm,
    };
}
function legacyPayload(image, options, dockerReference) {
    return (0,simple_signing/* buildCosignPayload */.Q2)({ dockerReference, digest: image.digest, annotations: options.annotations });
}
/**
 * Keyless, or a key with --tlog-upload: the bundle is the same statement and referrer as a key
 * bundle, the legacy layer the same payload and `.sig` manifest as a key signature; Rekor (and
 * for keyless Fulcio) supply the rest. Keyless formats share the run's one certificate.
 */
async function signWitnessed(image, options, witnessed, dockerReference, defaultFormat) {
    const format = options.format ?? defaultFormat;
    // Each such signature carries its own log entry, so an equal one never exists: always append.
    const legacy = format === 'bundle' ? undefined : await signLegacy(image, options, dockerReference, legacyPayload(image, options, dockerReference), (payload) => witnessed.signPayload(payload), () => false);
    const bundled = format === 'legacy' ? undefined : await signBundle(image, options, dockerReference, (pae) => witnessed.signStatement(pae.payload));
    return result(image, dockerReference, legacy, bundled);
}
/**
 * cosign v3's `sign`: a DSSE-signed in-toto statement in a v0.3 bundle, as a referrer. `make`
 * signs and packages it: with a key locally, keyless through Fulcio and Rekor.
 */
async function signBundle(image, options, dockerReference, make) {
    const payload = (0,sigstore_bundle/* buildSignStatement */.HM)({ digest: image.digest, annotations: options.annotations, name: dockerReference });
    const { signature, bundle } = await make({ payload, bytes: (0,sigstore_bundle/* preAuthEncoding */.JC)(sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4, payload) });
    if (!options.upload)
        return { payload, signature, bundle, publication: undefined, confirm: undefined };
    // The referrer's subject descriptor needs the image's media type and size: known when the
    // image was opened for signing, asked for otherwise.
    const subject = image.descriptor ?? (await image.repository.resolve(image.digest));
    if (!subject)
        throw new errors/* SignetError */.Tj('usage', `image ${image.display} not found`, { hint: 'push the image first, or check the repository name and digest' });
    const published = await image.bundles.publish({ mediaType: subject.mediaType, digest: image.digest, size: subject.size }, bundle, {
        annotations: { [bundle_referrers/* BundleAnnotations */.z$.predicateType]: sigstore_bundle/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 },
        deferConfirm: options.deferConfirm ?? false,
        ...(options.logger ? { logger: options.logger } : {}),
    });
    return {
        payload,
        signature,
        bundle,
        publication: { format: 'bundle', location: published.location, appended: published.appended },
        confirm: published.confirm,
    };
}

// EXTERNAL MODULE: ./packages/core/src/x509/load.ts
var load = __webpack_require__(68345);
// EXTERNAL MODULE: ./packages/core/src/batch/run-batch.ts
var run_batch = __webpack_require__(34639);
// EXTERNAL MODULE: ./packages/core/src/signers/load.ts
var signers_load = __webpack_require__(87014);
// EXTERNAL MODULE: ./packages/core/src/keyless/keyless.ts + 1 modules
var keyless_keyless = __webpack_require__(39644);
// EXTERNAL MODULE: ./packages/core/src/keyless/tuf.ts
var tuf = __webpack_require__(74854);
// EXTERNAL MODULE: ./packages/core/src/keyless/witnessed.ts
var witnessed = __webpack_require__(46187);
// EXTERNAL MODULE: ./packages/core/src/targets/open-image.ts + 1 modules
var open_image = __webpack_require__(76139);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
;// CONCATENATED MODULE: ./packages/core/src/targets/expand-index.ts
/** `--recursive`: an image index stands for itself plus every manifest it lists. */

const INDEX_TYPES = new Set([types/* MediaTypes */.m.ociIndex, types/* MediaTypes */.m.dockerManifestList]);
async function childManifests(image) {
    const manifest = await image.repository.getManifest(image.digest);
    if (!manifest)
        return [];
    const doc = JSON.parse(new TextDecoder().decode(manifest.bytes));
    const mediaType = manifest.mediaType || doc.mediaType || '';
    if (!INDEX_TYPES.has(mediaType) && !(Array.isArray(doc.manifests) && !('config' in doc)))
        return [];
    return (doc.manifests ?? []).map((child) => ({
        ...image,
        digest: child.digest,
        descriptor: { mediaType: child.mediaType, digest: child.digest, size: child.size },
        display: image.display.replace(/@sha256:[a-f0-9]{64}$/, `@${child.digest}`),
        resolvedFromTag: undefined,
    }));
}

;// CONCATENATED MODULE: ./packages/core/src/sign/sign-images.ts
/**
 * The sign use case for a batch of images, as every front end runs it: load the key once,
 * open each image (tags resolved once), expand indexes, sign and publish, then confirm every
 * write once the race window has passed (docs/concurrency.md). Front ends map their inputs to a
 * `SignRequest` and render the `SignBatch` it returns; none of them holds engine concurrency.
 *
 * Order of effects: the key loads while the images are opened (reads only), and nothing is
 * written to any store before the key has loaded: a wrong password or a missing KMS key ends
 * the run with the registry untouched (issue 16). A key that fails to load ends every image at
 * once (not after its registry retries) and is the run's one error.
 */









/** Confirmations mostly wait; many can wait at once. */
const CONFIRM_CONCURRENCY = 64;
const DEFAULT_CONCURRENCY = 8;
/**
 * Signs every image of the request. Per-image failures are in the result; a key that cannot
 * be loaded (or a keyless setup that fails) is thrown, once, after every image has stopped.
 */
async function signImages(request) {
    const key = await prepareKey(request);
    const first = await (0,run_batch/* runBatch */.a)(request.images, request.concurrency ?? DEFAULT_CONCURRENCY, async (input) => {
        const work = (async () => {
            const image = await (0,open_image/* openImage */.UY)(input, request.context);
            const targets = request.recursive ? [image, ...(await childManifests(image))] : [image];
            // Nothing is written before the key has loaded: the opening above only reads.
            const options = await key.options();
            const results = [];
            for (const target of targets)
                results.push(await signImage(target, options));
            return results;
        })();
        // A key that fails to load ends the image at once, not after its registry retries.
        return key.failed ? Promise.race([work, key.failed]) : work;
    }, (outcome, done, total) => {
        if (!outcome.ok && key.isKeyFailure(outcome.error))
            return;
        request.onImage?.(toImageOutcome(outcome), done, total);
    });
    await key.settled();
    // Confirm every write once the race window has passed: for a batch the early writes are
    // long settled by now, so this waits once, not per image.
    const confirmed = await (0,run_batch/* runBatch */.a)(first, CONFIRM_CONCURRENCY, async (outcome) => {
        if (!outcome.ok)
            throw outcome.error;
        if (!request.singleWriter)
            for (const result of outcome.value)
                await result.confirm?.();
        return outcome.value;
    });
    const images = confirmed.map((c, i) => {
        const input = first[i].item;
        return c.ok ? { input, ok: true, results: c.value } : { input, ok: false, error: c.error };
    });
    return batchOf(images);
}
function toImageOutcome(outcome) {
    return outcome.ok ? { input: outcome.item, ok: true, results: outcome.value } : { input: outcome.item, ok: false, error: outcome.error };
}
function batchOf(images) {
    const signed = images.flatMap((o) => (o.ok ? o.results : []));
    const failed = images.flatMap((o) => (o.ok ? [] : [{ input: o.input, error: o.error }]));
    return {
        images,
        signed,
        failed,
        summary: {
            images: images.length,
            imagesSigned: images.length - failed.length,
            signatures: signed.length,
            added: signed.filter((r) => r.appended).length,
            failed: failed.length,
        },
    };
}
async function prepareKey(request) {
    const base = {
        annotations: request.annotations,
        upload: request.upload ?? true,
        identity: request.identity,
        deferConfirm: true,
        logger: request.context.logger,
    };
    const spec = request.key;
    if (spec.kind === 'keyless') {
        // One ephemeral key for the batch, as cosign; each image gets its certificate and entry.
        const keyless = (0,keyless_keyless/* createKeylessSigner */.tD)({
            fulcioURL: spec.fulcioURL,
            rekorURL: spec.rekorURL,
            timestampServerURL: spec.timestampServerURL,
            identityToken: spec.identityToken,
            trustedRoot: await signingTrust(spec),
        });
        return known({ ...base, keyless, format: request.format ?? 'bundle' });
    }
    const format = request.format ?? 'legacy';
    // One key load for the whole batch: a KMS round trip or scrypt per image would dominate.
    const loading = loadBatchSigner(spec, request.context.logger);
    if (spec.tlog) {
        // The log signer needs the key's public half up front.
        const signer = await loading;
        const tlog = (0,witnessed/* createKeyTlogSigner */.cx)(signer, await signer.publicKey(), { rekorURL: spec.tlog.rekorURL }, spec.certificate?.material);
        return known({ ...base, signer, tlog, format });
    }
    // The images are opened while the key loads; a key that fails to load is reported once.
    let failure;
    const ended = loading.then(() => undefined, (e) => {
        failure = { error: e };
    });
    const failed = loading.then(() => new Promise(() => undefined), (e) => Promise.reject(e));
    failed.catch(() => undefined);
    return {
        options: async () => ({ ...base, signer: await loading, format }),
        failed,
        isKeyFailure: (error) => failure?.error === error,
        settled: async () => {
            await ended;
            if (failure)
                throw failure.error;
        },
    };
}
function known(options) {
    return { options: async () => options, failed: undefined, isKeyFailure: () => false, settled: async () => undefined };
}
async function loadBatchSigner(spec, logger) {
    const started = Date.now();
    const signer = await (0,signers_load/* loadSigner */.vu)(spec.ref, {
        ...(spec.password ? { password: spec.password } : {}),
        ...(spec.certificate ? { certificate: spec.certificate.material } : {}),
    });
    if (spec.certificate)
        await (0,certificates/* checkSigningCertificate */.te)({ leaf: spec.certificate.leaf, chain: spec.certificate.chain, publicKey: await signer.publicKey() });
    logger.debug(`key ${spec.ref.startsWith('env://') ? 'from the environment' : spec.ref} loaded in ${Date.now() - started} ms`);
    return signer;
}
/**
 * The pre-publication check of keyless signatures: the given trusted root, else the TUF trusted
 * root when it describes the services signed with, i.e. the public-good defaults or a mirror
 * set by `initializeTuf` (TUF_MIRROR). Private Fulcio/Rekor URLs with no mirror have no root
 * to check against.
 */
async function signingTrust(spec) {
    if (spec.trustedRootPath)
        return (0,keyless_keyless/* loadTrustedRoot */.KE)(spec.trustedRootPath);
    if ((spec.fulcioURL || spec.rekorURL) && !(await (0,tuf/* tufMirrorConfigured */.Vv)()))
        return undefined;
    return (0,keyless_keyless/* loadDefaultTrustedRoot */.Re)();
}

// EXTERNAL MODULE: ./packages/cli/src/images.ts
var src_images = __webpack_require__(50123);
// EXTERNAL MODULE: ./packages/cli/src/image-digest-options.ts + 1 modules
var image_digest_options = __webpack_require__(61483);
// EXTERNAL MODULE: ./packages/cli/src/options.ts
var options = __webpack_require__(30783);
// EXTERNAL MODULE: ./packages/cli/src/password.ts
var src_password = __webpack_require__(60152);
// EXTERNAL MODULE: ./packages/cli/src/context.ts + 2 modules
var context = __webpack_require__(83119);
// EXTERNAL MODULE: ./packages/cli/src/batch-command.ts
var batch_command = __webpack_require__(7573);
// EXTERNAL MODULE: ./packages/cli/src/exit-code.ts + 1 modules
var exit_code = __webpack_require__(67080);
// EXTERNAL MODULE: ./packages/core/src/lookaside/atomic.ts + 3 modules
var atomic = __webpack_require__(2478);
// EXTERNAL MODULE: ./packages/core/src/gpg/openpgp.ts
var openpgp = __webpack_require__(48684);
// EXTERNAL MODULE: ./packages/core/src/gpg/keys.ts
var keys = __webpack_require__(47131);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/core/src/gpg/process.ts
/**
 * Running GnuPG without handing it signet's secrets. gpg starts a gpg-agent that outlives the
 * command and keeps the environment it was started with (readable in /proc/PID/environ by the
 * same user) and caches passphrases, so:
 *
 * - gpg and its helpers get only the variables they need (paths, locale, what pinentry needs to
 *   reach a terminal or display), never COSIGN_PASSWORD, registry, Vault or GPG passphrases;
 * - when no agent is running, signet starts one itself and stops it (`gpgconf --kill`) when it
 *   is done; with a passphrase given, that agent caches nothing, so a wrong passphrase fails
 *   on the next run as on this one;
 * - when the user's agent was already running, it is left running, and a passphrase signet's
 *   signing put into its cache is cleared again afterwards.
 */


/** What gpg, gpg-agent and pinentry read; everything else stays with signet. */
const GPG_VARIABLES = [
    'PATH',
    'HOME',
    'GNUPGHOME',
    'LANG',
    'LANGUAGE',
    'LC_ALL',
    'LC_CTYPE',
    'LC_MESSAGES',
    'TZ',
    'TMPDIR',
    'GPG_TTY',
    'TERM',
    'DISPLAY',
    'WAYLAND_DISPLAY',
    'XAUTHORITY',
    'DBUS_SESSION_BUS_ADDRESS',
    'XDG_RUNTIME_DIR',
    'PINENTRY_USER_DATA',
];
function gpgEnvironment(env) {
    const out = {};
    for (const name of GPG_VARIABLES)
        if (env[name] !== undefined)
            out[name] = env[name];
    return out;
}
/** Runs a GnuPG tool; `secret` goes to fd 3 (gpg's --passphrase-fd 3), never argv or env. */
function runGpgTool(binary, args, env, input, secret, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(binary, args, { env: gpgEnvironment(env), stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
        const out = [];
        let stderr = '';
        // Bounded: a pinentry waiting for a terminal nobody watches must not hang signet.
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e.code === 'ENOENT'
                ? (0,errors/* usageError */.Wp)(`${binary} is not installed`, 'install gnupg, or pass --sign-by with an armored secret key file')
                : new errors/* SignetError */.Tj('io', `cannot run ${binary}: ${e.message}`, { cause: e }));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout: Buffer.concat(out), stderr });
        });
        const fd3 = child.stdio[3];
        fd3?.on('error', () => undefined);
        fd3?.end(secret !== undefined ? `${secret}\n` : '');
        // The tool may exit before reading stdin (e.g. unknown key); 'close' reports why.
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? Buffer.alloc(0));
    });
}
/** `gpg-agent --daemon`: the forked agent keeps no pipe of ours open; wait for the parent only. */
function startDaemon(binary, args, env) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(binary, args, { env: gpgEnvironment(env), stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(new errors/* SignetError */.Tj('io', `cannot start gpg-agent: ${e.message}`, { cause: e }));
        });
        child.on('exit', (code) => {
            clearTimeout(timer);
            if (code === 0)
                resolve();
            else
                reject(new errors/* SignetError */.Tj('io', `cannot start gpg-agent (exit ${String(code)})`, { hint: 'run gpg-agent --daemon by hand to see why' }));
        });
    });
}
/** gpg's sibling tools, next to the gpg binary when it was given as a path. */
function sibling(gpgBinary, tool) {
    const slash = gpgBinary.lastIndexOf('/');
    return slash === -1 ? tool : `${gpgBinary.slice(0, slash + 1)}${tool}`;
}
/**
 * The gpg-agent for one signing run: which agent, who started it, and what to undo at the end.
 */
class GpgAgentSession {
    #gpg;
    #env;
    #passphrase;
    #started = false;
    #prepared;
    /** Keygrips whose passphrase was not cached in the user's agent before signet signed. */
    #toClear = new Set();
    #checked = new Set();
    constructor(gpgBinary, env, options) {
        this.#gpg = gpgBinary;
        this.#env = env;
        this.#passphrase = options.passphrase;
    }
    #agent(commands) {
        return runGpgTool(sibling(this.#gpg, 'gpg-connect-agent'), ['--no-autostart', ...commands, '/bye'], this.#env, undefined, undefined, 10_000);
    }
    /** Before the first gpg command: find the user's agent, or start signet's own. */
    prepare() {
        this.#prepared ??= (async () => {
            // gpg-connect-agent exits 0 either way; only a running agent answers with its pid.
            const running = await this.#agent(['GETINFO pid']).catch(() => undefined);
            if (running && /^D \d+$/m.test(running.stdout.toString()))
                return;
            this.#started = true;
            if (!this.#passphrase)
                return; // gpg starts it (pinentry may ask; caching as the user configured)
            // An agent that forgets every passphrase at once: nothing outlives the run, even if signet is killed.
            const args = ['--daemon', '--default-cache-ttl', '0', '--max-cache-ttl', '0', '--allow-loopback-pinentry'];
            if (this.#env.GNUPGHOME)
                args.unshift('--homedir', this.#env.GNUPGHOME);
            await startDaemon(sibling(this.#gpg, 'gpg-agent'), args, this.#env);
        })();
        return this.#prepared;
    }
    /** Notes which of the key's passphrases the user's agent has not cached yet (to clear them after). */
    async beforeSigning(keyId) {
        if (this.#started || !this.#passphrase || this.#checked.has(keyId))
            return;
        this.#checked.add(keyId);
        const list = await runGpgTool(this.#gpg, ['--batch', '--no-tty', '--with-colons', '--with-keygrip', '--list-secret-keys', '--', keyId], this.#env);
        const grips = list.stdout.toString().split('\n').filter((l) => l.startsWith('grp:')).map((l) => l.split(':')[9] ?? '').filter((g) => /^[0-9A-F]{40}$/.test(g));
        for (const grip of grips) {
            if (this.#toClear.has(grip))
                continue;
            const info = await this.#agent([`KEYINFO ${grip}`]);
            // S KEYINFO <grip> <type> <serial> <idstr> <cached> ...: `1` when the passphrase is cached.
            const line = info.stdout.toString().split('\n').find((l) => l.startsWith(`S KEYINFO ${grip} `));
            if (line?.split(' ')[6] !== '1')
                this.#toClear.add(grip);
        }
    }
    /** Stops the agent signet started, or forgets what signet cached in the user's. */
    async close() {
        if (!this.#prepared)
            return;
        await this.#prepared.catch(() => undefined);
        if (this.#started) {
            await runGpgTool(sibling(this.#gpg, 'gpgconf'), ['--kill', 'gpg-agent'], this.#env, undefined, undefined, 10_000).catch(() => undefined);
            return;
        }
        for (const grip of this.#toClear)
            await this.#agent([`CLEAR_PASSPHRASE --mode=normal ${grip}`]).catch(() => undefined);
        this.#toClear.clear();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/gpg/signer.ts
/**
 * Signers for containers/image "atomic container signatures": an OpenPGP signed message (not a
 * detached signature) whose literal data is the JSON payload. Two sources of the secret key:
 * openpgp.js with a key from a file or variable, or the gpg binary with a key it holds, so the
 * secret never leaves gpg's keyring (or its smartcard).
 */





const KEY_ID_RE = /^(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$/;
/**
 * `--sign-by` values: `env://VAR` (armored secret key in a variable), `gpg://ID` or a bare
 * hex key ID / fingerprint (gpg signs), anything else a path to a secret key file. A bare hex
 * string that is also an existing file is taken as the file, which `fileExists` decides.
 */
function parseSignBy(value, fileExists) {
    if (value === '')
        throw (0,errors/* usageError */.Wp)('empty --sign-by', 'pass a secret key file, env://VAR, or a gpg key ID or fingerprint');
    if (value.startsWith('env://')) {
        const variable = value.slice('env://'.length);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable))
            throw (0,errors/* usageError */.Wp)(`invalid --sign-by "${value}"`, 'use env://VARIABLE_NAME');
        return { kind: 'env', variable };
    }
    if (value.startsWith('gpg://')) {
        const keyId = value.slice('gpg://'.length);
        if (keyId === '' || /\s/.test(keyId))
            throw (0,errors/* usageError */.Wp)(`invalid --sign-by "${value}"`, 'use gpg://KEYID, gpg://FINGERPRINT or gpg://user@example.com');
        return { kind: 'gpg', keyId };
    }
    if (value.startsWith('file://'))
        return { kind: 'file', path: value.slice('file://'.length) };
    if (KEY_ID_RE.test(value) && !fileExists(value))
        return { kind: 'gpg', keyId: value.replace(/^0x/, '') };
    return { kind: 'file', path: value };
}
async function loadGpgSigner(spec, options) {
    const env = options.env ?? process.env;
    switch (spec.kind) {
        case 'file': {
            let bytes;
            try {
                bytes = await (0,promises_.readFile)(spec.path);
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT')
                    throw (0,errors/* codedError */.Au)('usage', 'gpg.secret-key-missing', `secret key file ${spec.path} does not exist`, { path: spec.path });
                throw new errors/* SignetError */.Tj('io', `cannot read ${spec.path}: ${code ?? e.message}`, { cause: e });
            }
            return openpgpSigner(await (0,keys/* parseSecretKey */.NP)(bytes, spec.path, options.passphrase), spec.path);
        }
        case 'env': {
            const value = env[spec.variable];
            if (!value)
                throw (0,errors/* usageError */.Wp)(`environment variable ${spec.variable} is not set or empty`, 'set it to an armored OpenPGP secret key');
            const where = `env://${spec.variable}`;
            return openpgpSigner(await (0,keys/* parseSecretKey */.NP)(Buffer.from(value), where, options.passphrase), where);
        }
        case 'gpg': {
            const binary = options.gpgBinary ?? 'gpg';
            const agent = new GpgAgentSession(binary, env, { passphrase: options.gpgPassphrase !== undefined });
            try {
                await agent.prepare();
                await checkGpgSecretKey(binary, spec.keyId, env);
            }
            catch (e) {
                await agent.close();
                throw e;
            }
            return gpgBinarySigner(spec.keyId, binary, options.gpgPassphrase, env, agent);
        }
    }
}
function openpgpSigner(key, source) {
    return {
        description: `${source} (${(0,keys/* fingerprintOf */.ax)(key)})`,
        async sign(payload) {
            const message = await (await (0,openpgp/* openpgp */.I)()).createMessage({ binary: payload });
            return (await (0,openpgp/* openpgp */.I)()).sign({ message, signingKeys: key, format: 'binary' });
        },
    };
}
/** Fails before any image is touched when gpg has no secret key by that name. */
async function checkGpgSecretKey(binary, keyId, env) {
    const r = await runGpgTool(binary, ['--batch', '--no-tty', '--with-colons', '--list-secret-keys', '--', keyId], env);
    if (r.code !== 0 || !r.stdout.toString().split('\n').some((l) => l.startsWith('sec:'))) {
        throw (0,errors/* usageError */.Wp)(`gpg cannot sign with key ${keyId}: ${gpgReason(r.stderr)}`, 'check `gpg --list-secret-keys` (and GNUPGHOME) for that key ID or fingerprint');
    }
}
/** Last meaningful gpg status line: enough to act on, never key material. */
function gpgReason(stderr) {
    const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('gpg: using'));
    return (lines[lines.length - 1] ?? 'no output').replace(/^gpg: /, '');
}
function gpgBinarySigner(keyId, binary, passphrase, env, agent) {
    return {
        description: `gpg key ${keyId}`,
        close: () => agent.close(),
        async sign(payload) {
            await agent.beforeSigning(keyId);
            const args = ['--batch', '--no-tty', '--sign', '--local-user', keyId, '--output', '-'];
            // Loopback pinentry with the passphrase on fd 3: never in argv or the environment of gpg.
            if (passphrase !== undefined)
                args.unshift('--pinentry-mode', 'loopback', '--passphrase-fd', '3');
            const r = await runGpgTool(binary, args, env, payload, passphrase);
            if (r.code === 0 && r.stdout.length > 0)
                return r.stdout;
            const reason = gpgReason(r.stderr);
            if (/no secret key|secret key not available|unusable/i.test(r.stderr)) {
                throw (0,errors/* usageError */.Wp)(`gpg cannot sign with key ${keyId}: ${reason}`, 'check `gpg --list-secret-keys` (and GNUPGHOME) for that key ID or fingerprint');
            }
            throw (0,errors/* usageError */.Wp)(`gpg failed to sign with key ${keyId}: ${reason}`, /passphrase|pinentry|inappropriate ioctl/i.test(r.stderr) ? 'set SIGNET_GPG_PASSPHRASE or unlock the key in gpg-agent' : 'run the same gpg command by hand to see why');
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/sign/sign-atomic-images.ts
/**
 * GPG simple signing (containers/image) for a batch of images, into a lookaside store: the
 * counterpart of `signImages` for `signedBy` policies. The signer is loaded by the caller
 * (a passphrase prompt belongs to the front end); each image is opened once, signed, stored.
 */



/** Checks every reference first (a usage error before any request), then signs each image. */
async function signAtomicImages(request) {
    for (const input of request.images)
        (0,atomic/* lookasideReference */.LI)(input);
    const images = await (0,run_batch/* runBatch */.a)(request.images, request.concurrency ?? 8, async (input) => {
        const image = await (0,open_image/* openImage */.UY)(input, request.context);
        return (0,atomic/* signAtomic */.ZI)(image.reference ?? (0,atomic/* lookasideReference */.LI)(input), image.digest, { signer: request.signer, store: request.store, identity: request.identity });
    }, request.onImage);
    return {
        images,
        signed: images.flatMap((o) => (o.ok ? [o.value] : [])),
        failed: images.flatMap((o) => (o.ok ? [] : [{ input: o.item, error: o.error }])),
    };
}

// EXTERNAL MODULE: ./packages/cli/src/lookaside-options.ts
var lookaside_options = __webpack_require__(63031);
;// CONCATENATED MODULE: ./packages/cli/src/commands/sign-gpg.ts
/**
 * `signet sign --sign-by`: containers/image simple signing (GPG) into a lookaside store, for
 * CRI-O, podman and OpenShift nodes that verify with a signedBy policy.
 */





async function signWithGpg(inputs, flags, report) {
    if (Object.keys(flags.annotations).length > 0) {
        throw (0,errors/* usageError */.Wp)('--annotations cannot be used with --sign-by', 'containers/image signatures carry no annotations; drop -a');
    }
    if (flags.cert)
        throw (0,errors/* usageError */.Wp)('--cert cannot be used with --sign-by', 'GPG signatures are trusted through the keyring, not certificates');
    if (flags.recursive)
        throw (0,errors/* usageError */.Wp)('--recursive is not supported with --sign-by yet', 'sign each platform manifest by digest');
    // Parse every reference before loading the key, so a typo fails before a passphrase prompt.
    for (const input of inputs)
        (0,atomic/* lookasideReference */.LI)(input);
    const store = (0,lookaside_options/* lookasideStore */.L0)(flags.lookaside, flags.upload);
    const spec = parseSignBy(flags.signBy, lookaside_options/* fileExists */.hR);
    const signer = await loadGpgSigner(spec, {
        passphrase: (0,lookaside_options/* gpgPassphrase */.H_)(flags.signBy),
        gpgPassphrase: process.env.SIGNET_GPG_PASSPHRASE,
    });
    await (0,batch_command/* runBatchCommand */.tB)(inputs, flags, async ({ ctx, progress }) => {
        const batch = await signAtomicImages({
            images: inputs,
            context: ctx,
            signer,
            store: flags.upload ? store : undefined,
            identity: flags.signContainerIdentity,
            concurrency: flags.concurrency,
            onImage: (outcome, done, total) => {
                if (!outcome.ok)
                    return progress.item(done, total, (0,batch_command/* failureLine */.Pu)('FAILED', outcome.item, outcome.error));
                const r = outcome.value;
                progress.item(done, total, r.stored ? `Signed ${r.image} as ${r.identity} -> ${r.stored.location}` : `Signed ${r.image} as ${r.identity} (not uploaded)`);
            },
        });
        const only = batch.signed.at(-1);
        if (only && flags.outputSignature)
            await (0,promises_.writeFile)(flags.outputSignature, only.signature);
        if (only && flags.outputPayload)
            await (0,promises_.writeFile)(flags.outputPayload, only.payload);
        report?.signed.push(...batch.signed.map((r) => ({ image: r.image, digest: r.image.slice(r.image.lastIndexOf('@') + 1), location: r.stored?.location, appended: r.stored !== undefined, format: 'simple-signing', identity: r.identity })));
        report?.failed.push(...batch.failed.map((f) => ({ image: f.input, error: (0,exit_code/* errorLine */.BP)(f.error) })));
        const failed = batch.failed.length;
        return {
            failures: batch.failed.map((f) => ({ item: f.input, error: f.error })),
            summary: inputs.length > 1 || failed > 0 ? `Summary: ${inputs.length - failed}/${inputs.length} image(s) signed with ${signer.description}, ${failed} failed` : undefined,
        };
    }, 
    // The gpg-agent signet started is stopped: it would keep running with its environment and cache.
    { close: [store ? () => store.close() : undefined, async () => { await signer.close?.(); }] });
}

// EXTERNAL MODULE: ./packages/cli/src/run-report.ts
var run_report = __webpack_require__(48595);
// EXTERNAL MODULE: ./packages/cli/src/notary-options.ts
var notary_options = __webpack_require__(17455);
;// CONCATENATED MODULE: ./packages/cli/src/commands/sign.ts













/** `--format`, with cosign v3's `--new-bundle-format[=bool]` as an alias (true: bundle, false: legacy). */
function signatureFormat(flags) {
    if (flags.format !== undefined && !SIGNATURE_FORMATS.includes(flags.format)) {
        throw (0,errors/* usageError */.Wp)(`--format must be one of ${SIGNATURE_FORMATS.join(', ')}, not "${flags.format}"`);
    }
    const alias = flags.newBundleFormat === undefined ? undefined : flags.newBundleFormat ? 'bundle' : 'legacy';
    if (flags.format !== undefined && alias !== undefined && flags.format !== alias) {
        throw (0,errors/* usageError */.Wp)(`--new-bundle-format=${String(flags.newBundleFormat)} contradicts --format ${flags.format}`, 'pass only --format');
    }
    return flags.format ?? alias ?? 'legacy';
}
function registerSign(program, report) {
    (0,notary_options/* addNotaryOptions */.b)((0,image_digest_options/* addImageDigestOptions */.P)((0,context/* addRegistryOptions */.pX)(program.command('sign')), 'sign'), 'sign')
        .summary('sign image digests and store the signatures in cosign\'s format')
        .description('Signs each IMAGE by digest with the key and appends the signature to the image\'s\n' +
        '`sha256-<hex>.sig` manifest (in COSIGN_REPOSITORY when set). A tag is resolved to its\n' +
        'digest with a warning; the digest is what gets signed. Identical signatures are not\n' +
        'added twice, and other signers\' signatures are always kept.')
        .argument('[image...]', 'IMAGE@sha256:DIGEST, IMAGE:TAG, oci:DIR[:TAG], or - to read images from stdin')
        .option('--images-file <file>', 'read images from a file, one per line (# comments allowed)')
        .option('--concurrency <n>', 'images signed in parallel', src_images/* parseConcurrency */.nY, 8)
        .option('--single-writer', 'promise that nobody else signs these digests meanwhile: skip the confirmation read (~0.7 s per run) that keeps concurrent signers\' signatures (cosign\'s behaviour; see ' + (0,docs_url/* docsUrl */.f)('concurrency.md') + ')')
        .option('-r, --recursive', 'for an image index, also sign every manifest it lists')
        .option('--format <format>', 'legacy (the `.sig` manifest: cosign v2, containers/image, Kyverno, policy-controller), bundle (a sigstore bundle referrer: cosign v3\'s default) or both; default legacy (bundle with --keyless)')
        .option('--new-bundle-format [bool]', 'cosign v3\'s spelling: true = --format bundle, false = --format legacy', options/* parseBool */.q6)
        .option('--key <ref>', 'private key: a path, env://VAR, k8s://ns/name or hashivault://name')
        .option('--keyless', 'sign with an ephemeral key and a Fulcio certificate for your OIDC identity, logged in Rekor (default --format bundle; legacy: cosign v2\'s keyless .sig layout)')
        .option('--fulcio-url <url>', 'with --keyless: Fulcio (default https://fulcio.sigstore.dev)')
        .option('--rekor-url <url>', 'with --keyless or --tlog-upload: Rekor (default https://rekor.sigstore.dev)')
        .option('--timestamp-server-url <url>', 'with --keyless: also timestamp the signature at this RFC 3161 TSA (.../api/v1/timestamp)')
        .option('--trusted-root <file>', 'with --keyless: check each bundle against this sigstore trusted_root.json before publishing it (default: the TUF trusted root, see signet initialize)')
        .option('--identity-token <jwt|file>', 'with --keyless: OIDC token (default SIGSTORE_ID_TOKEN, then the GitHub Actions runtime token)')
        .option('--sign-by <key>', 'GPG simple signing (containers/image): armored secret key file, env://VAR, or a gpg key ID/fingerprint (gpg://ID)')
        .option('--lookaside <url>', 'with --sign-by: where signatures go: file:///DIR, https://HOST/PATH (PUT) or sigserver+https://HOST')
        .option('-a, --annotations <key=value>', 'annotation for the payload\'s "optional" (repeatable)', options/* collectKeyValue */.Hx, {})
        .option('--upload [bool]', 'store the signature (false: only write --output-* files)', options/* parseBool */.q6, true)
        .option('--output-signature <file>', 'write the base64 signature here (one image only)')
        .option('--output-payload <file>', 'write the signed payload here (one image only)')
        .option('--cert <file>', 'PEM certificate for the key; stored with the signature, in the `.sig` annotations or the bundle (codeSigning EKU required)')
        .option('--cert-chain <file>', 'PEM chain for --cert: parent intermediate first, root last')
        .option('--sign-container-identity <ref>', 'override critical.identity.docker-reference in the payload')
        .option('--tlog-upload [bool]', 'with --key: also log each signature in Rekor (hashedrekord for legacy, dsse for bundles; with --cert the entry names the certificate), as cosign; default false for keys (keyless always logs)', options/* parseBool */.q6, false)
        .option('-y, --yes', 'accepted for cosign compatibility; signet never prompts for confirmation')
        .addHelpText('after', '\nEnvironment: COSIGN_PASSWORD (key password), COSIGN_REPOSITORY (where signatures go),\n' +
        'DOCKER_CONFIG, SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD, SIGNET_INSECURE_REGISTRIES.\n' +
        'With --sign-by: SIGNET_GPG_PASSPHRASE, SIGNET_LOOKASIDE (default --lookaside),\n' +
        'SIGNET_LOOKASIDE_USERNAME/SIGNET_LOOKASIDE_PASSWORD or ~/.netrc (uploads).\n\n' +
        'Example:\n  COSIGN_PASSWORD=... signet sign --key cosign.key registry.example.com/app@sha256:<hex>')
        .option('--report <file>', 'also write what was signed as JSON to FILE (for CI results; written on failure too)')
        .action((0,run_report/* withReportFile */.x)(report, async (images, flags, report) => {
        // Docker Content Trust publishes tags into Notary trust data instead of cosign signatures.
        if (flags.notary) {
            const notary = await Promise.all(/* import() */[__webpack_require__.e(7240), __webpack_require__.e(9305)]).then(__webpack_require__.bind(__webpack_require__, 70779));
            return notary.signNotary(await notary.notaryImages(images, flags), flags, report);
        }
        if (flags.tlogUpload && flags.signBy)
            throw (0,errors/* usageError */.Wp)('--tlog-upload is for cosign key signatures, not --sign-by (GPG)', 'drop --tlog-upload');
        if ([flags.key, flags.signBy, flags.keyless].filter(Boolean).length !== 1) {
            throw (0,errors/* usageError */.Wp)('pass exactly one of --key, --keyless or --sign-by', 'use --key for cosign key signatures, --keyless for Fulcio/Rekor, --sign-by for GPG signatures in a lookaside store');
        }
        if (flags.rekorUrl !== undefined && !flags.keyless && !flags.tlogUpload)
            throw (0,errors/* usageError */.Wp)('--rekor-url needs --keyless or --tlog-upload');
        const keylessOnly = { fulcioUrl: '--fulcio-url', timestampServerUrl: '--timestamp-server-url', trustedRoot: '--trusted-root', identityToken: '--identity-token' };
        for (const [flag, name] of Object.entries(keylessOnly)) {
            if (!flags.keyless && flags[flag] !== undefined)
                throw (0,errors/* usageError */.Wp)(`${name} needs --keyless`);
        }
        if (flags.keyless && flags.cert)
            throw (0,errors/* usageError */.Wp)('--cert cannot be combined with --keyless', 'Fulcio issues the certificate');
        if (flags.lookaside && !flags.signBy)
            throw (0,errors/* usageError */.Wp)('--lookaside needs --sign-by', 'cosign signatures are stored in the registry');
        // Keyless defaults to bundles, as cosign v3 (docs/decisions.md); legacy and both on request.
        const format = flags.keyless && flags.format === undefined && flags.newBundleFormat === undefined ? 'bundle' : signatureFormat(flags);
        if (format !== 'legacy' && flags.signBy)
            throw (0,errors/* usageError */.Wp)(`--format ${format} is for cosign signatures only`, 'GPG signatures go to a lookaside store');
        const inputs = await (0,src_images/* collectImages */.F1)(images, flags.imagesFile, flags);
        if ((flags.outputSignature || flags.outputPayload) && inputs.length !== 1) {
            throw (0,errors/* usageError */.Wp)('--output-signature/--output-payload need exactly one image');
        }
        if (flags.signBy)
            return signWithGpg(inputs, { ...flags, signBy: flags.signBy }, report);
        if (flags.registryPassword)
            context/* stderrLogger */.D7.warn('--registry-password is visible in the process list; prefer SIGNET_REGISTRY_PASSWORD');
        if (flags.certChain && !flags.cert)
            throw (0,errors/* usageError */.Wp)('--cert-chain needs --cert', 'pass the signing certificate with --cert');
        const key = flags.keyless
            ? {
                kind: 'keyless',
                fulcioURL: flags.fulcioUrl,
                rekorURL: flags.rekorUrl,
                timestampServerURL: flags.timestampServerUrl,
                identityToken: flags.identityToken,
                trustedRootPath: flags.trustedRoot,
            }
            : {
                kind: 'key',
                ref: flags.key ?? '',
                password: (0,src_password/* keyPassword */.hi)(flags.key ?? ''),
                certificate: flags.cert ? await (0,load/* loadSigningCertificate */.h)(flags.cert, flags.certChain) : undefined,
                tlog: flags.tlogUpload ? { rekorURL: flags.rekorUrl } : undefined,
            };
        await (0,batch_command/* runBatchCommand */.tB)(inputs, flags, async ({ ctx, progress }) => {
            const batch = await signImages({
                images: inputs,
                context: ctx,
                key,
                format,
                annotations: flags.annotations,
                upload: flags.upload,
                identity: flags.signContainerIdentity,
                recursive: flags.recursive,
                concurrency: flags.concurrency,
                singleWriter: flags.singleWriter,
                onImage: (outcome, done, total) => progress.item(done, total, progressLine(outcome, flags.upload, format)),
            });
            const only = batch.signed.at(-1);
            if (only && flags.outputSignature)
                await (0,promises_.writeFile)(flags.outputSignature, Buffer.from(only.signature).toString('base64'));
            if (only && flags.outputPayload)
                await (0,promises_.writeFile)(flags.outputPayload, only.payload);
            report?.signed.push(...batch.signed.map((r) => ({ image: r.image, digest: r.digest, location: r.location, appended: r.appended, format: 'cosign', identity: r.dockerReference })));
            report?.failed.push(...batch.failed.map((f) => ({ image: f.input, error: (0,exit_code/* errorLine */.BP)(f.error) })));
            const { summary } = batch;
            return {
                failures: batch.failed.map((f) => ({ item: f.input, error: f.error })),
                summary: inputs.length > 1 || summary.failed > 0
                    ? `Summary: ${summary.signatures} signature(s) for ${summary.imagesSigned}/${summary.images} image(s): ${summary.added} added, ${summary.signatures - summary.added} already present, ${summary.failed} failed`
                    : undefined,
            };
        });
    }));
}
/** The progress line of one image once its signatures are published. */
function progressLine(outcome, upload, format) {
    if (!outcome.ok)
        return (0,batch_command/* failureLine */.Pu)('FAILED', outcome.input, outcome.error);
    return outcome.results
        .flatMap((r) => !upload
        ? [`Signed ${r.image} (not uploaded)`]
        : r.publications.map((p) => p.appended ? `Signed ${r.image} -> ${p.location}${format === 'both' ? ` (${p.format})` : ''}` : `${r.image} already carries this signature at ${p.location}; nothing added`))
        .join('\n');
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

/***/ 74854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vv: () => (/* binding */ tufMirrorConfigured),
/* harmony export */   _u: () => (/* binding */ DEFAULT_TUF_MIRROR),
/* harmony export */   fetchTufTrustedRoot: () => (/* binding */ fetchTufTrustedRoot),
/* harmony export */   uh: () => (/* binding */ initializeTuf)
/* harmony export */ });
/* unused harmony exports tufCacheDir, tufSettings, classifyTufFailure, tufError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(637);
/**
 * The default trusted root, distributed by TUF as cosign does (issue 10): sigstore-js's TUF
 * client (@sigstore/tuf on tuf-js) fetches `trusted_root.json` from the public-good repository
 * with the root.json it ships, or from a private mirror set by `signet initialize`.
 *
 * Configuration is cosign v3's, so that `cosign initialize` and `signet initialize` are
 * interchangeable (pkg/cosign/tuf.go, sigstore-go pkg/tuf):
 * - cache directory: TUF_ROOT, else ~/.sigstore/root;
 * - mirror: TUF_MIRROR, else `remote.json` ({"mirror": URL}) in the cache directory, else the
 *   public-good CDN;
 * - root.json for a private mirror: TUF_ROOT_JSON, else the one cached for that mirror (ours,
 *   or the one cosign keeps under its own directory name), never the embedded public-good root.
 * @sigstore/tuf names a mirror's directory `encodeURIComponent(host + path)`, sigstore-go
 * `host-port-path`; both are the same for the public-good CDN, so there the two tools share
 * one verified cache.
 *
 * The client is imported on first use only: key-based runs and the Actions' cold start never load it.
 */






const DEFAULT_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
const REMOTE_FILE = 'remote.json';
/** A short backoff: an unreachable mirror should fail in about a second, not after promise-retry's 11 s default. */
const FETCH = { retry: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 }, timeout: 5000 };
function tufCacheDir(env = process.env) {
    if (env.TUF_ROOT)
        return env.TUF_ROOT;
    let home;
    try {
        home = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)();
    }
    catch {
        home = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)();
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.sigstore', 'root');
}
function normalizeMirror(url, flag) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`${flag} ${url}: not a URL`, 'give the TUF repository\'s base URL, e.g. https://tuf.example.com');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`${flag} ${url}: not an http(s) URL`);
    return url.replace(/\/+$/, '');
}
/** @sigstore/tuf's per-mirror directory name. */
function signetMirrorDir(cacheDir, mirror) {
    const url = new URL(mirror);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
}
/** sigstore-go's (cosign v3's) per-mirror directory name (tuf.URLToPath). */
function cosignMirrorDir(cacheDir, mirror) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, mirror.replace(/^https?:\/\//, '').replaceAll('/', '-').replaceAll(':', '-').toLowerCase());
}
async function configuredMirror(cacheDir, env) {
    if (env.TUF_MIRROR)
        return { mirror: normalizeMirror(env.TUF_MIRROR, 'TUF_MIRROR'), mirrorFrom: 'TUF_MIRROR' };
    const remote = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, REMOTE_FILE);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(remote, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return { mirror: DEFAULT_TUF_MIRROR, mirrorFrom: 'default' };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SignetError */ .Tj('io', `cannot read ${remote}: ${e.message}`);
    }
    let mirror;
    try {
        mirror = JSON.parse(text).mirror;
    }
    catch {
        mirror = undefined;
    }
    if (typeof mirror !== 'string' || mirror === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .codedError */ .Au)('usage', 'tuf.no-mirror', `${remote} names no mirror`, { file: remote });
    return { mirror: normalizeMirror(mirror, remote), mirrorFrom: 'signet/cosign initialize' };
}
/** Where the trusted root comes from when no --trusted-root is given. */
async function tufSettings(env = process.env) {
    const cacheDir = tufCacheDir(env);
    const { mirror, mirrorFrom } = await configuredMirror(cacheDir, env);
    if (env.TUF_ROOT_JSON) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(env.TUF_ROOT_JSON))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`TUF_ROOT_JSON ${env.TUF_ROOT_JSON}: no such file`);
        return { cacheDir, mirror, mirrorFrom, rootFile: env.TUF_ROOT_JSON, forceRoot: true };
    }
    if (mirror === DEFAULT_TUF_MIRROR || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(signetMirrorDir(cacheDir, mirror), 'root.json'))) {
        return { cacheDir, mirror, mirrorFrom, rootFile: undefined, forceRoot: false };
    }
    const cosignRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cosignMirrorDir(cacheDir, mirror), 'root.json');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cosignRoot))
        return { cacheDir, mirror, mirrorFrom, rootFile: cosignRoot, forceRoot: false };
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .codedError */ .Au)('usage', 'tuf.unknown-root', `no root.json is known for the TUF mirror ${mirror} (${mirrorFrom})`, { mirror });
}
/** True when a TUF mirror was chosen explicitly (TUF_MIRROR or initialize), not just the default. */
async function tufMirrorConfigured(env = process.env) {
    return (await configuredMirror(tufCacheDir(env), env)).mirrorFrom !== 'default';
}
/**
 * trusted_root.json through TUF. When the mirror cannot be reached, the cached metadata is
 * used while it is still valid (its timestamp has not expired), with a warning: an air-gapped
 * run after one online refresh works, a frozen mirror still ends at the timestamp's expiry.
 */
async function fetchTufTrustedRoot(env = process.env, warn = (l) => process.stderr.write(`warning: ${l}\n`)) {
    const settings = await tufSettings(env);
    const source = `TUF ${settings.mirror}`;
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(6835), __webpack_require__.e(496)]).then(__webpack_require__.bind(__webpack_require__, 26956));
    const options = {
        cachePath: settings.cacheDir,
        mirrorURL: settings.mirror,
        ...(settings.rootFile ? { rootPath: settings.rootFile } : {}),
        forceInit: settings.forceRoot,
        ...FETCH,
    };
    try {
        return { root: await getTrustedRoot(options), source };
    }
    catch (e) {
        const failure = classifyTufFailure(e);
        if (failure.kind === 'unreachable' && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(signetMirrorDir(settings.cacheDir, settings.mirror), 'timestamp.json'))) {
            try {
                const root = await getTrustedRoot({ ...options, forceInit: false, forceCache: true });
                warn(`TUF mirror ${settings.mirror} unreachable (${failure.detail}); using the cached trusted root, whose metadata has not expired`);
                return { root, source: `${source} (cached)` };
            }
            catch {
                // The cache is expired or incomplete: report the network failure, which is the cause.
            }
        }
        throw tufError(failure, settings.mirror, settings.mirrorFrom === 'default');
    }
}
/**
 * `signet initialize`: trust a TUF repository (cosign's command and files). The new cache is
 * built beside the old one and swapped in only once trusted_root.json was fetched and
 * verified, so a wrong --root or an unreachable mirror leaves the working configuration alone.
 */
async function initializeTuf(options, env = process.env) {
    const mirror = options.mirror ? normalizeMirror(options.mirror, '--mirror') : DEFAULT_TUF_MIRROR;
    if (mirror !== DEFAULT_TUF_MIRROR && !options.root) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`--mirror ${mirror} needs --root`, 'give the private repository\'s initial root.json; the embedded root is only for the public-good instance');
    }
    if (options.root)
        await checkRootFile(options.root);
    const cacheDir = tufCacheDir(env);
    const staging = `${cacheDir}.signet-init-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true, mode: 0o700 });
    try {
        // remote.json first, in cosign's shape, so cosign reads the same configuration.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, REMOTE_FILE), JSON.stringify({ mirror }), { mode: 0o600 });
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(6835), __webpack_require__.e(496)]).then(__webpack_require__.bind(__webpack_require__, 26956));
        try {
            await getTrustedRoot({ cachePath: staging, mirrorURL: mirror, ...(options.root ? { rootPath: options.root } : {}), forceInit: true, ...FETCH });
        }
        catch (e) {
            throw tufError(classifyTufFailure(e), mirror, mirror === DEFAULT_TUF_MIRROR);
        }
        // cosign v3 looks for the mirror's root under sigstore-go's directory name: leave it the
        // root just verified (and possibly rotated), so `cosign verify` works after `signet initialize`.
        const ours = signetMirrorDir(staging, mirror);
        const theirs = cosignMirrorDir(staging, mirror);
        if (ours !== theirs) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(theirs, { recursive: true, mode: 0o700 });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(ours, 'root.json'), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(theirs, 'root.json'));
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(cacheDir), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(cacheDir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, cacheDir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    }
    return { mirror, cacheDir };
}
async function checkRootFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`--root ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    let type;
    try {
        type = (JSON.parse(text).signed ?? {})._type;
    }
    catch {
        type = undefined;
    }
    if (type !== 'root')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`--root ${path}: not TUF root metadata (a signed "_type": "root" document)`, 'pass the repository\'s root.json (e.g. 1.root.json), not a sigstore trusted_root.json');
}
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']);
/**
 * What went wrong, from the error chain @sigstore/tuf and tuf-js throw. Matched on messages and
 * codes, not class names: the bundled Actions are minified, and tuf-js wraps its errors in
 * plain RuntimeErrors whose message carries the original.
 */
function classifyTufFailure(e) {
    const chain = [];
    for (let cur = e, depth = 0; cur instanceof Error && depth < 8; cur = cur.cause, depth++) {
        const o = cur;
        chain.push({ message: o.message, code: o.code, statusCode: o.statusCode, name: o.name });
    }
    const all = chain.map((c) => c.message).join(': ');
    const detail = chain.at(-1)?.message ?? String(e);
    const top = chain[0];
    if (top?.code === 'TUF_FIND_TARGET_ERROR')
        return { kind: 'missing-target', detail };
    if (/Expected (hash|length)/.test(all))
        return { kind: 'tampered-target', detail };
    // tuf-js stops reading at the signed length: a longer file only says "Max length reached".
    if (top?.code === 'TUF_DOWNLOAD_TARGET_ERROR' && /Max length reached/.test(all))
        return { kind: 'tampered-target', detail: 'longer than its signed length' };
    if (/is expired/.test(all))
        return { kind: 'expired', detail: all.match(/[\w.]+\.json is expired/)?.[0] ?? detail };
    if (/was signed by \d+\/\d+ keys|failed to verify .* signature|no signature for key/.test(all))
        return { kind: 'unsigned', detail };
    const http = chain.find((c) => typeof c.statusCode === 'number');
    if (http && typeof http.statusCode === 'number') {
        return http.statusCode >= 500 ? { kind: 'unreachable', detail: `HTTP ${http.statusCode}` } : { kind: 'not-a-repository', detail: `HTTP ${http.statusCode}` };
    }
    if (/DownloadHTTPError|Failed to download/.test(all))
        return { kind: 'not-a-repository', detail };
    if (chain.some((c) => (typeof c.code === 'string' && NETWORK_CODES.has(c.code)) || c.name === 'TimeoutError' || c.message === 'fetch failed')) {
        const code = chain.find((c) => typeof c.code === 'string' && NETWORK_CODES.has(c.code))?.code;
        return { kind: 'unreachable', detail: typeof code === 'string' ? code : detail };
    }
    return { kind: 'invalid', detail: all };
}
/** One line per failure; unreachable is a remote failure (exit 3), the rest are trust configuration (exit 2). */
function tufError(failure, mirror, isDefault) {
    const repo = `TUF repository ${mirror}`;
    switch (failure.kind) {
        case 'unreachable':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SignetError */ .Tj('remote', `cannot reach the ${repo} (${failure.detail}) and no valid cached metadata`, { code: 'tuf.unreachable', data: { mirror, isDefault } });
        case 'not-a-repository':
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .codedError */ .Au)('usage', 'tuf.not-a-repository', `${repo} is not a TUF repository (${failure.detail} for its metadata)`, { mirror });
        case 'unsigned':
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .codedError */ .Au)('usage', 'tuf.unsigned', `${repo}: metadata is not signed by the trusted TUF root (${failure.detail})`, { mirror });
        case 'expired':
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .codedError */ .Au)('usage', 'tuf.expired', `${repo}: ${failure.detail} (expired metadata)`, { mirror });
        case 'missing-target':
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .codedError */ .Au)('usage', 'tuf.missing-target', `${repo} has no ${TRUSTED_ROOT_TARGET} target`, { mirror });
        case 'tampered-target':
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`${repo}: ${TRUSTED_ROOT_TARGET} does not match its signed TUF targets metadata (${failure.detail})`, 'the file was altered; do not trust this mirror until it serves the signed file');
        case 'invalid':
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .codedError */ .Au)('usage', 'tuf.invalid', `${repo}: TUF update failed (${failure.detail})`, { mirror });
    }
}


/***/ })

};
