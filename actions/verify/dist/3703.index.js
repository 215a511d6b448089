export const id = 3703;
export const ids = [3703];
export const modules = {

/***/ 23703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K8sKeySource: () => (/* binding */ K8sKeySource),
  clientNodeSecrets: () => (/* binding */ clientNodeSecrets),
  kubernetesClient: () => (/* binding */ kubernetesClient)
});

// EXTERNAL MODULE: ./packages/core/src/keys/load.ts
var load = __webpack_require__(47749);
// EXTERNAL MODULE: ./packages/core/src/signers/key-signer.ts
var key_signer = __webpack_require__(96182);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/keysources/k8s-errors.ts
/**
 * Kubernetes API failures as one-line SignetErrors. The verb and resource are named so the user
 * can fix RBAC without reading server logs. Missing things are the user's input (exit 2);
 * authentication, authorization and transport failures are the remote side's (exit 3).
 */

/** Pulls status and message out of a client-node ApiException or a fetch/transport error. */
function k8sFailureOf(e) {
    const failure = {};
    if (typeof e !== 'object' || e === null)
        return failure;
    const record = e;
    if (typeof record.code === 'number')
        failure.status = record.code;
    else if (typeof record.code === 'string')
        failure.networkCode = record.code;
    const body = typeof record.body === 'string' ? safeJson(record.body) : record.body;
    if (body && typeof body === 'object' && typeof body.message === 'string') {
        failure.serverMessage = body.message;
    }
    if (failure.status === undefined && failure.networkCode === undefined && record.cause) {
        const cause = k8sFailureOf(record.cause);
        if (cause.networkCode)
            failure.networkCode = cause.networkCode;
    }
    return failure;
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function k8sError(e, verb, namespace, name) {
    if ((0,errors/* isSignetError */.$1)(e))
        return e; // already says what to do (e.g. no Kubernetes client in this build)
    const ref = `k8s://${namespace}/${name}`;
    const f = k8sFailureOf(e);
    const rbac = `RBAC must allow "${verb} secrets" in namespace ${namespace}`;
    switch (f.status) {
        case 401:
            return new errors/* SignetError */.Tj('remote', `${ref}: the Kubernetes API server rejected the credentials (401 Unauthorized)`, {
                status: 401,
                hint: 'check the token or client certificate of the current kubeconfig context',
            });
        case 403:
            return new errors/* SignetError */.Tj('remote', `${ref}: forbidden to ${verb} secrets in namespace ${namespace} (403)`, { status: 403, hint: rbac });
        case 404:
            return verb === 'get'
                ? (0,errors/* codedError */.Au)('usage', 'k8s.secret-not-found', `${ref}: secret ${name} not found in namespace ${namespace}`, { namespace, name })
                : (0,errors/* usageError */.Wp)(`${ref}: namespace ${namespace} not found`, 'create the namespace first');
        case 409:
            return (0,errors/* codedError */.Au)('usage', 'k8s.secret-exists', `${ref}: secret ${name} already exists in namespace ${namespace}`, { namespace, name });
        case undefined:
            if (f.networkCode) {
                return new errors/* SignetError */.Tj('remote', `${ref}: cannot reach the Kubernetes API server (${f.networkCode})`, {
                    hint: 'check KUBECONFIG and the current context',
                });
            }
            return new errors/* SignetError */.Tj('remote', `${ref}: Kubernetes API request failed: ${e instanceof Error ? firstLine(e.message) : String(e)}`);
        default:
            return new errors/* SignetError */.Tj('remote', `${ref}: Kubernetes API answered ${f.status}${f.serverMessage ? `: ${f.serverMessage}` : ''}`, { status: f.status });
    }
}
function firstLine(text) {
    return text.split('\n', 1)[0] ?? '';
}

// EXTERNAL MODULE: ./packages/core/src/keys/pem.ts
var pem = __webpack_require__(68215);
;// CONCATENATED MODULE: ./packages/core/src/keysources/k8s-secret.ts
/**
 * What a Kubernetes Secret holds, independent of how it was fetched: cosign's key-pair layout
 * (`cosign.key`, `cosign.password`, `cosign.pub`, as `cosign generate-key-pair k8s://` writes it)
 * or a `kubernetes.io/tls` Secret (`tls.key`, `tls.crt`, optional `ca.crt`) used as a
 * certificate-backed signer.
 */


const COSIGN_KEY = 'cosign.key';
const COSIGN_PUB = 'cosign.pub';
const COSIGN_PASSWORD = 'cosign.password';
const TLS_SECRET_TYPE = 'kubernetes.io/tls';
function entry(secret, key) {
    const value = secret.data?.[key];
    return value === undefined ? undefined : Buffer.from(value, 'base64').toString('utf8');
}
function missing(ref, key, has) {
    const present = has.length ? `it has ${has.join(', ')}` : 'it has no data';
    return (0,errors/* codedError */.Au)('usage', 'k8s.entry-missing', `${ref}: secret has no "${key}" entry (${present})`, { key });
}
function signingMaterial(secret, ref) {
    const keys = Object.keys(secret.data ?? {});
    if (secret.type === TLS_SECRET_TYPE) {
        const privateKeyPem = entry(secret, 'tls.key');
        const crt = entry(secret, 'tls.crt');
        if (!privateKeyPem)
            throw missing(ref, 'tls.key', keys);
        if (!crt)
            throw missing(ref, 'tls.crt', keys);
        return { kind: 'tls', privateKeyPem, certificate: splitTlsCertificates(crt, entry(secret, 'ca.crt'), ref) };
    }
    const privateKeyPem = entry(secret, COSIGN_KEY);
    if (!privateKeyPem)
        throw missing(ref, COSIGN_KEY, keys);
    // An empty cosign.password is a real (empty) password, as cosign treats it; only an absent
    // entry falls back to COSIGN_PASSWORD.
    return { kind: 'cosign', privateKeyPem, password: entry(secret, COSIGN_PASSWORD) };
}
/**
 * `tls.crt` is often a full chain (cert-manager writes leaf then intermediates); the first block
 * is the leaf, the rest plus `ca.crt` form the chain, leaf's issuer first as cosign expects.
 */
function splitTlsCertificates(tlsCrt, caCrt, ref) {
    const certs = (0,pem/* pemBlocks */.P)(tlsCrt).filter((b) => b.type === 'CERTIFICATE');
    const [leaf, ...intermediates] = certs;
    if (!leaf)
        throw (0,errors/* usageError */.Wp)(`${ref}: tls.crt holds no PEM certificate`);
    const chainBlocks = [...intermediates, ...(caCrt ? (0,pem/* pemBlocks */.P)(caCrt).filter((b) => b.type === 'CERTIFICATE') : [])];
    return {
        certificatePem: (0,pem/* encodePem */.T)('CERTIFICATE', leaf.der),
        chainPem: chainBlocks.length ? chainBlocks.map((b) => (0,pem/* encodePem */.T)('CERTIFICATE', b.der)).join('') : undefined,
    };
}
/** The verification key: `cosign.pub`, or for a TLS secret the leaf certificate's key. */
function verificationMaterial(secret, ref) {
    if (secret.type === TLS_SECRET_TYPE) {
        const crt = entry(secret, 'tls.crt');
        if (!crt)
            throw missing(ref, 'tls.crt', Object.keys(secret.data ?? {}));
        return splitTlsCertificates(crt, undefined, ref).certificatePem;
    }
    const pub = entry(secret, COSIGN_PUB);
    if (!pub)
        throw missing(ref, COSIGN_PUB, Object.keys(secret.data ?? {}));
    return pub;
}
/** The Secret `cosign generate-key-pair k8s://` creates: immutable, three entries, type Opaque. */
function keyPairSecret(namespace, name, privateKeyPem, publicKeyPem, password) {
    const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name, namespace },
        immutable: true,
        type: 'Opaque',
        data: { [COSIGN_KEY]: b64(privateKeyPem), [COSIGN_PUB]: b64(publicKeyPem), [COSIGN_PASSWORD]: b64(password) },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/keysources/k8s.ts





function clientNodeSecrets(env = process.env) {
    let api;
    // Built lazily so that merely registering the source never touches kubeconfig files, and
    // the (very large) client is loaded only for k8s:// keys.
    const core = async () => {
        if (!api) {
            const { CoreV1Api, KubeConfig } = await loadClient();
            const kc = new KubeConfig();
            if (env.KUBECONFIG)
                kc.loadFromFile(env.KUBECONFIG);
            else
                kc.loadFromDefault();
            api = kc.makeApiClient(CoreV1Api);
        }
        return api;
    };
    return {
        async read(namespace, name) {
            const s = await (await core()).readNamespacedSecret({ namespace, name });
            return { type: s.type, data: s.data };
        },
        async create(namespace, secret) {
            await (await core()).createNamespacedSecret({ namespace, body: secret });
        },
        async delete(namespace, name) {
            await (await core()).deleteNamespacedSecret({ namespace, name });
        },
    };
}
/**
 * How @kubernetes/client-node is loaded. Bundlers are told to leave this import alone, so a
 * bundle carries the (very large) client only when its entry opts in by replacing `load` with
 * a plain import (the CLI bundle does: bundle/cli.ts); the GitHub Action bundles do not.
 */
const kubernetesClient = {
    load: () => import(/* webpackIgnore: true */ '@kubernetes/client-node'),
};
/** Without the client (the GitHub Action bundles), say what to use instead. */
async function loadClient() {
    try {
        return await kubernetesClient.load();
    }
    catch (e) {
        if (e.code === 'ERR_MODULE_NOT_FOUND') {
            throw (0,errors/* usageError */.Wp)('k8s:// keys are not available in this build (it does not carry the Kubernetes client)', 'in GitHub Actions pass the key from a secret or use hashivault://; the signet CLI, container image, Tekton Tasks and Jenkins steps read k8s:// keys');
        }
        throw e;
    }
}
function refName(ref) {
    return `k8s://${ref.namespace}/${ref.name}`;
}
async function readSecret(api, ref) {
    try {
        return await api.read(ref.namespace, ref.name);
    }
    catch (e) {
        throw k8sError(e, 'get', ref.namespace, ref.name);
    }
}
class K8sKeySource {
    #api;
    constructor(api = clientNodeSecrets()) {
        this.#api = api;
    }
    async signer(ref, options) {
        const r = ref;
        const source = refName(r);
        const material = signingMaterial(await readSecret(this.#api, r), source);
        if (material.kind === 'tls') {
            const key = await (0,load/* loadPrivateKey */.P)(material.privateKeyPem, { source: `${source} tls.key` });
            return new key_signer/* KeySigner */.i(key, source, material.certificate);
        }
        const secretPassword = material.password;
        const password = secretPassword !== undefined ? async () => secretPassword : options.password;
        const key = await (0,load/* loadPrivateKey */.P)(material.privateKeyPem, password ? { source, password } : { source });
        return new key_signer/* KeySigner */.i(key, source, options.certificate);
    }
    async publicKey(ref) {
        const r = ref;
        return (0,load/* loadPublicKey */.f)(verificationMaterial(await readSecret(this.#api, r), refName(r)), refName(r));
    }
    /**
     * Stores a cosign key pair as an immutable Secret. An existing Secret is refused (409) unless
     * `force`; immutable Secrets cannot be updated, so forcing deletes and re-creates it.
     */
    async storeKeyPair(ref, pair, force) {
        const r = ref;
        const body = keyPairSecret(r.namespace, r.name, pair.privateKeyPem, pair.publicKeyPem, pair.password);
        try {
            await this.#api.create(r.namespace, body);
            return;
        }
        catch (e) {
            if (!force || k8sFailureOf(e).status !== 409)
                throw k8sError(e, 'create', r.namespace, r.name);
        }
        try {
            await this.#api.delete(r.namespace, r.name);
        }
        catch (e) {
            if (k8sFailureOf(e).status !== 404)
                throw k8sError(e, 'delete', r.namespace, r.name);
        }
        try {
            await this.#api.create(r.namespace, body);
        }
        catch (e) {
            throw k8sError(e, 'create', r.namespace, r.name);
        }
    }
}


/***/ })

};
