export const id = 884;
export const ids = [884];
export const modules = {

/***/ 11884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerVerify: () => (/* binding */ registerVerify)
});

// EXTERNAL MODULE: ./packages/cli/src/docs-url.ts
var docs_url = __webpack_require__(38414);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/batch/run-batch.ts
var run_batch = __webpack_require__(34639);
// EXTERNAL MODULE: ./packages/core/src/keyless/key-tlog.ts
var key_tlog = __webpack_require__(83189);
// EXTERNAL MODULE: ./packages/core/src/signers/load.ts
var load = __webpack_require__(87014);
// EXTERNAL MODULE: ./packages/core/src/x509/load.ts
var x509_load = __webpack_require__(68345);
// EXTERNAL MODULE: ./packages/core/src/keyless/keyless.ts + 1 modules
var keyless_keyless = __webpack_require__(39644);
// EXTERNAL MODULE: ./packages/core/src/verify/verify-image.ts + 1 modules
var verify_image = __webpack_require__(6648);
// EXTERNAL MODULE: ./packages/core/src/targets/open-image.ts + 1 modules
var open_image = __webpack_require__(76139);
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
        .map((r) => `${JSON.stringify(r.notary ? [r.notary] : r.payloads)}\n`)
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

// EXTERNAL MODULE: ./packages/cli/src/options.ts
var options = __webpack_require__(30783);
// EXTERNAL MODULE: ./packages/cli/src/images.ts
var src_images = __webpack_require__(50123);
// EXTERNAL MODULE: ./packages/cli/src/image-digest-options.ts + 1 modules
var image_digest_options = __webpack_require__(61483);
// EXTERNAL MODULE: ./packages/cli/src/identity-options.ts
var identity_options = __webpack_require__(52332);
// EXTERNAL MODULE: ./packages/cli/src/progress.ts
var src_progress = __webpack_require__(53314);
// EXTERNAL MODULE: ./packages/cli/src/exit-code.ts
var exit_code = __webpack_require__(55511);
// EXTERNAL MODULE: ./packages/cli/src/context.ts + 4 modules
var context = __webpack_require__(50332);
// EXTERNAL MODULE: ./packages/core/src/lookaside/atomic.ts + 3 modules
var atomic = __webpack_require__(2478);
// EXTERNAL MODULE: ./packages/core/src/gpg/keys.ts
var keys = __webpack_require__(47131);
// EXTERNAL MODULE: ./packages/cli/src/lookaside-options.ts
var lookaside_options = __webpack_require__(63031);
;// CONCATENATED MODULE: ./packages/cli/src/verify-checks.ts
/** The "Verification for ... --" lines cosign prints on stderr, once per run rather than per image. */

