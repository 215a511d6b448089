export const id = 7985;
export const ids = [7985];
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

/***/ 83119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pX: () => (/* binding */ addRegistryOptions),
  q6: () => (/* binding */ createContext),
  E9: () => (/* binding */ parseDuration),
  ou: () => (/* binding */ setWarningSink),
  D7: () => (/* binding */ stderrLogger)
});

// UNUSED EXPORTS: limitsFrom, parseByteSize

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var esm = __webpack_require__(44342);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/reference/reference.ts
var reference = __webpack_require__(17159);
// EXTERNAL MODULE: ./packages/core/src/registry/hosts.ts
var hosts = __webpack_require__(83565);
// EXTERNAL MODULE: ./packages/core/src/registry/credentials.ts
var credentials = __webpack_require__(31136);
// EXTERNAL MODULE: ./packages/core/src/oci/limits.ts
var limits = __webpack_require__(58156);
// EXTERNAL MODULE: ./packages/core/src/oci/digest.ts
var oci_digest = __webpack_require__(24276);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
// EXTERNAL MODULE: ./packages/core/src/registry/errors.ts
var registry_errors = __webpack_require__(22743);
;// CONCATENATED MODULE: ./packages/core/src/registry/repository.ts
/**
 * The OCI distribution API of one repository (go-containerregistry's `remote`), over a
 * RegistryTransport. Every reference put into a URL is a tag or a sha256 digest, checked here:
 * digests come from registries too (Docker-Content-Digest, manifest layers, referrer lists), and
 * a path-shaped one must not send requests outside the repository. Every read is bounded by
 * the session's ReadLimits.
 */




/** distribution's tag grammar. */
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const MAX_REDIRECTS = 5;
/**
 * What a session learns about registries while it runs, shared by its repositories and by no
 * one else: blobs known per repository (no request needed again), a repository known to hold
 * a blob (mount instead of upload), registries without the Referrers API (not asked again).
 */
