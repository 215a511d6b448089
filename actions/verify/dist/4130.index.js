export const id = 4130;
export const ids = [4130];
export const modules = {

/***/ 44130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VaultKeySource: () => (/* binding */ VaultKeySource),
  decodeVaultSignature: () => (/* binding */ decodeVaultSignature),
  nodeVaultTransit: () => (/* binding */ nodeVaultTransit),
  signRequest: () => (/* binding */ signRequest),
  vaultSettings: () => (/* binding */ vaultSettings),
  versionPublicKey: () => (/* binding */ versionPublicKey)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/.pnpm/node-vault@0.12.0/node_modules/node-vault/src/index.js
var src = __webpack_require__(68033);
var src_default = /*#__PURE__*/__webpack_require__.n(src);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/keys/algorithms.ts
var algorithms = __webpack_require__(62091);
;// CONCATENATED MODULE: ./packages/core/src/keysources/vault-errors.ts
/**
 * Vault failures as one-line SignetErrors. node-vault's errors carry the axios request config,
 * whose headers hold X-Vault-Token, so nothing from them is kept except the HTTP status, Vault's
 * own `errors` strings and a transport code; the original error is never attached as `cause`.
 */

function vaultFailureOf(e) {
    const failure = { errors: [] };
    if (typeof e !== 'object' || e === null)
        return failure;
    const record = e;
    const status = record.response?.statusCode ?? record.response?.status;
    if (typeof status === 'number')
        failure.status = status;
    const body = record.response?.body;
    if (body && Array.isArray(body.errors))
        failure.errors = body.errors.filter((x) => typeof x === 'string');
    if (typeof record.code === 'string')
        failure.networkCode = record.code;
    else if (record.cause && typeof record.cause.code === 'string')
        failure.networkCode = record.cause.code;
    return failure;
}
function vaultError(e, action, key, path, address) {
    const f = vaultFailureOf(e);
    const ref = `hashivault://${key}`;
    // Vault's error strings never contain the token; cap them so a proxy's HTML page stays one line.
    const detail = f.errors.length ? `: ${f.errors.join('; ').replace(/\s+/g, ' ').trim().slice(0, 200)}` : '';
    switch (f.status) {
        case 403:
            return new errors/* SignetError */.Tj('remote', `${ref}: Vault denied permission to ${action} the transit key (403)${detail}`, {
                status: 403,
                hint: `the token's policy must allow ${action === 'read' ? '"read"' : '"update"'} on ${path}`,
            });
        case 401:
            return new errors/* SignetError */.Tj('remote', `${ref}: Vault rejected the token (401)${detail}`, { status: 401, hint: 'check VAULT_TOKEN' });
        case 404:
            return (0,errors/* codedError */.Au)('usage', 'vault.key-not-found', `${ref}: transit key not found at ${path}${detail}`, { path, mountMayBeWrong: true });
        case 400:
            // Vault answers 400 "signing key not found" / "encryption key not found" for a missing key on sign.
            if (f.errors.some((m) => /key not found|no existing key/i.test(m))) {
                return (0,errors/* codedError */.Au)('usage', 'vault.key-not-found', `${ref}: transit key not found at ${path}${detail}`, { path, mountMayBeWrong: false });
            }
            return (0,errors/* usageError */.Wp)(`${ref}: Vault refused the request (400)${detail}`);
        case undefined:
            return new errors/* SignetError */.Tj('remote', `${ref}: cannot reach Vault at ${address}${f.networkCode ? ` (${f.networkCode})` : ''}`, {
                hint: 'check VAULT_ADDR and that the server is running',
            });
        default:
            return new errors/* SignetError */.Tj('remote', `${ref}: Vault answered ${f.status}${detail}`, { status: f.status });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/keysources/vault.ts
/**
 * `hashivault://name` keys: HashiCorp Vault (or OpenBao) transit keys through node-vault.
 * Configuration is cosign's: VAULT_ADDR, VAULT_TOKEN, VAULT_NAMESPACE and
 * TRANSIT_SECRET_ENGINE_PATH (the mount, default `transit`).
 *
 * Signing matches sigstore's hashivault client (pkg/signature/kms/hashivault/client.go) so that
 * the result is what `cosign sign --key hashivault://` would produce: SHA-256 digest of the
 * payload, POST <mount>/sign/<key>/sha2-256 with `prehashed: true` and
 * `signature_algorithm: pkcs1v15` (ECDSA gets ASN.1 DER, RSA PKCS#1 v1.5). For Ed25519 the client
 * sends the digest as the message with `prehashed: false`, i.e. Ed25519 over SHA-256(payload).
 */





function vaultSettings(env = process.env) {
    const address = env.VAULT_ADDR ?? env.BAO_ADDR;
    if (!address)
        throw (0,errors/* usageError */.Wp)('hashivault:// keys need VAULT_ADDR', 'export VAULT_ADDR=https://vault.example.com:8200');
    const token = env.VAULT_TOKEN ?? env.BAO_TOKEN;
    if (!token)
        throw (0,errors/* usageError */.Wp)('hashivault:// keys need VAULT_TOKEN', 'export VAULT_TOKEN (it is never printed)');
    const mount = (env.TRANSIT_SECRET_ENGINE_PATH || 'transit').replace(/^\/+|\/+$/g, '');
    return { address: address.replace(/\/+$/, ''), token, namespace: env.VAULT_NAMESPACE || undefined, mount };
}
function nodeVaultTransit(settings) {
    const client = src_default()({
        endpoint: settings.address,
        token: settings.token,
        ...(settings.namespace ? { namespace: settings.namespace } : {}),
    });
    const path = (...parts) => [settings.mount, ...parts.map(encodeURIComponent)].join('/');
    const call = async (action, name, p, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw vaultError(e, action, name, p, settings.address);
        }
    };
    return {
        async readKey(name) {
            const p = path('keys', name);
            const res = (await call('read', name, p, () => client.read(p)));
            if (!res?.data)
                throw new errors/* SignetError */.Tj('remote', `hashivault://${name}: Vault returned no key data for ${p}`);
            return res.data;
        },
        async sign(name, body) {
            const p = `${path('sign', name)}/sha2-256`;
            const res = (await call('sign with', name, p, () => client.write(p, body)));
            const signature = res?.data?.signature;
            if (typeof signature !== 'string')
                throw new errors/* SignetError */.Tj('remote', `hashivault://${name}: Vault's sign response has no signature`);
            return { signature };
        },
        async createKey(name, type) {
            const p = path('keys', name);
            await call('create', name, p, () => client.write(p, { type }));
        },
        async rotateKey(name) {
            const p = `${path('keys', name)}/rotate`;
            await call('rotate', name, p, () => client.write(p, {}));
        },
    };
}
/** The public key of one version: PEM for ECDSA/RSA, base64 raw bytes for Ed25519 (as Vault sends them). */
function versionPublicKey(info, version, key) {
    const entry = info.keys[String(version)];
    const pem = typeof entry === 'object' ? entry.public_key : undefined;
    if (!pem) {
        throw (0,errors/* usageError */.Wp)(`hashivault://${key}: version ${version} has no public key (type ${info.type})`, 'use an asymmetric transit key: ecdsa-p256, rsa-2048/3072/4096 or ed25519');
    }
    let publicKey;
    if (info.type === 'ed25519') {
        const raw = Buffer.from(pem, 'base64');
        // SPKI for Ed25519 is a fixed 12-byte prefix and the 32-byte key.
        publicKey = (0,external_node_crypto_.createPublicKey)({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
    }
    else {
        publicKey = (0,external_node_crypto_.createPublicKey)(pem);
    }
    (0,algorithms/* assertSupportedKey */.Ec)(publicKey, `hashivault://${key}`);
    return publicKey;
}
const SIGNATURE_PREFIX = /^vault:v(\d+):/;
function decodeVaultSignature(signature, key) {
    const m = SIGNATURE_PREFIX.exec(signature);
    if (!m)
        throw new errors/* SignetError */.Tj('remote', `hashivault://${key}: unexpected signature format from Vault`);
    return { version: Number(m[1]), bytes: Buffer.from(signature.slice(m[0].length), 'base64') };
}
/** The request body sigstore's client sends for a SHA-256 signature with this key type. */
function signRequest(keyType, payload) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(payload).digest();
    return {
        input: digest.toString('base64'),
        prehashed: keyType !== 'ed25519',
        // "0" = latest, as sigstore sends it when no version is pinned.
        key_version: '0',
        signature_algorithm: 'pkcs1v15',
    };
}
class VaultSigner {
    description;
    #api;
    #key;
    #type;
    #publicKey;
    constructor(api, key, info) {
        this.#api = api;
        this.#key = key;
        this.#type = info.type;
        this.#publicKey = versionPublicKey(info, info.latest_version, key);
        this.description = `hashivault://${key} (${info.type} v${info.latest_version})`;
    }
    async publicKey() {
        return this.#publicKey;
    }
    async sign(data) {
        const { signature } = await this.#api.sign(this.#key, signRequest(this.#type, data));
        const decoded = decodeVaultSignature(signature, this.#key);
        // A rotation between reading the key and signing would make the signature unverifiable
        // with the public key this signer reported; say so instead of storing it.
        if (`hashivault://${this.#key} (${this.#type} v${decoded.version})` !== this.description) {
            throw new errors/* SignetError */.Tj('remote', `hashivault://${this.#key}: the key was rotated while signing (signed with v${decoded.version})`, { hint: 'run the command again' });
        }
        return decoded.bytes;
    }
}
class VaultKeySource {
    #transit;
    constructor(transit = (env) => nodeVaultTransit(vaultSettings(env))) {
        this.#transit = transit;
    }
    #keyName(ref) {
        if (ref.kind !== 'hashivault')
            throw new Error(`unreachable: ${ref.kind}`);
        return ref.key;
    }
    async signer(ref, options) {
        const key = this.#keyName(ref);
        const api = this.#transit(options.env ?? process.env);
        return new VaultSigner(api, key, await api.readKey(key));
    }
    /** The latest version's public key, as cosign's PublicKey() returns it. */
    async publicKey(ref, options) {
        const key = this.#keyName(ref);
        const info = await this.#transit(options.env ?? process.env).readKey(key);
        // cosign's Vault client signs Ed25519 over SHA-256(payload) (prehashed: false with the digest
        // as input), which a bare Ed25519 check over the payload rejects; only Vault's verify
        // endpoint checks such signatures, so say so rather than report a bad signature.
        if (info.type === 'ed25519') {
            throw (0,errors/* usageError */.Wp)(`hashivault://${key} is an ed25519 transit key: its signatures are Ed25519 over the payload's SHA-256 digest, which only Vault's transit/verify endpoint checks`, `verify with \`cosign verify --key hashivault://${key}\`, or sign with an ecdsa-p256 or RSA transit key`);
        }
        return versionPublicKey(info, info.latest_version, key);
    }
    /**
     * Creates an ecdsa-p256 transit key (cosign's default). Vault's create is an upsert that
     * silently keeps an existing key, so existence is checked first; `force` rotates instead,
     * adding a new latest version.
     */
    async createKey(ref, force, env = process.env) {
        const key = this.#keyName(ref);
        const api = this.#transit(env);
        const existing = await api.readKey(key).catch((e) => {
            if (e instanceof errors/* SignetError */.Tj && e.kind === 'usage' && /not found/.test(e.message))
                return undefined;
            throw e;
        });
        if (existing && !force)
            throw (0,errors/* codedError */.Au)('usage', 'vault.key-exists', `hashivault://${key}: transit key already exists (v${existing.latest_version})`, { key, version: existing.latest_version });
        if (existing)
            await api.rotateKey(key);
        else
            await api.createKey(key, 'ecdsa-p256');
        const info = await api.readKey(key);
        return { publicKey: versionPublicKey(info, info.latest_version, key), version: info.latest_version };
    }
}


/***/ })

};
