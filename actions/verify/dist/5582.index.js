export const id = 5582;
export const ids = [5582];
export const modules = {

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerVerify: () => (/* binding */ registerVerify)
});

// EXTERNAL MODULE: ./packages/cli/src/docs-url.ts
var docs_url = __webpack_require__(38414);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/verify/verifier.ts
var verify_verifier = __webpack_require__(11196);
// EXTERNAL MODULE: ./packages/core/src/batch/run-batch.ts
var run_batch = __webpack_require__(34639);
// EXTERNAL MODULE: ./packages/core/src/targets/open-image.ts + 1 modules
var open_image = __webpack_require__(76139);
;// CONCATENATED MODULE: ./packages/core/src/verify/verify-images.ts
/**
 * The verify use case for a batch of images, as every front end runs it (the CLI's verify, the
 * Action, a library user's gate): one verifier for every image, or a trust policy choosing the
 * rule per image; each image ends as a verdict (signatures passed or why not) or an error (bad
 * input, unreachable registry), in input order.
 */



async function verifyImages(request) {
    const gate = await gateFor(request);
    try {
        const images = await (0,run_batch/* runBatch */.a)(request.images, request.concurrency ?? 8, (input) => (0,run_batch/* timed */.J)(() => gate.check(input)), request.onImage);
        const verified = images.filter((o) => o.ok && o.value.ok).length;
        return { images, summary: { images: images.length, verified, failed: images.length - verified } };
    }
    finally {
        await gate.close();
    }
}
/** One check for the whole batch: keys and policies are loaded once. */
async function gateFor(request) {
    const { context } = request;
    if ('policy' in request.trust) {
        // Trust policies bring every signer kind: the evaluator is loaded for policy runs only.
        const { PolicyEvaluator } = await Promise.all(/* import() */[__webpack_require__.e(8009), __webpack_require__.e(8504)]).then(__webpack_require__.bind(__webpack_require__, 18504));
        const evaluator = new PolicyEvaluator(request.trust.policy, context, { openLookaside: request.openLookaside, notaryCacheDir: request.notaryCacheDir });
        const check = async (input) => {
            const r = await evaluator.verify(input);
            return {
                input,
                image: r.image,
                ok: r.ok,
                reason: r.reason,
                payloads: r.signers.flatMap((s) => (s.ok ? (s.verification?.verified ?? []) : [])),
                rule: r.rule,
                signers: r.signers.map(({ signer, ok, reason, verification }) => ({ signer, ok, reason, rejected: verification?.rejected })),
            };
        };
        return { check, close: () => evaluator.close() };
    }
    const given = 'loaded' in request.trust ? request.trust.loaded : undefined;
    const verifier = given ?? (await (0,verify_verifier/* loadVerifier */.VH)(request.trust.verifier, { openLookaside: request.openLookaside, notaryCacheDir: request.notaryCacheDir, credentials: context.registry.credentials }));
    const claims = { annotations: request.annotations, checkIdentity: request.checkClaims ?? true, signedIdentity: request.signedIdentity };
    const check = async (input) => {
        const image = await (0,open_image/* openImage */.UY)(input, context, { checkDigestExists: verifier.kind === 'gpg', purpose: 'verifying' });
        const outcome = await (0,verify_verifier/* verifyWith */.iQ)(verifier, image, claims, context);
        return {
            input,
            image: outcome.atomic?.image ?? image.display,
            ok: outcome.ok,
            reason: outcome.reason,
            payloads: outcome.verification?.verified ?? [],
            verification: outcome.verification,
            atomic: outcome.atomic,
            notary: outcome.notary,
        };
    };
    return { check, close: async () => (given ? undefined : (0,verify_verifier/* closeVerifier */.Xp)(verifier)) };
}