class RepositoryCaches {
    #knownBlobs = new Set();
    #blobHomes = new Map();
    #withoutReferrersApi = new Set();
    isKnownBlob(location, digest) {
        return this.#knownBlobs.has(`${location}@${digest}`);
    }
    blobHome(registry, digest) {
        return this.#blobHomes.get(`${registry}@${digest}`);
    }
    rememberBlob(registry, repository, digest) {
        this.#knownBlobs.add(`${registry}/${repository}@${digest}`);
        this.#blobHomes.set(`${registry}@${digest}`, repository);
    }
    hasNoReferrersApi(registry) {
        return this.#withoutReferrersApi.has(registry);
    }
    markNoReferrersApi(registry) {
        this.#withoutReferrersApi.add(registry);
    }
}
/** A value from a registry or a manifest, shortened and quoted for a message. */
function shown(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
class RegistryRepository {
    location;
    limits;
    #transport;
    #caches;
    #registry;
    #repository;
    constructor(transport, caches, limits, registry, repository) {
        this.#transport = transport;
        this.#caches = caches;
        this.limits = limits;
        this.#registry = registry;
        this.#repository = repository;
        this.location = `${registry}/${repository}`;
    }
    /** "repo:tag" or "repo@sha256:…" for messages. */
    #ref(tagOrDigest) {
        return `${this.location}${tagOrDigest.startsWith('sha256:') ? '@' : ':'}${tagOrDigest}`;
    }
    /** The URL of a manifest (tag or digest) or a blob / referrers list (digest only). */
    #url(kind, reference, what) {
        const valid = (0,oci_digest/* isDigest */.B)(reference) || (kind === 'manifests' && TAG_RE.test(reference));
        if (!valid) {
            throw (0,registry_errors/* registryError */.eo)(registry_errors/* RegistryErrorCodes */.YA.invalidDigest, `${what}: ${shown(reference)} is not a ${kind === 'manifests' ? 'tag or ' : ''}sha256 digest; not requested`, {
                data: { registry: this.#registry, repository: this.#repository, value: reference },
            });
        }
        return `${this.#transport.baseUrl(this.#registry)}/v2/${this.#repository}/${kind}/${reference}`;
    }
    #send(access, spec, what) {
        return this.#transport.send({ registry: this.#registry, repository: this.#repository, access }, spec, what);
    }
    #fail(response, access, what) {
        throw (0,registry_errors/* statusError */.$C)(response, this.#registry, this.#repository, access, what, this.#transport.credentialsSentFrom(this.#registry));
    }
    async resolve(tagOrDigest) {
        const what = `resolve ${this.#ref(tagOrDigest)}`;
        const res = await this.#send('pull', { method: 'HEAD', url: this.#url('manifests', tagOrDigest, what), headers: { accept: types/* MANIFEST_ACCEPT */.d.join(', ') } }, what);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        const digest = res.headers['docker-content-digest']?.trim();
        const mediaType = res.headers['content-type'] ?? '';
        if (digest) {
            // The digest is what gets signed and what later URLs are built from.
            if (!(0,oci_digest/* isDigest */.B)(digest)) {
                throw (0,registry_errors/* registryError */.eo)(registry_errors/* RegistryErrorCodes */.YA.invalidDigest, `${what}: the registry sent Docker-Content-Digest ${shown(digest)}, not a sha256 digest`, {
                    data: { registry: this.#registry, repository: this.#repository, value: digest },
                });
            }
            if ((0,oci_digest/* isDigest */.B)(tagOrDigest) && digest !== tagOrDigest) {
                throw (0,registry_errors/* registryError */.eo)(registry_errors/* RegistryErrorCodes */.YA.digestMismatch, `${what}: the registry answered for ${digest}`, { data: { registry: this.#registry, digest: tagOrDigest } });
            }
            const length = res.headers['content-length'];
            const size = length !== undefined && /^\d+$/.test(length) ? Number(length) : 0;
            return { mediaType, digest, size };
        }
        const fetched = await this.getManifest(tagOrDigest);
        return fetched ? { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.byteLength } : undefined;
    }
    async getManifest(tagOrDigest) {
        const what = `read manifest ${this.#ref(tagOrDigest)}`;
        const res = await this.#send('pull', { method: 'GET', url: this.#url('manifests', tagOrDigest, what), headers: { accept: types/* MANIFEST_ACCEPT */.d.join(', ') }, maxBodyBytes: this.limits.maxManifestBytes }, what);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        const digest = (0,oci_digest/* sha256Digest */.s)(res.body);
        if ((0,oci_digest/* isDigest */.B)(tagOrDigest) && digest !== tagOrDigest) {
            throw (0,registry_errors/* registryError */.eo)(registry_errors/* RegistryErrorCodes */.YA.digestMismatch, `${what}: content does not match the requested digest`, { data: { registry: this.#registry, digest: tagOrDigest } });
        }
        return { bytes: res.body, mediaType: res.headers['content-type'] ?? '', digest };
    }
    async putManifest(tagOrDigest, bytes, mediaType, options = {}) {
        const res = await this.#putManifest(tagOrDigest, bytes, mediaType, options);
        const answered = res.headers['docker-content-digest']?.trim();
        return answered && (0,oci_digest/* isDigest */.B)(answered) ? answered : (0,oci_digest/* sha256Digest */.s)(bytes);
    }
    /**
     * OCI distribution 1.1: a registry with the Referrers API answers a manifest PUT that has a
     * `subject` with `OCI-Subject: <subject digest>`. Without that header the client must keep the
     * fallback referrers tag, even when a referrers query happens to answer (a registry may serve
     * the API without having indexed this push).
     */
    async putReferrer(digest, bytes, mediaType, subjectDigest) {
        const res = await this.#putManifest(digest, bytes, mediaType);
        return res.headers['oci-subject']?.trim() === subjectDigest;
    }
    async #putManifest(tagOrDigest, bytes, mediaType, options = {}) {
        const what = `write manifest ${this.#ref(tagOrDigest)}`;
        const res = await this.#send('push', { method: 'PUT', url: this.#url('manifests', tagOrDigest, what), headers: { 'content-type': mediaType }, body: bytes, ...(options.notAfter ? { notAfter: options.notAfter } : {}) }, what);
        if (res.status !== 201 && res.status !== 200)
            this.#fail(res, 'push', what);
        return res;
    }
    async hasBlob(digest) {
        const what = `check blob ${this.location}@${digest}`;
        const res = await this.#send('pull', { method: 'HEAD', url: this.#url('blobs', digest, what) }, what);
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        this.#fail(res, 'pull', what);
    }
    /**
     * Known here: nothing to do. Known in another repository of this registry (a batch over
     * many repositories): one cross-repository mount request. Otherwise HEAD, then upload.
     */
    async ensureBlob(digest, bytes) {
        if (this.#caches.isKnownBlob(this.location, digest))
            return;
        const home = this.#caches.blobHome(this.#registry, digest);
        if (home && home !== this.#repository)
            return this.putBlob(digest, bytes, home);
        if (await this.hasBlob(digest))
            return this.#caches.rememberBlob(this.#registry, this.#repository, digest);
        return this.putBlob(digest, bytes);
    }
    /**
     * POST then a monolithic PUT: two requests. distribution 2.8 does not honour the one-request
     * `POST ?digest=` upload, and a HEAD first would cost a third for blobs that are always new.
     * With `mountFrom`, the POST asks to mount the blob from that repository (201, done in one
     * request); a registry that declines answers with an upload session, used as usual.
     * When a PUT is retried after its response was lost, the session is already consumed (404);
     * the blob is then checked for, and the upload restarted only if it is really missing.
     * An upload location on another origin gets no credentials (the transport's rule).
     */
    async putBlob(digest, bytes, mountFrom) {
        const what = `upload blob to ${this.location}`;
        const uploads = `${this.#transport.baseUrl(this.#registry)}/v2/${this.#repository}/blobs/uploads/`;
        this.#url('blobs', digest, what); // refuses a digest that is not one before anything is sent
        for (let session = 1;; session++) {
            const query = mountFrom && session === 1 ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : '';
            const start = await this.#send('push', { method: 'POST', url: `${uploads}${query}` }, what);
            if (start.status === 201)
                break;
            if (start.status !== 202)
                this.#fail(start, 'push', what);
            const location = start.headers.location;
            if (!location)
                throw (0,registry_errors/* registryError */.eo)(registry_errors/* RegistryErrorCodes */.YA.badResponse, `${what}: registry sent no upload location`, { data: { registry: this.#registry } });
            let url;
            try {
                url = new URL(location, uploads);
            }
            catch {
                throw (0,registry_errors/* registryError */.eo)(registry_errors/* RegistryErrorCodes */.YA.badResponse, `${what}: registry sent an invalid upload location`, { data: { registry: this.#registry } });
            }
            url.searchParams.set('digest', digest);
            const put = await this.#send('push', { method: 'PUT', url: url.toString(), headers: { 'content-type': 'application/octet-stream' }, body: bytes }, what);
            if (put.status === 201 || put.status === 204)
                break;
            if (put.status === 404 && session < 3) {
                if (await this.hasBlob(digest))
                    break;
                continue;
            }
            this.#fail(put, 'push', what);
        }
        this.#caches.rememberBlob(this.#registry, this.#repository, digest);
    }
    /**
     * GET /v2/<repo>/referrers/<digest>. A registry with the API answers 200 with an image index
     * (empty when nothing refers to the digest); distribution 2.8 and other registries without
     * it answer 404 (some 400/405), which means "use the fallback tag".
     */
    async referrers(digest) {
        if (this.#caches.hasNoReferrersApi(this.#registry))
            return undefined;
        const what = `list referrers of ${this.location}@${digest}`;
        const res = await this.#send('pull', { method: 'GET', url: this.#url('referrers', digest, what), headers: { accept: types/* MediaTypes */.m.ociIndex }, maxBodyBytes: this.limits.maxManifestBytes }, what);
        if (res.status === 404 || res.status === 400 || res.status === 405) {
            // A registry with the API never answers 404 for a repository that exists (OCI distribution
            // spec), so one such answer settles it for the run: a batch saves a request per image.
            if ((0,registry_errors/* registryServerCode */.E7)(res.body) !== 'NAME_UNKNOWN')
                this.#caches.markNoReferrersApi(this.#registry);
            return undefined;
        }
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        let index;
        try {
            index = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            return undefined; // an HTML or text 200 is not the Referrers API
        }
        const manifests = index?.manifests;
        if (!Array.isArray(manifests))
            return undefined;
        if (manifests.length > this.limits.maxLayers)
            throw (0,limits/* tooManyLayers */.Yn)(`the referrers list of ${this.location}@${digest}`, manifests.length, this.limits);
        return manifests.filter((m) => typeof m === 'object' && m !== null && typeof m.digest === 'string');
    }
    /**
     * A blob, at most `size` bytes when the descriptor declares one (a larger declared size is
     * refused before any request, as cosign does), else at most the attachment limit.
     * Registries redirect blobs to storage (S3, GCS); those URLs carry their own signed auth
     * and get none of ours (content is checked against the digest either way).
     */
    async getBlob(digest, size) {
        const what = `read blob ${this.location}@${digest}`;
        const expected = (0,limits/* checkDeclaredSize */.sl)(what, size, this.limits.maxBlobBytes);
        const bounds = { maxBodyBytes: this.limits.maxBlobBytes, ...(expected !== undefined ? { expectedBodyBytes: expected } : {}) };
        let url = this.#url('blobs', digest, what);
        let res = await this.#send('pull', { method: 'GET', url, ...bounds }, what);
        for (let hops = 0; hops < MAX_REDIRECTS && res.status >= 300 && res.status < 400 && res.headers.location; hops++) {
            let target;
            try {
                target = new URL(res.headers.location, url);
            }
            catch {
                throw (0,registry_errors/* registryError */.eo)(registry_errors/* RegistryErrorCodes */.YA.badResponse, `${what}: registry sent an invalid redirect`, { data: { registry: this.#registry } });
            }
            url = target.toString();
            // The transport sends credentials only back to the registry's own origin.
            res = await this.#send('pull', { method: 'GET', url, ...bounds }, what);
        }
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        if ((0,oci_digest/* sha256Digest */.s)(res.body) !== digest) {
            throw (0,registry_errors/* registryError */.eo)(registry_errors/* RegistryErrorCodes */.YA.digestMismatch, `${what}: content does not match its digest`, { data: { registry: this.#registry, digest } });
        }
        return res.body;
    }
}

// EXTERNAL MODULE: ./packages/core/src/registry/transport.ts
var transport = __webpack_require__(82387);
;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts
/**
 * The registry client a process holds: one auth/transport session (transport.ts: keep-alive
 * connections, challenges, tokens, credentials) and the repository API over it (repository.ts),
 * sharing what the session learns (known blobs, mount sources, registries without the
 * Referrers API) privately between its repositories.
 */



class RegistryClient {
    limits;
    /** Where this session's credentials come from; a registry's Notary server is sent the same (docker does). */
    credentials;
    #transport;
    #caches = new RepositoryCaches();
    constructor(options = {}) {
        this.#transport = new transport/* RegistryTransport */.F(options);
        this.credentials = options.credentials;
        this.limits = Object.freeze((0,limits/* readLimits */.BU)(options.limits));
    }
    /** Requests sent, tokens fetched and retries so far (a snapshot). */
    get stats() {
        return this.#transport.stats;
    }
    repository(registry, repository) {
        return new RegistryRepository(this.#transport, this.#caches, this.limits, registry, repository);
    }
    baseUrl(registry) {
        return this.#transport.baseUrl(registry);
    }
    close() {
        return this.#transport.close();
    }
}

// EXTERNAL MODULE: ./packages/cli/src/progress.ts
var progress = __webpack_require__(53314);
// EXTERNAL MODULE: ./packages/cli/src/input-names.ts
var input_names = __webpack_require__(20792);
// EXTERNAL MODULE: ./packages/cli/src/verbosity.ts
var verbosity = __webpack_require__(61304);
;// CONCATENATED MODULE: ./packages/cli/src/context.ts
/** Builds the engine's shared state (one registry client, credentials, logger) from flags and env. */







/** The registry flags every command that talks to registries shares. */
function addRegistryOptions(command) {
    return command
        .option('--allow-http-registry', 'use plain HTTP for the registries named in this command')
        .option('--allow-insecure-registry', 'do not verify the TLS certificate of the registries named in this command (expired or self-signed: testing only; prefer --registry-cacert)')
        .option('--registry-cacert <file>', 'PEM CA certificate(s) trusted for registries besides the system store (a private CA)')
        .option('--registry-client-cert <file>', 'PEM client certificate for registries that require mutual TLS (with --registry-client-key)')
        .option('--registry-client-key <file>', 'PEM private key (unencrypted) of --registry-client-cert')
        .option('--registry-username <name>', 'registry user (default: docker config.json / credential helpers)')
        .option('--registry-password <password>', 'registry password; prefer SIGNET_REGISTRY_PASSWORD (argv is visible to other users)')
        .option('--request-timeout <duration>', 'deadline of one registry request, whole body included (then retried), e.g. 30s, 2m (default 30s)', parseDuration)
        .option('--max-attachment-size <size>', 'largest signature attachment read, e.g. 20MiB (default 128MiB; env COSIGN_MAX_ATTACHMENT_SIZE)', parseByteSize)
        .option('--max-manifest-size <size>', 'largest manifest or index read (default 4MiB; env SIGNET_MAX_MANIFEST_SIZE)', parseByteSize)
        .option('--max-signature-layers <n>', 'most signatures in one set or referrers list (default 1000, as cosign; env SIGNET_MAX_SIGNATURE_LAYERS)', parseCount);
}
const BYTE_UNITS = {
    '': 1, b: 1,
    k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9,
    ki: 1024, kib: 1024, mi: 1024 ** 2, mib: 1024 ** 2, gi: 1024 ** 3, gib: 1024 ** 3,
};
/** Sizes as cosign reads COSIGN_MAX_ATTACHMENT_SIZE (go-humanize): 5120, 20K, 3M, 45MiB, 1GB. */
function parseByteSize(value) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
    const unit = m ? BYTE_UNITS[(m[2] ?? '').toLowerCase()] : undefined;
    if (!m || unit === undefined)
        throw new esm/* InvalidArgumentError */.Di(`expected a size like 5120, 20K, 3M or 45MiB, got "${value}"`);
    const bytes = Math.floor(Number(m[1]) * unit);
    if (bytes <= 0 || !Number.isSafeInteger(bytes))
        throw new esm/* InvalidArgumentError */.Di('the size must be positive');
    return bytes;
}
function parseCount(value) {
    if (!/^\d+$/.test(value.trim()) || Number(value) <= 0)
        throw new esm/* InvalidArgumentError */.Di(`expected a positive whole number, got "${value}"`);
    return Number(value);
}
/** Flags first, then the environment (cosign's COSIGN_MAX_ATTACHMENT_SIZE), then core's defaults. */
function limitsFrom(flags, env = process.env) {
    const fromEnv = (name, parse) => {
        const raw = env[name];
        if (!raw)
            return undefined;
        try {
            return parse(raw);
        }
        catch (e) {
            throw (0,errors/* usageError */.Wp)(`${name}=${raw}: ${e.message}`);
        }
    };
    const maxBlobBytes = flags.maxAttachmentSize ?? fromEnv('COSIGN_MAX_ATTACHMENT_SIZE', parseByteSize);
    const maxManifestBytes = flags.maxManifestSize ?? fromEnv('SIGNET_MAX_MANIFEST_SIZE', parseByteSize);
    const maxLayers = flags.maxSignatureLayers ?? fromEnv('SIGNET_MAX_SIGNATURE_LAYERS', parseCount);
    return {
        ...(maxBlobBytes !== undefined ? { maxBlobBytes } : {}),
        ...(maxManifestBytes !== undefined ? { maxManifestBytes } : {}),
        ...(maxLayers !== undefined ? { maxLayers } : {}),
    };
}
/** Go-style durations as cosign users write them: 500ms, 30s, 2m; a bare number is seconds. */
function parseDuration(value) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
    if (!m)
        throw new esm/* InvalidArgumentError */.Di(`expected a duration like 30s or 2m, got "${value}"`);
    const n = Number(m[1]);
    const ms = m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
    if (ms <= 0)
        throw new esm/* InvalidArgumentError */.Di('the duration must be positive');
    return ms;
}
/** Where warnings go instead of stderr: the Actions make them `::warning::` annotations. */
let warningSink;
function setWarningSink(sink) {
    warningSink = sink;
}
const stderrLogger = {
    debug(message) {
        if ((0,verbosity/* debugEnabled */.dK)())
            (0,progress/* writeAboveProgress */.V)(`debug: ${new Date().toISOString().slice(11, 23)} ${message}\n`);
    },
    info(message) {
        if (!(0,verbosity/* isQuiet */.rM)())
            (0,progress/* writeAboveProgress */.V)(`${message}\n`);
    },
    warn(message) {
        const line = (0,input_names/* inInputNames */.q)(message);
        if (warningSink)
            warningSink(line);
        else
            (0,progress/* writeAboveProgress */.V)(`warning: ${line}\n`);
    },
};
/** Reads --registry-cacert / --registry-client-cert / --registry-client-key, checked here so a broken file is a usage error naming the flag. */
function registryTls(flags) {
    const read = (flag, path) => {
        try {
            return (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (e) {
            throw (0,errors/* usageError */.Wp)(`cannot read ${flag} ${path}: ${e.code ?? String(e)}`);
        }
    };
    const certificates = (flag, path) => {
        const pem = read(flag, path);
        const blocks = pem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
        if (blocks.length === 0)
            throw (0,errors/* usageError */.Wp)(`${flag} ${path} holds no PEM certificate`, 'give the CA certificate in PEM ("-----BEGIN CERTIFICATE-----"); convert DER with `openssl x509 -inform der`');
        for (const block of blocks) {
            try {
                new external_node_crypto_.X509Certificate(block);
            }
            catch (e) {
                throw (0,errors/* usageError */.Wp)(`${flag} ${path} holds a certificate that does not parse (${e.message})`);
            }
        }
        return pem;
    };
    const tls = {};
    if (flags.registryCacert)
        tls.extraCa = certificates('--registry-cacert', flags.registryCacert);
    if ((flags.registryClientCert === undefined) !== (flags.registryClientKey === undefined)) {
        throw (0,errors/* usageError */.Wp)('--registry-client-cert and --registry-client-key go together', 'pass the client certificate and its private key');
    }
    if (flags.registryClientCert && flags.registryClientKey) {
        const cert = certificates('--registry-client-cert', flags.registryClientCert);
        const keyPem = read('--registry-client-key', flags.registryClientKey);
        let key;
        try {
            key = (0,external_node_crypto_.createPrivateKey)(keyPem);
        }
        catch (e) {
            // Node's message names the problem, never the key's bytes.
            const encrypted = /ENCRYPTED/.test(keyPem) || /passphrase/i.test(e.message);
            throw (0,errors/* usageError */.Wp)(`--registry-client-key ${flags.registryClientKey} is not ${encrypted ? 'an unencrypted' : 'a PEM'} private key`, encrypted ? 'decrypt it first (`openssl pkey -in KEY -out KEY.pem`), kept 0600' : 'give the PEM private key of the client certificate');
        }
        if (!new external_node_crypto_.X509Certificate(cert).checkPrivateKey(key)) {
            throw (0,errors/* usageError */.Wp)(`--registry-client-key ${flags.registryClientKey} is not the key of --registry-client-cert ${flags.registryClientCert}`);
        }
        tls.clientCert = cert;
        tls.clientKey = keyPem;
    }
    return tls;
}
function registriesOf(images) {
    const hosts = [];
    for (const image of images) {
        const target = (0,reference/* parseTarget */.hu)(image);
        if (target.kind === 'registry')
            hosts.push(target.reference.registry);
    }
    return hosts;
}
function createContext(images, flags) {
    const env = process.env;
    const insecure = (0,hosts/* insecureRegistriesFromEnv */.zE)(env);
    const signatureRepository = env.COSIGN_REPOSITORY || undefined;
    if (flags.allowHttpRegistry) {
        insecure.push(...registriesOf(images));
        if (signatureRepository)
            insecure.push(...registriesOf([signatureRepository]));
    }
    const providers = [];
    const password = flags.registryPassword ?? env.SIGNET_REGISTRY_PASSWORD;
    const username = flags.registryUsername ?? env.SIGNET_REGISTRY_USERNAME;
    if (username && password) {
        const registries = registriesOf(signatureRepository ? [...images, signatureRepository] : images);
        const source = [
            flags.registryUsername !== undefined ? '--registry-username' : 'SIGNET_REGISTRY_USERNAME',
            flags.registryPassword !== undefined ? '--registry-password' : 'SIGNET_REGISTRY_PASSWORD',
        ].join('/');
        providers.push((0,credentials/* staticCredentials */.vU)(Object.fromEntries(registries.map((r) => [r, { username, password }])), source));
    }
    else if (username || password) {
        // Half a pair is almost always a secret that did not reach the job: say so instead of
        // falling back to config.json silently and failing later with "authentication required".
        stderrLogger.warn(username
            ? `${flags.registryUsername !== undefined ? '--registry-username' : 'SIGNET_REGISTRY_USERNAME'} is set but no password (SIGNET_REGISTRY_PASSWORD or --registry-password): it is ignored, docker config.json is used`
            : `${flags.registryPassword !== undefined ? '--registry-password' : 'SIGNET_REGISTRY_PASSWORD'} is set but no username (SIGNET_REGISTRY_USERNAME or --registry-username): it is ignored, docker config.json is used`);
    }
    providers.push((0,credentials/* dockerConfigCredentials */.D)({ env, warn: (message) => stderrLogger.warn(message) }));
    const skipVerify = flags.allowInsecureRegistry ? registriesOf(signatureRepository ? [...images, signatureRepository] : images) : [];
    if (skipVerify.length > 0)
        stderrLogger.warn(`--allow-insecure-registry: the TLS certificates of ${[...new Set(skipVerify)].join(', ')} are not verified; anyone on the network path can read and change what is sent, credentials included`);
    const registry = new RegistryClient({
        tls: { ...registryTls(flags), skipVerifyHosts: skipVerify },
        credentials: (0,credentials/* chainCredentials */.a)(...providers),
        insecureRegistries: insecure,
        logger: stderrLogger,
        userAgent: 'signet/0.1',
        ...(flags.requestTimeout ? { timeoutMs: flags.requestTimeout } : {}),
        limits: limitsFrom(flags, env),
    });
    return {
        registry,
        logger: stderrLogger,
        signatureRepository,
        close: () => registry.close(),
    };
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
    'registry.unreachable': (d) => d.tls === 'untrusted'
        ? "pass the CA that issued the registry's certificate with --registry-cacert FILE (or NODE_EXTRA_CA_CERTS); --allow-insecure-registry skips the check (testing only)"
        : d.tls === 'client-certificate'
            ? 'the registry wants a client certificate it trusts: pass --registry-client-cert FILE and --registry-client-key FILE'
            : d.plainHttp ? 'check the registry address and that it is running' : 'check the registry address and network; for a plain-HTTP registry pass --allow-http-registry or set SIGNET_INSECURE_REGISTRIES',
    'registry.timeout': (d) => d.plainHttp
        ? 'the registry did not answer in time: check that it is running, or raise --request-timeout'
        : 'the registry did not answer in time: check the registry and network, or raise --request-timeout',
    'registry.unauthorized': (d) => `run \`docker login ${hints_text(d, 'registry')}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
    'registry.auth-failed': (d) => d.withCredentials ? 'check the registry username and password (or token) there, e.g. docker login again' : `run \`docker login ${hints_text(d, 'registry')}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
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
    'notary.unauthorized': (d) => `run \`docker login ${hints_text(d, 'registry')}\` (docker sends the registry's credentials to its Notary server; a \`docker login ${hints_text(d, 'host')}\` entry is used first) or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
    'notary.auth-failed': (d) => `check the username and password there (they are looked up for ${hints_text(d, 'host')}, then, as docker sends them, for the registry ${hints_text(d, 'registry')}), e.g. docker login again`,
    'notary.denied': (d) => `grant the account ${d.access === 'push' ? 'push (publish)' : 'pull'} access to ${hints_text(d, 'gun')} on the Notary server's token service`,
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

/***/ 61483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ addImageDigestOptions),
  Q: () => (/* binding */ pinnedImage)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/reference/reference.ts
var reference = __webpack_require__(17159);
;// CONCATENATED MODULE: ./packages/core/src/reference/pin-digest.ts
/**
 * The one rule for "an image name plus the digest a build step produced" (docker/build-push-action's
 * `digest` output, a Tekton build Task's IMAGE_URL/IMAGE_DIGEST results). Every front end passes
 * both values here as given, so an empty digest (a mistyped step id, a result that never arrived)
 * is an error instead of silently meaning "whatever the tag points to now".
 */


const DIGEST = /^sha256:[a-f0-9]{64}$/;
/**
 * `name` with `digest`: the tag on `name` is dropped (the digest is what counts), a digest on
 * `name` must be the same one. An empty digest fails unless `allowTag`, then `name` is returned
 * as given (resolved later, with a warning).
 */
function pinToDigest(name, digest, options = {}) {
    const image = name.trim();
    const pinned = digest.trim();
    if (!image)
        throw (0,errors/* usageError */.Wp)('--digest needs --image', 'pass --image REGISTRY/REPO with --digest sha256:<hex>');
    if (!pinned) {
        if (options.allowTag)
            return image;
        throw (0,errors/* usageError */.Wp)(`--digest is empty, so nothing says which ${image} to use`, 'pass the digest the build step output (an empty value is usually a mistyped step id or result name); --allow-tag uses what the tag points to now');
    }
    if (!DIGEST.test(pinned))
        throw (0,errors/* usageError */.Wp)(`--digest "${pinned}" is not a digest`, 'write it as sha256:<64 lowercase hex>, as the build step outputs it');
    const target = (0,reference/* parseTarget */.hu)(image);
    if (target.kind === 'layout') {
        if (target.digest && target.digest !== pinned)
            throw (0,errors/* usageError */.Wp)(`--image ${image} names digest ${target.digest}, not --digest ${pinned}`);
        return `oci:${target.path}@${pinned}`;
    }
    const ref = target.reference;
    if (ref.digest && ref.digest !== pinned)
        throw (0,errors/* usageError */.Wp)(`--image ${image} names digest ${ref.digest}, not --digest ${pinned}`);
    return (0,reference/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository, digest: pinned });
}

;// CONCATENATED MODULE: ./packages/cli/src/image-digest-options.ts

function addImageDigestOptions(command, verb) {
    return command
        .option('--image <name>', `with --digest: the image name as the build step outputs it (registry/repo; a tag on it is dropped)`)
        .option('--digest <digest>', `with --image: the digest to ${verb} (sha256:...); an empty value is an error, not "latest"`)
        .option('--allow-tag', `with --image and an empty --digest: ${verb} what the image's tag points to now (resolved with a warning)`);
}
/** The reference --image/--digest name, or undefined when neither was given. */
function pinnedImage(flags) {
    if (flags.image === undefined && flags.digest === undefined) {
        if (flags.allowTag)
            throw (0,errors/* usageError */.Wp)('--allow-tag needs --image', 'it only says what an empty --digest means');
        return undefined;
    }
    if (flags.image !== undefined && flags.digest === undefined) {
        if (flags.allowTag)
            return pinToDigest(flags.image, '', { allowTag: true });
        throw (0,errors/* usageError */.Wp)('--image needs --digest', 'pass the digest the build step output; or an image argument IMAGE@DIGEST');
    }
    return pinToDigest(flags.image ?? '', flags.digest ?? '', { allowTag: flags.allowTag });
}


/***/ }),

/***/ 50123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ collectImages),
/* harmony export */   Yo: () => (/* binding */ collectImageList),
/* harmony export */   nY: () => (/* binding */ parseConcurrency)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38321);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _image_digest_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61483);
/** Images to work on: arguments, `--images-file FILE` (one per line, # comments), `-` for stdin. */




function lines(content) {
    return content
        .split('\n')
        .map((l) => l.replace(/#.*$/, '').trim())
        .filter(Boolean);
}
async function collectImages(args, imagesFile, pin = {}) {
    return collectImageList(args, imagesFile, (0,_image_digest_options_js__WEBPACK_IMPORTED_MODULE_2__/* .pinnedImage */ .Q)(pin));
}
/** The lists, then `pinned` (what --image/--digest name, as the caller's mode spells it). */
async function collectImageList(args, imagesFile, pinned) {
    const images = [];
    for (const arg of args) {
        if (arg === '-')
            images.push(...lines(await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.text)(process.stdin)));
        else
            images.push(arg);
    }
    if (imagesFile) {
        try {
            images.push(...lines(imagesFile === '-' ? await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.text)(process.stdin) : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(imagesFile, 'utf8')));
        }
        catch (e) {
            throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`cannot read --images-file ${imagesFile}: ${e.code ?? String(e)}`);
        }
    }
    // After the lists, as the wrappers always ordered them (results name the first image).
    if (pinned !== undefined)
        images.push(pinned);
    if (images.length === 0)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('no images given', 'pass IMAGE@DIGEST arguments, --image NAME --digest DIGEST, --images-file FILE, or - to read them from stdin');
    return [...new Set(images)];
}
function parseConcurrency(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 256)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`--concurrency must be an integer from 1 to 256, got "${value}"`);
    return n;
}


/***/ }),

/***/ 20792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ useInputNames),
/* harmony export */   q: () => (/* binding */ inInputNames)
/* harmony export */ });
let active = {};
let pattern;
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Sets the table for this run: the caller's, else SIGNET_INPUT_NAMES. */
function useInputNames(names, env = process.env) {
    let table = names ?? {};
    if (!names && env.SIGNET_INPUT_NAMES) {
        try {
            const parsed = JSON.parse(env.SIGNET_INPUT_NAMES);
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
                table = Object.fromEntries(Object.entries(parsed).filter((e) => typeof e[1] === 'string'));
            }
        }
        catch {
            // A wrapper bug must not hide the real error: print the CLI's own words instead.
        }
    }
    active = table;
    const words = Object.keys(table).sort((a, b) => b.length - a.length);
    // Whole words only: --digest is not the start of --digest-file, COSIGN_PASSWORD not of COSIGN_PASSWORD_FILE.
    pattern = words.length ? new RegExp(`(?<![\\w-])(?:${words.map(escape).join('|')})(?![\\w-])`, 'g') : undefined;
}
/** The message in the words of the front end that ran the CLI. */
function inInputNames(message) {
    return pattern ? message.replace(pattern, (word) => active[word] ?? word) : message;
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

/***/ 30783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   Hx: () => (/* binding */ collectKeyValue),
/* harmony export */   q6: () => (/* binding */ parseBool)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44342);
/** Option parsers shared by commands, matching cosign's (pflag) spellings. */

/** pflag booleans: `--upload`, `--upload=false`, `--upload=true`. */
function parseBool(value) {
    if (value === undefined || value === '' || value === 'true' || value === '1')
        return true;
    if (value === 'false' || value === '0')
        return false;
    throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di(`expected true or false, got "${value}"`);
}
function collectKeyValue(value, previous) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di(`annotation "${value}" must be key=value`);
    return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}
function collect(value, previous) {
    return [...previous, value];
}


/***/ }),

/***/ 17985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildProgram: () => (/* binding */ buildProgram),
  main: () => (/* binding */ main),
  newRunReport: () => (/* reexport */ run_report/* newRunReport */.I)
});

// UNUSED EXPORTS: timedOut

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
    // \u2022 (a bullet) escaped: the single executable's program must be ASCII (bundle/sea-assets.ts).
    return text.replace(/([^\n])\n(?=[^\s\n\-*\u20220-9])/g, '$1 ');
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

// EXTERNAL MODULE: ./packages/cli/src/options.ts
var options = __webpack_require__(30783);
// EXTERNAL MODULE: ./packages/cli/src/images.ts
var src_images = __webpack_require__(50123);
;// CONCATENATED MODULE: ./packages/cli/src/cosign-flags.ts
/**
 * cosign's spellings, so a cosign command line keeps working: aliases for the flags signet has
 * under another name, and for the cosign flags signet does not support, an answer that says what
 * to use instead (commander would only say "unknown option"). The table is docs/cosign-users.md.
 */




const ALIASES = {
    sign: [
        { flags: '--certificate <file>', target: 'cert' },
        { flags: '--certificate-chain <file>', target: 'certChain' },
    ],
    verify: [
        { flags: '--certificate-chain <file>', target: 'certChain' },
        { flags: '--max-workers <n>', target: 'concurrency', parse: src_images/* parseConcurrency */.nY },
    ],
    triangulate: [],
};
/** cosign flags signet has no equivalent for, with what to do instead. */
const UNSUPPORTED = {
    sign: {
        '--oidc-issuer': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN); signet does not run an OIDC login flow',
        '--oidc-client-id': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN)',
        '--oidc-client-secret-file': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN)',
        '--oidc-provider': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN; in GitHub Actions the job token is used)',
        '--fulcio-auth-flow': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN)',
        '--output-certificate': 'use --report FILE (what was signed) or read the certificate from the signature',
        '--bundle': 'use --format bundle: the bundle is stored as an OCI referrer',
        '--registry-referrers-mode': 'use --format bundle (the Referrers API is used when the registry has it, else the fallback tag)',
        '--attachment': 'sign the attachment\'s own digest',
        '--payload': 'signet builds the payload; use -a/--annotations for extra claims',
        '--sk': 'use --key with a file, env://, k8s:// or hashivault:// key',
        '--slot': 'use --key with a file, env://, k8s:// or hashivault:// key',
        '--signing-config': 'use --fulcio-url, --rekor-url and --timestamp-server-url',
        '--use-signing-config': 'use --fulcio-url, --rekor-url and --timestamp-server-url',
        '--k8s-keychain': 'use a docker config.json (DOCKER_CONFIG) or SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD',
        '--issue-certificate': 'use --keyless',
        '--record-creation-timestamp': 'drop it: signet does not write a creation timestamp into the payload',
        '--registry-server-name': 'name the registry by the host its certificate was issued for (--registry-cacert trusts a private CA)',
    },
    verify: {
        '--certificate': 'use --key CERT.pem (its public key) or --cert-chain CHAIN.pem --certificate-identity ID for certificate-backed signatures',
        '--rekor-url': 'signet checks transparency log entries offline: pass --trusted-root FILE (or SIGSTORE_REKOR_PUBLIC_KEY)',
        '--offline': 'drop it: signet always verifies offline',
        '--certificate-github-workflow-repository': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
        '--certificate-github-workflow-ref': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
        '--certificate-github-workflow-sha': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
        '--certificate-github-workflow-name': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
        '--certificate-github-workflow-trigger': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
        '--ca-roots': 'use --cert-chain (intermediates first, root last)',
        '--ca-intermediates': 'use --cert-chain (intermediates first, root last)',
        '--signature': 'signet verifies the signatures stored in the registry, not a detached one',
        '--bundle': 'signet reads bundles from the registry (OCI referrers), not from a file',
        '--payload': 'signet verifies the signatures stored in the registry',
        '--local-image': 'use oci:DIR[:TAG] as the image',
        '--attachment': 'verify the attachment\'s own digest',
        '--private-infrastructure': 'use --insecure-ignore-tlog=true',
        '--experimental-oci11': 'drop it: verify always reads OCI 1.1 referrers',
        '--use-signed-timestamps': 'pass --trusted-root FILE naming the TSA; signed timestamps are then checked',
        '--sk': 'use --key with a file, env://, k8s:// or hashivault:// key',
        '--slot': 'use --key with a file, env://, k8s:// or hashivault:// key',
        '--k8s-keychain': 'use a docker config.json (DOCKER_CONFIG) or SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD',
        '--registry-server-name': 'name the registry by the host its certificate was issued for (--registry-cacert trusts a private CA)',
    },
};
function kebab(attribute) {
    return attribute.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
function attribute(flags) {
    const long = /--([a-z0-9-]+)/.exec(flags)?.[1] ?? '';
    return long.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** Adds the aliases and the "not supported: use X" answers to the commands that have them. */
function addCosignCompatibility(program) {
    for (const command of program.commands) {
        const name = command.name();
        for (const alias of ALIASES[name] ?? []) {
            const option = new esm/* Option */.c$(alias.flags).hideHelp();
            command.addOption(option);
            command.on(`option:${option.name()}`, (value) => {
                command.setOptionValueWithSource(alias.target, alias.parse ? alias.parse(value) : value, 'cli');
            });
        }
        if (name === 'verify')
            verifyNewBundleFormat(command);
        const unsupported = UNSUPPORTED[name] ?? {};
        for (const [flag, instead] of Object.entries(unsupported)) {
            if (command.options.some((o) => o.long === flag))
                continue;
            const option = new esm/* Option */.c$(`${flag} [value]`).hideHelp();
            command.addOption(option);
            command.on(`option:${option.name()}`, () => {
                throw (0,errors/* usageError */.Wp)(`${flag} (cosign) is not supported by signet ${name}`, instead);
            });
        }
        {
            const spelled = (ALIASES[name] ?? []).map((a) => `--${kebab(attribute(a.flags))} (= --${kebab(a.target)})`);
            if (spelled.length)
                command.addHelpText('after', `\ncosign spellings also accepted: ${spelled.join(', ')}.`);
        }
    }
}
/** `--new-bundle-format[=bool]` on verify: cosign v3 reads only bundles with it; signet reads both layouts. */
function verifyNewBundleFormat(command) {
    if (command.options.some((o) => o.long === '--new-bundle-format'))
        return;
    command.addOption(new esm/* Option */.c$('--new-bundle-format [bool]', 'accepted for cosign v3 compatibility: verify always reads both layouts (sigstore bundle referrers and .sig)').argParser(options/* parseBool */.q6));
}

// EXTERNAL MODULE: ./packages/cli/src/input-names.ts
var input_names = __webpack_require__(20792);
// EXTERNAL MODULE: ./packages/cli/src/context.ts + 2 modules
var context = __webpack_require__(83119);
// EXTERNAL MODULE: ./packages/cli/src/verbosity.ts
var verbosity = __webpack_require__(61304);
;// CONCATENATED MODULE: ./packages/cli/src/run-options.ts
/**
 * Options for the whole run, cosign's persistent flags: `-d/--verbose`, `-t/--timeout` (the
 * whole command, as cosign's), `-q/--quiet`. Given before or after the command name.
 */




function addRunOptions(program) {
    return program
        .addOption(new esm/* Option */.c$('-d, --verbose', 'print debug lines (requests retried, signature set reads and writes); as SIGNET_DEBUG=1'))
        .addOption(new esm/* Option */.c$('-t, --timeout <duration>', 'give up on the whole command after this long (e.g. 3m, 90s): exit 3').argParser(context/* parseDuration */.E9))
        .addOption(new esm/* Option */.c$('-q, --quiet', 'print only results, warnings and errors (no per-image check lists)'));
}
/** Applies the run options before the command's action and arms the --timeout deadline. */
function applyRunOptions(program, onDeadline) {
    program.hook('preAction', () => {
        const o = program.opts();
        (0,verbosity/* setVerbose */.h$)(Boolean(o.verbose));
        (0,verbosity/* setQuiet */.vL)(Boolean(o.quiet));
        if (o.timeout !== undefined)
            onDeadline(o.timeout);
    });
}
function createDeadline() {
    let timer;
    let timedOut = false;
    let reject = () => undefined;
    const expired = new Promise((_, r) => (reject = r));
    expired.catch(() => undefined);
    return {
        expired,
        get timedOut() {
            return timedOut;
        },
        arm(ms) {
            timer = setTimeout(() => {
                timedOut = true;
                reject(new errors/* SignetError */.Tj('remote', `the command did not finish within ${ms / 1000} s (-t/--timeout)`, { hint: 'raise --timeout, or check the registry and network' }));
            }, ms);
            timer.unref();
        },
        clear() {
            if (timer)
                clearTimeout(timer);
        },
    };
}

// EXTERNAL MODULE: ./packages/cli/src/run-report.ts
var run_report = __webpack_require__(48595);
;// CONCATENATED MODULE: ./packages/cli/src/program.ts










const USAGE_EXIT = 2;
let lastRunTimedOut = false;
/** Whether the last `main` run was cut short by -t/--timeout (its work may still be pending). */
function timedOut() {
    return lastRunTimedOut;
}
/**
 * The command modules, by the command names each registers. A run loads only the module of the
 * command it names, and through it only the engine parts that command uses: start-up is paid
 * per process, and CI runs one process per image or per step (docs/decisions.md). Help,
 * --version and unknown commands load them all, so `signet --help` lists everything and a
 * mistyped command still gets commander's suggestion.
 */
const COMMANDS = [
    { names: ['generate-key-pair', 'import-key-pair'], load: async () => (await __webpack_require__.e(/* import() */ 1127).then(__webpack_require__.bind(__webpack_require__, 31127))).registerKeys },
    { names: ['sign'], load: async () => { const { registerSign } = await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(6139), __webpack_require__.e(24), __webpack_require__.e(2706), __webpack_require__.e(7618)]).then(__webpack_require__.bind(__webpack_require__, 37618)); return (p, o) => registerSign(p, o.report); } },
    { names: ['verify'], load: async () => { const { registerVerify } = await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(6139), __webpack_require__.e(24), __webpack_require__.e(2706), __webpack_require__.e(5582)]).then(__webpack_require__.bind(__webpack_require__, 5582)); return (p, o) => registerVerify(p, o.report); } },
    { names: ['triangulate'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(6139), __webpack_require__.e(1863)]).then(__webpack_require__.bind(__webpack_require__, 54870))).registerTriangulate },
    { names: ['policy'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8009), __webpack_require__.e(6698), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 94827))).registerPolicy },
    { names: ['demo-image'], load: async () => (await __webpack_require__.e(/* import() */ 4180).then(__webpack_require__.bind(__webpack_require__, 34180))).registerDemo },
    { names: ['lookaside'], load: async () => (await __webpack_require__.e(/* import() */ 9043).then(__webpack_require__.bind(__webpack_require__, 39043))).registerLookaside },
    { names: ['migrate'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1443), __webpack_require__.e(8009), __webpack_require__.e(4568), __webpack_require__.e(7240), __webpack_require__.e(6139), __webpack_require__.e(24), __webpack_require__.e(6698), __webpack_require__.e(6545)]).then(__webpack_require__.bind(__webpack_require__, 16545))).registerMigrate },
    { names: ['notary'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(7240), __webpack_require__.e(4067)]).then(__webpack_require__.bind(__webpack_require__, 70779))).registerNotary },
    { names: ['initialize'], load: async () => (await __webpack_require__.e(/* import() */ 7064).then(__webpack_require__.bind(__webpack_require__, 17064))).registerInitialize },
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
    addRunOptions(program);
    const load = wanted.length > 0 ? wanted : argv?.length === 1 && VERSION_FLAGS.includes(named) ? [] : COMMANDS;
    for (const register of await Promise.all(load.map((c) => c.load())))
        register(program, options);
    addCosignCompatibility(program);
    return program;
}
async function main(argv, options = {}) {
    const report = options.report;
    (0,input_names/* useInputNames */.o)(options.inputNames);
    (0,context/* setWarningSink */.ou)(options.onWarning);
    const deadline = createDeadline();
    lastRunTimedOut = false;
    const fail = (code, line) => {
        if (report)
            Object.assign(report, { error: line, exitCode: code });
        return code;
    };
    try {
        const program = await buildProgram(options, argv);
        applyRunOptions(program, (ms) => deadline.arm(ms));
        await Promise.race([program.parseAsync([...argv], { from: 'user' }), deadline.expired]);
        if (report)
            report.exitCode = 0;
        return 0;
    }
    catch (e) {
        lastRunTimedOut = deadline.timedOut;
        if (e instanceof esm/* CommanderError */.b7) {
            // Help and version exit 0; commander has already printed the message.
            return e.exitCode === 0 ? 0 : fail(USAGE_EXIT, (0,input_names/* inInputNames */.q)(e.message));
        }
        if ((0,errors/* isSignetError */.$1)(e)) {
            const line = (0,input_names/* inInputNames */.q)((0,exit_code/* errorLine */.BP)(e));
            process.stderr.write(`error: ${line}\n`);
            return fail(e.exitCode, line);
        }
        process.stderr.write(`error: unexpected failure: ${e?.stack ?? String(e)}\n`);
        return fail(3, `unexpected failure: ${e?.message ?? String(e)}`);
    }
    finally {
        deadline.clear();
        (0,context/* setWarningSink */.ou)(undefined);
    }
}



