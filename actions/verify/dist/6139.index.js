export const id = 6139;
export const ids = [6139];
export const modules = {

/***/ 29855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ findDuplicateKey)
/* harmony export */ });
/**
 * Finds JSON object keys that two verifiers would read differently. JSON.parse keeps the last
 * of two equal keys; Go's encoding/json (cosign) also matches struct fields case-insensitively
 * (with Unicode simple folding: "ſ" is "s", the Kelvin sign "K" is "k") and keeps the last match,
 * so `{"docker-manifest-digest": X, "Docker-Manifest-Digest": Y}` means X to one reader and Y
 * to the other; containers/image's paranoid parser refuses duplicates outright. A signed payload
 * must mean one thing to every verifier, so callers refuse any payload this reports.
 *
 * A scanner rather than a parser: the document has already been (or will be) parsed by
 * JSON.parse, which rejects malformed input; this only walks the keys, per object.
 */
/** Go's field matching folds ASCII case and these two non-ASCII letters (unicode.SimpleFold). */
function fold(key) {
    return key.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase();
}
/** The first duplicated key as `path.key`, or undefined when every object's keys are distinct. */
function findDuplicateKey(text, options = {}) {
    const exempt = new Set(options.foldCaseExceptUnder ?? []);
    const stack = [];
    let i = 0;
    const open = (kind) => {
        const parent = stack[stack.length - 1];
        const path = parent ? [...parent.path, ...(parent.kind === 'object' && parent.pendingKey !== undefined ? [parent.pendingKey] : [])] : [];
        const folding = options.foldCaseExceptUnder !== undefined && !path.some((segment) => exempt.has(fold(segment)));
        stack.push({ kind, seen: new Set(), folding, path, pendingKey: undefined });
    };
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            // A string token: find its end, honouring escapes, and decode it as JSON does.
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            const raw = text.slice(i, j + 1);
            i = j + 1;
            const top = stack[stack.length - 1];
            // A key is a string followed (after whitespace) by a colon.
            let k = i;
            while (k < text.length && /\s/.test(text[k]))
                k++;
            if (top?.kind === 'object' && text[k] === ':') {
                let key;
                try {
                    key = JSON.parse(raw);
                }
                catch {
                    return undefined; // malformed: JSON.parse refuses the document anyway
                }
                const compared = top.folding ? fold(key) : key;
                if (top.seen.has(compared))
                    return [...top.path, key].join('.');
                top.seen.add(compared);
                top.pendingKey = key;
            }
            continue;
        }
        if (c === '{')
            open('object');
        else if (c === '[')
            open('array');
        else if (c === '}' || c === ']')
            stack.pop();
        i++;
    }
    return undefined;
}


/***/ }),

/***/ 66636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ sortedMap),
/* harmony export */   P: () => (/* binding */ goJson)
/* harmony export */ });
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


/***/ }),

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ newSignatureLayer),
/* harmony export */   XY: () => (/* binding */ parseSignatureManifest),
/* harmony export */   _J: () => (/* binding */ buildSignatureManifest),
/* harmony export */   bG: () => (/* binding */ signatureTag),
/* harmony export */   rB: () => (/* binding */ Annotations)
/* harmony export */ });
/* unused harmony exports SIGNATURE_CONFIG, SIGNATURE_CONFIG_DIGEST */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24276);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41667);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66636);
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
            mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MediaTypes */ .m.cosignSimpleSigning,
            size: payload.byteLength,
            digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .s)(payload),
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
const SIGNATURE_CONFIG = new TextEncoder().encode((0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .goJson */ .P)({
    architecture: '',
    created: '0001-01-01T00:00:00Z',
    os: '',
    rootfs: { type: 'layers', diff_ids: [] },
    config: {},
}));
const SIGNATURE_CONFIG_DIGEST = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .s)(SIGNATURE_CONFIG);
function buildSignatureManifest(layers) {
    const config = SIGNATURE_CONFIG;
    const configDigest = SIGNATURE_CONFIG_DIGEST;
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MediaTypes */ .m.ociManifest,
        config: { mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MediaTypes */ .m.ociConfig, size: config.byteLength, digest: configDigest },
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('remote', `signature manifest at ${location} is not valid JSON`, { code: 'signatures.not-a-signature-manifest', data: { location } });
    }
    const m = doc;
    if (!m || m.schemaVersion !== 2 || !Array.isArray(m.layers) || !m.config) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('remote', `signature manifest at ${location} is not an image manifest`, { code: 'signatures.not-a-signature-manifest', data: { location } });
    }
    return m;
}


/***/ }),

