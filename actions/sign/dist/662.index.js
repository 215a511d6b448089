export const id = 662;
export const ids = [662];
export const modules = {

/***/ 21662:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(13070);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/log.ts
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
};

;// CONCATENATED MODULE: ./packages/core/src/oci/types.ts
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/oci/digest.ts

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function isDigest(value) {
    return DIGEST_RE.test(value);
}

;// CONCATENATED MODULE: ./packages/core/src/oci/stale-write.ts
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

;// CONCATENATED MODULE: ./packages/core/src/reference/reference.ts
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
const reference_DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;
const EXAMPLE = 'e.g. registry.example.com/team/app@sha256:<64 hex> or alpine:3.20';
function invalid(input, why) {
    throw (0,src_errors/* usageError */.Wp)(`invalid image reference "${input}": ${why}`, `write it as ${EXAMPLE}`);
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
        if (!reference_DIGEST_RE.test(digest))
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
        throw (0,src_errors/* usageError */.Wp)(`invalid image reference "${input}": repository name must be lowercase`, `use ${registry === DOCKER_HUB ? '' : `${registry}/`}${path.toLowerCase()}`);
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
        if (!reference_DIGEST_RE.test(digest))
            throw (0,src_errors/* usageError */.Wp)(`invalid layout reference "${input}": bad digest`, 'use oci:DIR@sha256:<64 hex>');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon !== -1 && colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            throw (0,src_errors/* usageError */.Wp)(`invalid layout reference "${input}": "${tag}" is not a valid tag`, 'use oci:DIR[:TAG]');
    }
    if (rest === '')
        throw (0,src_errors/* usageError */.Wp)(`invalid layout reference "${input}": the directory is missing`, 'use oci:DIR[:TAG]');
    return { kind: 'layout', path: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

;// CONCATENATED MODULE: ./packages/core/src/reference/index.ts


// EXTERNAL MODULE: ./node_modules/.pnpm/undici@7.30.2/node_modules/undici/index.js
var undici = __webpack_require__(87191);
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

;// CONCATENATED MODULE: ./packages/core/src/registry/retry.ts
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

;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts
/**
 * OCI distribution API client. One per process: it shares keep-alive connections, remembers
 * each registry's auth challenge (so later requests authenticate up front instead of paying a
 * 401 round trip) and caches bearer tokens per scope.
 */









class RegistryClient {
    stats = { requests: 0, tokenFetches: 0, retries: 0 };
    #agent;
    #credentials;
    #insecure;
    #logger;
    #userAgent;
    #retry;
    #timeoutMs;
    #challenges = new Map();
    #tokens = new Map();
    #credentialCache = new Map();
    /** "registry/repository@digest" of blobs seen or uploaded in this process: no request needed again. */
    knownBlobs = new Set();
    /** "registry@digest" -> a repository known to hold it, to mount from instead of uploading. */
    blobHomes = new Map();
    constructor(options = {}) {
        this.#timeoutMs = options.timeoutMs ?? 30_000;
        this.#agent = new undici/* Agent */.g6({ keepAliveTimeout: 30_000, connections: 32, connectTimeout: this.#timeoutMs });
        this.#credentials = options.credentials;
        this.#insecure = new Set(options.insecureRegistries ?? []);
        this.#logger = options.logger ?? silentLogger;
        this.#userAgent = options.userAgent ?? 'signet';
        this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    }
    repository(registry, repository) {
        return new RegistryRepository(this, registry, repository);
    }
    async close() {
        await this.#agent.close();
    }
    baseUrl(registry) {
        const host = apiHost(registry);
        const scheme = this.#insecure.has(registry) || this.#insecure.has(host) ? 'http' : 'https';
        return `${scheme}://${host}`;
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
        for (let attempt = 1;; attempt++) {
            if (spec.notAfter !== undefined && Date.now() > spec.notAfter)
                throw new StaleWriteError(what);
            this.stats.requests++;
            let response;
            try {
                response = await (0,undici/* request */.Em)(spec.url, {
                    method: spec.method,
                    headers: { 'user-agent': this.#userAgent, ...spec.headers },
                    ...(spec.body !== undefined ? { body: spec.body } : {}),
                    dispatcher: this.#agent,
                    headersTimeout: this.#timeoutMs,
                    bodyTimeout: this.#timeoutMs,
                });
                const body = Buffer.from(await response.body.arrayBuffer());
                const headers = {};
                for (const [k, v] of Object.entries(response.headers))
                    headers[k] = Array.isArray(v) ? v[0] : v;
                if (isRetryableStatus(response.statusCode) && attempt < this.#retry.maxAttempts) {
                    const delay = backoffDelay(attempt, this.#retry, parseRetryAfter(headers['retry-after']));
                    this.#logger.debug(`${what}: HTTP ${response.statusCode}, retry ${attempt} in ${delay} ms`);
                    this.stats.retries++;
                    await sleep(delay);
                    continue;
                }
                return { status: response.statusCode, headers, body };
            }
            catch (e) {
                if (isRetryableError(e) && attempt < this.#retry.maxAttempts) {
                    const delay = backoffDelay(attempt, this.#retry);
                    this.#logger.debug(`${what}: ${e.message}, retry ${attempt} in ${delay} ms`);
                    this.stats.retries++;
                    await sleep(delay);
                    continue;
                }
                const host = new URL(spec.url).host;
                const code = e.code ?? e.message;
                throw new src_errors/* SignetError */.Tj('remote', `${what}: cannot reach ${host} (${code})`, {
                    hint: spec.url.startsWith('https:')
                        ? 'check the registry address and network; for a plain-HTTP registry pass --allow-http-registry or set SIGNET_INSECURE_REGISTRIES'
                        : 'check the registry address and that it is running',
                    cause: e,
                });
            }
        }
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
        if (!realm)
            throw new src_errors/* SignetError */.Tj('remote', `${registry} sent a Bearer challenge without a realm`);
        const credential = await this.#credential(registry);
        const url = new URL(realm);
        const service = challenge.params.service;
        this.stats.tokenFetches++;
        let response;
        if (credential && 'identityToken' in credential) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'signet', scope });
            if (service)
                form.set('service', service);
            response = await this.#send({ method: 'POST', url: url.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(form.toString()) }, `token for ${registry}`);
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            const headers = {};
            if (credential)
                headers.authorization = basic(credential);
            response = await this.#send({ method: 'GET', url: url.toString(), headers }, `token for ${registry}`);
        }
        if (response.status === 401 || response.status === 403) {
            throw new src_errors/* SignetError */.Tj('remote', `authentication failed for ${registry} (token service answered ${response.status})`, {
                status: response.status,
                hint: credential ? 'check the registry username and password (docker login again)' : `run \`docker login ${registry}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
            });
        }
        if (response.status !== 200) {
            throw new src_errors/* SignetError */.Tj('remote', `token service for ${registry} answered ${response.status}`, { status: response.status });
        }
        let doc;
        try {
            doc = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new src_errors/* SignetError */.Tj('remote', `token service for ${registry} returned invalid JSON`);
        }
        const value = doc.token ?? doc.access_token;
        if (!value)
            throw new src_errors/* SignetError */.Tj('remote', `token service for ${registry} returned no token`);
        return { value, expiresAt: Date.now() + (doc.expires_in ?? 60) * 1000 };
    }
    async #authorization(registry, repository, access) {
        const challenge = this.#challenges.get(registry);
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const credential = await this.#credential(registry);
            return credential && !('identityToken' in credential) ? basic(credential) : undefined;
        }
        if (challenge.scheme === 'bearer') {
            return `Bearer ${await this.#token(registry, challenge, `repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`)}`;
        }
        return undefined;
    }
    /** For redirects to blob storage: the target carries its own signed auth, never ours. */
    sendUnauthenticated(spec, what) {
        return this.#send(spec, what);
    }
    /** An authenticated request: credentials up front once the challenge is known, else on 401. */
    async send(registry, repository, access, spec, what) {
        const auth = await this.#authorization(registry, repository, access);
        let response = await this.#send({ ...spec, headers: { ...spec.headers, ...(auth ? { authorization: auth } : {}) } }, what);
        if (response.status === 401) {
            const challenge = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
            const known = this.#challenges.get(registry);
            if (challenge && (challenge.scheme === 'bearer' || challenge.scheme === 'basic') && (!known || !auth)) {
                this.#challenges.set(registry, challenge);
                const retryAuth = await this.#authorization(registry, repository, access);
                if (retryAuth) {
                    response = await this.#send({ ...spec, headers: { ...spec.headers, authorization: retryAuth } }, what);
                }
            }
        }
        return response;
    }
    statusError(response, registry, repository, access, what) {
        const status = response.status;
        const detail = registryErrorDetail(response.body);
        const code = registryErrorCode(response.body);
        const suffix = detail ? ` (${detail})` : '';
        // A token without the needed scope is a 401 with error="insufficient_scope": a permission
        // problem of the account, not missing credentials.
        const challenge = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
        if (status === 403 || (status === 401 && challenge?.params.error === 'insufficient_scope')) {
            return new src_errors/* SignetError */.Tj('remote', `${what}: ${access} access to ${registry}/${repository} denied${suffix}`, {
                status,
                ...(code ? { code } : {}),
                hint: `grant the account ${access} permission on ${repository}`,
            });
        }
        if (status === 401) {
            return new src_errors/* SignetError */.Tj('remote', `${what}: authentication required for ${registry}${suffix}`, {
                status,
                ...(code ? { code } : {}),
                hint: `run \`docker login ${registry}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
            });
        }
        if (status === 404) {
            return new src_errors/* SignetError */.Tj('remote', `${what}: ${registry}/${repository} not found${suffix}`, { status, ...(code ? { code } : {}), hint: 'check the repository name' });
        }
        if (status === 429) {
            return new src_errors/* SignetError */.Tj('remote', `${what}: ${registry} is rate limiting (HTTP 429) and retries ran out${suffix}`, {
                status,
                ...(code ? { code } : {}),
                hint: 'wait and retry, lower --concurrency, or authenticate for a higher limit',
            });
        }
        return new src_errors/* SignetError */.Tj('remote', `${what}: ${registry} answered HTTP ${status}${suffix}`, { status, ...(code ? { code } : {}), hint: 'retry later; if it persists, check the registry' });
    }
}
function basic(credential) {
    return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
}
/** The distribution spec's error body: {"errors":[{"code","message"}]}. */
function registryErrorDetail(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        const first = doc.errors?.[0];
        return first ? [first.code, first.message].filter(Boolean).join(': ') : undefined;
    }
    catch {
        return undefined;
    }
}
function registryErrorCode(body) {
    try {
        return JSON.parse(body.toString('utf8')).errors?.[0]?.code;
    }
    catch {
        return undefined;
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
class RegistryRepository {
    location;
    #client;
    #registry;
    #repository;
    constructor(client, registry, repository) {
        this.#client = client;
        this.#registry = registry;
        this.#repository = repository;
        this.location = `${registry}/${repository}`;
    }
    /** "repo:tag" or "repo@sha256:…" for messages. */
    #ref(tagOrDigest) {
        return `${this.location}${tagOrDigest.startsWith('sha256:') ? '@' : ':'}${tagOrDigest}`;
    }
    #url(path) {
        return `${this.#client.baseUrl(this.#registry)}/v2/${this.#repository}/${path}`;
    }
    #send(access, spec, what) {
        return this.#client.send(this.#registry, this.#repository, access, spec, what);
    }
    #fail(response, access, what) {
        throw this.#client.statusError(response, this.#registry, this.#repository, access, what);
    }
    async resolve(tagOrDigest) {
        const what = `resolve ${this.#ref(tagOrDigest)}`;
        const res = await this.#send('pull', { method: 'HEAD', url: this.#url(`manifests/${tagOrDigest}`), headers: { accept: MANIFEST_ACCEPT.join(', ') } }, what);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        const digest = res.headers['docker-content-digest'];
        const mediaType = res.headers['content-type'] ?? '';
        if (digest)
            return { mediaType, digest, size: Number(res.headers['content-length'] ?? 0) };
        const fetched = await this.getManifest(tagOrDigest);
        return fetched ? { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.byteLength } : undefined;
    }
    async getManifest(tagOrDigest) {
        const what = `read manifest ${this.#ref(tagOrDigest)}`;
        const res = await this.#send('pull', { method: 'GET', url: this.#url(`manifests/${tagOrDigest}`), headers: { accept: MANIFEST_ACCEPT.join(', ') } }, what);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        const digest = sha256Digest(res.body);
        if (tagOrDigest.startsWith('sha256:') && digest !== tagOrDigest) {
            throw new src_errors/* SignetError */.Tj('remote', `${what}: content does not match the requested digest`, { hint: 'the registry or a proxy altered the manifest' });
        }
        return { bytes: res.body, mediaType: res.headers['content-type'] ?? '', digest };
    }
    async putManifest(tagOrDigest, bytes, mediaType, options = {}) {
        const what = `write manifest ${this.#ref(tagOrDigest)}`;
        const res = await this.#send('push', { method: 'PUT', url: this.#url(`manifests/${tagOrDigest}`), headers: { 'content-type': mediaType }, body: bytes, ...(options.notAfter ? { notAfter: options.notAfter } : {}) }, what);
        if (res.status !== 201 && res.status !== 200)
            this.#fail(res, 'push', what);
        return res.headers['docker-content-digest'] ?? sha256Digest(bytes);
    }
    async hasBlob(digest) {
        const what = `check blob ${this.location}@${digest}`;
        const res = await this.#send('pull', { method: 'HEAD', url: this.#url(`blobs/${digest}`) }, what);
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
        if (this.#client.knownBlobs.has(`${this.location}@${digest}`))
            return;
        const home = this.#client.blobHomes.get(`${this.#registry}@${digest}`);
        if (home && home !== this.#repository)
            return this.putBlob(digest, bytes, home);
        if (await this.hasBlob(digest))
            return this.#remember(digest);
        return this.putBlob(digest, bytes);
    }
    #remember(digest) {
        this.#client.knownBlobs.add(`${this.location}@${digest}`);
        this.#client.blobHomes.set(`${this.#registry}@${digest}`, this.#repository);
    }
    /**
     * POST then a monolithic PUT: two requests. distribution 2.8 does not honour the one-request
     * `POST ?digest=` upload, and a HEAD first would cost a third for blobs that are always new.
     * With `mountFrom`, the POST asks to mount the blob from that repository (201, done in one
     * request); a registry that declines answers with an upload session, used as usual.
     * When a PUT is retried after its response was lost, the session is already consumed (404);
     * the blob is then checked for, and the upload restarted only if it is really missing.
     */
    async putBlob(digest, bytes, mountFrom) {
        const what = `upload blob to ${this.location}`;
        for (let session = 1;; session++) {
            const query = mountFrom && session === 1 ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : '';
            const start = await this.#send('push', { method: 'POST', url: this.#url(`blobs/uploads/${query}`) }, what);
            if (start.status === 201)
                break;
            if (start.status !== 202)
                this.#fail(start, 'push', what);
            const location = start.headers.location;
            if (!location)
                throw new src_errors/* SignetError */.Tj('remote', `${what}: registry sent no upload location`);
            const url = new URL(location, this.#client.baseUrl(this.#registry));
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
        this.#remember(digest);
    }
    /**
     * GET /v2/<repo>/referrers/<digest>. A registry with the API answers 200 with an image index
     * (empty when nothing refers to the digest); distribution 2.8 and other registries without
     * it answer 404 (some 400/405), which means "use the fallback tag".
     */
    async referrers(digest) {
        const what = `list referrers of ${this.location}@${digest}`;
        const res = await this.#send('pull', { method: 'GET', url: this.#url(`referrers/${digest}`), headers: { accept: MediaTypes.ociIndex } }, what);
        if (res.status === 404 || res.status === 400 || res.status === 405)
            return undefined;
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
        return manifests.filter((m) => typeof m === 'object' && m !== null && typeof m.digest === 'string');
    }
    async getBlob(digest) {
        const what = `read blob ${this.location}@${digest}`;
        let res = await this.#send('pull', { method: 'GET', url: this.#url(`blobs/${digest}`) }, what);
        // Registries redirect blobs to storage (S3, GCS); the storage URL carries its own auth.
        for (let hops = 0; hops < 5 && res.status >= 300 && res.status < 400 && res.headers.location; hops++) {
            const base = this.#client.baseUrl(this.#registry);
            const target = new URL(res.headers.location, base);
            res =
                target.host === new URL(base).host
                    ? await this.#client.send(this.#registry, this.#repository, 'pull', { method: 'GET', url: target.toString() }, what)
                    : await this.#client.sendUnauthenticated({ method: 'GET', url: target.toString() }, what);
        }
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        if (sha256Digest(res.body) !== digest)
            throw new src_errors/* SignetError */.Tj('remote', `${what}: content does not match its digest`);
        return res.body;
    }
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
        child.on('error', (e) => reject(new src_errors/* SignetError */.Tj('usage', `credential helper ${program} could not run: ${e.code ?? e.message}`, {
            hint: `install ${program} or remove it from your docker config.json`,
        })));
        child.on('close', (code) => {
            if (code !== 0) {
                // The protocol reports a miss as a non-zero exit with this message on stdout.
                if (/credentials not found/i.test(out))
                    return resolve(undefined);
                return reject(new src_errors/* SignetError */.Tj('remote', `credential helper ${program} failed for ${serverUrl} (exit ${code})`, {
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
                reject(new src_errors/* SignetError */.Tj('remote', `credential helper ${program} returned invalid JSON for ${serverUrl}`));
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
        throw new src_errors/* SignetError */.Tj('usage', `${path} is not valid JSON`, { hint: 'fix or remove the file (docker login rewrites it)' });
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

;// CONCATENATED MODULE: ./packages/core/src/registry/index.ts






;// CONCATENATED MODULE: ./packages/core/src/layout/oci-layout.ts
/**
 * An OCI image layout on disk (image-spec `oci-layout`, `index.json`, `blobs/sha256/`) as an
 * ArtifactRepository, so `oci:DIR` works wherever a registry repository does. Tags are
 * index.json entries annotated `org.opencontainers.image.ref.name`. index.json is updated by
 * read-merge-write under a lock file so concurrent signet processes never lose entries.
 */







const REF_NAME = 'org.opencontainers.image.ref.name';
const LOCK_STALE_MS = 30_000;
class OciLayout {
    path;
    location;
    constructor(path) {
        this.path = path;
        this.location = `oci:${path}`;
    }
    static async open(path, options = {}) {
        const layout = new OciLayout(path);
        let marker;
        try {
            marker = await (0,promises_.readFile)((0,external_node_path_.join)(path, 'oci-layout'), 'utf8');
        }
        catch {
            if (!options.create)
                throw (0,src_errors/* usageError */.Wp)(`${path} is not an OCI image layout (no oci-layout file)`, 'check the path after oci:, or create the layout with skopeo/crane');
        }
        if (marker === undefined) {
            await (0,promises_.mkdir)((0,external_node_path_.join)(path, 'blobs', 'sha256'), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(path, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }), { flag: 'wx' }).catch(() => undefined);
            await (0,promises_.writeFile)((0,external_node_path_.join)(path, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [] }), { flag: 'wx' }).catch(() => undefined);
        }
        else {
            let version;
            try {
                version = JSON.parse(marker).imageLayoutVersion;
            }
            catch {
                version = undefined;
            }
            if (version !== '1.0.0')
                throw (0,src_errors/* usageError */.Wp)(`${path}/oci-layout is not an OCI image layout 1.0.0 marker`, 'check the path after oci:');
        }
        return layout;
    }
    #blobPath(digest) {
        if (!isDigest(digest))
            throw (0,src_errors/* usageError */.Wp)(`invalid digest "${digest}"`);
        return (0,external_node_path_.join)(this.path, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    async #readIndex() {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.join)(this.path, 'index.json'), 'utf8');
        }
        catch {
            return { schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [] };
        }
        try {
            const index = JSON.parse(text);
            if (!Array.isArray(index.manifests))
                throw new Error('no manifests');
            return index;
        }
        catch {
            throw new src_errors/* SignetError */.Tj('io', `${this.path}/index.json is corrupt`, { hint: 'restore it or recreate the layout' });
        }
    }
    async tags() {
        const index = await this.#readIndex();
        return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t) => typeof t === 'string');
    }
    async resolve(tagOrDigest) {
        const index = await this.#readIndex();
        if (!isDigest(tagOrDigest))
            return index.manifests.find((m) => m.annotations?.[REF_NAME] === tagOrDigest);
        const listed = index.manifests.find((m) => m.digest === tagOrDigest);
        if (listed)
            return listed;
        // A manifest nested in an index (a platform image) or stored untagged.
        const bytes = await (0,promises_.readFile)(this.#blobPath(tagOrDigest)).catch(() => undefined);
        if (!bytes)
            return undefined;
        const mediaType = JSON.parse(bytes.toString('utf8')).mediaType ?? MediaTypes.ociManifest;
        return { mediaType, digest: tagOrDigest, size: bytes.length };
    }
    async getManifest(tagOrDigest) {
        const descriptor = await this.resolve(tagOrDigest);
        if (!descriptor)
            return undefined;
        const bytes = await this.getBlob(descriptor.digest);
        return { bytes, mediaType: descriptor.mediaType, digest: descriptor.digest };
    }
    async putManifest(tagOrDigest, bytes, mediaType, options = {}) {
        const digest = sha256Digest(bytes);
        await this.putBlob(digest, bytes);
        const descriptor = { mediaType, digest, size: bytes.byteLength };
        await this.#withLock(async () => {
            // Waiting for the lock can outlast the caller's write window.
            if (options.notAfter !== undefined && Date.now() > options.notAfter)
                throw new StaleWriteError(`write ${this.location}:${tagOrDigest}`);
            const index = await this.#readIndex();
            if (isDigest(tagOrDigest)) {
                if (tagOrDigest !== digest)
                    throw (0,src_errors/* usageError */.Wp)(`manifest digest ${digest} does not match ${tagOrDigest}`);
                if (!index.manifests.some((m) => m.digest === digest))
                    index.manifests.push(descriptor);
            }
            else {
                index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tagOrDigest);
                index.manifests.push({ ...descriptor, annotations: { [REF_NAME]: tagOrDigest } });
            }
            await atomicWrite((0,external_node_path_.join)(this.path, 'index.json'), JSON.stringify(index));
        });
        return digest;
    }
    async hasBlob(digest) {
        return (0,promises_.stat)(this.#blobPath(digest)).then(() => true, () => false);
    }
    async putBlob(digest, bytes) {
        if (sha256Digest(bytes) !== digest)
            throw new src_errors/* SignetError */.Tj('io', `blob content does not match ${digest}`);
        if (await this.hasBlob(digest))
            return;
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.path, 'blobs', 'sha256'), { recursive: true });
        await atomicWrite(this.#blobPath(digest), bytes);
    }
    ensureBlob(digest, bytes) {
        return this.putBlob(digest, bytes);
    }
    async getBlob(digest) {
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(this.#blobPath(digest));
        }
        catch {
            throw new src_errors/* SignetError */.Tj('io', `${this.location}: blob ${digest} is missing`, { hint: 'the layout is incomplete; copy it again' });
        }
        if (sha256Digest(bytes) !== digest)
            throw new src_errors/* SignetError */.Tj('io', `${this.location}: blob ${digest} is corrupt (content does not match its digest)`);
        return bytes;
    }
    /** O_EXCL lock file; a lock older than LOCK_STALE_MS is from a crashed process. */
    async #withLock(fn) {
        const lock = (0,external_node_path_.join)(this.path, 'index.json.lock');
        const deadline = Date.now() + 60_000;
        for (;;) {
            try {
                const handle = await (0,promises_.open)(lock, 'wx');
                await handle.close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw new src_errors/* SignetError */.Tj('io', `cannot lock ${this.path}/index.json: ${e.message}`);
                const age = await (0,promises_.stat)(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,promises_.rm)(lock, { force: true });
                if (Date.now() > deadline)
                    throw new src_errors/* SignetError */.Tj('io', `timed out waiting for ${lock}`, { hint: 'remove it if no signet process is running' });
                await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
            }
        }
        try {
            return await fn();
        }
        finally {
            await (0,promises_.rm)(lock, { force: true });
        }
    }
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, path);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/core/src/layout/demo-image.ts



/** A one-file tar archive: the smallest real image layer. */
function tarWithFile(name, content) {
    const body = Buffer.from(content);
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write('00000000000\0', 136);
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const byte of header)
        sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    const padded = Buffer.alloc(Math.ceil(body.length / 512) * 512);
    body.copy(padded);
    return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}
/** Writes a small, real, runnable-shaped image (config + one layer) for demos and tests. */
async function writeDemoImage(layout, tag) {
    const tar = tarWithFile('hello.txt', `hello from signet (${new Date().toISOString()})\n`);
    const layer = (0,external_node_zlib_.gzipSync)(tar);
    const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] } }));
    await layout.putBlob(sha256Digest(layer), layer);
    await layout.putBlob(sha256Digest(config), config);
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaTypes.ociManifest,
        config: { mediaType: MediaTypes.ociConfig, digest: sha256Digest(config), size: config.length },
        layers: [{ mediaType: MediaTypes.ociLayer, digest: sha256Digest(layer), size: layer.length }],
    }));
    return { digest: await layout.putManifest(tag, manifest, MediaTypes.ociManifest) };
}

;// CONCATENATED MODULE: ./packages/core/src/layout/index.ts



// EXTERNAL MODULE: ./packages/core/src/keys/index.ts
var keys = __webpack_require__(71397);
;// CONCATENATED MODULE: ./packages/core/src/signers/key-ref.ts
/**
 * Key references as cosign users write them: a path, `env://VAR`, `k8s://ns/name`,
 * `hashivault://name`. One parser, used by signing, verification and key generation.
 */

function parseKeyRef(ref) {
    if (ref === '')
        throw (0,src_errors/* usageError */.Wp)('empty key reference', 'pass --key with a path, env://VAR, k8s://ns/name or hashivault://name');
    const scheme = /^([a-z0-9+.-]+):\/\/(.*)$/.exec(ref);
    if (!scheme)
        return { kind: 'file', path: ref };
    const [, name, rest = ''] = scheme;
    switch (name) {
        case 'env':
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rest))
                throw (0,src_errors/* usageError */.Wp)(`invalid key reference "${ref}"`, 'use env://VARIABLE_NAME');
            return { kind: 'env', variable: rest };
        case 'k8s': {
            const parts = rest.split('/');
            if (parts.length !== 2 || !parts[0] || !parts[1]) {
                throw (0,src_errors/* usageError */.Wp)(`invalid key reference "${ref}"`, 'use k8s://NAMESPACE/SECRET_NAME');
            }
            return { kind: 'k8s', namespace: parts[0], name: parts[1] };
        }
        case 'hashivault':
            if (!rest || rest.includes('/'))
                throw (0,src_errors/* usageError */.Wp)(`invalid key reference "${ref}"`, 'use hashivault://TRANSIT_KEY_NAME');
            return { kind: 'hashivault', key: rest };
        case 'file':
            return { kind: 'file', path: rest };
        default:
            throw (0,src_errors/* usageError */.Wp)(`unsupported key reference scheme "${name}://"`, 'use a file path, env://VAR, k8s://ns/name or hashivault://name');
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

// EXTERNAL MODULE: ./packages/core/src/signers/key-signer.ts
var key_signer = __webpack_require__(96182);
;// CONCATENATED MODULE: ./packages/core/src/signers/load.ts





