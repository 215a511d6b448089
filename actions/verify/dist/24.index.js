export const id = 24;
export const ids = [24];
export const modules = {

/***/ 17455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ addNotaryOptions),
/* harmony export */   z: () => (/* binding */ notaryCacheDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The Notary v1 (Docker Content Trust) flags sign and verify share. Registering them costs
 * nothing; the Notary engine is loaded only when --notary is given (commands/notary.ts).
 */


/** Where versions seen are kept (rollback protection): --notary-cache, SIGNET_NOTARY_CACHE, ~/.cache/signet/notary. */
function notaryCacheDir(flags = {}, env = process.env) {
    return flags.notaryCache ?? env.SIGNET_NOTARY_CACHE ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache'), 'signet', 'notary');
}
const collect = (value, previous = []) => [...previous, value];
function addNotaryOptions(command, mode) {
    command
        .option('--notary <url>', 'Docker Content Trust: the Notary v1 server (e.g. https://notary.example.com:4443); IMAGE:TAG is ' + (mode === 'sign' ? 'published there as a signed target' : 'checked against its trust data'))
        .option('--notary-root <root>', `with --notary: the pinned root key (PEM public key or certificate, env://, k8s://...), its key ID, or a trusted root.json${mode === 'sign' ? ' (optional when publishing)' : ''}`)
        .option('--notary-ca <file>', 'with --notary: PEM CA certificate(s) of the Notary server\'s TLS certificate')
        .option('--notary-role <role>', mode === 'sign' ? 'with --notary: the role to publish into (default targets/releases when delegated, else targets)' : 'with --notary: a delegation that must have signed the tag (repeatable; e.g. releases). Default: targets/releases, else targets, as docker', collect, undefined)
        .option('--notary-cache <dir>', 'with --notary: where versions seen are kept for rollback protection (default SIGNET_NOTARY_CACHE or ~/.cache/signet/notary)');
    if (mode === 'sign')
        command.option('--notary-snapshot-key <ref>', 'with --notary: the snapshot key, when the repository\'s snapshot is not server-managed');
    return command;
}


/***/ }),

/***/ 52287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ legacyToBundle),
/* harmony export */   aK: () => (/* binding */ loggedVerifierProblem),
/* harmony export */   zM: () => (/* binding */ legacyEvidenceAnnotations)
/* harmony export */ });
/* unused harmony export TIMESTAMP_ANNOTATION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signature_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66636);
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
        out[_signature_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .Annotations */ .rB.bundle] = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .goJson */ .P)({
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
        out[TIMESTAMP_ANNOTATION] = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .goJson */ .P)({ SignedRFC3161Timestamp: Buffer.from(timestamp.signedTimestamp).toString('base64') });
    return out;
}
/**
 * The v0.1 message-signature bundle equivalent to a legacy `.sig` layer, or why there is none.
 * A missing `dev.sigstore.cosign/bundle` yields a bundle without tlog entries (the caller's
 * threshold decides whether that is acceptable).
 */
function legacyToBundle(sig) {
    const tlogEntries = [];
    const raw = sig.annotations[_signature_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .Annotations */ .rB.bundle];
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
                messageDigest: { algorithm: SHA2_256, digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(sig.payload).digest() },
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
        return `${_signature_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .Annotations */ .rB.bundle} annotation is not JSON`;
    }
    const p = parsed.Payload;
    if (typeof parsed.SignedEntryTimestamp !== 'string' || !p || typeof p.body !== 'string' || typeof p.logID !== 'string' || !Number.isSafeInteger(p.integratedTime) || !Number.isSafeInteger(p.logIndex)) {
        return `${_signature_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .Annotations */ .rB.bundle} annotation lacks SignedEntryTimestamp or Payload{body, integratedTime, logIndex, logID}`;
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
    const raw = sig.annotations[_signature_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .Annotations */ .rB.bundle];
    if (raw === undefined)
        return undefined;
    try {
        const body = JSON.parse(Buffer.from(JSON.parse(raw).Payload.body, 'base64').toString('utf8'));
        if (body.kind !== 'hashedrekord')
            return `Rekor entry is a ${String(body.kind)} entry, not hashedrekord`;
        const pem = Buffer.from(body.spec?.signature?.publicKey?.content ?? '', 'base64').toString('utf8');
        const logged = pem.includes('CERTIFICATE') ? new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem).publicKey : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
        const der = (k) => k.export({ type: 'spki', format: 'der' });
        return der(logged).equals(der(key)) ? undefined : 'Rekor entry was logged for another key or certificate';
    }
    catch (e) {
        return `Rekor entry body unreadable (${e.message})`;
    }
}


/***/ }),

