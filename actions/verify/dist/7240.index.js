export const id = 7240;
export const ids = [7240];
export const modules = {

/***/ 53030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ fileTrustCache),
/* harmony export */   a: () => (/* binding */ noTrustCache)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/**
 * What this machine has seen of a repository's trust data: the highest version of every role
 * and the bytes of the last trusted root. A later read that serves lower versions is a
 * rollback (or a freeze attack) and is refused, as the notary client's trust dir does.
 */



function safe(part) {
    return part.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/**
 * One JSON file per GUN under `dir`, written atomically. Keyed by GUN only, as notary's trust
 * dir: the same repository served by another server (a mirror, a moved server) must not reset
 * rollback protection.
 */
function fileTrustCache(dir) {
    const path = (_server, gun) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ...gun.split('/').map(safe), 'state.json');
    return {
        async load(server, gun) {
            try {
                const state = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path(server, gun), 'utf8'));
                return typeof state?.versions === 'object' && state.versions !== null ? state : undefined;
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SignetError */ .Tj('io', `cannot read the Notary trust cache ${path(server, gun)}: ${e.message}`, { hint: 'remove the file to start over (rollback protection restarts from the next read)' });
            }
        },
        async save(server, gun, state) {
            const file = path(server, gun);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(file, '..'), { recursive: true, mode: 0o700 });
            const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
        },
    };
}
/** No memory between runs: rollback is then only checked within one run. */
const noTrustCache = { load: async () => undefined, save: async () => { } };


/***/ }),

/***/ 26218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ envelopeBytes),
/* harmony export */   M: () => (/* binding */ canonicalBytes)
/* harmony export */ });
/* harmony import */ var _tufjs_canonical_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38105);
/* harmony import */ var _tufjs_canonical_json__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_tufjs_canonical_json__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Notary v1's byte formats. Canonical JSON is docker/go's `MarshalCanonical` (keys sorted
 * bytewise, no whitespace, only `\` and `"` escaped, integers only), which
 * @tufjs/canonical-json reproduces byte for byte on every file in ../shared/notary-v1. A
 * metadata file is `{"signed":` canonical(signed) `,"signatures":` canonical(signatures) `}`:
 * Go's struct order, so `signed` first and not the canonical form of the whole envelope.
 * Snapshot and timestamp hash those exact bytes.
 */

function canonicalBytes(value) {
    return Buffer.from((0,_tufjs_canonical_json__WEBPACK_IMPORTED_MODULE_0__.canonicalize)(value), 'utf8');
}
/** The file bytes notary writes (and hashes) for an envelope. */
function envelopeBytes(envelope) {
    return Buffer.concat([
        Buffer.from('{"signed":'),
        canonicalBytes(envelope.signed),
        Buffer.from(',"signatures":'),
        canonicalBytes(envelope.signatures),
        Buffer.from('}'),
    ]);
}


/***/ }),

/***/ 12499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ selfSignedRootCertificate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/**
 * The root key's certificate as notary makes it (cryptoservice.GenerateCertificate):
 * self-signed, Subject = Issuer = CN=<GUN>, keyUsage digitalSignature+keyEncipherment and
 * basicConstraints CA:FALSE (both critical), extKeyUsage codeSigning, ecdsa-with-SHA256.
 * The notary server refuses a bare root key, and verifiers check the CN against the GUN.
 * Signed through the Signer interface, so the root key may live in any key source.
 */


