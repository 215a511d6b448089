export const id = 332;
export const ids = [332];
export const modules = {

/***/ 50332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pX: () => (/* binding */ addRegistryOptions),
  q6: () => (/* binding */ createContext),
  D7: () => (/* binding */ stderrLogger)
});

// UNUSED EXPORTS: parseDuration

// EXTERNAL MODULE: ./node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var esm = __webpack_require__(44342);
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
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
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

// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(73438);
// EXTERNAL MODULE: ./packages/core/src/oci/digest.ts
var oci_digest = __webpack_require__(24276);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
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

// EXTERNAL MODULE: ./packages/core/src/oci/stale-write.ts
var stale_write = __webpack_require__(41345);
// EXTERNAL MODULE: ./packages/core/src/http/pool.ts + 1 modules
var pool = __webpack_require__(47841);
;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts
/**
 * OCI distribution API client. One per process: it shares keep-alive connections, remembers
 * each registry's auth challenge (so later requests authenticate up front instead of paying a
 * 401 round trip) and caches bearer tokens per scope.
 */








class RegistryClient {
    stats = { requests: 0, tokenFetches: 0, retries: 0 };
    #http;
    #credentials;
    #insecure;
    #logger;
    #challenges = new Map();
    #tokens = new Map();
    #credentialCache = new Map();
    /** "registry/repository@digest" of blobs seen or uploaded in this process: no request needed again. */
    knownBlobs = new Set();
    /** "registry@digest" -> a repository known to hold it, to mount from instead of uploading. */
    blobHomes = new Map();
    /** Registries that answered a referrers query without the Referrers API: not asked again. */
    withoutReferrersApi = new Set();
    constructor(options = {}) {
        this.#credentials = options.credentials;
        this.#insecure = new Set(options.insecureRegistries ?? []);
        this.#logger = options.logger ?? log/* silentLogger */.q;
        this.#http = new pool/* HttpPool */.d({ timeoutMs: options.timeoutMs, maxSockets: 32, retry: options.retry, logger: this.#logger, userAgent: options.userAgent });
    }
    repository(registry, repository) {
        return new RegistryRepository(this, registry, repository);
    }
    async close() {
        await this.#http.close();
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
        try {
            return await this.#http.send(spec, {
                what,
                beforeAttempt: () => {
                    if (spec.notAfter !== undefined && Date.now() > spec.notAfter)
                        throw new stale_write/* StaleWriteError */.v(what);
                    this.stats.requests++;
                },
                onRetry: () => this.stats.retries++,
            });
        }
        catch (e) {
            if (e instanceof stale_write/* StaleWriteError */.v)
                throw e;
            const host = new URL(spec.url).host;
            const code = e.code ?? e.message;
            throw new errors/* SignetError */.Tj('remote', `${what}: cannot reach ${host} (${code})`, {
                hint: spec.url.startsWith('https:')
                    ? 'check the registry address and network; for a plain-HTTP registry pass --allow-http-registry or set SIGNET_INSECURE_REGISTRIES'
                    : 'check the registry address and that it is running',
                cause: e,
            });
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
            throw new errors/* SignetError */.Tj('remote', `${registry} sent a Bearer challenge without a realm`);
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
            throw new errors/* SignetError */.Tj('remote', `authentication failed for ${registry} (token service answered ${response.status})`, {
                status: response.status,
                hint: credential ? 'check the registry username and password (docker login again)' : `run \`docker login ${registry}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
            });
        }
        if (response.status !== 200) {
            throw new errors/* SignetError */.Tj('remote', `token service for ${registry} answered ${response.status}`, { status: response.status });
        }
        let doc;
        try {
            doc = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new errors/* SignetError */.Tj('remote', `token service for ${registry} returned invalid JSON`);
        }
        const value = doc.token ?? doc.access_token;
        if (!value)
            throw new errors/* SignetError */.Tj('remote', `token service for ${registry} returned no token`);
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
            return new errors/* SignetError */.Tj('remote', `${what}: ${access} access to ${registry}/${repository} denied${suffix}`, {
                status,
                ...(code ? { code } : {}),
                hint: `grant the account ${access} permission on ${repository}`,
            });
        }
        if (status === 401) {
            return new errors/* SignetError */.Tj('remote', `${what}: authentication required for ${registry}${suffix}`, {
                status,
                ...(code ? { code } : {}),
                hint: `run \`docker login ${registry}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
            });
        }
        if (status === 404) {
            return new errors/* SignetError */.Tj('remote', `${what}: ${registry}/${repository} not found${suffix}`, { status, ...(code ? { code } : {}), hint: 'check the repository name' });
        }
        if (status === 429) {
            return new errors/* SignetError */.Tj('remote', `${what}: ${registry} is rate limiting (HTTP 429) and retries ran out${suffix}`, {
                status,
                ...(code ? { code } : {}),
                hint: 'wait and retry, lower --concurrency, or authenticate for a higher limit',
            });
        }
        return new errors/* SignetError */.Tj('remote', `${what}: ${registry} answered HTTP ${status}${suffix}`, { status, ...(code ? { code } : {}), hint: 'retry later; if it persists, check the registry' });
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
        const res = await this.#send('pull', { method: 'HEAD', url: this.#url(`manifests/${tagOrDigest}`), headers: { accept: types/* MANIFEST_ACCEPT */.d.join(', ') } }, what);
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
        const res = await this.#send('pull', { method: 'GET', url: this.#url(`manifests/${tagOrDigest}`), headers: { accept: types/* MANIFEST_ACCEPT */.d.join(', ') } }, what);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            this.#fail(res, 'pull', what);
        const digest = (0,oci_digest/* sha256Digest */.s)(res.body);
        if (tagOrDigest.startsWith('sha256:') && digest !== tagOrDigest) {
            throw new errors/* SignetError */.Tj('remote', `${what}: content does not match the requested digest`, { hint: 'the registry or a proxy altered the manifest' });
        }
        return { bytes: res.body, mediaType: res.headers['content-type'] ?? '', digest };
    }
    async putManifest(tagOrDigest, bytes, mediaType, options = {}) {
        const res = await this.#putManifest(tagOrDigest, bytes, mediaType, options);
        return res.headers['docker-content-digest'] ?? (0,oci_digest/* sha256Digest */.s)(bytes);
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
        const res = await this.#send('push', { method: 'PUT', url: this.#url(`manifests/${tagOrDigest}`), headers: { 'content-type': mediaType }, body: bytes, ...(options.notAfter ? { notAfter: options.notAfter } : {}) }, what);
        if (res.status !== 201 && res.status !== 200)
            this.#fail(res, 'push', what);
        return res;
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
                throw new errors/* SignetError */.Tj('remote', `${what}: registry sent no upload location`);
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
        if (this.#client.withoutReferrersApi.has(this.#registry))
            return undefined;
        const what = `list referrers of ${this.location}@${digest}`;
        const res = await this.#send('pull', { method: 'GET', url: this.#url(`referrers/${digest}`), headers: { accept: types/* MediaTypes */.m.ociIndex } }, what);
        if (res.status === 404 || res.status === 400 || res.status === 405) {
            // A registry with the API never answers 404 for a repository that exists (OCI distribution
            // spec), so one such answer settles it for the run: a batch saves a request per image.
            if (registryErrorCode(res.body) !== 'NAME_UNKNOWN')
                this.#client.withoutReferrersApi.add(this.#registry);
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
        if ((0,oci_digest/* sha256Digest */.s)(res.body) !== digest)
            throw new errors/* SignetError */.Tj('remote', `${what}: content does not match its digest`);
        return res.body;
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
    });
    return {
        registry,
        logger: stderrLogger,
        signatureRepository,
        close: () => registry.close(),
    };
}


/***/ }),

/***/ 47841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ HttpPool)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(73438);
;// CONCATENATED MODULE: ./packages/core/src/http/retry.ts
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

;// CONCATENATED MODULE: ./packages/core/src/http/pool.ts
/**
 * The engine's one HTTP client (registry API and lookaside stores): node's own http/https with
 * keep-alive agents, an inactivity timeout on every exchange, and the shared retry policy
 * (transient statuses and connection errors, full-jitter backoff, Retry-After).
 *
 * Why not undici, which this replaced: loading it costs ~60 ms per process on the reference
 * machine (more than signing one image against a local registry), and CI runs signet once per
 * image or per step. node:http is already in the binary. Figures in bench/README.md.
 */




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
        this.#retry = { ...DEFAULT_RETRY, ...options.retry };
        this.#logger = options.logger ?? log/* silentLogger */.q;
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
                if (isRetryableStatus(response.status) && attempt < this.#retry.maxAttempts) {
                    const delay = backoffDelay(attempt, this.#retry, parseRetryAfter(response.headers['retry-after']));
                    this.#logger.debug(`${hooks.what}: HTTP ${response.status}, retry ${attempt} in ${delay} ms`);
                    hooks.onRetry?.();
                    await (0,promises_.setTimeout)(delay, undefined, { signal: this.#closing.signal });
                    continue;
                }
                return response;
            }
            catch (e) {
                if (!isRetryableError(e) || attempt >= this.#retry.maxAttempts || this.#closing.signal.aborted)
                    throw e;
                const delay = backoffDelay(attempt, this.#retry);
                this.#logger.debug(`${hooks.what}: ${e.message}, retry ${attempt} in ${delay} ms`);
                hooks.onRetry?.();
                await (0,promises_.setTimeout)(delay, undefined, { signal: this.#closing.signal });
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
        const send = protocol === 'https:' ? this.#requestHttps : external_node_http_.request;
        const headers = { 'user-agent': this.#userAgent, ...request.headers };
        // A length, never chunked encoding: registries and WebDAV servers handle it best.
        if (request.body !== undefined || ['PUT', 'POST', 'PATCH'].includes(request.method))
            headers['content-length'] = String(request.body?.byteLength ?? 0);
        this.#closing.signal.throwIfAborted();
        const options = { method: request.method, headers, agent, signal: this.#closing.signal };
        return new Promise((resolve, reject) => {
            const req = send(url, options, (res) => {
                const chunks = [];
                let received = 0;
                res.on('data', (c) => {
                    received += c.byteLength;
                    if (request.maxBodyBytes !== undefined && received > request.maxBodyBytes) {
                        req.destroy(Object.assign(new Error(`response body exceeds ${request.maxBodyBytes} bytes`), { code: 'ETOOLARGE' }));
                        return;
                    }
                    chunks.push(c);
                });
                res.on('error', reject);
                res.on('aborted', () => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
                res.on('end', () => {
                    const flat = {};
                    for (const [k, v] of Object.entries(res.headers))
                        flat[k] = Array.isArray(v) ? v[0] : v;
                    resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
                });
            });
            req.setTimeout(this.#timeoutMs, () => req.destroy(Object.assign(new Error(`no answer within ${this.#timeoutMs} ms`), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
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
                    ? Promise.resolve(new external_node_http_.Agent(options))
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