// EXTERNAL MODULE: ./packages/cli/src/report.ts
var src_report = __webpack_require__(60363);
// EXTERNAL MODULE: ./packages/cli/src/options.ts
var options = __webpack_require__(30783);
// EXTERNAL MODULE: ./packages/cli/src/images.ts
var src_images = __webpack_require__(50123);
// EXTERNAL MODULE: ./packages/cli/src/exit-code.ts + 1 modules
var exit_code = __webpack_require__(67080);
// EXTERNAL MODULE: ./packages/cli/src/context.ts + 2 modules
var context = __webpack_require__(83119);
// EXTERNAL MODULE: ./packages/cli/src/batch-command.ts
var batch_command = __webpack_require__(7573);
// EXTERNAL MODULE: ./packages/core/src/lookaside/atomic.ts + 3 modules
var atomic = __webpack_require__(2478);
// EXTERNAL MODULE: ./packages/cli/src/lookaside-options.ts
var lookaside_options = __webpack_require__(63031);
// EXTERNAL MODULE: ./packages/cli/src/identity-options.ts
var identity_options = __webpack_require__(52332);
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
    const verifier = await (0,verify_verifier/* loadVerifier */.VH)({ kind: 'gpg', keyring: flags.keyring, lookaside: (0,lookaside_options/* lookasideUrl */.XI)(flags.lookaside, true) }, { openLookaside: (url) => (0,lookaside_options/* lookasideStore */.L0)(url, true) });
    await (0,batch_command/* runBatchCommand */.tB)(inputs, flags, async ({ ctx, progress }) => {
        const batch = await verifyImages({
            images: inputs,
            context: ctx,
            trust: { loaded: verifier },
            signedIdentity,
            concurrency: flags.concurrency,
            onImage: (outcome, done, total) => {
                if (total <= 1)
                    return;
                if (!outcome.ok)
                    progress.item(done, total, (0,batch_command/* failureLine */.Pu)('ERROR', outcome.item, outcome.error));
                else
                    progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
            },
        });
        progress.finish();
        for (const outcome of batch.images)
            if (outcome.ok && outcome.value.atomic)
                print(outcome.value.atomic, flags.output);
        printChecks(batch.images.flatMap((o) => (o.ok && o.value.ok ? [o.value.image] : [])), 'The following checks were performed on each of these signatures:\n  - The signature was made by a key in the keyring\n  - The signed digest and identity match the image (' +
            (signedIdentity ? `signedIdentity ${signedIdentity.type}` : 'matchRepoDigestOrExact') +
            ')\n');
        const results = batch.images.map((o) => o.ok
            ? {
                input: o.item,
                image: o.value.image,
                ok: o.value.ok,
                reason: o.value.reason,
                payloads: [],
                rejections: (o.value.atomic?.rejected ?? []).map((r) => ({ signature: `signature-${r.index}`, code: r.code, reason: r.reason })),
                seconds: o.value.seconds,
            }
            : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: (0,exit_code/* errorLine */.BP)(o.error), seconds: 0 });
        report?.verified.push(...results);
        if (flags.output === 'junit')
            process.stdout.write((0,src_report/* junit */.bA)(results));
        return (0,batch_command/* verifyEnd */.fP)(batch.images);
    }, { close: [() => (0,verify_verifier/* closeVerifier */.Xp)(verifier)] });
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
// EXTERNAL MODULE: ./packages/cli/src/image-digest-options.ts + 1 modules
var image_digest_options = __webpack_require__(61483);
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
        .option('--concurrency <n>', 'images verified in parallel', src_images/* parseConcurrency */.nY, 8)
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
            output = (0,src_report/* parseOutputFormat */.uH)(flags.output, Boolean(process.stdout.isTTY));
        }
        catch (e) {
            throw (0,errors/* usageError */.Wp)(e.message);
        }
        if (flags.keyring) {
            if (flags.key || flags.certChain || flags.policy)
                throw (0,errors/* usageError */.Wp)('--keyring cannot be combined with --key, --cert-chain or --policy', 'GPG lookaside signatures are checked on their own; a trust policy names keyrings per rule');
            return verifyWithKeyring(await (0,src_images/* collectImages */.F1)(images, flags.imagesFile, flags), { ...flags, keyring: flags.keyring, output }, report);
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
        // The trust is loaded once, before the images are read.
        const signedIdentity = (0,identity_options/* signedIdentityFrom */.$)(flags);
        const notary = flags.notary ? await (await Promise.all(/* import() */[__webpack_require__.e(7240), __webpack_require__.e(6448)]).then(__webpack_require__.bind(__webpack_require__, 70779))).notaryGate(flags) : undefined;
        const trust = notary ? undefined : await trustFor(flags, keyless);
        const loaded = trust && 'verifier' in trust ? await (0,verify_verifier/* loadVerifier */.VH)(trust.verifier) : undefined;
        // With --notary, --image NAME:TAG --digest D keeps the tag: the tag's signed target must be D.
        const inputs = notary ? await (await Promise.all(/* import() */[__webpack_require__.e(7240), __webpack_require__.e(6448)]).then(__webpack_require__.bind(__webpack_require__, 70779))).notaryImages(images, flags) : await (0,src_images/* collectImages */.F1)(images, flags.imagesFile, flags);
        await (0,batch_command/* runBatchCommand */.tB)(inputs, flags, async ({ ctx, progress }) => {
            const onProgress = (outcome, done, total) => {
                if (total <= 1)
                    return;
                if (!outcome.ok)
                    progress.item(done, total, (0,batch_command/* failureLine */.Pu)('ERROR', outcome.item, outcome.error));
                else
                    progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
            };
            // Docker Content Trust checks tags against Notary trust data (commands/notary.ts); the rest is core's verifyImages.
            const outcomes = notary
                ? await (0,run_batch/* runBatch */.a)(inputs, flags.concurrency, (input) => (0,run_batch/* timed */.J)(() => notary.check(input, ctx)), onProgress)
                : (await verifyImages({
                    images: inputs,
                    context: ctx,
                    trust: loaded ? { loaded } : trust,
                    annotations: flags.annotations,
                    checkClaims: flags.checkClaims,
                    signedIdentity,
                    concurrency: flags.concurrency,
                    openLookaside: (url) => (0,lookaside_options/* lookasideStore */.L0)(url, true),
                    notaryCacheDir: (0,notary_options/* notaryCacheDir */.z)(flags),
                    onImage: (outcome, done, total) => {
                        if (outcome.ok)
                            for (const r of outcome.value.verification?.rejected ?? [])
                                context/* stderrLogger */.D7.info(`rejected signature ${r.layerDigest.slice(0, 19)}…: ${r.reason}`);
                        onProgress(outcome, done, total);
                    },
                })).images.map((o) => (o.ok ? { ...o, value: gateResult(o.value) } : o));
            progress.finish();
            // Results in input order, so the JSON lines match the list given.
            const results = outcomes.map((o) => (o.ok ? o.value : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: (0,exit_code/* errorLine */.BP)(o.error), seconds: 0 }));
            report?.verified.push(...results);
            if (output === 'json')
                process.stdout.write((0,src_report/* jsonLines */.i7)(results));
            else if (output === 'text')
                process.stdout.write((0,src_report/* textTable */.ed)(results));
            else
                process.stdout.write((0,src_report/* junit */.bA)(results));
            printChecks(results.filter((r) => r.ok).map((r) => r.image), checksFor(flags));
            return (0,batch_command/* verifyEnd */.fP)(outcomes);
        }, { close: [loaded ? () => (0,verify_verifier/* closeVerifier */.Xp)(loaded) : undefined, notary?.close] });
    }));
}
/**
 * Key signatures and the transparency log, as cosign's `--insecure-ignore-tlog`: given a Rekor
 * key (`--trusted-root`, or cosign's SIGSTORE_REKOR_PUBLIC_KEY) an entry is required unless the
 * flag says to ignore it. Without a Rekor key nothing can be checked offline, and signet, unlike
 * cosign, does not look entries up online: the tlog is then not checked, as before.
 */