/***/ 999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ parseCosignPayload),
/* harmony export */   Q2: () => (/* binding */ buildCosignPayload),
/* harmony export */   Uj: () => (/* binding */ buildAtomicPayload),
/* harmony export */   rr: () => (/* binding */ parseAtomicPayload)
/* harmony export */ });
/* unused harmony exports COSIGN_SIGNATURE_TYPE, ATOMIC_SIGNATURE_TYPE */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24276);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66636);
/* harmony import */ var _duplicate_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29855);




const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/**
 * The payload bytes cosign v2 would produce for the same inputs (sigstore's
 * payload.Cosign marshalled by Go): `optional` is null when there are no annotations.
 */
function buildCosignPayload(claims) {
    const annotations = claims.annotations && Object.keys(claims.annotations).length > 0 ? (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedMap */ .A)(claims.annotations) : null;
    const json = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .goJson */ .P)({
        critical: {
            identity: { 'docker-reference': claims.dockerReference },
            image: { 'docker-manifest-digest': claims.digest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: annotations,
    });
    return new TextEncoder().encode(json);
}
/**
 * JSON as every peer reads it, or a verification error. A byte-order mark is kept (not stripped,
 * as TextDecoder would by default) so JSON.parse refuses it as Go does; duplicated keys are
 * refused because JSON.parse keeps the last one and Go the last case-insensitive match
 * (`foldCaseExceptUnder`: see duplicate-keys.ts), so one payload could sign two digests.
 */
function parsePayloadJson(bytes, foldCaseExceptUnder) {
    let text;
    let doc;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        doc = JSON.parse(text);
    }
    catch {
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', bom ? 'signature payload starts with a byte-order mark (cosign and containers/image refuse it)' : 'signature payload is not valid JSON');
    }
    const duplicate = (0,_duplicate_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .findDuplicateKey */ ._)(text, foldCaseExceptUnder ? { foldCaseExceptUnder } : {});
    if (duplicate !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `signature payload repeats the key "${duplicate}" (verifiers would disagree on which one counts)`);
    }
    return doc;
}
/** Parses and shape-checks a payload; the caller decides whether its claims are acceptable. */
function parseCosignPayload(bytes) {
    // cosign reads payloads with Go's encoding/json: struct fields match case-insensitively,
    // `optional` is a map (exact keys).
    const doc = parsePayloadJson(bytes, ['optional']);
    const critical = doc?.critical;
    const reference = critical?.identity?.['docker-reference'];
    const digest = critical?.image?.['docker-manifest-digest'];
    if (typeof reference !== 'string' || typeof digest !== 'string' || typeof critical?.type !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', 'signature payload lacks critical.identity, critical.image or critical.type');
    }
    if (critical.type !== COSIGN_SIGNATURE_TYPE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `signature payload has type "${critical.type}", expected "${COSIGN_SIGNATURE_TYPE}"`);
    }
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .B)(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `signature payload names an invalid digest "${digest}"`);
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
    const json = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .goJson */ .P)({
        critical: {
            identity: { 'docker-reference': claims.dockerReference },
            image: { 'docker-manifest-digest': claims.digest },
            type: ATOMIC_SIGNATURE_TYPE,
        },
        optional: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedMap */ .A)(optional),
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
    // containers/image's paranoid parser: exact keys, duplicates refused.
    const doc = parsePayloadJson(bytes, undefined);
    const bad = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `signature payload is not an atomic container signature: ${why}`);
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
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .B)(digest))
        bad(`invalid digest "${digest}"`);
    return {
        dockerReference: c.identity['docker-reference'],
        digest,
        creator: o.creator,
        timestamp: o.timestamp,
    };
}


/***/ }),

/***/ 39644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tD: () => (/* binding */ createKeylessSigner),
  cB: () => (/* binding */ keylessProblem),
  h5: () => (/* binding */ legacyKeylessProblem),
  Re: () => (/* binding */ loadDefaultTrustedRoot),
  KE: () => (/* binding */ loadTrustedRoot),
  GH: () => (/* binding */ sigstoreProblem)
});