/***/ 89074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   C$: () => (/* binding */ buildKeyBundle),
/* harmony export */   HM: () => (/* binding */ buildSignStatement),
/* harmony export */   JC: () => (/* binding */ preAuthEncoding),
/* harmony export */   QN: () => (/* binding */ parseBundle),
/* harmony export */   Rq: () => (/* binding */ bundleCertificates),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   lD: () => (/* binding */ bundleVerificationMaterial),
/* harmony export */   yd: () => (/* binding */ publicKeyHint)
/* harmony export */ });
/* unused harmony export IN_TOTO_STATEMENT_V1 */
/* harmony import */ var _duplicate_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29855);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76028);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21443);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/**
 * The sigstore bundle cosign v3 writes for `cosign sign --key` (observed against a local
 * registry and read in cosign's cmd/cosign/cli/sign/sign.go `signDigestBundle`): a v0.3 bundle
 * whose content is a DSSE envelope (payloadType `application/vnd.in-toto+json`) over an in-toto
 * Statement v1 with one subject `{digest: {sha256: <hex>}, annotations: {-a values}}`, predicate
 * type `https://sigstore.dev/cosign/sign/v1` and an empty predicate. Key material is only a
 * hint (base64 SHA-256 of the public key's SPKI DER), or with `--cert` the certificates
 * (KeyBundleSigner below); without a transparency log there are no
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
    let text;
    try {
        // A byte-order mark is kept so JSON.parse refuses it, as Go does (cosign v3).
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        value = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('verification', 'DSSE payload is not JSON');
    }
    // Go decodes the statement's structs case-insensitively, its maps (digest, annotations,
    // predicate) exactly: a repeated key would mean one thing to cosign v3 and another here.
    const duplicate = (0,_duplicate_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .findDuplicateKey */ ._)(text, { foldCaseExceptUnder: ['predicate', 'digest', 'annotations'] });
    if (duplicate !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('verification', `in-toto statement repeats the key "${duplicate}" (verifiers would disagree on which one counts)`);
    if (!isRecord(value) || typeof value._type !== 'string' || typeof value.predicateType !== 'string' || !Array.isArray(value.subject)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('verification', 'DSSE payload is not an in-toto statement');
    }
    const subject = [];
    for (const s of value.subject) {
        if (!isRecord(s) || !isRecord(s.digest))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('verification', 'in-toto statement has a malformed subject');
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64');
}
function bundleVerificationMaterial(signer) {
    if ('hint' in signer)
        return { $case: 'publicKey', publicKey: { hint: signer.hint } };
    const [leaf, ...rest] = signer.certificates.map((der) => ({ rawBytes: Buffer.from(der) }));
    if (!leaf)
        throw new Error('a certificate bundle needs the leaf certificate');
    return signer.chain
        ? { $case: 'x509CertificateChain', x509CertificateChain: { certificates: [leaf, ...rest] } }
        : { $case: 'certificate', certificate: leaf };
}
/** A v0.3 bundle with a DSSE envelope, the signer's key hint or certificates, and no tlog entries, as JSON bytes. */
function buildKeyBundle(statement, signature, signer) {
    const bundle = {
        mediaType: _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: {
            content: bundleVerificationMaterial(signer),
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
    return new TextEncoder().encode(JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle)));
}
/** The bundle's signing certificate and the intermediates it carries, as DER; undefined for a key bundle. */
function bundleCertificates(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'certificate')
        return { leaf: content.certificate.rawBytes, carried: [] };
    if (content.$case !== 'x509CertificateChain')
        return undefined;
    const [leaf, ...carried] = content.x509CertificateChain.certificates.map((c) => c.rawBytes);
    return leaf ? { leaf, carried } : undefined;
}
/** A bundle with its DSSE content, or why it cannot be used as an image signature. */
function parseBundle(bytes) {
    let bundle;
    try {
        const json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        bundle = isV03WithChain(json) ? acceptedChainBundle(json) : (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
    }
    catch (e) {
        return `not a valid sigstore bundle (${e instanceof Error ? e.message : String(e)})`;
    }
    if (!(0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.isBundleWithDsseEnvelope)(bundle))
        return 'bundle holds a message signature, not a DSSE envelope (cosign v3 refuses it for images too)';
    return bundle;
}
/**
 * cosign v3's `--cert-chain` bundles put a certificate chain in a v0.3 bundle, which
 * @sigstore/bundle refuses for v0.3. signet reads them as cosign does with
 * `--allow-certificate-chain`: every other v0.3 rule still applies (v0.2's checks are
 * v0.3's minus the chain ban).
 */
function isV03WithChain(json) {
    return isRecord(json) && json.mediaType === _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.BUNDLE_V03_MEDIA_TYPE && isRecord(json.verificationMaterial) && json.verificationMaterial.x509CertificateChain !== undefined;
}
function acceptedChainBundle(json) {
    const bundle = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.Bundle.fromJSON(json);
    (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.assertBundleV02)(bundle);
    return bundle;
}
function splitDigest(digest) {
    const i = digest.indexOf(':');
    if (i <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('usage', `not a digest: ${digest}`);
    return [digest.slice(0, i), digest.slice(i + 1)];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 93163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ OciLayout)
});

// EXTERNAL MODULE: ./packages/core/src/oci/stale-write.ts
var stale_write = __webpack_require__(41345);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(73438);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/layout/lock-file.ts
/**
 * A lock file that says who holds it. It is created complete (written to a temporary name, then
 * linked into place, which fails if it exists), holding the owner's host, pid and process start
 * time. A waiter that finds the lock checks the owner: a process on this host that no longer
 * runs (or whose pid now belongs to another process) left it behind when it was killed, so the
 * lock is broken at once, with a warning, instead of after a silent wait. A live owner is waited
 * for, bounded, and the error names it. Locks without an owner record (older signet, other
 * tools) are broken when older than STALE_MS, as before.
 */





