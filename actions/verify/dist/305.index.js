export const id = 305;
export const ids = [305];
export const modules = {

/***/ 94827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerPolicy: () => (/* binding */ registerPolicy)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/cli/src/docs-url.ts
var docs_url = __webpack_require__(38414);
// EXTERNAL MODULE: ./packages/cli/src/identity-options.ts
var identity_options = __webpack_require__(52332);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var esm = __webpack_require__(44342);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88009);
// EXTERNAL MODULE: ./packages/core/src/policy/generate/kyverno.ts + 1 modules
var kyverno = __webpack_require__(11945);
// EXTERNAL MODULE: ./packages/core/src/policy/generate/matching.ts + 1 modules
var generate_matching = __webpack_require__(95912);
// EXTERNAL MODULE: ./packages/core/src/policy/generate/material.ts
var material = __webpack_require__(96874);
;// CONCATENATED MODULE: ./packages/core/src/policy/generate/policy-controller.ts


const b64 = (text) => Buffer.from(text).toString('base64');
/** The TrustRoot resource for a trusted_root.json; []byte fields are base64 of the PEM text. */
async function trustRoot(name, signer) {
    const m = await (0,material/* keylessMaterial */.Qr)(signer);
    const authority = (a) => ({ subject: { organization: a.organization, commonName: a.commonName }, uri: a.uri, certChain: b64(a.chainPem) });
    const log = (l) => ({ baseURL: l.url, hashAlgorithm: 'sha-256', publicKey: b64(l.publicKeyPem) });
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
    const base = { keyless: { url: fulcioUrl, trustRootRef: name, identities: [(0,material/* identityFields */.AA)(signer)] }, ctlog: { trustRootRef: name }, ...source };
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
        const m = await (0,material/* keyMaterial */.vN)(signer);
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
                'ca-cert': { data: await (0,material/* chainPem */.Uh)(signer) },
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
    // Every matching ClusterImagePolicy must pass: refused unless the rules' patterns never make
    // two rules apply to one image (matching.ts); patterns earlier rules cover are left out.
    const matching = (0,generate_matching/* policyControllerMatching */.a6)(policy);
    notes.push(...matching.notes);
    for (const [ruleIndex, rule] of policy.rules.entries()) {
        const images = matching.images[ruleIndex] ?? [];
        if (Object.keys(rule.annotations).length > 0) {
            (0,material/* refuse */.TR)('policy-controller', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target which checks them');
        }
        if (images.length === 0)
            continue;
        const signers = (0,material/* expressible */.l9)('policy-controller', rule, (s) => (s.kind === 'gpg' ? 'policy-controller does not read GPG lookaside signatures' : s.kind === 'notary' ? 'policy-controller does not read Notary v1 (Docker Content Trust) trust data' : undefined), dropped);
        const perSigner = await Promise.all(signers.map((s) => authorities(s, rule.signatureRepository, notes, roots)));
        const groups = rule.require === 'all' ? perSigner : [perSigner.flat()];
        groups.forEach((group, i) => {
            documents.push({
                apiVersion: 'policy.sigstore.dev/v1beta1',
                kind: 'ClusterImagePolicy',
                metadata: { name: `signet-${policy.name}-${rule.name}${groups.length > 1 ? `-${String(group[0]?.name)}` : ''}`.slice(0, 253) },
                spec: {
                    images: images.flatMap((p) => p.policyControllerGlobs()).map((glob) => ({ glob })),
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

// EXTERNAL MODULE: ./packages/core/src/policy/generate/connaisseur.ts
var connaisseur = __webpack_require__(62421);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/policy/trust-policy.ts + 1 modules
var trust_policy = __webpack_require__(22222);
// EXTERNAL MODULE: ./packages/core/src/keys/generate.ts
var generate = __webpack_require__(9550);
// EXTERNAL MODULE: ./packages/core/src/signers/load.ts
var load = __webpack_require__(87014);
// EXTERNAL MODULE: ./packages/core/src/gpg/keys.ts
var gpg_keys = __webpack_require__(47131);
// EXTERNAL MODULE: ./packages/core/src/lookaside/layout.ts
var layout = __webpack_require__(75466);
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
function keylessProblem(s) {
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
async function fulcioRequirement(s, notes, signedIdentity) {
    const m = await (0,material/* keylessMaterial */.Qr)(s);
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
        signedIdentity,
    };
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
        throw (0,errors/* usageError */.Wp)(`role "${role}" is not a valid MachineConfig pool role`, 'use e.g. worker or master');
    const dropped = [];
    const notes = [];
    const docker = {};
    const registries = {};
    const perRule = [];
    for (const rule of policy.rules) {
        if (Object.keys(rule.annotations).length > 0)
            (0,material/* refuse */.TR)('containers policy.json', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target');
        const signers = (0,material/* expressible */.l9)('containers policy.json', rule, (s) => (s.kind === 'notary' ? 'containers/image does not read Notary v1 (Docker Content Trust) trust data' : s.kind === 'certificate' ? 'containers/image verifies certificates only with Fulcio and Rekor' : s.kind === 'keyless' ? keylessProblem(s) : undefined), dropped);
        const keySigners = signers.filter((s) => s.kind === 'key');
        const gpgSigners = signers.filter((s) => s.kind === 'gpg');
        const keylessSigners = signers.filter((s) => s.kind === 'keyless');
        if (rule.require === 'any' && keylessSigners.length > 0 && signers.length > 1) {
            (0,material/* refuse */.TR)('containers policy.json', rule, `a choice between keyless signer "${keylessSigners[0]?.name}" and other signers`, 'policy.json requires every listed requirement; split the rule by image pattern or use require: all');
        }
        if ((keySigners.length > 0 || keylessSigners.length > 0) && rule.signatureRepository) {
            (0,material/* refuse */.TR)('containers policy.json', rule, 'signatures kept in another repository', 'containers/image reads `.sig` attachments only next to the image');
        }
        if (rule.require === 'any' && keySigners.length > 0 && gpgSigners.length > 0) {
            (0,material/* refuse */.TR)('containers policy.json', rule, 'a choice between a cosign key and a GPG keyring', 'policy.json requires every listed requirement; split the rule by image pattern or use require: all');
        }
        const lookasides = [...new Set(gpgSigners.map((s) => (0,layout/* readUrl */.wo)(s.lookaside)))];
        if (lookasides.length > 1) {
            (0,material/* refuse */.TR)('containers policy.json', rule, `GPG signers with different lookasides (${lookasides.join(', ')})`, 'containers/image reads one lookaside per scope; publish the signatures to one store');
        }
        const keys = await Promise.all(keySigners.map(async (s) => containers_b64((0,generate/* publicKeyPem */.rY)(await (0,load/* loadVerificationKey */.LX)(s.key)))));
        const keyrings = await Promise.all(gpgSigners.map(async (s) => binaryKeyring(await (0,gpg_keys/* loadPublicKeyring */.jX)(s.keyring))));
        // The rule's signedIdentity is containers/image's own vocabulary: written as it is. Without
        // one, cosign signs the repository without a tag, so only matchRepository can accept it.
        const signedIdentity = { ...(rule.signedIdentity ?? { type: 'matchRepository' }) };
        if (rule.signedIdentity?.type === 'remapIdentity' && (keySigners.length > 0 || keylessSigners.length > 0)) {
            // containers/image's remapIdentity ends in matchRepoDigestOrExact, which rejects a signed
            // reference without tag or digest: exactly what cosign signs. Accepting nothing is not
            // the gate's rule either, so say so rather than write a policy that rejects every image.
            (0,material/* refuse */.TR)('containers policy.json', rule, 'signedIdentity remapIdentity for cosign signatures', 'containers/image accepts remapped cosign signatures in no case (they name a repository without tag); use signedIdentity exactRepository with one rule per promoted repository');
        }
        const fulcio = await Promise.all(keylessSigners.map((s) => fulcioRequirement(s, notes, signedIdentity)));
        const sigstore = (keyData) => keyData.length === 1 ? { type: 'sigstoreSigned', keyData: keyData[0], signedIdentity } : { type: 'sigstoreSigned', keyDatas: keyData, signedIdentity };
        // signet signs GPG identities as containers/image does, so the default matchRepoDigestOrExact holds.
        const signedBy = (keyring) => ({
            type: 'signedBy',
            keyType: 'GPGKeys',
            keyData: Buffer.from(keyring).toString('base64'),
            ...(rule.signedIdentity ? { signedIdentity: { ...rule.signedIdentity } } : {}),
        });
        const requirements = rule.require === 'all'
            ? [...keys.map((k) => sigstore([k])), ...keyrings.map(signedBy), ...fulcio]
            : fulcio.length > 0
                ? fulcio
                : keys.length > 0
                    ? [sigstore(keys)]
                    : [signedBy(Buffer.concat(keyrings))]; // one keyring holding every accepted key
        perRule.push({
            requirements,
            registry: {
                ...(keys.length > 0 || fulcio.length > 0 ? { 'use-sigstore-attachments': true } : {}),
                // `sigstore` rather than `lookaside`: containers/image >= 5.24 reads both, the 5.2x in
                // Debian bookworm's skopeo and older CRI-O only `sigstore`.
                ...(lookasides[0] ? { sigstore: lookasides[0] } : {}),
            },
        });
    }
    // containers/image applies the most specific scope, the gate the first matching rule: each
    // scope gets the rule the gate applies there, or the target refuses (matching.ts).
    const matched = (0,generate_matching/* containersScopes */.my)(policy, (rule, p) => (0,material/* refuse */.TR)('containers policy.json', rule, `the image pattern "${p.text}"`, 'scopes are a repository or a namespace: use REGISTRY/PATH or REGISTRY/PATH/**, without other wildcards'));
    // With --unmatched accept, nodes would accept what the gate leaves uncovered anyway.
    if (options.unmatched === 'reject')
        notes.push(...matched.notes);
    for (const { scope, rule } of matched.scopes) {
        const chosen = perRule[rule];
        if (!chosen)
            continue;
        // Copies: shared objects would become YAML anchors and aliases, which nodes' parsers may not take.
        docker[scope] = structuredClone(chosen.requirements);
        registries[scope] = structuredClone(chosen.registry);
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
    const registriesDYaml = (0,dist/* stringify */.As)({ docker: registries });
    const mc = machineConfig(`signet-${policy.name}`, role, [
        ignitionFile('/etc/containers/policy.json', policyJson),
        ignitionFile(`/etc/containers/registries.d/${registriesDFile}`, registriesDYaml),
    ]);
    return { policyJson, registriesDFile, registriesDYaml, machineConfigYaml: (0,dist/* stringify */.As)(mc), dropped, notes: [...new Set(notes)] };
}

// EXTERNAL MODULE: ./packages/cli/src/options.ts
var options = __webpack_require__(30783);
// EXTERNAL MODULE: ./packages/cli/src/context.ts + 2 modules
var context = __webpack_require__(83119);
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
        .option('--policy <file>', `TrustPolicy YAML (see ${(0,docs_url/* docsUrl */.f)('trust-policy.md')})`)
        .option('--key <ref>', 'inline rule: accepted public key (repeatable): path, env://, k8s://ns/name, hashivault://name', options/* collect */.Fo, [])
        .option('--cert-chain <file>', 'inline rule: accepted certificate chain (root last)')
        .option('--trusted-root <file>', 'inline rule: keyless signer, sigstore trusted_root.json of the Fulcio CA and logs (with --certificate-identity and --certificate-oidc-issuer, or their -regexp forms)')
        .option('--keyring <file>', 'inline rule: accepted OpenPGP public keyring for GPG signatures in a lookaside (with --lookaside)')
        .option('--lookaside <url>', 'inline rule: where nodes read the GPG signatures (https://…, file:///…)')
        .option('--certificate-identity <san>', 'inline rule: required certificate SAN')
        .option('--certificate-identity-regexp <re>', 'inline rule: regular expression for the SAN')
        .option('--certificate-oidc-issuer <url>', 'inline rule: required OIDC issuer')
        .option('--certificate-oidc-issuer-regexp <re>', 'inline rule: regular expression for the OIDC issuer')
        .addOption(new esm/* Option */.c$('--require <mode>', 'inline rule: any signer suffices, or all are needed').choices(['any', 'all']).default('any'))
        .option('-a, --annotations <key=value>', 'inline rule: annotation signatures must carry (repeatable)', options/* collectKeyValue */.Hx, {})
        .option('--signature-repository <repo>', 'inline rule: where signatures live (COSIGN_REPOSITORY)')
        .option('--signed-repository <repo>', 'inline rule: accept signatures made for this repository (promotion; signedIdentity exactRepository)')
        .option('--remap-identity <prefix=signedPrefix>', 'inline rule: accept signatures made for the name with PREFIX replaced by SIGNED_PREFIX (signedIdentity remapIdentity)')
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
        const generate = { kyverno: kyverno/* kyvernoPolicy */.D, 'policy-controller': policyControllerPolicies, connaisseur: connaisseur/* connaisseurValues */.X }[target];
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
        throw (0,errors/* usageError */.Wp)('--cert-chain and --trusted-root cannot be combined', 'the certificate identity flags apply to one of them; write a trust policy file for both');
    if (Boolean(flags.keyring) !== Boolean(flags.lookaside))
        throw (0,errors/* usageError */.Wp)('--keyring and --lookaside go together', 'GPG signatures are found in a lookaside and checked with a keyring');
    const signedIdentity = (0,identity_options/* signedIdentityFrom */.$)(flags);
    if (flags.policy) {
        if (signedIdentity)
            throw (0,errors/* usageError */.Wp)('--signed-repository/--remap-identity cannot be combined with --policy', 'set signedIdentity in the trust policy rule');
        if (inline || patterns.length > 0)
            throw (0,errors/* usageError */.Wp)('--policy cannot be combined with an inline rule (--key, --cert-chain, --trusted-root, --keyring, patterns)');
        return (0,trust_policy.loadTrustPolicy)(flags.policy);
    }
    if (!inline)
        throw (0,errors/* usageError */.Wp)('no trust given', 'pass --policy FILE, or --key/--cert-chain/--trusted-root/--keyring with image patterns');
    if (patterns.length === 0)
        throw (0,errors/* usageError */.Wp)('no image pattern given', 'add patterns such as registry.example.com/team/**');
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
                    ...(signedIdentity ? { signedIdentity } : {}),
                    signers: signers.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))),
                },
            ],
        },
    };
    return (0,trust_policy/* parseTrustPolicy */.G)((0,dist/* stringify */.As)(doc), 'command line');
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
        context/* stderrLogger */.D7.warn(line);
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
    return header(target, policy, notes) + generated.documents.map((d) => (0,dist/* stringify */.As)(d, { lineWidth: 0 })).join('---\n');
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
    context/* stderrLogger */.D7.info(`wrote ${(0,external_node_path_.join)(dir, 'policy.json')}, ${(0,external_node_path_.join)(dir, 'registries.d', config.registriesDFile)}, ${(0,external_node_path_.join)(dir, 'machineconfig.yaml')}`);
}


/***/ }),