const KeySources = {};
async function readKeyMaterial(ref, env) {
    if (ref.kind === 'env') {
        const value = env[ref.variable];
        if (!value)
            throw (0,src_errors/* usageError */.Wp)(`environment variable ${ref.variable} is not set or empty`, `export ${ref.variable} with the PEM key`);
        return value;
    }
    if (ref.kind === 'file') {
        try {
            return await (0,promises_.readFile)(ref.path, 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                throw (0,src_errors/* usageError */.Wp)(`key file ${ref.path} does not exist`, 'check the --key path, or create one with `signet generate-key-pair`');
            throw new src_errors/* SignetError */.Tj('io', `cannot read key file ${ref.path}: ${code ?? String(e)}`);
        }
    }
    throw new Error(`unreachable: ${ref.kind}`);
}
function remoteSource(ref) {
    const kind = ref.kind;
    const source = KeySources[kind];
    if (!source)
        throw (0,src_errors/* usageError */.Wp)(`${describeKeyRef(ref)}: ${kind}:// keys are not available in this build`);
    return source;
}
async function loadSigner(keyRef, options = {}) {
    const ref = parseKeyRef(keyRef);
    if (ref.kind === 'k8s' || ref.kind === 'hashivault')
        return remoteSource(ref).signer(ref, options);
    const pem = await readKeyMaterial(ref, options.env ?? process.env);
    const loadOptions = options.password ? { source: describeKeyRef(ref), password: options.password } : { source: describeKeyRef(ref) };
    const key = await (0,keys/* loadPrivateKey */.PM)(pem, loadOptions);
    return new key_signer/* KeySigner */.i(key, describeKeyRef(ref), options.certificate);
}
async function loadVerificationKey(keyRef, options = {}) {
    const ref = parseKeyRef(keyRef);
    if (ref.kind === 'k8s' || ref.kind === 'hashivault')
        return remoteSource(ref).publicKey(ref, options);
    const pem = await readKeyMaterial(ref, options.env ?? process.env);
    return (0,keys/* loadPublicKey */.fg)(pem, describeKeyRef(ref));
}

;// CONCATENATED MODULE: ./packages/core/src/formats/go-json.ts
function goJson(value, options = {}) {
    return JSON.stringify(value, (_key, v) => {
        if (options.sortKeys && v && typeof v === 'object' && !Array.isArray(v)) {
            const sorted = {};
            for (const k of Object.keys(v).sort())
                sorted[k] = v[k];
            return sorted;
        }
        return v;
    }).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Sorts the keys of one map (Go marshals map[string]T sorted, structs in field order). */
function sortedMap(map) {
    const out = {};
    for (const k of Object.keys(map).sort())
        out[k] = map[k];
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/formats/simple-signing.ts



const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/**
 * The payload bytes cosign v2 would produce for the same inputs (sigstore's
 * payload.Cosign marshalled by Go): `optional` is null when there are no annotations.
 */
function buildCosignPayload(claims) {
    const annotations = claims.annotations && Object.keys(claims.annotations).length > 0 ? sortedMap(claims.annotations) : null;
    const json = goJson({
        critical: {
            identity: { 'docker-reference': claims.dockerReference },
            image: { 'docker-manifest-digest': claims.digest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: annotations,
    });
    return new TextEncoder().encode(json);
}
/** Parses and shape-checks a payload; the caller decides whether its claims are acceptable. */
function parseCosignPayload(bytes) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        throw new src_errors/* SignetError */.Tj('verification', 'signature payload is not valid JSON');
    }
    const critical = doc?.critical;
    const reference = critical?.identity?.['docker-reference'];
    const digest = critical?.image?.['docker-manifest-digest'];
    if (typeof reference !== 'string' || typeof digest !== 'string' || typeof critical?.type !== 'string') {
        throw new src_errors/* SignetError */.Tj('verification', 'signature payload lacks critical.identity, critical.image or critical.type');
    }
    if (critical.type !== COSIGN_SIGNATURE_TYPE) {
        throw new src_errors/* SignetError */.Tj('verification', `signature payload has type "${critical.type}", expected "${COSIGN_SIGNATURE_TYPE}"`);
    }
    if (!isDigest(digest))
        throw new src_errors/* SignetError */.Tj('verification', `signature payload names an invalid digest "${digest}"`);
    const optional = doc.optional;
    return {
        critical,
        optional: optional && typeof optional === 'object' && !Array.isArray(optional) ? optional : null,
    };
}
/** containers/image's type string: what skopeo, podman and CRI-O write and require. */
const ATOMIC_SIGNATURE_TYPE = 'atomic container signature';
/**
 * The payload containers/image signs (signature.untrustedSignature.MarshalJSON): the same
 * `critical` as cosign's, with `optional` holding creator and timestamp. Go marshals these maps
 * with sorted keys, so the bytes match what skopeo would sign for the same inputs.
 */
function buildAtomicPayload(claims) {
    const optional = {};
    if (claims.creator !== undefined)
        optional.creator = claims.creator;
    if (claims.timestamp !== undefined)
        optional.timestamp = Math.trunc(claims.timestamp);
    const json = goJson({
        critical: {
            identity: { 'docker-reference': claims.dockerReference },
            image: { 'docker-manifest-digest': claims.digest },
            type: ATOMIC_SIGNATURE_TYPE,
        },
        optional: sortedMap(optional),
    });
    return new TextEncoder().encode(json);
}
const exactKeys = (o, keys) => {
    const actual = Object.keys(o).sort();
    return actual.length === keys.length && actual.every((k, i) => k === [...keys].sort()[i]);
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Parses a payload as strictly as containers/image (untrustedSignature.strictUnmarshalJSON):
 * `critical` and its members must have exactly the known keys, because an unknown critical
 * field could carry a restriction this verifier would silently ignore.
 */
function parseAtomicPayload(bytes) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        throw new src_errors/* SignetError */.Tj('verification', 'signature payload is not valid JSON');
    }
    const bad = (why) => {
        throw new src_errors/* SignetError */.Tj('verification', `signature payload is not an atomic container signature: ${why}`);
    };
    if (!isObject(doc) || !exactKeys(doc, ['critical', 'optional']))
        bad('top level must have exactly "critical" and "optional"');
    const { critical, optional } = doc;
    if (!isObject(critical) || !exactKeys(critical, ['identity', 'image', 'type']))
        bad('"critical" must have exactly identity, image and type');
    const c = critical;
    if (c.type !== ATOMIC_SIGNATURE_TYPE)
        bad(`type is ${JSON.stringify(c.type)}, expected "${ATOMIC_SIGNATURE_TYPE}"`);
    if (!isObject(c.image) || !exactKeys(c.image, ['docker-manifest-digest']) || typeof c.image['docker-manifest-digest'] !== 'string') {
        bad('"critical.image" must have exactly a string docker-manifest-digest');
    }
    if (!isObject(c.identity) || !exactKeys(c.identity, ['docker-reference']) || typeof c.identity['docker-reference'] !== 'string') {
        bad('"critical.identity" must have exactly a string docker-reference');
    }
    if (!isObject(optional))
        bad('"optional" must be an object');
    const o = optional;
    if (o.creator !== undefined && typeof o.creator !== 'string')
        bad('optional.creator must be a string');
    if (o.timestamp !== undefined && (typeof o.timestamp !== 'number' || !Number.isInteger(o.timestamp)))
        bad('optional.timestamp must be an integer');
    const digest = c.image['docker-manifest-digest'];
    if (!isDigest(digest))
        bad(`invalid digest "${digest}"`);
    return {
        dockerReference: c.identity['docker-reference'],
        digest,
        creator: o.creator,
        timestamp: o.timestamp,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/formats/signature-manifest.ts
/**
 * cosign's legacy signature layout: one OCI image manifest per signed digest, tagged
 * `sha256-<hex>.sig`, one layer per signature whose blob is the simple-signing payload and
 * whose annotations carry the signature (and certificate/chain for cert-based signers).
 */




const Annotations = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
};
function signatureTag(digest) {
    const [algorithm, hex] = digest.split(':');
    return `${algorithm}-${hex}.sig`;
}
function newSignatureLayer(payload, annotations) {
    return {
        descriptor: {
            mediaType: MediaTypes.cosignSimpleSigning,
            size: payload.byteLength,
            digest: sha256Digest(payload),
            annotations,
        },
    };
}
/**
 * One constant config blob for every signature manifest. cosign's config lists each layer in
 * rootfs.diff_ids, so it changes with every append and costs an upload (POST + PUT) per
 * signature; no verifier reads it (cosign, Kyverno and policy-controller walk the manifest's
 * layers), so a constant one is uploaded once per repository and then skipped.
 * go-containerregistry 0.20 (cosign 2.x) appends to such a manifest correctly: it keeps the
 * manifest's layers and adds its own diff_id. See docs/decisions.md.
 */
const SIGNATURE_CONFIG = new TextEncoder().encode(goJson({
    architecture: '',
    created: '0001-01-01T00:00:00Z',
    os: '',
    rootfs: { type: 'layers', diff_ids: [] },
    config: {},
}));
const SIGNATURE_CONFIG_DIGEST = sha256Digest(SIGNATURE_CONFIG);
function buildSignatureManifest(layers) {
    const config = SIGNATURE_CONFIG;
    const configDigest = SIGNATURE_CONFIG_DIGEST;
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaTypes.ociManifest,
        config: { mediaType: MediaTypes.ociConfig, size: config.byteLength, digest: configDigest },
        layers: layers.map((l) => ({
            mediaType: l.mediaType,
            size: l.size,
            digest: l.digest,
            ...(l.annotations ? { annotations: l.annotations } : {}),
        })),
    };
    return { manifest: new TextEncoder().encode(JSON.stringify(manifest)), config, configDigest };
}
function parseSignatureManifest(bytes, location) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        throw new src_errors/* SignetError */.Tj('remote', `signature manifest at ${location} is not valid JSON`, {
            hint: 'the .sig tag was overwritten by something else; inspect it with `signet triangulate`',
        });
    }
    const m = doc;
    if (!m || m.schemaVersion !== 2 || !Array.isArray(m.layers) || !m.config) {
        throw new src_errors/* SignetError */.Tj('remote', `signature manifest at ${location} is not an image manifest`, {
            hint: 'the .sig tag was overwritten by something else; inspect it with `signet triangulate`',
        });
    }
    return m;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./packages/core/src/stores/guarded-append.ts
/**
 * Race-safe read-modify-write of a list of descriptors kept in ONE tagged manifest: the layers
 * of cosign's `sha256-<hex>.sig` manifest, or the manifests[] of the OCI referrers fallback
 * index `sha256-<hex>`. Registries offer no compare-and-swap on tags, so two writers that read
 * the same version would each drop the other's entry; the protocol here (docs/concurrency.md)
 * makes every writer confirm, repair and guard what it saw. The set's format is supplied by a
 * `TaggedSet`; the protocol knows only descriptors.
 */




/**
 * How long after its read a writer may still send the manifest PUT. Generous against a real
 * registry's round trips (the window holds one GET and one PUT), small enough that waiting it
 * out once per batch is cheap.
 */
const DEFAULT_WINDOW_BOUND_MS = 500;
const SETTLE_MARGIN_MS = 200;
/** The margin is at least this many times the slowest exchange seen: a loaded registry applies late. */
const SLOWNESS_FACTOR = 3;
const MAX_SETTLE_MARGIN_MS = 5_000;
/** Between reads of the set while one of our writes is overdue. */
const WATCH_INTERVAL_MS = 100;
const TRANSIENT_BLOB_STATES = new Set(['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);
/** Adds `set.candidate` to the set without losing any concurrent writer's entry. */
function guardedAppend(set, options = {}) {
    return new AppendOperation(set, options).run(1, options.deferConfirm ?? false);
}
/**
 * Identity of an entry for guarding: media type, digest, artifact type and every annotation
 * (a signature annotation among them), so two signers of one payload are two entries.
 */
function entryKey(entry) {
    const annotations = Object.entries(entry.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify([entry.mediaType, entry.digest, entry.artifactType ?? null, annotations]);
}
/**
 * One writer's append. Besides its own entry, it guards every entry it has seen during the
 * operation: a write based on a stale read that drops one of them is repaired by whichever
 * writer is still confirming, so a late write (a registry that applies a PUT long after it was
 * sent) loses nothing while any writer that saw the entry is still around.
 */
class AppendOperation {
    #set;
    #options;
    #windowBoundMs;
    /** Every entry read during this operation, by identity. */
    #seen = new Map();
    /** True once a PUT of ours may have reached the registry (a lost response still counts). */
    #wrote = false;
    #addedOurs = false;
    /** Slowest manifest read or write observed: the confirmation margin scales with it. */
    #slowestMs = 0;
    constructor(set, options) {
        this.#set = set;
        this.#options = options;
        this.#windowBoundMs = options.windowBoundMs ?? DEFAULT_WINDOW_BOUND_MS;
    }
    /** `defer`: hand the confirmation back instead of waiting for it (only for the first write). */
    async run(firstAttempt, defer) {
        const maxAttempts = this.#options.maxAttempts ?? 8;
        const noun = this.#set.noun;
        for (let attempt = firstAttempt; attempt <= maxAttempts; attempt++) {
            const readAt = Date.now();
            const current = await this.#read();
            this.#debug(`${current.location}: read ${current.entries.length} ${noun}(s)`);
            const missing = this.#missingFrom(current.entries);
            for (const entry of current.entries)
                this.#seen.set(this.#key(entry), entry);
            const present = this.#present(current.entries);
            if (present && missing.length === 0) {
                // Our earlier PUT (its response lost) may have landed, and can still be clobbered: it
                // is confirmed like a fresh write. Without a PUT of ours it is an equivalent entry.
                if (this.#wrote)
                    return this.#confirmable(attempt, Date.now(), current.location, current.manifestDigest ?? '', defer);
                return { location: current.location, appended: false, manifestDigest: current.manifestDigest ?? '' };
            }
            if (missing.length > 0) {
                this.#debug(`${current.location}: restoring ${missing.length} ${noun}(s) a concurrent writer dropped`);
            }
            // Our own entry may be among the missing ones (a clobber after our write): add it once.
            const restoresOurs = missing.some((e) => this.#set.isOurs(e));
            const entries = [...current.entries, ...missing, ...(present || restoresOurs ? [] : [this.#set.candidate])];
            const built = this.#set.build(entries);
            let manifestDigest;
            const sentAt = Date.now();
            this.#wrote = true;
            const put = this.#set.repository.putManifest(this.#set.tag, built.bytes, built.mediaType, {
                notAfter: readAt + this.#windowBoundMs,
            });
            const stopWatching = this.#watchWhileOverdue(put, readAt + this.#windowBoundMs + SETTLE_MARGIN_MS);
            try {
                manifestDigest = await put;
            }
            catch (e) {
                if (e instanceof StaleWriteError) {
                    this.#options.onConflict?.(attempt);
                    continue; // our read is too old to write from: read again
                }
                if (e instanceof src_errors/* SignetError */.Tj && TRANSIENT_BLOB_STATES.has(e.code ?? '')) {
                    // distribution links a blob into the repository non-atomically; while concurrent
                    // uploads of the same blob (signers of one payload) link it, a manifest naming it
                    // is refused. Moments later it is accepted.
                    await guarded_append_sleep(50 + Math.floor(Math.random() * 150));
                    continue;
                }
                throw e;
            }
            finally {
                await stopWatching();
            }
            const wroteAt = Date.now();
            this.#observe(wroteAt - sentAt);
            if (!present)
                this.#addedOurs = true;
            if (manifestDigest !== sha256Digest(built.bytes)) {
                throw new src_errors/* SignetError */.Tj('remote', `${current.location} stored a different manifest than was sent`);
            }
            this.#debug(`${current.location}: wrote ${entries.length} ${noun}(s) ${wroteAt - readAt} ms after the read (PUT ${wroteAt - sentAt} ms)`);
            for (const entry of entries)
                this.#seen.set(this.#key(entry), entry);
            return this.#confirmable(attempt, wroteAt, current.location, manifestDigest, defer);
        }
        throw new src_errors/* SignetError */.Tj('remote', `could not append a ${noun} to ${this.#set.location} after ${maxAttempts} attempts`, {
            hint: `other writers keep replacing the ${noun} manifest, or the registry is too slow to write within the window; retry later or lower the concurrency`,
        });
    }
    /**
     * Safe to end once a read later than the window bound plus a margin after our write still
     * shows everything we guard: any writer that missed it read before our write, so its PUT was
     * sent within the bound of that and has been applied by then, unless the registry took
     * longer than the margin to apply it. The margin grows with the slowest exchange we saw.
     */
    #confirmable(attempt, wroteAt, location, manifestDigest, defer) {
        const settleMs = this.#options.settleMs ?? this.#windowBoundMs + this.#margin();
        if (settleMs === 0)
            return { location, appended: this.#addedOurs, manifestDigest };
        const confirm = async () => {
            const wait = wroteAt + settleMs - Date.now();
            if (wait > 0)
                await guarded_append_sleep(wait + Math.floor(Math.random() * SETTLE_MARGIN_MS));
            const after = await this.#read();
            this.#debug(`${after.location}: confirmation read ${after.entries.length} ${this.#set.noun}(s)`);
            if (this.#present(after.entries) && this.#missingFrom(after.entries).length === 0) {
                return { location: after.location, appended: this.#addedOurs, manifestDigest: after.manifestDigest ?? manifestDigest };
            }
            // A writer that read before one of the writes we guard replaced the manifest: merge
            // again, and this time wait for the confirmation: whoever ran this one expects it final.
            this.#options.onConflict?.(attempt);
            return this.run(attempt + 1, false);
        };
        if (defer)
            return { location, appended: this.#addedOurs, manifestDigest, confirm };
        return confirm();
    }
    /**
     * A PUT still unanswered after the window bound plus the margin may be applied after other
     * writers have confirmed and left, dropping their entries. While it is outstanding we keep
     * reading the set, so every entry it may drop is in `#seen` and our confirmation restores it.
     */
    #watchWhileOverdue(pending, overdueAt) {
        const stop = new AbortController();
        const settled = pending.then(() => stop.abort(), () => stop.abort());
        const watching = (async () => {
            if (!(await pause(overdueAt - Date.now(), stop.signal)))
                return;
            this.#debug(`${this.#set.location}: write not answered within the window; watching the set until it is`);
            while (!stop.signal.aborted) {
                try {
                    const set = await this.#set.read();
                    for (const entry of set.entries)
                        this.#seen.set(this.#key(entry), entry);
                }
                catch {
                    // Best effort: the outcome of the write itself decides what happens next.
                }
                if (!(await pause(WATCH_INTERVAL_MS, stop.signal)))
                    return;
            }
        })();
        return async () => {
            await settled;
            await watching;
        };
    }
    #margin() {
        return Math.min(MAX_SETTLE_MARGIN_MS, Math.max(SETTLE_MARGIN_MS, SLOWNESS_FACTOR * this.#slowestMs));
    }
    async #read() {
        const started = Date.now();
        const set = await this.#set.read();
        this.#observe(Date.now() - started);
        return set;
    }
    #observe(ms) {
        if (ms > this.#slowestMs)
            this.#slowestMs = ms;
    }
    /** Our entry, or an equivalent one (the set's dedupe rule), is among `entries`. */
    #present(entries) {
        return entries.some((e) => this.#set.isOurs(e)) || this.#set.hasEquivalent(entries);
    }
    #missingFrom(entries) {
        const have = new Set(entries.map((e) => this.#key(e)));
        return [...this.#seen.entries()].filter(([key]) => !have.has(key)).map(([, entry]) => entry);
    }
    #key(entry) {
        return this.#set.key ? this.#set.key(entry) : entryKey(entry);
    }
    #debug(message) {
        this.#options.logger?.debug(message);
    }
}
/** Waits `ms` unless `signal` aborts first; true when the full time passed. */
async function pause(ms, signal) {
    if (signal.aborted)
        return false;
    if (ms <= 0)
        return true;
    try {
        await (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal });
        return true;
    }
    catch {
        return false;
    }
}
function guarded_append_sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./packages/core/src/stores/cosign-signatures.ts




class CosignSignatureStore {
    repository;
    constructor(repository) {
        this.repository = repository;
    }
    location(digest) {
        return `${this.repository.location}:${signatureTag(digest)}`;
    }
    async read(digest) {
        const location = this.location(digest);
        const fetched = await this.repository.getManifest(signatureTag(digest));
        if (!fetched)
            return { location, manifestDigest: undefined, layers: [] };
        const manifest = parseSignatureManifest(fetched.bytes, location);
        return { location, manifestDigest: fetched.digest, layers: manifest.layers };
    }
    /** Fetches the payloads of simple-signing layers; other layer types are skipped. */
    async load(set) {
        const layers = set.layers.filter((l) => l.mediaType === MediaTypes.cosignSimpleSigning);
        return Promise.all(layers.map(async (layer) => {
            const payload = await this.repository.getBlob(layer.digest);
            const b64 = layer.annotations?.[Annotations.signature] ?? '';
            return {
                layer,
                payload,
                signature: decodeBase64(b64),
                certificatePem: layer.annotations?.[Annotations.certificate],
                chainPem: layer.annotations?.[Annotations.chain],
            };
        }));
    }
    /**
     * Appends one signature unless an equivalent one is already there (same payload and
     * annotations, and `isSameSigner` accepts the existing signature: cosign's dedupe rule).
     *
     * Registries have no compare-and-swap for tags, so a read-modify-write can be overwritten by
     * a concurrent signer that read the manifest before our write. Protocol (docs/concurrency.md):
     * blobs first; read, merge, write, where no write attempt (retries included) is sent later
     * than `windowBoundMs` after its read; then, at least the bound plus a margin after our write,
     * read again and merge again if our layer is gone. With `deferConfirm` the confirmation is
     * returned for the caller to run later, so a batch waits once rather than per image.
     */
    async append(digest, payload, annotations, isSameSigner, options = {}) {
        const candidate = newSignatureLayer(payload, annotations);
        await this.repository.putBlob(candidate.descriptor.digest, payload);
        // Constant: upload it (once per repository) before the read so the write window is short.
        const empty = buildSignatureManifest([]);
        await this.repository.ensureBlob(empty.configDigest, empty.config);
        const location = this.location(digest);
        const set = {
            repository: this.repository,
            tag: signatureTag(digest),
            location,
            candidate: candidate.descriptor,
            noun: 'signature',
            read: async () => {
                const current = await this.read(digest);
                return { location: current.location, manifestDigest: current.manifestDigest, entries: current.layers };
            },
            build: (layers) => ({ bytes: buildSignatureManifest(layers).manifest, mediaType: MediaTypes.ociManifest }),
            isOurs: (layer) => isOurs(layer, candidate.descriptor, annotations),
            hasEquivalent: (layers) => this.findEquivalent(layers, candidate.descriptor, payload, annotations, isSameSigner) !== undefined,
        };
        return guardedAppend(set, options);
    }
    /** Layers equivalent to `candidate` under cosign's dedupe rule (same payload and annotations, same signer). */
    findEquivalent(layers, candidate, payload, annotations, isSameSigner) {
        return layers.find((layer) => {
            if (layer.digest !== candidate.digest || layer.mediaType !== candidate.mediaType)
                return false;
            if (!sameAnnotationsExceptSignature(layer.annotations ?? {}, annotations))
                return false;
            return isSameSigner({
                layer,
                payload,
                signature: decodeBase64(layer.annotations?.[Annotations.signature] ?? ''),
                certificatePem: layer.annotations?.[Annotations.certificate],
                chainPem: layer.annotations?.[Annotations.chain],
            });
        });
    }
}
/** Exactly our layer: other signers of the same payload differ only in the signature. */
function isOurs(layer, candidate, annotations) {
    return (layer.digest === candidate.digest &&
        layer.annotations?.[Annotations.signature] === annotations[Annotations.signature] &&
        sameAnnotationsExceptSignature(layer.annotations ?? {}, annotations));
}
function sameAnnotationsExceptSignature(existing, wanted) {
    for (const [key, value] of Object.entries(wanted)) {
        if (key === Annotations.signature)
            continue;
        if (existing[key] !== value)
            return false;
    }
    return true;
}
function decodeBase64(text) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
        return new Uint8Array();
    return Buffer.from(text, 'base64');
}

;// CONCATENATED MODULE: ./packages/core/src/formats/referrers.ts
/**
 * OCI 1.1 referrers: an artifact manifest whose `subject` names the image, found through the
 * registry's Referrers API (GET /v2/<repo>/referrers/<digest>), or, on registries without it,
 * through the fallback referrers index: an image index tagged `sha256-<hex>` whose manifests[]
 * the clients maintain themselves (image-spec 1.1, distribution-spec "referrers tag schema").
 */



/** The empty config every artifact manifest uses (image-spec 1.1 "guidance for an empty descriptor"). */
const EMPTY_CONFIG = new TextEncoder().encode('{}');
const EMPTY_CONFIG_DIGEST = sha256Digest(EMPTY_CONFIG);
/** The fallback tag for a subject digest: `sha256-<hex>` (no `.sig` suffix, unlike cosign's legacy tag). */
function referrersTag(digest) {
    const [algorithm, hex] = digest.split(':');
    return `${algorithm}-${hex}`;
}
/**
 * An artifact manifest for `subject`. The config descriptor also carries the artifactType, as
 * cosign v3 writes it (ggcr's Descriptor has the field); verifiers read the top-level one.
 */
function buildReferrerManifest(spec) {
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaTypes.ociManifest,
        artifactType: spec.artifactType,
        config: { mediaType: MediaTypes.ociEmpty, digest: EMPTY_CONFIG_DIGEST, size: EMPTY_CONFIG.byteLength },
        layers: spec.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size, ...(l.annotations ? { annotations: l.annotations } : {}) })),
        subject: { mediaType: spec.subject.mediaType, digest: spec.subject.digest, size: spec.subject.size },
        ...(spec.annotations ? { annotations: spec.annotations } : {}),
    };
    const bytes = new TextEncoder().encode(JSON.stringify(manifest));
    const digest = sha256Digest(bytes);
    return {
        bytes,
        digest,
        descriptor: {
            mediaType: MediaTypes.ociManifest,
            digest,
            size: bytes.byteLength,
            artifactType: spec.artifactType,
            ...(spec.annotations ? { annotations: spec.annotations } : {}),
        },
    };
}
/** The referrers index holding exactly `entries`, in the given order. */
function buildReferrersIndex(entries) {
    const index = {
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        manifests: entries.map((e) => ({
            mediaType: e.mediaType,
            digest: e.digest,
            size: e.size,
            ...(e.artifactType ? { artifactType: e.artifactType } : {}),
            ...(e.annotations ? { annotations: e.annotations } : {}),
        })),
    };
    return new TextEncoder().encode(JSON.stringify(index));
}
/**
 * The manifests[] of a referrers index (the API's answer or the fallback tag). Anything else
 * under the fallback tag is reported rather than overwritten: it is someone else's data.
 */
function parseReferrersIndex(bytes, location) {
    const hint = 'the referrers tag holds something other than an OCI image index; inspect it before signing again';
    let doc;
    try {
        doc = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        throw new src_errors/* SignetError */.Tj('remote', `referrers index at ${location} is not valid JSON`, { hint });
    }
    const index = doc;
    if (!index || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
        throw new src_errors/* SignetError */.Tj('remote', `referrers index at ${location} is not an image index`, { hint });
    }
    return index.manifests.filter((m) => typeof m === 'object' && m !== null && typeof m.digest === 'string');
}
/** Parses a referrer manifest; undefined when it is not an image manifest at all. */
function parseReferrerManifest(bytes) {
    try {
        const m = JSON.parse(new TextDecoder().decode(bytes));
        if (!m || m.schemaVersion !== 2 || !Array.isArray(m.layers) || !m.config)
            return undefined;
        return m;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(76028);
;// CONCATENATED MODULE: ./packages/core/src/formats/sigstore-bundle.ts
/**
 * The sigstore bundle cosign v3 writes for `cosign sign --key` (observed against a local
 * registry and read in cosign's cmd/cosign/cli/sign/sign.go `signDigestBundle`): a v0.3 bundle
 * whose content is a DSSE envelope (payloadType `application/vnd.in-toto+json`) over an in-toto
 * Statement v1 with one subject `{digest: {sha256: <hex>}, annotations: {-a values}}`, predicate
 * type `https://sigstore.dev/cosign/sign/v1` and an empty predicate. Key material is only a
 * hint (base64 SHA-256 of the public key's SPKI DER); without a transparency log there are no
 * tlog entries. cosign v3 verifies images only from DSSE bundles (a messageSignature bundle is
 * refused: "bundle does not contain a DSSE envelope"), so that is the only content written.
 */



const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** cosign's pkg/types CosignSignPredicateType: "this is a signature", not an attestation. */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** The in-toto statement cosign v3 signs for an image digest (plus the subject name, above). */
function buildSignStatement(claims) {
    const [algorithm, hex] = splitDigest(claims.digest);
    const subject = {
        ...(claims.name ? { name: claims.name } : {}),
        digest: { [algorithm]: hex },
        annotations: { ...(claims.annotations ?? {}) },
    };
    const statement = {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [subject],
        predicateType: COSIGN_SIGN_PREDICATE_TYPE,
        predicate: {},
    };
    return new TextEncoder().encode(JSON.stringify(statement));
}
/** Parses and shape-checks a statement; the caller decides whether its claims are acceptable. */
function parseStatement(bytes) {
    let value;
    try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        throw new src_errors/* SignetError */.Tj('verification', 'DSSE payload is not JSON');
    }
    if (!isRecord(value) || typeof value._type !== 'string' || typeof value.predicateType !== 'string' || !Array.isArray(value.subject)) {
        throw new src_errors/* SignetError */.Tj('verification', 'DSSE payload is not an in-toto statement');
    }
    const subject = [];
    for (const s of value.subject) {
        if (!isRecord(s) || !isRecord(s.digest))
            throw new src_errors/* SignetError */.Tj('verification', 'in-toto statement has a malformed subject');
        const digest = {};
        for (const [k, v] of Object.entries(s.digest))
            if (typeof v === 'string')
                digest[k] = v;
        subject.push({
            ...(typeof s.name === 'string' ? { name: s.name } : {}),
            digest,
            ...(isRecord(s.annotations) ? { annotations: s.annotations } : {}),
        });
    }
    return { _type: value._type, subject, predicateType: value.predicateType, predicate: value.predicate };
}
/** DSSE v1 pre-authentication encoding: what the signature is over (not the payload itself). */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    const header = Buffer.from(`DSSEv1 ${type.byteLength} ${payloadType} ${payload.byteLength} `, 'utf8');
    return Buffer.concat([header, payload]);
}
/** The key hint sigstore clients put in `verificationMaterial.publicKey`: base64 SHA-256 of the SPKI DER. */
function publicKeyHint(publicKey) {
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
}
/** A v0.3 bundle with a DSSE envelope, a public-key hint and no tlog entries, as JSON bytes. */
function buildKeyBundle(statement, signature, hint) {
    const bundle = {
        mediaType: dist.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: {
            content: { $case: 'publicKey', publicKey: { hint } },
            tlogEntries: [],
            timestampVerificationData: undefined,
        },
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: {
                payload: Buffer.from(statement),
                payloadType: IN_TOTO_PAYLOAD_TYPE,
                // keyid stays empty, as cosign writes it: the hint is in the verification material.
                signatures: [{ sig: Buffer.from(signature), keyid: '' }],
            },
        },
    };
    return new TextEncoder().encode(JSON.stringify((0,dist.bundleToJSON)(bundle)));
}
/** A bundle with its DSSE content, or why it cannot be used as an image signature. */
function parseBundle(bytes) {
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    }
    catch (e) {
        return `not a valid sigstore bundle (${e instanceof Error ? e.message : String(e)})`;
    }
    if (!(0,dist.isBundleWithDsseEnvelope)(bundle))
        return 'bundle holds a message signature, not a DSSE envelope (cosign v3 refuses it for images too)';
    return bundle;
}
function splitDigest(digest) {
    const i = digest.indexOf(':');
    if (i <= 0)
        throw new src_errors/* SignetError */.Tj('usage', `not a digest: ${digest}`);
    return [digest.slice(0, i), digest.slice(i + 1)];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/core/src/stores/bundle-referrers.ts





/** Manifest annotations cosign v3 puts on a bundle referrer (cosign specs/BUNDLE_SPEC.md). */
const BundleAnnotations = {
    content: 'dev.sigstore.bundle.content',
    predicateType: 'dev.sigstore.bundle.predicateType',
    created: 'org.opencontainers.image.created',
};
class BundleReferrerStore {
    repository;
    constructor(repository) {
        this.repository = repository;
    }
    /** The fallback index location, e.g. "localhost:5000/app:sha256-…". */
    location(digest) {
        return `${this.repository.location}:${referrersTag(digest)}`;
    }
    /** Every referrer of `digest` (API first, then the fallback tag), optionally by artifactType. */
    async list(digest, artifactType) {
        const viaApi = await this.repository.referrers?.(digest);
        const list = viaApi
            ? { location: `${this.repository.location} referrers of ${digest}`, viaApi: true, entries: viaApi }
            : { ...(await this.#readFallback(digest)), viaApi: false };
        if (artifactType === undefined)
            return list;
        // An entry without artifactType is kept: which artifact it is shows only in its manifest.
        return { ...list, entries: list.entries.filter((e) => e.artifactType === undefined || e.artifactType === artifactType) };
    }
    /**
     * Fetches the bundles the entries point at. A referrer that is not a bundle of this subject
     * (wrong subject, no bundle layer, unparsable) comes back with `problem` set.
     */
    async load(subjectDigest, entries) {
        return Promise.all(entries.map(async (entry) => {
            const fail = (problem) => ({ manifestDigest: entry.digest, bundle: undefined, problem });
            const fetched = await this.repository.getManifest(entry.digest);
            if (!fetched)
                return fail('referrer manifest listed in the index does not exist');
            const manifest = parseReferrerManifest(fetched.bytes);
            if (!manifest)
                return fail('referrer is not an image manifest');
            if (manifest.subject?.digest !== subjectDigest)
                return fail(`referrer's subject is ${manifest.subject?.digest ?? 'missing'}, not ${subjectDigest}`);
            const layer = manifest.layers.find((l) => l.mediaType === MediaTypes.sigstoreBundle);
            if (!layer)
                return fail('referrer holds no sigstore bundle layer');
            const parsed = parseBundle(await this.repository.getBlob(layer.digest));
            if (typeof parsed === 'string')
                return fail(parsed);
            return { manifestDigest: entry.digest, bundle: parsed, problem: undefined };
        }));
    }
    /**
     * Publishes `bundle` as a referrer of `subject`. The referrer manifest is pushed by digest;
     * a registry with the Referrers API indexes it itself, otherwise it is added to the fallback
     * index without losing entries added concurrently by other signers.
     */
    async publish(subject, bundle, options = {}) {
        const bundleDigest = sha256Digest(bundle);
        await this.repository.putBlob(bundleDigest, bundle);
        await this.repository.ensureBlob(EMPTY_CONFIG_DIGEST, EMPTY_CONFIG);
        const referrer = buildReferrerManifest({
            artifactType: MediaTypes.sigstoreBundle,
            subject,
            layers: [{ mediaType: MediaTypes.sigstoreBundle, digest: bundleDigest, size: bundle.byteLength }],
            annotations: { [BundleAnnotations.content]: 'dsse-envelope', [BundleAnnotations.created]: rfc3339Now(), ...options.annotations },
        });
        await this.repository.putManifest(referrer.digest, referrer.bytes, MediaTypes.ociManifest);
        // Asked after the PUT: a registry with the API has indexed the referrer by now.
        if ((await this.repository.referrers?.(subject.digest)) !== undefined) {
            return { location: `${this.repository.location}@${referrer.digest}`, appended: true, manifestDigest: referrer.digest };
        }
        return guardedAppend(this.#fallbackSet(subject.digest, referrer.descriptor), options);
    }
    #fallbackSet(subjectDigest, candidate) {
        return {
            repository: this.repository,
            tag: referrersTag(subjectDigest),
            location: this.location(subjectDigest),
            candidate,
            noun: 'referrer',
            read: () => this.#readFallback(subjectDigest),
            build: (entries) => ({ bytes: buildReferrersIndex(mergeReferrers(entries)), mediaType: MediaTypes.ociIndex }),
            isOurs: (entry) => entry.digest === candidate.digest,
            // Every bundle is a new manifest (randomized signature, creation time): none is equivalent.
            hasEquivalent: () => false,
            // A referrer is its manifest: another tool's entry for it with other annotations is the same one.
            key: (entry) => entry.digest,
        };
    }
    async #readFallback(subjectDigest) {
        const location = this.location(subjectDigest);
        const fetched = await this.repository.getManifest(referrersTag(subjectDigest));
        if (!fetched)
            return { location, manifestDigest: undefined, entries: [] };
        return { location, manifestDigest: fetched.digest, entries: parseReferrersIndex(fetched.bytes, location) };
    }
}
/**
 * One entry per referrer manifest, first occurrence kept. A referrer is identified by its
 * digest alone (its annotations are copies of the manifest's), so an entry written by another
 * tool with different or no annotations must not make the index list the manifest twice.
 */
function mergeReferrers(entries) {
    const seen = new Set();
    const out = [];
    for (const entry of entries) {
        if (seen.has(entry.digest))
            continue;
        seen.add(entry.digest);
        out.push(entry);
    }
    return out;
}
/** RFC 3339 to the second, as cosign writes `org.opencontainers.image.created`. */
function rfc3339Now() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./packages/core/src/targets/open-image.ts
/**
 * Opens what the user named (a registry reference or `oci:DIR[:tag]`) as a repository plus
 * the digest to sign or verify, and decides where its signatures live. Tags are resolved to
 * digests here, once: everything downstream works on digests only.
 */






const LAYOUT_IDENTITY_PREFIX = 'localhost/oci-layout';
/** Identity for an image in a layout: it has no registry name until it is pushed. */
function layoutIdentity(path) {
    const name = (0,external_node_path_.basename)((0,external_node_path_.resolve)(path)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'image';
    return `${LAYOUT_IDENTITY_PREFIX}/${name}`;
}
function sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
function identityMatcher(expected) {
    return (dockerReference) => {
        try {
            return sameRepository(parseReference(dockerReference), expected);
        }
        catch {
            return false;
        }
    };
}
async function openSignatureRepository(ctx, fallback) {
    const spec = ctx.signatureRepository;
    if (!spec)
        return fallback;
    const target = parseTarget(spec);
    if (target.kind === 'layout')
        return OciLayout.open(target.path, { create: true });
    const ref = target.reference;
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw (0,src_errors/* usageError */.Wp)(`signature repository "${spec}" must not carry a tag or digest`, 'set COSIGN_REPOSITORY to a repository such as registry.example.com/signatures');
    }
    return ctx.registry.repository(ref.registry, ref.repository);
}
/** For messages: does the image itself exist? */
async function imageExists(image) {
    return (await image.repository.resolve(image.digest)) !== undefined;
}
async function openImage(input, ctx, options = {}) {
    const target = parseTarget(input);
    if (target.kind === 'layout') {
        const layout = await OciLayout.open(target.path);
        const wanted = target.digest ?? target.tag ?? 'latest';
        const found = await layout.resolve(wanted);
        if (!found) {
            throw (0,src_errors/* usageError */.Wp)(`${input}: no image "${wanted}" in the layout at ${target.path}`, 'list its tags with `signet triangulate`, or name the image by digest');
        }
        if (!target.digest)
            ctx.logger.warn(`${input}: resolved tag "${wanted}" to ${found.digest}; signing the digest`);
        const identity = layoutIdentity(target.path);
        const signatureRepository = await openSignatureRepository(ctx, layout);
        return {
            input,
            display: `oci:${target.path}@${found.digest}`,
            digest: found.digest,
            repository: layout,
            dockerReference: identity,
            resolvedFromTag: target.digest ? undefined : wanted,
            signatures: new CosignSignatureStore(signatureRepository),
            bundles: new BundleReferrerStore(signatureRepository),
            identityMatches: (ref) => ref === identity || ref.startsWith(`${identity}:`) || ref.startsWith(`${identity}@`),
        };
    }
    const ref = target.reference;
    const repository = ctx.registry.repository(ref.registry, ref.repository);
    let digest = ref.digest;
    let resolvedFromTag;
    if (digest) {
        const found = options.checkDigestExists === false ? { digest } : await repository.resolve(digest);
        if (!found)
            throw new src_errors/* SignetError */.Tj('usage', `image ${formatReference(ref)} not found`, { hint: 'push the image first, or check the repository name and digest' });
    }
    else {
        const tag = ref.tag ?? 'latest';
        const found = await repository.resolve(tag);
        if (!found)
            throw new src_errors/* SignetError */.Tj('usage', `image ${formatReference(ref)} not found (no tag "${tag}")`, { hint: 'push the image first, or check the repository name and tag' });
        digest = found.digest;
        resolvedFromTag = tag;
        ctx.logger.warn(`${input}: resolved tag "${tag}" to ${digest}; signing the digest (pass IMAGE@DIGEST to avoid this)`);
    }
    const signatureRepository = await openSignatureRepository(ctx, repository);
    const pinned = withDigest({ registry: ref.registry, repository: ref.repository }, digest);
    return {
        input,
        display: formatReference(pinned),
        digest,
        repository,
        dockerReference: repositoryName(ref, 'cosign'),
        resolvedFromTag,
        signatures: new CosignSignatureStore(signatureRepository),
        bundles: new BundleReferrerStore(signatureRepository),
        identityMatches: identityMatcher(ref),
    };
}

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
    const cert = await options.signer.certificate?.();
    if (format !== 'legacy' && cert) {
        throw (0,src_errors/* usageError */.Wp)('--format bundle/both is not supported with a signing certificate yet', 'sign with the key alone, or use --format legacy');
    }
    if (options.tlog) {
        if (cert)
            throw (0,src_errors/* usageError */.Wp)('--tlog-upload is not supported with a signing certificate yet', 'sign with the key alone, or drop --tlog-upload');
        return signWitnessed(image, options, options.tlog, dockerReference, 'legacy');
    }
    const publicKey = await signer.publicKey();
    const legacy = format === 'bundle'
        ? undefined
        : await signLegacy(image, options, dockerReference, async (payload) => {
            const signature = await signer.sign(payload);
            const annotations = { [Annotations.signature]: Buffer.from(signature).toString('base64') };
            if (cert) {
                annotations[Annotations.certificate] = cert.certificatePem;
                annotations[Annotations.chain] = cert.chainPem ?? '';
            }
            return { signature, annotations };
        }, (existing) => (0,keys/* verifyBytes */.RV)(publicKey, existing.payload, existing.signature));
    const bundled = format === 'legacy' ? undefined : await signBundle(image, options, dockerReference, async (pae) => {
        const signature = await signer.sign(pae.bytes);
        return { signature, bundle: buildKeyBundle(pae.payload, signature, publicKeyHint(publicKey)) };
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
async function signLegacy(image, options, dockerReference, make, isSameSigner) {
    const payload = buildCosignPayload({ dockerReference, digest: image.digest, annotations: options.annotations });
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
/**
 * Keyless, or a key with --tlog-upload: the bundle is the same statement and referrer as a key
 * bundle, the legacy layer the same payload and `.sig` manifest as a key signature; Rekor (and
 * for keyless Fulcio) supply the rest. Keyless formats share the run's one certificate.
 */
async function signWitnessed(image, options, witnessed, dockerReference, defaultFormat) {
    const format = options.format ?? defaultFormat;
    // Each such signature carries its own log entry, so an equal one never exists: always append.
    const legacy = format === 'bundle' ? undefined : await signLegacy(image, options, dockerReference, (payload) => witnessed.signPayload(payload), () => false);
    const bundled = format === 'legacy' ? undefined : await signBundle(image, options, dockerReference, (pae) => witnessed.signStatement(pae.payload));
    return result(image, dockerReference, legacy, bundled);
}
/**
 * cosign v3's `sign`: a DSSE-signed in-toto statement in a v0.3 bundle, as a referrer. `make`
 * signs and packages it: with a key locally, keyless through Fulcio and Rekor.
 */
async function signBundle(image, options, dockerReference, make) {
    const payload = buildSignStatement({ digest: image.digest, annotations: options.annotations, name: dockerReference });
    const { signature, bundle } = await make({ payload, bytes: preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload) });
    if (!options.upload)
        return { payload, signature, bundle, publication: undefined, confirm: undefined };
    // The referrer's subject descriptor needs the image's media type and size.
    const subject = await image.repository.resolve(image.digest);
    if (!subject)
        throw new src_errors/* SignetError */.Tj('usage', `image ${image.display} not found`, { hint: 'push the image first, or check the repository name and digest' });
    const published = await image.bundles.publish({ mediaType: subject.mediaType, digest: image.digest, size: subject.size }, bundle, {
        annotations: { [BundleAnnotations.predicateType]: COSIGN_SIGN_PREDICATE_TYPE },
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/core/src/formats/cosign-tlog.ts
/**
 * cosign v2's legacy layout for transparency-log and timestamp evidence: annotations on the
 * `.sig` layer instead of a sigstore bundle.
 *
 * - `dev.sigstore.cosign/bundle`: the Rekor entry as cosign's RekorBundle struct,
 *   `{"SignedEntryTimestamp": b64(SET), "Payload": {"body": b64(canonical body),
 *   "integratedTime": n, "logIndex": n, "logID": hex}}` (cosign pkg/cosign/bundle/rekor.go;
 *   field order as the Go struct). The SET signs exactly the Payload fields, so the legacy
 *   annotation carries what a v0.1 bundle's inclusion promise does, and no inclusion proof.
 * - `dev.sigstore.cosign/rfc3161timestamp`: `{"SignedRFC3161Timestamp": b64(DER)}`, over the
 *   raw signature bytes (cosign pkg/cosign/bundle/tsa.go).
 *
 * Both directions live here: sigstore-js builds a message-signature bundle (hashedrekord
 * entry), which becomes annotations; on verify the annotations become that bundle again, so
 * @sigstore/verify performs every check (SET with the log key, body against signature and
 * digest, chain and time) on one path for both layouts.
 */



const TIMESTAMP_ANNOTATION = 'dev.sigstore.cosign/rfc3161timestamp';
const BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
/** protobuf-specs HashAlgorithm.SHA2_256. */
const SHA2_256 = 1;
/** The `.sig` layer annotations for a sigstore message-signature bundle's log entry and timestamps. */
function legacyEvidenceAnnotations(bundle) {
    const out = {};
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry) {
        const set = entry.inclusionPromise?.signedEntryTimestamp;
        if (!set)
            throw new Error('the transparency log returned no signed entry timestamp');
        out[Annotations.bundle] = goJson({
            SignedEntryTimestamp: Buffer.from(set).toString('base64'),
            Payload: {
                body: Buffer.from(entry.canonicalizedBody).toString('base64'),
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: Buffer.from(entry.logId.keyId).toString('hex'),
            },
        });
    }
    const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
    if (timestamp)
        out[TIMESTAMP_ANNOTATION] = goJson({ SignedRFC3161Timestamp: Buffer.from(timestamp.signedTimestamp).toString('base64') });
    return out;
}
/**
 * The v0.1 message-signature bundle equivalent to a legacy `.sig` layer, or why there is none.
 * A missing `dev.sigstore.cosign/bundle` yields a bundle without tlog entries (the caller's
 * threshold decides whether that is acceptable).
 */
function legacyToBundle(sig) {
    const tlogEntries = [];
    const raw = sig.annotations[Annotations.bundle];
    if (raw !== undefined) {
        const entry = parseRekorBundle(raw);
        if (typeof entry === 'string')
            return entry;
        tlogEntries.push(entry);
    }
    const rfc3161Timestamps = [];
    const ts = sig.annotations[TIMESTAMP_ANNOTATION];
    if (ts !== undefined) {
        try {
            const parsed = JSON.parse(ts);
            if (typeof parsed.SignedRFC3161Timestamp !== 'string')
                throw new Error('no SignedRFC3161Timestamp');
            rfc3161Timestamps.push({ signedTimestamp: Buffer.from(parsed.SignedRFC3161Timestamp, 'base64') });
        }
        catch (e) {
            return `${TIMESTAMP_ANNOTATION} annotation unreadable (${e.message})`;
        }
    }
    return {
        mediaType: BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: {
            content: sig.leaf
                ? { $case: 'x509CertificateChain', x509CertificateChain: { certificates: [{ rawBytes: sig.leaf.raw }] } }
                : { $case: 'publicKey', publicKey: { hint: '' } },
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps },
        },
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: { algorithm: SHA2_256, digest: (0,external_node_crypto_.createHash)('sha256').update(sig.payload).digest() },
                signature: Buffer.from(sig.signature),
            },
        },
    };
}
function parseRekorBundle(raw) {
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return `${Annotations.bundle} annotation is not JSON`;
    }
    const p = parsed.Payload;
    if (typeof parsed.SignedEntryTimestamp !== 'string' || !p || typeof p.body !== 'string' || typeof p.logID !== 'string' || !Number.isSafeInteger(p.integratedTime) || !Number.isSafeInteger(p.logIndex)) {
        return `${Annotations.bundle} annotation lacks SignedEntryTimestamp or Payload{body, integratedTime, logIndex, logID}`;
    }
    const body = Buffer.from(p.body, 'base64');
    let kind;
    try {
        kind = JSON.parse(body.toString('utf8'));
    }
    catch {
        return 'Rekor entry body is not JSON';
    }
    return {
        logIndex: String(p.logIndex),
        logId: { keyId: Buffer.from(p.logID, 'hex') },
        kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
        integratedTime: String(p.integratedTime),
        inclusionPromise: { signedEntryTimestamp: Buffer.from(parsed.SignedEntryTimestamp, 'base64') },
        inclusionProof: undefined,
        canonicalizedBody: body,
    };
}
/**
 * cosign also requires the logged verifier to be the signature's own certificate or key;
 * @sigstore/verify compares only signature and digest, so this closes the gap for `.sig`
 * layers, whose certificate is a free-standing annotation.
 */
function loggedVerifierProblem(sig, key) {
    const raw = sig.annotations[Annotations.bundle];
    if (raw === undefined)
        return undefined;
    try {
        const body = JSON.parse(Buffer.from(JSON.parse(raw).Payload.body, 'base64').toString('utf8'));
        if (body.kind !== 'hashedrekord')
            return `Rekor entry is a ${String(body.kind)} entry, not hashedrekord`;
        const pem = Buffer.from(body.spec?.signature?.publicKey?.content ?? '', 'base64').toString('utf8');
        const logged = pem.includes('CERTIFICATE') ? new external_node_crypto_.X509Certificate(pem).publicKey : (0,external_node_crypto_.createPublicKey)(pem);
        const der = (k) => k.export({ type: 'spki', format: 'der' });
        return der(logged).equals(der(key)) ? undefined : 'Rekor entry was logged for another key or certificate';
    }
    catch (e) {
        return `Rekor entry body unreadable (${e.message})`;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/keyless/witnessed.ts





const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/** The two bundle shapes over one signer; sigstore-js failures become one-line I/O errors with `hint`. */
function bundleBuilders(signer, options, hint) {
    const make = async () => {
        const { DSSEBundleBuilder, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } = await Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(835), __webpack_require__.e(678), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 99548));
        const rekorBaseURL = options.rekorURL ?? DEFAULT_REKOR_URL;
        const tsa = options.timestampServerURL ? [new TSAWitness({ tsaBaseURL: tsaBase(options.timestampServerURL) })] : [];
        return {
            // certificateChain false: a v0.3 bundle with the leaf only, as cosign v3 writes it.
            dsse: new DSSEBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL, entryType: 'dsse' }), ...tsa], certificateChain: false }),
            // cosign v2 logs the simple-signing payload's digest as a hashedrekord entry.
            message: new MessageSignatureBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL }), ...tsa] }),
        };
    };
    let builders;
    const run = async (build) => {
        try {
            return await build(await (builders ??= make()));
        }
        catch (e) {
            if (e instanceof src_errors/* SignetError */.Tj)
                throw e;
            throw new src_errors/* SignetError */.Tj('io', `signing with a transparency log entry failed: ${e instanceof Error ? e.message : String(e)}`, { hint });
        }
    };
    return {
        dsse: (statement) => run((b) => b.dsse.create({ data: Buffer.from(statement), type: IN_TOTO_PAYLOAD_TYPE })),
        message: (payload) => run((b) => b.message.create({ data: Buffer.from(payload) })),
    };
}
/** sigstore-js's TSA client appends `/api/v1/timestamp`; cosign's flag is the full URL. */
function tsaBase(url) {
    return url.replace(/\/api\/v1\/timestamp\/?$/, '');
}
function bundleBytes(bundle) {
    return new TextEncoder().encode(JSON.stringify((0,dist.bundleToJSON)(bundle)));
}
/**
 * `sign --key K --tlog-upload`: cosign's key signatures with a Rekor entry. The entry logs the
 * public key (PEM), as cosign does; bundles carry the key's hint, as key bundles without a log.
 */
