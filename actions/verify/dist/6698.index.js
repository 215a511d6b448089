export const id = 6698;
export const ids = [6698,2222];
export const modules = {

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

/***/ 62421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ connaisseurValues)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/* harmony import */ var _keys_generate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9550);
/* harmony import */ var _signers_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87014);
/* harmony import */ var _material_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96874);
/* harmony import */ var _matching_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95912);
/**
 * Connaisseur Helm values (`application.validators` and `application.policy`): one cosign
 * validator per trust rule whose trust roots are the rule's keys; `threshold: 1` for `any`,
 * `required` naming every root for `all`.
 *
 * Keyless signers are `keyless` trust roots (issuer/subject, exact or regex); the private
 * sigstore goes into the validator's `host` (Fulcio certificates, one Rekor key, one CT log
 * key). `host` and `verifyInTransparencyLog` hold for every trust root of a validator, so a
 * rule cannot mix keyless signers with keys (signed without a log entry) or name two
 * different trusted roots.
 *
 * Notary signers (Docker Content Trust) become a `notaryv1` validator, Connaisseur v3 spelling:
 * `host`, `trustRoots` with the root public key (Connaisseur pins the bare key, not the
 * GUN-specific certificate ID), the server CA in `cert`, and `delegations` in the rule. One
 * validator per pattern, so a rule mixing Notary and cosign signers is refused.
 */