function keyTlog(flags) {
    const rekorPublicKey = process.env.SIGSTORE_REKOR_PUBLIC_KEY || undefined;
    if (flags.insecureIgnoreTlog === true)
        return undefined;
    if (!flags.trustedRoot && !rekorPublicKey) {
        if (flags.insecureIgnoreTlog === false)
            throw (0,errors/* usageError */.Wp)('--insecure-ignore-tlog=false needs the Rekor log key', 'pass --trusted-root FILE or set SIGSTORE_REKOR_PUBLIC_KEY');
        return undefined;
    }
    return { trustedRoot: flags.trustedRoot, rekorPublicKey };
}
/** The flags as a trust: a trust policy, or one verifier (its material is loaded once, by core). */
async function trustFor(flags, keyless) {
    if (flags.policy) {
        if ((0,identity_options/* signedIdentityFrom */.$)(flags))
            throw (0,errors/* usageError */.Wp)('--signed-repository/--remap-identity cannot be combined with --policy', 'set signedIdentity in the trust policy rule');
        // Trust policies bring the YAML parser: loaded for --policy runs only.
        const { loadTrustPolicy } = await Promise.all(/* import() */[__webpack_require__.e(8009), __webpack_require__.e(2222)]).then(__webpack_require__.bind(__webpack_require__, 22222));
        return { policy: await loadTrustPolicy(flags.policy) };
    }
    const identity = {
        identity: flags.certificateIdentity,
        identityRegexp: flags.certificateIdentityRegexp,
        issuer: flags.certificateOidcIssuer,
        issuerRegexp: flags.certificateOidcIssuerRegexp,
    };
    if (flags.key)
        return { verifier: { kind: 'key', key: flags.key, tlog: keyTlog(flags) } };
    if (flags.certChain)
        return { verifier: { kind: 'certificate', certChain: flags.certChain, ...identity } };
    if (keyless)
        return { verifier: { kind: 'keyless', trustedRoot: flags.trustedRoot, ignoreSct: flags.insecureIgnoreSct === true, ...identity } };
    throw new Error('unreachable: the modes were checked');
}
/** A verdict as the report formats take it. */
function gateResult(v) {
    return {
        input: v.input,
        image: v.image,
        ok: v.ok,
        reason: v.reason,
        payloads: v.payloads,
        ...(v.rule !== undefined || v.signers ? { rule: v.rule, signers: v.signers?.map(({ signer, ok, reason }) => ({ signer, ok, reason })) } : {}),
        rejections: [
            ...(v.verification?.rejected ?? []).map((r) => ({ signature: r.layerDigest, code: r.code, reason: r.reason })),
            ...(v.atomic?.rejected ?? []).map((r) => ({ signature: `signature-${r.index}`, code: r.code, reason: r.reason })),
            ...(v.signers ?? []).flatMap((s) => (s.rejected ?? []).map((r) => ({ signer: s.signer, signature: r.layerDigest, code: r.code, reason: r.reason }))),
        ],
        seconds: v.seconds,
    };
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
    const [{ TrustedRoot }, { toSignedEntity, toTrustMaterial, Verifier }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 21443, 23)), Promise.all(/* import() */[__webpack_require__.e(1845), __webpack_require__.e(9330)]).then(__webpack_require__.bind(__webpack_require__, 79330))]);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .codedError */ .Au)('usage', 'tlog.no-log', `${where} lists no transparency log`);
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