const STALE_MS = 30_000;
const WAIT_MS = 60_000;
function processStart(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
function alive(owner) {
    try {
        process.kill(owner.pid, 0);
    }
    catch (e) {
        if (e.code === 'ESRCH')
            return false;
        // EPERM: a process of another user has that pid; it may be the owner.
    }
    const start = processStart(owner.pid);
    return owner.start === undefined || start === undefined || start === owner.start;
}
function parseOwner(text) {
    try {
        const o = JSON.parse(text);
        if (typeof o.host === 'string' && typeof o.pid === 'number' && Number.isInteger(o.pid) && o.pid > 0) {
            return { host: o.host, pid: o.pid, start: typeof o.start === 'string' ? o.start : undefined, created: String(o.created ?? '') };
        }
    }
    catch {
        // not an owner record
    }
    return undefined;
}
const describe = (o) => `pid ${o.pid} on ${o.host} since ${o.created}`;
/** Takes the lock; resolves to its release. */
async function acquireLock(path, options) {
    const me = { host: (0,external_node_os_.hostname)(), pid: process.pid, start: processStart(process.pid), created: new Date().toISOString() };
    const record = JSON.stringify(me);
    const temp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(temp, record).catch((e) => {
        throw new errors/* SignetError */.Tj('io', `cannot lock ${options.what}: ${e.message}`, { cause: e });
    });
    const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
    const waitStart = Date.now();
    let reported = false;
    const pause = () => new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    try {
        for (;;) {
            try {
                await (0,promises_.link)(temp, path);
                return async () => {
                    // Only our own lock: a breaker may have taken it over after a very long pause.
                    if ((await (0,promises_.readFile)(path, 'utf8').catch(() => '')) === record)
                        await (0,promises_.rm)(path, { force: true });
                };
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw new errors/* SignetError */.Tj('io', `cannot lock ${options.what}: ${e.message}`, { cause: e });
            }
            const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
            if (text === undefined) {
                // Released meanwhile (or unreadable: the deadline below still applies).
                if (Date.now() > deadline)
                    throw new errors/* SignetError */.Tj('io', `timed out waiting for ${path}`, { hint: 'remove it if no signet process is running' });
                await pause();
                continue;
            }
            const owner = parseOwner(text);
            if (owner && owner.host === me.host && !alive(owner)) {
                // Break it only if it is still the same lock (another waiter may have broken and retaken it).
                if ((await (0,promises_.readFile)(path, 'utf8').catch(() => undefined)) === text) {
                    await (0,promises_.rm)(path, { force: true });
                    options.logger.warn(`removed the stale lock ${path} left by ${describe(owner)}, which is no longer running`);
                }
                continue;
            }
            if (!owner) {
                const age = await (0,promises_.stat)(path).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > STALE_MS) {
                    await (0,promises_.rm)(path, { force: true });
                    options.logger.warn(`removed the lock ${path}, ${Math.round(age / 1000)} s old and naming no owner`);
                    continue;
                }
            }
            if (Date.now() > deadline) {
                throw new errors/* SignetError */.Tj('io', `timed out waiting for ${path}${owner ? `, held by ${describe(owner)}` : ''}`, {
                    hint: owner && owner.host !== me.host ? `it was taken on another host; remove it if no signet process runs on ${owner.host}` : 'remove it if no signet process is running',
                });
            }
            if (!reported && owner && Date.now() - waitStart > 2_000) {
                options.logger.info(`waiting for ${options.what}: locked by ${describe(owner)}`);
                reported = true;
            }
            await pause();
        }
    }
    finally {
        await (0,promises_.unlink)(temp).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./packages/core/src/oci/digest.ts
var oci_digest = __webpack_require__(24276);
// EXTERNAL MODULE: ./packages/core/src/oci/limits.ts
var limits = __webpack_require__(58156);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
;// CONCATENATED MODULE: ./packages/core/src/layout/oci-layout.ts
/**
 * An OCI image layout on disk (image-spec `oci-layout`, `index.json`, `blobs/sha256/`) as an
 * ArtifactRepository, so `oci:DIR` works wherever a registry repository does. Tags are
 * index.json entries annotated `org.opencontainers.image.ref.name`. index.json is updated by
 * read-merge-write under a lock file so concurrent signet processes never lose entries.
 */










const REF_NAME = 'org.opencontainers.image.ref.name';
class OciLayout {
    path;
    location;
    #logger;
    limits;
    constructor(path, logger, limits) {
        this.path = path;
        this.location = `oci:${path}`;
        this.#logger = logger;
        this.limits = limits;
    }
    static async open(path, options = {}) {
        const layout = new OciLayout(path, options.logger ?? log/* silentLogger */.q, (0,limits/* readLimits */.BU)(options.limits));
        let marker;
        try {
            marker = await (0,promises_.readFile)((0,external_node_path_.join)(path, 'oci-layout'), 'utf8');
        }
        catch {
            if (!options.create)
                throw (0,errors/* usageError */.Wp)(`${path} is not an OCI image layout (no oci-layout file)`, 'check the path after oci:, or create the layout with skopeo/crane');
        }
        if (marker === undefined) {
            await (0,promises_.mkdir)((0,external_node_path_.join)(path, 'blobs', 'sha256'), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(path, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }), { flag: 'wx' }).catch(() => undefined);
            await (0,promises_.writeFile)((0,external_node_path_.join)(path, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: types/* MediaTypes */.m.ociIndex, manifests: [] }), { flag: 'wx' }).catch(() => undefined);
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
                throw (0,errors/* usageError */.Wp)(`${path}/oci-layout is not an OCI image layout 1.0.0 marker`, 'check the path after oci:');
        }
        return layout;
    }
    #blobPath(digest) {
        if (!(0,oci_digest/* isDigest */.B)(digest))
            throw (0,errors/* usageError */.Wp)(`invalid digest "${digest}"`);
        return (0,external_node_path_.join)(this.path, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    async #readIndex() {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.join)(this.path, 'index.json'), 'utf8');
        }
        catch {
            return { schemaVersion: 2, mediaType: types/* MediaTypes */.m.ociIndex, manifests: [] };
        }
        try {
            const index = JSON.parse(text);
            if (!Array.isArray(index.manifests))
                throw new Error('no manifests');
            return index;
        }
        catch {
            throw new errors/* SignetError */.Tj('io', `${this.path}/index.json is corrupt`, { hint: 'restore it or recreate the layout' });
        }
    }
    async tags() {
        const index = await this.#readIndex();
        return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t) => typeof t === 'string');
    }
    async resolve(tagOrDigest) {
        const index = await this.#readIndex();
        if (!(0,oci_digest/* isDigest */.B)(tagOrDigest))
            return index.manifests.find((m) => m.annotations?.[REF_NAME] === tagOrDigest);
        const listed = index.manifests.find((m) => m.digest === tagOrDigest);
        if (listed)
            return listed;
        // A manifest nested in an index (a platform image) or stored untagged.
        const bytes = await (0,promises_.readFile)(this.#blobPath(tagOrDigest)).catch(() => undefined);
        if (!bytes)
            return undefined;
        const mediaType = JSON.parse(bytes.toString('utf8')).mediaType ?? types/* MediaTypes */.m.ociManifest;
        return { mediaType, digest: tagOrDigest, size: bytes.length };
    }
    async getManifest(tagOrDigest) {
        const descriptor = await this.resolve(tagOrDigest);
        if (!descriptor)
            return undefined;
        const bytes = await this.#readBlob(descriptor.digest, this.limits.maxManifestBytes, undefined);
        return { bytes, mediaType: descriptor.mediaType, digest: descriptor.digest };
    }
    async putManifest(tagOrDigest, bytes, mediaType, options = {}) {
        const digest = (0,oci_digest/* sha256Digest */.s)(bytes);
        await this.putBlob(digest, bytes);
        const descriptor = { mediaType, digest, size: bytes.byteLength };
        await this.#withLock(async () => {
            // Waiting for the lock can outlast the caller's write window.
            if (options.notAfter !== undefined && Date.now() > options.notAfter)
                throw new stale_write/* StaleWriteError */.v(`write ${this.location}:${tagOrDigest}`);
            const index = await this.#readIndex();
            if ((0,oci_digest/* isDigest */.B)(tagOrDigest)) {
                if (tagOrDigest !== digest)
                    throw (0,errors/* usageError */.Wp)(`manifest digest ${digest} does not match ${tagOrDigest}`);
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
        if ((0,oci_digest/* sha256Digest */.s)(bytes) !== digest)
            throw new errors/* SignetError */.Tj('io', `blob content does not match ${digest}`);
        if (await this.hasBlob(digest))
            return;
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.path, 'blobs', 'sha256'), { recursive: true });
        await atomicWrite(this.#blobPath(digest), bytes);
    }
    ensureBlob(digest, bytes) {
        return this.putBlob(digest, bytes);
    }
    getBlob(digest, size) {
        return this.#readBlob(digest, this.limits.maxBlobBytes, size);
    }
    /** At most `limit` bytes, and exactly `size` when a descriptor declares it. */
    async #readBlob(digest, limit, size) {
        const what = `${this.location}: blob ${digest}`;
        const expected = (0,limits/* checkDeclaredSize */.sl)(what, size, limit);
        const path = this.#blobPath(digest);
        const found = await (0,promises_.stat)(path).catch(() => undefined);
        if (found && found.size > limit) {
            throw new errors/* SignetError */.Tj('io', `${what} has ${found.size} bytes, over the limit of ${limit}`, { code: 'limit.body-size', data: { limit, declared: found.size } });
        }
        if (found && expected !== undefined && found.size !== expected) {
            throw new errors/* SignetError */.Tj('io', `${what} has ${found.size} bytes, its descriptor declares ${expected}`, { code: 'registry.size-mismatch', data: { expected, declared: found.size } });
        }
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch {
            throw new errors/* SignetError */.Tj('io', `${this.location}: blob ${digest} is missing`, { hint: 'the layout is incomplete; copy it again' });
        }
        if ((0,oci_digest/* sha256Digest */.s)(bytes) !== digest)
            throw new errors/* SignetError */.Tj('io', `${this.location}: blob ${digest} is corrupt (content does not match its digest)`);
        return bytes;
    }
    /** index.json's lock file (lock-file.ts: owner recorded, a dead owner's lock broken at once). */
    async #withLock(fn) {
        const release = await acquireLock((0,external_node_path_.join)(this.path, 'index.json.lock'), { logger: this.#logger, what: `${this.path}/index.json` });
        try {
            return await fn();
        }
        finally {
            await release();
        }
    }
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, path);
}