/***/ }),

/***/ 53314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ writeAboveProgress),
/* harmony export */   m: () => (/* binding */ createProgress)
/* harmony export */ });
/* harmony import */ var _verbosity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61304);
/**
 * Progress for long runs: one redrawn status line on a terminal, plain "[n/total]" lines in CI
 * logs (which do not render carriage returns), nothing for a single image.
 *
 * On a terminal the status line is cleared before anything else reaches stderr (warnings,
 * failures) and drawn again after it, so no message is overwritten by the next redraw.
 */

/** Lines that must stay in the scrollback rather than in the redrawn status line. */
const KEPT = /^(FAILED|ERROR|NOT VERIFIED)\b/;
let status;
/** Writes text (ending in a newline) to stderr above the status line, if one is drawn. */
function writeAboveProgress(text, stream = process.stderr) {
    if (status && status.stream === stream) {
        stream.write(`\r\x1b[K${text}${status.line}`);
        return;
    }
    stream.write(text);
}
function createProgress(stream = process.stderr) {
    const tty = Boolean(stream.isTTY) && !process.env.CI;
    return {
        item(done, total, line) {
            // --quiet keeps what went wrong and drops the rest.
            if ((0,_verbosity_js__WEBPACK_IMPORTED_MODULE_0__/* .isQuiet */ .rM)() && !KEPT.test(line))
                return;
            if (total <= 1) {
                writeAboveProgress(`${line}\n`, stream);
                return;
            }
            if (!tty) {
                stream.write(`[${done}/${total}] ${line}\n`);
                return;
            }
            const width = 30;
            const filled = Math.round((done / total) * width);
            const bar = `${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}`;
            const room = Math.max(0, (stream.columns ?? 100) - width - 20);
            const kept = KEPT.test(line);
            const shown = kept ? `${done}/${total}` : (line.split('\n')[0] ?? '').slice(0, room);
            const drawn = `[${bar}] ${done}/${total} ${kept ? '' : shown}`.trimEnd();
            stream.write(`\r\x1b[K${kept ? `${line}\n` : ''}${drawn}`);
            status = { stream, line: drawn };
        },
        /** Ends the redrawn line; idempotent. */
        finish() {
            if (status?.stream === stream) {
                stream.write('\n');
                status = undefined;
            }
        },
    };
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
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _exit_code_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67080);
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20792);
/**
 * What a command did, for front ends that run the CLI in-process (the GitHub Actions) and need
 * structured outputs rather than parsing stderr. The terminal output stays the same.
 */