/***/ 11196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VH: () => (/* binding */ loadVerifier),
/* harmony export */   Xp: () => (/* binding */ closeVerifier),
/* harmony export */   iQ: () => (/* binding */ verifyWith)
/* harmony export */ });
/* unused harmony export identityRequirement */
/* harmony import */ var _signers_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87014);
/* harmony import */ var _keyless_keyless_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39644);
/* harmony import */ var _keyless_key_tlog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83189);
/* harmony import */ var _x509_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68345);
/* harmony import */ var _gpg_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47131);
/* harmony import */ var _lookaside_atomic_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2478);
/* harmony import */ var _lookaside_open_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1748);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(637);
/* harmony import */ var _targets_open_image_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76139);
/* harmony import */ var _verify_image_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(82933);
/**
 * One verifier spec and one loader for every trust signet verifies against: a public key
 * (optionally requiring Rekor entries), a certificate chain, keyless (a sigstore trusted root
 * and an identity), and GPG keyrings with a lookaside store. The CLI's flags and a trust
 * policy's signers both become a `VerifierSpec`; `loadVerifier` reads the material once per
 * batch and `verifyWith` checks one image against it.
 */











function identityRequirement(spec) {
    return { identity: spec.identity, identityRegExp: spec.identityRegexp, issuer: spec.issuer, issuerRegExp: spec.issuerRegexp };
}
async function loadVerifier(spec, options = {}) {
    switch (spec.kind) {
        case 'key': {
            const publicKey = await (0,_signers_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadVerificationKey */ .LX)(spec.key);
            return { kind: 'cosign', trust: { publicKey, tlog: spec.tlog ? await (0,_keyless_key_tlog_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKeyTlogTrust */ .Yt)(publicKey, spec.tlog) : undefined } };
        }
        case 'certificate':
            return { kind: 'cosign', trust: { certificates: await (0,_x509_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCertificateTrust */ .g)(spec.certChain, identityRequirement(spec)) } };
        case 'keyless': {
            const ignoreSct = spec.ignoreSct === true;
            const trust = spec.trustedRoot ? await (0,_keyless_keyless_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustedRoot */ .KE)(spec.trustedRoot, { ignoreSct }) : await (0,_keyless_keyless_js__WEBPACK_IMPORTED_MODULE_4__/* .loadDefaultTrustedRoot */ .Re)({ ignoreSct });
            return { kind: 'cosign', trust: { keyless: { trust, identity: identityRequirement(spec) } } };
        }
        case 'gpg': {
            const keyring = await (0,_gpg_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPublicKeyring */ .jX)(spec.keyring);
            return { kind: 'gpg', keyring, store: (options.openLookaside ?? ((url) => (0,_lookaside_open_store_js__WEBPACK_IMPORTED_MODULE_6__/* .openLookasideStore */ .D)(url)))(spec.lookaside) };
        }
        case 'notary': {
            // The Notary engine is loaded on first use of a Notary verifier.
            const notary = await Promise.all(/* import() */[__webpack_require__.e(7240), __webpack_require__.e(3952)]).then(__webpack_require__.bind(__webpack_require__, 39208));
            const ca = spec.ca
                ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(spec.ca, 'utf8').catch(() => {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .SignetError */ .Tj('usage', `cannot read the Notary CA ${spec.ca}`);
                })
                : undefined;
            const server = new notary.NotaryServer(spec.notary, { ca, credentials: options.credentials });
            const verifier = new notary.NotaryVerifier(server, {
                pin: await notary.loadRootPin(spec.root),
                roles: spec.delegations,
                cache: options.notaryCacheDir ? notary.fileTrustCache(options.notaryCacheDir) : undefined,
            });
            return { kind: 'notary', notary: verifier, close: () => server.close() };
        }
    }
}
/** Releases what the verifier holds open (a lookaside store's connections). */
async function closeVerifier(verifier) {
    if (verifier.kind === 'gpg')
        await verifier.store.close();
    if (verifier.kind === 'notary')
        await verifier.close();
}
/**
 * One image against one verifier. GPG: the reference as named keys the lookaside, and its tag
 * decides the identity rule. Notary: the tag's signed target must be the opened digest.
 */