const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const CN = '2.5.4.3';
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;
async function selfSignedRootCertificate(signer, gun, notBefore, notAfter) {
    const publicKey = await signer.publicKey();
    if (publicKey.asymmetricKeyType !== 'ec' || publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${signer.description}: a Notary root key here must be ECDSA P-256`, 'generate one with `signet generate-key-pair`');
    }
    const [{ AsnConvert, OctetString }, x509] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(2338)]).then(__webpack_require__.t.bind(__webpack_require__, 22338, 23)), Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(2338), __webpack_require__.e(6754)]).then(__webpack_require__.t.bind(__webpack_require__, 86754, 23))]);
    const name = new x509.Name([
        new x509.RelativeDistinguishedName([
            new x509.AttributeTypeAndValue({ type: CN, value: new x509.AttributeValue(PRINTABLE.test(gun) ? { printableString: gun } : { utf8String: gun }) }),
        ]),
    ]);
    const algorithm = new x509.AlgorithmIdentifier({ algorithm: ECDSA_SHA256 });
    const serial = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    serial[0] = (serial[0] ?? 0) & 0x7f; // a positive INTEGER
    const extension = (extnID, critical, value) => new x509.Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
    const tbs = new x509.TBSCertificate({
        version: x509.Version.v3,
        serialNumber: serial.buffer.slice(serial.byteOffset, serial.byteOffset + serial.byteLength),
        signature: algorithm,
        issuer: name,
        validity: new x509.Validity({ notBefore, notAfter }),
        subject: name,
        subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ format: 'der', type: 'spki' }), x509.SubjectPublicKeyInfo),
        extensions: new x509.Extensions([
            extension(x509.id_ce_keyUsage, true, new x509.KeyUsage(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment)),
            extension(x509.id_ce_extKeyUsage, false, new x509.ExtendedKeyUsage([x509.id_kp_codeSigning])),
            extension(x509.id_ce_basicConstraints, true, new x509.BasicConstraints({ cA: false })),
        ]),
    });
    const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
    const signature = Buffer.from(await signer.sign(tbsDer));
    const cert = new x509.Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: signature.buffer.slice(signature.byteOffset, signature.byteOffset + signature.byteLength) });
    const pem = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(AsnConvert.serialize(cert))).toString();
    return pem.endsWith('\n') ? pem : `${pem}\n`;
}


/***/ }),

/***/ 91164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ inspectRepository)
/* harmony export */ });
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98492);
/**
 * What `docker trust inspect` shows, from verified trust data: signed tags with the digest and
 * the signers (delegation names; `Repo Admin` for targets and targets/releases), the
 * delegations' keys, and the administrative (root, targets) key IDs.
 */

const released = (role) => role === 'targets' || role === _lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASES_ROLE */ .I5;
const signerName = (role) => (released(role) ? 'Repo Admin' : role.slice('targets/'.length));
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function inspectRepository(repo, name, tag) {
    const tags = new Map();
    for (const t of (0,_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .allTargets */ .eN)(repo)) {
        if (tag !== undefined && t.tag !== tag)
            continue;
        if (!t.digest)
            continue;
        const key = `${t.tag}\u0000${t.digest.slice('sha256:'.length)}`;
        let signers = tags.get(key);
        if (!signers)
            tags.set(key, (signers = new Set()));
        signers.add(signerName(t.role));
    }
    const root = repo.root.envelope.signed;
    return {
        Name: name,
        SignedTags: [...tags.entries()]
            .map(([key, signers]) => {
            const [signedTag = '', digest = ''] = key.split('\u0000');
            return { SignedTag: signedTag, Digest: digest, Signers: [...signers].sort(byName) };
        })
            .sort((a, b) => byName(a.SignedTag, b.SignedTag) || byName(a.Digest, b.Digest)),
        Signers: [...repo.delegations.entries()]
            .filter(([role]) => !released(role))
            .map(([role, d]) => ({ Name: role.slice('targets/'.length), Keys: [...d.role.keyids].sort(byName).map((ID) => ({ ID })) }))
            .sort((a, b) => byName(a.Name, b.Name)),
        AdministrativeKeys: [
            { Name: 'Root', Keys: [...root.roles.root.keyids].sort(byName).map((ID) => ({ ID })) },
            { Name: 'Repository', Keys: [...root.roles.targets.keyids].sort(byName).map((ID) => ({ ID })) },
        ],
    };
}


/***/ }),

/***/ 99034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ bareKey),
/* harmony export */   D3: () => (/* binding */ samePublicKey),
/* harmony export */   F2: () => (/* binding */ canonicalKeyId),
/* harmony export */   R0: () => (/* binding */ isX509),
/* harmony export */   WC: () => (/* binding */ x509Key),
/* harmony export */   nI: () => (/* binding */ keyCertificate),
/* harmony export */   publicKeyOf: () => (/* binding */ publicKeyOf),
/* harmony export */   xs: () => (/* binding */ keyId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26218);
/**
 * Notary's key objects and key IDs. A key is `{"keytype": T, "keyval": {"private": null,
 * "public": B64}}` and its ID is the hex SHA-256 of that object's canonical JSON. `ecdsa` and
 * `rsa` carry a DER SubjectPublicKeyInfo, `ed25519` the 32 raw bytes, `ecdsa-x509`/`rsa-x509`
 * the PEM text of a certificate (root keys always, delegation keys added as certificates).
 * An x509 key has two IDs: metadata uses the ID of the wrapped object; notary's key files,
 * `notary key list` and `notary delegation add` print the "canonical" ID of the bare key.
 */



function keyId(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalBytes */ .M)({ keytype: key.keytype, keyval: { private: null, public: key.keyval.public } })).digest('hex');
}
/** A bare (non-certificate) key object for a public key. */
function bareKey(publicKey) {
    const type = publicKey.asymmetricKeyType;
    if (type === 'ed25519') {
        const x = publicKey.export({ format: 'jwk' }).x ?? '';
        return { keytype: 'ed25519', keyval: { private: null, public: Buffer.from(x, 'base64url').toString('base64') } };
    }
    const der = publicKey.export({ format: 'der', type: 'spki' });
    if (type === 'ec')
        return { keytype: 'ecdsa', keyval: { private: null, public: der.toString('base64') } };
    if (type === 'rsa')
        return { keytype: 'rsa', keyval: { private: null, public: der.toString('base64') } };
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`unsupported key type ${type ?? 'unknown'} for Notary`, 'use an ECDSA P-256 key');
}
/** A certificate as notary wraps it: base64 of the PEM text, trailing newline included. */
function x509Key(certificatePem) {
    const cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certificatePem);
    const type = cert.publicKey.asymmetricKeyType;
    const keytype = type === 'ec' ? 'ecdsa-x509' : type === 'rsa' ? 'rsa-x509' : undefined;
    if (!keytype)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`a ${type ?? 'unknown'} certificate cannot be a Notary key`, 'use an ECDSA P-256 or RSA certificate');
    const pem = cert.toString();
    return { keytype, keyval: { private: null, public: Buffer.from(pem.endsWith('\n') ? pem : `${pem}\n`).toString('base64') } };
}
function isX509(key) {
    return key.keytype === 'ecdsa-x509' || key.keytype === 'rsa-x509';
}
/** The certificate of an x509 key. */
function keyCertificate(key) {
    return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(key.keyval.public, 'base64').toString('utf8'));
}
/** The public key a TUF key object carries; throws a verification-neutral Error when malformed. */
function publicKeyOf(key) {
    const raw = Buffer.from(key.keyval.public, 'base64');
    switch (key.keytype) {
        case 'ecdsa':
        case 'rsa':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: raw, format: 'der', type: 'spki' });
        case 'ecdsa-x509':
        case 'rsa-x509':
            return keyCertificate(key).publicKey;
        case 'ed25519':
            if (raw.byteLength !== 32)
                throw new Error('ed25519 public key is not 32 bytes');
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
        default:
            throw new Error(`unknown key type ${key.keytype}`);
    }
}
/** notary's "canonical" ID: the ID of the bare key inside an x509 key (the ID itself for bare keys). */
function canonicalKeyId(key) {
    return isX509(key) ? keyId(bareKey(publicKeyOf(key))) : keyId(key);
}
/** Whether two keys are the same public key, whatever wrapping. */
function samePublicKey(a, b) {
    return a.export({ format: 'der', type: 'spki' }).equals(b.export({ format: 'der', type: 'spki' }));
}


/***/ }),

/***/ 98492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ RELEASES_ROLE),
/* harmony export */   S3: () => (/* binding */ roleName),
/* harmony export */   eN: () => (/* binding */ allTargets),
/* harmony export */   lh: () => (/* binding */ findSignedTarget),
/* harmony export */   mM: () => (/* binding */ targetDigest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61462);
/**
 * Which signed target a verifier trusts for a tag. Without named roles, docker's rule:
 * `targets/releases` when it lists the tag, else top-level `targets`. With named roles
 * (Connaisseur's `delegations`, `--notary-role`), every named role must list the tag with the
 * same digest; top-level targets alone then do not count.
 */


const RELEASES_ROLE = 'targets/releases';
/** `targets/releases` for `releases`, as Connaisseur and docker name delegations. */
function roleName(name) {
    return name === 'targets' || name.startsWith('targets/') ? name : `targets/${name}`;
}
function targetDigest(meta) {
    const b64 = meta?.hashes?.sha256;
    if (typeof b64 !== 'string')
        return undefined;
    const raw = Buffer.from(b64, 'base64');
    return raw.byteLength === 32 ? `sha256:${raw.toString('hex')}` : undefined;
}
/** Every (role, tag) target of the repository, in notary's role order. */
function allTargets(repo) {
    const out = [];
    for (const [name, role] of repo.roles) {
        for (const [tag, meta] of Object.entries(role.fetched.envelope.signed.targets)) {
            if (!(0,_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .roleAllows */ .f)(role.delegation, tag))
                continue;
            out.push({ role: name, tag, digest: targetDigest(meta), length: meta.length });
        }
    }
    return out;
}
function inRole(repo, role, tag) {
    const r = repo.roles.get(role);
    if (!r || !(0,_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .roleAllows */ .f)(r.delegation, tag))
        return undefined;
    return Object.hasOwn(r.fetched.envelope.signed.targets, tag) ? r.fetched.envelope.signed.targets[tag] : undefined;
}
function findSignedTarget(repo, tag, requiredRoles) {
    const fail = (problem, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `${repo.gun}:${tag}: ${problem}`, hint === undefined ? {} : { hint });
    const roles = requiredRoles && requiredRoles.length > 0 ? requiredRoles.map(roleName) : undefined;
    if (roles) {
        let found;
        for (const role of roles) {
            const meta = inRole(repo, role, tag);
            if (!meta) {
                const why = repo.missing.get(role) ?? (repo.delegations.has(role) || role === 'targets' ? undefined : 'no such delegation');
                throw fail(`not signed in ${role}${why ? ` (${why})` : ''}`, 'the policy requires a signature by that delegation; sign with its key (`signet sign --notary ... --notary-role`)');
            }
            const digest = targetDigest(meta);
            if (!digest)
                throw fail(`the ${role} target has no sha256`);
            if (found && found.digest !== digest)
                throw fail(`${found.roles.join(', ')} signed ${found.digest} but ${role} signed ${digest}`);
            found = found ? { ...found, roles: [...found.roles, role] } : { tag, digest, length: meta.length, roles: [role] };
        }
        return found;
    }
    for (const role of [RELEASES_ROLE, 'targets']) {
        const meta = inRole(repo, role, tag);
        if (!meta)
            continue;
        const digest = targetDigest(meta);
        if (!digest)
            throw fail(`the ${role} target has no sha256`);
        return { tag, digest, length: meta.length, roles: [role] };
    }
    throw fail('has no signed trust data (not in targets/releases or targets)', 'sign it with Docker Content Trust or `signet sign --notary`');
}


/***/ }),

/***/ 49679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   Jr: () => (/* binding */ checkSigned),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   gM: () => (/* binding */ fileMeta),
/* harmony export */   kJ: () => (/* binding */ checkFileMeta),
/* harmony export */   mE: () => (/* binding */ parseEnvelope)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26218);
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60613);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27819);
/**
 * Notary v1 metadata (TUF as notary 0.7 writes it: `_type` Root/Targets/Snapshot/Timestamp, no
 * spec_version, `consistent_snapshot: false`) and the checks every role shares: type, version,
 * expiry, threshold of distinct valid signatures by the role's keys.
 */





const TYPES = { root: 'Root', targets: 'Targets', snapshot: 'Snapshot', timestamp: 'Timestamp' };
function invalid(gun, role, problem, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `${gun}: Notary ${role} metadata ${problem}`, hint === undefined ? {} : { hint });
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Parses a file and checks its shape (type, version, expiry field, signatures list). */
function parseEnvelope(bytes, gun, role) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw invalid(gun, role, 'is not JSON');
    }
    if (!isObject(doc) || !isObject(doc.signed) || !Array.isArray(doc.signatures))
        throw invalid(gun, role, 'is not a signed envelope');
    const signed = doc.signed;
    const base = role.startsWith('targets/') ? 'targets' : role.replace(/^\d+\./, '');
    const type = TYPES[base];
    if (signed._type !== type)
        throw invalid(gun, role, `has _type ${JSON.stringify(signed._type)}, expected ${type}`);
    if (!Number.isSafeInteger(signed.version) || signed.version < 1)
        throw invalid(gun, role, 'has no valid version');
    if ((0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseExpiry */ .rQ)(signed.expires) === undefined)
        throw invalid(gun, role, `has an invalid expiry ${JSON.stringify(signed.expires)}`);
    for (const s of doc.signatures) {
        if (!isObject(s) || typeof s.keyid !== 'string' || typeof s.method !== 'string' || typeof s.sig !== 'string')
            throw invalid(gun, role, 'has a malformed signature entry');
    }
    if (base === 'root' && (!isObject(signed.keys) || !isObject(signed.roles)))
        throw invalid(gun, role, 'lacks keys or roles');
    if (base === 'targets') {
        if (!isObject(signed.targets))
            throw invalid(gun, role, 'lacks targets');
        const d = signed.delegations;
        if (d !== undefined && (!isObject(d) || !isObject(d.keys) || !Array.isArray(d.roles)))
            throw invalid(gun, role, 'has malformed delegations');
        signed.delegations ??= { keys: {}, roles: [] };
    }
    if ((base === 'snapshot' || base === 'timestamp') && !isObject(signed.meta))
        throw invalid(gun, role, 'lacks meta');
    return { bytes, envelope: doc };
}
/** Expiry, and at least `threshold` distinct keys of the role with a valid signature. */
function checkSigned(fetched, role, keys, gun, name, now) {
    const expires = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseExpiry */ .rQ)(fetched.envelope.signed.expires);
    if (expires <= now)
        throw invalid(gun, name, `expired at ${expires.toISOString()}`, 'the repository owner must re-sign (for timestamp: the Notary server signs a new one on the next publish)');
    if (!Number.isSafeInteger(role.threshold) || role.threshold < 1)
        throw invalid(gun, name, `role has an invalid threshold ${role.threshold}`);
    const bytes = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalBytes */ .M)(fetched.envelope.signed);
    const valid = new Set();
    for (const s of fetched.envelope.signatures) {
        if (!role.keyids.includes(s.keyid) || valid.has(s.keyid))
            continue;
        const key = keys[s.keyid];
        if (key && (0,_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .verifySignature */ .Od)(bytes, s, key))
            valid.add(s.keyid);
    }
    if (valid.size < role.threshold) {
        throw invalid(gun, name, `has ${valid.size} valid signature(s) by its role's keys, needs ${role.threshold}`, 'the data was not signed by the keys the trusted root (or delegation) names, or was changed after signing');
    }
}
/** The lengths and hashes a snapshot or timestamp records for `bytes`. */
function fileMeta(bytes) {
    return {
        hashes: {
            sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('base64'),
            sha512: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(bytes).digest('base64'),
        },
        length: bytes.byteLength,
    };
}
/** Checks bytes against recorded meta: the length and every known hash (at least one). */
function checkFileMeta(bytes, meta, gun, name, by) {
    if (!meta || !isObject(meta.hashes) || !Number.isSafeInteger(meta.length))
        throw invalid(gun, name, `is not listed in ${by}`);
    if (bytes.byteLength !== meta.length)
        throw invalid(gun, name, `is ${bytes.byteLength} bytes but ${by} records ${meta.length}`, 'the server served other bytes than were signed');
    let checked = 0;
    for (const [algorithm, expected] of Object.entries(meta.hashes)) {
        if (algorithm !== 'sha256' && algorithm !== 'sha512')
            continue;
        checked++;
        if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('base64') !== expected)
            throw invalid(gun, name, `does not match its ${algorithm} in ${by}`, 'the server served other bytes than were signed');
    }
    if (checked === 0)
        throw invalid(gun, name, `has no sha256 or sha512 in ${by}`);
}
/** The hex sha256 a snapshot or timestamp records (for content-addressed downloads). */
function sha256Hex(meta) {
    const b64 = meta?.hashes?.sha256;
    if (typeof b64 !== 'string')
        return undefined;
    const raw = Buffer.from(b64, 'base64');
    return raw.byteLength === 32 ? raw.toString('hex') : undefined;
}