function newRunReport() {
    return { signed: [], failed: [], verified: [] };
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
            if (report && (0,_signet_core__WEBPACK_IMPORTED_MODULE_3__/* .isSignetError */ .$1)(e))
                Object.assign(report, { error: (0,_exit_code_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .BP)(e), exitCode: e.exitCode });
            throw e;
        }
        finally {
            // The file is for wrappers: its error names their inputs, as the printed one does.
            if (flags.report && report) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(flags.report, `${JSON.stringify({ signed: report.signed, failed: report.failed.map((f) => ({ ...f, error: (0,_input_names_js__WEBPACK_IMPORTED_MODULE_2__/* .inInputNames */ .q)(f.error) })), verified: report.verified, ...(report.error ? { error: (0,_input_names_js__WEBPACK_IMPORTED_MODULE_2__/* .inInputNames */ .q)(report.error) } : {}) }, null, 2)}\n`);
            }
        }
    };
}


/***/ }),

/***/ 61304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dK: () => (/* binding */ debugEnabled),
/* harmony export */   h$: () => (/* binding */ setVerbose),
/* harmony export */   rM: () => (/* binding */ isQuiet),
/* harmony export */   vL: () => (/* binding */ setQuiet)
/* harmony export */ });
/** Debug output: cosign's `-d/--verbose`, or SIGNET_DEBUG=1 in the environment. */
let verbose = false;
function setVerbose(value) {
    verbose = value;
}
function debugEnabled() {
    return verbose || Boolean(process.env.SIGNET_DEBUG);
}
/** `-q/--quiet`: informational lines and progress are dropped; results, warnings and errors stay. */
let quiet = false;
function setQuiet(value) {
    quiet = value;
}
function isQuiet() {
    return quiet;
}