async function verifyWith(verifier, image, claims, context) {
    if (verifier.kind === 'notary') {
        const r = await verifier.notary.verify(image.input, context);
        const ok = r.ok && r.target?.digest === image.digest;
        return { ok, reason: ok ? undefined : (r.reason ?? `Notary signed ${r.target?.digest} but the image is ${image.digest}`), notary: r };
    }
    if (verifier.kind === 'gpg') {
        // The same rule as verifyImage: signatures of a manifest the registry lacks verify nothing.
        if (!(await (0,_targets_open_image_js__WEBPACK_IMPORTED_MODULE_8__/* .imageExists */ .US)(image)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .SignetError */ .Tj('usage', `image ${image.display} not found`, { hint: 'push the image first, or check the repository name and digest' });
        const atomic = await (0,_lookaside_atomic_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyAtomic */ .TB)(image.reference ?? (0,_lookaside_atomic_js__WEBPACK_IMPORTED_MODULE_9__/* .lookasideReference */ .LI)(image.input), image.digest, verifier.store, verifier.keyring, claims.signedIdentity);
        return { ok: atomic.ok, reason: atomic.ok ? undefined : (0,_lookaside_atomic_js__WEBPACK_IMPORTED_MODULE_9__/* .describeAtomicFailure */ .BU)(atomic, verifier.store.url), atomic };
    }
    const verification = await (0,_verify_image_js__WEBPACK_IMPORTED_MODULE_10__/* .verifyImage */ .Z)(image, { ...verifier.trust, annotations: claims.annotations, checkIdentity: claims.checkIdentity, signedIdentity: claims.signedIdentity });
    return { ok: verification.ok, reason: verification.ok ? undefined : (0,_verify_image_js__WEBPACK_IMPORTED_MODULE_10__/* .describeFailure */ .I)(verification), verification };
}


/***/ }),