/***/ }),

/***/ 88331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ pinPublicKey),
/* harmony export */   mw: () => (/* binding */ loadRootPin),
/* harmony export */   ro: () => (/* binding */ pinKeyIds)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/* harmony import */ var _signers_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87014);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99034);




function pinKeyIds(ids, description = ids.join(', ')) {
    return {
        description,
        matches: (key) => {
            const id = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyId */ .xs)(key);
            return ids.includes(id) || ids.includes((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalKeyId */ .F2)(key));
        },
    };
}
function pinPublicKey(publicKey, description) {
    return {
        description,
        matches: (key) => {
            try {
                return (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .samePublicKey */ .D3)((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__.publicKeyOf)(key), publicKey);
            }
            catch {
                return false;
            }
        },
    };
}
async function loadRootPin(spec) {
    if (/^[0-9a-f]{64}$/.test(spec))
        return pinKeyIds([spec], `root key ID ${spec}`);
    if (!/^[a-z0-9+.-]+:\/\//.test(spec)) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(spec, 'utf8');
        }
        catch {
            text = undefined; // loadVerificationKey words the error
        }
        if (text !== undefined && text.trimStart().startsWith('{')) {
            let root;
            try {
                root = JSON.parse(text);
            }
            catch {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${spec} is not JSON`, 'pass the root public key (PEM), its key ID, or a trusted root.json');
            }
            const ids = root.signed?.roles?.root?.keyids;
            if (!Array.isArray(ids) || ids.length === 0)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${spec} is not a Notary root.json (no root role keys)`);
            return pinKeyIds(ids, `root keys of ${spec}`);
        }
    }
    return pinPublicKey(await (0,_signers_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadVerificationKey */ .LX)(spec), `root key ${spec}`);
}


/***/ }),

/***/ 8953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ StaleVersionError),
/* harmony export */   Fx: () => (/* binding */ MAX_METADATA_BYTES),
/* harmony export */   ZL: () => (/* binding */ NotaryServer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22743);
/* harmony import */ var _registry_challenge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45375);
/* harmony import */ var _registry_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82387);
/**
 * The Notary v1 server's HTTP API, as the notary client and docker use it:
 *   GET  /v2/<gun>/_trust/tuf/<role>.json             current metadata
 *   GET  /v2/<gun>/_trust/tuf/<role>.<sha256 hex>.json by hash (from snapshot/timestamp)
 *   GET  /v2/<gun>/_trust/tuf/<version>.root.json      an older root (rotation chains)
 *   GET  /v2/<gun>/_trust/tuf/{timestamp,snapshot}.key the server's key (created on first ask)
 *   POST /v2/<gun>/_trust/tuf/                        multipart/form-data, one `files` part per role
 * Errors are `{"errors":[{"code","message","detail"}]}`; `VERSION` means another writer got there first.
 *
 * Authentication is the registry's: notary-server's `auth: token` answers 401 with a Bearer
 * challenge scoped `repository:<gun>:pull` (`push,pull` to publish), and the token comes from
 * the same WWW-Authenticate -> token flow as a registry's (registry/transport.ts). The
 * credentials are those stored for the Notary server's host, else those of the GUN's registry,
 * which is what docker sends its Notary server (`docker login REGISTRY` covers both).
 */