function keylessIdentity(s) {
    return {
        ...(s.issuer ? { issuer: s.issuer } : { issuerRegex: s.issuerRegexp ?? '' }),
        ...(s.identity ? { subject: s.identity } : { subjectRegex: s.identityRegexp ?? '' }),
    };
}
async function keylessHost(rule, keyless, signerCount, notes) {
    if (keyless.length < signerCount)
        (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, 'keyless signers and keys in one rule', 'Connaisseur checks the transparency log for all trust roots of a validator or for none; split the rule by image pattern');
    const roots = new Set(keyless.map((s) => s.trustedRoot));
    if (roots.size > 1)
        (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, `keyless signers with different trusted roots (${[...roots].join(', ')})`, 'a Connaisseur validator has one sigstore host; split the rule by image pattern');
    const first = keyless[0];
    if (!first)
        throw new Error('unreachable');
    const m = await (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .keylessMaterial */ .Qr)(first);
    const [rekor, ...otherLogs] = m.tlogs;
    const [ct, ...otherCt] = m.ctlogs;
    if (!rekor)
        throw new Error('unreachable: keylessMaterial requires a log');
    if (otherLogs.length > 0 || otherCt.length > 0) {
        notes.push(`rule "${rule.name}": Connaisseur takes one Rekor and one CT log key; signatures from ${[...otherLogs, ...otherCt].map((l) => l.url).join(', ')} are not accepted.`);
    }
    return { rekor: rekor.url, rekorPubkey: rekor.publicKeyPem, fulcioCert: m.rootsPem, ...(ct ? { ctLogPubkey: ct.publicKeyPem } : {}) };
}
/** The root public key PEM Connaisseur pins, from a PEM key/certificate or a root.json. */
async function notaryRootKeyPem(rule, s) {
    if (/^[0-9a-f]{64}$/.test(s.root))
        (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, `signer "${s.name}" pins the root by key ID`, 'Connaisseur pins the root public key: give `root` as the root key (or its certificate) PEM, or a root.json');
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(s.root, 'utf8').catch(() => undefined);
    if (text?.trimStart().startsWith('{')) {
        const { publicKeyOf } = await __webpack_require__.e(/* import() */ 9034).then(__webpack_require__.bind(__webpack_require__, 99034));
        const root = JSON.parse(text);
        const id = root.signed?.roles?.root?.keyids?.[0];
        const key = id ? root.signed?.keys?.[id] : undefined;
        if (!key)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`signer "${s.name}": ${s.root} names no root key`);
        return (0,_keys_generate_js__WEBPACK_IMPORTED_MODULE_3__/* .publicKeyPem */ .rY)(publicKeyOf(key));
    }
    return (0,_keys_generate_js__WEBPACK_IMPORTED_MODULE_3__/* .publicKeyPem */ .rY)(await (0,_signers_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadVerificationKey */ .LX)(s.root));
}
async function notaryValidator(policy, rule, notes) {
    const notary = rule.signers.filter((s) => s.kind === 'notary');
    if (notary.length !== rule.signers.length)
        (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, 'Notary (Docker Content Trust) signers and cosign signers in one rule', 'Connaisseur applies one validator per image pattern; split the rule by image pattern');
    if (notary.length > 1)
        (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, 'several Notary signers', 'a notaryv1 rule names one trust root; split the rule or keep one Notary signer');
    const s = notary[0];
    const url = new URL(s.notary);
    if (url.protocol !== 'https:')
        (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, `a plain-HTTP Notary server (${s.notary})`, 'Connaisseur talks to Notary over TLS');
    const cert = s.ca ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(s.ca, 'utf8').catch(() => { throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`signer "${s.name}": cannot read the Notary CA ${s.ca}`); }) : undefined;
    const name = `signet-${policy.name}-${rule.name}`;
    const delegations = s.delegations?.map((d) => d.replace(/^targets\//, ''));
    if (!delegations)
        notes.push(`rule "${rule.name}": no delegations named; the gate accepts targets/releases, else targets (docker's rule). Name delegations (e.g. releases) so Connaisseur and the gate check the same role.`);
    return {
        validator: { name, type: 'notaryv1', host: url.host, trustRoots: [{ name: s.name, key: await notaryRootKeyPem(rule, s) }], ...(cert ? { cert } : {}) },
        with: { trustRoot: s.name, ...(delegations ? { delegations } : {}) },
    };
}
async function connaisseurValues(policy) {
    const dropped = [];
    const notes = [];
    const validators = [];
    const rules = [];
    // Connaisseur applies the most specific pattern, not the first rule: proved equal or refused.
    (0,_matching_js__WEBPACK_IMPORTED_MODULE_5__/* .checkConnaisseurMatching */ .Q$)(policy);
    for (const rule of policy.rules) {
        if (Object.keys(rule.annotations).length > 0)
            (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target');
        if (rule.signatureRepository)
            (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, 'signatures kept in another repository', 'keep the signatures next to the images, or use the kyverno or policy-controller target');
        if (rule.signers.some((s) => s.kind === 'notary')) {
            const v = await notaryValidator(policy, rule, notes);
            validators.push(v.validator);
            for (const pattern of rule.images.flatMap(_matching_js__WEBPACK_IMPORTED_MODULE_5__/* .connaisseurPatterns */ .EW))
                rules.push({ pattern, validator: v.validator.name, with: v.with });
            continue;
        }
        const signers = (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .expressible */ .l9)('Connaisseur', rule, (s) => (s.kind === 'gpg' ? 'Connaisseur does not read GPG lookaside signatures' : s.kind === 'certificate' ? 'Connaisseur trusts keys or Fulcio, not a private certificate chain' : undefined), dropped);
        const keyless = signers.filter((s) => s.kind === 'keyless');
        const host = keyless.length > 0 ? await keylessHost(rule, keyless, signers.length, notes) : undefined;
        const trustRoots = await Promise.all(signers.map(async (s) => {
            if (s.kind === 'keyless')
                return { name: s.name, keyless: keylessIdentity(s) };
            if (s.kind !== 'key')
                throw new Error('unreachable');
            const m = await (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .keyMaterial */ .vN)(s);
            if (m.kind === 'k8s')
                (0,_material_js__WEBPACK_IMPORTED_MODULE_1__/* .refuse */ .TR)('Connaisseur', rule, `a key in a Kubernetes Secret (${m.ref})`, 'reference the public key file instead: Connaisseur embeds keys in its values');
            return { name: s.name, key: m.kind === 'kms' ? m.ref : m.pem };
        }));
        const name = `signet-${policy.name}-${rule.name}`;
        validators.push({ name, type: 'cosign', ...(host ? { host } : {}), trustRoots });
        for (const pattern of rule.images.flatMap(_matching_js__WEBPACK_IMPORTED_MODULE_5__/* .connaisseurPatterns */ .EW)) {
            rules.push({
                pattern,
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


/***/ }),

/***/ 11945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ kyvernoPolicy)
});

// EXTERNAL MODULE: ./packages/core/src/policy/generate/material.ts
var material = __webpack_require__(96874);
// EXTERNAL MODULE: ./packages/core/src/policy/generate/matching.ts + 1 modules
var generate_matching = __webpack_require__(95912);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/policy/generate/kyverno-literal.ts
/**
 * Kyverno substitutes `{{ JMESPath }}` variables and `$(path)` references in every string of a
 * rule, keys included (pkg/engine/variables), before it verifies anything: an annotation value
 * `{{request.object.metadata.labels.env}}` written as it is would be read from the Pod being
 * admitted. Kyverno leaves `\{{...}}` and `\$(...)` alone and then drops the backslash, so
 * values are written escaped; each escaped value is run through the same rules to prove it
 * reads back unchanged, and one that would not is refused.
 */

// Kyverno's own expressions (Go RE2 syntax, the same in JavaScript for these).
const VARIABLES = /(^|[^\\])(\{\{(?:\{[^{}]*\}|[^{}])*\}\})/;
const ESCAPED_VARIABLES = /\\\{\{(\{[^{}]*\}|[^{}])*\}\}/g;
const REFERENCES = /^\$\(.[^ ]*\)|[^\\]\$\(.[^ ]*\)/;
const ESCAPED_REFERENCES = /\\\$\(.[^ ]*\)/g;
/** Each match's text loses its first character everywhere, as strings.Replace(v, v[1:], -1). */
function unescapeAll(value, escaped) {
    let out = value;
    for (const v of value.match(escaped) ?? [])
        out = out.split(v).join(v.slice(1));
    return out;
}
/** What Kyverno makes of a string in a policy, or undefined when it would substitute something. */
function kyvernoReads(value) {
    if (REFERENCES.test(value))
        return undefined;
    const afterReferences = unescapeAll(value, ESCAPED_REFERENCES);
    if (VARIABLES.test(afterReferences))
        return undefined;
    return unescapeAll(afterReferences, ESCAPED_VARIABLES);
}
/** The string to write so that Kyverno reads `value`; throws when there is none. */
function kyvernoLiteral(value, where) {
    if (!value.includes('{{') && !value.includes('$('))
        return value;
    const candidates = [
        value.replace(/\$\(/g, '\\$(').replace(/\{\{/g, '\\{{'),
        value.replace(/\$\(/g, '\\$(').replace(/\{(?=\{)/g, '\\{'),
    ];
    const found = candidates.find((c) => kyvernoReads(c) === value);
    if (found === undefined) {
        throw (0,errors/* usageError */.Wp)(`${where}: "${value}" cannot be written into a Kyverno policy literally (Kyverno would substitute a variable in it)`, 'avoid `{{` and `$(` in values the kyverno target must match');
    }
    return found;
}
/** Every string and key of a generated document, written so that Kyverno reads it unchanged. */
function kyvernoLiterals(doc, where) {
    const walk = (v) => {
        if (typeof v === 'string')
            return kyvernoLiteral(v, where);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object') {
            // defineProperty: a key named `__proto__` stays a key.
            const out = {};
            for (const [k, x] of Object.entries(v))
                Object.defineProperty(out, kyvernoLiteral(k, where), { value: walk(x), enumerable: true, writable: true, configurable: true });
            return out;
        }
        return v;
    };
    return walk(doc);
}

;// CONCATENATED MODULE: ./packages/core/src/policy/generate/kyverno.ts



const NO_TLOG = { rekor: { ignoreTlog: true }, ctlog: { ignoreSCT: true } };
async function keylessEntries(signer) {
    const m = await (0,material/* keylessMaterial */.Qr)(signer);
    // No CT log in the root: the gate checks no SCT either.
    const ctlogs = m.ctlogs.length > 0 ? m.ctlogs.map((c) => ({ pubkey: c.publicKeyPem })) : [{ ignoreSCT: true }];
    return m.tlogs.flatMap((t) => ctlogs.map((ctlog) => ({ keyless: { ...(0,material/* identityFields */.AA)(signer), roots: m.rootsPem, rekor: { url: t.url, pubkey: t.publicKeyPem }, ctlog } })));
}
async function entries(signer, notes) {
    return signer.kind === 'keyless' ? keylessEntries(signer) : [await entry(signer, notes)];
}
async function entry(signer, notes) {
    if (signer.kind === 'key') {
        const m = await (0,material/* keyMaterial */.vN)(signer);
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
        const roots = await (0,material/* chainPem */.Uh)(signer);
        return { keyless: { roots, ...(0,material/* identityFields */.AA)(signer), ...NO_TLOG } };
    }
    throw new Error('unreachable: gpg signers are filtered out');
}
async function kyvernoPolicy(policy) {
    const dropped = [];
    const notes = [];
    const rules = [];
    // The trust policy's first matching rule decides; Kyverno applies every matching entry. Each
    // rule's entries skip what earlier rules decide, proved against the gate (matching.ts).
    const matching = (0,generate_matching/* kyvernoMatching */.QY)(policy);
    notes.push(...matching.notes);
    for (const [i, rule] of policy.rules.entries()) {
        const signers = (0,material/* expressible */.l9)('Kyverno', rule, (s) => (s.kind === 'gpg' ? 'Kyverno does not read GPG lookaside signatures' : s.kind === 'notary' ? 'Kyverno does not read Notary v1 (Docker Content Trust) trust data' : undefined), dropped);
        const annotations = Object.keys(rule.annotations).length ? { annotations: rule.annotations } : {};
        // One list of alternative entries per signer.
        const perSigner = await Promise.all(signers.map(async (s) => (await entries(s, notes)).map((e) => ({ ...e, ...annotations }))));
        if (signers.some((s) => s.kind === 'keyless')) {
            // verifyImages entries of another type (SigstoreBundle) would all be required, not alternatives.
            notes.push(`rule "${rule.name}": Kyverno checks keyless signatures in cosign's legacy .sig layout only; sign with --format legacy or both (bundle-only signatures pass the gate but not Kyverno).`);
        }
        const attestor = (list) => (list.length === 1 ? { entries: list } : { count: 1, entries: list });
        const attestors = rule.require === 'all' ? perSigner.map(attestor) : [attestor(perSigner.flat())];
        const verifyImages = (matching.entries[i] ?? []).map((e) => ({
            imageReferences: e.imageReferences,
            ...(e.skipImageReferences.length ? { skipImageReferences: e.skipImageReferences } : {}),
            failureAction: policy.enforcement,
            mutateDigest: true,
            verifyDigest: true,
            required: true,
            ...(rule.signatureRepository ? { repository: rule.signatureRepository } : {}),
            attestors,
        }));
        // One Kyverno rule per entry: Kyverno's validation step stops at the first verifyImages
        // entry of a rule that does not match the image (handlers/validation/validate_image.go).
        verifyImages.forEach((entry, k) => {
            const name = verifyImages.length === 1 ? rule.name : `${rule.name.slice(0, 59)}-${k + 1}`;
            // Kyverno substitutes variables in every string of a rule: write them so it reads them as they are.
            rules.push(kyvernoLiterals({ name, match: { any: [{ resources: { kinds: ['Pod'] } }] }, verifyImages: [entry] }, `rule "${rule.name}"`));
        });
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


/***/ }),

/***/ 95912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q$: () => (/* binding */ checkConnaisseurMatching),
  EW: () => (/* binding */ connaisseurPatterns),
  my: () => (/* binding */ containersScopes),
  QY: () => (/* binding */ kyvernoMatching),
  a6: () => (/* binding */ policyControllerMatching)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/policy/languages.ts
/**
 * Sets of image names as finite automata, so a generated policy can be *proved* to decide every
 * image with the same trust rule as the gate before it is written. Each admission system matches
 * image patterns its own way (Kyverno's `*` crosses `/`, Connaisseur pads patterns with `*` and
 * prefers the most specific one, policy-controller applies every matching policy); whether a
 * translation keeps the gate's first-matching-rule semantics is a question about regular
 * languages (union, intersection, difference, emptiness), answered here exactly.
 *
 * Patterns are sequences of tokens (one character of a class, or any number of them); they run
 * lazily on the fly (subset construction), over an alphabet reduced to the characters the
 * patterns name plus one character standing for every other one.
 */
const lit = (c) => ({ test: (a) => a === c, many: false });
const anyChars = { test: () => true, many: true };
const nonSlashChars = { test: (a) => a !== '/', many: true };
const oneOf = (chars) => ({ test: (a) => chars.includes(a), many: false });
const literal = (text) => [...text].map(lit);
/** Positions 0..n of the pattern; a set of them is one deterministic state. */
function pattern(tokens) {
    const n = tokens.length;
    const close = (positions) => {
        const out = new Set(positions);
        for (const p of [...out].sort((a, b) => a - b)) {
            // Zero repetitions of a `many` token: the next position is reachable too.
            for (let q = p; q < n && tokens[q]?.many; q++)
                out.add(q + 1);
        }
        return [...out].sort((a, b) => a - b);
    };
    return {
        start: () => close(new Set([0])),
        next(state, symbol) {
            const out = new Set();
            for (const p of state) {
                const t = tokens[p];
                if (!t || !t.test(symbol))
                    continue;
                out.add(t.many ? p : p + 1);
            }
            return close(out);
        },
        accepts: (state) => state.includes(n),
        key: (state) => state.join(','),
    };
}
function union(...languages) {
    return combine(languages, (accepted) => accepted.some(Boolean));
}
function intersection(...languages) {
    return combine(languages, (accepted) => accepted.every(Boolean));
}
function complement(language) {
    return { ...language, accepts: (s) => !language.accepts(s) };
}
function difference(a, b) {
    return intersection(a, complement(b));
}
const EMPTY = { start: () => 0, next: () => 0, accepts: () => false, key: () => '' };
function combine(languages, decide) {
    if (languages.length === 1 && languages[0])
        return languages[0];
    return {
        start: () => languages.map((l) => l.start()),
        next: (state, symbol) => languages.map((l, i) => l.next(state[i], symbol)),
        accepts: (state) => decide(languages.map((l, i) => l.accepts(state[i]))),
        key: (state) => languages.map((l, i) => l.key(state[i])).join('|'),
    };
}
/** The reduced alphabet: every character the patterns name, the separators, and one stand-in. */
class Alphabet {
    symbols;
    /** A lowercase letter or digit no pattern names: it stands for all the others. */
    other;
    constructor(texts) {
        const named = new Set(['/', ':', '@', '.', '-', '_']);
        for (const t of texts)
            for (const c of t)
                if (c !== '*')
                    named.add(c);
        this.other = [...'qxzjkvwyupmbgfhcdlnorstiea0123456789'].find((c) => !named.has(c)) ?? 'q';
        // The stand-in first: shortest examples then read like `registry/team/q:q`.
        this.symbols = [this.other, ...named];
    }
}
class TooComplex extends Error {
}
/**
 * A shortest string of the language, or undefined when it is empty. Breadth-first over the
 * reachable states, bounded: patterns are short, so hitting the bound means something is wrong.
 */
function witness(language, alphabet, maxStates = 100_000) {
    const start = language.start();
    if (language.accepts(start))
        return '';
    const seen = new Set([language.key(start)]);
    let frontier = [[start, '']];
    while (frontier.length > 0) {
        const next = [];
        for (const [state, text] of frontier) {
            for (const symbol of alphabet.symbols) {
                const s = language.next(state, symbol);
                const k = language.key(s);
                if (seen.has(k))
                    continue;
                if (language.accepts(s))
                    return text + symbol;
                seen.add(k);
                if (seen.size > maxStates)
                    throw new TooComplex('image patterns too complex to compare');
                next.push([s, text + symbol]);
            }
        }
        frontier = next;
    }
    return undefined;
}
const isEmpty = (language, alphabet) => witness(language, alphabet) === undefined;
const COMPONENT_CHAR = /^[a-z0-9._-]$/;
const TAG_CHAR = /^[A-Za-z0-9_.-]$/;
const DIGEST_CHAR = /^[a-z0-9:]$/;
/**
 * Well-formed image names on the given registry hosts: `HOST/comp(/comp)*`, followed by
 * `:tag` or `@digest` when `withSuffix` (what admission systems match against), or by nothing
 * (repositories, what the gate and containers/image scopes match).
 */
function wellFormed(hosts, withSuffix) {
    const heads = hosts.map((h) => `${h}/`);
    const step = (s, a) => {
        if ('h' in s) {
            const h = s.h + a;
            if (heads.includes(h))
                return { r: 'comp0' };
            return heads.some((x) => x.startsWith(h)) ? { h } : { r: 'dead' };
        }
        switch (s.r) {
            case 'comp0':
                return COMPONENT_CHAR.test(a) ? { r: 'comp' } : { r: 'dead' };
            case 'comp':
                if (COMPONENT_CHAR.test(a))
                    return s;
                if (a === '/')
                    return { r: 'comp0' };
                if (withSuffix && a === ':')
                    return { r: 'tag0' };
                if (withSuffix && a === '@')
                    return { r: 'dig0' };
                return { r: 'dead' };
            case 'tag0':
            case 'tag':
                return TAG_CHAR.test(a) ? { r: 'tag' } : { r: 'dead' };
            case 'dig0':
            case 'dig':
                return DIGEST_CHAR.test(a) ? { r: 'dig' } : { r: 'dead' };
            default:
                return s;
        }
    };
    return {
        start: () => ({ h: '' }),
        next: (s, a) => step(s, a),
        accepts: (s) => {
            const st = s;
            return 'r' in st && (withSuffix ? st.r === 'tag' || st.r === 'dig' : st.r === 'comp');
        },
        key: (s) => JSON.stringify(s),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/generate/matching.ts
/**
 * Which trust rule each admission system applies to which image, compared with the gate's
 * answer (the first rule whose patterns match) before a policy is written. Each target's own
 * matching is modelled from its source:
 *
 * - Kyverno (`pkg/utils/wildcard`): `*` matches any string, `/` included, against the whole image
 *   (`registry/path:tag` or `registry/path@digest`); every verifyImages entry whose
 *   imageReferences match and whose skipImageReferences do not applies, and all must pass.
 * - policy-controller (`pkg/apis/glob`): `*` is `[^/]*`, `**` is `.*`, against `ref.Name()`;
 *   every matching ClusterImagePolicy must pass.
 * - Connaisseur (`internal/config.MatchingRule`): gobwas glob without separators, padded with
 *   `*` on both sides; of the matching rules the one with the most path components wins, ties
 *   broken by common-prefix and component lengths (which depend on the image, so a tie between
 *   rules of different trust rules is refused).
 *
 * A translation is written only when, for every well-formed image the gate covers, the target
 * applies exactly the rule the gate applies (or rules with identical requirements). Otherwise
 * the target refuses with an example image. Images no rule covers are outside the comparison:
 * the gate rejects them, cluster admission leaves them to its other policies (see
 * docs/trust-policy.md).
 */


/** What a rule requires, without names: two rules with equal keys decide alike. */
function requirementKey(rule) {
    const annotations = Object.keys(rule.annotations).sort().map((k) => [k, rule.annotations[k]]);
    const signers = rule.signers.map(({ name: _name, ...rest }) => JSON.stringify(rest)).sort();
    return JSON.stringify([rule.require, annotations, rule.signatureRepository ?? null, signers]);
}
/** The gate's side of the comparison, over image strings (repository plus `:tag` or `@digest`). */
class GateModel {
    alphabet;
    images;
    covered;
    /** Per rule: the images the gate decides with it (covered by it and by no earlier rule). */
    decided;
    /** Per rule: the images decided by it or by a rule with the same requirements. */
    sameDecision;
    #policy;
    constructor(policy, extraTexts) {
        this.#policy = policy;
        const patterns = policy.rules.flatMap((r) => r.images);
        this.alphabet = new Alphabet([...patterns.map((p) => p.text), ...extraTexts]);
        this.images = wellFormed([...new Set(patterns.map((p) => p.host))], true);
        const perRule = policy.rules.map((r) => union(...r.images.map((p) => this.gate(p))));
        this.covered = union(...perRule);
        this.decided = perRule.map((l, i) => (i === 0 ? l : difference(l, union(...perRule.slice(0, i)))));
        const keys = policy.rules.map(requirementKey);
        this.sameDecision = keys.map((k) => union(...this.decided.filter((_, j) => keys[j] === k)));
    }
    /** Images whose repository the gate pattern matches. */
    gate(p) {
        const tokens = [...p.prefix].map((c) => (c === '*' ? nonSlashChars : lit(c)));
        if (p.recursive)
            tokens.push(lit('/'), { test: () => true, many: false }, anyChars);
        tokens.push(oneOf(':@'), nonSlashChars);
        return intersection(this.images, pattern(tokens));
    }
    /** A target pattern over the well-formed images. */
    target(tokens) {
        return intersection(this.images, pattern(tokens));
    }
    find(language) {
        try {
            return witness(language, this.alphabet);
        }
        catch (e) {
            if (e instanceof TooComplex)
                throw (0,errors/* usageError */.Wp)(`trust policy "${this.#policy.name}": the image patterns are too complex to compare with the target's matching`, 'use fewer or simpler patterns');
            throw e;
        }
    }
    empty(language) {
        return this.find(language) === undefined;
    }
    /** The rule the gate applies to an example image (repository part only). */
    ruleOf(image) {
        const cut = Math.max(image.lastIndexOf(':'), image.lastIndexOf('@'));
        const repository = cut > image.lastIndexOf('/') ? image.slice(0, cut) : image;
        return this.#policy.rules.find((r) => r.images.some((p) => p.matches(repository)));
    }
    describe(image) {
        const r = this.ruleOf(image);
        return `${image} (the gate applies rule "${r?.name ?? 'none'}")`;
    }
}
// ---------------------------------------------------------------------------------- Kyverno
/** Kyverno wildcard: `*` any string, `?` one character. */
function kyvernoTokens(glob) {
    return [...glob].map((c) => (c === '*' ? anyChars : c === '?' ? { test: () => true, many: false } : lit(c)));
}
const suffixed = (repo) => [`${repo}:*`, `${repo}@*`];
/** imageReferences for one pattern: the repositories, `*` crossing `/` in Kyverno. */
function kyvernoRefs(p) {
    return p.recursive ? [`${p.prefix}/*`] : suffixed(p.prefix);
}
/**
 * Images where one of the pattern's one-component `*` would have to span a `/`: for a pattern
 * without `**` exactly what Kyverno's wider `*` adds (an image of the pattern has as many `/`
 * as the pattern; each of these has more).
 */
function kyvernoExclusions(p) {
    const out = [];
    for (let i = 0; i < p.prefix.length; i++) {
        if (p.prefix[i] !== '*')
            continue;
        const wider = `${p.prefix.slice(0, i)}*/*${p.prefix.slice(i + 1)}`;
        out.push(...(p.recursive ? [`${wider}/*`] : suffixed(wider)));
    }
    return out;
}
/**
 * verifyImages entries per rule such that Kyverno applies exactly the gate's rule to every
 * covered image: each pattern is one entry (its imageReferences, minus what Kyverno's wider `*`
 * adds, minus earlier rules' patterns that overlap it); where skipping an earlier pattern would
 * also skip images it does not take, those are given back as an entry of their own. The result
 * is checked against the gate and refused when it differs.
 */
function kyvernoMatching(policy) {
    const texts = policy.rules.flatMap((r) => r.images.flatMap((p) => [...kyvernoRefs(p), ...kyvernoExclusions(p)]));
    const gate = new GateModel(policy, texts);
    const lang = (globs) => (globs.length === 0 ? EMPTY : union(...globs.map((g) => gate.target(kyvernoTokens(g)))));
    const entryLang = (e) => difference(lang(e.imageReferences), lang(e.skipImageReferences));
    const notes = [];
    const entries = policy.rules.map((rule, i) => {
        const earlier = policy.rules.slice(0, i).flatMap((r) => r.images);
        const earlierCover = earlier.length ? union(...earlier.map((q) => gate.gate(q))) : EMPTY;
        const perPattern = rule.images.map((p) => {
            const want = difference(gate.gate(p), earlierCover);
            const variants = [];
            const exclusions = kyvernoExclusions(p);
            for (const skips of exclusions.length ? [exclusions, []] : [[]]) {
                let list = [{ imageReferences: kyvernoRefs(p), skipImageReferences: skips }];
                for (const q of earlier) {
                    const taken = gate.gate(q);
                    const next = [];
                    for (const e of list) {
                        if (gate.empty(intersection(entryLang(e), taken))) {
                            next.push(e);
                            continue;
                        }
                        next.push({ ...e, skipImageReferences: [...e.skipImageReferences, ...kyvernoRefs(q)] });
                        // Skipping q's wider imageReferences also skips what q's exclusions give back.
                        const back = kyvernoExclusions(q);
                        if (back.length && gate.empty(difference(lang(back), lang(e.imageReferences)))) {
                            next.push({ imageReferences: back, skipImageReferences: e.skipImageReferences });
                        }
                    }
                    list = next.filter((e) => !gate.empty(entryLang(e)));
                }
                variants.push(list);
            }
            const check = (list) => gate.find(symmetric(intersection(union(EMPTY, ...list.map(entryLang)), gate.covered), want));
            const found = variants.find((list) => check(list) === undefined);
            if (found)
                return found;
            const example = check(variants[0] ?? []) ?? '';
            throw (0,errors/* usageError */.Wp)(`Kyverno cannot enforce the order of the trust rules for pattern "${p.text}" of rule "${rule.name}": it would apply other requirements than the gate to ${gate.describe(example)}`, 'Kyverno\'s `*` also matches `/`; make the rules\' patterns disjoint or use `**`, or reorder the rules');
        });
        const list = perPattern.flat();
        if (list.length === 0)
            notes.push(`rule "${rule.name}": earlier rules cover all its images; no Kyverno rule is generated for it.`);
        return mergeEntries(list);
    });
    return { entries, notes };
}
/** Entries with the same skip list become one (the same attestors check them). */
function mergeEntries(list) {
    const bySkips = new Map();
    for (const e of list) {
        const skips = [...new Set(e.skipImageReferences)];
        const key = JSON.stringify([...skips].sort());
        const found = bySkips.get(key);
        if (found)
            found.imageReferences = [...new Set([...found.imageReferences, ...e.imageReferences])];
        else
            bySkips.set(key, { imageReferences: [...new Set(e.imageReferences)], skipImageReferences: skips });
    }
    return [...bySkips.values()];
}
function symmetric(a, b) {
    return union(difference(a, b), difference(b, a));
}
// -------------------------------------------------------------------------- policy-controller
/** policy-controller glob: `**` any string, `*` any string without `/`. */
function policyControllerTokens(glob) {
    const out = [];
    for (let i = 0; i < glob.length; i++) {
        if (glob.startsWith('**', i)) {
            out.push(anyChars);
            i++;
        }
        else
            out.push(glob[i] === '*' ? nonSlashChars : lit(glob[i] ?? ''));
    }
    return out;
}
/**
 * policy-controller requires every ClusterImagePolicy whose globs match: exact only when no
 * covered image is matched by two rules with different requirements. Patterns that earlier
 * rules cover completely are left out (they decide nothing in the gate either).
 */
function policyControllerMatching(policy) {
    const gate = new GateModel(policy, policy.rules.flatMap((r) => r.images.flatMap((p) => p.policyControllerGlobs())));
    const notes = [];
    const kept = policy.rules.map((rule, i) => {
        const earlier = policy.rules.slice(0, i).flatMap((r) => r.images.map((q) => gate.gate(q)));
        const earlierCover = earlier.length ? union(...earlier) : EMPTY;
        const live = rule.images.filter((p) => !gate.empty(difference(gate.gate(p), earlierCover)));
        for (const p of rule.images)
            if (!live.includes(p))
                notes.push(`rule "${rule.name}": pattern ${p.text} is covered by earlier rules; left out of its ClusterImagePolicy.`);
        return live;
    });
    const langs = kept.map((ps) => (ps.length ? union(...ps.flatMap((p) => p.policyControllerGlobs()).map((g) => gate.target(policyControllerTokens(g)))) : EMPTY));
    policy.rules.forEach((rule, i) => {
        const l = langs[i] ?? EMPTY;
        const extra = gate.find(difference(intersection(l, gate.covered), gate.sameDecision[i] ?? EMPTY));
        if (extra !== undefined) {
            throw (0,errors/* usageError */.Wp)(`policy-controller cannot enforce the order of the trust rules: it applies every matching ClusterImagePolicy, so rule "${rule.name}" would also be required for ${gate.describe(extra)}`, 'make the rules\' image patterns disjoint (the gate applies only the first matching rule), or use the kyverno target');
        }
        const missing = gate.find(difference(gate.decided[i] ?? EMPTY, l));
        if (missing !== undefined)
            throw (0,errors/* usageError */.Wp)(`policy-controller globs of rule "${rule.name}" do not match ${gate.describe(missing)}`, 'report this as a signet bug');
    });
    if (kept.some((k, i) => k.length === 0 && (policy.rules[i]?.images.length ?? 0) > 0)) {
        notes.push(...policy.rules.filter((_, i) => kept[i]?.length === 0).map((r) => `rule "${r.name}": earlier rules cover all its images; no ClusterImagePolicy is generated for it.`));
    }
    return { images: kept, notes: [...new Set(notes)] };
}
// -------------------------------------------------------------------------------- Connaisseur
/** Connaisseur rule patterns for an image pattern (digest-only images carry no `:tag`). */
function connaisseurPatterns(p) {
    return p.recursive ? [`${p.prefix}/*`] : suffixed(p.prefix);
}
function connaisseurTokens(glob) {
    const padded = `${glob.startsWith('*') ? '' : '*'}${glob}${glob.endsWith('*') ? '' : '*'}`;
    return [...padded].map((c) => (c === '*' ? anyChars : c === '?' ? { test: () => true, many: false } : lit(c)));
}
/**
 * Connaisseur applies the most specific matching pattern. Exact when, for every covered image,
 * the patterns with the most components among those matching belong to the gate's rule (or to
 * rules with the same requirements).
 */
function checkConnaisseurMatching(policy) {
    const all = policy.rules.flatMap((rule, i) => rule.images.flatMap((p) => connaisseurPatterns(p).map((glob) => ({ glob, rule: i, parts: glob.split('/').length }))));
    const gate = new GateModel(policy, all.map((a) => a.glob));
    const lang = new Map(all.map((a) => [a.glob + '#' + a.rule, gate.target(connaisseurTokens(a.glob))]));
    const of = (a) => lang.get(a.glob + '#' + a.rule) ?? EMPTY;
    const keys = policy.rules.map(requirementKey);
    const wins = all.map((a) => {
        const higher = all.filter((b) => b.parts > a.parts).map(of);
        return higher.length ? intersection(of(a), complement(union(...higher))) : of(a);
    });
    all.forEach((a, x) => {
        const rule = policy.rules[a.rule];
        if (!rule)
            return;
        const wrong = gate.find(difference(intersection(wins[x] ?? EMPTY, gate.covered), gate.sameDecision[a.rule] ?? EMPTY));
        if (wrong !== undefined) {
            throw (0,errors/* usageError */.Wp)(`Connaisseur cannot enforce the order of the trust rules: it applies the most specific pattern, ${a.glob} of rule "${rule.name}", to ${gate.describe(wrong)}`, 'Connaisseur ignores rule order; make the rules\' image patterns disjoint, or use the kyverno target');
        }
        all.forEach((b, y) => {
            if (y <= x || b.parts !== a.parts || keys[b.rule] === keys[a.rule])
                return;
            const tie = gate.find(intersection(wins[x] ?? EMPTY, wins[y] ?? EMPTY, gate.covered));
            if (tie !== undefined) {
                throw (0,errors/* usageError */.Wp)(`Connaisseur cannot enforce the order of the trust rules: patterns ${a.glob} and ${b.glob} (rules "${rule.name}" and "${policy.rules[b.rule]?.name}") are equally specific for ${gate.describe(tie)}`, 'make the rules\' image patterns disjoint, or use the kyverno target');
            }
        });
    });
}
/**
 * containers/image applies the requirements of the longest scope that is the repository or a
 * namespace above it, and a scope covers a repository and everything below it. Each scope
 * (an exact repository or a `**` prefix) is given the rule the gate applies to it and to the
 * repositories below it that no deeper scope claims; when those are two rules with different
 * requirements, policy.json cannot say it and the target refuses.
 */
function containersScopes(policy, refuseWith) {
    const points = new Map();
    for (const rule of policy.rules) {
        for (const p of rule.images) {
            if (p.prefix.includes('*'))
                refuseWith(rule, p);
            if (!points.has(p.prefix))
                points.set(p.prefix, p);
        }
    }
    const keys = policy.rules.map(requirementKey);
    const under = (a, b) => a.startsWith(`${b}/`);
    const scopes = [];
    const notes = [];
    for (const point of points.keys()) {
        // The repository named by the scope itself.
        const itself = policy.rules.findIndex((r) => r.images.some((p) => (p.recursive ? under(point, p.prefix) : p.prefix === point)));
        // A repository directly below it that no deeper scope claims.
        const below = policy.rules.findIndex((r) => r.images.some((p) => p.recursive && (p.prefix === point || under(point, p.prefix))));
        if (itself >= 0 && below >= 0 && keys[itself] !== keys[below]) {
            const a = policy.rules[itself];
            const b = policy.rules[below];
            if (!a || !b)
                continue;
            throw (0,errors/* usageError */.Wp)(`containers policy.json cannot give ${point} (rule "${a.name}" in the gate) other requirements than the repositories below it such as ${point}/app (rule "${b.name}")`, 
            // Whichever rule comes first can take the whole scope in the gate too.
            below < itself
                ? `a policy.json scope covers a repository and everything below it: add "${point}" to the images of rule "${b.name}" so the gate treats them alike, or use the kyverno target`
                : `a policy.json scope covers a repository and everything below it: add "${point}/**" to the images of rule "${a.name}" so the gate treats them alike, or use the kyverno target`);
        }
        const rule = itself >= 0 ? itself : below;
        if (itself < 0)
            notes.push(`scope ${point}: nodes apply rule "${policy.rules[rule]?.name}" to the repository ${point} itself, which the gate does not cover.`);
        if (below < 0)
            notes.push(`scope ${point}: nodes apply rule "${policy.rules[rule]?.name}" to repositories below ${point}, which the gate does not cover.`);
        scopes.push({ scope: point, rule });
    }
    return { scopes, notes };
}


/***/ }),

/***/ 96874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ identityFields),
/* harmony export */   Qr: () => (/* binding */ keylessMaterial),
/* harmony export */   TR: () => (/* binding */ refuse),
/* harmony export */   Uh: () => (/* binding */ chainPem),
/* harmony export */   l9: () => (/* binding */ expressible),
/* harmony export */   vN: () => (/* binding */ keyMaterial)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _keys_generate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9550);
/* harmony import */ var _signers_key_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38311);
/* harmony import */ var _signers_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87014);
/* harmony import */ var _keyless_trusted_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56871);
/**
 * What generated policies embed for each signer, resolved once: public keys as PEM (or kept as
 * a reference where the admission system resolves it itself), certificate chains as PEM.
 * Also the rules for dropping a signer a target cannot express.
 */






async function keyMaterial(signer) {
    const ref = (0,_signers_key_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyRef */ .w)(signer.key);
    if (ref.kind === 'k8s')
        return { kind: 'k8s', namespace: ref.namespace, name: ref.name, ref: signer.key };
    if (ref.kind === 'hashivault')
        return { kind: 'kms', ref: signer.key };
    return { kind: 'pem', pem: (0,_keys_generate_js__WEBPACK_IMPORTED_MODULE_2__/* .publicKeyPem */ .rY)(await (0,_signers_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadVerificationKey */ .LX)(signer.key)) };
}
async function chainPem(signer) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(signer.certChain, 'utf8');
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`signer "${signer.name}": cannot read certificate chain ${signer.certChain}`);
    }
}
async function keylessMaterial(signer) {
    const root = await (0,_keyless_trusted_root_js__WEBPACK_IMPORTED_MODULE_5__/* .readTrustedRoot */ .gv)(signer.trustedRoot, `signer "${signer.name}": trustedRoot ${signer.trustedRoot}`);
    const authority = (a) => ({
        organization: a.subject?.organization || 'unknown',
        commonName: a.subject?.commonName || 'unknown',
        uri: a.uri,
        chainPem: (a.certChain?.certificates ?? []).map((c) => (0,_keyless_trusted_root_js__WEBPACK_IMPORTED_MODULE_5__/* .certificatePem */ .mj)(c.rawBytes)).join(''),
    });
    const log = (l) => l.publicKey?.rawBytes && (0,_keyless_trusted_root_js__WEBPACK_IMPORTED_MODULE_5__/* .active */ .vu)(l.publicKey.validFor) ? { url: l.baseUrl, publicKeyPem: (0,_keyless_trusted_root_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyPemFromDer */ .yp)(l.publicKey.rawBytes) } : undefined;
    const cas = root.certificateAuthorities.filter((a) => (0,_keyless_trusted_root_js__WEBPACK_IMPORTED_MODULE_5__/* .active */ .vu)(a.validFor)).map(authority);
    const tlogs = root.tlogs.map(log).filter((l) => l !== undefined);
    if (cas.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`signer "${signer.name}": every certificate authority in ${signer.trustedRoot} has expired`, 'use a current trusted_root.json');
    if (tlogs.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`signer "${signer.name}": ${signer.trustedRoot} lists no current transparency log key`, 'use a current trusted_root.json');
    return {
        cas,
        tlogs,
        ctlogs: root.ctlogs.map(log).filter((l) => l !== undefined),
        tsas: root.timestampAuthorities.filter((a) => (0,_keyless_trusted_root_js__WEBPACK_IMPORTED_MODULE_5__/* .active */ .vu)(a.validFor)).map(authority),
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`${target} cannot express signer "${signer.name}" of rule "${rule.name}" (${why})`, 'the rule requires every signer, so leaving it out would weaken the policy; split the rule or choose another target');
        }
        dropped.push({ rule: rule.name, signer: signer.name, why });
    }
    if (kept.length === 0) {
        const why = dropped.filter((d) => d.rule === rule.name).map((d) => `${d.signer}: ${d.why}`).join('; ');
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`${target} can express none of the signers of rule "${rule.name}" (${why})`, 'choose another target for this rule');
    }
    return kept;
}
/** A requirement a target cannot enforce makes its policy weaker than the gate: refuse. */
function refuse(target, rule, what, hint) {
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`${target} cannot enforce ${what} (rule "${rule.name}")`, hint);
}