function createKeyTlogSigner(signer, publicKey, options) {
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const hint = publicKeyHint(publicKey);
    const builders = bundleBuilders(
    // No hint here: sigstore-js would copy it into the DSSE signature's keyid, and cosign v3
    // (go-securesystemslib) then skips the signature when its own key ID differs.
    { sign: async (data) => ({ signature: Buffer.from(await signer.sign(data)), key: { $case: 'publicKey', publicKey: pem } }) }, options, 'check --rekor-url (and that the log accepts this key type)');
    return {
        async signStatement(statement) {
            const bundle = await builders.dsse(statement);
            // The hint goes where key bundles carry it (outside what Rekor logged).
            bundle.verificationMaterial.content = { $case: 'publicKey', publicKey: { hint } };
            return { bundle: bundleBytes(bundle), signature: bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0) };
        },
        async signPayload(payload) {
            const bundle = await builders.message(payload);
            const signature = bundle.content.messageSignature.signature;
            return { signature, annotations: { [Annotations.signature]: Buffer.from(signature).toString('base64'), ...legacyEvidenceAnnotations(bundle) } };
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/keyless/fulcio-signer.ts
/**
 * One ephemeral key and its Fulcio certificate, shared by every signature of a run, as cosign
 * does: `--format both` signs the legacy payload and the bundle's statement with the same key
 * under the same certificate. sigstore-js's FulcioSigner asks Fulcio for a new certificate on
 * every signature and keeps only the leaf; cosign v2's legacy layout also stores the chain
 * (`dev.sigstore.cosign/chain`), so this signer calls sigstore-js's Fulcio client (CAClient)
 * itself, keeps the whole chain, and plugs into sigstore-js's bundle builders as their Signer.
 */

/** Fulcio certificates live 10 minutes; one with less left than this is replaced before signing. */
const RENEW_BEFORE_MS = 60_000;
class FulcioCertifiedSigner {
    #keys = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    #fulcioURL;
    #ca;
    #getToken;
    #current;
    /** Chains by leaf fingerprint: a renewal between signing and packaging must not mismatch them. */
    #chains = new Map();
    constructor(fulcioURL, getToken) {
        this.#fulcioURL = fulcioURL;
        this.#getToken = getToken;
    }
    /** The certificate the next signature will carry (fetched, or renewed when about to expire). */
    async certified() {
        const current = this.#current ? await this.#current.catch(() => undefined) : undefined;
        if (!current || current.notAfter - Date.now() < RENEW_BEFORE_MS)
            this.#current = this.#request();
        return (await this.#current).key;
    }
    /** The chain PEM Fulcio returned with this leaf ('' for a leaf this signer did not get). */
    chainFor(leaf) {
        return this.#chains.get(leaf.fingerprint256) ?? '';
    }
    async sign(data) {
        const { certificatePem } = await this.certified();
        return { signature: (0,external_node_crypto_.sign)('sha256', data, this.#keys.privateKey), key: { $case: 'x509Certificate', certificate: certificatePem } };
    }
    async #request() {
        const token = await this.#getToken();
        // Imported on first use like the rest of @sigstore/sign. Not re-exported by the package
        // index; the dependency version is pinned (package.json), so these paths are stable.
        const [{ CAClient }, { extractJWTSubject }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(835), __webpack_require__.e(678)]).then(__webpack_require__.bind(__webpack_require__, 51678)), Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(132)]).then(__webpack_require__.bind(__webpack_require__, 3132))]);
        this.#ca ??= new CAClient({ fulcioBaseURL: this.#fulcioURL });
        // Proof of possession: Fulcio checks a signature over the token's subject with the key it certifies.
        const challenge = (0,external_node_crypto_.sign)('sha256', Buffer.from(extractJWTSubject(token)), this.#keys.privateKey);
        const publicKey = this.#keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
        const [leaf, ...chain] = await this.#ca.createSigningCertificate(token, publicKey, challenge);
        if (!leaf)
            throw new Error('Fulcio returned no certificate');
        const pem = (p) => (p.endsWith('\n') ? p : `${p}\n`);
        const cert = new external_node_crypto_.X509Certificate(leaf);
        const chainPem = chain.map(pem).join('');
        this.#chains.set(cert.fingerprint256, chainPem);
        return { key: { certificatePem: pem(leaf), chainPem }, notAfter: cert.validToDate.getTime() };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/x509/certificates.ts
/**
 * X.509 material for certificate-backed signing: parsing PEM bundles, checking that a signing
 * certificate is fit for code signing, and building a path to a trusted root. Node's
 * X509Certificate does the cryptography; @peculiar/asn1-x509 reads the Fulcio extensions
 * (loaded lazily: only issuer checks need it).
 */


const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) and the deprecated v1 (raw string). */
const FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const PEM_CERT_RE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
function parseCertificates(pem, source) {
    const blocks = pem.match(PEM_CERT_RE) ?? [];
    if (blocks.length === 0)
        throw (0,src_errors/* usageError */.Wp)(`${source} contains no PEM certificate`, 'pass a file with -----BEGIN CERTIFICATE----- blocks');
    return blocks.map((block, i) => {
        try {
            return new external_node_crypto_.X509Certificate(block);
        }
        catch {
            throw (0,src_errors/* usageError */.Wp)(`${source}: certificate #${i + 1} is not valid X.509`, 'check that the PEM is complete and not corrupted');
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
    const eku = cert.keyUsage;
    // No EKU extension at all means "any purpose" in RFC 5280, but Go's x509 (cosign) demands
    // codeSigning explicitly, so signet does too.
    return Array.isArray(eku) && eku.includes(CODE_SIGNING_EKU);
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
 * Walks leaf -> intermediates -> a trusted root. `pool` holds untrusted intermediates (from the
 * signature or the chain file); `roots` are the trust anchors. Returns the path or a reason.
 */
function buildPath(leaf, pool, roots, at) {
    const path = [leaf];
    let current = leaf;
    for (let depth = 0; depth < 10; depth++) {
        const root = roots.find((r) => current.checkIssued(r) && current.verify(r.publicKey));
        if (root) {
            if (root.fingerprint256 !== current.fingerprint256)
                path.push(root);
            return expired(path, at) ?? path;
        }
        if (roots.some((r) => r.fingerprint256 === current.fingerprint256))
            return expired(path, at) ?? path;
        const issuer = pool.find((c) => c.fingerprint256 !== current.fingerprint256 && current.checkIssued(c) && current.verify(c.publicKey));
        if (!issuer) {
            return `certificate chain does not lead to a trusted root (no issuer found for "${current.subject.replace(/\n/g, ', ')}")`;
        }
        if (!issuer.ca)
            return `"${issuer.subject.replace(/\n/g, ', ')}" is not a CA certificate but issued a certificate in the chain`;
        path.push(issuer);
        current = issuer;
    }
    return 'certificate chain is longer than 10';
}
function expired(path, at) {
    for (const cert of path.slice(1)) {
        if (at < cert.validFromDate || at > cert.validToDate) {
            return `CA certificate "${cert.subject.replace(/\n/g, ', ')}" is not valid at ${at.toISOString()}`;
        }
    }
    return undefined;
}
/** Compares SPKI bytes, so it works for keys that never leave their KMS (Vault). */
function certificateMatchesKey(cert, publicKey) {
    const der = (k) => k.export({ type: 'spki', format: 'der' });
    return der(cert.publicKey).equals(der(publicKey));
}
/** SAN emails and URIs, the identities cosign's --certificate-identity matches. */
function subjectAlternativeNames(cert) {
    const san = cert.subjectAltName;
    if (!san)
        return [];
    return san
        .split(/,\s*/)
        .map((entry) => /^(?:email|URI):(.*)$/.exec(entry)?.[1])
        .filter((v) => typeof v === 'string');
}
async function oidcIssuer(cert) {
    const [{ AsnConvert }, { Certificate }] = await Promise.all([__webpack_require__.e(/* import() */ 338).then(__webpack_require__.t.bind(__webpack_require__, 22338, 23)), Promise.all(/* import() */[__webpack_require__.e(338), __webpack_require__.e(754)]).then(__webpack_require__.t.bind(__webpack_require__, 86754, 23))]);
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
        throw (0,src_errors/* usageError */.Wp)(`${flag} "${pattern}" is not a valid regular expression`);
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
function checkSigningCertificate(options) {
    const at = options.at ?? new Date();
    if (options.publicKey && !certificateMatchesKey(options.leaf, options.publicKey)) {
        throw (0,src_errors/* usageError */.Wp)('the certificate does not match the signing key', 'pass the certificate issued for this key with --cert');
    }
    const problem = leafProblem(options.leaf, at);
    if (problem)
        throw (0,src_errors/* usageError */.Wp)(`signing certificate ${describeCertificate(options.leaf)}: ${problem}`);
    if (options.chain.length === 0)
        return;
    const root = options.chain[options.chain.length - 1];
    if (!root || !root.checkIssued(root)) {
        throw (0,src_errors/* usageError */.Wp)('the last certificate of --cert-chain must be a self-signed root', 'order the chain: parent intermediate first, root last');
    }
    const path = buildPath(options.leaf, options.chain.slice(0, -1), [root], at);
    if (typeof path === 'string')
        throw new src_errors/* SignetError */.Tj('usage', `--cert-chain: ${path}`, { hint: 'order the chain: parent intermediate first, root last' });
}

;// CONCATENATED MODULE: ./packages/core/src/keyless/trusted-root.ts
/**
 * Reading a sigstore trusted_root.json: one parser for keyless verification (keyless.ts) and
 * for the policy generators, which copy its CA certificates and log keys into admission
 * policies so that private sigstore deployments are trusted exactly as the gate trusts them.
 */


/** Parses and sanity-checks a trusted root; `what` names it in errors (a flag or a policy field). */
async function readTrustedRoot(path, what = `--trusted-root ${path}`) {
    const { TrustedRoot: codec } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 21443, 23));
    let root;
    try {
        root = codec.fromJSON(JSON.parse(await (0,promises_.readFile)(path, 'utf8')));
    }
    catch (e) {
        throw (0,src_errors/* usageError */.Wp)(`${what}: not a sigstore trusted root (${e instanceof Error ? e.message : String(e)})`);
    }
    if (root.certificateAuthorities.length === 0)
        throw (0,src_errors/* usageError */.Wp)(`${what} lists no certificate authority`, 'keyless verification needs the Fulcio CA');
    if (root.tlogs.length === 0)
        throw (0,src_errors/* usageError */.Wp)(`${what} lists no transparency log`, 'keyless verification needs the Rekor log key');
    return root;
}
const pem = (label, der) => `-----BEGIN ${label}-----\n${(Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;
const certificatePem = (der) => pem('CERTIFICATE', der);
const publicKeyPemFromDer = (der) => pem('PUBLIC KEY', der);
/** Still usable at `now`: no end of validity, or an end in the future. */
function active(validFor, now = new Date()) {
    return !validFor?.end || validFor.end.getTime() > now.getTime();
}

;// CONCATENATED MODULE: ./packages/core/src/keyless/keyless.ts
/**
 * Keyless signing and verification (issue 10, second part), on sigstore-js's own clients:
 * @sigstore/sign talks to Fulcio (ephemeral P-256 key, certificate for the OIDC identity) and
 * Rekor (a `dsse` entry), optionally a timestamp authority; @sigstore/verify checks a bundle
 * against a trusted root (certificate chain to the CA, SCTs, the tlog entry's SET or inclusion
 * proof with the log key, signing time within the certificate's validity). signet only adds
 * what is image-specific: the statement it signs is the same in-toto statement as the
 * key-based bundle path, and the claims are checked by the same code (verify-bundle.ts).
 * The sigstore clients are imported on first keyless use (like openpgp.js for GPG), so key
 * signing and the Action's cold start do not load them.
 */










const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';

/**
 * Where the OIDC token comes from, in cosign's order: an explicit `--identity-token` (a JWT or
 * a file holding one), then SIGSTORE_ID_TOKEN, then GitHub Actions' runtime token (audience
 * `sigstore`, from ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN; needs `permissions: id-token: write`).
 * No interactive browser flow: signet runs in pipelines.
 */
function identityProvider(explicit) {
    if (explicit) {
        return {
            getToken: async () => {
                const value = explicit.trim();
                // A JWT has two dots and no slash; anything else that exists is read as a file (cosign accepts both).
                if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(value) && (0,external_node_fs_.existsSync)(value))
                    return (await (0,promises_.readFile)(value, 'utf8')).trim();
                return value;
            },
        };
    }
    return {
        getToken: async () => {
            // CIContextProvider reads SIGSTORE_ID_TOKEN first, then asks the Actions runtime.
            const { CIContextProvider } = await Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(835), __webpack_require__.e(678), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 99548));
            try {
                return await new CIContextProvider('sigstore').getToken();
            }
            catch (e) {
                throw (0,src_errors/* usageError */.Wp)(`no OIDC identity token for keyless signing (${e instanceof Error ? e.message : String(e)})`, 'pass --identity-token, set SIGSTORE_ID_TOKEN, or in GitHub Actions grant `permissions: id-token: write`');
            }
        },
    };
}
function createKeylessSigner(options) {
    // The token is fetched once, before Fulcio is called, so that a missing token is a usage
    // error with a hint (a failure inside the Fulcio client would be an opaque internal error).
    const provider = identityProvider(options.identityToken);
    let token;
    const getToken = () => (token ??= provider.getToken());
    const signer = new FulcioCertifiedSigner(options.fulcioURL ?? DEFAULT_FULCIO_URL, getToken);
    const builders = bundleBuilders(signer, options, 'check --fulcio-url, --rekor-url, --timestamp-server-url and the identity token');
    const checkBeforePublishing = (problem) => {
        if (problem)
            throw new src_errors/* SignetError */.Tj('verification', `the signature just made does not verify against --trusted-root: ${problem}`);
    };
    return {
        async signStatement(statement) {
            await getToken();
            const bundle = await builders.dsse(statement);
            if (options.trustedRoot)
                checkBeforePublishing(verifyKeylessBundle(bundle, options.trustedRoot));
            return { bundle: bundleBytes(bundle), signature: bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0) };
        },
        async signPayload(payload) {
            await getToken();
            const bundle = await builders.message(payload);
            const signature = bundle.content.messageSignature.signature;
            const leaf = bundleLeaf(bundle);
            if (!leaf)
                throw new src_errors/* SignetError */.Tj('io', 'keyless signing failed: the bundle carries no certificate');
            const annotations = {
                [Annotations.signature]: Buffer.from(signature).toString('base64'),
                [Annotations.certificate]: leaf.toString(),
                [Annotations.chain]: signer.chainFor(leaf),
                ...legacyEvidenceAnnotations(bundle),
            };
            if (options.trustedRoot) {
                const back = legacyToBundle({ payload, signature, annotations, leaf });
                checkBeforePublishing(typeof back === 'string' ? back : verifyKeylessBundle(back, options.trustedRoot, payload));
            }
            return { signature, annotations };
        },
    };
}
/**
 * Loads a sigstore trusted_root.json. SCTs are required when the root lists CT logs (as
 * cosign does unless --insecure-ignore-sct), timestamps: at least one (the tlog entry's
 * integrated time counts, as in cosign).
 */
async function loadTrustedRoot(path, options = {}) {
    const [root, { toSignedEntity, toTrustMaterial, Verifier }] = await Promise.all([readTrustedRoot(path), Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(254)]).then(__webpack_require__.bind(__webpack_require__, 51254))]);
    const ctlogThreshold = options.ignoreSct || root.ctlogs.length === 0 ? 0 : 1;
    return { verifier: new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold, timestampThreshold: 1 }), toSignedEntity, source: path };
}
/**
 * The sigstore checks of one keyless bundle, or why it fails: the leaf chains to the trusted
 * CA at the signing time, that time comes from the log (SET or inclusion proof checked with
 * the log key) or a TSA, the log entry is for this envelope, the DSSE signature verifies.
 */
function verifyKeylessBundle(bundle, trust, message) {
    if (bundle.verificationMaterial.content.$case === 'publicKey')
        return 'bundle is signed with a key, not a certificate (verify it with --key)';
    return sigstoreProblem(bundle, trust, message);
}
/** @sigstore/verify's verdict on one bundle against `trust`, as a one-line reason. */
function sigstoreProblem(bundle, trust, message) {
    try {
        // A message signature is checked against the signed bytes themselves (a DSSE envelope carries its payload).
        trust.verifier.verify(trust.toSignedEntity(bundle, message ? Buffer.from(message) : undefined));
        return undefined;
    }
    catch (e) {
        return e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
    }
}
/** The signing certificate of a keyless bundle. */
function bundleLeaf(bundle) {
    const content = bundle.verificationMaterial.content;
    const der = content.$case === 'certificate' ? content.certificate.rawBytes : content.$case === 'x509CertificateChain' ? content.x509CertificateChain.certificates[0]?.rawBytes : undefined;
    return der ? new external_node_crypto_.X509Certificate(der) : undefined;
}
/**
 * A legacy keyless `.sig` signature (cosign v2): the layer's certificate and Rekor bundle
 * annotation become a v0.1 message-signature bundle for the same checks as a bundle (chain at
 * the logged time, SCT, SET with the log key, log body against signature and payload digest),
 * plus cosign's check that the log entry names this certificate, then the identity.
 */
async function legacyKeylessProblem(sig, trust, identity) {
    if (!sig.certificatePem)
        return 'legacy .sig signature carries no certificate (a key signature: verify it with --key)';
    let leaf;
    try {
        leaf = new external_node_crypto_.X509Certificate(sig.certificatePem);
    }
    catch {
        return `${Annotations.certificate} annotation is not a PEM certificate`;
    }
    if (sig.annotations[Annotations.bundle] === undefined)
        return `no transparency log entry (${Annotations.bundle} annotation missing)`;
    const bundle = legacyToBundle({ ...sig, leaf });
    if (typeof bundle === 'string')
        return bundle;
    const problem = verifyKeylessBundle(bundle, trust, sig.payload) ?? loggedVerifierProblem({ ...sig, leaf }, leaf.publicKey);
    return problem ?? identityProblem(leaf, identity);
}
/** Everything keyless: trust, then the identity the certificate must carry. */
async function keylessProblem(bundle, trust, identity) {
    const problem = verifyKeylessBundle(bundle, trust);
    if (problem)
        return problem;
    const leaf = bundleLeaf(bundle);
    if (!leaf)
        return 'bundle carries no certificate';
    return identityProblem(leaf, identity);
}

;// CONCATENATED MODULE: ./packages/core/src/keyless/key-tlog.ts
/**
 * Transparency-log checks for key signatures (`verify --key` given a Rekor key): what cosign
 * does by default for keys, and signet does when the user names the log to trust, with
 * `--trusted-root` (its tlogs) or cosign's SIGSTORE_REKOR_PUBLIC_KEY. The entry's SET must
 * verify with the log key, its body must be this signature over this payload (or envelope)
 * by this key, and the signature must verify with the key: @sigstore/verify's checks, with
 * the user's key standing in for the bundle's key hint.
 */






/** The logs to trust for `key`'s signatures; one entry from one of them is required. */
async function loadKeyTlogTrust(key, source) {
    const [{ TrustedRoot }, { toSignedEntity, toTrustMaterial, Verifier }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 21443, 23)), Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(254)]).then(__webpack_require__.bind(__webpack_require__, 51254))]);
    let json;
    let where;
    if (source.trustedRoot) {
        where = `--trusted-root ${source.trustedRoot}`;
        try {
            json = JSON.parse(await (0,promises_.readFile)(source.trustedRoot, 'utf8'));
        }
        catch (e) {
            throw (0,src_errors/* usageError */.Wp)(`${where}: not JSON (${e instanceof Error ? e.message : String(e)})`);
        }
    }
    else if (source.rekorPublicKey) {
        where = `SIGSTORE_REKOR_PUBLIC_KEY ${source.rekorPublicKey}`;
        json = rootForLogKey(await readLogKey(source.rekorPublicKey, where));
    }
    else {
        throw new Error('loadKeyTlogTrust needs a trusted root or a Rekor key');
    }
    let root;
    try {
        root = TrustedRoot.fromJSON(json);
    }
    catch (e) {
        throw (0,src_errors/* usageError */.Wp)(`${where}: not a sigstore trusted root (${e instanceof Error ? e.message : String(e)})`);
    }
    if (root.tlogs.length === 0)
        throw (0,src_errors/* usageError */.Wp)(`${where} lists no transparency log`, 'checking tlog entries needs the Rekor log key; or pass --insecure-ignore-tlog');
    const trust = toTrustMaterial(root, () => ({ publicKey: key, validFor: () => true }));
    // Keys have no certificate: no CT log; the log's integrated time is the one timestamp.
    return { verifier: new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 }), toSignedEntity, source: where };
}
async function readLogKey(path, where) {
    try {
        return (0,external_node_crypto_.createPublicKey)(await (0,promises_.readFile)(path, 'utf8')).export({ type: 'spki', format: 'der' });
    }
    catch (e) {
        throw (0,src_errors/* usageError */.Wp)(`${where}: not a PEM public key (${e instanceof Error ? e.message : String(e)})`);
    }
}
/** A trusted root naming one log by its key, as cosign builds one from SIGSTORE_REKOR_PUBLIC_KEY. */
function rootForLogKey(der) {
    const key = (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    const details = key.asymmetricKeyType === 'ed25519' ? 'PKIX_ED25519' : key.asymmetricKeyType === 'rsa' ? 'PKIX_RSA_PKCS1V15_2048_SHA256' : 'PKIX_ECDSA_P256_SHA_256';
    return {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [
            {
                baseUrl: 'https://rekor.invalid',
                hashAlgorithm: 'SHA2_256',
                publicKey: { rawBytes: der.toString('base64'), keyDetails: details, validFor: { start: '1970-01-01T00:00:00Z' } },
                logId: { keyId: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64') },
            },
        ],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
    };
}
/** A legacy `.sig` key signature's log entry (the `dev.sigstore.cosign/bundle` annotation), or why it fails. */
function legacyKeyTlogProblem(sig, trust, key) {
    if (sig.annotations[Annotations.bundle] === undefined)
        return `no transparency log entry (${Annotations.bundle} annotation missing; pass --insecure-ignore-tlog to accept it)`;
    const bundle = legacyToBundle(sig);
    if (typeof bundle === 'string')
        return bundle;
    return prefixed(sigstoreProblem(bundle, trust, sig.payload) ?? loggedVerifierProblem(sig, key));
}
/** A key bundle's tlog entry, or why it fails. */
function bundleKeyTlogProblem(bundle, trust) {
    if (bundle.verificationMaterial.tlogEntries.length === 0)
        return 'no transparency log entry in the bundle (pass --insecure-ignore-tlog to accept it)';
    return prefixed(sigstoreProblem(bundle, trust));
}
const prefixed = (problem) => (problem ? `transparency log: ${problem}` : undefined);

;// CONCATENATED MODULE: ./packages/core/src/verify/verify-bundle.ts





/** The accepted claims in cosign's JSON shape (as cosign v3 prints them), or why the bundle was rejected. */
async function checkBundle(image, bundle, options) {
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return `bundle: DSSE payload type is "${envelope.payloadType}", not in-toto`;
    if (options.keyless) {
        // Keyless: sigstore's checks (chain, log entry, signing time, DSSE signature), then identity.
        const problem = await keylessProblem(bundle, options.keyless.trust, options.keyless.identity);
        if (problem)
            return `bundle: ${problem}`;
    }
    else if (options.certificates) {
        return 'bundle: certificate-backed bundles are verified keylessly (--trusted-root with --certificate-identity/--certificate-oidc-issuer), not with --cert-chain';
    }
    else {
        if (!options.publicKey)
            throw new Error('checkBundle needs a public key');
        const pae = preAuthEncoding(envelope.payloadType, envelope.payload);
        if (!envelope.signatures.some((s) => (0,keys/* verifyBytes */.RV)(options.publicKey, pae, s.sig)))
            return 'bundle: signature does not verify with the given key';
        const logged = options.tlog ? bundleKeyTlogProblem(bundle, options.tlog) : undefined;
        if (logged)
            return `bundle: ${logged}`;
    }
    let statement;
    try {
        statement = parseStatement(envelope.payload);
    }
    catch (e) {
        if ((0,src_errors/* isSignetError */.$1)(e))
            return `bundle: ${e.message}`;
        throw e;
    }
    if (statement.predicateType !== COSIGN_SIGN_PREDICATE_TYPE) {
        return `bundle: predicate type "${statement.predicateType}" is an attestation, not a cosign signature`;
    }
    const [algorithm, hex] = image.digest.split(':');
    const subject = statement.subject.find((s) => s.digest[algorithm] === hex);
    if (!subject)
        return `bundle: statement does not name digest ${image.digest}`;
    // cosign v3 signs no identity; signet's bundles carry it as the subject name, checked when present.
    if (subject.name !== undefined && options.checkIdentity !== false && !image.identityMatches(subject.name)) {
        return `bundle: subject name "${subject.name}" does not name this image's repository (${image.dockerReference})`;
    }
    const optional = subject.annotations ?? {};
    for (const [key, value] of Object.entries(options.annotations ?? {})) {
        const actual = optional[key];
        if (actual !== value) {
            return actual === undefined ? `bundle: annotation ${key} missing (want "${value}")` : `bundle: annotation ${key}="${String(actual)}", want "${value}"`;
        }
    }
    return {
        critical: {
            identity: { 'docker-reference': subject.name ?? image.display },
            image: { 'docker-manifest-digest': image.digest },
            type: statement.predicateType,
        },
        optional,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/verify/verify-image.ts









/**
 * Both layouts are read: cosign's legacy `.sig` manifest and sigstore bundle referrers (cosign
 * v3's default). A signature found in either that passes every check counts; both are read in
 * parallel, so a bundle costs one extra round trip (the referrers list) when there are none.
 */
async function verifyImage(image, options) {
    const [set, referrers] = await Promise.all([image.signatures.read(image.digest), image.bundles.list(image.digest, MediaTypes.sigstoreBundle)]);
    if (set.layers.length === 0 && referrers.entries.length === 0 && !(await imageExists(image))) {
        throw new src_errors/* SignetError */.Tj('usage', `image ${image.display} not found`, { hint: 'push the image first, or check the repository name and digest' });
    }
    const [stored, bundles] = await Promise.all([image.signatures.load(set), image.bundles.load(image.digest, referrers.entries)]);
    const verified = [];
    const rejected = [];
    for (const sig of stored) {
        const reason = await checkSignature(image, sig, options);
        if (typeof reason === 'string')
            rejected.push({ layerDigest: sig.layer.digest, reason });
        else
            verified.push(reason);
    }
    for (const stored of bundles) {
        const reason = stored.bundle ? await checkBundle(image, stored.bundle, options) : `bundle referrer: ${stored.problem ?? 'unusable'}`;
        if (typeof reason === 'string')
            rejected.push({ layerDigest: stored.manifestDigest, reason });
        else
            verified.push(reason);
    }
    return {
        image: image.display,
        digest: image.digest,
        signatureLocation: referrers.entries.length > 0 ? `${set.location} and ${referrers.location}` : set.location,
        verified,
        rejected,
        ok: verified.length > 0,
    };
}
/** Returns the accepted payload, or why the signature was rejected. */
async function checkSignature(image, sig, options) {
    const { payload, signature } = sig;
    if (signature.byteLength === 0)
        return 'signature annotation missing or not base64';
    const untrusted = options.keyless ? await legacyKeylessProblem({ ...sig, annotations: sig.layer.annotations ?? {} }, options.keyless.trust, options.keyless.identity) : await keyProblem(sig, options);
    if (untrusted)
        return untrusted;
    let parsed;
    try {
        parsed = parseCosignPayload(payload);
    }
    catch (e) {
        if ((0,src_errors/* isSignetError */.$1)(e))
            return e.message;
        throw e;
    }
    const signedDigest = parsed.critical.image['docker-manifest-digest'];
    if (signedDigest !== image.digest)
        return `payload signs digest ${signedDigest}, not ${image.digest}`;
    const identity = parsed.critical.identity['docker-reference'];
    if (options.checkIdentity !== false && !image.identityMatches(identity)) {
        return `payload identity "${identity}" does not name this image's repository (${image.dockerReference})`;
    }
    for (const [key, value] of Object.entries(options.annotations ?? {})) {
        const actual = parsed.optional?.[key];
        if (actual !== value) {
            return actual === undefined ? `annotation ${key} missing (want "${value}")` : `annotation ${key}="${String(actual)}", want "${value}"`;
        }
    }
    return parsed;
}
/** Why the signature is not made by the given key or a trusted certificate, if it is not. */
async function keyProblem(sig, options) {
    const key = options.certificates ? await certificateKey(sig, options.certificates) : options.publicKey;
    if (typeof key === 'string')
        return key;
    if (!key)
        throw new Error('verifyImage needs a public key or certificate trust');
    if (!(0,keys/* verifyBytes */.RV)(key, sig.payload, sig.signature)) {
        return options.certificates ? 'signature does not verify with its certificate' : 'signature does not verify with the given key';
    }
    if (options.tlog)
        return legacyKeyTlogProblem({ ...sig, annotations: sig.layer.annotations ?? {} }, options.tlog, key);
    return undefined;
}
/** The summary cosign prints as a list when nothing verified. */
function describeFailure(result) {
    if (result.rejected.length === 0)
        return `no signatures found for ${result.image} (looked in ${result.signatureLocation})`;
    const reasons = [...new Set(result.rejected.map((r) => r.reason))];
    return `no valid signature for ${result.image}: ${reasons.join('; ')}`;
}
/** The leaf's public key once the certificate checks out, or why it does not. */
async function certificateKey(sig, trust) {
    if (!sig.certificatePem)
        return 'signature carries no certificate';
    let leaf;
    let carried = [];
    try {
        [leaf] = parseCertificates(sig.certificatePem, 'signature certificate');
        if (sig.chainPem)
            carried = parseCertificates(sig.chainPem, 'signature chain');
    }
    catch (e) {
        if ((0,src_errors/* isSignetError */.$1)(e))
            return e.message;
        throw e;
    }
    const at = trust.at ?? new Date();
    const problem = leafProblem(leaf, at);
    if (problem)
        return problem;
    const path = buildPath(leaf, [...trust.intermediates, ...carried], trust.roots, at);
    if (typeof path === 'string')
        return path;
    return (await identityProblem(leaf, trust.identity)) ?? leaf.publicKey;
}

;// CONCATENATED MODULE: ./packages/core/src/x509/load.ts



async function readPem(path, flag) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw (0,src_errors/* usageError */.Wp)(`${flag} ${path}: cannot read the file`, 'check the path');
    }
}
async function loadSigningCertificate(certPath, chainPath) {
    const certs = parseCertificates(await readPem(certPath, '--cert'), certPath);
    const leaf = certs[0];
    const chain = chainPath ? parseCertificates(await readPem(chainPath, '--cert-chain'), chainPath) : [];
    return { material: { certificatePem: leaf.toString(), chainPem: chain.length ? toPem(chain) : undefined }, leaf, chain };
}
/** cosign's --certificate-chain: intermediates first, the trusted root last. */
async function loadCertificateTrust(chainPath, identity) {
    const certs = parseCertificates(await readPem(chainPath, '--cert-chain'), chainPath);
    const root = certs[certs.length - 1];
    if (!root.checkIssued(root)) {
        throw (0,src_errors/* usageError */.Wp)(`--cert-chain ${chainPath}: the last certificate is not a self-signed root`, 'end the file with the root CA certificate');
    }
    return { roots: [root], intermediates: certs.slice(0, -1), identity };
}

;// CONCATENATED MODULE: ./packages/core/src/batch/run-batch.ts
async function runBatch(items, concurrency, worker, onSettled) {
    const outcomes = new Array(items.length);
    let next = 0;
    let done = 0;
    const lanes = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
        while (next < items.length) {
            const index = next++;
            const item = items[index];
            let outcome;
            try {
                outcome = { item, ok: true, value: await worker(item) };
            }
            catch (error) {
                outcome = { item, ok: false, error };
            }
            outcomes[index] = outcome;
            onSettled?.(outcome, ++done, items.length);
        }
    });
    await Promise.all(lanes);
    return outcomes;
}