/** What the claims check covered: the digest is always checked; identity only with --check-claims. */
function claimsChecked(checkClaims, annotations) {
    const annotated = Object.keys(annotations).length > 0 ? ' and annotations' : '';
    return checkClaims
        ? `The cosign claims were validated (digest, identity${annotated})`
        : `The signed digest${annotated ? ' and annotations were' : ' was'} validated; the identity claim was NOT checked (--check-claims=false)`;
}
/** One block for the verified images: the image itself for one, a count for a batch. */
function printChecks(verified, checks) {
    if (verified.length === 0)
        return;
    const what = verified.length === 1 ? verified[0] : `${verified.length} images`;
    context/* stderrLogger */.D7.info(`Verification for ${what} --\n${checks}`);
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/verify-gpg.ts
/**
 * `signet verify --keyring`: checks containers/image GPG signatures in a lookaside store the
 * way a signedBy policy does (see core gpg/verify.ts for the identity rule).
 */








async function verifyWithKeyring(inputs, flags, report) {
    if (flags.key || flags.certChain)
        throw (0,errors/* usageError */.Wp)('--keyring cannot be combined with --key or --cert-chain', 'verify GPG and cosign signatures in separate runs');
    if (Object.keys(flags.annotations).length > 0)
        throw (0,errors/* usageError */.Wp)('--annotations cannot be used with --keyring', 'containers/image signatures carry no annotations');
    for (const input of inputs)
        (0,atomic/* lookasideReference */.LI)(input);
    const signedIdentity = (0,identity_options/* signedIdentityFrom */.$)(flags);
    const keyring = await (0,keys/* loadPublicKeyring */.jX)(flags.keyring);
    const store = (0,lookaside_options/* lookasideStore */.L0)(flags.lookaside, true);
    const ctx = (0,context/* createContext */.q6)(inputs, flags);
    const progress = (0,src_progress/* createProgress */.m)();
    try {
        const outcomes = await (0,run_batch/* runBatch */.a)(inputs, flags.concurrency, async (input) => {
            const started = performance.now();
            const image = await (0,open_image/* openImage */.UY)(input, ctx, { purpose: 'verifying' });
            const result = await (0,atomic/* verifyAtomic */.TB)((0,atomic/* lookasideReference */.LI)(input), image.digest, store, keyring, signedIdentity);
            return { ...result, seconds: (performance.now() - started) / 1000 };
        }, (outcome, done, total) => {
            if (total <= 1)
                return;
            if (!outcome.ok)
                progress.item(done, total, `ERROR ${outcome.item}: ${(0,exit_code/* errorLine */.BP)(outcome.error)}`);
            else
                progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
        });
        progress.finish();
        for (const outcome of outcomes)
            if (outcome.ok)
                print(outcome.value, flags.output);
        printChecks(outcomes.flatMap((o) => (o.ok && o.value.ok ? [o.value.image] : [])), 'The following checks were performed on each of these signatures:\n  - The signature was made by a key in the keyring\n  - The signed digest and identity match the image (' +
            (signedIdentity ? `signedIdentity ${signedIdentity.type}` : 'matchRepoDigestOrExact') +
            ')\n');
        const results = outcomes.map((o) => o.ok
            ? { input: o.item, image: o.value.image, ok: o.value.ok, reason: o.value.ok ? undefined : (0,atomic/* describeAtomicFailure */.BU)(o.value, store.url), payloads: [], seconds: o.value.seconds }
            : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: (0,exit_code/* errorLine */.BP)(o.error), seconds: 0 });
        report?.verified.push(...results);
        if (flags.output === 'junit')
            process.stdout.write(junit(results));
        const failures = outcomes.flatMap((o) => !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new errors/* SignetError */.Tj('verification', (0,atomic/* describeAtomicFailure */.BU)(o.value, store.url)) }]);
        if (inputs.length > 1)
            context/* stderrLogger */.D7.info(`Summary: ${inputs.length - failures.length}/${inputs.length} image(s) verified, ${failures.length} failed`);
        (0,exit_code/* throwIfFailed */.tq)(failures);
    }
    finally {
        await ctx.close();
        await store.close();
    }
}
function print(result, output) {
    for (const r of result.rejected)
        context/* stderrLogger */.D7.info(`rejected signature-${r.index} of ${result.image}: ${r.reason}`);
    if (!result.ok || output === 'junit')
        return;
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

// EXTERNAL MODULE: ./packages/cli/src/run-report.ts
var run_report = __webpack_require__(48595);
// EXTERNAL MODULE: ./packages/cli/src/notary-options.ts
var notary_options = __webpack_require__(17455);
;// CONCATENATED MODULE: ./packages/cli/src/commands/verify.ts















/**
 * Keyless verification: --trusted-root, or (as cosign) an identity and issuer with no key, chain
 * or policy, the trusted root then coming from TUF.
 */
function keylessMode(flags) {
    // --trusted-root with --key names the Rekor logs whose entries key signatures must carry.
    if (flags.key || flags.certChain || flags.policy || flags.notary)
        return false;
    if (flags.trustedRoot)
        return true;
    return [flags.certificateIdentity, flags.certificateIdentityRegexp, flags.certificateOidcIssuer, flags.certificateOidcIssuerRegexp].some((v) => v !== undefined);
}
/** What was checked, as cosign words it, for the trust the user gave. */
function checksFor(flags) {
    if (flags.notary)
        return 'The following checks were performed on each image:\n  - The Notary trust data verified from the pinned root (root, timestamp, snapshot, targets, delegations: signatures, thresholds, expiry, versions, hashes and lengths)\n  - The signed target of the tag is the digest and size the registry serves';
    const trust = flags.policy
        ? 'The signatures were verified against the signers of the trust policy rule covering the image'
        : keylessMode(flags)
            ? 'The signatures were verified against a Fulcio certificate chaining to the trusted root, with the required identity and issuer, logged in the transparency log while the certificate was valid'
            : flags.certChain
                ? 'The signatures were verified against a certificate chaining to the given certificate chain, with the required identity'
                : flags.trustedRoot || process.env.SIGSTORE_REKOR_PUBLIC_KEY
                    ? flags.insecureIgnoreTlog === true
                        ? 'The signatures were verified against the specified public key (transparency log not checked: --insecure-ignore-tlog)'
                        : 'The signatures were verified against the specified public key\n  - Existence of the claims in the transparency log was verified offline'
                    : 'The signatures were verified against the specified public key';
    return `The following checks were performed on each of these signatures:\n  - ${claimsChecked(flags.checkClaims, flags.annotations)}\n  - ${trust}`;
}
function registerVerify(program, report) {
    (0,notary_options/* addNotaryOptions */.b)((0,identity_options/* addSignedIdentityOptions */.i)((0,image_digest_options/* addImageDigestOptions */.P)((0,context/* addRegistryOptions */.pX)(program.command('verify')), 'verify')), 'verify')
        .summary('verify image signatures; exit 1 unless every image has a valid one')
        .description('For each IMAGE, finds the signatures in cosign\'s `.sig` layout and in sigstore bundle\n' +
        'referrers (cosign v3; Referrers API or the `sha256-<hex>` fallback index), in\n' +
        'COSIGN_REPOSITORY when set, and accepts one when it verifies with the key AND its payload names this digest and\n' +
        'repository AND it carries every -a annotation. Prints the accepted payloads as JSON\n' +
        '(one line per image, as cosign does). Exit codes: 0 verified, 1 not verified, 2 bad\n' +
        'input, 3 registry or I/O failure.')
        .argument('[image...]', 'IMAGE@sha256:DIGEST, IMAGE:TAG, oci:DIR[:TAG], or - to read images from stdin')
        .option('--images-file <file>', 'read images from a file, one per line (# comments allowed)')
        .option('--concurrency <n>', 'images verified in parallel', src_images/* parseConcurrency */.n, 8)
        .option('--key <ref>', 'public key: a path (PEM public key or certificate), env://VAR, k8s://ns/name, hashivault://name')
        .option('--keyring <file>', 'GPG simple signing (containers/image): OpenPGP public keyring, armored or binary')
        .option('--lookaside <url>', 'with --keyring: where signatures are: file:///DIR or https://HOST/PATH (default SIGNET_LOOKASIDE)')
        .option('--cert-chain <file>', 'trust certificate-backed signatures chaining to this root (intermediates first, root last)')
        .option('--certificate-identity <san>', 'required SAN (email or URI) of the signing certificate')
        .option('--certificate-identity-regexp <re>', 'regular expression a SAN must match')
        .option('--certificate-oidc-issuer <url>', 'required OIDC issuer (Fulcio extension) of the signing certificate')
        .option('--certificate-oidc-issuer-regexp <re>', 'regular expression the OIDC issuer must match')
        .option('--trusted-root <file>', 'keyless: sigstore trusted_root.json (Fulcio CA, Rekor key, CT logs, TSAs; default: from TUF, see signet initialize). With --key: the Rekor logs whose entry each signature must carry')
        .option('--insecure-ignore-sct [bool]', 'keyless: do not require an SCT even when the trusted root lists CT logs (--cert-chain never requires one)', options/* parseBool */.q6)
        .option('-a, --annotations <key=value>', 'annotation the signature must carry (repeatable)', options/* collectKeyValue */.Hx, {})
        .option('--policy <file>', `a TrustPolicy YAML: each image is checked against the rule covering it (see ${(0,docs_url/* docsUrl */.f)('trust-policy.md')})`)
        .option('-o, --output <format>', 'json (cosign-shaped payloads), text (a table) or junit (XML for CI test reports); default: text on a terminal, json otherwise')
        .option('--check-claims [bool]', 'check digest and identity claims (cosign default: true)', options/* parseBool */.q6, true)
        .option('--insecure-ignore-tlog [bool]', 'with --key: do not require a Rekor entry even though a Rekor key is given (--trusted-root or SIGSTORE_REKOR_PUBLIC_KEY); without one, key signatures\' entries are not checked', options/* parseBool */.q6)
        .option('--report <file>', 'also write what was verified as JSON to FILE (for CI results; written on failure too)')
        .action((0,run_report/* withReportFile */.x)(report, async (images, flags, report) => {
        let output;
        try {
            output = parseOutputFormat(flags.output, Boolean(process.stdout.isTTY));
        }
        catch (e) {
            throw (0,errors/* usageError */.Wp)(e.message);
        }
        if (flags.keyring) {
            if (flags.key || flags.certChain || flags.policy)
                throw (0,errors/* usageError */.Wp)('--keyring cannot be combined with --key, --cert-chain or --policy', 'GPG lookaside signatures are checked on their own; a trust policy names keyrings per rule');
            return verifyWithKeyring(await (0,src_images/* collectImages */.F)(images, flags.imagesFile, flags), { ...flags, keyring: flags.keyring, output }, report);
        }
        if (flags.lookaside)
            throw (0,errors/* usageError */.Wp)('--lookaside needs --keyring', 'cosign signatures are read from the registry');
        const keyless = keylessMode(flags);
        const modes = [flags.key, flags.certChain, flags.policy, keyless, flags.notary].filter(Boolean).length;
        if (modes !== 1) {
            throw (0,errors/* usageError */.Wp)('pass exactly one of --key, --cert-chain, --certificate-identity (keyless), --policy, --keyring or --notary', 'use --key for key signatures, --cert-chain for certificate-backed ones, --certificate-identity and --certificate-oidc-issuer for keyless ones (trusted root from TUF, or --trusted-root), --policy for a trust policy file, --keyring for GPG signatures in a lookaside');
        }
        if (keyless) {
            // As cosign: keyless verification without an identity AND an issuer would trust anyone Fulcio certifies.
            const mode = flags.trustedRoot ? '--trusted-root' : 'keyless verification';
            if (flags.certificateIdentity === undefined && flags.certificateIdentityRegexp === undefined)
                throw (0,errors/* usageError */.Wp)(`${mode} needs --certificate-identity or --certificate-identity-regexp`);
            if (flags.certificateOidcIssuer === undefined && flags.certificateOidcIssuerRegexp === undefined)
                throw (0,errors/* usageError */.Wp)(`${mode} needs --certificate-oidc-issuer or --certificate-oidc-issuer-regexp`);
        }
        const { check, close: closeGate } = await gateFor(flags);
        const inputs = await (0,src_images/* collectImages */.F)(images, flags.imagesFile, flags);
        const ctx = (0,context/* createContext */.q6)(inputs, flags);
        const progress = (0,src_progress/* createProgress */.m)();
        try {
            const outcomes = await (0,run_batch/* runBatch */.a)(inputs, flags.concurrency, async (input) => {
                const started = performance.now();
                const result = await check(input, ctx);
                return { ...result, seconds: (performance.now() - started) / 1000 };
            }, (outcome, done, total) => {
                if (total <= 1)
                    return;
                if (!outcome.ok)
                    progress.item(done, total, `ERROR ${outcome.item}: ${(0,exit_code/* errorLine */.BP)(outcome.error)}`);
                else
                    progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
            });
            progress.finish();
            // Results in input order, so the JSON lines match the list given.
            const results = outcomes.map((o) => o.ok ? o.value : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: (0,exit_code/* errorLine */.BP)(o.error), seconds: 0 });
            report?.verified.push(...results);
            if (output === 'json')
                process.stdout.write(jsonLines(results));
            else if (output === 'text')
                process.stdout.write(textTable(results));
            else
                process.stdout.write(junit(results));
            printChecks(results.filter((r) => r.ok).map((r) => r.image), checksFor(flags));
            const failures = outcomes.flatMap((o) => !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new errors/* SignetError */.Tj('verification', o.value.reason ?? `${o.value.image}: not verified`) }]);
            if (inputs.length > 1) {
                context/* stderrLogger */.D7.info(`Summary: ${inputs.length - failures.length}/${inputs.length} image(s) verified, ${failures.length} failed`);
            }
            (0,exit_code/* throwIfFailed */.tq)(failures);
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
            throw (0,errors/* usageError */.Wp)('--insecure-ignore-tlog=false needs the Rekor log key', 'pass --trusted-root FILE or set SIGSTORE_REKOR_PUBLIC_KEY');
        return undefined;
    }
    return (0,key_tlog/* loadKeyTlogTrust */.Yt)(publicKey, { trustedRoot: flags.trustedRoot, rekorPublicKey });
}
/** One check per mode, built once for the whole batch (keys and policies are loaded once). */
async function gateFor(flags) {
    // Docker Content Trust: the Notary engine is loaded for --notary runs only.
    if (flags.notary)
        return (await Promise.all(/* import() */[__webpack_require__.e(240), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 70779))).notaryGate(flags);
    const signedIdentity = (0,identity_options/* signedIdentityFrom */.$)(flags);
    if (flags.policy) {
        if (signedIdentity)
            throw (0,errors/* usageError */.Wp)('--signed-repository/--remap-identity cannot be combined with --policy', 'set signedIdentity in the trust policy rule');
        // Trust policies bring the YAML parser and every signer kind: loaded for --policy runs only.
        const [{ loadTrustPolicy }, evaluate] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 22222)), Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(504)]).then(__webpack_require__.bind(__webpack_require__, 18504))]);
        const policy = await loadTrustPolicy(flags.policy);
        let evaluator;
        const check = async (input, ctx) => {
            evaluator ??= new evaluate.PolicyEvaluator(policy, ctx, { openLookaside: (url) => (0,lookaside_options/* lookasideStore */.L0)(url, true), notaryCacheDir: (0,notary_options/* notaryCacheDir */.z)(flags) });
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
    const publicKey = flags.key ? await (0,load/* loadVerificationKey */.LX)(flags.key) : undefined;
    const tlog = publicKey ? await keyTlogTrust(publicKey, flags) : undefined;
    const certificates = flags.certChain
        ? await (0,x509_load/* loadCertificateTrust */.g)(flags.certChain, {
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
    const ignoreSct = flags.insecureIgnoreSct === true;
    const keyless = keylessMode(flags)
        ? { trust: flags.trustedRoot ? await (0,keyless_keyless/* loadTrustedRoot */.KE)(flags.trustedRoot, { ignoreSct }) : await (0,keyless_keyless/* loadDefaultTrustedRoot */.Re)({ ignoreSct }), identity }
        : undefined;
    const check = async (input, ctx) => {
        const result = await (0,verify_image/* verifyImage */.Z)(await (0,open_image/* openImage */.UY)(input, ctx, { checkDigestExists: false, purpose: 'verifying' }), {
            publicKey,
            certificates,
            keyless,
            tlog,
            annotations: flags.annotations,
            checkIdentity: flags.checkClaims,
            signedIdentity,
        });
        for (const r of result.rejected)
            context/* stderrLogger */.D7.info(`rejected signature ${r.layerDigest.slice(0, 19)}…: ${r.reason}`);
        return { input, image: result.image, ok: result.ok, reason: result.ok ? undefined : (0,verify_image/* describeFailure */.I)(result), payloads: result.verified };
    };
    return { check, close: async () => { } };
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

/***/ 83189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ legacyKeyTlogProblem),
/* harmony export */   Yt: () => (/* binding */ loadKeyTlogTrust),
/* harmony export */   nn: () => (/* binding */ bundleKeyTlogProblem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/* harmony import */ var _formats_signature_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5891);
/* harmony import */ var _formats_cosign_tlog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52287);
/* harmony import */ var _keyless_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39644);
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
    const [{ TrustedRoot }, { toSignedEntity, toTrustMaterial, Verifier }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 21443, 23)), Promise.all(/* import() */[__webpack_require__.e(845), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 79330))]);
    let json;
    let where;
    if (source.trustedRoot) {
        where = `--trusted-root ${source.trustedRoot}`;
        try {
            json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(source.trustedRoot, 'utf8'));
        }
        catch (e) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${where}: not JSON (${e instanceof Error ? e.message : String(e)})`);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${where}: not a sigstore trusted root (${e instanceof Error ? e.message : String(e)})`);
    }
    if (root.tlogs.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${where} lists no transparency log`, 'checking tlog entries needs the Rekor log key; or pass --insecure-ignore-tlog');
    const trust = toTrustMaterial(root, () => ({ publicKey: key, validFor: () => true }));
    // Keys have no certificate: no CT log; the log's integrated time is the one timestamp.
    return { verifier: new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 }), toSignedEntity, source: where };
}
async function readLogKey(path, where) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8')).export({ type: 'spki', format: 'der' });
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${where}: not a PEM public key (${e instanceof Error ? e.message : String(e)})`);
    }
}
/** A trusted root naming one log by its key, as cosign builds one from SIGSTORE_REKOR_PUBLIC_KEY. */
function rootForLogKey(der) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    const details = key.asymmetricKeyType === 'ed25519' ? 'PKIX_ED25519' : key.asymmetricKeyType === 'rsa' ? 'PKIX_RSA_PKCS1V15_2048_SHA256' : 'PKIX_ECDSA_P256_SHA_256';
    return {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [
            {
                baseUrl: 'https://rekor.invalid',
                hashAlgorithm: 'SHA2_256',
                publicKey: { rawBytes: der.toString('base64'), keyDetails: details, validFor: { start: '1970-01-01T00:00:00Z' } },
                logId: { keyId: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64') },
            },
        ],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
    };
}
/** A legacy `.sig` key signature's log entry (the `dev.sigstore.cosign/bundle` annotation), or why it fails. */
function legacyKeyTlogProblem(sig, trust, key) {
    if (sig.annotations[_formats_signature_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .Annotations */ .rB.bundle] === undefined)
        return `no transparency log entry (${_formats_signature_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .Annotations */ .rB.bundle} annotation missing; pass --insecure-ignore-tlog to accept it)`;
    const bundle = (0,_formats_cosign_tlog_js__WEBPACK_IMPORTED_MODULE_4__/* .legacyToBundle */ .NZ)(sig);
    if (typeof bundle === 'string')
        return bundle;
    return prefixed((0,_keyless_js__WEBPACK_IMPORTED_MODULE_5__/* .sigstoreProblem */ .GH)(bundle, trust, sig.payload) ?? (0,_formats_cosign_tlog_js__WEBPACK_IMPORTED_MODULE_4__/* .loggedVerifierProblem */ .aK)(sig, key));
}
/** A key bundle's tlog entry, or why it fails. */
function bundleKeyTlogProblem(bundle, trust) {
    if (bundle.verificationMaterial.tlogEntries.length === 0)
        return 'no transparency log entry in the bundle (pass --insecure-ignore-tlog to accept it)';
    return prefixed((0,_keyless_js__WEBPACK_IMPORTED_MODULE_5__/* .sigstoreProblem */ .GH)(bundle, trust));
}
const prefixed = (problem) => (problem ? `transparency log: ${problem}` : undefined);