/***/ }),

/***/ 22222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTrustPolicy: () => (/* binding */ loadTrustPolicy),
  G: () => (/* binding */ parseTrustPolicy),
  s: () => (/* binding */ ruleFor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88009);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
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
        host,
        prefix,
        recursive,
        matches: (repository) => regex.test(repository),
        // Kyverno's wildcard `*` also crosses `/`: a one-level `*` becomes broader there;
        // generate/matching.ts narrows it again with skipImageReferences and proves the result.
        kyverno: () => (exact ? [`${text}:*`, `${text}@*`] : recursive ? [`${prefix}/*`] : [`${prefix}:*`, `${prefix}@*`]),
        // policy-controller matches go-containerregistry's names: Docker Hub is index.docker.io there.
        policyControllerGlobs: () => {
            const globs = recursive ? [`${prefix}/**`] : [`${prefix}:*`, `${prefix}@*`];
            return host === 'docker.io' ? [...globs, ...globs.map((g) => `index.${g}`)] : globs;
        },
        containersScope: () => (exact ? text : recursive && !prefix.includes('*') ? prefix : undefined),
    };
}

// EXTERNAL MODULE: ./packages/core/src/verify/signed-identity.ts
var signed_identity = __webpack_require__(34489);
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
 *         signedIdentity:             # promotion: accept signatures made for another repository
 *           { type: remapIdentity, prefix: registry.example.com/prod, signedPrefix: registry.example.com/staging }
 *         signers:
 *           - { name: release-key, key: keys/cosign.pub }
 *           - { name: release-ca, certChain: ca.pem, identity: release@example.com }
 *           - { name: ops-gpg, keyring: keys/ops.asc, lookaside: https://sigs.example.com }
 *           - { name: dct, notary: https://notary.example.com:4443, root: keys/root.pem, ca: notary-ca.pem, delegations: [releases] }
 */






const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
function fail(source, where, problem, hint) {
    throw (0,errors/* usageError */.Wp)(`${source}: ${where}: ${problem}`, hint);
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
    const kinds = ['key', 'certChain', 'keyring', 'trustedRoot', 'notary'].filter((k) => o[k] !== undefined);
    if (kinds.length !== 1)
        fail(source, where, 'needs exactly one of key, certChain, keyring, trustedRoot, notary');
    if (o.notary !== undefined) {
        onlyKeys(o, ['name', 'notary', 'root', 'ca', 'delegations'], source, where);
        const url = str(o.notary, source, `${where}.notary`);
        if (!/^https?:\/\/[^/]+/.test(url))
            fail(source, `${where}.notary`, `"${url}" is not a Notary server URL`, 'e.g. https://notary.example.com:4443');
        const root = str(o.root, source, `${where}.root`);
        const delegations = o.delegations === undefined ? undefined : Array.isArray(o.delegations) ? o.delegations.map((d, j) => str(d, source, `${where}.delegations[${j}]`)) : fail(source, `${where}.delegations`, 'must be a list of delegation names');
        const ca = optStr(o.ca, source, `${where}.ca`);
        return {
            kind: 'notary',
            name,
            notary: url,
            // A key ID stays as written; files are relative to the policy.
            root: /^[0-9a-f]{64}$/.test(root) ? root : resolvePath(root, base),
            ca: ca === undefined ? undefined : resolvePath(ca, base),
            delegations,
        };
    }
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
function parseSignedIdentity(value, source, where) {
    if (value === undefined || value === null)
        return undefined;
    const o = obj(value, source, where);
    const type = str(o.type, source, `${where}.type`);
    const fields = { matchRepository: ['type'], exactRepository: ['type', 'dockerRepository'], remapIdentity: ['type', 'prefix', 'signedPrefix'] };
    if (!signed_identity/* SIGNED_IDENTITY_TYPES */.Uo.includes(type)) {
        fail(source, `${where}.type`, `"${type}" is not supported`, `use ${signed_identity/* SIGNED_IDENTITY_TYPES */.Uo.join(', ')} (containers/image's signedIdentity types for a digest-pinned image)`);
    }
    onlyKeys(o, fields[type] ?? [], source, where);
    const rule = type === 'exactRepository'
        ? { type, dockerRepository: str(o.dockerRepository, source, `${where}.dockerRepository`) }
        : type === 'remapIdentity'
            ? { type, prefix: str(o.prefix, source, `${where}.prefix`), signedPrefix: str(o.signedPrefix, source, `${where}.signedPrefix`) }
            : { type: 'matchRepository' };
    try {
        return (0,signed_identity/* normalizeSignedIdentity */.E6)(rule);
    }
    catch (e) {
        fail(source, where, e.message);
    }
}
function parseTrustPolicy(text, source) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
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
        onlyKeys(r, ['name', 'images', 'require', 'annotations', 'signatureRepository', 'signedIdentity', 'signers'], source, where);
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
        // Defined, not assigned: `annotations['__proto__'] = v` sets the object's prototype and the
        // requirement vanished silently; defined, it stays an ordinary key, as in cosign's Go map.
        const annotations = {};
        for (const [k, v] of Object.entries(obj(r.annotations ?? {}, source, `${where}.annotations`))) {
            Object.defineProperty(annotations, k, { value: str(v, source, `${where}.annotations.${k}`), enumerable: true, writable: true, configurable: true });
        }
        if (!Array.isArray(r.signers) || r.signers.length === 0)
            fail(source, `${where}.signers`, 'must list at least one signer');
        const signers = r.signers.map((s, j) => parseSigner(s, source, `${where}.signers[${j}]`, base));
        const names = new Set();
        for (const s of signers) {
            if (names.has(s.name))
                fail(source, `${where}.signers`, `duplicate signer name "${s.name}"`);
            names.add(s.name);
        }
        const signedIdentity = parseSignedIdentity(r.signedIdentity, source, `${where}.signedIdentity`);
        return { name: ruleName, images, require, annotations, signatureRepository: optStr(r.signatureRepository, source, `${where}.signatureRepository`), signedIdentity, signers };
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
            throw (0,errors/* codedError */.Au)('usage', 'policy.file-missing', `trust policy ${path} does not exist`, { path });
        throw new errors/* SignetError */.Tj('io', `cannot read trust policy ${path}: ${code ?? String(e)}`);
    }
    return parseTrustPolicy(text, path);
}
/** The first rule whose patterns match the image's repository (rules are ordered, like firewall rules). */
function ruleFor(policy, repository) {
    return policy.rules.find((rule) => rule.images.some((p) => p.matches(repository)));
}


/***/ })

};