;// CONCATENATED MODULE: ./packages/core/src/targets/expand-index.ts
/** `--recursive`: an image index stands for itself plus every manifest it lists. */

const INDEX_TYPES = new Set([MediaTypes.ociIndex, MediaTypes.dockerManifestList]);
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
        display: image.display.replace(/@sha256:[a-f0-9]{64}$/, `@${child.digest}`),
        resolvedFromTag: undefined,
    }));
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(88009);
;// CONCATENATED MODULE: ./packages/core/src/policy/image-pattern.ts
const COMPONENT = /^(?:[a-z0-9*]+(?:(?:[._]|__|-+)[a-z0-9*]+)*|\*\*?)$/;
const HOST = /^(?:localhost|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+|[a-zA-Z0-9.-]+:[0-9]+|localhost:[0-9]+)$/;
function compileImagePattern(text) {
    if (/[@:]\S*$/.test(text.split('/').slice(1).join('/'))) {
        throw new Error(`"${text}" must name repositories, without a tag or digest`);
    }
    const [host = '', ...path] = text.split('/');
    if (!HOST.test(host))
        throw new Error(`"${text}" must start with a registry host (e.g. docker.io/library/nginx, registry.example.com/team/**)`);
    if (path.length === 0)
        throw new Error(`"${text}" needs a repository path after the host (use ${text}/** for the whole registry)`);
    path.forEach((component, i) => {
        if (!COMPONENT.test(component))
            throw new Error(`"${text}": invalid component "${component}"`);
        if (component.includes('**') && (component !== '**' || i !== path.length - 1)) {
            throw new Error(`"${text}": ** must be the whole last component`);
        }
    });
    const recursive = path[path.length - 1] === '**';
    const prefix = [host, ...(recursive ? path.slice(0, -1) : path)].join('/');
    const escape = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    const regex = new RegExp(`^${escape(prefix).replace(/\*/g, '[^/]*')}${recursive ? '/.+' : ''}$`);
    const exact = !text.includes('*');
    return {
        text,
        matches: (repository) => regex.test(repository),
        // Kyverno's wildcard `*` also crosses `/`: a one-level `*` becomes broader there (it
        // enforces on more images, never fewer).
        kyverno: () => (exact ? [`${text}:*`, `${text}@*`] : recursive ? [`${prefix}/*`] : [`${prefix}:*`, `${prefix}@*`]),
        policyControllerGlobs: () => (exact ? [`${text}:*`, `${text}@*`] : recursive ? [`${prefix}/**`] : [`${prefix}:*`, `${prefix}@*`]),
        connaisseur: () => (recursive ? `${prefix}/*` : `${prefix}:*`),
        containersScope: () => (exact ? text : recursive && !prefix.includes('*') ? prefix : undefined),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/trust-policy.ts
/**
 * The trust policy: one YAML file saying, per image pattern, who may sign. The pipeline gate
 * (`signet verify --policy`) and every generated cluster/node policy are derived from it, so
 * the two ends cannot drift apart.
 *
 *   apiVersion: signet.dev/v1alpha1
 *   kind: TrustPolicy
 *   metadata: { name: release }
 *   spec:
 *     enforcement: Enforce            # or Audit (generated cluster policies)
 *     rules:
 *       - name: team-apps
 *         images: ["registry.example.com/team/**"]
 *         require: any                # or all
 *         annotations: { env: prod }  # must be in the signed payload
 *         signatureRepository: registry.example.com/signatures
 *         signers:
 *           - { name: release-key, key: keys/cosign.pub }
 *           - { name: release-ca, certChain: ca.pem, identity: release@example.com }
 *           - { name: ops-gpg, keyring: keys/ops.asc, lookaside: https://sigs.example.com }
 */





const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
function fail(source, where, problem, hint) {
    throw (0,src_errors/* usageError */.Wp)(`${source}: ${where}: ${problem}`, hint);
}
function obj(value, source, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail(source, where, 'must be a mapping');
    return value;
}
function str(value, source, where) {
    if (typeof value !== 'string' || value === '')
        fail(source, where, 'must be a non-empty string');
    return value;
}
function optStr(value, source, where) {
    return value === undefined || value === null ? undefined : str(value, source, where);
}
function onlyKeys(o, allowed, source, where) {
    for (const key of Object.keys(o)) {
        if (!allowed.includes(key))
            fail(source, where, `unknown field "${key}"`, `allowed: ${allowed.join(', ')}`);
    }
}
function validRegexp(pattern, source, where) {
    if (pattern === undefined)
        return undefined;
    try {
        new RegExp(pattern);
    }
    catch (e) {
        fail(source, where, `invalid regular expression: ${e.message}`);
    }
    return pattern;
}
/** Key references stay as written unless they are plain paths, which become absolute. */
function resolvePath(ref, base) {
    if (/^[a-z0-9+.-]+:\/\//.test(ref) || (0,external_node_path_.isAbsolute)(ref))
        return ref;
    return (0,external_node_path_.resolve)(base, ref);
}
function parseSigner(value, source, where, base) {
    const o = obj(value, source, where);
    const name = str(o.name, source, `${where}.name`);
    if (!NAME.test(name))
        fail(source, `${where}.name`, `"${name}" must be lowercase letters, digits and -`);
    const kinds = ['key', 'certChain', 'keyring', 'trustedRoot'].filter((k) => o[k] !== undefined);
    if (kinds.length !== 1)
        fail(source, where, 'needs exactly one of key, certChain, keyring, trustedRoot');
    if (o.trustedRoot !== undefined) {
        onlyKeys(o, ['name', 'trustedRoot', 'identity', 'identityRegexp', 'issuer', 'issuerRegexp'], source, where);
        const identity = optStr(o.identity, source, `${where}.identity`);
        const identityRegexp = validRegexp(optStr(o.identityRegexp, source, `${where}.identityRegexp`), source, `${where}.identityRegexp`);
        const issuer = optStr(o.issuer, source, `${where}.issuer`);
        const issuerRegexp = validRegexp(optStr(o.issuerRegexp, source, `${where}.issuerRegexp`), source, `${where}.issuerRegexp`);
        // As cosign: a keyless signature proves an identity only together with who vouched for it.
        if (!identity && !identityRegexp)
            fail(source, where, 'a keyless signer needs identity or identityRegexp', 'name who may sign: the certificate SAN, e.g. the workflow URI');
        if (!issuer && !issuerRegexp)
            fail(source, where, 'a keyless signer needs issuer or issuerRegexp', 'the OIDC issuer, e.g. https://token.actions.githubusercontent.com');
        return { kind: 'keyless', name, trustedRoot: resolvePath(str(o.trustedRoot, source, `${where}.trustedRoot`), base), identity, identityRegexp, issuer, issuerRegexp };
    }
    if (o.key !== undefined) {
        onlyKeys(o, ['name', 'key'], source, where);
        return { kind: 'key', name, key: resolvePath(str(o.key, source, `${where}.key`), base) };
    }
    if (o.certChain !== undefined) {
        onlyKeys(o, ['name', 'certChain', 'identity', 'identityRegexp', 'issuer', 'issuerRegexp'], source, where);
        const identity = optStr(o.identity, source, `${where}.identity`);
        const identityRegexp = validRegexp(optStr(o.identityRegexp, source, `${where}.identityRegexp`), source, `${where}.identityRegexp`);
        if (!identity && !identityRegexp) {
            fail(source, where, 'a certificate signer needs identity or identityRegexp', 'name who may sign: the SAN (email or URI) of the signing certificate');
        }
        return {
            kind: 'certificate',
            name,
            certChain: resolvePath(str(o.certChain, source, `${where}.certChain`), base),
            identity,
            identityRegexp,
            issuer: optStr(o.issuer, source, `${where}.issuer`),
            issuerRegexp: validRegexp(optStr(o.issuerRegexp, source, `${where}.issuerRegexp`), source, `${where}.issuerRegexp`),
        };
    }
    onlyKeys(o, ['name', 'keyring', 'lookaside'], source, where);
    return {
        kind: 'gpg',
        name,
        keyring: resolvePath(str(o.keyring, source, `${where}.keyring`), base),
        lookaside: str(o.lookaside, source, `${where}.lookaside`),
    };
}
function parseTrustPolicy(text, source) {
    let doc;
    try {
        doc = (0,yaml_dist/* parse */.qg)(text);
    }
    catch (e) {
        fail(source, 'YAML', e.message.split('\n')[0] ?? 'cannot parse');
    }
    const root = obj(doc, source, 'document');
    if (root.apiVersion !== 'signet.dev/v1alpha1' || root.kind !== 'TrustPolicy') {
        fail(source, 'document', `expected apiVersion signet.dev/v1alpha1, kind TrustPolicy (got ${String(root.apiVersion)}, ${String(root.kind)})`);
    }
    const metadata = obj(root.metadata ?? {}, source, 'metadata');
    const name = str(metadata.name, source, 'metadata.name');
    if (!NAME.test(name))
        fail(source, 'metadata.name', `"${name}" must be lowercase letters, digits and -`);
    const spec = obj(root.spec, source, 'spec');
    onlyKeys(spec, ['enforcement', 'rules'], source, 'spec');
    const enforcement = spec.enforcement ?? 'Enforce';
    if (enforcement !== 'Enforce' && enforcement !== 'Audit')
        fail(source, 'spec.enforcement', 'must be Enforce or Audit');
    if (!Array.isArray(spec.rules) || spec.rules.length === 0)
        fail(source, 'spec.rules', 'must list at least one rule');
    const base = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(source));
    const seen = new Set();
    const rules = spec.rules.map((value, i) => {
        const where = `spec.rules[${i}]`;
        const r = obj(value, source, where);
        onlyKeys(r, ['name', 'images', 'require', 'annotations', 'signatureRepository', 'signers'], source, where);
        const ruleName = str(r.name, source, `${where}.name`);
        if (!NAME.test(ruleName))
            fail(source, `${where}.name`, `"${ruleName}" must be lowercase letters, digits and -`);
        if (seen.has(ruleName))
            fail(source, `${where}.name`, `duplicate rule name "${ruleName}"`);
        seen.add(ruleName);
        if (!Array.isArray(r.images) || r.images.length === 0)
            fail(source, `${where}.images`, 'must list at least one image pattern');
        const images = r.images.map((p, j) => {
            try {
                return compileImagePattern(str(p, source, `${where}.images[${j}]`));
            }
            catch (e) {
                fail(source, `${where}.images[${j}]`, e.message);
            }
        });
        const require = r.require ?? 'any';
        if (require !== 'any' && require !== 'all')
            fail(source, `${where}.require`, 'must be any or all');
        const annotations = {};
        for (const [k, v] of Object.entries(obj(r.annotations ?? {}, source, `${where}.annotations`)))
            annotations[k] = str(v, source, `${where}.annotations.${k}`);
        if (!Array.isArray(r.signers) || r.signers.length === 0)
            fail(source, `${where}.signers`, 'must list at least one signer');
        const signers = r.signers.map((s, j) => parseSigner(s, source, `${where}.signers[${j}]`, base));
        const names = new Set();
        for (const s of signers) {
            if (names.has(s.name))
                fail(source, `${where}.signers`, `duplicate signer name "${s.name}"`);
            names.add(s.name);
        }
        return { name: ruleName, images, require, annotations, signatureRepository: optStr(r.signatureRepository, source, `${where}.signatureRepository`), signers };
    });
    return { name, enforcement, rules, source };
}
async function loadTrustPolicy(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw (0,src_errors/* usageError */.Wp)(`trust policy ${path} does not exist`, 'pass --policy with the path of a TrustPolicy YAML file');
        throw new src_errors/* SignetError */.Tj('io', `cannot read trust policy ${path}: ${code ?? String(e)}`);
    }
    return parseTrustPolicy(text, path);
}
/** The first rule whose patterns match the image's repository (rules are ordered, like firewall rules). */
function ruleFor(policy, repository) {
    return policy.rules.find((rule) => rule.images.some((p) => p.matches(repository)));
}

;// CONCATENATED MODULE: ./packages/core/src/gpg/openpgp.ts
let loaded;
function openpgp() {
    loaded ??= __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 27279));
    return loaded;
}

;// CONCATENATED MODULE: ./packages/core/src/gpg/keys.ts
/**
 * OpenPGP key material for containers/image signatures: secret keys for openpgp.js signing
 * and public keyrings for verification. Keyrings may be armored or binary (gpg --export
 * writes binary unless --armor), and armored files may hold several concatenated blocks.
 */



const ARMOR_BEGIN = /-----BEGIN PGP [A-Z ]+-----[\s\S]*?-----END PGP [A-Z ]+-----/g;
function isArmored(bytes) {
    return Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart().startsWith('-----BEGIN PGP');
}
/** Reads every public key in a keyring (secret keys are reduced to their public part). */
async function parsePublicKeyring(bytes, source) {
    const keys = [];
    try {
        if (isArmored(bytes)) {
            const text = Buffer.from(bytes).toString('utf8');
            for (const block of text.match(ARMOR_BEGIN) ?? []) {
                for (const key of await (await openpgp()).readKeys({ armoredKeys: block }))
                    keys.push(key.toPublic());
            }
        }
        else {
            for (const key of await (await openpgp()).readKeys({ binaryKeys: bytes }))
                keys.push(key.toPublic());
        }
    }
    catch (e) {
        throw (0,src_errors/* usageError */.Wp)(`${source} is not an OpenPGP keyring (${e.message.split('\n')[0]})`, 'export it with `gpg --export KEYID > keyring.gpg` or `gpg --armor --export KEYID`');
    }
    if (keys.length === 0)
        throw (0,src_errors/* usageError */.Wp)(`${source} holds no OpenPGP public keys`, 'export them with `gpg --armor --export KEYID`');
    return keys;
}
async function loadPublicKeyring(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw (0,src_errors/* usageError */.Wp)(`keyring ${path} does not exist`, 'pass --keyring with an armored or binary OpenPGP public key file');
        throw new src_errors/* SignetError */.Tj('io', `cannot read keyring ${path}: ${code ?? e.message}`, { cause: e });
    }
    return parsePublicKeyring(bytes, path);
}
/** Fingerprints in gpg's spelling (uppercase hex), which is what policy and users compare. */
function fingerprintOf(key) {
    return key.getFingerprint().toUpperCase();
}
/**
 * Parses an armored (or binary) secret key and decrypts it when it is protected. The
 * passphrase is asked for only when needed, so unprotected CI keys need no variable.
 */
async function parseSecretKey(bytes, source, passphrase) {
    let key;
    try {
        key = isArmored(bytes)
            ? await (await openpgp()).readPrivateKey({ armoredKey: Buffer.from(bytes).toString('utf8') })
            : await (await openpgp()).readPrivateKey({ binaryKey: bytes });
    }
    catch (e) {
        throw (0,src_errors/* usageError */.Wp)(`${source} is not an OpenPGP secret key (${e.message.split('\n')[0]})`, 'export one with `gpg --armor --export-secret-keys KEYID`, or pass a key ID to sign through gpg');
    }
    if (key.isDecrypted())
        return key;
    const secret = await passphrase();
    try {
        return await (await openpgp()).decryptKey({ privateKey: key, passphrase: secret });
    }
    catch {
        throw (0,src_errors/* usageError */.Wp)(`wrong passphrase for the OpenPGP key in ${source}`, 'set SIGNET_GPG_PASSPHRASE to the key\'s passphrase');
    }
}

;// CONCATENATED MODULE: ./packages/core/src/gpg/verify.ts




/** Checks the OpenPGP signature only; the caller checks the claims. */
async function openAtomicSignature(signature, keyring) {
    let message;
    try {
        message = await (await openpgp()).readMessage({ binaryMessage: signature });
    }
    catch {
        return { ok: false, reason: 'not an OpenPGP signed message' };
    }
    let result;
    try {
        result = await (await openpgp()).verify({ message, verificationKeys: [...keyring], format: 'binary' });
    }
    catch (e) {
        return { ok: false, reason: `unreadable OpenPGP message (${e.message.split('\n')[0]})` };
    }
    // containers/image rejects anything but exactly one signature, so a message carrying a
    // trusted and an untrusted signature cannot be read two ways.
    if (result.signatures.length !== 1)
        return { ok: false, reason: `expected exactly one OpenPGP signature, found ${result.signatures.length}` };
    const sig = result.signatures[0];
    const keyId = sig.keyID.toHex().toUpperCase();
    const key = keyring.find((k) => k.getKeys(sig.keyID).length > 0);
    if (!key)
        return { ok: false, reason: `signed by key ${keyId}, which is not in the keyring` };
    try {
        await sig.verified;
    }
    catch (e) {
        return { ok: false, reason: `signature by key ${keyId} does not verify (${e.message.split('\n')[0]})` };
    }
    let payload;
    try {
        payload = parseAtomicPayload(result.data);
    }
    catch (e) {
        return { ok: false, reason: e.message };
    }
    return { ok: true, value: { payload, signedBy: fingerprintOf(key) } };
}
/**
 * containers/image's default signedIdentity, matchRepoDigestOrExact: when the image is named
 * by tag the signed reference must be exactly that tag; by digest only, any tag or digest of
 * the same repository is accepted (the digest itself is checked separately). A signed
 * reference without tag or digest never matches.
 */