// UNUSED EXPORTS: DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL, bundleLeaf, identityProvider, verifyKeylessBundle

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/keyless/witnessed.ts
var witnessed = __webpack_require__(46187);
// EXTERNAL MODULE: ./packages/core/src/formats/signature-manifest.ts
var signature_manifest = __webpack_require__(5891);
// EXTERNAL MODULE: ./packages/core/src/formats/cosign-tlog.ts
var cosign_tlog = __webpack_require__(52287);
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
        const [{ CAClient }, { extractJWTSubject }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(1845), __webpack_require__.e(6835), __webpack_require__.e(1678)]).then(__webpack_require__.bind(__webpack_require__, 51678)), Promise.all(/* import() */[__webpack_require__.e(1845), __webpack_require__.e(3132)]).then(__webpack_require__.bind(__webpack_require__, 3132))]);
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

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/x509/certificates.ts + 1 modules
var certificates = __webpack_require__(24813);
// EXTERNAL MODULE: ./packages/core/src/keyless/trusted-root.ts
var trusted_root = __webpack_require__(56871);
;// CONCATENATED MODULE: ./packages/core/src/keyless/keyless.ts
/**
 * Keyless signing and verification (issue 10, second part), on sigstore-js's own clients:
 * @sigstore/sign talks to Fulcio (ephemeral P-256 key, certificate for the OIDC identity; see
 * fulcio-signer.ts) and Rekor (a `dsse` entry for bundles, `hashedrekord` for cosign v2's legacy
 * layer; witnessed.ts), optionally a timestamp authority; @sigstore/verify checks a bundle, or a
 * legacy layer rebuilt as one (formats/cosign-tlog.ts), against a trusted root (certificate chain to the CA, SCTs, the tlog entry's SET or inclusion
 * proof with the log key, signing time within the certificate's validity). signet only adds
 * what is image-specific: it signs the same in-toto statement / simple-signing payload as the
 * key paths, and the claims are checked by the same code (verify-bundle.ts, verify-image.ts).
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
            const { CIContextProvider } = await Promise.all(/* import() */[__webpack_require__.e(1845), __webpack_require__.e(6835), __webpack_require__.e(1678), __webpack_require__.e(9548)]).then(__webpack_require__.bind(__webpack_require__, 99548));
            try {
                return await new CIContextProvider('sigstore').getToken();
            }
            catch (e) {
                throw (0,errors/* codedError */.Au)('usage', 'keyless.no-token', `no OIDC identity token for keyless signing (${e instanceof Error ? e.message : String(e)})`);
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
    const builders = (0,witnessed/* bundleBuilders */.hE)(signer, options, 'keyless.signing-failed');
    const checkBeforePublishing = (problem) => {
        if (problem)
            throw new errors/* SignetError */.Tj('verification', `the signature just made does not verify against ${options.trustedRoot?.source ?? 'the trusted root'}: ${problem}`);
    };
    return {
        async signStatement(statement) {
            await getToken();
            const bundle = await builders.dsse(statement);
            if (options.trustedRoot)
                checkBeforePublishing(verifyKeylessBundle(bundle, options.trustedRoot));
            return { bundle: (0,witnessed/* bundleBytes */.iU)(bundle), signature: bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0) };
        },
        async signPayload(payload) {
            await getToken();
            const bundle = await builders.message(payload);
            const signature = bundle.content.messageSignature.signature;
            const leaf = bundleLeaf(bundle);
            if (!leaf)
                throw new errors/* SignetError */.Tj('io', 'keyless signing failed: the bundle carries no certificate');
            const annotations = {
                [signature_manifest/* Annotations */.rB.signature]: Buffer.from(signature).toString('base64'),
                [signature_manifest/* Annotations */.rB.certificate]: leaf.toString(),
                [signature_manifest/* Annotations */.rB.chain]: signer.chainFor(leaf),
                ...(0,cosign_tlog/* legacyEvidenceAnnotations */.zM)(bundle),
            };
            if (options.trustedRoot) {
                const back = (0,cosign_tlog/* legacyToBundle */.NZ)({ payload, signature, annotations, leaf });
                checkBeforePublishing(typeof back === 'string' ? back : verifyKeylessBundle(back, options.trustedRoot, payload));
            }
            return { signature, annotations };
        },
    };
}
/**
 * Loads a sigstore trusted_root.json. One SCT is required unless --insecure-ignore-sct (as
 * cosign), timestamps: at least one (the tlog entry's integrated time counts, as in cosign).
 */
async function loadTrustedRoot(path, options = {}) {
    return trustMaterial(await (0,trusted_root/* readTrustedRoot */.gv)(path), `--trusted-root ${path}`, options);
}
/**
 * The trusted root when no --trusted-root is given: trusted_root.json from TUF (the
 * public-good repository, or the mirror `signet initialize` set; see tuf.ts).
 */