/***/ 82933:
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/formats/sigstore-bundle.ts
var sigstore_bundle = __webpack_require__(89074);
// EXTERNAL MODULE: ./packages/core/src/verify/signed-identity.ts
var signed_identity = __webpack_require__(34489);
// EXTERNAL MODULE: ./packages/core/src/verify/types.ts
var verify_types = __webpack_require__(65645);
;// CONCATENATED MODULE: ./packages/core/src/verify/claims.ts


function claimsProblem(image, claims, required) {
    if (!claims.digestMatches)
        return (0,verify_types/* rejection */.c)('digest', claims.digestProblem);
    if (claims.identity !== undefined && required.checkIdentity !== false) {
        // Without a signedIdentity rule the image's own matcher decides (it knows layouts too); the
        // rule's wording still explains a promoted signature.
        const rule = required.signedIdentity;
        const wrong = rule
            ? (0,signed_identity/* signedIdentityProblem */.cY)(image.dockerReference, claims.identity, rule, claims.identityNoun)
            : image.identityMatches(claims.identity)
                ? undefined
                : ((0,signed_identity/* signedIdentityProblem */.cY)(image.dockerReference, claims.identity, undefined, claims.identityNoun) ??
                    `${claims.identityNoun} "${claims.identity}" does not name this image's repository (${image.dockerReference})`);
        if (wrong)
            return (0,verify_types/* rejection */.c)('identity', wrong);
    }
    for (const [key, value] of Object.entries(required.annotations ?? {})) {
        // Own keys only: `optional.__proto__` or `optional.constructor` must not be inherited values.
        const actual = Object.hasOwn(claims.annotations, key) ? claims.annotations[key] : undefined;
        if (actual !== value) {
            return (0,verify_types/* rejection */.c)('annotation', actual === undefined ? `annotation ${key} missing (want "${value}")` : `annotation ${key}="${String(actual)}", want "${value}"`);
        }
    }
    return undefined;
}

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









/** A bundle's rejection reads "bundle: ...", so users can tell the layouts apart. */
function rejected(code, reason) {
    return (0,verify_types/* rejection */.c)(code, `bundle: ${reason}`);
}
/** The accepted claims in cosign's JSON shape (as cosign v3 prints them), or why the bundle was rejected. */
async function checkBundle(image, bundle, options) {
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4)
        return rejected('not-a-signature', `DSSE payload type is "${envelope.payloadType}", not in-toto`);
    if (options.keyless) {
        // Keyless: sigstore's checks (chain, log entry, signing time, DSSE signature), then identity.
        const problem = await (0,keyless/* keylessProblem */.cB)(bundle, options.keyless.trust, options.keyless.identity);
        if (problem)
            return rejected('untrusted', problem);
    }
    else {
        const key = options.certificates ? await bundleCertificateKey(bundle, options.certificates) : options.publicKey;
        if (typeof key === 'string')
            return rejected('untrusted', key);
        if (!key)
            throw new Error('checkBundle needs a public key or certificate trust');
        const pae = (0,sigstore_bundle/* preAuthEncoding */.JC)(envelope.payloadType, envelope.payload);
        if (!envelope.signatures.some((s) => (0,algorithms/* verifyBytes */.RV)(key, pae, s.sig))) {
            return rejected('untrusted', `signature does not verify with ${options.certificates ? 'its certificate' : 'the given key'}`);
        }
        const logged = options.tlog ? (0,key_tlog/* bundleKeyTlogProblem */.nn)(bundle, options.tlog) : undefined;
        if (logged)
            return rejected('untrusted', logged);
    }
    let statement;
    try {
        statement = (0,sigstore_bundle/* parseStatement */.By)(envelope.payload);
    }
    catch (e) {
        if ((0,errors/* isSignetError */.$1)(e))
            return rejected('malformed', e.message);
        throw e;
    }
    if (statement.predicateType !== sigstore_bundle/* COSIGN_SIGN_PREDICATE_TYPE */.Z4) {
        return rejected('not-a-signature', `predicate type "${statement.predicateType}" is an attestation, not a cosign signature`);
    }
    const [algorithm, hex] = image.digest.split(':');
    const subject = statement.subject.find((s) => s.digest[algorithm] === hex);
    // cosign v3 signs no identity; signet's bundles carry it as the subject name, checked when present.
    const optional = subject?.annotations ?? {};
    const problem = claimsProblem(image, {
        digestMatches: subject !== undefined,
        digestProblem: `statement does not name digest ${image.digest}`,
        identity: subject?.name,
        identityNoun: 'subject name',
        annotations: optional,
    }, options);
    if (problem)
        return rejected(problem.code, problem.reason);
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
 * parallel, so looking for bundles costs requests but no round trip beyond the `.sig` layout's two.
 */