/** Notary's own download bounds (notary.MaxDownloadSize and the per-role defaults). */
const MAX_METADATA_BYTES = { root: 100 * 1024, timestamp: 100 * 1024, default: 100 * 1024 * 1024 };
/** The server refused an upload because a newer version is stored (a concurrent publisher). */
class StaleVersionError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj {
    constructor(gun, message) {
        super('remote', `${gun}: the Notary server refused the upload: ${message}`, { code: 'VERSION', hint: 'another publisher updated the repository; re-read and retry' });
    }
}
function serverError(response) {
    try {
        const body = JSON.parse(response.body.toString('utf8'));
        const e = body.errors?.[0];
        if (e) {
            const detail = e.detail && typeof e.detail === 'object' && Object.keys(e.detail).length > 0 ? ` (${JSON.stringify(e.detail)})` : typeof e.detail === 'string' && e.detail ? ` (${e.detail})` : '';
            return { code: e.code, message: `${e.code ?? response.status}: ${e.message ?? ''}${detail}` };
        }
    }
    catch {
        // not the JSON error shape
    }
    return { code: undefined, message: `HTTP ${response.status} ${response.body.toString('utf8').slice(0, 200).trim()}` };
}
class NotaryServer {
    url;
    #host;
    #options;
    /** One auth session per registry whose GUNs are asked for: their credentials differ. */
    #transports = new Map();
    constructor(url, options = {}) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('usage', `invalid Notary server URL "${url}"`, { hint: 'pass --notary https://notary.example.com:4443' });
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('usage', `invalid Notary server URL "${url}"`, { hint: 'use an https:// URL' });
        this.url = parsed.href.replace(/\/+$/, '');
        this.#host = parsed.host;
        this.#options = options;
    }
    #tuf(gun, file = '') {
        return `${this.url}/v2/${gun.split('/').map(encodeURIComponent).join('/')}/_trust/tuf/${file}`;
    }
    /** The registry a GUN names (its first component), whose credentials docker sends the Notary server. */
    #registryOf(gun) {
        return gun.split('/')[0] ?? gun;
    }
    #credentialsFor(gun) {
        const registry = this.#registryOf(gun);
        const source = this.#options.credentials;
        return {
            get: async (host) => (source ? ((await source.get(host)) ?? (host === registry ? undefined : await source.get(registry))) : undefined),
        };
    }
    #transport(gun) {
        const registry = this.#registryOf(gun);
        let found = this.#transports.get(registry);
        if (!found) {
            found = new _registry_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryTransport */ .F({
                credentials: this.#credentialsFor(gun),
                // The user named this URL: plain HTTP (a test server, a sidecar) is spoken when given.
                insecureRegistries: this.url.startsWith('http:') ? [this.#host] : [],
                logger: this.#options.logger,
                timeoutMs: this.#options.timeoutMs,
                tls: { ca: this.#options.ca },
                userAgent: 'signet/0.1',
            });
            this.#transports.set(registry, found);
        }
        return found;
    }
    async #send(gun, access, method, url, what, extra = {}) {
        let response;
        try {
            response = await this.#transport(gun).send({ registry: this.#host, repository: gun, access }, { method, url, ...extra }, what);
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj))
                throw e;
            if (e.code === _registry_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryErrorCodes */ .YA.bodyTooLarge)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `${what}: the Notary server sent more than ${extra.maxBodyBytes} bytes`, { cause: e });
            if (e.code === _registry_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryErrorCodes */ .YA.authFailed)
                throw await this.#authError(gun, access, what, e.status ?? 401, e);
            if (e.code === _registry_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryErrorCodes */ .YA.unreachable || e.code === _registry_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryErrorCodes */ .YA.timeout) {
                const cause = e.cause?.code ?? e.cause?.message ?? e.code;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('remote', `${what}: cannot reach the Notary server ${this.#host} (${cause})`, {
                    hint: /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(cause) ? 'pass --notary-ca with the CA that issued the server certificate' : 'check the --notary URL and that the server is running',
                    cause: e,
                });
            }
            throw e;
        }
        if (response.status === 401 || response.status === 403)
            throw await this.#authError(gun, access, what, response.status, undefined, response);
        return response;
    }
    /**
     * Refused access, said so that the user knows whether credentials went out: none found,
     * sent and refused by the token service, or accepted but without the access asked for.
     */
    async #authError(gun, access, what, status, cause, response) {
        const registry = this.#registryOf(gun);
        // Where the credentials sent came from (config.json auths, a helper, flags or env), when any were.
        const sentFrom = this.#transport(gun).credentialsSentFrom(this.#host) ?? ((await this.#credentialsFor(gun).get(this.#host)) ? 'the configured credentials' : undefined);
        const data = { host: this.#host, registry, gun, access, status, ...(sentFrom ? { sentFrom } : {}) };
        const challenge = response ? (0,_registry_challenge_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWwwAuthenticate */ .q)(response.headers['www-authenticate'] ?? '') : undefined;
        if (sentFrom && response && (status === 403 || challenge?.params.error === 'insufficient_scope')) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('remote', `${what}: the Notary server ${this.#host} accepted the credentials sent (from ${sentFrom}) but denied ${access} access to ${gun} (HTTP ${status})`, { code: 'notary.denied', data, status });
        }
        if (sentFrom) {
            const why = challenge?.params.error ? `, ${challenge.params.error}` : '';
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('remote', `${what}: credentials from ${sentFrom} were sent to the Notary server ${this.#host}${cause ? '\'s token service' : ''} and refused (HTTP ${status}${why})`, { code: 'notary.auth-failed', data, status, ...(cause ? { cause } : {}) });
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('remote', `${what}: the Notary server ${this.#host} requires authentication (HTTP ${status}) and no credentials were found for ${this.#host} or ${registry}`, { code: 'notary.unauthorized', data, status, ...(cause ? { cause } : {}) });
    }
    /** Metadata bytes, or undefined when the server has none (404). */
    async get(gun, file, maxBodyBytes) {
        const what = `GET ${gun} ${file}`;
        const response = await this.#send(gun, 'pull', 'GET', this.#tuf(gun, file), what, { maxBodyBytes });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('remote', `${what}: ${serverError(response).message}`, { status: response.status });
        return response.body;
    }
    /** The server-held key of a role (timestamp or snapshot); the server creates it on first ask. */
    async roleKey(gun, role) {
        const what = `GET ${gun} ${role}.key`;
        // The server creates the key on first ask, so it wants push access (notary's `key` endpoint).
        const response = await this.#send(gun, 'push', 'GET', this.#tuf(gun, `${role}.key`), what, { maxBodyBytes: 64 * 1024 });
        if (response.status !== 200)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('remote', `${what}: ${serverError(response).message}`, { status: response.status });
        const key = JSON.parse(response.body.toString('utf8'));
        if (typeof key?.keytype !== 'string' || typeof key?.keyval?.public !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('remote', `${what}: not a key object`);
        return { keytype: key.keytype, keyval: { private: null, public: key.keyval.public } };
    }
    /** Uploads roles in one multipart POST (all or nothing on the server). */
    async publish(gun, files) {
        const boundary = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24).toString('hex');
        const parts = [];
        for (const [role, bytes] of files) {
            parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${role}"\r\nContent-Type: application/octet-stream\r\n\r\n`), bytes, Buffer.from('\r\n'));
        }
        parts.push(Buffer.from(`--${boundary}--\r\n`));
        const what = `publish ${gun} (${[...files.keys()].join(', ')})`;
        const response = await this.#send(gun, 'push', 'POST', this.#tuf(gun), what, { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, maxBodyBytes: 64 * 1024 });
        if (response.status === 200)
            return;
        const e = serverError(response);
        if (e.code === 'VERSION')
            throw new StaleVersionError(gun, e.message);
        const hint = /does not hold current snapshot key/.test(e.message)
            ? 'the repository\'s snapshot key is held by a client (notary init without server-managed snapshot): pass it with --notary-snapshot-key; nothing was changed'
            : 'nothing was changed on the server';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj(response.status >= 500 ? 'remote' : 'usage', `${gun}: the Notary server refused the upload: ${e.message}`, { status: response.status, code: e.code, hint });
    }
    async close() {
        await Promise.all([...this.#transports.values()].map((t) => t.close()));
    }
}


/***/ }),