function matchRepoDigestOrExact(image, signedReference) {
    let signed;
    try {
        signed = parseReference(signedReference);
    }
    catch {
        return false;
    }
    if (signed.tag === undefined && signed.digest === undefined)
        return false;
    if (image.tag !== undefined)
        return formatReference(signed) === formatReference(image);
    if (image.digest !== undefined)
        return signed.registry === image.registry && signed.repository === image.repository;
    return false;
}
/** Why a verified signature's claims do not fit this image, or undefined when they do. */
function claimMismatch(payload, check) {
    if (payload.digest !== check.digest)
        return `signed digest ${payload.digest} is not the image's ${check.digest}`;
    if (!matchRepoDigestOrExact(check.image, payload.dockerReference)) {
        return `signed identity "${payload.dockerReference}" does not match ${formatReference(check.image)}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/atomic.ts
/**
 * Signing and verifying image digests as containers/image does, with signatures kept in a
 * lookaside store instead of the registry.
 */




/** The registry reference the user named, or a usage error for targets a lookaside cannot key. */
function lookasideReference(input) {
    const target = parseTarget(input);
    if (target.kind !== 'registry') {
        throw (0,src_errors/* usageError */.Wp)(`${input}: lookaside signatures are keyed by registry repository`, 'sign and verify the image by its registry reference (host/repo@sha256:…)');
    }
    return target.reference;
}
/**
 * The docker-reference to sign. With a tag it is `repo:tag`, which containers/image accepts
 * both when the image is pulled by that tag (exact match) and by digest (same repository);
 * without one, `repo@digest`, which only pulls by digest accept.
 */
function atomicIdentity(ref, digest) {
    const { registry, repository } = ref;
    return ref.tag !== undefined ? formatReference({ registry, repository, tag: ref.tag }) : formatReference({ registry, repository, digest });
}
async function signAtomic(ref, digest, options) {
    let identity = options.identity;
    if (identity !== undefined) {
        // Validate early: a typo here would produce signatures no node accepts.
        const parsed = parseReference(identity);
        if (parsed.tag === undefined && parsed.digest === undefined) {
            throw (0,src_errors/* usageError */.Wp)(`--sign-container-identity "${identity}" has no tag or digest`, 'containers/image never accepts a signed name without one; add :TAG');
        }
        identity = formatReference(parsed);
    }
    identity ??= atomicIdentity(ref, digest);
    const payload = buildAtomicPayload({
        dockerReference: identity,
        digest,
        creator: options.creator ?? 'signet 0.1.0',
        timestamp: Math.floor((options.now ?? Date.now)() / 1000),
    });
    const signature = await options.signer.sign(payload);
    const stored = options.store ? await options.store.add(ref, digest, signature) : undefined;
    return { image: formatReference({ registry: ref.registry, repository: ref.repository, digest }), identity, payload, signature, stored };
}
/** Accepts the image when at least one stored signature verifies and its claims fit, like signedBy. */
async function verifyAtomic(ref, digest, store, keyring) {
    const signatures = await store.list(ref, digest);
    const verified = [];
    const rejected = [];
    // The image as the user named it decides the identity rule; the digest is always checked.
    const image = ref.digest !== undefined || ref.tag !== undefined ? ref : { ...ref, digest };
    for (const [i, signature] of signatures.entries()) {
        const opened = await openAtomicSignature(signature, keyring);
        if (!opened.ok) {
            rejected.push({ index: i + 1, reason: opened.reason });
            continue;
        }
        const mismatch = claimMismatch(opened.value.payload, { image, digest });
        if (mismatch)
            rejected.push({ index: i + 1, reason: mismatch });
        else
            verified.push(opened.value);
    }
    return {
        image: formatReference({ registry: ref.registry, repository: ref.repository, digest }),
        ok: verified.length > 0,
        verified,
        rejected,
        found: signatures.length,
    };
}
function describeAtomicFailure(result, store) {
    if (result.found === 0)
        return `${result.image}: no signatures in the lookaside ${store}`;
    return `${result.image}: none of ${result.found} signature(s) in ${store} is acceptable (${result.rejected.map((r) => `signature-${r.index}: ${r.reason}`).join('; ')})`;
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/layout.ts
/**
 * containers/image's lookaside ("sigstore") layout: `<base>/<repository path>@sha256=<hex>/signature-<n>`,
 * n counting from 1, readers stopping at the first missing n. The repository path is
 * reference.Path(), the name WITHOUT the registry host (docker/registries_d.go
 * lookasideStorageBaseURL); skopeo 1.9 writes `team/app@sha256=…` for `localhost:5000/team/app`.
 */


/** Signature slots tried before giving up: far above any real image, low enough to end a runaway loop. */
const MAX_SIGNATURES = 1000;
function signatureDirectory(ref, digest) {
    if (!isDigest(digest) || !digest.startsWith('sha256:'))
        throw (0,src_errors/* usageError */.Wp)(`invalid manifest digest "${digest}"`, 'use sha256:<64 hex>');
    // reference.Path() keeps the Docker Hub `library/` prefix the parser already added.
    return `${ref.repository}@sha256=${digest.slice('sha256:'.length)}`;
}
function signaturePath(ref, digest, index) {
    if (!Number.isInteger(index) || index < 1)
        throw new RangeError(`signature index ${index} must be >= 1`);
    return `${signatureDirectory(ref, digest)}/signature-${index}`;
}
/** Base URL without credentials, for messages. */
function redacted(url) {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    return copy.href.replace(/\/$/, '');
}
/**
 * `file:///dir`, `http(s)://host/path`, or `sigserver+http(s)://host/path` for a signature
 * server's upload API. Credentials in the URL are refused: they would end up in shell
 * history, logs and registries.d files.
 */
function parseStoreUrl(value) {
    const hint = 'use file:///DIR, https://HOST/PATH or sigserver+https://HOST/PATH';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw (0,src_errors/* usageError */.Wp)(`invalid lookaside URL "${value}"`, hint);
    }
    if (url.username || url.password) {
        throw (0,src_errors/* usageError */.Wp)('lookaside URL must not contain credentials', 'set SIGNET_LOOKASIDE_USERNAME/SIGNET_LOOKASIDE_PASSWORD or use ~/.netrc');
    }
    if (url.search || url.hash)
        throw (0,src_errors/* usageError */.Wp)(`lookaside URL "${value}" must not have a query or fragment`, hint);
    switch (url.protocol) {
        case 'file:': {
            if (url.host !== '')
                throw (0,src_errors/* usageError */.Wp)(`lookaside URL "${value}" names a host`, 'use file:///absolute/dir (three slashes)');
            const dir = decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/';
            return { kind: 'file', dir, url: `file://${dir}` };
        }
        case 'http:':
        case 'https:':
            return { kind: 'http', base: url, url: redacted(url) };
        case 'sigserver+http:':
        case 'sigserver+https:': {
            const base = new URL(value.slice('sigserver+'.length));
            return { kind: 'sigserver', base, url: `sigserver+${redacted(base)}` };
        }
        default:
            throw (0,src_errors/* usageError */.Wp)(`unsupported lookaside URL scheme "${url.protocol}"`, hint);
    }
}
/** The URL nodes read from: the HTTP base for a signature server, the URL itself otherwise. */
function readUrl(lookaside) {
    const spec = parseStoreUrl(lookaside);
    return spec.kind === 'sigserver' ? spec.url.slice('sigserver+'.length).replace(/\/+$/, '') : spec.url;
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/file-store.ts
/**
 * `file://` lookaside: a directory tree, as containers/image's `sigstore-staging` writes it and
 * as a web server would publish it.
 */





function ioError(what, e) {
    const code = e.code ?? e.message;
    const hint = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'check that this user may write there' : 'check the lookaside directory';
    return new src_errors/* SignetError */.Tj('io', `${what}: ${code}`, { hint, cause: e });
}
class FileLookasideStore {
    url;
    #dir;
    constructor(dir) {
        this.#dir = dir;
        this.url = `file://${dir}`;
    }
    async list(ref, digest) {
        const dir = (0,external_node_path_.join)(this.#dir, signatureDirectory(ref, digest));
        const out = [];
        for (let n = 1; n <= MAX_SIGNATURES; n++) {
            try {
                out.push(await (0,promises_.readFile)((0,external_node_path_.join)(dir, `signature-${n}`)));
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    break;
                throw ioError(`cannot read ${(0,external_node_path_.join)(dir, `signature-${n}`)}`, e);
            }
        }
        return out;
    }
    /**
     * Writes a complete temporary file, then hard-links it to the first free `signature-<n>`.
     * link() fails with EEXIST instead of replacing, so two concurrent signers each get their
     * own slot, and readers never see a half-written signature (an O_EXCL create would expose
     * the empty file until the write finished).
     */
    async add(ref, digest, signature) {
        const dir = (0,external_node_path_.join)(this.#dir, signatureDirectory(ref, digest));
        try {
            await (0,promises_.mkdir)(dir, { recursive: true });
        }
        catch (e) {
            throw ioError(`cannot create ${dir}`, e);
        }
        const temp = (0,external_node_path_.join)(dir, `.signet-tmp-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        try {
            const handle = await (0,promises_.open)(temp, 'wx', 0o644);
            try {
                await handle.writeFile(signature);
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        }
        catch (e) {
            throw ioError(`cannot write into ${dir}`, e);
        }
        try {
            for (let n = 1; n <= MAX_SIGNATURES; n++) {
                const target = (0,external_node_path_.join)(dir, `signature-${n}`);
                try {
                    await (0,promises_.link)(temp, target);
                    return { index: n, location: target };
                }
                catch (e) {
                    if (e.code !== 'EEXIST')
                        throw ioError(`cannot store ${target}`, e);
                }
            }
            throw new src_errors/* SignetError */.Tj('io', `${dir} already holds ${MAX_SIGNATURES} signatures`, { hint: 'remove stale signatures' });
        }
        finally {
            await (0,promises_.unlink)(temp).catch(() => undefined);
        }
    }
    async close() { }
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/http.ts
/**
 * The small HTTP client lookaside stores share: undici with the registry client's retry
 * policy (transient statuses and connection errors, full-jitter backoff, Retry-After), and
 * errors that name the store but never its credentials.
 */





class LookasideHttp {
    #agent;
    #retry;
    #timeoutMs;
    #logger;
    #userAgent;
    constructor(options = {}) {
        this.#timeoutMs = options.timeoutMs ?? 30_000;
        this.#agent = new undici/* Agent */.g6({ keepAliveTimeout: 10_000, connectTimeout: this.#timeoutMs });
        this.#retry = { ...DEFAULT_RETRY, ...options.retry };
        this.#logger = options.logger ?? silentLogger;
        this.#userAgent = options.userAgent ?? 'signet';
    }
    async send(method, url, options) {
        const headers = { 'user-agent': this.#userAgent, ...options.headers };
        if (options.credential) {
            headers.authorization = `Basic ${Buffer.from(`${options.credential.username}:${options.credential.password}`).toString('base64')}`;
        }
        for (let attempt = 1;; attempt++) {
            try {
                const response = await (0,undici/* request */.Em)(url, {
                    method,
                    headers,
                    ...(options.body !== undefined ? { body: options.body } : {}),
                    dispatcher: this.#agent,
                    headersTimeout: this.#timeoutMs,
                    bodyTimeout: this.#timeoutMs,
                });
                const body = Buffer.from(await response.body.arrayBuffer());
                const flat = {};
                for (const [k, v] of Object.entries(response.headers))
                    flat[k] = Array.isArray(v) ? v[0] : v;
                if (isRetryableStatus(response.statusCode) && attempt < this.#retry.maxAttempts) {
                    const delay = backoffDelay(attempt, this.#retry, parseRetryAfter(flat['retry-after']));
                    this.#logger.debug(`${options.what}: HTTP ${response.statusCode}, retry ${attempt} in ${delay} ms`);
                    await (0,external_node_timers_promises_.setTimeout)(delay);
                    continue;
                }
                return { status: response.statusCode, headers: flat, body };
            }
            catch (e) {
                if (isRetryableError(e) && attempt < this.#retry.maxAttempts) {
                    const delay = backoffDelay(attempt, this.#retry);
                    this.#logger.debug(`${options.what}: ${e.message}, retry ${attempt} in ${delay} ms`);
                    await (0,external_node_timers_promises_.setTimeout)(delay);
                    continue;
                }
                const code = e.code ?? e.message;
                throw new src_errors/* SignetError */.Tj('remote', `${options.what}: cannot reach ${new URL(url).host} (${code})`, {
                    hint: 'check the lookaside URL and that the server is running',
                    cause: e,
                });
            }
        }
    }
    close() {
        return this.#agent.close();
    }
}
/** The error for an HTTP status the store cannot work with. */
function statusError(what, status, access) {
    if (status === 401) {
        return new src_errors/* SignetError */.Tj('remote', `${what}: the server requires authentication (HTTP 401)`, {
            status,
            hint: access === 'write' ? 'set SIGNET_LOOKASIDE_USERNAME and SIGNET_LOOKASIDE_PASSWORD, or add the host to ~/.netrc' : 'lookaside reads should be anonymous; set SIGNET_LOOKASIDE_USERNAME/PASSWORD or ~/.netrc if this server needs them',
        });
    }
    if (status === 403) {
        return new src_errors/* SignetError */.Tj('remote', `${what}: access denied (HTTP 403)`, { status, hint: `check that this account may ${access} there` });
    }
    if (status === 405 || status === 501) {
        return new src_errors/* SignetError */.Tj('remote', `${what}: the server does not accept this method (HTTP ${status})`, {
            status,
            hint: access === 'write' ? 'enable uploads on it (nginx: dav_methods PUT; create_full_put_path on;)' : 'check the lookaside URL',
        });
    }
    return new src_errors/* SignetError */.Tj('remote', `${what}: the server answered HTTP ${status}`, { status, hint: 'check the lookaside URL and the server\'s log' });
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/netrc.ts
/**
 * Credentials for lookaside web servers: SIGNET_LOOKASIDE_USERNAME/PASSWORD, else ~/.netrc
 * (or $NETRC), the file curl and wget already use for the same servers.
 */



/** netrc tokens: `machine H login U password P`, `default`, and `macdef` bodies skipped. */
function parseNetrc(text, host) {
    const tokens = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const words = (lines[i] ?? '').trim().split(/\s+/).filter(Boolean);
        if (words[0] === 'macdef') {
            // A macro body runs until an empty line.
            while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '')
                i++;
            continue;
        }
        tokens.push(...words);
    }
    const entries = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const entry = entries[entries.length - 1];
        if (t === 'machine')
            entries.push({ machine: tokens[++i] ?? '' });
        else if (t === 'default')
            entries.push({ machine: undefined });
        else if (t === 'login' && entry)
            entry.login = tokens[++i];
        else if (t === 'password' && entry)
            entry.password = tokens[++i];
        else if (t === 'account' && entry)
            i++;
    }
    const usable = (e) => e?.login !== undefined && e.password !== undefined ? { username: e.login, password: e.password } : undefined;
    return usable(entries.find((e) => e.machine === host)) ?? usable(entries.find((e) => e.machine === undefined));
}
function lookasideCredential(url, env = process.env) {
    const username = env.SIGNET_LOOKASIDE_USERNAME;
    const password = env.SIGNET_LOOKASIDE_PASSWORD;
    if (username && password !== undefined)
        return { username, password };
    const path = env.NETRC || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.netrc');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    // curl matches netrc machines by host name without the port.
    return parseNetrc(text, url.hostname);
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/http-store.ts
/**
 * `http(s)://` lookaside: anonymous GETs for reading, as CRI-O and podman read it, and PUT for
 * writing (nginx WebDAV, Nexus/Artifactory raw repositories). Slots are found by probing
 * signature-1, -2, … and written with `If-None-Match: *`, so a server that honours it refuses
 * to replace a signature another signer stored between our probe and our PUT (412), and we
 * move on to the next slot.
 */





function joinUrl(base, path) {
    return `${base.href.replace(/\/+$/, '')}/${path}`;
}
class HttpLookasideStore {
    url;
    #base;
    #http;
    #credential;
    #logger;
    constructor(base, options = {}) {
        this.#base = base;
        this.#logger = options.logger ?? silentLogger;
        this.url = base.href.replace(/\/+$/, '');
        this.#http = new LookasideHttp(options);
        this.#credential = lookasideCredential(base, options.env);
    }
    /** Anonymous first; credentials only when the server asks and we have them. */
    async #get(method, url, what) {
        const anonymous = await this.#http.send(method, url, { what });
        if (anonymous.status !== 401 || !this.#credential)
            return anonymous;
        return this.#http.send(method, url, { what, credential: this.#credential });
    }
    async list(ref, digest) {
        const out = [];
        for (let n = 1; n <= MAX_SIGNATURES; n++) {
            const url = joinUrl(this.#base, signaturePath(ref, digest, n));
            const what = `reading ${url}`;
            const res = await this.#get('GET', url, what);
            if (res.status === 404)
                break;
            if (res.status !== 200)
                throw statusError(what, res.status, 'read');
            out.push(res.body);
        }
        return out;
    }
    async add(ref, digest, signature) {
        for (let n = 1; n <= MAX_SIGNATURES; n++) {
            const url = joinUrl(this.#base, signaturePath(ref, digest, n));
            const probe = await this.#get('HEAD', url, `checking ${url}`);
            if (probe.status === 200)
                continue;
            if (probe.status !== 404)
                throw statusError(`checking ${url}`, probe.status, 'read');
            const what = `uploading ${url}`;
            const put = await this.#http.send('PUT', url, {
                what,
                credential: this.#credential,
                headers: { 'content-type': 'application/octet-stream', 'if-none-match': '*' },
                body: signature,
            });
            if (put.status === 200 || put.status === 201 || put.status === 204)
                return { index: n, location: url };
            // Someone else took this slot after our probe: theirs stays, ours goes to the next one.
            if (put.status === 412) {
                this.#logger.debug(`${url} was taken after our probe (HTTP 412); trying signature-${n + 1}`);
                continue;
            }
            throw statusError(what, put.status, 'write');
        }
        throw new src_errors/* SignetError */.Tj('remote', `${this.url} already holds ${MAX_SIGNATURES} signatures for ${digest}`, { hint: 'remove stale signatures' });
    }
    close() {
        return this.#http.close();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/sigserver-store.ts
/**
 * Signature servers with an upload API (`sigserver+http(s)://BASE`): signatures are POSTed to
 * `BASE/upload` as JSON `{repoName, layerId, signatureData}`, each field base64, and the server
 * files them into the lookaside layout it publishes under BASE, which is read with plain GETs.
 * The server picks the slot, so uploads cannot collide.
 */




const b64 = (s) => Buffer.from(s).toString('base64');
class SigServerLookasideStore {
    url;
    #base;
    #reader;
    #http;
    #credential;
    constructor(base, options = {}) {
        this.#base = base;
        this.url = `sigserver+${base.href.replace(/\/+$/, '')}`;
        this.#reader = new HttpLookasideStore(base, options);
        this.#http = new LookasideHttp(options);
        this.#credential = lookasideCredential(base, options.env);
    }
    list(ref, digest) {
        return this.#reader.list(ref, digest);
    }
    async add(ref, digest, signature) {
        const url = joinUrl(this.#base, 'upload');
        const what = `uploading to ${url}`;
        const body = Buffer.from(JSON.stringify({ repoName: b64(ref.repository), layerId: b64(digest), signatureData: b64(signature) }));
        const res = await this.#http.send('POST', url, { what, credential: this.#credential, headers: { 'content-type': 'application/json' }, body });
        if (res.status < 200 || res.status > 299)
            throw statusError(what, res.status, 'write');
        // The server may say where it filed the signature; otherwise count what is there now.
        const location = res.headers.location;
        if (location) {
            const m = /signature-(\d+)$/.exec(location);
            return { index: m ? Number(m[1]) : 0, location: new URL(location, url).href };
        }
        const count = (await this.#reader.list(ref, digest)).length;
        if (count === 0)
            throw new src_errors/* SignetError */.Tj('remote', `${what}: the server accepted the upload but does not publish it under ${this.#base.href}`, { hint: 'check the signature server\'s read URL' });
        return { index: count, location: url };
    }
    async close() {
        await Promise.all([this.#reader.close(), this.#http.close()]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/open-store.ts




function openLookasideStore(url, options = {}) {
    const spec = parseStoreUrl(url);
    switch (spec.kind) {
        case 'file':
            return new FileLookasideStore(spec.dir);
        case 'http':
            return new HttpLookasideStore(spec.base, options);
        case 'sigserver':
            return new SigServerLookasideStore(spec.base, options);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/policy/evaluate.ts











class PolicyEvaluator {
    #policy;
    #ctx;
    #material = new Map();
    #gpg = new Map();
    #openLookaside;
    constructor(policy, ctx, options = {}) {
        this.#policy = policy;
        this.#ctx = ctx;
        this.#openLookaside = options.openLookaside ?? ((url) => openLookasideStore(url));
    }
    #loadGpg(rule, signer) {
        const key = `${rule.name}/${signer.name}`;
        let found = this.#gpg.get(key);
        if (!found) {
            found = (async () => ({ keyring: await loadPublicKeyring(signer.keyring), store: this.#openLookaside(signer.lookaside) }))();
            this.#gpg.set(key, found);
        }
        return found;
    }
    /** Closes lookaside stores opened for GPG signers. */
    async close() {
        const opened = await Promise.allSettled(this.#gpg.values());
        await Promise.all(opened.map((o) => (o.status === 'fulfilled' ? o.value.store.close() : undefined)));
    }
    #load(rule, signer) {
        const key = `${rule.name}/${signer.name}`;
        let found = this.#material.get(key);
        if (!found) {
            found = (async () => {
                if (signer.kind === 'key')
                    return { publicKey: await loadVerificationKey(signer.key) };
                if (signer.kind === 'certificate') {
                    return {
                        certificates: await loadCertificateTrust(signer.certChain, {
                            identity: signer.identity,
                            identityRegExp: signer.identityRegexp,
                            issuer: signer.issuer,
                            issuerRegExp: signer.issuerRegexp,
                        }),
                    };
                }
                if (signer.kind === 'keyless') {
                    return {
                        keyless: {
                            trust: await loadTrustedRoot(signer.trustedRoot),
                            identity: { identity: signer.identity, identityRegExp: signer.identityRegexp, issuer: signer.issuer, issuerRegExp: signer.issuerRegexp },
                        },
                    };
                }
                throw new Error('unreachable: gpg signers are checked through the lookaside');
            })();
            this.#material.set(key, found);
        }
        return found;
    }
    async verify(input) {
        const target = parseTarget(input);
        const repository = target.kind === 'layout' ? layoutIdentity(target.path) : repositoryName(target.reference, 'containers');
        const rule = ruleFor(this.#policy, repository);
        if (!rule) {
            return {
                image: input,
                digest: undefined,
                rule: undefined,
                require: undefined,
                ok: false,
                signers: [],
                reason: `no rule of trust policy "${this.#policy.name}" covers ${repository}`,
            };
        }
        const ctx = rule.signatureRepository ? { ...this.#ctx, signatureRepository: rule.signatureRepository } : this.#ctx;
        const image = await openImage(input, ctx, { checkDigestExists: false });
        const signers = await Promise.all(rule.signers.map(async (signer) => {
            try {
                if (signer.kind === 'gpg') {
                    const { keyring, store } = await this.#loadGpg(rule, signer);
                    const r = await verifyAtomic(lookasideReference(input), image.digest, store, keyring);
                    return { signer: signer.name, ok: r.ok, reason: r.ok ? undefined : describeAtomicFailure(r, store.url), verification: undefined };
                }
                const material = await this.#load(rule, signer);
                const verification = await verifyImage(image, { ...material, annotations: rule.annotations, checkIdentity: true });
                return { signer: signer.name, ok: verification.ok, reason: verification.ok ? undefined : describeFailure(verification), verification };
            }
            catch (e) {
                // Bad policy material and unreachable registries are not "unsigned": they propagate.
                if ((0,src_errors/* isSignetError */.$1)(e) && e.kind === 'verification')
                    return { signer: signer.name, ok: false, reason: e.message, verification: undefined };
                throw e;
            }
        }));
        const passed = signers.filter((s) => s.ok).length;
        const ok = rule.require === 'all' ? passed === signers.length : passed > 0;
        const failed = signers.filter((s) => !s.ok);
        return {
            image: image.display,
            digest: image.digest,
            rule: rule.name,
            require: rule.require,
            ok,
            signers,
            reason: ok
                ? undefined
                : `${image.display}: rule "${rule.name}" requires ${rule.require === 'all' ? 'every signer' : 'one signer'}; ${failed.map((s) => `${s.signer}: ${s.reason}`).join('; ')}`,
        };
    }
}
function policyFailure(result) {
    return new SignetError('verification', result.reason ?? `${result.image}: not verified`);
}

// EXTERNAL MODULE: ./packages/core/src/keys/generate.ts
var generate = __webpack_require__(9550);
;// CONCATENATED MODULE: ./packages/core/src/policy/generate/material.ts
/**
 * What generated policies embed for each signer, resolved once: public keys as PEM (or kept as
 * a reference where the admission system resolves it itself), certificate chains as PEM.
 * Also the rules for dropping a signer a target cannot express.
 */






async function keyMaterial(signer) {
    const ref = parseKeyRef(signer.key);
    if (ref.kind === 'k8s')
        return { kind: 'k8s', namespace: ref.namespace, name: ref.name, ref: signer.key };
    if (ref.kind === 'hashivault')
        return { kind: 'kms', ref: signer.key };
    return { kind: 'pem', pem: (0,generate/* publicKeyPem */.rY)(await loadVerificationKey(signer.key)) };
}
async function chainPem(signer) {
    try {
        return await (0,promises_.readFile)(signer.certChain, 'utf8');
    }
    catch {
        throw (0,src_errors/* usageError */.Wp)(`signer "${signer.name}": cannot read certificate chain ${signer.certChain}`);
    }
}
async function keylessMaterial(signer) {
    const root = await readTrustedRoot(signer.trustedRoot, `signer "${signer.name}": trustedRoot ${signer.trustedRoot}`);
    const authority = (a) => ({
        organization: a.subject?.organization || 'unknown',
        commonName: a.subject?.commonName || 'unknown',
        uri: a.uri,
        chainPem: (a.certChain?.certificates ?? []).map((c) => certificatePem(c.rawBytes)).join(''),
    });
    const log = (l) => l.publicKey?.rawBytes && active(l.publicKey.validFor) ? { url: l.baseUrl, publicKeyPem: publicKeyPemFromDer(l.publicKey.rawBytes) } : undefined;
    const cas = root.certificateAuthorities.filter((a) => active(a.validFor)).map(authority);
    const tlogs = root.tlogs.map(log).filter((l) => l !== undefined);
    if (cas.length === 0)
        throw (0,src_errors/* usageError */.Wp)(`signer "${signer.name}": every certificate authority in ${signer.trustedRoot} has expired`, 'use a current trusted_root.json');
    if (tlogs.length === 0)
        throw (0,src_errors/* usageError */.Wp)(`signer "${signer.name}": ${signer.trustedRoot} lists no current transparency log key`, 'use a current trusted_root.json');
    return {
        cas,
        tlogs,
        ctlogs: root.ctlogs.map(log).filter((l) => l !== undefined),
        tsas: root.timestampAuthorities.filter((a) => active(a.validFor)).map(authority),
        rootsPem: cas.map((a) => a.chainPem).join(''),
    };
}
/** A target matching identities by regular expression reads them with its own engine (Go RE2). */
function identityFields(signer) {
    return {
        ...(signer.identity ? { subject: signer.identity } : { subjectRegExp: signer.identityRegexp ?? '' }),
        ...(signer.issuer ? { issuer: signer.issuer } : signer.issuerRegexp ? { issuerRegExp: signer.issuerRegexp } : {}),
    };
}
/**
 * The signers a target can express. Dropping one from an `any` rule makes the generated policy
 * stricter (fewer accepted signers), which is safe and reported; from an `all` rule it would
 * make it weaker, so that is an error.
 */
function expressible(target, rule, supports, dropped) {
    const kept = [];
    for (const signer of rule.signers) {
        const why = supports(signer);
        if (!why) {
            kept.push(signer);
            continue;
        }
        if (rule.require === 'all') {
            throw (0,src_errors/* usageError */.Wp)(`${target} cannot express signer "${signer.name}" of rule "${rule.name}" (${why})`, 'the rule requires every signer, so leaving it out would weaken the policy; split the rule or choose another target');
        }
        dropped.push({ rule: rule.name, signer: signer.name, why });
    }
    if (kept.length === 0) {
        const why = dropped.filter((d) => d.rule === rule.name).map((d) => `${d.signer}: ${d.why}`).join('; ');
        throw (0,src_errors/* usageError */.Wp)(`${target} can express none of the signers of rule "${rule.name}" (${why})`, 'choose another target for this rule');
    }
    return kept;
}
/** A requirement a target cannot enforce makes its policy weaker than the gate: refuse. */
function refuse(target, rule, what, hint) {
    throw (0,src_errors/* usageError */.Wp)(`${target} cannot enforce ${what} (rule "${rule.name}")`, hint);
}

;// CONCATENATED MODULE: ./packages/core/src/policy/generate/kyverno.ts

const NO_TLOG = { rekor: { ignoreTlog: true }, ctlog: { ignoreSCT: true } };
async function keylessEntries(signer) {
    const m = await keylessMaterial(signer);
    // No CT log in the root: the gate checks no SCT either.
    const ctlogs = m.ctlogs.length > 0 ? m.ctlogs.map((c) => ({ pubkey: c.publicKeyPem })) : [{ ignoreSCT: true }];
    return m.tlogs.flatMap((t) => ctlogs.map((ctlog) => ({ keyless: { ...identityFields(signer), roots: m.rootsPem, rekor: { url: t.url, pubkey: t.publicKeyPem }, ctlog } })));
}
async function entries(signer, notes) {
    return signer.kind === 'keyless' ? keylessEntries(signer) : [await entry(signer, notes)];
}
async function entry(signer, notes) {
    if (signer.kind === 'key') {
        const m = await keyMaterial(signer);
        if (m.kind === 'kms') {
            notes.push(`signer "${signer.name}": Kyverno resolves ${m.ref} itself; give the Kyverno admission controller VAULT_ADDR and VAULT_TOKEN (and VAULT_NAMESPACE, TRANSIT_SECRET_ENGINE_PATH if used) in its environment.`);
            return { keys: { kms: m.ref, ...NO_TLOG } };
        }
        if (m.kind === 'k8s') {
            notes.push(`signer "${signer.name}": Kyverno reads ${m.ref}; its service account needs get on secrets in namespace ${m.namespace}.`);
            return { keys: { publicKeys: m.ref, ...NO_TLOG } };
        }
        return { keys: { publicKeys: m.pem, signatureAlgorithm: 'sha256', ...NO_TLOG } };
    }
    if (signer.kind === 'certificate') {
        const roots = await chainPem(signer);
        return { keyless: { roots, ...identityFields(signer), ...NO_TLOG } };
    }
    throw new Error('unreachable: gpg signers are filtered out');
}
async function kyvernoPolicy(policy) {
    const dropped = [];
    const notes = [];
    const rules = [];
    // The trust policy's first matching rule decides; Kyverno applies every matching rule. Each
    // rule skips the images earlier rules cover, so Kyverno decides with the same rule.
    const earlier = [];
    for (const rule of policy.rules) {
        const signers = expressible('Kyverno', rule, (s) => (s.kind === 'gpg' ? 'Kyverno does not read GPG lookaside signatures' : undefined), dropped);
        const annotations = Object.keys(rule.annotations).length ? { annotations: rule.annotations } : {};
        // One list of alternative entries per signer.
        const perSigner = await Promise.all(signers.map(async (s) => (await entries(s, notes)).map((e) => ({ ...e, ...annotations }))));
        if (signers.some((s) => s.kind === 'keyless')) {
            // verifyImages entries of another type (SigstoreBundle) would all be required, not alternatives.
            notes.push(`rule "${rule.name}": Kyverno checks keyless signatures in cosign's legacy .sig layout only; sign with --format legacy or both (bundle-only signatures pass the gate but not Kyverno).`);
        }
        const attestor = (list) => (list.length === 1 ? { entries: list } : { count: 1, entries: list });
        const attestors = rule.require === 'all' ? perSigner.map(attestor) : [attestor(perSigner.flat())];
        rules.push({
            name: rule.name,
            match: { any: [{ resources: { kinds: ['Pod'] } }] },
            verifyImages: [
                {
                    imageReferences: rule.images.flatMap((p) => p.kyverno()),
                    ...(earlier.length ? { skipImageReferences: [...earlier] } : {}),
                    failureAction: policy.enforcement,
                    mutateDigest: true,
                    verifyDigest: true,
                    required: true,
                    ...(rule.signatureRepository ? { repository: rule.signatureRepository } : {}),
                    attestors,
                },
            ],
        });
        earlier.push(...rule.images.flatMap((p) => p.kyverno()));
    }
    return {
        documents: [
            {
                apiVersion: 'kyverno.io/v1',
                kind: 'ClusterPolicy',
                metadata: {
                    name: `signet-${policy.name}`,
                    annotations: {
                        'policies.kyverno.io/title': `signet trust policy ${policy.name}`,
                        'policies.kyverno.io/description': 'Generated by `signet policy kyverno` from the trust policy the release pipeline verifies with; regenerate rather than edit.',
                    },
                },
                spec: { background: false, webhookTimeoutSeconds: 30, rules },
            },
        ],
        dropped,
        notes,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/generate/policy-controller.ts

const policy_controller_b64 = (text) => Buffer.from(text).toString('base64');
/** The TrustRoot resource for a trusted_root.json; []byte fields are base64 of the PEM text. */
async function trustRoot(name, signer) {
    const m = await keylessMaterial(signer);
    const authority = (a) => ({ subject: { organization: a.organization, commonName: a.commonName }, uri: a.uri, certChain: policy_controller_b64(a.chainPem) });
    const log = (l) => ({ baseURL: l.url, hashAlgorithm: 'sha-256', publicKey: policy_controller_b64(l.publicKeyPem) });
    return {
        apiVersion: 'policy.sigstore.dev/v1alpha1',
        kind: 'TrustRoot',
        metadata: { name },
        spec: {
            sigstoreKeys: {
                certificateAuthorities: m.cas.map(authority),
                tLogs: m.tlogs.map(log),
                ...(m.ctlogs.length > 0 ? { ctLogs: m.ctlogs.map(log) } : {}),
                ...(m.tsas.length > 0 ? { timestampAuthorities: m.tsas.map(authority) } : {}),
            },
        },
    };
}
/** Generated TrustRoots, one per trusted_root.json file, shared by the signers naming it. */
class TrustRoots {
    #byFile = new Map();
    #policyName;
    constructor(policyName) {
        this.#policyName = policyName;
    }
    /** Registered synchronously, so concurrent signers naming one file share one TrustRoot. */
    async ref(signer) {
        let found = this.#byFile.get(signer.trustedRoot);
        if (!found) {
            const name = `signet-${this.#policyName}-${signer.name}`.slice(0, 253);
            found = { name, doc: trustRoot(name, signer) };
            this.#byFile.set(signer.trustedRoot, found);
        }
        const doc = (await found.doc);
        return { name: found.name, fulcioUrl: doc.spec.sigstoreKeys.certificateAuthorities[0]?.uri ?? '' };
    }
    documents() {
        return Promise.all([...this.#byFile.values()].map((r) => r.doc));
    }
}
async function keylessAuthorities(signer, roots, source) {
    const { name, fulcioUrl } = await roots.ref(signer);
    // `url` (the Fulcio instance) is required next to trustRootRef; verification uses the TrustRoot.
    const base = { keyless: { url: fulcioUrl, trustRootRef: name, identities: [identityFields(signer)] }, ctlog: { trustRootRef: name }, ...source };
    return [
        { name: signer.name, ...base },
        { name: `${signer.name}-bundle`, ...base, signatureFormat: 'bundle' },
    ];
}
async function authorities(signer, signatureRepository, notes, roots) {
    const source = signatureRepository ? { source: [{ oci: signatureRepository }] } : {};
    if (signer.kind === 'keyless')
        return keylessAuthorities(signer, roots, source);
    return [await authority(signer, source, notes)];
}
async function authority(signer, source, notes) {
    if (signer.kind === 'key') {
        const m = await keyMaterial(signer);
        if (m.kind === 'kms') {
            notes.push(`signer "${signer.name}": policy-controller resolves ${m.ref} itself; give its webhook VAULT_ADDR and VAULT_TOKEN in its environment.`);
            return { name: signer.name, key: { kms: m.ref, hashAlgorithm: 'sha256' }, ...source };
        }
        if (m.kind === 'k8s') {
            notes.push(`signer "${signer.name}": policy-controller reads secretRef ${m.name} from its own namespace (cosign-system); copy ${m.ref} there.`);
            return { name: signer.name, key: { secretRef: { name: m.name }, hashAlgorithm: 'sha256' }, ...source };
        }
        return { name: signer.name, key: { data: m.pem, hashAlgorithm: 'sha256' }, ...source };
    }
    if (signer.kind === 'certificate') {
        return {
            name: signer.name,
            keyless: {
                'ca-cert': { data: await chainPem(signer) },
                identities: [
                    {
                        ...(signer.identity ? { subject: signer.identity } : { subjectRegExp: signer.identityRegexp }),
                        // cosign's --certificate-oidc-issuer-regexp '.*' for certificates from a private CA.
                        ...(signer.issuer ? { issuer: signer.issuer } : { issuerRegExp: signer.issuerRegexp ?? '.*' }),
                    },
                ],
            },
            ...source,
        };
    }
    throw new Error('unreachable: gpg signers are filtered out');
}
async function policyControllerPolicies(policy) {
    const dropped = [];
    const notes = [];
    const documents = [];
    const roots = new TrustRoots(policy.name);
    for (const rule of policy.rules) {
        if (Object.keys(rule.annotations).length > 0) {
            refuse('policy-controller', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target which checks them');
        }
        const signers = expressible('policy-controller', rule, (s) => (s.kind === 'gpg' ? 'policy-controller does not read GPG lookaside signatures' : undefined), dropped);
        const perSigner = await Promise.all(signers.map((s) => authorities(s, rule.signatureRepository, notes, roots)));
        const groups = rule.require === 'all' ? perSigner : [perSigner.flat()];
        groups.forEach((group, i) => {
            documents.push({
                apiVersion: 'policy.sigstore.dev/v1beta1',
                kind: 'ClusterImagePolicy',
                metadata: { name: `signet-${policy.name}-${rule.name}${groups.length > 1 ? `-${String(group[0]?.name)}` : ''}`.slice(0, 253) },
                spec: {
                    images: rule.images.flatMap((p) => p.policyControllerGlobs()).map((glob) => ({ glob })),
                    authorities: group,
                    mode: policy.enforcement === 'Enforce' ? 'enforce' : 'warn',
                },
            });
            void i;
        });
    }
    // TrustRoots first: the policies referencing them are applied after them.
    return { documents: [...(await roots.documents()), ...documents], dropped, notes };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/generate/connaisseur.ts

function keylessIdentity(s) {
    return {
        ...(s.issuer ? { issuer: s.issuer } : { issuerRegex: s.issuerRegexp ?? '' }),
        ...(s.identity ? { subject: s.identity } : { subjectRegex: s.identityRegexp ?? '' }),
    };
}
async function keylessHost(rule, keyless, signerCount, notes) {
    if (keyless.length < signerCount)
        refuse('Connaisseur', rule, 'keyless signers and keys in one rule', 'Connaisseur checks the transparency log for all trust roots of a validator or for none; split the rule by image pattern');
    const roots = new Set(keyless.map((s) => s.trustedRoot));
    if (roots.size > 1)
        refuse('Connaisseur', rule, `keyless signers with different trusted roots (${[...roots].join(', ')})`, 'a Connaisseur validator has one sigstore host; split the rule by image pattern');
    const first = keyless[0];
    if (!first)
        throw new Error('unreachable');
    const m = await keylessMaterial(first);
    const [rekor, ...otherLogs] = m.tlogs;
    const [ct, ...otherCt] = m.ctlogs;
    if (!rekor)
        throw new Error('unreachable: keylessMaterial requires a log');
    if (otherLogs.length > 0 || otherCt.length > 0) {
        notes.push(`rule "${rule.name}": Connaisseur takes one Rekor and one CT log key; signatures from ${[...otherLogs, ...otherCt].map((l) => l.url).join(', ')} are not accepted.`);
    }
    return { rekor: rekor.url, rekorPubkey: rekor.publicKeyPem, fulcioCert: m.rootsPem, ...(ct ? { ctLogPubkey: ct.publicKeyPem } : {}) };
}
async function connaisseurValues(policy) {
    const dropped = [];
    const notes = [];
    const validators = [];
    const rules = [];
    for (const rule of policy.rules) {
        if (Object.keys(rule.annotations).length > 0)
            refuse('Connaisseur', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target');
        if (rule.signatureRepository)
            refuse('Connaisseur', rule, 'signatures kept in another repository', 'keep the signatures next to the images, or use the kyverno or policy-controller target');
        const signers = expressible('Connaisseur', rule, (s) => (s.kind === 'gpg' ? 'Connaisseur does not read GPG lookaside signatures' : s.kind === 'certificate' ? 'Connaisseur trusts keys or Fulcio, not a private certificate chain' : undefined), dropped);
        const keyless = signers.filter((s) => s.kind === 'keyless');
        const host = keyless.length > 0 ? await keylessHost(rule, keyless, signers.length, notes) : undefined;
        const trustRoots = await Promise.all(signers.map(async (s) => {
            if (s.kind === 'keyless')
                return { name: s.name, keyless: keylessIdentity(s) };
            if (s.kind !== 'key')
                throw new Error('unreachable');
            const m = await keyMaterial(s);
            if (m.kind === 'k8s')
                refuse('Connaisseur', rule, `a key in a Kubernetes Secret (${m.ref})`, 'reference the public key file instead: Connaisseur embeds keys in its values');
            return { name: s.name, key: m.kind === 'kms' ? m.ref : m.pem };
        }));
        const name = `signet-${policy.name}-${rule.name}`;
        validators.push({ name, type: 'cosign', ...(host ? { host } : {}), trustRoots });
        for (const pattern of rule.images) {
            rules.push({
                pattern: pattern.connaisseur(),
                validator: name,
                with: {
                    trustRoot: '*',
                    ...(rule.require === 'all' ? { required: trustRoots.map((r) => r.name) } : { threshold: 1 }),
                    // Keyless signatures are only valid with their log entry (it dates the signature).
                    verifyInTransparencyLog: host !== undefined,
                    // A root without CT logs: the gate checks no SCT, and Connaisseur would use the public CT key.
                    ...(host && !host.ctLogPubkey ? { verifySCT: false } : {}),
                },
            });
        }
    }
    if (policy.enforcement === 'Audit')
        notes.push('enforcement Audit: set application.features.detectionMode: true in the Connaisseur values.');
    return {
        documents: [
            {
                application: {
                    ...(policy.enforcement === 'Audit' ? { features: { detectionMode: true } } : {}),
                    validators,
                    policy: rules,
                },
            },
        ],
        dropped,
        notes,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/generate/containers.ts
/**
 * containers/image node configuration (CRI-O, podman, skopeo): `policy.json` requirements per
 * scope, a `registries.d` file telling containers/image where signatures are, and an OpenShift
 * MachineConfig installing both. Key signers become `sigstoreSigned` (cosign's `.sig`
 * attachments, `use-sigstore-attachments`); GPG signers `signedBy` with the keyring inline
 * (`keyData`, so nothing else has to be installed on nodes) and the lookaside in registries.d.
 */







const containers_b64 = (text) => Buffer.from(text).toString('base64');
/** Binary transferable public keys, concatenated: a keyring gpgme and openpgp backends both import. */
function binaryKeyring(keys) {
    return Buffer.concat(keys.map((k) => k.write()));
}
/**
 * containers/image (5.x, fulcio_cert.go) matches a Fulcio certificate by one exact OIDC issuer
 * and one email SAN, nothing else: no URI SANs (CI workload identities such as GitHub
 * Actions'), no regular expressions.
 */
function containers_keylessProblem(s) {
    if (!s.identity)
        return 'containers/image matches the certificate identity exactly, not by regular expression';
    if (!EMAIL.test(s.identity))
        return `containers/image matches only email identities, not "${s.identity}"`;
    if (!s.issuer)
        return 'containers/image matches the OIDC issuer exactly, not by regular expression';
    return undefined;
}
const EMAIL = /^[^@\s/:]+@[^@\s/:]+$/;
/**
 * `sigstoreSigned` with `fulcio` and one Rekor key; the SCT is not checked by containers/image
 * (it relies on the Rekor SET). It takes a single Rekor key: with several current logs in the
 * root, only the first is accepted (stricter than the gate, noted).
 */
async function fulcioRequirement(s, notes) {
    const m = await keylessMaterial(s);
    const [rekor, ...others] = m.tlogs;
    if (!rekor)
        throw new Error('unreachable: keylessMaterial requires a log');
    notes.push(`signer "${s.name}": containers/image reads keyless signatures in cosign's legacy .sig layout only; sign with --format legacy or both.`);
    if (others.length > 0)
        notes.push(`signer "${s.name}": containers/image takes one Rekor key; signatures logged in ${others.map((l) => l.url).join(', ')} are not accepted on nodes.`);
    return {
        type: 'sigstoreSigned',
        fulcio: { caData: containers_b64(m.rootsPem), oidcIssuer: s.issuer, subjectEmail: s.identity },
        rekorPublicKeyData: containers_b64(rekor.publicKeyPem),
        signedIdentity: { type: 'matchRepository' },
    };
}
function scopesOf(rule) {
    return rule.images.map((p) => {
        const scope = p.containersScope();
        if (!scope)
            refuse('containers policy.json', rule, `the image pattern "${p.text}"`, 'scopes are a repository or a namespace: use REGISTRY/PATH or REGISTRY/PATH/**, without other wildcards');
        return scope;
    });
}
/** A file as an Ignition storage entry (what a MachineConfig carries). */
function ignitionFile(path, contents, mediaType = 'text/plain;charset=utf-8') {
    return { path, mode: 0o644, overwrite: true, contents: { source: `data:${mediaType};base64,${Buffer.from(contents).toString('base64')}` } };
}
function machineConfig(name, role, files) {
    return {
        apiVersion: 'machineconfiguration.openshift.io/v1',
        kind: 'MachineConfig',
        metadata: { name: `51-${role}-${name}-image-signatures`, labels: { 'machineconfiguration.openshift.io/role': role } },
        spec: { config: { ignition: { version: '3.2.0' }, storage: { files } } },
    };
}
async function containersConfig(policy, options = {}) {
    const role = options.role ?? 'worker';
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(role))
        throw (0,src_errors/* usageError */.Wp)(`role "${role}" is not a valid MachineConfig pool role`, 'use e.g. worker or master');
    const dropped = [];
    const notes = [];
    const docker = {};
    const registries = {};
    for (const rule of policy.rules) {
        if (Object.keys(rule.annotations).length > 0)
            refuse('containers policy.json', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target');
        const signers = expressible('containers policy.json', rule, (s) => (s.kind === 'certificate' ? 'containers/image verifies certificates only with Fulcio and Rekor' : s.kind === 'keyless' ? containers_keylessProblem(s) : undefined), dropped);
        const keySigners = signers.filter((s) => s.kind === 'key');
        const gpgSigners = signers.filter((s) => s.kind === 'gpg');
        const keylessSigners = signers.filter((s) => s.kind === 'keyless');
        if (rule.require === 'any' && keylessSigners.length > 0 && signers.length > 1) {
            refuse('containers policy.json', rule, `a choice between keyless signer "${keylessSigners[0]?.name}" and other signers`, 'policy.json requires every listed requirement; split the rule by image pattern or use require: all');
        }
        if ((keySigners.length > 0 || keylessSigners.length > 0) && rule.signatureRepository) {
            refuse('containers policy.json', rule, 'signatures kept in another repository', 'containers/image reads `.sig` attachments only next to the image');
        }
        if (rule.require === 'any' && keySigners.length > 0 && gpgSigners.length > 0) {
            refuse('containers policy.json', rule, 'a choice between a cosign key and a GPG keyring', 'policy.json requires every listed requirement; split the rule by image pattern or use require: all');
        }
        const lookasides = [...new Set(gpgSigners.map((s) => readUrl(s.lookaside)))];
        if (lookasides.length > 1) {
            refuse('containers policy.json', rule, `GPG signers with different lookasides (${lookasides.join(', ')})`, 'containers/image reads one lookaside per scope; publish the signatures to one store');
        }
        const keys = await Promise.all(keySigners.map(async (s) => containers_b64((0,generate/* publicKeyPem */.rY)(await loadVerificationKey(s.key)))));
        const keyrings = await Promise.all(gpgSigners.map(async (s) => binaryKeyring(await loadPublicKeyring(s.keyring))));
        const fulcio = await Promise.all(keylessSigners.map((s) => fulcioRequirement(s, notes)));
        // cosign signs the repository without a tag, so only matchRepository can accept it.
        const sigstore = (keyData) => keyData.length === 1
            ? { type: 'sigstoreSigned', keyData: keyData[0], signedIdentity: { type: 'matchRepository' } }
            : { type: 'sigstoreSigned', keyDatas: keyData, signedIdentity: { type: 'matchRepository' } };
        // signet signs GPG identities as containers/image does, so the default matchRepoDigestOrExact holds.
        const signedBy = (keyring) => ({ type: 'signedBy', keyType: 'GPGKeys', keyData: Buffer.from(keyring).toString('base64') });
        const requirements = rule.require === 'all'
            ? [...keys.map((k) => sigstore([k])), ...keyrings.map(signedBy), ...fulcio]
            : fulcio.length > 0
                ? fulcio
                : keys.length > 0
                    ? [sigstore(keys)]
                    : [signedBy(Buffer.concat(keyrings))]; // one keyring holding every accepted key
        for (const scope of scopesOf(rule)) {
            if (docker[scope])
                refuse('containers policy.json', rule, `scope ${scope}, already used by an earlier rule`, 'containers/image applies exactly one requirement list per scope; merge the rules');
            docker[scope] = requirements;
            registries[scope] = {
                ...(keys.length > 0 || fulcio.length > 0 ? { 'use-sigstore-attachments': true } : {}),
                // `sigstore` rather than `lookaside`: containers/image >= 5.24 reads both, the 5.2x in
                // Debian bookworm's skopeo and older CRI-O only `sigstore`.
                ...(lookasides[0] ? { sigstore: lookasides[0] } : {}),
            };
        }
    }
    const accept = [{ type: 'insecureAcceptAnything' }];
    const policyDoc = {
        default: options.unmatched === 'reject' ? [{ type: 'reject' }] : accept,
        transports: {
            docker,
            // Images already in local storage were checked when they were pulled.
            'docker-daemon': { '': accept },
        },
    };
    const policyJson = `${JSON.stringify(policyDoc, null, 2)}\n`;
    const registriesDFile = `signet-${policy.name}.yaml`;
    const registriesDYaml = (0,yaml_dist/* stringify */.As)({ docker: registries });
    const mc = machineConfig(`signet-${policy.name}`, role, [
        ignitionFile('/etc/containers/policy.json', policyJson),
        ignitionFile(`/etc/containers/registries.d/${registriesDFile}`, registriesDYaml),
    ]);
    return { policyJson, registriesDFile, registriesDYaml, machineConfigYaml: (0,yaml_dist/* stringify */.As)(mc), dropped, notes: [...new Set(notes)] };
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
        throw (0,src_errors/* usageError */.Wp)('empty --sign-by', 'pass a secret key file, env://VAR, or a gpg key ID or fingerprint');
    if (value.startsWith('env://')) {
        const variable = value.slice('env://'.length);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable))
            throw (0,src_errors/* usageError */.Wp)(`invalid --sign-by "${value}"`, 'use env://VARIABLE_NAME');
        return { kind: 'env', variable };
    }
    if (value.startsWith('gpg://')) {
        const keyId = value.slice('gpg://'.length);
        if (keyId === '' || /\s/.test(keyId))
            throw (0,src_errors/* usageError */.Wp)(`invalid --sign-by "${value}"`, 'use gpg://KEYID, gpg://FINGERPRINT or gpg://user@example.com');
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
                    throw (0,src_errors/* usageError */.Wp)(`secret key file ${spec.path} does not exist`, 'pass --sign-by with a secret key file, env://VAR, or a gpg key ID');
                throw new src_errors/* SignetError */.Tj('io', `cannot read ${spec.path}: ${code ?? e.message}`, { cause: e });
            }
            return openpgpSigner(await parseSecretKey(bytes, spec.path, options.passphrase), spec.path);
        }
        case 'env': {
            const value = env[spec.variable];
            if (!value)
                throw (0,src_errors/* usageError */.Wp)(`environment variable ${spec.variable} is not set or empty`, 'set it to an armored OpenPGP secret key');
            const where = `env://${spec.variable}`;
            return openpgpSigner(await parseSecretKey(Buffer.from(value), where, options.passphrase), where);
        }
        case 'gpg': {
            const binary = options.gpgBinary ?? 'gpg';
            await checkGpgSecretKey(binary, spec.keyId, env);
            return gpgBinarySigner(spec.keyId, binary, options.gpgPassphrase, env);
        }
    }
}
function openpgpSigner(key, source) {
    return {
        description: `${source} (${fingerprintOf(key)})`,
        async sign(payload) {
            const message = await (await openpgp()).createMessage({ binary: payload });
            return (await openpgp()).sign({ message, signingKeys: key, format: 'binary' });
        },
    };
}
function runGpg(binary, args, env, input, passphrase) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(binary, args, { env, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
        const out = [];
        let stderr = '';
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', (e) => {
            reject(e.code === 'ENOENT'
                ? (0,src_errors/* usageError */.Wp)('gpg is not installed', 'install gnupg, or pass --sign-by with an armored secret key file')
                : new src_errors/* SignetError */.Tj('io', `cannot run gpg: ${e.message}`, { cause: e }));
        });
        child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
        const fd3 = child.stdio[3];
        fd3?.on('error', () => undefined);
        fd3?.end(passphrase !== undefined ? `${passphrase}\n` : '');
        // gpg may exit before reading stdin (e.g. unknown key); 'close' reports why.
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? Buffer.alloc(0));
    });
}
/** Fails before any image is touched when gpg has no secret key by that name. */
async function checkGpgSecretKey(binary, keyId, env) {
    const r = await runGpg(binary, ['--batch', '--no-tty', '--with-colons', '--list-secret-keys', '--', keyId], env);
    if (r.code !== 0 || !r.stdout.toString().split('\n').some((l) => l.startsWith('sec:'))) {
        throw (0,src_errors/* usageError */.Wp)(`gpg cannot sign with key ${keyId}: ${gpgReason(r.stderr)}`, 'check `gpg --list-secret-keys` (and GNUPGHOME) for that key ID or fingerprint');
    }
}
/** Last meaningful gpg status line: enough to act on, never key material. */
function gpgReason(stderr) {
    const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('gpg: using'));
    return (lines[lines.length - 1] ?? 'no output').replace(/^gpg: /, '');
}
function gpgBinarySigner(keyId, binary, passphrase, env) {
    return {
        description: `gpg key ${keyId}`,
        async sign(payload) {
            const args = ['--batch', '--no-tty', '--sign', '--local-user', keyId, '--output', '-'];
            // Loopback pinentry with the passphrase on fd 3: never in argv or the environment of gpg.
            if (passphrase !== undefined)
                args.unshift('--pinentry-mode', 'loopback', '--passphrase-fd', '3');
            const r = await runGpg(binary, args, env, payload, passphrase);
            if (r.code === 0 && r.stdout.length > 0)
                return r.stdout;
            const reason = gpgReason(r.stderr);
            if (/no secret key|secret key not available|unusable/i.test(r.stderr)) {
                throw (0,src_errors/* usageError */.Wp)(`gpg cannot sign with key ${keyId}: ${reason}`, 'check `gpg --list-secret-keys` (and GNUPGHOME) for that key ID or fingerprint');
            }
            throw (0,src_errors/* usageError */.Wp)(`gpg failed to sign with key ${keyId}: ${reason}`, /passphrase|pinentry|inappropriate ioctl/i.test(r.stderr) ? 'set SIGNET_GPG_PASSPHRASE or unlock the key in gpg-agent' : 'run the same gpg command by hand to see why');
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/gpg/index.ts




// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
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

;// CONCATENATED MODULE: ./packages/core/src/lookaside/index.ts










;// CONCATENATED MODULE: ./packages/core/src/index.ts
/** @signet/core: the engine. No CLI or CI knowledge lives here. */









































;// CONCATENATED MODULE: ./actions/common/inputs.ts
/**
 * Action inputs shared by the sign and verify steps. Names mirror the CLI flags so a workflow
 * reads like the command line it replaces.
 */


/** A multi-line input: one entry per line, blank lines and `#` comments ignored. */
function listInput(name) {
    return core/* getInput */.V4(name)
        .split('\n')
        .map((l) => l.replace(/#.*$/, '').trim())
        .filter(Boolean);
}
function boolInput(name, fallback) {
    const raw = core/* getInput */.V4(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (['true', 'yes', '1'].includes(raw))
        return true;
    if (['false', 'no', '0'].includes(raw))
        return false;
    throw (0,src_errors/* usageError */.Wp)(`input ${name} must be true or false, got "${raw}"`);
}
/**
 * The images to work on: the `images` list, and/or `image` + `digest` as
 * docker/build-push-action outputs them (a tag on `image` is dropped: the digest is signed).
 */
function imagesInput() {
    const images = listInput('images');
    const image = core/* getInput */.V4('image').trim();
    const digest = core/* getInput */.V4('digest').trim();
    if (digest && !image)
        throw (0,src_errors/* usageError */.Wp)('input digest needs image', 'pass image: REGISTRY/REPO with digest: ${{ steps.build.outputs.digest }}');
    if (image && digest) {
        const ref = parseReference(image);
        if (ref.digest && ref.digest !== digest)
            throw (0,src_errors/* usageError */.Wp)(`input image ${image} names another digest than input digest ${digest}`);
        images.push(formatReference({ registry: ref.registry, repository: ref.repository, digest }));
    }
    else if (image) {
        images.push(image);
    }
    if (images.length === 0)
        throw (0,src_errors/* usageError */.Wp)('no images given', 'set images (one ref@digest per line) or image + digest');
    return [...new Set(images)];
}
/** `key=value` lines (annotations). */
function keyValueInput(name) {
    const out = {};
    for (const line of listInput(name)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw (0,src_errors/* usageError */.Wp)(`input ${name}: "${line}" is not key=value`);
        out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/common/secrets.ts
/**
 * Secrets reach the engine through this process's environment only: never argv (visible in
 * the process list), never a file on the runner disk, and every value is masked in the log.
 */

/** Masks a value in the job log; multi-line values (PEM keys) are masked line by line. */
function mask(value) {
    if (!value)
        return;
    core/* setSecret */.Pq(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 4)
            core/* setSecret */.Pq(line.trim());
}
/** Env var through which key material pasted into `key` reaches the engine (`env://`). */
const INLINE_KEY_VARIABLE = 'SIGNET_ACTION_KEY';
/**
 * The `key` input as a key reference. PEM material pasted from a secret is passed as
 * `env://` so it never touches the disk; an `env://VAR` reference gets VAR's value masked.
 */
function keyReference(input) {
    const key = input.trim();
    if (!key)
        return undefined;
    if (key.includes('-----BEGIN')) {
        mask(key);
        process.env[INLINE_KEY_VARIABLE] = key;
        return `env://${INLINE_KEY_VARIABLE}`;
    }
    if (key.startsWith('env://'))
        mask(process.env[key.slice('env://'.length)]);
    return key;
}
/** Passes a secret input to the engine under the environment variable it reads. */
function secretToEnv(input, variable) {
    const value = core/* getInput */.V4(input);
    if (!value)
        return;
    mask(value);
    process.env[variable] = value;
}
/** Tokens the engine may read from the environment (Vault, lookaside credentials): masked too. */
function maskKnownSecrets() {
    for (const name of ['VAULT_TOKEN', 'COSIGN_PASSWORD', 'SIGNET_REGISTRY_PASSWORD', 'SIGNET_LOOKASIDE_PASSWORD', 'SIGNET_GPG_PASSPHRASE']) {
        mask(process.env[name]);
    }
}
/** Registry credentials and the signature repository, shared by both steps. */
function registryInputsToEnv() {
    secretToEnv('registry-password', 'SIGNET_REGISTRY_PASSWORD');
    const username = core/* getInput */.V4('registry-username');
    if (username)
        process.env.SIGNET_REGISTRY_USERNAME = username;
    const signatureRepository = core/* getInput */.V4('signature-repository');
    if (signatureRepository)
        process.env.COSIGN_REPOSITORY = signatureRepository;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var esm = __webpack_require__(44342);
;// CONCATENATED MODULE: ./packages/cli/src/keysources.ts
/**
 * The one place remote key sources are registered. Their clients (@kubernetes/client-node,
 * node-vault) are loaded on first use of a k8s:// or hashivault:// reference: every front end
 * (CLI, Actions) supports them, and runs with a key file never pay for loading them.
 */

let k8s;
let vault;
function k8sKeys() {
    k8s ??= __webpack_require__.e(/* import() */ 703).then(__webpack_require__.bind(__webpack_require__, 23703)).then((m) => new m.K8sKeySource());
    return k8s;
}
function vaultKeys() {
    vault ??= Promise.all(/* import() */[__webpack_require__.e(835), __webpack_require__.e(33), __webpack_require__.e(130)]).then(__webpack_require__.bind(__webpack_require__, 44130)).then((m) => new m.VaultKeySource());
    return vault;
}
function lazy(load) {
    return {
        signer: async (ref, options) => (await load()).signer(ref, options),
        publicKey: async (ref, options) => (await load()).publicKey(ref, options),
    };
}
KeySources.k8s = lazy(k8sKeys);
KeySources.hashivault = lazy(vaultKeys);

// EXTERNAL MODULE: ./node_modules/.pnpm/read@4.1.0/node_modules/read/dist/esm/read.js
var read = __webpack_require__(90254);
;// CONCATENATED MODULE: ./packages/cli/src/password.ts
/**
 * Passwords come from COSIGN_PASSWORD (cosign's variable, so existing CI secrets work) or
 * SIGNET_PASSWORD, else from a prompt when a person is at the terminal. Never from argv,
 * where the process list would show them.
 */


function passwordFromEnv(env = process.env) {
    return env.COSIGN_PASSWORD ?? env.SIGNET_PASSWORD;
}
async function password_prompt(message) {
    return (0,read/* read */.L)({ prompt: message, silent: true, replace: '', output: process.stderr });
}
function keyPassword(what) {
    return async () => {
        const fromEnv = passwordFromEnv();
        if (fromEnv !== undefined)
            return fromEnv;
        if (!process.stdin.isTTY)
            throw (0,src_errors/* usageError */.Wp)(`${what} is encrypted and no password was given`, 'set COSIGN_PASSWORD');
        return password_prompt(`Enter password for ${what}: `);
    };
}
async function newKeyPassword() {
    const fromEnv = passwordFromEnv();
    if (fromEnv !== undefined)
        return fromEnv;
    if (!process.stdin.isTTY)
        throw (0,src_errors/* usageError */.Wp)('no password for the new key', 'set COSIGN_PASSWORD (it may be empty) or run in a terminal');
    const first = await password_prompt('Enter password for private key: ');
    const again = await password_prompt('Enter password for private key again: ');
    if (first !== again)
        throw (0,src_errors/* usageError */.Wp)('passwords do not match', 'run the command again');
    return first;
}

;// CONCATENATED MODULE: ./packages/cli/src/context.ts
/** Builds the engine's shared state (one registry client, credentials, logger) from flags and env. */


/** The registry flags every command that talks to registries shares. */
function addRegistryOptions(command) {
    return command
        .option('--allow-http-registry', 'use plain HTTP for the registries named in this command')
        .option('--registry-username <name>', 'registry user (default: docker config.json / credential helpers)')
        .option('--registry-password <password>', 'registry password; prefer SIGNET_REGISTRY_PASSWORD (argv is visible to other users)')
        .option('--request-timeout <duration>', 'give up on one registry request after this long (then retried), e.g. 30s, 2m', parseDuration);
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
        const target = parseTarget(image);
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
    });
    return {
        registry,
        logger: stderrLogger,
        signatureRepository,
        close: () => registry.close(),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/keys.ts





async function writeKeyFiles(prefix, privateKeyPem, publicKeyPem, force) {
    const flag = force ? 'w' : 'wx';
    try {
        // 0600 from the first byte: the encrypted key is still a secret worth guarding.
        await (0,promises_.writeFile)(`${prefix}.key`, privateKeyPem, { mode: 0o600, flag });
        await (0,promises_.chmod)(`${prefix}.key`, 0o600);
        await (0,promises_.writeFile)(`${prefix}.pub`, publicKeyPem, { mode: 0o644, flag });
    }
    catch (e) {
        if (e.code === 'EEXIST') {
            throw (0,src_errors/* usageError */.Wp)(`${prefix}.key or ${prefix}.pub already exists`, 'pass --force to overwrite, or choose --output-key-prefix');
        }
        throw new src_errors/* SignetError */.Tj('io', `cannot write ${prefix}.key: ${e.message}`);
    }
    stderrLogger.info(`Private key written to ${prefix}.key\nPublic key written to ${prefix}.pub`);
}
async function writePublicKey(prefix, pem, force) {
    try {
        await (0,promises_.writeFile)(`${prefix}.pub`, pem, { mode: 0o644, flag: force ? 'w' : 'wx' });
    }
    catch (e) {
        if (e.code === 'EEXIST') {
            throw (0,src_errors/* usageError */.Wp)(`${prefix}.pub already exists (the key itself was stored)`, 'pass --force to overwrite, or choose --output-key-prefix');
        }
        throw new src_errors/* SignetError */.Tj('io', `cannot write ${prefix}.pub: ${e.message}`);
    }
    stderrLogger.info(`Public key written to ${prefix}.pub`);
}
function registerKeys(program) {
    program
        .command('generate-key-pair')
        .summary('create cosign.key (encrypted, cosign format) and cosign.pub')
        .description('Generates an ECDSA P-256 key pair. The private key is encrypted with the password from\nCOSIGN_PASSWORD (may be empty) or a prompt, in cosign\'s format, so cosign can use it too.\n' +
        'With k8s://NS/NAME the pair goes into an immutable Secret (cosign.key, cosign.password, cosign.pub);\n' +
        'with hashivault://NAME an ecdsa-p256 Vault transit key is created instead. cosign.pub is written either way.')
        .argument('[destination]', 'k8s://NAMESPACE/NAME or hashivault://KEY instead of local files')
        .option('--output-key-prefix <name>', 'file name prefix', 'cosign')
        .option('-f, --force', 'overwrite existing files; replace an existing Secret; rotate an existing transit key')
        .action(async (destination, flags) => {
        const force = flags.force ?? false;
        const ref = destination === undefined ? undefined : parseKeyRef(destination);
        if (ref && ref.kind !== 'k8s' && ref.kind !== 'hashivault') {
            throw (0,src_errors/* usageError */.Wp)(`generate-key-pair cannot store keys in ${destination}`, 'use k8s://NS/NAME, hashivault://NAME, or --output-key-prefix for files');
        }
        if (ref?.kind === 'hashivault') {
            // The private key never leaves Vault; only the public key is written, as cosign does.
            const created = await (await vaultKeys()).createKey(ref, force);
            await writePublicKey(flags.outputKeyPrefix, (0,keys/* publicKeyPem */.rY)(created.publicKey), force);
            stderrLogger.info(`Transit key ${destination} is at version ${created.version}`);
            return;
        }
        const password = await newKeyPassword();
        const pair = await (0,keys/* generateCosignKeyPair */._k)(password);
        if (ref?.kind === 'k8s') {
            await (await k8sKeys()).storeKeyPair(ref, { ...pair, password }, force);
            stderrLogger.info(`Successfully created secret ${ref.name} in namespace ${ref.namespace}`);
            await writePublicKey(flags.outputKeyPrefix, pair.publicKeyPem, force);
            return;
        }
        await writeKeyFiles(flags.outputKeyPrefix, pair.privateKeyPem, pair.publicKeyPem, force);
    });
    program
        .command('import-key-pair')
        .summary('turn a PEM private key (RSA, ECDSA, Ed25519) into cosign\'s encrypted format')
        .requiredOption('-k, --key <file>', 'PEM private key (PKCS#8, PKCS#1 or SEC1)')
        .option('--output-key-prefix <name>', 'file name prefix', 'import-cosign')
        .option('-f, --force', 'overwrite existing files')
        .action(async (flags) => {
        let pem;
        try {
            pem = await (0,promises_.readFile)(flags.key, 'utf8');
        }
        catch {
            throw (0,src_errors/* usageError */.Wp)(`cannot read ${flags.key}`, 'pass the path of a PEM private key');
        }
        const newPassword = await newKeyPassword();
        const pair = await (0,keys/* importKeyPair */.pF)(pem, { source: flags.key, password: keyPassword(flags.key), newPassword });
        await writeKeyFiles(flags.outputKeyPrefix, pair.privateKeyPem, pair.publicKeyPem, flags.force ?? false);
    });
}

// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(38321);
;// CONCATENATED MODULE: ./packages/cli/src/images.ts
/** Images to work on: arguments, `--images-file FILE` (one per line, # comments), `-` for stdin. */



function lines(content) {
    return content
        .split('\n')
        .map((l) => l.replace(/#.*$/, '').trim())
        .filter(Boolean);
}
async function collectImages(args, imagesFile) {
    const images = [];
    for (const arg of args) {
        if (arg === '-')
            images.push(...lines(await (0,consumers_.text)(process.stdin)));
        else
            images.push(arg);
    }
    if (imagesFile) {
        try {
            images.push(...lines(imagesFile === '-' ? await (0,consumers_.text)(process.stdin) : await (0,promises_.readFile)(imagesFile, 'utf8')));
        }
        catch (e) {
            throw (0,src_errors/* usageError */.Wp)(`cannot read --images-file ${imagesFile}: ${e.code ?? String(e)}`);
        }
    }
    if (images.length === 0)
        throw (0,src_errors/* usageError */.Wp)('no images given', 'pass IMAGE@DIGEST arguments, --images-file FILE, or - to read them from stdin');
    return [...new Set(images)];
}
function parseConcurrency(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 256)
        throw (0,src_errors/* usageError */.Wp)(`--concurrency must be an integer from 1 to 256, got "${value}"`);
    return n;
}

;// CONCATENATED MODULE: ./packages/cli/src/progress.ts
function createProgress(stream = process.stderr) {
    const tty = Boolean(stream.isTTY) && !process.env.CI;
    let drawn = false;
    return {
        item(done, total, line) {
            if (total <= 1) {
                stream.write(`${line}\n`);
                return;
            }
            if (!tty) {
                stream.write(`[${done}/${total}] ${line}\n`);
                return;
            }
            const width = 30;
            const filled = Math.round((done / total) * width);
            const bar = `${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}`;
            stream.write(`\r\x1b[K[${bar}] ${done}/${total} ${line.slice(0, Math.max(0, (stream.columns ?? 100) - width - 20))}`);
            drawn = true;
        },
        finish() {
            if (drawn)
                stream.write('\n');
        },
    };
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
function errorLine(e) {
    return (0,src_errors/* isSignetError */.$1)(e) ? e.oneLine() : `unexpected failure: ${e?.message ?? String(e)}`;
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

;// CONCATENATED MODULE: ./packages/cli/src/options.ts
/** Option parsers shared by commands, matching cosign's (pflag) spellings. */

/** pflag booleans: `--upload`, `--upload=false`, `--upload=true`. */
function parseBool(value) {
    if (value === undefined || value === '' || value === 'true' || value === '1')
        return true;
    if (value === 'false' || value === '0')
        return false;
    throw new esm/* InvalidArgumentError */.Di(`expected true or false, got "${value}"`);
}
function collectKeyValue(value, previous) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw new esm/* InvalidArgumentError */.Di(`annotation "${value}" must be key=value`);
    return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}
function collect(value, previous) {
    return [...previous, value];
}

;// CONCATENATED MODULE: ./packages/cli/src/lookaside-options.ts
/** Options shared by the GPG / lookaside paths of sign and verify. */




/** --lookaside, else SIGNET_LOOKASIDE; the store is opened once for the whole batch. */
function lookasideStore(flag, required) {
    const url = flag ?? process.env.SIGNET_LOOKASIDE;
    if (!url) {
        if (!required)
            return undefined;
        throw (0,src_errors/* usageError */.Wp)('no lookaside store given', 'pass --lookaside file:///DIR, https://HOST/PATH or sigserver+https://HOST (or set SIGNET_LOOKASIDE)');
    }
    // Fewer attempts than registry calls: lookaside servers are simple and a dead one should fail fast.
    return openLookasideStore(url, { logger: stderrLogger, userAgent: 'signet/0.1', retry: { maxAttempts: 3 } });
}
function fileExists(path) {
    return (0,external_node_fs_.existsSync)(path);
}
/** SIGNET_GPG_PASSPHRASE, else a prompt on a terminal; never argv. */
function gpgPassphrase(what) {
    return async () => {
        const fromEnv = process.env.SIGNET_GPG_PASSPHRASE;
        if (fromEnv !== undefined)
            return fromEnv;
        if (!process.stdin.isTTY)
            throw (0,src_errors/* usageError */.Wp)(`the OpenPGP key in ${what} is passphrase-protected and no passphrase was given`, 'set SIGNET_GPG_PASSPHRASE');
        return (0,read/* read */.L)({ prompt: `Enter passphrase for ${what}: `, silent: true, replace: '', output: process.stderr });
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/sign-gpg.ts
/**
 * `signet sign --sign-by`: containers/image simple signing (GPG) into a lookaside store, for
 * CRI-O, podman and OpenShift nodes that verify with a signedBy policy.
 */






async function signWithGpg(inputs, flags, report) {
    if (Object.keys(flags.annotations).length > 0) {
        throw (0,src_errors/* usageError */.Wp)('--annotations cannot be used with --sign-by', 'containers/image signatures carry no annotations; drop -a');
    }
    if (flags.cert)
        throw (0,src_errors/* usageError */.Wp)('--cert cannot be used with --sign-by', 'GPG signatures are trusted through the keyring, not certificates');
    if (flags.recursive)
        throw (0,src_errors/* usageError */.Wp)('--recursive is not supported with --sign-by yet', 'sign each platform manifest by digest');
    // Parse every reference before loading the key, so a typo fails before a passphrase prompt.
    for (const input of inputs)
        lookasideReference(input);
    const store = lookasideStore(flags.lookaside, flags.upload);
    const spec = parseSignBy(flags.signBy, fileExists);
    const signer = await loadGpgSigner(spec, {
        passphrase: gpgPassphrase(flags.signBy),
        gpgPassphrase: process.env.SIGNET_GPG_PASSPHRASE,
    });
    const ctx = createContext(inputs, flags);
    const progress = createProgress();
    try {
        const outcomes = await runBatch(inputs, flags.concurrency, async (input) => {
            const image = await openImage(input, ctx);
            const result = await signAtomic(lookasideReference(input), image.digest, {
                signer,
                store: flags.upload ? store : undefined,
                identity: flags.signContainerIdentity,
            });
            if (flags.outputSignature)
                await (0,promises_.writeFile)(flags.outputSignature, result.signature);
            if (flags.outputPayload)
                await (0,promises_.writeFile)(flags.outputPayload, result.payload);
            return result;
        }, (outcome, done, total) => {
            if (!outcome.ok)
                return progress.item(done, total, `FAILED ${outcome.item}: ${errorLine(outcome.error)}`);
            const r = outcome.value;
            progress.item(done, total, r.stored ? `Signed ${r.image} as ${r.identity} -> ${r.stored.location}` : `Signed ${r.image} as ${r.identity} (not uploaded)`);
        });
        progress.finish();
        const failed = outcomes.filter((o) => !o.ok);
        report?.signed.push(...outcomes.flatMap((o) => o.ok ? [{ image: o.value.image, digest: o.value.image.slice(o.value.image.lastIndexOf('@') + 1), location: o.value.stored?.location, appended: o.value.stored !== undefined, format: 'simple-signing', identity: o.value.identity }] : []));
        if (inputs.length > 1 || failed.length > 0) {
            stderrLogger.info(`Summary: ${inputs.length - failed.length}/${inputs.length} image(s) signed with ${signer.description}, ${failed.length} failed`);
        }
        throwIfFailed(failed.flatMap((f) => (f.ok ? [] : [{ item: f.item, error: f.error }])));
    }
    finally {
        await ctx.close();
        await store?.close();
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/run-report.ts
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
            if (report && (0,src_errors/* isSignetError */.$1)(e))
                Object.assign(report, { error: e.oneLine(), exitCode: e.exitCode });
            throw e;
        }
        finally {
            if (flags.report && report) {
                await (0,promises_.writeFile)(flags.report, `${JSON.stringify({ signed: report.signed, verified: report.verified, ...(report.error ? { error: report.error } : {}) }, null, 2)}\n`);
            }
        }
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/sign.ts










/** `--format`, with cosign v3's `--new-bundle-format[=bool]` as an alias (true: bundle, false: legacy). */
function signatureFormat(flags) {
    if (flags.format !== undefined && !SIGNATURE_FORMATS.includes(flags.format)) {
        throw (0,src_errors/* usageError */.Wp)(`--format must be one of ${SIGNATURE_FORMATS.join(', ')}, not "${flags.format}"`);
    }
    const alias = flags.newBundleFormat === undefined ? undefined : flags.newBundleFormat ? 'bundle' : 'legacy';
    if (flags.format !== undefined && alias !== undefined && flags.format !== alias) {
        throw (0,src_errors/* usageError */.Wp)(`--new-bundle-format=${String(flags.newBundleFormat)} contradicts --format ${flags.format}`, 'pass only --format');
    }
    return flags.format ?? alias ?? 'legacy';
}
/** Confirmations mostly wait; many can wait at once. */
const CONFIRM_CONCURRENCY = 64;
function registerSign(program, report) {
    addRegistryOptions(program.command('sign'))
        .summary('sign image digests and store the signatures in cosign\'s format')
        .description('Signs each IMAGE by digest with the key and appends the signature to the image\'s\n' +
        '`sha256-<hex>.sig` manifest (in COSIGN_REPOSITORY when set). A tag is resolved to its\n' +
        'digest with a warning; the digest is what gets signed. Identical signatures are not\n' +
        'added twice, and other signers\' signatures are always kept.')
        .argument('[image...]', 'IMAGE@sha256:DIGEST, IMAGE:TAG, oci:DIR[:TAG], or - to read images from stdin')
        .option('--images-file <file>', 'read images from a file, one per line (# comments allowed)')
        .option('--concurrency <n>', 'images signed in parallel', parseConcurrency, 8)
        .option('-r, --recursive', 'for an image index, also sign every manifest it lists')
        .option('--format <format>', 'legacy (the `.sig` manifest: cosign v2, containers/image, Kyverno, policy-controller), bundle (a sigstore bundle referrer: cosign v3\'s default) or both; default legacy (bundle with --keyless)')
        .option('--new-bundle-format [bool]', 'cosign v3\'s spelling: true = --format bundle, false = --format legacy', parseBool)
        .option('--key <ref>', 'private key: a path, env://VAR, k8s://ns/name or hashivault://name')
        .option('--keyless', 'sign with an ephemeral key and a Fulcio certificate for your OIDC identity, logged in Rekor (default --format bundle; legacy: cosign v2\'s keyless .sig layout)')
        .option('--fulcio-url <url>', 'with --keyless: Fulcio (default https://fulcio.sigstore.dev)')
        .option('--rekor-url <url>', 'with --keyless or --tlog-upload: Rekor (default https://rekor.sigstore.dev)')
        .option('--timestamp-server-url <url>', 'with --keyless: also timestamp the signature at this RFC 3161 TSA (.../api/v1/timestamp)')
        .option('--trusted-root <file>', 'with --keyless: check each bundle against this sigstore trusted_root.json before publishing it')
        .option('--identity-token <jwt|file>', 'with --keyless: OIDC token (default SIGSTORE_ID_TOKEN, then the GitHub Actions runtime token)')
        .option('--sign-by <key>', 'GPG simple signing (containers/image): armored secret key file, env://VAR, or a gpg key ID/fingerprint (gpg://ID)')
        .option('--lookaside <url>', 'with --sign-by: where signatures go: file:///DIR, https://HOST/PATH (PUT) or sigserver+https://HOST')
        .option('-a, --annotations <key=value>', 'annotation for the payload\'s "optional" (repeatable)', collectKeyValue, {})
        .option('--upload [bool]', 'store the signature (false: only write --output-* files)', parseBool, true)
        .option('--output-signature <file>', 'write the base64 signature here (one image only)')
        .option('--output-payload <file>', 'write the signed payload here (one image only)')
        .option('--cert <file>', 'PEM certificate for the key; stored with the signature (codeSigning EKU required)')
        .option('--cert-chain <file>', 'PEM chain for --cert: parent intermediate first, root last')
        .option('--sign-container-identity <ref>', 'override critical.identity.docker-reference in the payload')
        .option('--tlog-upload [bool]', 'with --key: also log each signature in Rekor (hashedrekord for legacy, dsse for bundles), as cosign; default false for keys (keyless always logs)', parseBool, false)
        .option('-y, --yes', 'accepted for cosign compatibility; signet never prompts for confirmation')
        .addHelpText('after', '\nEnvironment: COSIGN_PASSWORD (key password), COSIGN_REPOSITORY (where signatures go),\n' +
        'DOCKER_CONFIG, SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD, SIGNET_INSECURE_REGISTRIES.\n' +
        'With --sign-by: SIGNET_GPG_PASSPHRASE, SIGNET_LOOKASIDE (default --lookaside),\n' +
        'SIGNET_LOOKASIDE_USERNAME/SIGNET_LOOKASIDE_PASSWORD or ~/.netrc (uploads).\n\n' +
        'Example:\n  COSIGN_PASSWORD=... signet sign --key cosign.key registry.example.com/app@sha256:<hex>')
        .option('--report <file>', 'also write what was signed as JSON to FILE (for CI results; written on failure too)')
        .action(withReportFile(report, async (images, flags, report) => {
        if (flags.tlogUpload && (flags.signBy || flags.cert)) {
            throw (0,src_errors/* usageError */.Wp)(`--tlog-upload is for cosign key signatures, not ${flags.signBy ? '--sign-by (GPG)' : '--cert signatures yet'}`, 'drop --tlog-upload');
        }
        if ([flags.key, flags.signBy, flags.keyless].filter(Boolean).length !== 1) {
            throw (0,src_errors/* usageError */.Wp)('pass exactly one of --key, --keyless or --sign-by', 'use --key for cosign key signatures, --keyless for Fulcio/Rekor, --sign-by for GPG signatures in a lookaside store');
        }
        if (flags.rekorUrl !== undefined && !flags.keyless && !flags.tlogUpload)
            throw (0,src_errors/* usageError */.Wp)('--rekor-url needs --keyless or --tlog-upload');
        const keylessOnly = { fulcioUrl: '--fulcio-url', timestampServerUrl: '--timestamp-server-url', trustedRoot: '--trusted-root', identityToken: '--identity-token' };
        for (const [flag, name] of Object.entries(keylessOnly)) {
            if (!flags.keyless && flags[flag] !== undefined)
                throw (0,src_errors/* usageError */.Wp)(`${name} needs --keyless`);
        }
        if (flags.keyless && flags.cert)
            throw (0,src_errors/* usageError */.Wp)('--cert cannot be combined with --keyless', 'Fulcio issues the certificate');
        if (flags.lookaside && !flags.signBy)
            throw (0,src_errors/* usageError */.Wp)('--lookaside needs --sign-by', 'cosign signatures are stored in the registry');
        // Keyless defaults to bundles, as cosign v3 (docs/decisions.md); legacy and both on request.
        const format = flags.keyless && flags.format === undefined && flags.newBundleFormat === undefined ? 'bundle' : signatureFormat(flags);
        if (format !== 'legacy' && (flags.signBy || flags.cert)) {
            throw (0,src_errors/* usageError */.Wp)(`--format ${format} is for key signatures only`, flags.signBy ? 'GPG signatures go to a lookaside store' : 'certificate-backed bundles are not supported yet; drop --cert or use --format legacy');
        }
        const inputs = await collectImages(images, flags.imagesFile);
        if ((flags.outputSignature || flags.outputPayload) && inputs.length !== 1) {
            throw (0,src_errors/* usageError */.Wp)('--output-signature/--output-payload need exactly one image');
        }
        if (flags.signBy)
            return signWithGpg(inputs, { ...flags, signBy: flags.signBy }, report);
        if (flags.registryPassword)
            stderrLogger.warn('--registry-password is visible in the process list; prefer SIGNET_REGISTRY_PASSWORD');
        if (flags.certChain && !flags.cert)
            throw (0,src_errors/* usageError */.Wp)('--cert-chain needs --cert', 'pass the signing certificate with --cert');
        const key = flags.key ?? '';
        const certificate = flags.cert ? await loadSigningCertificate(flags.cert, flags.certChain) : undefined;
        let signer;
        let keyless;
        let tlog;
        if (flags.keyless) {
            // One ephemeral key for the batch, as cosign; each image gets its certificate and entry.
            keyless = createKeylessSigner({
                fulcioURL: flags.fulcioUrl,
                rekorURL: flags.rekorUrl,
                timestampServerURL: flags.timestampServerUrl,
                identityToken: flags.identityToken,
                trustedRoot: flags.trustedRoot ? await loadTrustedRoot(flags.trustedRoot) : undefined,
            });
        }
        else {
            // One key load for the whole batch: a KMS round trip or scrypt per image would dominate.
            signer = await loadSigner(key, {
                password: keyPassword(key),
                ...(certificate ? { certificate: certificate.material } : {}),
            });
            if (certificate) {
                checkSigningCertificate({ leaf: certificate.leaf, chain: certificate.chain, publicKey: await signer.publicKey() });
            }
            // Off by default for keys (issue 10): a public log entry discloses the signing event.
            if (flags.tlogUpload)
                tlog = createKeyTlogSigner(signer, await signer.publicKey(), { rekorURL: flags.rekorUrl });
        }
        const ctx = createContext(inputs, flags);
        const progress = createProgress();
        try {
            const signOne = async (image) => {
                const result = await signImage(image, {
                    signer,
                    keyless,
                    tlog,
                    annotations: flags.annotations,
                    upload: flags.upload,
                    format,
                    deferConfirm: true,
                    logger: ctx.logger,
                    identity: flags.signContainerIdentity,
                });
                if (flags.outputSignature)
                    await (0,promises_.writeFile)(flags.outputSignature, Buffer.from(result.signature).toString('base64'));
                if (flags.outputPayload)
                    await (0,promises_.writeFile)(flags.outputPayload, result.payload);
                return result;
            };
            const outcomes = await runBatch(inputs, flags.concurrency, async (input) => {
                const image = await openImage(input, ctx);
                const targets = flags.recursive ? [image, ...(await childManifests(image))] : [image];
                const results = [];
                for (const target of targets)
                    results.push(await signOne(target));
                return results;
            }, (outcome, done, total) => {
                if (!outcome.ok)
                    return progress.item(done, total, `FAILED ${outcome.item}: ${errorLine(outcome.error)}`);
                const lines = outcome.value.flatMap((r) => !flags.upload
                    ? [`Signed ${r.image} (not uploaded)`]
                    : r.publications.map((p) => p.appended ? `Signed ${r.image} -> ${p.location}${format === 'both' ? ` (${p.format})` : ''}` : `${r.image} already carries this signature at ${p.location}; nothing added`));
                progress.item(done, total, lines.join('\n'));
            });
            progress.finish();
            // Confirm every write once the race window has passed: for a batch the early writes
            // are long settled by now, so this waits once, not per image.
            const confirmed = await runBatch(outcomes, CONFIRM_CONCURRENCY, async (outcome) => {
                if (!outcome.ok)
                    throw outcome.error;
                for (const result of outcome.value)
                    await result.confirm?.();
                return outcome.value;
            });
            const finalOutcomes = confirmed.map((c, i) => (c.ok ? c : { ...c, item: outcomes[i].item }));
            const failed = finalOutcomes.filter((o) => !o.ok);
            const signed = finalOutcomes.flatMap((o) => (o.ok ? o.value : []));
            report?.signed.push(...signed.map((r) => ({ image: r.image, digest: r.digest, location: r.location, appended: r.appended, format: 'cosign', identity: r.dockerReference })));
            if (inputs.length > 1 || failed.length > 0) {
                const appended = signed.filter((r) => r.appended).length;
                stderrLogger.info(`Summary: ${signed.length} signature(s) for ${inputs.length - failed.length}/${inputs.length} image(s): ${appended} added, ${signed.length - appended} already present, ${failed.length} failed`);
            }
            throwIfFailed(failed.flatMap((f) => (f.ok ? [] : [{ item: f.item, error: f.error }])));
        }
        finally {
            await ctx.close();
        }
    }));
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/triangulate.ts


function registerTriangulate(program) {
    addRegistryOptions(program.command('triangulate'))
        .summary('print where the signatures of an image live')
        .description('Prints the reference of the `.sig` manifest that holds IMAGE\'s signatures (honours COSIGN_REPOSITORY).')
        .argument('<image>', 'IMAGE@sha256:DIGEST, IMAGE:TAG, or oci:DIR[:TAG]')
        .action(async (input, flags) => {
        const ctx = createContext([input], flags);
        try {
            const image = await openImage(input, ctx);
            process.stdout.write(`${image.signatures.location(image.digest)}\n`);
        }
        finally {
            await ctx.close();
        }
    });
}

;// CONCATENATED MODULE: ./packages/cli/src/report.ts
function parseOutputFormat(value, isTty) {
    const format = value ?? (isTty ? 'text' : 'json');
    if (format !== 'json' && format !== 'text' && format !== 'junit') {
        throw new Error(`unknown output format "${format}": use json, text or junit`);
    }
    return format;
}
function jsonLines(results) {
    return results
        .filter((r) => r.ok)
        .map((r) => `${JSON.stringify(r.payloads)}\n`)
        .join('');
}
function textTable(results) {
    const rows = results.map((r) => [
        r.ok ? 'verified' : r.error ? 'ERROR' : 'NOT VERIFIED',
        r.image,
        r.rule ?? '',
        r.signers ? r.signers.map((s) => `${s.signer}${s.ok ? '✓' : '✗'}`).join(' ') : r.ok ? `${r.payloads.length} signature(s)` : '',
    ]);
    const header = ['RESULT', 'IMAGE', 'RULE', 'SIGNERS'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    const reasons = results.filter((r) => !r.ok).map((r) => `  ${r.image}: ${r.error ?? r.reason ?? 'not verified'}`);
    return [line(header), ...rows.map(line), ...(reasons.length ? ['', 'Why:', ...reasons] : [])].join('\n') + '\n';
}
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
/** JUnit XML as Jenkins, GitLab and the GitHub test-report actions read it: one testcase per image. */
function junit(results, suite = 'signet verify') {
    const failures = results.filter((r) => !r.ok && !r.error).length;
    const errors = results.filter((r) => r.error).length;
    const time = results.reduce((a, r) => a + r.seconds, 0);
    const cases = results.map((r) => {
        const attrs = `name="${xml(r.image)}" classname="${xml(r.rule ? `signet.${r.rule}` : 'signet')}" time="${r.seconds.toFixed(3)}"`;
        if (r.ok)
            return `    <testcase ${attrs}/>`;
        const tag = r.error ? 'error' : 'failure';
        const message = r.error ?? r.reason ?? 'not verified';
        const detail = r.signers?.map((s) => `${s.signer}: ${s.ok ? 'verified' : s.reason}`).join('\n') ?? message;
        return `    <testcase ${attrs}>\n      <${tag} message="${xml(message)}" type="${r.error ? 'error' : 'not-verified'}">${xml(detail)}</${tag}>\n    </testcase>`;
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xml(suite)}" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">`,
        `  <testsuite name="${xml(suite)}" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/verify-gpg.ts
/**
 * `signet verify --keyring`: checks containers/image GPG signatures in a lookaside store the
 * way a signedBy policy does (see core gpg/verify.ts for the identity rule).
 */





async function verifyWithKeyring(inputs, flags, report) {
    if (flags.key || flags.certChain)
        throw (0,src_errors/* usageError */.Wp)('--keyring cannot be combined with --key or --cert-chain', 'verify GPG and cosign signatures in separate runs');
    if (Object.keys(flags.annotations).length > 0)
        throw (0,src_errors/* usageError */.Wp)('--annotations cannot be used with --keyring', 'containers/image signatures carry no annotations');
    for (const input of inputs)
        lookasideReference(input);
    const keyring = await loadPublicKeyring(flags.keyring);
    const store = lookasideStore(flags.lookaside, true);
    const ctx = createContext(inputs, flags);
    const progress = createProgress();
    try {
        const outcomes = await runBatch(inputs, flags.concurrency, async (input) => {
            const image = await openImage(input, ctx);
            return verifyAtomic(lookasideReference(input), image.digest, store, keyring);
        }, (outcome, done, total) => {
            if (total <= 1)
                return;
            if (!outcome.ok)
                progress.item(done, total, `ERROR ${outcome.item}: ${errorLine(outcome.error)}`);
            else
                progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
        });
        progress.finish();
        for (const outcome of outcomes)
            if (outcome.ok)
                print(outcome.value, flags.output);
        report?.verified.push(...outcomes.map((o) => o.ok
            ? { input: o.item, image: o.value.image, ok: o.value.ok, reason: o.value.ok ? undefined : describeAtomicFailure(o.value, store.url), payloads: [], seconds: 0 }
            : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: errorLine(o.error), seconds: 0 }));
        const failures = outcomes.flatMap((o) => !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new src_errors/* SignetError */.Tj('verification', describeAtomicFailure(o.value, store.url)) }]);
        if (inputs.length > 1)
            stderrLogger.info(`Summary: ${inputs.length - failures.length}/${inputs.length} image(s) verified, ${failures.length} failed`);
        throwIfFailed(failures);
    }
    finally {
        await ctx.close();
        await store.close();
    }
}
function print(result, output) {
    for (const r of result.rejected)
        stderrLogger.info(`rejected signature-${r.index} of ${result.image}: ${r.reason}`);
    if (!result.ok)
        return;
    stderrLogger.info(`\nVerification for ${result.image} --\nThe following checks were performed on each of these signatures:\n` +
        '  - The signature was made by a key in the keyring\n  - The signed digest and identity match the image (matchRepoDigestOrExact)\n');
    if (output === 'json') {
        const docs = result.verified.map((v) => ({
            critical: { identity: { 'docker-reference': v.payload.dockerReference }, image: { 'docker-manifest-digest': v.payload.digest }, type: 'atomic container signature' },
            optional: { creator: v.payload.creator, timestamp: v.payload.timestamp },
            signedBy: v.signedBy,
        }));
        process.stdout.write(`${JSON.stringify(docs)}\n`);
    }
    else {
        for (const v of result.verified)
            process.stdout.write(`${result.image} signed as ${v.payload.dockerReference} by ${v.signedBy}\n`);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/verify.ts










/** What was checked, as cosign words it, for the trust the user gave. */
function checksFor(flags) {
    const trust = flags.policy
        ? 'The signatures were verified against the signers of the trust policy rule covering the image'
        : flags.trustedRoot && !flags.key
            ? 'The signatures were verified against a Fulcio certificate chaining to the trusted root, with the required identity and issuer, logged in the transparency log while the certificate was valid'
            : flags.certChain
                ? 'The signatures were verified against a certificate chaining to the given certificate chain, with the required identity'
                : flags.trustedRoot || process.env.SIGSTORE_REKOR_PUBLIC_KEY
                    ? flags.insecureIgnoreTlog === true
                        ? 'The signatures were verified against the specified public key (transparency log not checked: --insecure-ignore-tlog)'
                        : 'The signatures were verified against the specified public key\n  - Existence of the claims in the transparency log was verified offline'
                    : 'The signatures were verified against the specified public key';
    return `The following checks were performed on each of these signatures:\n  - The cosign claims were validated (digest, identity and annotations)\n  - ${trust}`;
}
function registerVerify(program, report) {
    addRegistryOptions(program.command('verify'))
        .summary('verify image signatures; exit 1 unless every image has a valid one')
        .description('For each IMAGE, finds the signatures in cosign\'s `.sig` layout and in sigstore bundle\n' +
        'referrers (cosign v3; Referrers API or the `sha256-<hex>` fallback index), in\n' +
        'COSIGN_REPOSITORY when set, and accepts one when it verifies with the key AND its payload names this digest and\n' +
        'repository AND it carries every -a annotation. Prints the accepted payloads as JSON\n' +
        '(one line per image, as cosign does). Exit codes: 0 verified, 1 not verified, 2 bad\n' +
        'input, 3 registry or I/O failure.')
        .argument('[image...]', 'IMAGE@sha256:DIGEST, IMAGE:TAG, oci:DIR[:TAG], or - to read images from stdin')
        .option('--images-file <file>', 'read images from a file, one per line (# comments allowed)')
        .option('--concurrency <n>', 'images verified in parallel', parseConcurrency, 8)
        .option('--key <ref>', 'public key: a path (PEM public key or certificate), env://VAR, k8s://ns/name, hashivault://name')
        .option('--keyring <file>', 'GPG simple signing (containers/image): OpenPGP public keyring, armored or binary')
        .option('--lookaside <url>', 'with --keyring: where signatures are: file:///DIR or https://HOST/PATH (default SIGNET_LOOKASIDE)')
        .option('--cert-chain <file>', 'trust certificate-backed signatures chaining to this root (intermediates first, root last)')
        .option('--certificate-identity <san>', 'required SAN (email or URI) of the signing certificate')
        .option('--certificate-identity-regexp <re>', 'regular expression a SAN must match')
        .option('--certificate-oidc-issuer <url>', 'required OIDC issuer (Fulcio extension) of the signing certificate')
        .option('--certificate-oidc-issuer-regexp <re>', 'regular expression the OIDC issuer must match')
        .option('--trusted-root <file>', 'keyless: sigstore trusted_root.json (Fulcio CA, Rekor key, CT logs, TSAs); with --certificate-identity* and --certificate-oidc-issuer*. With --key: the Rekor logs whose entry each signature must carry')
        .option('--insecure-ignore-sct [bool]', 'keyless: do not require an SCT even when the trusted root lists CT logs (--cert-chain never requires one)', parseBool)
        .option('-a, --annotations <key=value>', 'annotation the signature must carry (repeatable)', collectKeyValue, {})
        .option('--policy <file>', 'a TrustPolicy YAML: each image is checked against the rule covering it (see docs/trust-policy.md)')
        .option('-o, --output <format>', 'json (cosign-shaped payloads), text (a table) or junit (XML for CI test reports); default: text on a terminal, json otherwise')
        .option('--check-claims [bool]', 'check digest and identity claims (cosign default: true)', parseBool, true)
        .option('--insecure-ignore-tlog [bool]', 'with --key: do not require a Rekor entry even though a Rekor key is given (--trusted-root or SIGSTORE_REKOR_PUBLIC_KEY); without one, key signatures\' entries are not checked', parseBool)
        .option('--report <file>', 'also write what was verified as JSON to FILE (for CI results; written on failure too)')
        .action(withReportFile(report, async (images, flags, report) => {
        let output;
        try {
            output = parseOutputFormat(flags.output, Boolean(process.stdout.isTTY));
        }
        catch (e) {
            throw (0,src_errors/* usageError */.Wp)(e.message);
        }
        if (flags.keyring) {
            if (flags.key || flags.certChain || flags.policy)
                throw (0,src_errors/* usageError */.Wp)('--keyring cannot be combined with --key, --cert-chain or --policy', 'GPG lookaside signatures are checked on their own; a trust policy names keyrings per rule');
            if (output === 'junit')
                throw (0,src_errors/* usageError */.Wp)('--output junit needs --policy here', 'a trust policy rule can name a keyring and lookaside; the gate then writes JUnit');
            return verifyWithKeyring(await collectImages(images, flags.imagesFile), { ...flags, keyring: flags.keyring, output }, report);
        }
        if (flags.lookaside)
            throw (0,src_errors/* usageError */.Wp)('--lookaside needs --keyring', 'cosign signatures are read from the registry');
        // --trusted-root with --key names the Rekor logs whose entries key signatures must carry.
        const modes = [flags.key, flags.certChain, flags.policy, flags.trustedRoot && !flags.key].filter(Boolean).length;
        if (modes !== 1) {
            throw (0,src_errors/* usageError */.Wp)('pass exactly one of --key, --cert-chain, --trusted-root, --policy or --keyring', 'use --key for key signatures, --cert-chain for certificate-backed ones, --trusted-root with --certificate-identity and --certificate-oidc-issuer for keyless ones, --policy for a trust policy file, --keyring for GPG signatures in a lookaside');
        }
        if (flags.trustedRoot && !flags.key) {
            // As cosign: keyless verification without an identity AND an issuer would trust anyone Fulcio certifies.
            if (flags.certificateIdentity === undefined && flags.certificateIdentityRegexp === undefined)
                throw (0,src_errors/* usageError */.Wp)('--trusted-root needs --certificate-identity or --certificate-identity-regexp');
            if (flags.certificateOidcIssuer === undefined && flags.certificateOidcIssuerRegexp === undefined)
                throw (0,src_errors/* usageError */.Wp)('--trusted-root needs --certificate-oidc-issuer or --certificate-oidc-issuer-regexp');
        }
        const { check, close: closeGate } = await gateFor(flags);
        const inputs = await collectImages(images, flags.imagesFile);
        const ctx = createContext(inputs, flags);
        const progress = createProgress();
        try {
            const outcomes = await runBatch(inputs, flags.concurrency, async (input) => {
                const started = performance.now();
                const result = await check(input, ctx);
                return { ...result, seconds: (performance.now() - started) / 1000 };
            }, (outcome, done, total) => {
                if (total <= 1)
                    return;
                if (!outcome.ok)
                    progress.item(done, total, `ERROR ${outcome.item}: ${errorLine(outcome.error)}`);
                else
                    progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
            });
            progress.finish();
            // Results in input order, so the JSON lines match the list given.
            const results = outcomes.map((o) => o.ok ? o.value : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: errorLine(o.error), seconds: 0 });
            report?.verified.push(...results);
            if (output === 'json')
                process.stdout.write(jsonLines(results));
            else if (output === 'text')
                process.stdout.write(textTable(results));
            else
                process.stdout.write(junit(results));
            for (const r of results)
                if (r.ok)
                    stderrLogger.info(`Verification for ${r.image} --\n${checksFor(flags)}`);
            const failures = outcomes.flatMap((o) => !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new src_errors/* SignetError */.Tj('verification', o.value.reason ?? `${o.value.image}: not verified`) }]);
            if (inputs.length > 1) {
                stderrLogger.info(`Summary: ${inputs.length - failures.length}/${inputs.length} image(s) verified, ${failures.length} failed`);
            }
            throwIfFailed(failures);
        }
        finally {
            await closeGate();
            await ctx.close();
        }
    }));
}
/**
 * Key signatures and the transparency log, as cosign's `--insecure-ignore-tlog`: given a Rekor
 * key (`--trusted-root`, or cosign's SIGSTORE_REKOR_PUBLIC_KEY) an entry is required unless the
 * flag says to ignore it. Without a Rekor key nothing can be checked offline, and signet, unlike
 * cosign, does not look entries up online: the tlog is then not checked, as before.
 */
async function keyTlogTrust(publicKey, flags) {
    const rekorPublicKey = process.env.SIGSTORE_REKOR_PUBLIC_KEY || undefined;
    if (flags.insecureIgnoreTlog === true)
        return undefined;
    if (!flags.trustedRoot && !rekorPublicKey) {
        if (flags.insecureIgnoreTlog === false)
            throw (0,src_errors/* usageError */.Wp)('--insecure-ignore-tlog=false needs the Rekor log key', 'pass --trusted-root FILE or set SIGSTORE_REKOR_PUBLIC_KEY');
        return undefined;
    }
    return loadKeyTlogTrust(publicKey, { trustedRoot: flags.trustedRoot, rekorPublicKey });
}
/** One check per mode, built once for the whole batch (keys and policies are loaded once). */
async function gateFor(flags) {
    if (flags.policy) {
        const policy = await loadTrustPolicy(flags.policy);
        let evaluator;
        const check = async (input, ctx) => {
            evaluator ??= new PolicyEvaluator(policy, ctx, { openLookaside: (url) => lookasideStore(url, true) });
            const r = await evaluator.verify(input);
            return {
                input,
                image: r.image,
                ok: r.ok,
                reason: r.reason,
                payloads: r.signers.flatMap((s) => (s.ok ? (s.verification?.verified ?? []) : [])),
                rule: r.rule,
                signers: r.signers.map(({ signer, ok, reason }) => ({ signer, ok, reason })),
            };
        };
        return { check, close: async () => evaluator?.close() };
    }
    const publicKey = flags.key ? await loadVerificationKey(flags.key) : undefined;
    const tlog = publicKey ? await keyTlogTrust(publicKey, flags) : undefined;
    const certificates = flags.certChain
        ? await loadCertificateTrust(flags.certChain, {
            identity: flags.certificateIdentity,
            identityRegExp: flags.certificateIdentityRegexp,
            issuer: flags.certificateOidcIssuer,
            issuerRegExp: flags.certificateOidcIssuerRegexp,
        })
        : undefined;
    const identity = {
        identity: flags.certificateIdentity,
        identityRegExp: flags.certificateIdentityRegexp,
        issuer: flags.certificateOidcIssuer,
        issuerRegExp: flags.certificateOidcIssuerRegexp,
    };
    const keyless = flags.trustedRoot && !flags.key ? { trust: await loadTrustedRoot(flags.trustedRoot, { ignoreSct: flags.insecureIgnoreSct === true }), identity } : undefined;
    const check = async (input, ctx) => {
        const result = await verifyImage(await openImage(input, ctx, { checkDigestExists: false }), {
            publicKey,
            certificates,
            keyless,
            tlog,
            annotations: flags.annotations,
            checkIdentity: flags.checkClaims,
        });
        for (const r of result.rejected)
            stderrLogger.info(`rejected signature ${r.layerDigest.slice(0, 19)}…: ${r.reason}`);
        return { input, image: result.image, ok: result.ok, reason: result.ok ? undefined : describeFailure(result), payloads: result.verified };
    };
    return { check, close: async () => { } };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/demo.ts

/** Hidden helper for the README demo: puts a small real image into an OCI layout. */
function registerDemo(program) {
    program
        .command('demo-image', { hidden: true })
        .description('write a small demo image into an OCI layout and print its reference')
        .argument('<target>', 'oci:DIR[:TAG]')
        .action(async (input) => {
        const target = parseTarget(input);
        if (target.kind !== 'layout')
            throw (0,src_errors/* usageError */.Wp)(`${input} is not an OCI layout target`, 'use oci:DIR[:TAG]');
        const layout = await OciLayout.open(target.path, { create: true });
        const tag = target.tag ?? 'latest';
        const { digest } = await writeDemoImage(layout, tag);
        process.stdout.write(`oci:${target.path}@${digest}\n`);
    });
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/policy.ts







const TARGETS = ['kyverno', 'policy-controller', 'connaisseur', 'containers'];
function registerPolicy(program) {
    program
        .command('policy')
        .summary('generate Kyverno, policy-controller, Connaisseur or containers (CRI-O/podman) policies')
        .description('Writes ready-to-apply admission and node policies that accept exactly what\n' +
        '`signet verify --policy` accepts. Give a trust policy file (--policy), or describe one\n' +
        'rule inline: --key (repeatable) and/or --cert-chain with an identity, and IMAGE_PATTERNs\n' +
        'such as registry.example.com/team/** . A target that cannot express a requirement\n' +
        'refuses rather than generating a weaker policy.')
        .addArgument(new esm/* Argument */.ef('<target>', 'what to generate').choices(TARGETS))
        .argument('[pattern...]', 'image patterns for an inline rule (with --key / --cert-chain / --trusted-root)')
        .option('--policy <file>', 'TrustPolicy YAML (see docs/trust-policy.md)')
        .option('--key <ref>', 'inline rule: accepted public key (repeatable): path, env://, k8s://ns/name, hashivault://name', collect, [])
        .option('--cert-chain <file>', 'inline rule: accepted certificate chain (root last)')
        .option('--trusted-root <file>', 'inline rule: keyless signer, sigstore trusted_root.json of the Fulcio CA and logs (with --certificate-identity and --certificate-oidc-issuer, or their -regexp forms)')
        .option('--keyring <file>', 'inline rule: accepted OpenPGP public keyring for GPG signatures in a lookaside (with --lookaside)')
        .option('--lookaside <url>', 'inline rule: where nodes read the GPG signatures (https://…, file:///…)')
        .option('--certificate-identity <san>', 'inline rule: required certificate SAN')
        .option('--certificate-identity-regexp <re>', 'inline rule: regular expression for the SAN')
        .option('--certificate-oidc-issuer <url>', 'inline rule: required OIDC issuer')
        .option('--certificate-oidc-issuer-regexp <re>', 'inline rule: regular expression for the OIDC issuer')
        .addOption(new esm/* Option */.c$('--require <mode>', 'inline rule: any signer suffices, or all are needed').choices(['any', 'all']).default('any'))
        .option('-a, --annotations <key=value>', 'inline rule: annotation signatures must carry (repeatable)', collectKeyValue, {})
        .option('--signature-repository <repo>', 'inline rule: where signatures live (COSIGN_REPOSITORY)')
        .option('--name <name>', 'inline rule: policy name', 'release')
        .option('--audit', 'inline rule: report instead of rejecting (Kyverno Audit, policy-controller warn)')
        .option('-o, --out <path>', 'write to this file (for containers: this directory) instead of stdout')
        .addOption(new esm/* Option */.c$('--unmatched <action>', 'containers: images no rule covers').choices(['accept', 'reject']).default('accept'))
        .option('--role <role>', 'containers: MachineConfig pool role', 'worker')
        .addHelpText('after', '\nExamples:\n' +
        '  signet policy kyverno --policy trust.yaml > clusterpolicy.yaml\n' +
        '  signet policy policy-controller --key cosign.pub registry.example.com/team/**\n' +
        '  signet policy containers --policy trust.yaml --out node-config/\n' +
        '  signet policy containers --keyring ops.gpg --lookaside https://sigs.example.com registry.example.com/team/**\n' +
        '  signet policy kyverno --trusted-root trusted_root.json --certificate-identity release@example.com \\\n' +
        '      --certificate-oidc-issuer https://accounts.example.com registry.example.com/team/**')
        .action(async (target, patterns, flags) => {
        const policy = await trustPolicyFrom(patterns, flags);
        if (target === 'containers')
            return writeContainers(policy, flags);
        const generate = { kyverno: kyvernoPolicy, 'policy-controller': policyControllerPolicies, connaisseur: connaisseurValues }[target];
        const generated = await generate(policy);
        const text = render(target, policy, generated);
        if (flags.out)
            await (0,promises_.writeFile)(flags.out, text);
        else
            process.stdout.write(text);
    });
}
/** An inline rule goes through the same parser as a file, so both are validated alike. */
async function trustPolicyFrom(patterns, flags) {
    const inline = flags.key.length > 0 || flags.certChain !== undefined || flags.trustedRoot !== undefined || flags.keyring !== undefined;
    if (flags.certChain && flags.trustedRoot)
        throw (0,src_errors/* usageError */.Wp)('--cert-chain and --trusted-root cannot be combined', 'the certificate identity flags apply to one of them; write a trust policy file for both');
    if (Boolean(flags.keyring) !== Boolean(flags.lookaside))
        throw (0,src_errors/* usageError */.Wp)('--keyring and --lookaside go together', 'GPG signatures are found in a lookaside and checked with a keyring');
    if (flags.policy) {
        if (inline || patterns.length > 0)
            throw (0,src_errors/* usageError */.Wp)('--policy cannot be combined with an inline rule (--key, --cert-chain, --trusted-root, --keyring, patterns)');
        return loadTrustPolicy(flags.policy);
    }
    if (!inline)
        throw (0,src_errors/* usageError */.Wp)('no trust given', 'pass --policy FILE, or --key/--cert-chain/--trusted-root/--keyring with image patterns');
    if (patterns.length === 0)
        throw (0,src_errors/* usageError */.Wp)('no image pattern given', 'add patterns such as registry.example.com/team/**');
    const signers = flags.key.map((key, i) => ({ name: `key-${i + 1}`, key }));
    if (flags.keyring)
        signers.push({ name: 'gpg', keyring: flags.keyring, lookaside: flags.lookaside });
    if (flags.certChain) {
        signers.push({
            name: 'certificate',
            certChain: flags.certChain,
            identity: flags.certificateIdentity,
            identityRegexp: flags.certificateIdentityRegexp,
            issuer: flags.certificateOidcIssuer,
            issuerRegexp: flags.certificateOidcIssuerRegexp,
        });
    }
    if (flags.trustedRoot) {
        signers.push({
            name: 'keyless',
            trustedRoot: flags.trustedRoot,
            identity: flags.certificateIdentity,
            identityRegexp: flags.certificateIdentityRegexp,
            issuer: flags.certificateOidcIssuer,
            issuerRegexp: flags.certificateOidcIssuerRegexp,
        });
    }
    const doc = {
        apiVersion: 'signet.dev/v1alpha1',
        kind: 'TrustPolicy',
        metadata: { name: flags.name },
        spec: {
            enforcement: flags.audit ? 'Audit' : 'Enforce',
            rules: [
                {
                    name: 'inline',
                    images: patterns,
                    require: flags.require,
                    annotations: flags.annotations,
                    ...(flags.signatureRepository ? { signatureRepository: flags.signatureRepository } : {}),
                    signers: signers.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))),
                },
            ],
        },
    };
    return parseTrustPolicy((0,yaml_dist/* stringify */.As)(doc), 'command line');
}
/** Write-then-rename, so a node or a reader never sees half a policy. */
async function writeAtomically(path, content) {
    const temp = `${path}.tmp-${process.pid}`;
    await (0,promises_.writeFile)(temp, content);
    await (0,promises_.rename)(temp, path);
}
function warnDropped(dropped) {
    return dropped.map((d) => {
        const line = `rule "${d.rule}": signer "${d.signer}" left out (${d.why}); the generated policy accepts fewer signers than the gate`;
        stderrLogger.warn(line);
        return line;
    });
}
function header(target, policy, lines) {
    return [
        `# Generated by \`signet policy ${target}\` from trust policy "${policy.name}" (${policy.source}).`,
        '# Regenerate it rather than editing: `signet verify --policy` enforces the same rules in pipelines.',
        ...lines.map((l) => `# NOTE: ${l}`),
        '',
    ].join('\n');
}
function render(target, policy, generated) {
    const notes = [...new Set([...generated.notes, ...warnDropped(generated.dropped)])];
    return header(target, policy, notes) + generated.documents.map((d) => (0,yaml_dist/* stringify */.As)(d, { lineWidth: 0 })).join('---\n');
}
async function writeContainers(policy, flags) {
    const config = await containersConfig(policy, { unmatched: flags.unmatched, role: flags.role });
    const notes = [...config.notes, ...warnDropped(config.dropped)];
    if (!flags.out) {
        process.stdout.write(`${header('containers', policy, notes)}# /etc/containers/policy.json\n${config.policyJson.replace(/^/gm, '#   ')}\n` +
            `# /etc/containers/registries.d/${config.registriesDFile}\n${config.registriesDYaml.replace(/^/gm, '#   ')}\n` +
            `# MachineConfig installing both:\n${config.machineConfigYaml}`);
        return;
    }
    const dir = (0,external_node_path_.resolve)(flags.out);
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'registries.d'), { recursive: true });
    await writeAtomically((0,external_node_path_.join)(dir, 'policy.json'), config.policyJson);
    await writeAtomically((0,external_node_path_.join)(dir, 'registries.d', config.registriesDFile), config.registriesDYaml);
    await writeAtomically((0,external_node_path_.join)(dir, 'machineconfig.yaml'), header('containers', policy, notes) + config.machineConfigYaml);
    stderrLogger.info(`wrote ${(0,external_node_path_.join)(dir, 'policy.json')}, ${(0,external_node_path_.join)(dir, 'registries.d', config.registriesDFile)}, ${(0,external_node_path_.join)(dir, 'machineconfig.yaml')}`);
}

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
            throw (0,src_errors/* usageError */.Wp)(`${flags.dir} is not a directory`, 'pass --dir with the lookaside directory');
        const server = createLookasideServer(flags.dir);
        await new Promise((resolve, reject) => {
            server.once('error', (e) => reject(new src_errors/* SignetError */.Tj(e.code === 'EADDRINUSE' || e.code === 'EACCES' ? 'usage' : 'io', `cannot listen on ${flags.host}:${flags.port}: ${e.code ?? e.message}`, { hint: 'pick another --port' })));
            server.listen(flags.port, flags.host, () => resolve());
        });
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : flags.port;
        const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
        // Tests and scripts read this line to learn the port when --port 0 was given.
        stderrLogger.info(`serving ${flags.dir} read-only at http://${host}:${port}/`);
        await new Promise((resolve) => {
            const stop = () => server.close(() => resolve());
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
        });
    });
}

;// CONCATENATED MODULE: ./packages/cli/src/program.ts


// Registers k8s:// and hashivault:// with core's key loader before any command runs.








const USAGE_EXIT = 2;
function buildProgram(options = {}) {
    const program = new esm/* Command */.uB('signet')
        .description('Sign and verify container image digests in cosign\'s format, with the same behaviour in every CI system.')
        .version('0.1.0')
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    registerKeys(program);
    registerSign(program, options.report);
    registerVerify(program, options.report);
    registerTriangulate(program);
    registerPolicy(program);
    registerDemo(program);
    registerLookaside(program);
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
        await buildProgram(options).parseAsync([...argv], { from: 'user' });
        if (report)
            report.exitCode = 0;
        return 0;
    }
    catch (e) {
        if (e instanceof esm/* CommanderError */.b7) {
            // Help and version exit 0; commander has already printed the message.
            return e.exitCode === 0 ? 0 : fail(USAGE_EXIT, e.message);
        }
        if ((0,src_errors/* isSignetError */.$1)(e)) {
            process.stderr.write(`error: ${e.oneLine()}\n`);
            return fail(e.exitCode, e.oneLine());
        }
        process.stderr.write(`error: unexpected failure: ${e?.stack ?? String(e)}\n`);
        return fail(3, `unexpected failure: ${e?.message ?? String(e)}`);
    }
}


;// CONCATENATED MODULE: ./actions/common/run.ts
/** Runs the signet CLI program in this process: the actions behave exactly like the command. */


async function runSignet(argv) {
    const report = newRunReport();
    core/* debug */.Yz(`signet ${argv.join(' ')}`);
    await main(argv, { report });
    return report;
}
/** Ends the step with the command's one-line error and its exit status. */
function failWith(report) {
    core/* setFailed */.C1(report.error ?? `signet exited with ${report.exitCode}`);
    process.exitCode = report.exitCode ?? 1;
}
/** Runs a step's body; an error thrown before the CLI ran (bad inputs) ends the step the same way. */
function runStep(body) {
    body().catch((e) => {
        core/* setFailed */.C1(e instanceof Error ? e.message : String(e));
        const code = e.exitCode;
        process.exitCode = typeof code === 'number' ? code : 2;
    });
}
/** Text for the job summary's HTML table cells. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./actions/common/github.ts
/**
 * Annotations describing the workflow run, from @actions/github's context. Loaded lazily: the
 * package brings Octokit, which the steps do not need otherwise (cold start matters).
 */
async function githubAnnotations() {
    const { context } = await __webpack_require__.e(/* import() */ 918).then(__webpack_require__.bind(__webpack_require__, 91918));
    const repo = `${context.repo.owner}/${context.repo.repo}`;
    return {
        'github.com/repository': repo,
        'github.com/sha': context.sha,
        'github.com/ref': context.ref,
        'github.com/workflow': context.workflow,
        'github.com/run': `${context.serverUrl}/${repo}/actions/runs/${context.runId}`,
    };
}

;// CONCATENATED MODULE: ./actions/sign/src/main.ts
/**
 * The sign action: signs pushed digests with the signet engine (cosign format in the registry,
 * or GPG simple signing into a lookaside), then reports what it signed as outputs and as a
 * table in the job summary.
 */





async function run() {
    maskKnownSecrets();
    secretToEnv('password', 'COSIGN_PASSWORD');
    secretToEnv('gpg-passphrase', 'SIGNET_GPG_PASSPHRASE');
    registryInputsToEnv();
    const argv = ['sign', ...imagesInput()];
    const key = keyReference(core/* getInput */.V4('key'));
    const signBy = core/* getInput */.V4('sign-by').trim();
    if (key)
        argv.push('--key', key);
    if (signBy) {
        if (signBy.includes('-----BEGIN'))
            mask(signBy);
        argv.push('--sign-by', signBy.includes('-----BEGIN') ? inlineGpgKey(signBy) : signBy);
    }
    const lookaside = core/* getInput */.V4('lookaside').trim();
    if (lookaside)
        argv.push('--lookaside', lookaside);
    const cert = core/* getInput */.V4('cert').trim();
    if (cert)
        argv.push('--cert', cert);
    const chain = core/* getInput */.V4('cert-chain').trim();
    if (chain)
        argv.push('--cert-chain', chain);
    const annotations = { ...(boolInput('annotations-from-github', false) ? await githubAnnotations() : {}), ...keyValueInput('annotations') };
    for (const [k, v] of Object.entries(annotations))
        argv.push('-a', `${k}=${v}`);
    if (boolInput('keyless', false))
        argv.push('--keyless');
    if (boolInput('tlog-upload', false))
        argv.push('--tlog-upload');
    for (const [input, flag] of [
        ['format', '--format'],
        ['fulcio-url', '--fulcio-url'],
        ['rekor-url', '--rekor-url'],
        ['timestamp-server-url', '--timestamp-server-url'],
        ['trusted-root', '--trusted-root'],
    ]) {
        const value = core/* getInput */.V4(input).trim();
        if (value)
            argv.push(flag, value);
    }
    if (boolInput('recursive', false))
        argv.push('--recursive');
    if (boolInput('allow-http-registry', false))
        argv.push('--allow-http-registry');
    const concurrency = core/* getInput */.V4('concurrency').trim();
    if (concurrency)
        argv.push('--concurrency', concurrency);
    const report = await core/* group */.Os('signet sign', () => runSignet(argv));
    writeOutputs(report);
    await writeSummary(report, key ?? (signBy || 'keyless (Fulcio certificate)'));
    if (report.exitCode !== 0)
        failWith(report);
}
function inlineGpgKey(material) {
    process.env.SIGNET_ACTION_GPG_KEY = material;
    return 'env://SIGNET_ACTION_GPG_KEY';
}
function writeOutputs(report) {
    core/* setOutput */.uH('signatures', JSON.stringify(report.signed.map((s) => ({ image: s.image, digest: s.digest, identity: s.identity, location: s.location ?? null, added: s.appended, format: s.format }))));
    core/* setOutput */.uH('signed-digests', report.signed.map((s) => s.image).join('\n'));
}
async function writeSummary(report, signer) {
    if (report.signed.length === 0 && !report.error)
        return;
    const rows = report.signed.map((s) => [
        { data: `<code>${escapeHtml(s.image.slice(0, s.image.lastIndexOf('@')))}</code>` },
        { data: `<code>${escapeHtml(s.digest.slice(0, 19))}…</code>` },
        { data: escapeHtml(signer.startsWith('env://SIGNET_ACTION') ? 'key from input' : signer) },
        { data: s.location ? `<code>${escapeHtml(s.location)}</code>${s.appended ? '' : ' (already there)'}` : 'not uploaded' },
    ]);
    const summary = core/* summary */.z.addHeading('signet sign', 3);
    if (rows.length > 0) {
        summary.addTable([[{ data: 'Image', header: true }, { data: 'Digest', header: true }, { data: 'Signed with', header: true }, { data: 'Signature', header: true }], ...rows]);
    }
    if (report.error)
        summary.addRaw(`<p><strong>Failed:</strong> ${escapeHtml(report.error)}</p>`, true);
    await summary.write();
}
runStep(run);


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ isSignetError),
/* harmony export */   Tj: () => (/* binding */ SignetError),
/* harmony export */   Wp: () => (/* binding */ usageError)
/* harmony export */ });
/* unused harmony export EXIT_CODES */
const EXIT_CODES = {
    verification: 1,
    usage: 2,
    remote: 3,
    io: 3,
};
class SignetError extends Error {
    kind;
    hint;
    status;
    code;
    constructor(kind, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'SignetError';
        this.kind = kind;
        this.hint = options.hint;
        this.status = options.status;
        this.code = options.code;
    }
    get exitCode() {
        return EXIT_CODES[this.kind];
    }
    /** The one line shown to users: message, then the hint. */
    oneLine() {
        return this.hint ? `${this.message}: ${this.hint}` : this.message;
    }
}
function usageError(message, hint) {
    return new SignetError('usage', message, hint === undefined ? {} : { hint });
}
function isSignetError(e) {
    return e instanceof SignetError;
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
/* harmony import */ var tweetnacl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60824);
/* harmony import */ var tweetnacl__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(tweetnacl__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68215);
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
function deriveKey(password, salt, N, r, p) {
    return new Promise((resolve, reject) => {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(Buffer.from(password, 'utf8'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) => err ? reject(err) : resolve(key));
    });
}
async function encryptCosignKey(privateKey, password, options = {}) {
    const N = options.scryptN ?? DEFAULT_N;
    if (!ACCEPTED_N.has(N))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`unsupported scrypt N ${N}`, 'use 32768, 65536 or 131072');
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
    const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24);
    const key = await deriveKey(password, salt, N, 8, 1);
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    const ciphertext = tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key));
    const doc = {
        kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64'),
    };
    return (0,_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .encodePem */ .T)(SIGSTORE_PEM_TYPE, Buffer.from(JSON.stringify(doc)));
}
function malformed(source, what) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${source} is not a valid encrypted cosign key: ${what}`, 'regenerate it with `signet generate-key-pair` or re-import the PEM key');
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${source}: unsupported scrypt parameters (N=${N}, r=${r}, p=${p})`, 'cosign accepts N of 32768, 65536 or 131072 with r=8, p=1');
    }
    const salt = Buffer.from(doc.kdf.salt ?? '', 'base64');
    const nonce = Buffer.from(doc.cipher.nonce ?? '', 'base64');
    if (nonce.length !== 24)
        throw malformed(source, 'incorrect nonce size');
    const key = await deriveKey(password, salt, N, r, p);
    const plain = tweetnacl__WEBPACK_IMPORTED_MODULE_1___default().secretbox.open(new Uint8Array(Buffer.from(doc.ciphertext ?? '', 'base64')), new Uint8Array(nonce), new Uint8Array(key));
    if (!plain) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`wrong password for encrypted cosign key ${source}`, 'set COSIGN_PASSWORD to the password the key was created with');
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.from(plain), format: 'der', type: 'pkcs8' });
    }
    catch {
        throw malformed(source, 'the decrypted key is not PKCS#8');
    }
}


/***/ }),

/***/ 9550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _k: () => (/* binding */ generateCosignKeyPair),
/* harmony export */   pF: () => (/* binding */ importKeyPair),
/* harmony export */   rY: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29807);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47749);



function publicKeyPem(key) {
    const pub = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    return pub.export({ type: 'spki', format: 'pem' }).toString();
}
/** ECDSA P-256, as `cosign generate-key-pair` makes. */
async function generateCosignKeyPair(password) {
    const { privateKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    return { privateKeyPem: await (0,_cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .encryptCosignKey */ .Mn)(privateKey, password), publicKeyPem: publicKeyPem(privateKey) };
}
async function importKeyPair(pem, options) {
    const key = await (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPrivateKey */ .P)(pem, options.password ? { source: options.source, password: options.password } : { source: options.source });
    return { privateKeyPem: await (0,_cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .encryptCosignKey */ .Mn)(key, options.newPassword), publicKeyPem: publicKeyPem(key) };
}


/***/ }),

/***/ 71397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* reexport safe */ _algorithms_js__WEBPACK_IMPORTED_MODULE_0__.Ec),
/* harmony export */   PM: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_3__.P),
/* harmony export */   PQ: () => (/* reexport safe */ _pem_js__WEBPACK_IMPORTED_MODULE_4__.P),
/* harmony export */   RV: () => (/* reexport safe */ _algorithms_js__WEBPACK_IMPORTED_MODULE_0__.RV),
/* harmony export */   TS: () => (/* reexport safe */ _pem_js__WEBPACK_IMPORTED_MODULE_4__.T),
/* harmony export */   _k: () => (/* reexport safe */ _generate_js__WEBPACK_IMPORTED_MODULE_2__._k),
/* harmony export */   b_: () => (/* reexport safe */ _algorithms_js__WEBPACK_IMPORTED_MODULE_0__.b_),
/* harmony export */   fg: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_3__.f),
/* harmony export */   gQ: () => (/* reexport safe */ _algorithms_js__WEBPACK_IMPORTED_MODULE_0__.gQ),
/* harmony export */   pF: () => (/* reexport safe */ _generate_js__WEBPACK_IMPORTED_MODULE_2__.pF),
/* harmony export */   rY: () => (/* reexport safe */ _generate_js__WEBPACK_IMPORTED_MODULE_2__.rY)
/* harmony export */ });
/* harmony import */ var _algorithms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62091);
/* harmony import */ var _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29807);
/* harmony import */ var _generate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9550);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47749);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68215);