/***/ }),

/***/ 6648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ describeFailure),
  Z: () => (/* binding */ verifyImage)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/formats/simple-signing.ts
var simple_signing = __webpack_require__(999);
// EXTERNAL MODULE: ./packages/core/src/keys/algorithms.ts
var algorithms = __webpack_require__(62091);
// EXTERNAL MODULE: ./packages/core/src/targets/open-image.ts + 1 modules
var open_image = __webpack_require__(76139);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
// EXTERNAL MODULE: ./packages/core/src/verify/signed-identity.ts
var signed_identity = __webpack_require__(34489);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/formats/sigstore-bundle.ts
var sigstore_bundle = __webpack_require__(89074);
// EXTERNAL MODULE: ./packages/core/src/keyless/keyless.ts + 1 modules
var keyless = __webpack_require__(39644);
// EXTERNAL MODULE: ./packages/core/src/keyless/key-tlog.ts
var key_tlog = __webpack_require__(83189);
// EXTERNAL MODULE: ./packages/core/src/x509/certificates.ts + 1 modules
var certificates = __webpack_require__(24813);
;// CONCATENATED MODULE: ./packages/core/src/verify/verify-bundle.ts
/**
 * Checks one sigstore bundle (cosign v3's image signature) against a public key: the DSSE
 * signature over the pre-authentication encoding, then the statement's claims, with the same
 * rules as a legacy signature (digest, identity when signed, -a annotations). Stricter than
 * cosign v3 in one way: the predicate type must be cosign's signature type, because cosign
 * would also count any attestation (say SLSA provenance) signed by the key as a signature.
 */