async function loadDefaultTrustedRoot(options = {}) {
    const { fetchTufTrustedRoot } = await __webpack_require__.e(/* import() */ 4854).then(__webpack_require__.bind(__webpack_require__, 74854));
    const { root, source } = await fetchTufTrustedRoot(options.env);
    return trustMaterial(root, `the trusted root from ${source}`, options);
}
async function trustMaterial(root, source, options) {
    const { toSignedEntity, toTrustMaterial, Verifier } = await Promise.all(/* import() */[__webpack_require__.e(1845), __webpack_require__.e(9330)]).then(__webpack_require__.bind(__webpack_require__, 79330));
    (0,trusted_root/* checkedTrustedRoot */.Hn)(root, source);
    // As cosign v2 and v3 (judged on containers/image's Fulcio fixture): one verified SCT is
    // required unless --insecure-ignore-sct, also when the root lists no CT log; with the flag the
    // SCTs are not examined at all (patches/@sigstore__verify@4.1.3.patch).
    const ctlogThreshold = options.ignoreSct ? 0 : 1;
    return { verifier: new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold, timestampThreshold: 1 }), toSignedEntity, source };
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
        return `${signature_manifest/* Annotations */.rB.certificate} annotation is not a PEM certificate`;
    }
    if (sig.annotations[signature_manifest/* Annotations */.rB.bundle] === undefined)
        return `no transparency log entry (${signature_manifest/* Annotations */.rB.bundle} annotation missing)`;
    const bundle = (0,cosign_tlog/* legacyToBundle */.NZ)({ ...sig, leaf });
    if (typeof bundle === 'string')
        return bundle;
    const problem = verifyKeylessBundle(bundle, trust, sig.payload) ?? (0,cosign_tlog/* loggedVerifierProblem */.aK)({ ...sig, leaf }, leaf.publicKey);
    return problem ?? (0,certificates/* identityProblem */.qf)(leaf, identity);
}
/** Everything keyless: trust, then the identity the certificate must carry. */
async function keylessProblem(bundle, trust, identity) {
    const problem = verifyKeylessBundle(bundle, trust);
    if (problem)
        return problem;
    const leaf = bundleLeaf(bundle);
    if (!leaf)
        return 'bundle carries no certificate';
    return (0,certificates/* identityProblem */.qf)(leaf, identity);
}


/***/ }),

/***/ 56871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ checkedTrustedRoot),
/* harmony export */   gv: () => (/* binding */ readTrustedRoot),
/* harmony export */   mj: () => (/* binding */ certificatePem),
/* harmony export */   vu: () => (/* binding */ active),
/* harmony export */   yp: () => (/* binding */ publicKeyPemFromDer)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/**
 * Reading a sigstore trusted_root.json: one parser for keyless verification (keyless.ts) and
 * for the policy generators, which copy its CA certificates and log keys into admission
 * policies so that private sigstore deployments are trusted exactly as the gate trusts them.
 */


/** Parses and sanity-checks a trusted root; `what` names it in errors (a flag or a policy field). */
async function readTrustedRoot(path, what = `--trusted-root ${path}`) {
    const { TrustedRoot: codec } = await __webpack_require__.e(/* import() */ 1443).then(__webpack_require__.t.bind(__webpack_require__, 21443, 23));
    let root;
    try {
        root = codec.fromJSON(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')));
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${what}: not a sigstore trusted root (${e instanceof Error ? e.message : String(e)})`);
    }
    return checkedTrustedRoot(root, what);
}
/** A root (read from a file or fetched through TUF) that keyless verification can use. */
function checkedTrustedRoot(root, what) {
    if (root.certificateAuthorities.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${what} lists no certificate authority`, 'keyless verification needs the Fulcio CA');
    if (root.tlogs.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${what} lists no transparency log`, 'keyless verification needs the Rekor log key');
    return root;
}
const pem = (label, der) => `-----BEGIN ${label}-----\n${(Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;
const certificatePem = (der) => pem('CERTIFICATE', der);
const publicKeyPemFromDer = (der) => pem('PUBLIC KEY', der);
/** Still usable at `now`: no end of validity, or an end in the future. */
function active(validFor, now = new Date()) {
    return !validFor?.end || validFor.end.getTime() > now.getTime();
}


/***/ }),

/***/ 46187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cx: () => (/* binding */ createKeyTlogSigner),
/* harmony export */   hE: () => (/* binding */ bundleBuilders),
/* harmony export */   iU: () => (/* binding */ bundleBytes)
/* harmony export */ });
/* unused harmony export DEFAULT_REKOR_URL */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76028);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _formats_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89074);
/* harmony import */ var _formats_signature_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5891);
/* harmony import */ var _formats_cosign_tlog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52287);
/* harmony import */ var _x509_certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24813);