async function verifyImage(image, options) {
    // The image must exist, as for cosign (it fetches the image first) and containers/image (it
    // digests the manifest it pulled): a signature left behind for a deleted manifest verifies
    // nothing. Asked in parallel with the reads, so it costs a request, not a round trip.
    // Each layout fetches what its listing names as soon as the listing arrives: the `.sig`
    // payloads do not wait for the bundle listing (the Referrers API probe, then the fallback
    // tag), which took one more round trip on every verify of a registry without the API.
    const legacy = image.signatures.read(image.digest).then(async (set) => ({ set, stored: await image.signatures.load(set) }));
    const bundled = image.bundles.list(image.digest, types/* MediaTypes */.m.sigstoreBundle).then(async (referrers) => ({ referrers, bundles: await image.bundles.load(image.digest, referrers.entries) }));
    const [{ set, stored }, { referrers, bundles }, exists] = await Promise.all([legacy, bundled, (0,open_image/* imageExists */.US)(image)]);
    if (!exists) {
        throw new errors/* SignetError */.Tj('usage', `image ${image.display} not found`, {
            hint: set.layers.length + referrers.entries.length > 0 ? 'signatures exist for a manifest the registry no longer has: push the image again, or check the digest' : 'push the image first, or check the repository name and digest',
        });
    }
    const verified = [];
    const rejected = [];
    for (const sig of stored) {
        // A layer the registry could not serve is a rejected signature, not the end of the verify.
        const checked = sig.problem !== undefined ? (0,verify_types/* rejection */.c)('malformed', sig.problem) : await checkSignature(image, sig, options);
        if ('code' in checked)
            rejected.push({ layerDigest: sig.layer.digest, ...checked });
        else
            verified.push(checked);
    }
    for (const stored of bundles) {
        const checked = stored.bundle ? await checkBundle(image, stored.bundle, options) : (0,verify_types/* rejection */.c)('malformed', `bundle referrer: ${stored.problem ?? 'unusable'}`);
        if ('code' in checked)
            rejected.push({ layerDigest: stored.manifestDigest, ...checked });
        else
            verified.push(checked);
    }
    // A layer the registry failed to serve (temporary: network, 5xx) leaves the verdict open when
    // nothing else verified: a registry failure (exit 3), not "unsigned".
    if (verified.length === 0) {
        const open = [...stored, ...bundles].map((s) => s.failure).find((e) => (0,errors/* isSignetError */.$1)(e) && e.temporary);
        if (open)
            throw open;
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
        return (0,verify_types/* rejection */.c)('malformed', 'signature annotation missing or not base64');
    const untrusted = options.keyless ? await (0,keyless/* legacyKeylessProblem */.h5)({ ...sig, annotations: sig.layer.annotations ?? {} }, options.keyless.trust, options.keyless.identity) : await keyProblem(sig, options);
    if (untrusted)
        return (0,verify_types/* rejection */.c)('untrusted', untrusted);
    let parsed;
    try {
        parsed = (0,simple_signing/* parseCosignPayload */.F3)(payload);
    }
    catch (e) {
        if ((0,errors/* isSignetError */.$1)(e))
            return (0,verify_types/* rejection */.c)('malformed', e.message);
        throw e;
    }
    const signedDigest = parsed.critical.image['docker-manifest-digest'];
    const problem = claimsProblem(image, {
        digestMatches: signedDigest === image.digest,
        digestProblem: `payload signs digest ${signedDigest}, not ${image.digest}`,
        identity: parsed.critical.identity['docker-reference'],
        identityNoun: 'payload identity',
        annotations: parsed.optional ?? {},
    }, options);
    return problem ?? parsed;
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