/***/ 38414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
/** Where --help sends people: the published pages, not paths inside a checkout they may not have. */
const DOCS_BASE = 'https://github.com/signet-dev/signet/blob/main/docs';
function docsUrl(page) {
    return `${DOCS_BASE}/${page}`;
}


/***/ }),

/***/ 52332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ signedIdentityFrom),
/* harmony export */   i: () => (/* binding */ addSignedIdentityOptions)
/* harmony export */ });
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34489);

function addSignedIdentityOptions(command, inline = false) {
    const rule = inline ? 'inline rule: ' : '';
    return command
        .option('--signed-repository <repo>', `${rule}accept signatures whose signed identity names this repository (an image promoted with its signatures from there; signedIdentity exactRepository). The digest is still checked`)
        .option('--remap-identity <prefix=signedPrefix>', `${rule}accept signatures made for the image's name with PREFIX replaced by SIGNED_PREFIX (signedIdentity remapIdentity), e.g. registry.example.com/prod=registry.example.com/staging`);
}
/** The rule the flags give, or undefined for the default (the image's own repository). */
function signedIdentityFrom(flags) {
    if (flags.signedRepository !== undefined && flags.remapIdentity !== undefined) {
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('--signed-repository and --remap-identity cannot be combined', 'a signed identity rule is one of them (containers/image signedIdentity)');
    }
    if (flags.signedRepository !== undefined)
        return (0,_signet_core__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSignedIdentity */ .E6)({ type: 'exactRepository', dockerRepository: flags.signedRepository });
    if (flags.remapIdentity === undefined)
        return undefined;
    const eq = flags.remapIdentity.indexOf('=');
    if (eq <= 0 || eq === flags.remapIdentity.length - 1) {
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`--remap-identity "${flags.remapIdentity}" must be PREFIX=SIGNED_PREFIX`, 'e.g. --remap-identity registry.example.com/prod=registry.example.com/staging');
    }
    return (0,_signet_core__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSignedIdentity */ .E6)({ type: 'remapIdentity', prefix: flags.remapIdentity.slice(0, eq), signedPrefix: flags.remapIdentity.slice(eq + 1) });
}


