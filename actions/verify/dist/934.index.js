export const id = 934;
export const ids = [934];
export const modules = {

/***/ 50332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pX: () => (/* binding */ addRegistryOptions),
  q6: () => (/* binding */ createContext),
  E9: () => (/* binding */ parseDuration),
  ou: () => (/* binding */ setWarningSink),
  D7: () => (/* binding */ stderrLogger)
});

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
async function readJson(path, warn) {
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
    catch (e) {
        // With a logger the run goes on without it (public images need no credentials) and says so.
        if (warn) {
            warn(`${path} is not valid JSON (${e.message}); its credentials are not used: fix or remove the file (docker login rewrites it)`);
            return undefined;
        }
        throw new errors/* SignetError */.Tj('usage', `${path} is not valid JSON`, { hint: 'fix or remove the file (docker login rewrites it)' });
    }
}
function dockerConfigCredentials(options = {}) {
    const env = options.env ?? process.env;
    const dockerConfigPath = (0,external_node_path_.join)(options.configDir ?? env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker'), 'config.json');
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
                const keys = configKeys(registry);
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
    /** Where the credentials sent to each registry came from, for the message when they are refused. */
    #sentFrom = new Map();
    #refused(registry) {
        const source = this.#sentFrom.get(registry);
        return source === undefined ? undefined : `credentials from ${source} were sent and refused`;
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
        if (credential)
            this.#sentFrom.set(registry, credentialSource(credential) ?? 'the configured credentials');
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
            const refused = credential ? `: ${this.#refused(registry)}` : ': no credentials were sent';
            throw new errors/* SignetError */.Tj('remote', `authentication failed for ${registry} (token service answered ${response.status})${refused}`, {
                status: response.status,
                hint: credential ? 'check the registry username and password (or token) there, e.g. docker login again' : `run \`docker login ${registry}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
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
            if (!credential || 'identityToken' in credential)
                return undefined;
            this.#sentFrom.set(registry, credentialSource(credential) ?? 'the configured credentials');
            return basic(credential);
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
            const refused = this.#refused(registry);
            return new errors/* SignetError */.Tj('remote', `${what}: ${refused ? `authentication failed for ${registry}: ${refused}` : `authentication required for ${registry}`}${suffix}`, {
                status,
                ...(code ? { code } : {}),
                hint: refused ? 'check the registry username and password (or token) there, e.g. docker login again' : `run \`docker login ${registry}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
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
        const source = [
            flags.registryUsername !== undefined ? '--registry-username' : 'SIGNET_REGISTRY_USERNAME',
            flags.registryPassword !== undefined ? '--registry-password' : 'SIGNET_REGISTRY_PASSWORD',
        ].join('/');
        providers.push(staticCredentials(Object.fromEntries(registries.map((r) => [r, { username, password }])), source));
    }
    else if (username || password) {
        // Half a pair is almost always a secret that did not reach the job: say so instead of
        // falling back to config.json silently and failing later with "authentication required".
        stderrLogger.warn(username
            ? `${flags.registryUsername !== undefined ? '--registry-username' : 'SIGNET_REGISTRY_USERNAME'} is set but no password (SIGNET_REGISTRY_PASSWORD or --registry-password): it is ignored, docker config.json is used`
            : `${flags.registryPassword !== undefined ? '--registry-password' : 'SIGNET_REGISTRY_PASSWORD'} is set but no username (SIGNET_REGISTRY_USERNAME or --registry-username): it is ignored, docker config.json is used`);
    }
    providers.push(dockerConfigCredentials({ env, warn: (message) => stderrLogger.warn(message) }));
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
/* harmony export */   F: () => (/* binding */ collectImages),
/* harmony export */   n: () => (/* binding */ parseConcurrency)
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
    const images = [];
    const pinned = (0,_image_digest_options_js__WEBPACK_IMPORTED_MODULE_2__/* .pinnedImage */ .Q)(pin);
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
/* harmony export */   Z: () => (/* binding */ k8sKeys),
/* harmony export */   r: () => (/* binding */ vaultKeys)
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
_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .KeySources */ .oA.k8s = lazy(k8sKeys);
_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .KeySources */ .oA.hashivault = lazy(vaultKeys);


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

/***/ 61934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  newRunReport: () => (/* reexport */ run_report/* newRunReport */.I)
});

// UNUSED EXPORTS: buildProgram, timedOut

// EXTERNAL MODULE: ./node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var esm = __webpack_require__(44342);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/cli/src/keysources.ts
var keysources = __webpack_require__(69818);
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
        { flags: '--max-workers <n>', target: 'concurrency', parse: src_images/* parseConcurrency */.n },
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
// EXTERNAL MODULE: ./packages/cli/src/context.ts + 4 modules
var context = __webpack_require__(50332);
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


// Registers k8s:// and hashivault:// with core's key loader before any command runs.





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
    { names: ['generate-key-pair', 'import-key-pair'], load: async () => (await __webpack_require__.e(/* import() */ 202).then(__webpack_require__.bind(__webpack_require__, 94202))).registerKeys },
    { names: ['sign'], load: async () => { const { registerSign } = await Promise.all(/* import() */[__webpack_require__.e(443), __webpack_require__.e(85), __webpack_require__.e(139), __webpack_require__.e(684), __webpack_require__.e(247), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 82164)); return (p, o) => registerSign(p, o.report); } },
    { names: ['verify'], load: async () => { const { registerVerify } = await Promise.all(/* import() */[__webpack_require__.e(443), __webpack_require__.e(85), __webpack_require__.e(139), __webpack_require__.e(684), __webpack_require__.e(247), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 11884)); return (p, o) => registerVerify(p, o.report); } },
    { names: ['triangulate'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(443), __webpack_require__.e(139), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 54870))).registerTriangulate },
    { names: ['policy'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(450), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 94827))).registerPolicy },
    { names: ['demo-image'], load: async () => (await __webpack_require__.e(/* import() */ 180).then(__webpack_require__.bind(__webpack_require__, 34180))).registerDemo },
    { names: ['lookaside'], load: async () => (await __webpack_require__.e(/* import() */ 43).then(__webpack_require__.bind(__webpack_require__, 39043))).registerLookaside },
    { names: ['migrate'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(443), __webpack_require__.e(9), __webpack_require__.e(85), __webpack_require__.e(240), __webpack_require__.e(139), __webpack_require__.e(684), __webpack_require__.e(450), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 16545))).registerMigrate },
    { names: ['notary'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(240), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 70779))).registerNotary },
    { names: ['initialize'], load: async () => (await __webpack_require__.e(/* import() */ 64).then(__webpack_require__.bind(__webpack_require__, 17064))).registerInitialize },
];
/** The program with the commands `argv` needs (all of them when `argv` is omitted). */
async function buildProgram(options = {}, argv) {
    const program = new esm/* Command */.uB('signet')
        .description('Sign and verify container image digests in cosign\'s format, with the same behaviour in every CI system.')
        .version('0.1.0')
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    const named = argv?.[0];
    const wanted = COMMANDS.filter((c) => named !== undefined && c.names.includes(named));
    addRunOptions(program);
    for (const register of await Promise.all((wanted.length > 0 ? wanted : COMMANDS).map((c) => c.load())))
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
            const line = (0,input_names/* inInputNames */.q)(e.oneLine());
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
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
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
            if (report && (0,_signet_core__WEBPACK_IMPORTED_MODULE_1__/* .isSignetError */ .$1)(e))
                Object.assign(report, { error: e.oneLine(), exitCode: e.exitCode });
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
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source} is not a valid encrypted cosign key: ${what}`, 'regenerate it with `signet generate-key-pair` or re-import the PEM key');
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`wrong password for encrypted cosign key ${source}`, 'set COSIGN_PASSWORD to the password the key was created with');
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${source} is encrypted and no password was given`, 'set COSIGN_PASSWORD');
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
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`wrong password for encrypted key ${source}`, 'set COSIGN_PASSWORD to the key\'s passphrase');
            }
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${source}: cannot parse the ${block.type}`, 'check that the PEM is complete, or convert it with `openssl pkcs8 -topk8`');
        }
    }
    (0,_algorithms_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSupportedKey */ .Ec)(key, source);
    return key;
}
async function askPassphrase(options) {
    if (!options.password)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${options.source} is encrypted and no password was given`, 'set COSIGN_PASSWORD');
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('empty key reference', 'pass --key with a path, env://VAR, k8s://ns/name or hashivault://name');
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
/* harmony export */   LX: () => (/* binding */ loadVerificationKey),
/* harmony export */   oA: () => (/* binding */ KeySources),
/* harmony export */   vu: () => (/* binding */ loadSigner)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47749);
/* harmony import */ var _key_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38311);
/* harmony import */ var _key_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96182);





const KeySources = {};
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
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`key file ${ref.path} does not exist`, 'check the --key path, or create one with `signet generate-key-pair`');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('io', `cannot read key file ${ref.path}: ${code ?? String(e)}`);
        }
    }
    throw new Error(`unreachable: ${ref.kind}`);
}
function remoteSource(ref) {
    const kind = ref.kind;
    const source = KeySources[kind];
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