/***/ }),

/***/ 19839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ HttpPool),
/* harmony export */   hQ: () => (/* binding */ HttpBodyError)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_BODY_BYTES */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73438);
/* harmony import */ var _oci_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58156);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99795);
/**
 * The engine's one HTTP client (registry API and lookaside stores): node's own http/https with
 * keep-alive agents, a deadline on every exchange (connecting through the last body byte, so a
 * server dripping a byte at a time cannot extend it), bounded response bodies, and the shared
 * retry policy (transient statuses and connection errors, full-jitter backoff, Retry-After).
 *
 * Why not undici, which this replaced: loading it costs ~60 ms per process on the reference
 * machine (more than signing one image against a local registry), and CI runs signet once per
 * image or per step. node:http is already in the binary. Figures in bench/README.md.
 */





/** Bodies of requests that name no limit: a signature in a lookaside store (containers/image's MaxSignatureBodySize). */
const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
/** A body over its limit or of another size than declared: the server's content is wrong, retrying will not help. */
class HttpBodyError extends Error {
    code;
    limit;
    /** The Content-Length the server declared, when it declared one. */
    declared;
    constructor(code, message, limit, declared) {
        super(message);
        this.name = 'HttpBodyError';
        this.code = code;
        this.limit = limit;
        this.declared = declared;
    }
}
class HttpPool {
    #timeoutMs;
    #maxSockets;
    #retry;
    #logger;
    #userAgent;
    #tls;
    #skipVerify;
    /** By protocol, plus one https agent that skips verification for the hosts allowed to. */
    #agents = new Map();
    /** Aborted by close(): retries waiting and exchanges in flight end at once instead of holding the process. */
    #closing = new AbortController();
    #requestHttps;
    constructor(options = {}) {
        this.#timeoutMs = options.timeoutMs ?? 30_000;
        this.#maxSockets = options.maxSockets ?? 32;
        this.#retry = { ..._retry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY */ .vI, ...options.retry };
        this.#logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .q;
        this.#userAgent = options.userAgent ?? 'signet';
        this.#tls = options.tls ?? {};
        this.#skipVerify = new Set(this.#tls.skipVerifyHosts ?? []);
    }
    /**
     * One request with retries for transient failures. Resolves with any final HTTP status;
     * rejects with the last connection error once retries are spent (the caller names the host).
     */
    async send(request, hooks) {
        for (let attempt = 1;; attempt++) {
            hooks.beforeAttempt?.();
            try {
                const started = Date.now();
                const response = await this.exchange(request);
                // Method, path and status only: URLs carry no secrets here, headers and bodies might.
                this.#logger.debug(`HTTP ${request.method} ${new URL(request.url).pathname} ${response.status} in ${Date.now() - started} ms`);
                if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableStatus */ .PS)(response.status) && attempt < this.#retry.maxAttempts) {
                    const delay = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(attempt, this.#retry, (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(response.headers['retry-after']));
                    this.#logger.debug(`${hooks.what}: HTTP ${response.status}, retry ${attempt} in ${delay} ms`);
                    hooks.onRetry?.();
                    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(delay, undefined, { signal: this.#closing.signal });
                    continue;
                }
                return response;
            }
            catch (e) {
                if (!(0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableError */ .$d)(e) || attempt >= this.#retry.maxAttempts || this.#closing.signal.aborted)
                    throw e;
                const delay = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(attempt, this.#retry);
                this.#logger.debug(`${hooks.what}: ${e.message}, retry ${attempt} in ${delay} ms`);
                hooks.onRetry?.();
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(delay, undefined, { signal: this.#closing.signal });
            }
        }
    }
    /** One exchange, no retry. */
    async exchange(request) {
        const url = new URL(request.url);
        const protocol = url.protocol;
        if (protocol !== 'http:' && protocol !== 'https:')
            throw new Error(`unsupported URL scheme ${url.protocol}`);
        const agent = await this.#agent(protocol === 'https:' && this.#skipVerify.has(url.host) ? 'https:unverified' : protocol);
        const send = protocol === 'https:' ? this.#requestHttps : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const headers = { 'user-agent': this.#userAgent, ...request.headers };
        // A length, never chunked encoding: registries and WebDAV servers handle it best.
        if (request.body !== undefined || ['PUT', 'POST', 'PATCH'].includes(request.method))
            headers['content-length'] = String(request.body?.byteLength ?? 0);
        this.#closing.signal.throwIfAborted();
        const options = { method: request.method, headers, agent, signal: this.#closing.signal };
        const timeoutMs = this.#timeoutMs;
        return new Promise((resolve, reject) => {
            let settled = false;
            let deadline;
            const settle = (fn) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(deadline);
                fn();
            };
            const req = send(url, options, (res) => {
                const status = res.statusCode ?? 0;
                const success = status >= 200 && status < 300;
                const expected = success ? request.expectedBodyBytes : undefined;
                const limit = success ? (expected ?? request.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : _oci_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_SMALL_BODY_BYTES */ .uL;
                const lengthHeader = res.headers['content-length'];
                const declared = lengthHeader !== undefined && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
                // Settled first, then torn down without an error: an error passed to destroy() would
                // be re-emitted on the socket, where nothing listens once the response has begun.
                const fail = (error) => {
                    settle(() => reject(error));
                    res.destroy();
                    req.destroy();
                };
                // First, so that destroying the exchange (a limit, the deadline) never leaves an
                // 'error' without a listener.
                res.on('error', (e) => settle(() => reject(e)));
                res.on('aborted', () => settle(() => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' }))));
                if (request.method !== 'HEAD') {
                    if (expected !== undefined && declared !== undefined && declared !== expected) {
                        return fail(new HttpBodyError('EBODYSIZE', `the server declared ${declared} bytes, the descriptor ${expected}`, limit, declared));
                    }
                    if (declared !== undefined && declared > limit) {
                        return fail(new HttpBodyError('ETOOLARGE', `the server declared ${declared} bytes, over the limit of ${limit}`, limit, declared));
                    }
                }
                const chunks = [];
                let received = 0;
                res.on('data', (c) => {
                    received += c.byteLength;
                    if (received > limit) {
                        const message = expected !== undefined ? `the server sent more than the descriptor's ${expected} bytes` : `the body grew past the limit of ${limit} bytes`;
                        return fail(new HttpBodyError(expected !== undefined ? 'EBODYSIZE' : 'ETOOLARGE', message, limit, declared));
                    }
                    chunks.push(c);
                });
                res.on('end', () => {
                    if (expected !== undefined && request.method !== 'HEAD' && received !== expected) {
                        return fail(new HttpBodyError('EBODYSIZE', `the server sent ${received} bytes, the descriptor declares ${expected}`, limit, declared));
                    }
                    const flat = {};
                    for (const [k, v] of Object.entries(res.headers))
                        flat[k] = Array.isArray(v) ? v[0] : v;
                    settle(() => resolve({ status, headers: flat, body: Buffer.concat(chunks) }));
                });
            });
            // One deadline for the whole exchange: an inactivity timeout alone lets a server that
            // sends a byte every few seconds hold the request forever.
            deadline = setTimeout(() => {
                const error = Object.assign(new Error(`no complete answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' });
                settle(() => reject(error));
                req.destroy();
            }, timeoutMs);
            req.on('error', (e) => settle(() => reject(e)));
            req.end(request.body);
        });
    }
    async close() {
        this.#closing.abort(new Error('the HTTP client was closed'));
        for (const agent of this.#agents.values())
            (await agent).destroy();
        this.#agents.clear();
    }
    #agent(kind) {
        let agent = this.#agents.get(kind);
        if (!agent) {
            const options = { keepAlive: true, maxSockets: this.#maxSockets };
            // TLS is loaded on first https use: plain-HTTP runs (local registries, tests) skip it.
            agent =
                kind === 'http:'
                    ? Promise.resolve(new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(options))
                    : Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 41692, 23))]).then(([https, tls]) => {
                        this.#requestHttps = https.request;
                        return new https.Agent({ ...options, ...this.#tlsOptions(tls, kind === 'https:unverified') });
                    });
            this.#agents.set(kind, agent);
        }
        return agent;
    }
    #tlsOptions(tls, unverified) {
        const { extraCa, clientCert, clientKey } = this.#tls;
        // An explicit `ca` replaces Node's store, so the extra CA joins the default one (Mozilla's
        // roots plus NODE_EXTRA_CA_CERTS, and the system's with --use-system-ca), as cosign adds
        // --registry-cacert to the system pool.
        const ca = this.#tls.ca ?? (extraCa !== undefined ? [...(tls.getCACertificates?.('default') ?? tls.rootCertificates), extraCa] : undefined);
        return {
            ...(ca !== undefined ? { ca } : {}),
            ...(clientCert !== undefined && clientKey !== undefined ? { cert: clientCert, key: clientKey } : {}),
            ...(unverified ? { rejectUnauthorized: false } : {}),
        };
    }
}


/***/ }),

/***/ 99795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isRetryableError),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUS.has(status);
}
function isRetryableError(e) {
    let current = e;
    for (let i = 0; i < 4 && current; i++) {
        const code = current.code;
        if (code && RETRYABLE_CODES.has(code))
            return true;
        if (/socket hang up|other side closed/i.test(current.message ?? ''))
            return true;
        current = current.cause;
    }
    return false;
}
/** Retry-After is seconds or an HTTP date; undefined when absent or unparseable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Full-jitter exponential backoff, or the server's Retry-After, capped. */
function backoffDelay(attempt, policy, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, policy.maxDelayMs);
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(ceiling / 2 + Math.random() * (ceiling / 2));
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

/***/ 73438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
};


/***/ }),

/***/ 24276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isDigest),
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function isDigest(value) {
    return DIGEST_RE.test(value);
}


/***/ }),

/***/ 58156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ readLimits),
/* harmony export */   Yn: () => (/* binding */ tooManyLayers),
/* harmony export */   sl: () => (/* binding */ checkDeclaredSize),
/* harmony export */   uL: () => (/* binding */ MAX_SMALL_BODY_BYTES)
/* harmony export */ });
/* unused harmony export DEFAULT_LIMITS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/**
 * What signet reads from a registry or an OCI layout is bounded: a hostile or broken server
 * must not grow the process without limit (an endless body), make it fetch without limit
 * (thousands of layers), or hold it forever (a body dripping a byte at a time). The defaults
 * are the peers' own: cosign's attachment size and layer count, containers/image's manifest
 * and token body sizes. docs/security.md ("Limits enforced") lists them.
 */

const MiB = 1024 * 1024;
const DEFAULT_LIMITS = {
    maxManifestBytes: 4 * MiB,
    maxBlobBytes: 128 * MiB,
    maxLayers: 1000,
};
/** Bodies that are neither manifests nor blobs: token responses, error documents (containers/image: 1 MiB). */
const MAX_SMALL_BODY_BYTES = 1 * MiB;
function readLimits(partial) {
    return { ...DEFAULT_LIMITS, ...partial };
}
/** A set or list with more entries than `maxLayers`: refused whole, as cosign refuses it. */
function tooManyLayers(where, count, limits) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj('remote', `${where} lists ${count} entries, more than the limit of ${limits.maxLayers}`, {
        code: 'limit.layers',
        data: { where, count, limit: limits.maxLayers },
    });
}
/** A descriptor whose declared size is over the attachment limit is not fetched at all (cosign's CheckSize). */
function checkDeclaredSize(what, size, limit) {
    if (size === undefined)
        return undefined;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj('remote', `${what}: the descriptor declares an invalid size ${JSON.stringify(size)}`, { code: 'registry.invalid-descriptor', data: { size } });
    }
    if (size > limit) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj('remote', `${what}: declared size ${size} bytes is over the limit of ${limit} bytes`, {
            code: 'limit.blob-size',
            data: { size, limit },
        });
    }
    return size;
}


/***/ }),

/***/ 41345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ StaleWriteError)
/* harmony export */ });
/**
 * Thrown instead of sending a write whose `notAfter` deadline has passed (for example a retry
 * after backoff): the data it was built from may be stale, so the caller must read again.
 */
class StaleWriteError extends Error {
    constructor(what) {
        super(`${what}: not sent, its read is older than the write window allows`);
        this.name = 'StaleWriteError';
    }
}


/***/ }),

/***/ 41667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   m: () => (/* binding */ MediaTypes)
/* harmony export */ });
const MediaTypes = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    cosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
    sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
};
/** Every manifest media type we ask registries for when resolving or reading an image. */
const MANIFEST_ACCEPT = [
    MediaTypes.ociManifest,
    MediaTypes.ociIndex,
    MediaTypes.dockerManifest,
    MediaTypes.dockerManifestList,
];


/***/ }),

/***/ 17159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   hu: () => (/* binding */ parseTarget)
/* harmony export */ });
/* unused harmony export DOCKER_HUB */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/**
 * Image references parsed and normalized as the container tools do (distribution/reference's
 * ParseNormalizedNamed): Docker Hub is `docker.io`, single names get `library/`, the first path
 * component is a registry only when it looks like a host. This is the one parser in signet.
 */

const DOCKER_HUB = 'docker.io';
/** go-containerregistry's spelling of Docker Hub, which cosign writes into payloads. */
const DOCKER_HUB_GGCR = 'index.docker.io';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;
const EXAMPLE = 'e.g. registry.example.com/team/app@sha256:<64 hex> or alpine:3.20';
function invalid(input, why) {
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`invalid image reference "${input}": ${why}`, `write it as ${EXAMPLE}`);
}
/** distribution's splitDockerDomain rule. */
function splitDomain(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    const isDomain = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
    if (!isDomain)
        return { registry: DOCKER_HUB, path: name };
    return { registry: first, path: name.slice(slash + 1) };
}
function parseReference(input) {
    if (input.trim() !== input || input === '')
        invalid(input, input === '' ? 'it is empty' : 'it has surrounding whitespace');
    if (/\s/.test(input))
        invalid(input, 'it contains whitespace');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!digest)
            invalid(input, '"@" must be followed by a digest');
        if (!digest.includes(':'))
            invalid(input, `"${digest}" is not a digest (expected sha256:<64 hex>)`);
        if (!digest.startsWith('sha256:'))
            invalid(input, `digest algorithm "${digest.split(':')[0]}" is not supported (only sha256)`);
        if (!DIGEST_RE.test(digest))
            invalid(input, 'a sha256 digest has exactly 64 lowercase hex characters');
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!TAG_RE.test(tag))
            invalid(input, tag === '' ? 'the tag after ":" is empty' : `"${tag}" is not a valid tag`);
    }
    if (rest === '')
        invalid(input, 'the repository name is missing');
    if (rest.length > NAME_TOTAL_LENGTH_MAX)
        invalid(input, `the name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
    const split = splitDomain(rest);
    let registry = split.registry;
    let path = split.path;
    if (!DOMAIN_RE.test(registry))
        invalid(input, `"${registry}" is not a valid registry host`);
    if (registry === DOCKER_HUB_GGCR)
        registry = DOCKER_HUB;
    if (path === '')
        invalid(input, 'the repository name is missing');
    if (path.toLowerCase() !== path) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`invalid image reference "${input}": repository name must be lowercase`, `use ${registry === DOCKER_HUB ? '' : `${registry}/`}${path.toLowerCase()}`);
    }
    for (const component of path.split('/')) {
        if (component === '')
            invalid(input, 'the repository path has an empty component ("//" or a trailing "/")');
        if (!PATH_COMPONENT_RE.test(component))
            invalid(input, `"${component}" is not a valid repository path component (lowercase letters, digits, and . _ - between them)`);
    }
    if (registry === DOCKER_HUB && !path.includes('/'))
        path = `library/${path}`;
    return { registry, repository: path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/**
 * `containers`: what containers/image (skopeo, CRI-O) writes, `docker.io/library/x`.
 * `cosign`: go-containerregistry's Repository.Name(), `index.docker.io/library/x` for Docker Hub.
 */
function repositoryName(ref, flavor = 'containers') {
    const registry = flavor === 'cosign' && ref.registry === DOCKER_HUB ? DOCKER_HUB_GGCR : ref.registry;
    return `${registry}/${ref.repository}`;
}
function withDigest(ref, digest) {
    return { ...ref, digest };
}
/** `oci:DIR[:tag]` or `oci:DIR@sha256:…` is an OCI layout; anything else a registry reference. */
function parseTarget(input) {
    if (!input.startsWith('oci:'))
        return { kind: 'registry', reference: parseReference(input) };
    let rest = input.slice(4);
    let digest;
    const at = rest.lastIndexOf('@');
    if (at !== -1 && rest.slice(at + 1).startsWith('sha256:')) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`invalid layout reference "${input}": bad digest`, 'use oci:DIR@sha256:<64 hex>');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon !== -1 && colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`invalid layout reference "${input}": "${tag}" is not a valid tag`, 'use oci:DIR[:TAG]');
    }
    if (rest === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`invalid layout reference "${input}": the directory is missing`, 'use oci:DIR[:TAG]');
    return { kind: 'layout', path: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}


/***/ }),

/***/ 45375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseWwwAuthenticate)
/* harmony export */ });
function parseWwwAuthenticate(header) {
    const m = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const scheme = (m[1] ?? '').toLowerCase();
    const params = {};
    const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
    const rest = m[2] ?? '';
    let match;
    while ((match = re.exec(rest)) !== null && match[0] !== '') {
        const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? '');
        params[(match[1] ?? '').toLowerCase()] = value;
    }
    return { scheme, params };
}


/***/ }),

/***/ 31136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   Ld: () => (/* binding */ credentialSource),
/* harmony export */   a: () => (/* binding */ chainCredentials),
/* harmony export */   vU: () => (/* binding */ staticCredentials)
/* harmony export */ });
/* unused harmony exports withSource, parseAuthEntry, runCredentialHelper */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83565);
/**
 * Registry credentials the way docker, podman and cosign find them: docker's config.json
 * (`auths`, `credHelpers`, `credsStore`) through the docker-credential-helpers protocol,
 * podman's auth file (REGISTRY_AUTH_FILE), and explicit credentials from flags or env.
 */





/** Where each credential came from, for the message when a registry refuses it (kept out of the value). */
const sources = new WeakMap();
function withSource(credential, source) {
    if (credential)
        sources.set(credential, source);
    return credential;
}
function credentialSource(credential) {
    return sources.get(credential);
}
function staticCredentials(map, source) {
    return { get: async (registry) => (source ? withSource(map[registry], source) : map[registry]) };
}
function chainCredentials(...providers) {
    return {
        async get(registry) {
            for (const p of providers) {
                const found = await p.get(registry);
                if (found)
                    return found;
            }
            return undefined;
        },
    };
}
function parseAuthEntry(entry) {
    if (entry.identitytoken)
        return { identityToken: entry.identitytoken };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password };
    return undefined;
}
function findEntry(auths, registry) {
    if (!auths)
        return undefined;
    const wanted = new Set((0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .configKeys */ .nK)(registry).map(_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeConfigKey */ .xA));
    for (const [key, entry] of Object.entries(auths)) {
        if (wanted.has((0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeConfigKey */ .xA)(key)))
            return entry;
    }
    return undefined;
}
/** The docker-credential-helpers `get` protocol: server URL on stdin, JSON on stdout. */
async function runCredentialHelper(helper, serverUrl) {
    const program = `docker-credential-${helper}`;
    // child_process is loaded when a helper is configured, not on every run's start-up path.
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    return new Promise((resolve, reject) => {
        const child = spawn(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (c) => (out += c.toString()));
        child.stderr.resume();
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj('usage', `credential helper ${program} could not run: ${e.code ?? e.message}`, {
            hint: `install ${program} or remove it from your docker config.json`,
        })));
        child.on('close', (code) => {
            if (code !== 0) {
                // The protocol reports a miss as a non-zero exit with this message on stdout.
                if (/credentials not found/i.test(out))
                    return resolve(undefined);
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj('remote', `credential helper ${program} failed for ${serverUrl} (exit ${code})`, {
                    hint: `run \`echo ${serverUrl} | ${program} get\` to see why`,
                }));
            }
            try {
                const doc = JSON.parse(out);
                if (!doc.Secret)
                    return resolve(undefined);
                if (doc.Username === '<token>')
                    return resolve({ identityToken: doc.Secret });
                resolve({ username: doc.Username ?? '', password: doc.Secret });
            }
            catch {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj('remote', `credential helper ${program} returned invalid JSON for ${serverUrl}`));
            }
        });
        child.stdin.end(serverUrl);
    });
}
async function readJson(path, warn) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        // With a logger the run goes on without it (public images need no credentials) and says so.
        if (warn) {
            warn(`${path} is not valid JSON (${e.message}); its credentials are not used: fix or remove the file (docker login rewrites it)`);
            return undefined;
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj('usage', `${path} is not valid JSON`, { hint: 'fix or remove the file (docker login rewrites it)' });
    }
}
function dockerConfigCredentials(options = {}) {
    const env = options.env ?? process.env;
    const dockerConfigPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.configDir ?? env.DOCKER_CONFIG ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker'), 'config.json');
    let cached;
    const load = () => (cached ??= Promise.all([
        readJson(dockerConfigPath, options.warn),
        env.REGISTRY_AUTH_FILE ? readJson(env.REGISTRY_AUTH_FILE, options.warn) : Promise.resolve(undefined),
    ]).then((all) => all.filter((c) => c !== undefined)));
    const from = withSource;
    return {
        async get(registry) {
            for (const [i, config] of (await load()).entries()) {
                const file = i === 0 ? dockerConfigPath : (env.REGISTRY_AUTH_FILE ?? 'REGISTRY_AUTH_FILE');
                const keys = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .configKeys */ .nK)(registry);
                const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
                if (helper)
                    return from(await runCredentialHelper(helper, keys[0] ?? registry), `credential helper docker-credential-${helper} (credHelpers in ${file})`);
                const entry = findEntry(config.auths, registry);
                const fromEntry = entry ? parseAuthEntry(entry) : undefined;
                if (fromEntry)
                    return from(fromEntry, `${file} (auths)`);
                if (config.credsStore) {
                    const found = await runCredentialHelper(config.credsStore, keys[0] ?? registry);
                    if (found)
                        return from(found, `credential helper docker-credential-${config.credsStore} (credsStore in ${file})`);
                }
            }
            return undefined;
        },
    };
}