const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/** The two bundle shapes over one signer; sigstore-js failures become one-line I/O errors with `code` (front ends word the hint). */
function bundleBuilders(signer, options, code) {
    const make = async () => {
        const { DSSEBundleBuilder, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } = await Promise.all(/* import() */[__webpack_require__.e(1845), __webpack_require__.e(6835), __webpack_require__.e(1678), __webpack_require__.e(9548)]).then(__webpack_require__.bind(__webpack_require__, 99548));
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
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj)
                throw e;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('io', `signing with a transparency log entry failed: ${e instanceof Error ? e.message : String(e)}`, { code, data: { rekorURL: options.rekorURL, timestampServerURL: options.timestampServerURL } });
        }
    };
    return {
        dsse: (statement) => run((b) => b.dsse.create({ data: Buffer.from(statement), type: _formats_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4 })),
        message: (payload) => run((b) => b.message.create({ data: Buffer.from(payload) })),
    };
}
/** sigstore-js's TSA client appends `/api/v1/timestamp`; cosign's flag is the full URL. */
function tsaBase(url) {
    return url.replace(/\/api\/v1\/timestamp\/?$/, '');
}
function bundleBytes(bundle) {
    return new TextEncoder().encode(JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle)));
}
/**
 * `sign --key K --tlog-upload`: cosign's key signatures with a Rekor entry. The entry logs the
 * public key (PEM), as cosign does; bundles carry the key's hint, as key bundles without a log.
 * With `--cert`, as cosign: the entries log the leaf certificate instead, and the bundle and
 * `.sig` layer carry the certificate (and chain) as they do without a log.
 */
function createKeyTlogSigner(signer, publicKey, options, certificate) {
    const logged = certificate
        ? { $case: 'x509Certificate', certificate: certificate.certificatePem }
        : { $case: 'publicKey', publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString() };
    const material = (0,_formats_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleVerificationMaterial */ .lD)(certificate ? (0,_x509_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .bundleSignerFor */ .gs)(certificate) : { hint: (0,_formats_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyHint */ .yd)(publicKey) });
    const builders = bundleBuilders(
    // No hint here: sigstore-js would copy it into the DSSE signature's keyid, and cosign v3
    // (go-securesystemslib) then skips the signature when its own key ID differs.
    { sign: async (data) => ({ signature: Buffer.from(await signer.sign(data)), key: logged }) }, options, 'tlog.signing-failed');
    return {
        async signStatement(statement) {
            const bundle = await builders.dsse(statement);
            // The signer's material goes where key bundles carry it (outside what Rekor logged).
            bundle.verificationMaterial.content = material;
            return { bundle: bundleBytes(bundle), signature: bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0) };
        },
        async signPayload(payload) {
            const bundle = await builders.message(payload);
            const signature = bundle.content.messageSignature.signature;
            const certificates = certificate ? { [_formats_signature_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .Annotations */ .rB.certificate]: certificate.certificatePem, [_formats_signature_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .Annotations */ .rB.chain]: certificate.chainPem ?? '' } : {};
            return { signature, annotations: { [_formats_signature_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .Annotations */ .rB.signature]: Buffer.from(signature).toString('base64'), ...certificates, ...(0,_formats_cosign_tlog_js__WEBPACK_IMPORTED_MODULE_5__/* .legacyEvidenceAnnotations */ .zM)(bundle) } };
        },
    };
}


/***/ }),

/***/ 34489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ normalizeSignedIdentity),
/* harmony export */   Uo: () => (/* binding */ SIGNED_IDENTITY_TYPES),
/* harmony export */   cY: () => (/* binding */ signedIdentityProblem)
/* harmony export */ });
/* unused harmony exports remapName, expectedSignedRepository */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _reference_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17159);
/**
 * Which signed identity (`critical.identity.docker-reference`, a bundle's subject name, an atomic
 * signature's docker-reference) a signature may carry for an image, in containers/image's
 * `signedIdentity` vocabulary (containers-policy.json(5)), so one rule reads the same in the
 * trust policy, the CLI and the generated node policy.
 *
 * The default is the image's own repository. Promotion copies an image and its signatures to
 * another repository (skopeo copy, cosign copy): the digest stays, the signed identity still names
 * the repository it was signed in. `exactRepository` and `remapIdentity` accept those, and only
 * those: the digest is always checked.
 */