/***/ }),

/***/ 36030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ putWhileBlobsLink),
/* harmony export */   Ss: () => (/* binding */ blobLinkingPause),
/* harmony export */   yg: () => (/* binding */ isBlobStillLinking)
/* harmony export */ });
/* unused harmony export TRANSIENT_BLOB_STATES */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/**
 * distribution links a blob into a repository non-atomically: while concurrent uploads of the
 * same blob (signers of one payload, every bundle's empty config) are linking it, a manifest
 * naming it is refused with one of these codes, and accepted moments later.
 */


const TRANSIENT_BLOB_STATES = new Set(['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);
function isBlobStillLinking(e) {
    return e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj && TRANSIENT_BLOB_STATES.has(e.serverCode ?? '');
}
/** A short jittered pause before sending the manifest again. */
function blobLinkingPause() {
    return (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(50 + Math.floor(Math.random() * 150));
}
/** Runs a manifest PUT again while the registry is still linking the blobs it names. */
async function putWhileBlobsLink(put, attempts = 8) {
    for (let attempt = 1;; attempt++) {
        try {
            return await put();
        }
        catch (e) {
            if (!isBlobStillLinking(e) || attempt >= attempts)
                throw e;
            await blobLinkingPause();
        }
    }
}


/***/ }),

/***/ 49327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z$: () => (/* binding */ BundleAnnotations),
  Li: () => (/* binding */ BundleReferrerStore)
});

// UNUSED EXPORTS: mergeReferrers

// EXTERNAL MODULE: ./packages/core/src/oci/digest.ts
var oci_digest = __webpack_require__(24276);
// EXTERNAL MODULE: ./packages/core/src/oci/limits.ts
var oci_limits = __webpack_require__(58156);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/formats/referrers.ts
/**
 * OCI 1.1 referrers: an artifact manifest whose `subject` names the image, found through the
 * registry's Referrers API (GET /v2/<repo>/referrers/<digest>), or, on registries without it,
 * through the fallback referrers index: an image index tagged `sha256-<hex>` whose manifests[]
 * the clients maintain themselves (image-spec 1.1, distribution-spec "referrers tag schema").
 */