/***/ 50445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ addDelegation),
/* harmony export */   z: () => (/* binding */ initRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99034);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8953);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12499);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27819);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51271);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98492);
/**
 * Repository set-up: `init` (an x509-wrapped root key, a targets key, the server's snapshot and
 * timestamp keys, as docker initialises repositories) and delegations for CI signers.
 */







async function initRepository(server, gun, request) {
    if (await server.get(gun, 'root.json', _server_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_METADATA_BYTES */ .Fx.root)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('usage', `${gun} already has trust data on ${server.url}`, { hint: 'inspect it with `signet notary inspect`; add signers with `signet notary delegate`' });
    }
    const now = request.now ?? new Date();
    const [timestamp, snapshot] = await Promise.all([server.roleKey(gun, 'timestamp'), server.roleKey(gun, 'snapshot')]);
    const certificatePem = await (0,_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .selfSignedRootCertificate */ .Y)(request.rootSigner, gun, now, new Date(now.getTime() + _time_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY */ .Gp.root));
    const rootKey = (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .x509Key */ .WC)(certificatePem);
    const targetsPublic = await request.targetsSigner.publicKey();
    const targetsKey = (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .bareKey */ .AZ)(targetsPublic);
    const ids = { root: (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .keyId */ .xs)(rootKey), targets: (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .keyId */ .xs)(targetsKey), timestamp: (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .keyId */ .xs)(timestamp), snapshot: (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .keyId */ .xs)(snapshot) };
    if (ids.root === ids.targets || (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalKeyId */ .F2)(rootKey) === ids.targets)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('the root and targets keys must differ', 'generate a separate targets key');
    const keys = { [ids.root]: rootKey, [ids.targets]: targetsKey, [ids.timestamp]: timestamp, [ids.snapshot]: snapshot };
    const root = {
        _type: 'Root',
        consistent_snapshot: false,
        expires: (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatExpiry */ .B8)(new Date(now.getTime() + _time_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY */ .Gp.root)),
        keys,
        roles: {
            root: { keyids: [ids.root], threshold: 1 },
            snapshot: { keyids: [ids.snapshot], threshold: 1 },
            targets: { keyids: [ids.targets], threshold: 1 },
            timestamp: { keyids: [ids.timestamp], threshold: 1 },
        },
        version: 1,
    };
    const targets = { _type: 'Targets', delegations: { keys: {}, roles: [] }, expires: (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatExpiry */ .B8)(new Date(now.getTime() + _time_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY */ .Gp.targets)), targets: {}, version: 1 };
    const files = new Map([
        ['root', await (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .signRole */ .CK)(root, request.rootSigner, ids.root)],
        ['targets', await (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .signRole */ .CK)(targets, request.targetsSigner, ids.targets)],
    ]);
    await server.publish(gun, files);
    return {
        rootKeyId: ids.root,
        rootCanonicalKeyId: (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalKeyId */ .F2)(rootKey),
        rootCertificatePem: certificatePem,
        targetsKeyId: ids.targets,
        timestampKeyId: ids.timestamp,
        snapshotKeyId: ids.snapshot,
    };
}
/** Adds keys to a delegation (creating it with all paths and threshold 1), as `notary delegation add`. */
async function addDelegation(server, gun, request) {
    const role = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_6__/* .roleName */ .S3)(request.role);
    if (role === 'targets' || !/^targets(\/[A-Za-z0-9_.-]+)+$/.test(role))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`invalid delegation role "${request.role}"`, 'use targets/releases or targets/<name>');
    if (role.split('/').length > 2)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`nested delegation ${role} is not supported here`, 'delegate from targets (targets/<name>)');
    const keyIds = request.keys.map(_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .keyId */ .xs);
    const result = await (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRole */ .CW)(server, gun, async (repo) => {
        const rootSigned = repo.root.envelope.signed;
        const keyid = await (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .signingKeyId */ .ST)(request.targetsSigner, rootSigned.roles.targets, rootSigned.keys);
        if (!keyid)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${request.targetsSigner.description} is not the targets key of ${gun}`, 'pass the repository key (`signet notary init` --key) with --key');
        const signed = (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .currentTargets */ .cb)(repo, 'targets');
        const existing = signed.delegations.roles.find((r) => r.name === role);
        const missingKeys = keyIds.filter((id) => !existing?.keyids.includes(id));
        if (existing && missingKeys.length === 0)
            return { role: 'targets' };
        request.keys.forEach((key, i) => (signed.delegations.keys[keyIds[i]] = key));
        if (existing)
            existing.keyids.push(...missingKeys);
        else
            signed.delegations.roles.push({ keyids: keyIds, name: role, paths: request.paths ?? [''], threshold: request.threshold ?? 1 });
        signed.version += 1;
        signed.expires = (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatExpiry */ .B8)(new Date((request.now ?? new Date()).getTime() + _time_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY */ .Gp.targets));
        return { role: 'targets', bytes: await (0,_write_js__WEBPACK_IMPORTED_MODULE_5__/* .signRole */ .CK)(signed, request.targetsSigner, keyid), version: signed.version };
    }, request);
    return { ...result, keyIds };
}


/***/ }),

/***/ 60613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   SS: () => (/* binding */ signSigned),
/* harmony export */   uI: () => (/* binding */ derToP1363)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26218);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99034);
/**
 * Signature methods as notary encodes them: `ecdsa` = r||s (32+32 bytes big-endian) over
 * SHA-256, `eddsa` = 64-byte Ed25519, `rsapss` = RSASSA-PSS SHA-256 (MGF1-SHA-256, salt 32),
 * `rsapkcs1v15` = PKCS#1 v1.5 SHA-256. Signers from every key source return DER ECDSA (what
 * cosign stores), converted here.
 */




/** DER ECDSA-Sig-Value -> r||s, each padded to `size` bytes. */
function derToP1363(der, size = 32) {
    const b = Buffer.from(der);
    let i = 0;
    const expect = (tag) => {
        if (b[i++] !== tag)
            throw new Error('not a DER ECDSA signature');
    };
    const length = () => {
        const first = b[i++] ?? 0;
        if (first < 0x80)
            return first;
        let n = 0;
        for (let k = 0; k < (first & 0x7f); k++)
            n = (n << 8) | (b[i++] ?? 0);
        return n;
    };
    expect(0x30);
    length();
    const ints = [];
    for (let k = 0; k < 2; k++) {
        expect(0x02);
        const n = length();
        let v = b.subarray(i, i + n);
        i += n;
        while (v.byteLength > size && v[0] === 0)
            v = v.subarray(1);
        if (v.byteLength > size)
            throw new Error('ECDSA integer longer than the curve');
        ints.push(Buffer.concat([Buffer.alloc(size - v.byteLength), v]));
    }
    return Buffer.concat(ints);
}
/** Signs canonical(signed) with a P-256 signer, as notary's ECDSA signer does. */
async function signSigned(signed, signer, keyid) {
    const publicKey = await signer.publicKey();
    if (publicKey.asymmetricKeyType !== 'ec' || publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${signer.description}: Notary signing needs an ECDSA P-256 key`, 'use an ECDSA P-256 key (cosign generate-key-pair / signet generate-key-pair make one)');
    }
    const der = await signer.sign((0,_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(signed));
    return { keyid, method: 'ecdsa', sig: derToP1363(der).toString('base64') };
}
/** Whether `signature` is a valid signature by `key` over canonical(signed). */
function verifySignature(signedBytes, signature, key) {
    let publicKey;
    try {
        publicKey = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__.publicKeyOf)(key);
    }
    catch {
        return false;
    }
    const sig = Buffer.from(signature.sig, 'base64');
    try {
        switch (signature.method) {
            case 'ecdsa':
                return publicKey.asymmetricKeyType === 'ec' && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', signedBytes, { key: publicKey, dsaEncoding: 'ieee-p1363' }, sig);
            case 'eddsa':
                return publicKey.asymmetricKeyType === 'ed25519' && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, signedBytes, publicKey, sig);
            case 'rsapss':
                return publicKey.asymmetricKeyType === 'rsa' && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', signedBytes, { key: publicKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig);
            case 'rsapkcs1v15':
                return publicKey.asymmetricKeyType === 'rsa' && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', signedBytes, { key: publicKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, sig);
            default:
                return false;
        }
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 27819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ formatExpiry),
/* harmony export */   Gp: () => (/* binding */ EXPIRY),
/* harmony export */   rQ: () => (/* binding */ parseExpiry)
/* harmony export */ });
/** Notary's times: RFC 3339 UTC. Go writes nanoseconds; whole seconds are accepted by every reader. */
const YEAR_MS = 365 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
/** Expiry defaults of the notary client and server (README of ../shared/notary-v1). */
const EXPIRY = {
    root: 10 * YEAR_MS,
    targets: 3 * YEAR_MS,
    snapshot: 3 * YEAR_MS,
    timestamp: 14 * DAY_MS,
};
function formatExpiry(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/** Go's RFC 3339 with up to nine fraction digits; undefined when unparseable. */
function parseExpiry(value) {
    if (typeof value !== 'string')
        return undefined;
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(value);
    if (!m)
        return undefined;
    const ms = (m[2] ?? '').padEnd(3, '0').slice(0, 3);
    const date = new Date(`${m[1]}.${ms}${m[3]}`);
    return Number.isNaN(date.getTime()) ? undefined : date;
}


/***/ }),