const SIGNED_IDENTITY_TYPES = ['matchRepository', 'exactRepository', 'remapIdentity'];
function tryParse(reference) {
    try {
        return (0,_reference_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(reference);
    }
    catch {
        return undefined;
    }
}
/** registry/repository as containers/image names it (docker.io for Docker Hub). */
function repositoryOf(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** A repository, namespace or host prefix, normalized the way references are. */
function normalizePrefix(prefix, what) {
    const trimmed = prefix.trim().replace(/\/+$/, '');
    if (!trimmed || /[@]/.test(trimmed))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${what} "${prefix}" must be a host, a namespace or a repository (no tag or digest)`);
    if (!trimmed.includes('/'))
        return trimmed;
    const parsed = tryParse(trimmed);
    if (!parsed || parsed.tag !== undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${what} "${prefix}" must be a host, a namespace or a repository (no tag or digest)`);
    return repositoryOf(parsed);
}
/** Checks the fields of a rule (for the trust policy and the CLI flags) and normalizes them. */
function normalizeSignedIdentity(rule) {
    if (rule.type === 'matchRepository')
        return rule;
    if (rule.type === 'exactRepository') {
        const parsed = tryParse(rule.dockerRepository);
        if (!parsed || parsed.tag !== undefined || parsed.digest !== undefined) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`signed repository "${rule.dockerRepository}" must be a repository without tag or digest`, 'e.g. registry.example.com/staging/app');
        }
        return { type: 'exactRepository', dockerRepository: repositoryOf(parsed) };
    }
    return { type: 'remapIdentity', prefix: normalizePrefix(rule.prefix, 'remapIdentity prefix'), signedPrefix: normalizePrefix(rule.signedPrefix, 'remapIdentity signedPrefix') };
}
/** `name` with `prefix` replaced, when `name` starts with it at a path boundary. */
function remapName(name, prefix, signedPrefix) {
    if (name === prefix)
        return signedPrefix;
    return name.startsWith(`${prefix}/`) ? `${signedPrefix}${name.slice(prefix.length)}` : name;
}
/** The repository a signature's identity must name for this image under the rule (as normalizeSignedIdentity returns it). */
function expectedSignedRepository(imageRepository, rule) {
    const own = tryParse(imageRepository);
    const name = own ? repositoryOf(own) : imageRepository;
    if (!rule || rule.type === 'matchRepository')
        return name;
    if (rule.type === 'exactRepository')
        return rule.dockerRepository;
    return remapName(name, rule.prefix, rule.signedPrefix);
}
/**
 * Why `signed` is not an acceptable identity for the image (its repository name, cosign or
 * containers flavour), or undefined. The hint names the promotion options when the signature
 * was made for another repository.
 */
function signedIdentityProblem(imageRepository, signed, rule, prefix = 'payload identity') {
    const parsed = tryParse(signed);
    const expected = expectedSignedRepository(imageRepository, rule);
    if (parsed && repositoryOf(parsed) === expected)
        return undefined;
    const own = tryParse(imageRepository);
    const shown = own ? repositoryOf(own) : imageRepository;
    const under = rule && rule.type !== 'matchRepository' ? ` (the signed identity rule wants ${expected})` : '';
    const promoted = parsed && !under
        ? `; if the image was promoted (copied with its signatures) from ${repositoryOf(parsed)}, accept that with --signed-repository ${repositoryOf(parsed)} or --remap-identity PREFIX=SIGNED_PREFIX (trust policy: signedIdentity)`
        : '';
    return `${prefix} "${signed}" does not name this image's repository (${shown})${under}${promoted}`;
}


/***/ }),

/***/ 65645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ rejection)
/* harmony export */ });
function rejection(code, reason) {
    return { code, reason };
}


/***/ }),

/***/ 24813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gs: () => (/* binding */ bundleSignerFor),
  te: () => (/* binding */ checkSigningCertificate),
  qf: () => (/* binding */ identityProblem),
  WW: () => (/* binding */ parseCertificates),
  sg: () => (/* binding */ toPem),
  ge: () => (/* binding */ trustedCertificateKey)
});

// UNUSED EXPORTS: certificateMatchesKey, describeCertificate, leafProblem, oidcIssuer, pathProblem, subjectAlternativeNames

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/x509/path-validation.ts
/**
 * Certification path validation for certificate-backed signatures (`verify --cert-chain`,
 * `sign --cert --cert-chain`), judged against Go's crypto/x509 (cosign, containers/image) and
 * OpenSSL.
 *
 * Libraries evaluated (2026-12): @peculiar/x509's X509ChainBuilder only builds a chain (issuer
 * name, key identifiers, signature) and enforces none of pathLen, EKU, name constraints or
 * critical extensions; @sigstore/verify's CertificateChainVerifier (not exported) checks CA
 * flags and pathLen but not name constraints, EKU or critical extensions; pkijs's
 * CertificateChainValidationEngine (PeculiarVentures, maintained) builds the path and checks
 * signatures, validity at a date, name chaining, CA basic constraints with keyCertSign, RFC 5280
 * name constraints (email, DNS, URI, IP, directory names) and unparseable critical extensions on
 * CA certificates, but not pathLenConstraint, extended key usage or the leaf's critical
 * extensions. So pkijs builds and validates the path, and this module adds the three checks it
 * lacks, each as Go's crypto/x509 applies them:
 *  - pathLenConstraint: a CA may be followed by at most that many intermediates (Go isValid);
 *  - EKU nesting: every certificate of the path that carries an EKU extension must allow code
 *    signing or any usage (Go checkChainForKeyUsage); no EKU extension means any usage (RFC 5280);
 *  - critical extensions Go does not process refuse the certificate (Go UnhandledCriticalExtension),
 *    on every certificate of the path, leaf included.
 * pkijs is loaded on first use: only certificate verification needs it.
 */