/***/ }),

/***/ 22743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ statusError),
/* harmony export */   E7: () => (/* binding */ registryServerCode),
/* harmony export */   WQ: () => (/* binding */ transportError),
/* harmony export */   YA: () => (/* binding */ RegistryErrorCodes),
/* harmony export */   eo: () => (/* binding */ registryError)
/* harmony export */ });
/* unused harmony export registryErrorBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/* harmony import */ var _http_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19839);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99795);
/* harmony import */ var _challenge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45375);
/**
 * Registry failures as structured errors: a code (`registry.*`, `limit.*`), the facts a front
 * end needs to word a hint (`data`), the HTTP status and the registry's own error code, and
 * whether the same request may succeed later (`temporary`, as go-containerregistry's
 * `transport.Error.Temporary()`). Messages say what happened; what to do about it names CLI
 * flags and environment variables, so front ends word it (packages/cli/src/hints.ts).
 */




const RegistryErrorCodes = {
    /** No connection, or it broke, after the retries. data: host, plainHttp, tls (which TLS check failed, if one did). */
    unreachable: 'registry.unreachable',
    /** No complete answer within the request deadline, after the retries. data: host, plainHttp, timeoutMs. */
    timeout: 'registry.timeout',
    /** 401 without usable credentials. data: registry. */
    unauthorized: 'registry.unauthorized',
    /** The token service refused the credentials. data: registry, withCredentials. */
    authFailed: 'registry.auth-failed',
    /** 403, or a token without the scope. data: registry, repository, access. */
    denied: 'registry.denied',
    /** 404 where the object had to exist. data: registry, repository. */
    notFound: 'registry.not-found',
    /** 429 after the retries. data: registry. */
    rateLimited: 'registry.rate-limited',
    /** Any other status. data: registry, status. */
    status: 'registry.status',
    /** An answer the protocol does not allow (no token, no upload location, invalid JSON). data: registry. */
    badResponse: 'registry.bad-response',
    /** Content that does not hash to the digest it was asked for by. data: digest. */
    digestMismatch: 'registry.digest-mismatch',
    /** A digest from the registry (header, manifest, index) that is not a sha256 digest. data: value. */
    invalidDigest: 'registry.invalid-digest',
    /** Credentials would have gone over plain HTTP to a host not allowed plain HTTP. data: registry, host. */
    insecureTransport: 'registry.insecure-transport',
    /** A body over its limit (declared or sent). data: limit, declared. */
    bodyTooLarge: 'limit.body-size',
    /** A body of another size than its descriptor declares. data: expected, declared. */
    sizeMismatch: 'registry.size-mismatch',
};
function registryError(code, message, options = {}) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj('remote', message, {
        code,
        data: options.data ?? {},
        ...(options.status !== undefined ? { status: options.status } : {}),
        ...(options.serverCode !== undefined ? { serverCode: options.serverCode } : {}),
        temporary: options.temporary ?? false,
        ...(options.cause !== undefined ? { cause: options.cause } : {}),
    });
}
/** A request that never produced an HTTP answer (or an unacceptable body), retries spent. */
function transportError(e, url, what, plainHttp) {
    const host = new URL(url).host;
    if (e instanceof _http_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpBodyError */ .hQ) {
        const code = e.code === 'EBODYSIZE' ? RegistryErrorCodes.sizeMismatch : RegistryErrorCodes.bodyTooLarge;
        return registryError(code, `${what}: ${e.message}`, { data: { host, limit: e.limit, declared: e.declared }, cause: e });
    }
    const errno = e.code ?? e.message;
    const tls = tlsProblem(errno);
    if (tls) {
        const detail = tls === 'client-certificate' ? 'the server refused the TLS client certificate (or asked for one)' : "the server's TLS certificate is not trusted";
        return registryError(RegistryErrorCodes.unreachable, `${what}: cannot reach ${host}: ${detail} (${errno})`, { data: { host, plainHttp, tls }, cause: e });
    }
    const code = errno === 'ETIMEDOUT' ? RegistryErrorCodes.timeout : RegistryErrorCodes.unreachable;
    return registryError(code, `${what}: cannot reach ${host} (${errno})`, { data: { host, plainHttp }, temporary: true, cause: e });
}
/**
 * Which side of a TLS handshake failed, from Node's error code: the server's alert about our
 * client certificate (OpenSSL's ERR_SSL_*_ALERT_*), or our check of the server's certificate.
 */