/** The empty config every artifact manifest uses (image-spec 1.1 "guidance for an empty descriptor"). */
const EMPTY_CONFIG = new TextEncoder().encode('{}');
const EMPTY_CONFIG_DIGEST = (0,oci_digest/* sha256Digest */.s)(EMPTY_CONFIG);
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
        mediaType: types/* MediaTypes */.m.ociManifest,
        artifactType: spec.artifactType,
        config: { mediaType: types/* MediaTypes */.m.ociEmpty, digest: EMPTY_CONFIG_DIGEST, size: EMPTY_CONFIG.byteLength },
        layers: spec.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size, ...(l.annotations ? { annotations: l.annotations } : {}) })),
        subject: { mediaType: spec.subject.mediaType, digest: spec.subject.digest, size: spec.subject.size },
        ...(spec.annotations ? { annotations: spec.annotations } : {}),
    };
    const bytes = new TextEncoder().encode(JSON.stringify(manifest));
    const digest = (0,oci_digest/* sha256Digest */.s)(bytes);
    return {
        bytes,
        digest,
        descriptor: {
            mediaType: types/* MediaTypes */.m.ociManifest,
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
        mediaType: types/* MediaTypes */.m.ociIndex,
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
        throw new errors/* SignetError */.Tj('remote', `referrers index at ${location} is not valid JSON`, { hint });
    }
    const index = doc;
    if (!index || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
        throw new errors/* SignetError */.Tj('remote', `referrers index at ${location} is not an image index`, { hint });
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

// EXTERNAL MODULE: ./packages/core/src/formats/sigstore-bundle.ts
var sigstore_bundle = __webpack_require__(89074);
// EXTERNAL MODULE: ./packages/core/src/stores/guarded-append.ts
var guarded_append = __webpack_require__(69048);
// EXTERNAL MODULE: ./packages/core/src/oci/blob-linking.ts
var blob_linking = __webpack_require__(36030);
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
        const limits = (0,oci_limits/* readLimits */.BU)(this.repository.limits);
        if (viaApi && viaApi.length > limits.maxLayers)
            throw (0,oci_limits/* tooManyLayers */.Yn)(`the referrers of ${this.repository.location}@${digest}`, viaApi.length, limits);
        const list = viaApi
            ? { location: `${this.repository.location} referrers of ${digest}`, viaApi: true, entries: viaApi }
            : { ...(await this.#readFallback(digest, { reading: true })), viaApi: false };
        if (artifactType === undefined)
            return list;
        // Kept too, as which artifact it is then shows only in its manifest (load() checks it): an
        // entry without artifactType, and one whose registry reported the empty config's media type
        // instead of the manifest's artifactType (pre-1.1 registries; go-containerregistry's does).
        const maybe = (e) => e.artifactType === undefined || e.artifactType === artifactType || e.artifactType === types/* MediaTypes */.m.ociEmpty;
        return { ...list, entries: list.entries.filter(maybe) };
    }
    /**
     * Fetches the bundles the entries point at. A referrer that is not a bundle of this subject
     * (wrong subject, no bundle layer, unparsable) comes back with `problem` set.
     */
    async load(subjectDigest, entries) {
        return Promise.all(entries.map(async (entry) => {
            const fail = (problem) => ({ manifestDigest: entry.digest, bundle: undefined, problem });
            try {
                const fetched = await this.repository.getManifest(entry.digest);
                if (!fetched)
                    return fail('referrer manifest listed in the index does not exist');
                const manifest = parseReferrerManifest(fetched.bytes);
                if (!manifest)
                    return fail('referrer is not an image manifest');
                if (manifest.subject?.digest !== subjectDigest)
                    return fail(`referrer's subject is ${manifest.subject?.digest ?? 'missing'}, not ${subjectDigest}`);
                const layer = manifest.layers.find((l) => l.mediaType === types/* MediaTypes */.m.sigstoreBundle);
                if (!layer)
                    return fail('referrer holds no sigstore bundle layer');
                const parsed = (0,sigstore_bundle/* parseBundle */.QN)(await this.repository.getBlob(layer.digest, layer.size));
                if (typeof parsed === 'string')
                    return fail(parsed);
                return { manifestDigest: entry.digest, bundle: parsed, problem: undefined };
            }
            catch (e) {
                // One unreadable referrer is one signature that does not verify, as in cosign.
                return { ...fail(`not readable: ${e.message}`), failure: e };
            }
        }));
    }
    /**
     * Publishes `bundle` as a referrer of `subject`. The referrer manifest is pushed by digest;
     * a registry that confirms it indexed it (OCI-Subject) keeps the list itself, otherwise it is
     * added to the fallback index without losing entries added concurrently by other signers.
     */
    async publish(subject, bundle, options = {}) {
        const bundleDigest = (0,oci_digest/* sha256Digest */.s)(bundle);
        await this.repository.putBlob(bundleDigest, bundle);
        await this.repository.ensureBlob(EMPTY_CONFIG_DIGEST, EMPTY_CONFIG);
        const referrer = buildReferrerManifest({
            artifactType: types/* MediaTypes */.m.sigstoreBundle,
            subject,
            layers: [{ mediaType: types/* MediaTypes */.m.sigstoreBundle, digest: bundleDigest, size: bundle.byteLength }],
            annotations: { [BundleAnnotations.content]: 'dsse-envelope', [BundleAnnotations.created]: rfc3339Now(), ...options.annotations },
        });
        // Only the registry's own confirmation (OCI-Subject on this PUT) spares the fallback tag, as
        // the distribution spec requires; a referrers query answering is not enough (a registry
        // may serve the API yet not have indexed this push) and would cost a request.
        const repository = this.repository;
        const indexed = await (0,blob_linking/* putWhileBlobsLink */.NQ)(async () => repository.putReferrer
            ? repository.putReferrer(referrer.digest, referrer.bytes, types/* MediaTypes */.m.ociManifest, subject.digest)
            : (await repository.putManifest(referrer.digest, referrer.bytes, types/* MediaTypes */.m.ociManifest), false));
        if (indexed)
            return { location: `${this.repository.location}@${referrer.digest}`, appended: true, manifestDigest: referrer.digest };
        return (0,guarded_append/* guardedAppend */.Nv)(this.#fallbackSet(subject.digest, referrer.descriptor), options);
    }
    #fallbackSet(subjectDigest, candidate) {
        return {
            repository: this.repository,
            tag: referrersTag(subjectDigest),
            location: this.location(subjectDigest),
            candidate,
            noun: 'referrer',
            read: () => this.#readFallback(subjectDigest),
            build: (entries) => ({ bytes: buildReferrersIndex(mergeReferrers(entries)), mediaType: types/* MediaTypes */.m.ociIndex }),
            isOurs: (entry) => entry.digest === candidate.digest,
            // Every bundle is a new manifest (randomized signature, creation time): none is equivalent.
            hasEquivalent: () => false,
            // A referrer is its manifest: another tool's entry for it with other annotations is the same one.
            key: (entry) => entry.digest,
        };
    }
    /**
     * The fallback index. Something else under its tag is reported when writing (it is someone
     * else's data, not ours to overwrite), and read as "no referrers": `cosign copy` (v2) tags the
     * copied image itself `sha256-<hex>`, which must not make a promoted image unverifiable.
     */
    async #readFallback(subjectDigest, options = {}) {
        const location = this.location(subjectDigest);
        const fetched = await this.repository.getManifest(referrersTag(subjectDigest));
        if (!fetched)
            return { location, manifestDigest: undefined, entries: [] };
        if (options.reading && !looksLikeIndex(fetched.bytes))
            return { location, manifestDigest: fetched.digest, entries: [] };
        const entries = parseReferrersIndex(fetched.bytes, location);
        const limits = (0,oci_limits/* readLimits */.BU)(this.repository.limits);
        if (entries.length > limits.maxLayers)
            throw (0,oci_limits/* tooManyLayers */.Yn)(location, entries.length, limits);
        return { location, manifestDigest: fetched.digest, entries };
    }
}
function looksLikeIndex(bytes) {
    try {
        const doc = JSON.parse(new TextDecoder().decode(bytes));
        return Array.isArray(doc?.manifests);
    }
    catch {
        return false;
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


/***/ }),

/***/ 69048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ guardedAppend)
/* harmony export */ });
/* unused harmony exports DEFAULT_WINDOW_BOUND_MS, entryKey */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24276);
/* harmony import */ var _oci_stale_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41345);
/* harmony import */ var _oci_blob_linking_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36030);
/**
 * Race-safe read-modify-write of a list of descriptors kept in ONE tagged manifest: the layers
 * of cosign's `sha256-<hex>.sig` manifest, or the manifests[] of the OCI referrers fallback
 * index `sha256-<hex>`. Registries offer no compare-and-swap on tags, so two writers that read
 * the same version would each drop the other's entry; the protocol here (docs/concurrency.md)
 * makes every writer confirm, repair and guard what it saw. The set's format is supplied by a
 * `TaggedSet`; the protocol knows only descriptors.
 */