const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
const ANY_EKU = '2.5.29.37.0';
const EKU = '2.5.29.37';
const BASIC_CONSTRAINTS = '2.5.29.19';
/** Extensions Go's crypto/x509 processes; a critical one outside this set refuses the certificate. */
const HANDLED_EXTENSIONS = new Set([
    '2.5.29.15', // key usage
    BASIC_CONSTRAINTS,
    '2.5.29.17', // subject alternative name
    '2.5.29.30', // name constraints
    EKU,
    '2.5.29.32', // certificate policies
    '2.5.29.35', // authority key identifier
    '2.5.29.14', // subject key identifier
    '2.5.29.31', // CRL distribution points
    '1.3.6.1.5.5.7.1.1', // authority information access
]);
let loaded;
async function pkijs() {
    loaded ??= Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(9214)]).then(__webpack_require__.t.bind(__webpack_require__, 9214, 19)).then((m) => {
        // pkijs looks for `self.crypto` (browsers); give it Node's Web Crypto explicitly.
        m.setEngine('node', new m.CryptoEngine({ name: 'node', crypto: external_node_crypto_.webcrypto }));
        return m;
    });
    return loaded;
}
function describe(cert) {
    return cert.subject.typesAndValues.map((t) => String(t.value.valueBlock.value)).join(', ');
}
/**
 * Why there is no valid path from `leaf` to one of `roots` through `intermediates` (untrusted:
 * from the verifier's chain file or carried by the signature) at `at`; undefined when there is.
 */
