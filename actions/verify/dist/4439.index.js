export const id = 4439;
export const ids = [4439];
export const modules = {

/***/ 4439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pX: () => (/* binding */ addRegistryOptions),
  q6: () => (/* binding */ createContext),
  D7: () => (/* binding */ stderrLogger)
});

// UNUSED EXPORTS: limitsFrom, parseByteSize, parseDuration

// EXTERNAL MODULE: ./node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var esm = __webpack_require__(44342);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/reference/reference.ts
var reference = __webpack_require__(17159);
;// CONCATENATED MODULE: ./packages/core/src/registry/hosts.ts
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/registry/credentials.ts
/**
 * Registry credentials the way docker, podman and cosign find them: docker's config.json
 * (`auths`, `credHelpers`, `credsStore`) through the docker-credential-helpers protocol,
 * podman's auth file (REGISTRY_AUTH_FILE), and explicit credentials from flags or env.
 */






function staticCredentials(map) {
    return { get: async (registry) => map[registry] };
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
    const wanted = new Set(configKeys(registry).map(normalizeConfigKey));
    for (const [key, entry] of Object.entries(auths)) {
        if (wanted.has(normalizeConfigKey(key)))
            return entry;
    }
    return undefined;
}
/** The docker-credential-helpers `get` protocol: server URL on stdin, JSON on stdout. */
function runCredentialHelper(helper, serverUrl) {
    const program = `docker-credential-${helper}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (c) => (out += c.toString()));
        child.stderr.resume();
        child.on('error', (e) => reject(new errors/* SignetError */.Tj('usage', `credential helper ${program} could not run: ${e.code ?? e.message}`, {
            hint: `install ${program} or remove it from your docker config.json`,
        })));
        child.on('close', (code) => {
            if (code !== 0) {
                // The protocol reports a miss as a non-zero exit with this message on stdout.
                if (/credentials not found/i.test(out))
                    return resolve(undefined);
                return reject(new errors/* SignetError */.Tj('remote', `credential helper ${program} failed for ${serverUrl} (exit ${code})`, {
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
                reject(new errors/* SignetError */.Tj('remote', `credential helper ${program} returned invalid JSON for ${serverUrl}`));
            }
        });
        child.stdin.end(serverUrl);
    });
}
async function readJson(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* SignetError */.Tj('usage', `${path} is not valid JSON`, { hint: 'fix or remove the file (docker login rewrites it)' });
    }
}
function dockerConfigCredentials(options = {}) {
    const env = options.env ?? process.env;
    const dockerConfigPath = (0,external_node_path_.join)(options.configDir ?? env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker'), 'config.json');
    let cached;
    const load = () => (cached ??= Promise.all([
        readJson(dockerConfigPath),
        env.REGISTRY_AUTH_FILE ? readJson(env.REGISTRY_AUTH_FILE) : Promise.resolve(undefined),
    ]).then((all) => all.filter((c) => c !== undefined)));
    return {
        async get(registry) {
            for (const config of await load()) {
                const keys = configKeys(registry);
                const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
                if (helper)
                    return runCredentialHelper(helper, keys[0] ?? registry);
                const entry = findEntry(config.auths, registry);
                const fromEntry = entry ? parseAuthEntry(entry) : undefined;
                if (fromEntry)
                    return fromEntry;
                if (config.credsStore) {
                    const found = await runCredentialHelper(config.credsStore, keys[0] ?? registry);
                    if (found)
                        return found;
                }
            }
            return undefined;
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/oci/limits.ts
var limits = __webpack_require__(58156);
// EXTERNAL MODULE: ./packages/core/src/oci/digest.ts
var oci_digest = __webpack_require__(24276);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
// EXTERNAL MODULE: ./packages/core/src/http/pool.ts
var pool = __webpack_require__(19839);
// EXTERNAL MODULE: ./packages/core/src/http/retry.ts
var retry = __webpack_require__(99795);
;// CONCATENATED MODULE: ./packages/core/src/registry/challenge.ts
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

;// CONCATENATED MODULE: ./packages/core/src/registry/errors.ts
/**
 * Registry failures as structured errors: a code (`registry.*`, `limit.*`), the facts a front
 * end needs to word a hint (`data`), the HTTP status and the registry's own error code, and
 * whether the same request may succeed later (`temporary`, as go-containerregistry's
 * `transport.Error.Temporary()`). Messages say what happened; what to do about it names CLI
 * flags and environment variables, so front ends word it (packages/cli/src/hints.ts).
 */




const RegistryErrorCodes = {
    /** No connection, or it broke, after the retries. data: host, plainHttp. */
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
    return new errors/* SignetError */.Tj('remote', message, {
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
    if (e instanceof pool/* HttpBodyError */.hQ) {
        const code = e.code === 'EBODYSIZE' ? RegistryErrorCodes.sizeMismatch : RegistryErrorCodes.bodyTooLarge;
        return registryError(code, `${what}: ${e.message}`, { data: { host, limit: e.limit, declared: e.declared }, cause: e });
    }
    const errno = e.code ?? e.message;
    const code = errno === 'ETIMEDOUT' ? RegistryErrorCodes.timeout : RegistryErrorCodes.unreachable;
    return registryError(code, `${what}: cannot reach ${host} (${errno})`, { data: { host, plainHttp }, temporary: true, cause: e });
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
/** The error for a status the caller cannot work with. */
function statusError(response, registry, repository, access, what) {
    const status = response.status;
    const doc = registryErrorBody(response.body);
    const detail = doc ? [doc.code, doc.message].filter(Boolean).join(': ') : '';
    const serverCode = doc?.code;
    const suffix = detail ? ` (${detail})` : '';
    const base = { status, ...(serverCode ? { serverCode } : {}) };
    const data = { registry, repository, access, status };
    // A token without the needed scope is a 401 with error="insufficient_scope": a permission
    // problem of the account, not missing credentials.
    const challenge = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
    if (status === 403 || (status === 401 && challenge?.params.error === 'insufficient_scope')) {
        return registryError(RegistryErrorCodes.denied, `${what}: ${access} access to ${registry}/${repository} denied${suffix}`, { ...base, data });
    }
    if (status === 401) {
        return registryError(RegistryErrorCodes.unauthorized, `${what}: authentication required for ${registry}${suffix}`, { ...base, data });
    }
    if (status === 404) {
        return registryError(RegistryErrorCodes.notFound, `${what}: ${registry}/${repository} not found${suffix}`, { ...base, data });
    }
    if (status === 429) {
        return registryError(RegistryErrorCodes.rateLimited, `${what}: ${registry} is rate limiting (HTTP 429) and retries ran out${suffix}`, { ...base, data, temporary: true });
    }
    return registryError(RegistryErrorCodes.status, `${what}: ${registry} answered HTTP ${status}${suffix}`, { ...base, data, temporary: (0,retry/* isRetryableStatus */.PS)(status) || serverCode === 'UNAVAILABLE' || serverCode === 'TOOMANYREQUESTS' });
}

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
            throw registryError(RegistryErrorCodes.invalidDigest, `${what}: ${shown(reference)} is not a ${kind === 'manifests' ? 'tag or ' : ''}sha256 digest; not requested`, {
                data: { registry: this.#registry, repository: this.#repository, value: reference },
            });
        }
        return `${this.#transport.baseUrl(this.#registry)}/v2/${this.#repository}/${kind}/${reference}`;
    }
    #send(access, spec, what) {
        return this.#transport.send({ registry: this.#registry, repository: this.#repository, access }, spec, what);
    }
    #fail(response, access, what) {
        throw statusError(response, this.#registry, this.#repository, access, what);
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
                throw registryError(RegistryErrorCodes.invalidDigest, `${what}: the registry sent Docker-Content-Digest ${shown(digest)}, not a sha256 digest`, {
                    data: { registry: this.#registry, repository: this.#repository, value: digest },
                });
            }
            if ((0,oci_digest/* isDigest */.B)(tagOrDigest) && digest !== tagOrDigest) {
                throw registryError(RegistryErrorCodes.digestMismatch, `${what}: the registry answered for ${digest}`, { data: { registry: this.#registry, digest: tagOrDigest } });
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
            throw registryError(RegistryErrorCodes.digestMismatch, `${what}: content does not match the requested digest`, { data: { registry: this.#registry, digest: tagOrDigest } });
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
                throw registryError(RegistryErrorCodes.badResponse, `${what}: registry sent no upload location`, { data: { registry: this.#registry } });
            let url;
            try {
                url = new URL(location, uploads);
            }
            catch {
                throw registryError(RegistryErrorCodes.badResponse, `${what}: registry sent an invalid upload location`, { data: { registry: this.#registry } });
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
            if (registryServerCode(res.body) !== 'NAME_UNKNOWN')
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
                throw registryError(RegistryErrorCodes.badResponse, `${what}: registry sent an invalid redirect`, { data: { registry: this.#registry } });
            }
            url = target.toString();
            // The transport sends credentials only back to the registry's own origin.
            res = await this.#send('pull', { method: 'GET', url, ...bounds }, what);
        }
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        if ((0,oci_digest/* sha256Digest */.s)(res.body) !== digest) {
            throw registryError(RegistryErrorCodes.digestMismatch, `${what}: content does not match its digest`, { data: { registry: this.#registry, digest } });
        }
        return res.body;
    }
}

// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(73438);
// EXTERNAL MODULE: ./packages/core/src/oci/stale-write.ts
var stale_write = __webpack_require__(41345);
;// CONCATENATED MODULE: ./packages/core/src/registry/transport.ts
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
    constructor(options = {}) {
        this.#credentials = options.credentials;
        this.#insecure = new Set(options.insecureRegistries ?? []);
        const logger = options.logger ?? log/* silentLogger */.q;
        this.#http = new pool/* HttpPool */.dj({ timeoutMs: options.timeoutMs, maxSockets: 32, retry: options.retry, logger, userAgent: options.userAgent });
    }
    /** A snapshot of the counters (requests sent, tokens fetched, retries). */
    get stats() {
        return { ...this.#stats };
    }
    /** Whether the user allowed plain HTTP for this host[:port] (or registry name). */
    allowsPlainHttp(host) {
        return this.#insecure.has(host) || this.#insecure.has(apiHost(host));
    }
    baseUrl(registry) {
        return `${this.allowsPlainHttp(registry) ? 'http' : 'https'}://${apiHost(registry)}`;
    }
    /** True when `url` is the registry's own API origin: the only place its credentials go. */
    isRegistryOrigin(registry, url) {
        return new URL(url).origin === new URL(this.baseUrl(registry)).origin;
    }
    close() {
        return this.#http.close();
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
            const challenge = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
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
                        throw new stale_write/* StaleWriteError */.v(what);
                    this.#stats.requests++;
                },
                onRetry: () => this.#stats.retries++,
            });
        }
        catch (e) {
            if (e instanceof stale_write/* StaleWriteError */.v || e instanceof errors/* SignetError */.Tj)
                throw e;
            throw transportError(e, spec.url, what, spec.url.startsWith('http:'));
        }
    }
    async #authorization(scope) {
        const challenge = this.#challenges.get(scope.registry);
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const credential = await this.#credential(scope.registry);
            return credential && !('identityToken' in credential) ? basic(credential) : undefined;
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
        const bad = (message) => registryError(RegistryErrorCodes.badResponse, message, { data: { registry } });
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
            throw registryError(RegistryErrorCodes.insecureTransport, `${registry} asks for credentials at the plain-HTTP token service ${url.host}; not sent`, {
                data: { registry, host: url.host },
            });
        }
        const service = challenge.params.service;
        this.#stats.tokenFetches++;
        const what = `token for ${registry}`;
        let response;
        if (credential && 'identityToken' in credential) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'signet', scope });
            if (service)
                form.set('service', service);
            response = await this.#send({ method: 'POST', url: url.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(form.toString()), maxBodyBytes: limits/* MAX_SMALL_BODY_BYTES */.uL }, what);
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            const headers = {};
            if (credential)
                headers.authorization = basic(credential);
            response = await this.#send({ method: 'GET', url: url.toString(), headers, maxBodyBytes: limits/* MAX_SMALL_BODY_BYTES */.uL }, what);
        }
        if (response.status === 401 || response.status === 403) {
            throw registryError(RegistryErrorCodes.authFailed, `authentication failed for ${registry} (token service answered ${response.status})`, {
                status: response.status,
                data: { registry, withCredentials: credential !== undefined },
            });
        }
        if (response.status !== 200) {
            throw registryError(RegistryErrorCodes.status, `token service for ${registry} answered ${response.status}`, {
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

;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts
/**
 * The registry client a process holds: one auth/transport session (transport.ts: keep-alive
 * connections, challenges, tokens, credentials) and the repository API over it (repository.ts),
 * sharing what the session learns (known blobs, mount sources, registries without the
 * Referrers API) privately between its repositories.
 */



class RegistryClient {
    limits;
    #transport;
    #caches = new RepositoryCaches();
    constructor(options = {}) {
        this.#transport = new RegistryTransport(options);
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

;// CONCATENATED MODULE: ./packages/cli/src/context.ts
/** Builds the engine's shared state (one registry client, credentials, logger) from flags and env. */


/** The registry flags every command that talks to registries shares. */
function addRegistryOptions(command) {
    return command
        .option('--allow-http-registry', 'use plain HTTP for the registries named in this command')
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
const stderrLogger = {
    debug(message) {
        if (process.env.SIGNET_DEBUG)
            process.stderr.write(`debug: ${new Date().toISOString().slice(11, 23)} ${message}\n`);
    },
    info(message) {
        process.stderr.write(`${message}\n`);
    },
    warn(message) {
        process.stderr.write(`warning: ${message}\n`);
    },
};
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
    const insecure = insecureRegistriesFromEnv(env);
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
        providers.push(staticCredentials(Object.fromEntries(registries.map((r) => [r, { username, password }]))));
    }
    providers.push(dockerConfigCredentials({ env }));
    const registry = new RegistryClient({
        credentials: chainCredentials(...providers),
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
    #ca;
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
        this.#ca = options.ca;
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
        const agent = await this.#agent(protocol);
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
    #agent(protocol) {
        let agent = this.#agents.get(protocol);
        if (!agent) {
            const options = { keepAlive: true, maxSockets: this.#maxSockets };
            // TLS is loaded on first https use: plain-HTTP runs (local registries, tests) skip it.
            agent =
                protocol === 'http:'
                    ? Promise.resolve(new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(options))
                    : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23)).then((https) => {
                        this.#requestHttps = https.request;
                        return new https.Agent(this.#ca === undefined ? options : { ...options, ca: this.#ca });
                    });
            this.#agents.set(protocol, agent);
        }
        return agent;
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


/***/ })

};