function tlsProblem(errno) {
    if (/^ERR_SSL_.*ALERT_(CERTIFICATE_REQUIRED|BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_UNKNOWN|HANDSHAKE_FAILURE)/.test(errno))
        return 'client-certificate';
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT_ALTNAME_INVALID/.test(errno))
        return 'untrusted';
    return undefined;
}
/** The distribution spec's error body: {"errors":[{"code","message"}]}. */
function registryErrorBody(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        const first = doc?.errors?.[0];
        if (!first || typeof first !== 'object')
            return undefined;
        return {
            ...(typeof first.code === 'string' ? { code: first.code } : {}),
            ...(typeof first.message === 'string' ? { message: first.message } : {}),
        };
    }
    catch {
        return undefined;
    }
}
/** The registry's distribution error code, e.g. NAME_UNKNOWN. */
function registryServerCode(body) {
    return registryErrorBody(body)?.code;
}
/**
 * The error for a status the caller cannot work with. `sentFrom` names where the credentials
 * sent to the registry came from: a 401 after sending them is a refusal, not a missing login.
 */
function statusError(response, registry, repository, access, what, sentFrom) {
    const status = response.status;
    const doc = registryErrorBody(response.body);
    const detail = doc ? [doc.code, doc.message].filter(Boolean).join(': ') : '';
    const serverCode = doc?.code;
    const suffix = detail ? ` (${detail})` : '';
    const base = { status, ...(serverCode ? { serverCode } : {}) };
    const data = { registry, repository, access, status };
    // A token without the needed scope is a 401 with error="insufficient_scope": a permission
    // problem of the account, not missing credentials.
    const challenge = (0,_challenge_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWwwAuthenticate */ .q)(response.headers['www-authenticate'] ?? '');
    if (status === 403 || (status === 401 && challenge?.params.error === 'insufficient_scope')) {
        return registryError(RegistryErrorCodes.denied, `${what}: ${access} access to ${registry}/${repository} denied${suffix}`, { ...base, data });
    }
    if (status === 401) {
        if (sentFrom) {
            return registryError(RegistryErrorCodes.authFailed, `${what}: authentication failed for ${registry}: credentials from ${sentFrom} were sent and refused${suffix}`, {
                ...base,
                data: { ...data, withCredentials: true, sentFrom },
            });
        }
        return registryError(RegistryErrorCodes.unauthorized, `${what}: authentication required for ${registry}${suffix}`, { ...base, data });
    }
    if (status === 404) {
        return registryError(RegistryErrorCodes.notFound, `${what}: ${registry}/${repository} not found${suffix}`, { ...base, data });
    }
    if (status === 429) {
        return registryError(RegistryErrorCodes.rateLimited, `${what}: ${registry} is rate limiting (HTTP 429) and retries ran out${suffix}`, { ...base, data, temporary: true });
    }
    return registryError(RegistryErrorCodes.status, `${what}: ${registry} answered HTTP ${status}${suffix}`, { ...base, data, temporary: (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isRetryableStatus */ .PS)(status) || serverCode === 'UNAVAILABLE' || serverCode === 'TOOMANYREQUESTS' });
}