/***/ 61462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ roleAllows),
/* harmony export */   w: () => (/* binding */ loadTrustedRepository)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73438);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53030);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99034);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49679);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8953);
/**
 * Reads a repository's trust data the way a TUF client must: root (pinned, rotations chained
 * from the cached root) -> timestamp -> snapshot (its hash and length from the timestamp) ->
 * targets and every delegation (hashes and lengths from the snapshot, keys and thresholds from
 * their parent), each checked for type, signatures, expiry and version rollback.
 */






function gunMatches(cert, gun) {
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1];
    if (cn === undefined)
        return false;
    return cn === gun || (cn.endsWith('*') && gun.startsWith(cn.slice(0, -1)));
}
/** Root role keys usable at `now` (x509 keys need a certificate for this GUN, in validity). */
function checkRootCertificates(root, gun, now) {
    for (const id of root.envelope.signed.roles.root?.keyids ?? []) {
        const key = root.envelope.signed.keys[id];
        if (!key || !(0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isX509 */ .R0)(key))
            continue;
        let cert;
        try {
            cert = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyCertificate */ .nI)(key);
        }
        catch {
            throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'root', `key ${id} is not a valid certificate`);
        }
        if (!gunMatches(cert, gun))
            throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'root', `key ${id} is a certificate for ${cert.subject.replace(/\n/g, ', ')}, not CN=${gun}`);
        if (now < cert.validFromDate || now > cert.validToDate)
            throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'root', `key ${id} certificate is outside its validity (${cert.validFrom} - ${cert.validTo})`);
    }
}
function rollback(gun, role, got, seen) {
    if (seen !== undefined && got < seen) {
        throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, role, `is version ${got}, older than version ${seen} seen before`, 'the server (or something between) serves rolled-back trust data; do not trust it');
    }
}
async function fetchRole(server, gun, role, hashHex, max) {
    // By hash first, as the notary client does (the snapshot names exact bytes); the plain name otherwise.
    if (hashHex) {
        const byHash = await server.get(gun, `${role}.${hashHex}.json`, max);
        if (byHash)
            return byHash;
    }
    return server.get(gun, `${role}.json`, max);
}
async function loadRoot(server, gun, options, cached, now) {
    const bytes = await server.get(gun, 'root.json', _server_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_METADATA_BYTES */ .Fx.root);
    if (!bytes)
        throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'root', 'does not exist on the server: the repository has no trust data', 'sign the image with Docker Content Trust or `signet sign --notary` first');
    const root = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, gun, 'root');
    const signed = root.envelope.signed;
    for (const role of ['root', 'targets', 'snapshot', 'timestamp']) {
        if (!signed.roles[role] || !Array.isArray(signed.roles[role].keyids))
            throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'root', `names no ${role} role`);
    }
    // Every key listed under its ID, so a signature cannot claim another key's ID.
    for (const [id, key] of Object.entries(signed.keys))
        if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyId */ .xs)(key) !== id)
            throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'root', `lists key ${id} whose ID is ${(0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyId */ .xs)(key)}`);
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSigned */ .Jr)(root, signed.roles.root, signed.keys, gun, 'root', now);
    checkRootCertificates(root, gun, now);
    if (options.pin) {
        const pinned = signed.roles.root.keyids.filter((id) => signed.keys[id] && options.pin.matches(signed.keys[id]));
        if (pinned.length === 0) {
            throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'root', `is not signed with the pinned ${options.pin.description} (its root keys: ${signed.roles.root.keyids.join(', ')})`, 'check --notary-root: the wrong repository, or the root was replaced');
        }
        // The pinned key itself must have signed, not only some threshold of others.
        (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSigned */ .Jr)(root, { keyids: pinned, threshold: 1 }, signed.keys, gun, 'root', now);
    }
    const seen = cached?.versions.root;
    rollback(gun, 'root', signed.version, seen);
    if (seen !== undefined && cached?.root && signed.version > seen) {
        // A rotation: each newer root must be signed by a threshold of the one before it.
        let previous = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(Buffer.from(cached.root, 'base64'), gun, 'cached root');
        for (let v = seen + 1; v <= signed.version; v++) {
            const next = v === signed.version ? root : (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)((await server.get(gun, `${v}.root.json`, _server_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_METADATA_BYTES */ .Fx.root)) ?? Buffer.alloc(0), gun, `root version ${v}`);
            (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSigned */ .Jr)(next, previous.envelope.signed.roles.root, previous.envelope.signed.keys, gun, `root version ${v} (by the root before it)`, new Date(0));
            previous = next;
        }
    }
    return root;
}
/** Whether a delegated role may sign `name` (paths are prefixes; "" allows all). */
function roleAllows(role, name) {
    if (!role)
        return true;
    if (Array.isArray(role.paths))
        return role.paths.some((p) => name.startsWith(p));
    return false; // path_hash_prefixes: notary never writes them for images
}
async function loadTrustedRepository(server, gun, options = {}) {
    const now = options.now ?? new Date();
    const cache = options.cache ?? _cache_js__WEBPACK_IMPORTED_MODULE_4__/* .noTrustCache */ .a;
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .q;
    const cached = await cache.load(server.url, gun);
    const seen = cached?.versions ?? {};
    const root = await loadRoot(server, gun, options, cached, now);
    const rootSigned = root.envelope.signed;
    const tsBytes = await server.get(gun, 'timestamp.json', _server_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_METADATA_BYTES */ .Fx.timestamp);
    if (!tsBytes)
        throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'timestamp', 'does not exist on the server');
    const timestamp = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(tsBytes, gun, 'timestamp');
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSigned */ .Jr)(timestamp, rootSigned.roles.timestamp, rootSigned.keys, gun, 'timestamp', now);
    rollback(gun, 'timestamp', timestamp.envelope.signed.version, seen.timestamp);
    const snapshotMeta = timestamp.envelope.signed.meta.snapshot;
    const snBytes = await fetchRole(server, gun, 'snapshot', (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(snapshotMeta), snapshotMeta?.length ?? _server_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_METADATA_BYTES */ .Fx.default);
    if (!snBytes)
        throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'snapshot', 'does not exist on the server');
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFileMeta */ .kJ)(snBytes, snapshotMeta, gun, 'snapshot', 'the timestamp');
    const snapshot = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(snBytes, gun, 'snapshot');
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSigned */ .Jr)(snapshot, rootSigned.roles.snapshot, rootSigned.keys, gun, 'snapshot', now);
    rollback(gun, 'snapshot', snapshot.envelope.signed.version, seen.snapshot);
    const meta = snapshot.envelope.signed.meta;
    // The snapshot pins the root the server serves: a mismatch is a mix-and-match of repositories.
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFileMeta */ .kJ)(root.bytes, meta.root, gun, 'root', 'the snapshot');
    const roles = new Map();
    const missing = new Map();
    const delegations = new Map();
    const versions = {
        root: rootSigned.version,
        timestamp: timestamp.envelope.signed.version,
        snapshot: snapshot.envelope.signed.version,
    };
    const targetsBytes = await fetchRole(server, gun, 'targets', (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(meta.targets), meta.targets?.length ?? _server_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_METADATA_BYTES */ .Fx.default);
    if (!targetsBytes)
        throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, 'targets', 'does not exist on the server');
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFileMeta */ .kJ)(targetsBytes, meta.targets, gun, 'targets', 'the snapshot');
    const targets = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(targetsBytes, gun, 'targets');
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSigned */ .Jr)(targets, rootSigned.roles.targets, rootSigned.keys, gun, 'targets', now);
    rollback(gun, 'targets', targets.envelope.signed.version, seen.targets);
    versions.targets = targets.envelope.signed.version;
    roles.set('targets', { name: 'targets', fetched: targets, delegation: undefined, keys: rootSigned.keys });
    // Pre-order walk of delegations (notary's order), bounded against cycles and depth.
    const queue = [{ parent: roles.get('targets'), depth: 0 }];
    while (queue.length > 0) {
        const { parent, depth } = queue.shift();
        const d = parent.fetched.envelope.signed.delegations;
        for (const role of d.roles) {
            if (typeof role?.name !== 'string' || !role.name.startsWith(`${parent.name}/`) || delegations.has(role.name) || depth >= 8)
                continue;
            const keys = {};
            for (const id of role.keyids ?? []) {
                const key = d.keys[id];
                if (key && (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyId */ .xs)(key) === id)
                    keys[id] = key;
            }
            delegations.set(role.name, { role, keys, parent: parent.name });
            const roleMeta = meta[role.name];
            if (!roleMeta) {
                missing.set(role.name, 'no data published yet');
                continue;
            }
            try {
                const bytes = await fetchRole(server, gun, role.name, (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(roleMeta), roleMeta.length);
                if (!bytes)
                    throw (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(gun, role.name, 'is listed in the snapshot but not served');
                (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFileMeta */ .kJ)(bytes, roleMeta, gun, role.name, 'the snapshot');
                const fetched = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvelope */ .mE)(bytes, gun, role.name);
                (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSigned */ .Jr)(fetched, role, keys, gun, role.name, now);
                rollback(gun, role.name, fetched.envelope.signed.version, seen[role.name]);
                versions[role.name] = fetched.envelope.signed.version;
                const entry = { name: role.name, fetched, delegation: role, keys };
                roles.set(role.name, entry);
                queue.push({ parent: entry, depth: depth + 1 });
            }
            catch (e) {
                // As notary: an invalid delegation is skipped (its targets do not count), not fatal.
                const why = e.message;
                missing.set(role.name, why);
                logger.warn(why);
                // A rollback is never ignored.
                if (/older than version/.test(why))
                    throw e;
            }
        }
    }
    const merged = { ...seen };
    for (const [role, v] of Object.entries(versions))
        merged[role] = Math.max(v, merged[role] ?? 0);
    await cache.save(server.url, gun, { versions: merged, root: root.bytes.toString('base64') });
    return { server: server.url, gun, root, timestamp, snapshot, roles, missing, delegations };
}