async function validatePath(leaf, intermediates, roots, at) {
    const m = await pkijs();
    const parse = (c) => m.Certificate.fromBER(new Uint8Array(c.raw));
    // pkijs takes the end entity as the last of `certs`.
    const untrusted = intermediates.filter((c) => c.fingerprint256 !== leaf.fingerprint256 && !roots.some((r) => r.fingerprint256 === c.fingerprint256));
    const engine = new m.CertificateChainValidationEngine({
        trustedCerts: roots.map(parse),
        certs: [...untrusted.map(parse), parse(leaf)],
        checkDate: at,
    });
    let result;
    try {
        result = await engine.verify();
    }
    catch (e) {
        // pkijs throws an Error when no path exists, and its result object when a path fails a check.
        if (e instanceof Error)
            return `certificate chain does not lead to a trusted root (${e.message})`;
        return `certificate chain does not validate (${String(e.resultMessage ?? e)})`;
    }
    if (!result.result || !result.certificatePath) {
        const message = result.resultMessage || `pkijs code ${result.resultCode}`;
        return /path/i.test(message) ? `certificate chain does not lead to a trusted root (${message})` : `certificate chain does not validate (${message})`;
    }
    const path = result.certificatePath;
    // What pkijs does not check, as Go does (see the module comment).
    for (const [i, cert] of path.entries()) {
        for (const ext of cert.extensions ?? []) {
            if (ext.critical && !HANDLED_EXTENSIONS.has(ext.extnID)) {
                return `certificate "${describe(cert)}" has an unknown critical extension ${ext.extnID}`;
            }
        }
        const eku = cert.extensions?.find((e) => e.extnID === EKU)?.parsedValue;
        if (eku?.keyPurposes && !eku.keyPurposes.includes(CODE_SIGNING_EKU) && !eku.keyPurposes.includes(ANY_EKU)) {
            return i === 0
                ? 'certificate lacks the codeSigning extended key usage'
                : `CA certificate "${describe(cert)}" restricts its extended key usage to ${eku.keyPurposes.join(', ')}, without codeSigning`;
        }
        if (i > 0) {
            const bc = cert.extensions?.find((e) => e.extnID === BASIC_CONSTRAINTS)?.parsedValue;
            const raw = bc?.pathLenConstraint;
            const limit = typeof raw === 'number' ? raw : raw?.valueBlock.valueDec;
            // Intermediates below this CA: path[1..i-1] (the self-issued root itself does not count).
            if (limit !== undefined && i - 1 > limit) {
                return `CA certificate "${describe(cert)}" allows ${limit} intermediate(s) below it (pathLen), the chain has ${i - 1}`;
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/x509/certificates.ts
/**
 * X.509 material for certificate-backed signing: parsing PEM bundles, checking that a signing
 * certificate is fit for code signing, and building a path to a trusted root. Node's
 * X509Certificate does the cryptography; @peculiar/asn1-x509 reads the Fulcio extensions
 * (loaded lazily: only issuer checks need it).
 */



const certificates_ANY_EKU = '2.5.29.37.0';
/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) and the deprecated v1 (raw string). */
const FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const PEM_CERT_RE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
function parseCertificates(pem, source) {
    const blocks = pem.match(PEM_CERT_RE) ?? [];
    if (blocks.length === 0)
        throw (0,errors/* usageError */.Wp)(`${source} contains no PEM certificate`, 'pass a file with -----BEGIN CERTIFICATE----- blocks');
    return blocks.map((block, i) => {
        try {
            return new external_node_crypto_.X509Certificate(block);
        }
        catch {
            throw (0,errors/* usageError */.Wp)(`${source}: certificate #${i + 1} is not valid X.509`, 'check that the PEM is complete and not corrupted');
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
    // Node reports no EKU extension as undefined: RFC 5280 and Go's crypto/x509 (cosign,
    // containers/image) take that as any usage. Present without codeSigning (or anyExtendedKeyUsage): refused.
    const eku = cert.keyUsage;
    return !Array.isArray(eku) || eku.includes(CODE_SIGNING_EKU) || eku.includes(certificates_ANY_EKU);
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
 * Why `leaf` has no valid path through `pool` (untrusted intermediates from the signature or the
 * chain file) to one of `roots` at `at`, or undefined. RFC 5280 path validation by pkijs plus
 * what it lacks (path-validation.ts).
 */
function pathProblem(leaf, pool, roots, at) {
    return validatePath(leaf, pool, roots, at);
}
/** Compares SPKI bytes, so it works for keys that never leave their KMS (Vault). */
function certificateMatchesKey(cert, publicKey) {
    const der = (k) => k.export({ type: 'spki', format: 'der' });
    return der(cert.publicKey).equals(der(publicKey));
}
/**
 * The SANs cosign's --certificate-identity matches (cryptoutils.GetSubjectAlternateNames): DNS
 * names, emails, IP addresses and URIs. (Before the containers/image PKI fixture, whose leaf
 * names a host, signet matched emails and URIs only.)
 */
function subjectAlternativeNames(cert) {
    const san = cert.subjectAltName;
    if (!san)
        return [];
    return san
        .split(/,\s*/)
        .map((entry) => /^(?:email|URI|DNS|IP Address):(.*)$/.exec(entry)?.[1])
        .filter((v) => typeof v === 'string');
}
async function oidcIssuer(cert) {
    const [{ AsnConvert }, { Certificate }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(2338)]).then(__webpack_require__.t.bind(__webpack_require__, 22338, 23)), Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(2338), __webpack_require__.e(6754)]).then(__webpack_require__.t.bind(__webpack_require__, 86754, 23))]);
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
        throw (0,errors/* usageError */.Wp)(`${flag} "${pattern}" is not a valid regular expression`);
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
async function checkSigningCertificate(options) {
    const at = options.at ?? new Date();
    if (options.publicKey && !certificateMatchesKey(options.leaf, options.publicKey)) {
        throw (0,errors/* codedError */.Au)('usage', 'certificate.key-mismatch', 'the certificate does not match the signing key');
    }
    const problem = leafProblem(options.leaf, at);
    if (problem)
        throw (0,errors/* usageError */.Wp)(`signing certificate ${describeCertificate(options.leaf)}: ${problem}`);
    if (options.chain.length === 0)
        return;
    const root = options.chain[options.chain.length - 1];
    if (!root || !root.checkIssued(root)) {
        throw (0,errors/* usageError */.Wp)('the last certificate of --cert-chain must be a self-signed root', 'order the chain: parent intermediate first, root last');
    }
    const chainProblem = await pathProblem(options.leaf, options.chain.slice(0, -1), [root], at);
    if (chainProblem) {
        throw new errors/* SignetError */.Tj('usage', `--cert-chain: ${chainProblem}`, {
            hint: 'order the chain parent intermediate first, root last; cosign and containers/image refuse signatures whose chain does not allow code signing',
        });
    }
}
/**
 * A certificate signer's bundle material, as cosign v3 writes it: the leaf, then (with a
 * chain) the chain's certificates other than the leaf and any self-signed root.
 */
function bundleSignerFor(material) {
    const [leaf] = parseCertificates(material.certificatePem, '--cert');
    if (material.chainPem === undefined)
        return { certificates: [leaf.raw], chain: false };
    const rest = parseCertificates(material.chainPem, '--cert-chain').filter((c) => c.fingerprint256 !== leaf.fingerprint256 && !(c.checkIssued(c) && c.verify(c.publicKey)));
    return { certificates: [leaf.raw, ...rest.map((c) => c.raw)], chain: true };
}
/**
 * The leaf's public key once it is fit for code signing, chains to a trusted root (through
 * the verifier's and the signature's intermediates) and names the required identity; else
 * why not. One rule for both places a certificate travels: `.sig` annotations and bundles.
 */
async function trustedCertificateKey(leaf, carried, trust) {
    const at = trust.at ?? new Date();
    const problem = leafProblem(leaf, at);
    if (problem)
        return problem;
    const path = await pathProblem(leaf, [...trust.intermediates, ...carried], trust.roots, at);
    if (path)
        return path;
    return (await identityProblem(leaf, trust.identity)) ?? leaf.publicKey;
}


/***/ })

};