/**
 * How long after its read was *sent* a writer may still send the manifest PUT. It is a contract
 * between all signet writers, not a per-run figure: every writer's confirmation wait covers the
 * others' bound, so a writer that chose a longer bound for itself (a slow network path, a
 * CPU-starved process) could write after its peers have confirmed and left. Counted from the
 * read's request, not its answer, so a writer stalled after the answer arrived is refused too.
 * Generous against a real registry's round trips (the window holds one GET and one PUT);
 * docs/concurrency.md says why it cannot adapt per run.
 */
const DEFAULT_WINDOW_BOUND_MS = 500;
const SETTLE_MARGIN_MS = 200;
/** The margin is at least this many times the slowest exchange seen: a loaded registry applies late. */
const SLOWNESS_FACTOR = 3;
const MAX_SETTLE_MARGIN_MS = 5_000;
/** Between reads of the set while one of our writes is overdue. */
const WATCH_INTERVAL_MS = 100;
/**
 * Random spread added to each confirmation wait so that batched confirmations do not read in
 * lockstep. It only lengthens the wait (safety comes from the bound and the margin).
 */
const CONFIRM_JITTER_MS = 50;
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
        // A stale write (a read slower than the window: a slow registry, a loaded machine) costs one
        // read to retry, so the bound is generous; a clobber or a refused manifest also counts.
        const maxAttempts = this.#options.maxAttempts ?? 16;
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
                if (this.#wrote) {
                    // Exactly our entry (not an equivalent one): the PUT whose answer was lost, or whose
                    // retry was too late to send, did land, so this writer added it.
                    if (current.entries.some((e) => this.#set.isOurs(e)))
                        this.#addedOurs = true;
                    return this.#confirmable(attempt, Date.now(), current.location, current.manifestDigest ?? '', defer);
                }
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
                if (e instanceof _oci_stale_write_js__WEBPACK_IMPORTED_MODULE_1__/* .StaleWriteError */ .v) {
                    this.#options.onConflict?.(attempt);
                    continue; // our read is too old to write from: read again
                }
                if ((0,_oci_blob_linking_js__WEBPACK_IMPORTED_MODULE_2__/* .isBlobStillLinking */ .yg)(e)) {
                    // Refused while concurrent uploads of one of its blobs are linked: read and write again.
                    await (0,_oci_blob_linking_js__WEBPACK_IMPORTED_MODULE_2__/* .blobLinkingPause */ .Ss)();
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
            if (manifestDigest !== (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .s)(built.bytes)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj('remote', `${current.location} stored a different manifest than was sent`);
            }
            this.#debug(`${current.location}: wrote ${entries.length} ${noun}(s) ${wroteAt - readAt} ms after the read (PUT ${wroteAt - sentAt} ms)`);
            for (const entry of entries)
                this.#seen.set(this.#key(entry), entry);
            return this.#confirmable(attempt, wroteAt, current.location, manifestDigest, defer);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj('remote', `could not append a ${noun} to ${this.#set.location} after ${maxAttempts} attempts`, {
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
                await sleep(wait + Math.floor(Math.random() * CONFIRM_JITTER_MS));
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
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal });
        return true;
    }
    catch {
        return false;
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 76139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  US: () => (/* binding */ imageExists),
  Pp: () => (/* binding */ layoutIdentity),
  UY: () => (/* binding */ openImage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/layout/oci-layout.ts + 1 modules
var oci_layout = __webpack_require__(93163);
// EXTERNAL MODULE: ./packages/core/src/reference/reference.ts
var reference = __webpack_require__(17159);
// EXTERNAL MODULE: ./packages/core/src/formats/signature-manifest.ts
var signature_manifest = __webpack_require__(5891);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
// EXTERNAL MODULE: ./packages/core/src/oci/digest.ts
var digest = __webpack_require__(24276);
// EXTERNAL MODULE: ./packages/core/src/oci/limits.ts
var oci_limits = __webpack_require__(58156);
// EXTERNAL MODULE: ./packages/core/src/stores/guarded-append.ts
var guarded_append = __webpack_require__(69048);
;// CONCATENATED MODULE: ./packages/core/src/stores/cosign-signatures.ts






class CosignSignatureStore {
    repository;
    /** Uploads started by `stage`, by payload digest: `append` waits for them instead of uploading again. */
    #staged = new Map();
    constructor(repository) {
        this.repository = repository;
    }
    /**
     * Uploads the blobs an append of `payload` will name (the payload, the constant config), so
     * that this can run while the signature is still being made (a key decrypting, a KMS round
     * trip). Blobs alone change nothing anybody reads; only the manifest PUT publishes.
     */
    stage(payload) {
        const key = (0,digest/* sha256Digest */.s)(payload);
        let staged = this.#staged.get(key);
        if (!staged) {
            staged = (async () => {
                await this.repository.putBlob(key, payload);
                // Constant: upload it (once per repository) before the read so the write window is short.
                const empty = (0,signature_manifest/* buildSignatureManifest */._J)([]);
                await this.repository.ensureBlob(empty.configDigest, empty.config);
            })();
            this.#staged.set(key, staged);
            // A failed upload is retried by the next stage or append, not remembered.
            staged.catch(() => this.#staged.delete(key));
        }
        return staged;
    }
    location(digest) {
        return `${this.repository.location}:${(0,signature_manifest/* signatureTag */.bG)(digest)}`;
    }
    async read(digest) {
        const location = this.location(digest);
        const fetched = await this.repository.getManifest((0,signature_manifest/* signatureTag */.bG)(digest));
        if (!fetched)
            return { location, manifestDigest: undefined, layers: [] };
        const manifest = (0,signature_manifest/* parseSignatureManifest */.XY)(fetched.bytes, location);
        // cosign refuses such a set whole (pkg/oci/remote/signatures.go maxLayers), for reading and appending.
        const limits = (0,oci_limits/* readLimits */.BU)(this.repository.limits);
        if (manifest.layers.length > limits.maxLayers)
            throw (0,oci_limits/* tooManyLayers */.Yn)(location, manifest.layers.length, limits);
        return { location, manifestDigest: fetched.digest, layers: manifest.layers };
    }
    /**
     * Fetches the payloads of simple-signing layers (each bounded by its declared size); other
     * layer types are skipped. A layer that cannot be read comes back with `problem` set.
     */
    async load(set) {
        const layers = set.layers.filter((l) => l.mediaType === types/* MediaTypes */.m.cosignSimpleSigning);
        return Promise.all(layers.map(async (layer) => {
            const b64 = layer.annotations?.[signature_manifest/* Annotations */.rB.signature] ?? '';
            const stored = {
                layer,
                payload: new Uint8Array(),
                signature: decodeBase64(b64),
                certificatePem: layer.annotations?.[signature_manifest/* Annotations */.rB.certificate],
                chainPem: layer.annotations?.[signature_manifest/* Annotations */.rB.chain],
            };
            try {
                return { ...stored, payload: await this.repository.getBlob(layer.digest, layer.size) };
            }
            catch (e) {
                return { ...stored, problem: `payload not readable: ${e.message}`, failure: e };
            }
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
        const candidate = (0,signature_manifest/* newSignatureLayer */.QY)(payload, annotations);
        await this.stage(payload);
        const location = this.location(digest);
        const set = {
            repository: this.repository,
            tag: (0,signature_manifest/* signatureTag */.bG)(digest),
            location,
            candidate: candidate.descriptor,
            noun: 'signature',
            read: async () => {
                const current = await this.read(digest);
                return { location: current.location, manifestDigest: current.manifestDigest, entries: current.layers };
            },
            build: (layers) => ({ bytes: (0,signature_manifest/* buildSignatureManifest */._J)(layers).manifest, mediaType: types/* MediaTypes */.m.ociManifest }),
            isOurs: (layer) => isOurs(layer, candidate.descriptor, annotations),
            hasEquivalent: (layers) => this.findEquivalent(layers, candidate.descriptor, payload, annotations, isSameSigner) !== undefined,
        };
        return (0,guarded_append/* guardedAppend */.Nv)(set, options);
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
                signature: decodeBase64(layer.annotations?.[signature_manifest/* Annotations */.rB.signature] ?? ''),
                certificatePem: layer.annotations?.[signature_manifest/* Annotations */.rB.certificate],
                chainPem: layer.annotations?.[signature_manifest/* Annotations */.rB.chain],
            });
        });
    }
}
/** Exactly our layer: other signers of the same payload differ only in the signature. */
function isOurs(layer, candidate, annotations) {
    return (layer.digest === candidate.digest &&
        layer.annotations?.[signature_manifest/* Annotations */.rB.signature] === annotations[signature_manifest/* Annotations */.rB.signature] &&
        sameAnnotationsExceptSignature(layer.annotations ?? {}, annotations));
}
function sameAnnotationsExceptSignature(existing, wanted) {
    for (const [key, value] of Object.entries(wanted)) {
        if (key === signature_manifest/* Annotations */.rB.signature)
            continue;
        if (existing[key] !== value)
            return false;
    }
    return true;
}
function decodeBase64(text) {
    // Go's base64.StdEncoding (cosign, containers/image) skips \r and \n anywhere, so a wrapped
    // annotation is the same signature to them; any other stray character is refused, as there.
    const unwrapped = text.replace(/[\r\n]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(unwrapped) || unwrapped.length % 4 !== 0)
        return new Uint8Array();
    return Buffer.from(unwrapped, 'base64');
}

// EXTERNAL MODULE: ./packages/core/src/stores/bundle-referrers.ts + 1 modules
var bundle_referrers = __webpack_require__(49327);
;// CONCATENATED MODULE: ./packages/core/src/targets/open-image.ts






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
            return sameRepository((0,reference/* parseReference */.F2)(dockerReference), expected);
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
    const target = (0,reference/* parseTarget */.hu)(spec);
    if (target.kind === 'layout')
        return oci_layout/* OciLayout */.A.open(target.path, { create: true, logger: ctx.logger, limits: ctx.registry.limits });
    const ref = target.reference;
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw (0,errors/* codedError */.Au)('usage', 'target.signature-repository-pinned', `signature repository "${spec}" must not carry a tag or digest`, { spec });
    }
    return ctx.registry.repository(ref.registry, ref.repository);
}
const existence = new WeakMap();
/**
 * Does the image itself exist? Asked once per opened image (a policy with several signers
 * checks one image several times); verification requires it (verify-image.ts).
 */