/***/ }),

/***/ 47749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ loadPrivateKey),
/* harmony export */   f: () => (/* binding */ loadPublicKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _algorithms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62091);
/* harmony import */ var _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29807);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68215);
/** Loads private and public keys from any PEM users bring: cosign-encrypted, PKCS#8, PKCS#1, SEC1. */





const PRIVATE_TYPES = new Set([_cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGSTORE_PEM_TYPE */ .Zx, _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_3__/* .COSIGN_PEM_TYPE */ .kP, 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
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
    const blocks = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .pemBlocks */ .P)(text(pem));
    const block = blocks.find((b) => PRIVATE_TYPES.has(b.type));
    if (!block) {
        const found = blocks.map((b) => b.type).join(', ');
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(found ? `${source} holds ${found}, not a private key` : `${source} is not a PEM private key`, 'pass a cosign.key or a PEM private key (PKCS#8, PKCS#1 or SEC1)');
    }
    let key;
    if (block.type === _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGSTORE_PEM_TYPE */ .Zx || block.type === _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_3__/* .COSIGN_PEM_TYPE */ .kP) {
        if (!options.password)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source} is encrypted and no password was given`, 'set COSIGN_PASSWORD');
        key = await (0,_cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_3__/* .decryptCosignKeyDer */ .X2)(block.der, await options.password(), source);
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
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`wrong password for encrypted key ${source}`, 'set COSIGN_PASSWORD to the key\'s passphrase');
            }
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source}: cannot parse the ${block.type}`, 'check that the PEM is complete, or convert it with `openssl pkcs8 -topk8`');
        }
    }
    (0,_algorithms_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSupportedKey */ .Ec)(key, source);
    return key;
}
async function askPassphrase(options) {
    if (!options.password)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${options.source} is encrypted and no password was given`, 'set COSIGN_PASSWORD');
    return options.password();
}
/** A public key from `PUBLIC KEY`, `RSA PUBLIC KEY` or a certificate's key. */
function loadPublicKey(pem, source) {
    const blocks = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .pemBlocks */ .P)(text(pem));
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
                (0,_algorithms_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSupportedKey */ .Ec)(key, source);
                return key;
            }
        }
        catch (e) {
            if (e.kind === 'usage')
                throw e;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source}: cannot parse the ${block.type}`, 'check that the PEM is complete');
        }
    }
    const found = blocks.map((b) => b.type).join(', ');
    if (found.includes('PRIVATE KEY'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source} is a private key; verification needs the public key`, 'pass cosign.pub (or the .pub written next to the key)');
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(found ? `${source} holds ${found}, not a public key` : `${source} is not a PEM public key`, 'pass a PEM "PUBLIC KEY" such as cosign.pub');
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

/***/ 96182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ KeySigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71397);


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


/***/ })

};