/***/ }),

/***/ 38287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ NotaryVerifier),
/* harmony export */   qu: () => (/* binding */ gunOf),
/* harmony export */   r: () => (/* binding */ registryReference)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _reference_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17159);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98492);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61462);
/**
 * Docker Content Trust verification of an image reference: the tag's signed target from
 * verified trust data (GUN = registry/repository) must be the manifest the registry serves for
 * that tag, digest and size. One trust-data read per repository per batch.
 */




/** The GUN docker uses for a reference: `docker.io/library/alpine`, `registry:5000/team/app`. */
function gunOf(ref) {
    return `${ref.registry}/${ref.repository}`;
}
function registryReference(input) {
    const target = (0,_reference_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTarget */ .hu)(input);
    if (target.kind !== 'registry')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${input}: Notary trust data is kept per registry repository; an OCI layout has none`, 'name the pushed image');
    return target.reference;
}
class NotaryVerifier {
    #server;
    #options;
    #repos = new Map();
    constructor(server, options) {
        this.#server = server;
        this.#options = options;
    }
    repository(gun) {
        let found = this.#repos.get(gun);
        if (!found) {
            found = (0,_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .loadTrustedRepository */ .w)(this.#server, gun, this.#options);
            this.#repos.set(gun, found);
        }
        return found;
    }
    async verify(input, ctx) {
        const ref = registryReference(input);
        const gun = gunOf(ref);
        const tag = ref.digest ? ref.tag : (ref.tag ?? 'latest');
        const fail = (reason, target, image = input) => ({ image, gun, tag, ok: false, reason, target });
        let repo;
        try {
            repo = await this.repository(gun);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj && e.kind === 'verification')
                return fail(e.message);
            throw e;
        }
        let target;
        try {
            if (tag !== undefined)
                target = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .findSignedTarget */ .lh)(repo, tag, this.#options.roles);
            else {
                // By digest: any tag whose signed target (in the required roles) is this digest.
                const roles = this.#options.roles?.map(_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .roleName */ .S3);
                const hit = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .allTargets */ .eN)(repo).find((t) => t.digest === ref.digest && (!roles || roles.includes(t.role)));
                if (!hit)
                    return fail(`${gun}@${ref.digest}: no signed tag of the trust data has this digest`);
                target = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .findSignedTarget */ .lh)(repo, hit.tag, this.#options.roles);
                if (target.digest !== ref.digest)
                    return fail(`${gun}@${ref.digest}: tag ${hit.tag} is signed for ${target.digest}`);
            }
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj && e.kind === 'verification')
                return fail(e.message);
            throw e;
        }
        // TAG@DIGEST (a build's tag and digest): the tag must be signed for exactly that digest.
        if (ref.digest !== undefined && ref.tag !== undefined && target.digest !== ref.digest) {
            return fail(`${gun}:${tag}: ${target.roles.join(', ')} signed ${target.digest} for the tag, not ${ref.digest}`, target);
        }
        const repository = ctx.registry.repository(ref.registry, ref.repository);
        const served = await repository.resolve(ref.digest ?? tag);
        if (!served)
            return fail(`${gun}:${tag ?? ref.digest}: the registry has no such manifest (trust data signs ${target.digest})`, target);
        const image = `${gun}@${served.digest}`;
        if (served.digest !== target.digest) {
            return fail(`${gun}:${tag}: the registry serves ${served.digest} but ${target.roles.join(', ')} signed ${target.digest}`, target, image);
        }
        if (served.size > 0 && served.size !== target.length) {
            return fail(`${gun}:${tag}: the registry's manifest is ${served.size} bytes but ${target.roles.join(', ')} signed ${target.length}`, target, image);
        }
        return { image, gun, tag: target.tag, ok: true, reason: undefined, target };
    }
}