/** The accepted claims in cosign's JSON shape (as cosign v3 prints them), or why the bundle was rejected. */
async function checkBundle(image, bundle, options) {
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4)
        return `bundle: DSSE payload type is "${envelope.payloadType}", not in-toto`;
    if (options.keyless) {
        // Keyless: sigstore's checks (chain, log entry, signing time, DSSE signature), then identity.
        const problem = await (0,keyless/* keylessProblem */.cB)(bundle, options.keyless.trust, options.keyless.identity);
        if (problem)
            return `bundle: ${problem}`;
    }
    else {
        const key = options.certificates ? await bundleCertificateKey(bundle, options.certificates) : options.publicKey;
        if (typeof key === 'string')
            return `bundle: ${key}`;
        if (!key)
            throw new Error('checkBundle needs a public key or certificate trust');
        const pae = (0,sigstore_bundle/* preAuthEncoding */.JC)(envelope.payloadType, envelope.payload);
        if (!envelope.signatures.some((s) => (0,algorithms/* verifyBytes */.RV)(key, pae, s.sig))) {
            return `bundle: signature does not verify with ${options.certificates ? 'its certificate' : 'the given key'}`;
        }
        const logged = options.tlog ? (0,key_tlog/* bundleKeyTlogProblem */.nn)(bundle, options.tlog) : undefined;
        if (logged)
            return `bundle: ${logged}`;
    }
    let statement;
    try {
        statement = (0,sigstore_bundle/* parseStatement */.By)(envelope.payload);
    }
    catch (e) {
        if ((0,errors/* isSignetError */.$1)(e))
            return `bundle: ${e.message}`;
        throw e;
    }
    if (statement.predicateType !== sigstore_bundle/* COSIGN_SIGN_PREDICATE_TYPE */.Z4) {
        return `bundle: predicate type "${statement.predicateType}" is an attestation, not a cosign signature`;
    }
    const [algorithm, hex] = image.digest.split(':');
    const subject = statement.subject.find((s) => s.digest[algorithm] === hex);
    if (!subject)
        return `bundle: statement does not name digest ${image.digest}`;
    // cosign v3 signs no identity; signet's bundles carry it as the subject name, checked when present.
    const wrongIdentity = subject.name !== undefined && options.checkIdentity !== false && (0,signed_identity/* signedIdentityProblem */.cY)(image.dockerReference, subject.name, options.signedIdentity, 'bundle: subject name');
    if (wrongIdentity)
        return wrongIdentity;
    const optional = subject.annotations ?? {};
    for (const [key, value] of Object.entries(options.annotations ?? {})) {
        const actual = Object.hasOwn(optional, key) ? optional[key] : undefined;
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
/** The certificate-backed bundle's leaf key once its certificate checks out (as a `.sig` layer's would), or why not. */
async function bundleCertificateKey(bundle, trust) {
    const material = (0,sigstore_bundle/* bundleCertificates */.Rq)(bundle);
    if (!material)
        return 'bundle carries no certificate (it is signed by a bare key: verify with --key)';
    let leaf;
    let carried;
    try {
        leaf = new external_node_crypto_.X509Certificate(material.leaf);
        carried = material.carried.map((der) => new external_node_crypto_.X509Certificate(der));
    }
    catch {
        return 'bundle certificate is not valid X.509';
    }
    return (0,certificates/* trustedCertificateKey */.ge)(leaf, carried, trust);
}

;// CONCATENATED MODULE: ./packages/core/src/verify/verify-image.ts










/**
 * Both layouts are read: cosign's legacy `.sig` manifest and sigstore bundle referrers (cosign
 * v3's default). A signature found in either that passes every check counts; both are read in
 * parallel, so a bundle costs one extra round trip (the referrers list) when there are none.
 */
async function verifyImage(image, options) {
    // The image must exist, as for cosign (it fetches the image first) and containers/image (it
    // digests the manifest it pulled): a signature left behind for a deleted manifest verifies
    // nothing. Asked in parallel with the reads, so it costs a request, not a round trip.
    const [set, referrers, exists] = await Promise.all([image.signatures.read(image.digest), image.bundles.list(image.digest, types/* MediaTypes */.m.sigstoreBundle), (0,open_image/* imageExists */.US)(image)]);
    if (!exists) {
        throw new errors/* SignetError */.Tj('usage', `image ${image.display} not found`, {
            hint: set.layers.length + referrers.entries.length > 0 ? 'signatures exist for a manifest the registry no longer has: push the image again, or check the digest' : 'push the image first, or check the repository name and digest',
        });
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
    const untrusted = options.keyless ? await (0,keyless/* legacyKeylessProblem */.h5)({ ...sig, annotations: sig.layer.annotations ?? {} }, options.keyless.trust, options.keyless.identity) : await keyProblem(sig, options);
    if (untrusted)
        return untrusted;
    let parsed;
    try {
        parsed = (0,simple_signing/* parseCosignPayload */.F3)(payload);
    }
    catch (e) {
        if ((0,errors/* isSignetError */.$1)(e))
            return e.message;
        throw e;
    }
    const signedDigest = parsed.critical.image['docker-manifest-digest'];
    if (signedDigest !== image.digest)
        return `payload signs digest ${signedDigest}, not ${image.digest}`;
    const identity = parsed.critical.identity['docker-reference'];
    const wrongIdentity = options.checkIdentity !== false && (0,signed_identity/* signedIdentityProblem */.cY)(image.dockerReference, identity, options.signedIdentity);
    if (wrongIdentity)
        return wrongIdentity;
    for (const [key, value] of Object.entries(options.annotations ?? {})) {
        // Own keys only: `optional.__proto__` or `optional.constructor` must not be inherited values.
        const actual = parsed.optional && Object.hasOwn(parsed.optional, key) ? parsed.optional[key] : undefined;
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
    if (!(0,algorithms/* verifyBytes */.RV)(key, sig.payload, sig.signature)) {
        return options.certificates ? 'signature does not verify with its certificate' : 'signature does not verify with the given key';
    }
    if (options.tlog)
        return (0,key_tlog/* legacyKeyTlogProblem */.KB)({ ...sig, annotations: sig.layer.annotations ?? {} }, options.tlog, key);
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
        [leaf] = (0,certificates/* parseCertificates */.WW)(sig.certificatePem, 'signature certificate');
        if (sig.chainPem)
            carried = (0,certificates/* parseCertificates */.WW)(sig.chainPem, 'signature chain');
    }
    catch (e) {
        if ((0,errors/* isSignetError */.$1)(e))
            return e.message;
        throw e;
    }
    return (0,certificates/* trustedCertificateKey */.ge)(leaf, carried, trust);
}


/***/ })

};