function imageExists(image) {
    // Opened by resolving it (signing, a tag, GPG verification): known to exist, no request.
    if (image.descriptor)
        return Promise.resolve(true);
    let known = existence.get(image);
    if (!known) {
        known = image.repository.resolve(image.digest).then((found) => found !== undefined);
        existence.set(image, known);
        known.catch(() => existence.delete(image));
    }
    return known;
}
async function openImage(input, ctx, options = {}) {
    const target = options.target ?? (0,reference/* parseTarget */.hu)(input);
    if (target.kind === 'layout') {
        const layout = await oci_layout/* OciLayout */.A.open(target.path, { logger: ctx.logger, limits: ctx.registry.limits });
        const wanted = target.digest ?? target.tag ?? 'latest';
        const found = await layout.resolve(wanted);
        if (!found) {
            throw (0,errors/* codedError */.Au)('usage', 'target.not-in-layout', `${input}: no image "${wanted}" in the layout at ${target.path}`, { path: target.path, wanted });
        }
        if (!target.digest)
            ctx.logger.warn(`${input}: resolved tag "${wanted}" to ${found.digest}; ${options.purpose ?? 'signing'} the digest`);
        const identity = layoutIdentity(target.path);
        const signatureRepository = await openSignatureRepository(ctx, layout);
        return {
            input,
            display: `oci:${target.path}@${found.digest}`,
            digest: found.digest,
            descriptor: found,
            repository: layout,
            dockerReference: identity,
            reference: undefined,
            resolvedFromTag: target.digest ? undefined : wanted,
            signatures: new CosignSignatureStore(signatureRepository),
            bundles: new bundle_referrers/* BundleReferrerStore */.Li(signatureRepository),
            identityMatches: (ref) => ref === identity || ref.startsWith(`${identity}:`) || ref.startsWith(`${identity}@`),
        };
    }
    const ref = target.reference;
    const repository = ctx.registry.repository(ref.registry, ref.repository);
    let digest = ref.digest;
    let descriptor;
    let resolvedFromTag;
    if (digest) {
        if (options.checkDigestExists !== false) {
            descriptor = await repository.resolve(digest);
            if (!descriptor)
                throw new errors/* SignetError */.Tj('usage', `image ${(0,reference/* formatReference */.FH)(ref)} not found`, { hint: 'push the image first, or check the repository name and digest' });
        }
    }
    else {
        const tag = ref.tag ?? 'latest';
        const found = await repository.resolve(tag);
        if (!found)
            throw new errors/* SignetError */.Tj('usage', `image ${(0,reference/* formatReference */.FH)(ref)} not found (no tag "${tag}")`, { hint: 'push the image first, or check the repository name and tag' });
        digest = found.digest;
        descriptor = found;
        resolvedFromTag = tag;
        ctx.logger.warn(`${input}: resolved tag "${tag}" to ${digest}; ${options.purpose ?? 'signing'} the digest (pass IMAGE@DIGEST to avoid this)`);
    }
    const signatureRepository = await openSignatureRepository(ctx, repository);
    const pinned = (0,reference/* withDigest */.hQ)({ registry: ref.registry, repository: ref.repository }, digest);
    return {
        input,
        display: (0,reference/* formatReference */.FH)(pinned),
        digest,
        descriptor,
        repository,
        dockerReference: (0,reference/* repositoryName */.aR)(ref, 'cosign'),
        reference: ref,
        resolvedFromTag,
        signatures: new CosignSignatureStore(signatureRepository),
        bundles: new bundle_referrers/* BundleReferrerStore */.Li(signatureRepository),
        identityMatches: identityMatcher(ref),
    };
}


/***/ })

};