/***/ }),

/***/ 51271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ signRole),
/* harmony export */   CW: () => (/* binding */ writeRole),
/* harmony export */   ST: () => (/* binding */ signingKeyId),
/* harmony export */   Zy: () => (/* binding */ defaultPublishRole),
/* harmony export */   cb: () => (/* binding */ currentTargets),
/* harmony export */   gr: () => (/* binding */ roleSigners),
/* harmony export */   si: () => (/* binding */ publishTargets)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73438);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26218);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99034);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49679);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8953);
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60613);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27819);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61462);
/**
 * Writing trust data: a role's new version signed with a key of that role, uploaded in one
 * multipart POST. Snapshot and timestamp are the server's unless the caller holds the
 * snapshot key (then signet signs the snapshot too; the timestamp is always the server's).
 * A stale-version refusal (another publisher won) re-reads everything and retries.
 */










/** The key ID under which `signer` may sign a role, or undefined. */
async function signingKeyId(signer, role, keys) {
    const mine = await signer.publicKey();
    for (const id of role.keyids) {
        const key = keys[id];
        if (!key)
            continue;
        try {
            if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .samePublicKey */ .D3)((0,_keys_js__WEBPACK_IMPORTED_MODULE_1__.publicKeyOf)(key), mine))
                return id;
        }
        catch {
            // a malformed key is no match
        }
    }
    return undefined;
}
/** Keys and threshold that may sign `role`, from the root or the delegation. */
function roleSigners(repo, role) {
    if (role === 'targets')
        return { role: repo.root.envelope.signed.roles.targets, keys: repo.root.envelope.signed.keys };
    const d = repo.delegations.get(role);
    return d ? { role: d.role, keys: d.keys } : undefined;
}
/** The current content of a targets role, or an empty first version. */
function currentTargets(repo, role) {
    const existing = repo.roles.get(role)?.fetched.envelope.signed;
    if (existing)
        return structuredClone(existing);
    const why = repo.missing.get(role);
    if (why && why !== 'no data published yet')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SignetError */ .Tj('verification', `${repo.gun}: ${role} on the server fails verification (${why})`, { hint: 'fix or remove it with the notary client before publishing' });
    return { _type: 'Targets', delegations: { keys: {}, roles: [] }, expires: '', targets: {}, version: 0 };
}
async function signRole(signed, signer, keyid) {
    const envelope = { signed, signatures: [await (0,_signatures_js__WEBPACK_IMPORTED_MODULE_3__/* .signSigned */ .SS)(signed, signer, keyid)] };
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .envelopeBytes */ .C)(envelope);
}
async function snapshotFor(repo, files, signer, now) {
    const rootSigned = repo.root.envelope.signed;
    const keyid = await signingKeyId(signer, rootSigned.roles.snapshot, rootSigned.keys);
    if (!keyid)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${signer.description} is not the snapshot key of ${repo.gun}`, 'leave out --notary-snapshot-key when the server holds the snapshot key');
    const previous = repo.snapshot.envelope.signed;
    const meta = { ...previous.meta };
    for (const [role, bytes] of files)
        meta[role] = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .fileMeta */ .gM)(bytes);
    const signed = { ...previous, meta, expires: (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .formatExpiry */ .B8)(new Date(now.getTime() + _time_js__WEBPACK_IMPORTED_MODULE_6__/* .EXPIRY */ .Gp.snapshot)), version: previous.version + 1 };
    return signRole(signed, signer, keyid);
}
/** Applies `change` to fresh trust data and publishes it, re-reading on a stale-version refusal. */
async function writeRole(server, gun, change, options = {}) {
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_7__/* .silentLogger */ .q;
    const maxAttempts = options.maxAttempts ?? 8;
    for (let attempt = 1;; attempt++) {
        const now = options.now ?? new Date();
        const repo = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .loadTrustedRepository */ .w)(server, gun, { ...options, now });
        const changed = await change(repo);
        const snapshotSignedBy = options.snapshotSigner ? 'signet' : 'server';
        if (changed.bytes === undefined)
            return { role: changed.role, version: undefined, attempts: attempt, snapshotSignedBy };
        const files = new Map([[changed.role, changed.bytes]]);
        if (options.snapshotSigner)
            files.set('snapshot', await snapshotFor(repo, files, options.snapshotSigner, now));
        try {
            await server.publish(gun, files);
            return { role: changed.role, version: changed.version, attempts: attempt, snapshotSignedBy };
        }
        catch (e) {
            if (!(e instanceof _server_js__WEBPACK_IMPORTED_MODULE_9__/* .StaleVersionError */ .AZ) || attempt >= maxAttempts)
                throw e;
            const delay = Math.floor(50 + Math.random() * 100 * attempt);
            logger.debug(`${gun}: ${e.message}; re-reading and retrying in ${delay} ms (attempt ${attempt + 1}/${maxAttempts})`);
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(delay);
        }
    }
}
/** The role docker publishes into: targets/releases when the repository delegates it, else targets. */
function defaultPublishRole(repo) {
    return repo.delegations.has('targets/releases') ? 'targets/releases' : 'targets';
}
/** Adds or updates the targets of many tags of one repository in one publish. */
async function publishTargets(server, gun, request) {
    for (const t of request.targets) {
        if (!/^sha256:[0-9a-f]{64}$/.test(t.digest) || !Number.isSafeInteger(t.length) || t.length <= 0)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${gun}:${t.tag}: invalid digest or size for a Notary target`);
    }
    const change = async (repo) => {
        const role = request.role ? (request.role === 'targets' || request.role.startsWith('targets/') ? request.role : `targets/${request.role}`) : defaultPublishRole(repo);
        const signers = roleSigners(repo, role);
        if (!signers)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${gun} has no delegation ${role}`, `add one with \`signet notary delegate ${gun} --role ${role} --key PUB\``);
        const keyid = await signingKeyId(request.signer, signers.role, signers.keys);
        if (!keyid) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${request.signer.description} is not a key of ${gun}'s ${role} role (its keys: ${signers.role.keyids.join(', ') || 'none'})`, `sign with a key of that role, or add yours: \`signet notary delegate ${gun} --role ${role} --key PUB\``);
        }
        const signed = currentTargets(repo, role);
        let changes = 0;
        for (const t of request.targets) {
            const sha256 = Buffer.from(t.digest.slice('sha256:'.length), 'hex').toString('base64');
            const old = signed.targets[t.tag];
            if (old && old.length === t.length && old.hashes?.sha256 === sha256 && Object.keys(old.hashes).length === 1)
                continue;
            signed.targets[t.tag] = { hashes: { sha256 }, length: t.length };
            changes++;
        }
        if (changes === 0)
            return { role };
        signed.version += 1;
        signed.expires = (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .formatExpiry */ .B8)(new Date((request.now ?? new Date()).getTime() + _time_js__WEBPACK_IMPORTED_MODULE_6__/* .EXPIRY */ .Gp.targets));
        return { role, bytes: await signRole(signed, request.signer, keyid), version: signed.version };
    };
    return writeRole(server, gun, change, request);
}
/** For `delegate --key`: a bare key object for a public key. */



/***/ })

};