/***/ }),

/***/ 47131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NP: () => (/* binding */ parseSecretKey),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   jX: () => (/* binding */ loadPublicKeyring)
/* harmony export */ });
/* unused harmony export parsePublicKeyring */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _openpgp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48684);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
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
                for (const key of await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).readKeys({ armoredKeys: block }))
                    keys.push(key.toPublic());
            }
        }
        else {
            for (const key of await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).readKeys({ binaryKeys: bytes }))
                keys.push(key.toPublic());
        }
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${source} is not an OpenPGP keyring (${e.message.split('\n')[0]})`, 'export it with `gpg --export KEYID > keyring.gpg` or `gpg --armor --export KEYID`');
    }
    if (keys.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${source} holds no OpenPGP public keys`, 'export them with `gpg --armor --export KEYID`');
    return keys;
}
async function loadPublicKeyring(path) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .codedError */ .Au)('usage', 'gpg.keyring-missing', `keyring ${path} does not exist`, { path });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SignetError */ .Tj('io', `cannot read keyring ${path}: ${code ?? e.message}`, { cause: e });
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
            ? await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).readPrivateKey({ armoredKey: Buffer.from(bytes).toString('utf8') })
            : await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).readPrivateKey({ binaryKey: bytes });
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${source} is not an OpenPGP secret key (${e.message.split('\n')[0]})`, 'export one with `gpg --armor --export-secret-keys KEYID`, or pass a key ID to sign through gpg');
    }
    if (key.isDecrypted())
        return key;
    const secret = await passphrase();
    try {
        return await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).decryptKey({ privateKey: key, passphrase: secret });
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`wrong passphrase for the OpenPGP key in ${source}`, 'set SIGNET_GPG_PASSPHRASE to the key\'s passphrase');
    }
}


/***/ }),

/***/ 48684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ openpgp)
/* harmony export */ });
let loaded;
function openpgp() {
    loaded ??= __webpack_require__.e(/* import() */ 7279).then(__webpack_require__.bind(__webpack_require__, 27279));
    return loaded;
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

/***/ 75466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d4: () => (/* binding */ MAX_SIGNATURES),
/* harmony export */   oY: () => (/* binding */ signaturePath),
/* harmony export */   qJ: () => (/* binding */ parseStoreUrl),
/* harmony export */   us: () => (/* binding */ signatureDirectory),
/* harmony export */   wo: () => (/* binding */ readUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24276);
/**
 * containers/image's lookaside ("sigstore") layout: `<base>/<repository path>@sha256=<hex>/signature-<n>`,
 * n counting from 1, readers stopping at the first missing n. The repository path is
 * reference.Path(), the name WITHOUT the registry host (docker/registries_d.go
 * lookasideStorageBaseURL); skopeo 1.9 writes `team/app@sha256=…` for `localhost:5000/team/app`.
 */


/** Signature slots tried before giving up: far above any real image, low enough to end a runaway loop. */
const MAX_SIGNATURES = 1000;
function signatureDirectory(ref, digest) {
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .B)(digest) || !digest.startsWith('sha256:'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`invalid manifest digest "${digest}"`, 'use sha256:<64 hex>');
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`invalid lookaside URL "${value}"`, hint);
    }
    if (url.username || url.password) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .codedError */ .Au)('usage', 'lookaside.credentials-in-url', 'lookaside URL must not contain credentials');
    }
    if (url.search || url.hash)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`lookaside URL "${value}" must not have a query or fragment`, hint);
    switch (url.protocol) {
        case 'file:': {
            if (url.host !== '')
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`lookaside URL "${value}" names a host`, 'use file:///absolute/dir (three slashes)');
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`unsupported lookaside URL scheme "${url.protocol}"`, hint);
    }
}
/** The URL nodes read from: the HTTP base for a signature server, the URL itself otherwise. */
function readUrl(lookaside) {
    const spec = parseStoreUrl(lookaside);
    return spec.kind === 'sigserver' ? spec.url.slice('sigserver+'.length).replace(/\/+$/, '') : spec.url;
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


/***/ })

};