/***/ }),

/***/ 83565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nK: () => (/* binding */ configKeys),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   xA: () => (/* binding */ normalizeConfigKey),
/* harmony export */   zE: () => (/* binding */ insecureRegistriesFromEnv)
/* harmony export */ });
/** Where a registry's API lives and whether it may be spoken to over plain HTTP. */
function apiHost(registry) {
    return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}
/** SIGNET_INSECURE_REGISTRIES: comma-separated host[:port] allowed over plain HTTP (tests, airgaps). */
function insecureRegistriesFromEnv(env = process.env) {
    return (env.SIGNET_INSECURE_REGISTRIES ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
/** The keys docker's config.json may use for one registry. */
function configKeys(registry) {
    if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    }
    return [registry];
}
/** Normalizes a config.json key ("https://host/v1/", "host") to a bare host[:port]. */
function normalizeConfigKey(key) {
    return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}


/***/ }),

/***/ 82387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RegistryTransport)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(637);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73438);
/* harmony import */ var _oci_stale_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41345);
/* harmony import */ var _oci_limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58156);
/* harmony import */ var _http_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19839);
/* harmony import */ var _challenge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45375);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22743);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83565);
/**
 * The registry auth/transport session, as go-containerregistry separates `transport` from
 * `remote`: which scheme a registry is spoken to over, its auth challenge (remembered, so later
 * requests authenticate up front instead of paying a 401 round trip), bearer tokens per scope,
 * credentials per registry, retries. Everything it caches is private to the session.
 *
 * Credentials go only where they belong (ggcr's `matchesHost`, made stricter):
 * - an Authorization header is attached only to requests for the registry's own origin
 *   (scheme, host and port), so a redirect or an upload location on another host, or the same
 *   host over plain HTTP, never receives it;
 * - a token realm over plain HTTP gets credentials only when the user allowed plain HTTP for
 *   that realm's host or for the registry itself; otherwise the request is refused.
 */









class RegistryTransport {
    #stats = { requests: 0, tokenFetches: 0, retries: 0 };
    #http;
    #credentials;
    #insecure;
    #challenges = new Map();
    #tokens = new Map();
    #credentialCache = new Map();
    /** Where the credentials sent to each registry came from, for the message when they are refused. */
    #sentFrom = new Map();
    constructor(options = {}) {
        this.#credentials = options.credentials;
        this.#insecure = new Set(options.insecureRegistries ?? []);
        const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q;
        const tls = options.tls && { ...options.tls, skipVerifyHosts: options.tls.skipVerifyHosts?.map((host) => (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .apiHost */ .nz)(host).replace(/:443$/, '')) };
        this.#http = new _http_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpPool */ .dj({ timeoutMs: options.timeoutMs, maxSockets: 32, retry: options.retry, logger, userAgent: options.userAgent, tls });
    }
    /** A snapshot of the counters (requests sent, tokens fetched, retries). */
    get stats() {
        return { ...this.#stats };
    }
    /** Whether the user allowed plain HTTP for this host[:port] (or registry name). */
    allowsPlainHttp(host) {
        return this.#insecure.has(host) || this.#insecure.has((0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .apiHost */ .nz)(host));
    }
    baseUrl(registry) {
        return `${this.allowsPlainHttp(registry) ? 'http' : 'https'}://${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .apiHost */ .nz)(registry)}`;
    }
    /** True when `url` is the registry's own API origin: the only place its credentials go. */
    isRegistryOrigin(registry, url) {
        return new URL(url).origin === new URL(this.baseUrl(registry)).origin;
    }
    close() {
        return this.#http.close();
    }
    /** Where the credentials sent to `registry` came from (flag, env, config.json, helper), once sent. */
    credentialsSentFrom(registry) {
        return this.#sentFrom.get(registry);
    }
    #noteSent(registry, credential) {
        this.#sentFrom.set(registry, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .credentialSource */ .Ld)(credential) ?? 'the configured credentials');
    }
    /** Redirect targets and foreign upload locations: sent without any credentials. */
    sendAnonymous(spec, what) {
        return this.#send(spec, what);
    }
    /**
     * An authenticated request: credentials up front once the challenge is known, else on 401.
     * A URL outside the registry's origin is sent without credentials (see the header).
     */
    async send(scope, spec, what) {
        if (!this.isRegistryOrigin(scope.registry, spec.url))
            return this.#send(spec, what);
        const auth = await this.#authorization(scope);
        let response = await this.#send(withAuthorization(spec, auth), what);
        if (response.status === 401) {
            const challenge = (0,_challenge_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWwwAuthenticate */ .q)(response.headers['www-authenticate'] ?? '');
            const known = this.#challenges.get(scope.registry);
            if (challenge && (challenge.scheme === 'bearer' || challenge.scheme === 'basic') && (!known || !auth)) {
                this.#challenges.set(scope.registry, challenge);
                const retryAuth = await this.#authorization(scope);
                if (retryAuth)
                    response = await this.#send(withAuthorization(spec, retryAuth), what);
            }
        }
        return response;
    }
    #credential(registry) {
        let found = this.#credentialCache.get(registry);
        if (!found) {
            found = this.#credentials ? this.#credentials.get(registry) : Promise.resolve(undefined);
            this.#credentialCache.set(registry, found);
        }
        return found;
    }
    /** One HTTP exchange with retries for transient failures; no auth logic here. */
    async #send(spec, what) {
        const { notAfter, ...request } = spec;
        try {
            return await this.#http.send(request, {
                what,
                beforeAttempt: () => {
                    if (notAfter !== undefined && Date.now() > notAfter)
                        throw new _oci_stale_write_js__WEBPACK_IMPORTED_MODULE_5__/* .StaleWriteError */ .v(what);
                    this.#stats.requests++;
                },
                onRetry: () => this.#stats.retries++,
            });
        }
        catch (e) {
            if (e instanceof _oci_stale_write_js__WEBPACK_IMPORTED_MODULE_5__/* .StaleWriteError */ .v || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SignetError */ .Tj)
                throw e;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .transportError */ .WQ)(e, spec.url, what, spec.url.startsWith('http:'));
        }
    }
    async #authorization(scope) {
        const challenge = this.#challenges.get(scope.registry);
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const credential = await this.#credential(scope.registry);
            if (!credential || 'identityToken' in credential)
                return undefined;
            this.#noteSent(scope.registry, credential);
            return basic(credential);
        }
        if (challenge.scheme === 'bearer') {
            const access = scope.access === 'push' ? 'pull,push' : 'pull';
            return `Bearer ${await this.#token(scope.registry, challenge, `repository:${scope.repository}:${access}`)}`;
        }
        return undefined;
    }
    async #token(registry, challenge, scope) {
        const key = `${registry}|${challenge.params.realm}|${scope}`;
        const cached = this.#tokens.get(key);
        if (cached) {
            const token = await cached.catch(() => undefined);
            if (token && token.expiresAt > Date.now() + 5_000)
                return token.value;
            this.#tokens.delete(key);
        }
        const pending = this.#fetchToken(registry, challenge, scope);
        this.#tokens.set(key, pending);
        pending.catch(() => this.#tokens.delete(key));
        return (await pending).value;
    }
    async #fetchToken(registry, challenge, scope) {
        const realm = challenge.params.realm;
        const bad = (message) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .registryError */ .eo)(_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryErrorCodes */ .YA.badResponse, message, { data: { registry } });
        if (!realm)
            throw bad(`${registry} sent a Bearer challenge without a realm`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw bad(`${registry} sent a Bearer challenge whose realm is not a URL`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw bad(`${registry} sent a token realm with the scheme ${url.protocol}`);
        const credential = await this.#credential(registry);
        // An HTTPS registry naming an http:// realm would have the password sent in clear text.
        if (credential && url.protocol === 'http:' && !this.allowsPlainHttp(url.host) && !this.allowsPlainHttp(registry)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .registryError */ .eo)(_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryErrorCodes */ .YA.insecureTransport, `${registry} asks for credentials at the plain-HTTP token service ${url.host}; not sent`, {
                data: { registry, host: url.host },
            });
        }
        const service = challenge.params.service;
        this.#stats.tokenFetches++;
        const what = `token for ${registry}`;
        let response;
        if (credential)
            this.#noteSent(registry, credential);
        if (credential && 'identityToken' in credential) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'signet', scope });
            if (service)
                form.set('service', service);
            response = await this.#send({ method: 'POST', url: url.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(form.toString()), maxBodyBytes: _oci_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_SMALL_BODY_BYTES */ .uL }, what);
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            const headers = {};
            if (credential)
                headers.authorization = basic(credential);
            response = await this.#send({ method: 'GET', url: url.toString(), headers, maxBodyBytes: _oci_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_SMALL_BODY_BYTES */ .uL }, what);
        }
        if (response.status === 401 || response.status === 403) {
            const sentFrom = credential ? this.credentialsSentFrom(registry) : undefined;
            const refused = sentFrom ? `credentials from ${sentFrom} were sent and refused` : 'no credentials were sent';
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .registryError */ .eo)(_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryErrorCodes */ .YA.authFailed, `authentication failed for ${registry} (token service answered ${response.status}): ${refused}`, {
                status: response.status,
                data: { registry, withCredentials: credential !== undefined, ...(sentFrom ? { sentFrom } : {}) },
            });
        }
        if (response.status !== 200) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .registryError */ .eo)(_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryErrorCodes */ .YA.status, `token service for ${registry} answered ${response.status}`, {
                status: response.status,
                data: { registry, status: response.status },
                temporary: response.status >= 500 || response.status === 429,
            });
        }
        let doc;
        try {
            doc = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw bad(`token service for ${registry} returned invalid JSON`);
        }
        const value = typeof doc?.token === 'string' ? doc.token : typeof doc?.access_token === 'string' ? doc.access_token : undefined;
        if (!value)
            throw bad(`token service for ${registry} returned no token`);
        const expiresIn = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : 60;
        return { value, expiresAt: Date.now() + expiresIn * 1000 };
    }
}
function withAuthorization(spec, auth) {
    return auth ? { ...spec, headers: { ...spec.headers, authorization: auth } } : spec;
}
function basic(credential) {
    return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
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
