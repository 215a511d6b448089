import dev.signet.Cli
import dev.signet.Runner

/**
 * signetSign(images: [...], keyCredentialsId: '...', credentialsId: '...', ...)
 * signetSign(imageName: 'registry/app', digest: buildDigest, ...)
 * Signs image digests with the signet CLI and returns one entry per image signed, read from
 * signet's --report: [image: 'repo@sha256:...', digest:, location:, added:, format:, identity:].
 * A failure fails the build naming each image that was not signed and why.
 * Parameters: see signetSign.txt.
 */
List<Map> call(Map params = [:]) {
    final String step = 'signetSign'
    final List<String> known = ['images', 'imageName', 'digest', 'allowTag', 'key', 'keyCredentialsId', 'credentialsId', 'cert', 'certChain',
                                'annotations', 'signBy', 'signByCredentialsId', 'lookaside', 'lookasideCredentialsId', 'signatureRepository',
                                'allowHttpRegistry', 'recursive', 'registryCredentialsId', 'vaultCredentialsId', 'notary', 'notaryRoot', 'notaryCa', 'notaryRole',
                                'keyless', 'identityTokenCredentialsId', 'fulcioUrl', 'rekorUrl', 'timestampServerUrl', 'trustedRoot',
                                'format', 'tlogUpload', 'quiet',
                                'image', 'dockerArgs', 'signetCommand']
    Map p = params ?: [:]
    String unknown = Cli.unknownParams(p, known)
    if (unknown) error("${step}: ${unknown}")

    List<String> images
    List<String> command
    List<String> args = ['sign']
    List bindings = []
    Map<String, String> names = [:]
    try {
        images = Cli.images(p.images)
        command = Cli.command(p.signetCommand)
        boolean gpg = p.signBy || p.signByCredentialsId
        boolean keyless = Cli.flag(p.keyless, false)
        if (gpg && (p.key || p.keyCredentialsId)) {
            error("${step}: give a cosign key (key or keyCredentialsId) or a GPG key (signBy or signByCredentialsId), not both")
        }
        if (keyless && (p.key || p.keyCredentialsId || gpg)) error("${step}: keyless signing uses no key: drop key, keyCredentialsId, signBy and signByCredentialsId")
        if (p.key && p.keyCredentialsId) error("${step}: give key or keyCredentialsId, not both")
        if (p.signBy && p.signByCredentialsId) error("${step}: give signBy or signByCredentialsId, not both")
        if (!gpg && !keyless && !p.key && !p.keyCredentialsId) {
            error("${step}: no signing key: pass keyCredentialsId (a Secret file credential holding cosign.key), key (a path, env://VAR, k8s://ns/name or hashivault://name) or keyless: true")
        }
        if (p.lookaside && !gpg) error("${step}: lookaside is where GPG signatures go: it needs signBy or signByCredentialsId")
        if (gpg && (p.cert || p.certChain)) error("${step}: cert and certChain go with a cosign key, not with GPG signing")

        if (gpg) {
            args << '--sign-by' << (p.signBy ? Cli.quote(p.signBy) : Cli.envRef(Cli.GPG_KEY_FILE_VAR))
            names['--sign-by'] = p.signBy ? 'signBy' : 'signByCredentialsId'
            if (p.signByCredentialsId) bindings << file(credentialsId: p.signByCredentialsId, variable: Cli.GPG_KEY_FILE_VAR)
            if (p.lookaside) args << '--lookaside' << Cli.quote(p.lookaside)
            if (p.lookasideCredentialsId) {
                bindings << usernamePassword(credentialsId: p.lookasideCredentialsId, usernameVariable: Cli.LOOKASIDE_USER_VAR, passwordVariable: Cli.LOOKASIDE_PASSWORD_VAR)
            }
        } else if (!keyless) {
            args << '--key' << (p.key ? Cli.quote(p.key) : Cli.envRef(Cli.KEY_FILE_VAR))
            names['--key'] = p.key ? 'key' : 'keyCredentialsId'
            if (p.keyCredentialsId) bindings << file(credentialsId: p.keyCredentialsId, variable: Cli.KEY_FILE_VAR)
        }
        if (p.cert) args << '--cert' << Cli.quote(p.cert)
        if (p.certChain) args << '--cert-chain' << Cli.quote(p.certChain)
        // The key's password: COSIGN_PASSWORD for cosign keys, SIGNET_GPG_PASSPHRASE for GPG keys.
        if (p.credentialsId) bindings << string(credentialsId: p.credentialsId, variable: gpg ? Cli.GPG_PASSPHRASE_VAR : Cli.PASSWORD_VAR)
        if (p.vaultCredentialsId) bindings << string(credentialsId: p.vaultCredentialsId, variable: Cli.VAULT_TOKEN_VAR)
        if (p.registryCredentialsId) {
            bindings << usernamePassword(credentialsId: p.registryCredentialsId, usernameVariable: Cli.REGISTRY_USER_VAR, passwordVariable: Cli.REGISTRY_PASSWORD_VAR)
        }
        // ---- keyless, format, transparency log: each parameter is one CLI flag ----
        if (keyless) args << '--keyless'
        // The OIDC token goes where the CLI reads it by default (SIGSTORE_ID_TOKEN), never on the command line.
        if (p.identityTokenCredentialsId) bindings << string(credentialsId: p.identityTokenCredentialsId, variable: Cli.ID_TOKEN_VAR)
        args.addAll(Cli.valueArgs(p, [fulcioUrl: '--fulcio-url', rekorUrl: '--rekor-url', timestampServerUrl: '--timestamp-server-url',
                                      trustedRoot: '--trusted-root', format: '--format'], names))
        if (p.tlogUpload != null) args << "--tlog-upload=${Cli.flag(p.tlogUpload, false)}".toString()
        // ---- Docker Content Trust: images as IMAGE:TAG, into/against a Notary v1 server (docs/notary.md) ----
        args.addAll(Cli.valueArgs(p, [notary: '--notary', notaryRoot: '--notary-root', notaryCa: '--notary-ca', notaryRole: '--notary-role'], names))
        // ---- image + digest: passed as given; the CLI's one rule (pinToDigest) decides ----
        args.addAll(Cli.imageDigestArgs(p, names))
        args.addAll(Cli.annotationArgs(p.annotations))
        if (Cli.flag(p.recursive, false)) args << '--recursive'
        if (Cli.flag(p.allowHttpRegistry, false)) args << '--allow-http-registry'
        if (Cli.flag(p.quiet, false)) args << '--quiet'
    } catch (IllegalArgumentException e) {
        error("${step}: ${e.message}")
    }
    if (!images && !Cli.hasImageDigest(p)) {
        error("${step}: no images given: pass images (a list, or newline-separated string, of image@sha256:digest) or imageName and digest")
    }
    if (p.credentialsId) names[Cli.PASSWORD_VAR] = 'credentialsId'
    if (p.signatureRepository) names['COSIGN_REPOSITORY'] = 'signatureRepository'

    Runner runner = new Runner(this)
    String imagesFile = runner.path('images')
    String reportFile = runner.path('report.json')
    args << '--images-file' << Cli.quote(imagesFile) << '--report' << Cli.quote(reportFile)
    // stderr streams to the build log as signet writes it; what was signed comes from --report.
    String script = Cli.script("signet sign, ${images.size()} image(s)", Cli.environment(p.signatureRepository as String, names), command, args, null, null)
    try {
        writeFile(file: imagesFile, text: images ? images.join('\n') + '\n' : '')
        int status = runner.run(script, bindings, p.image as String, p.dockerArgs as String)
        Map report = Cli.parseReport(runner.readIfPresent(reportFile))
        if (status != 0) {
            error("${step}: signet sign failed with exit code ${status}: ${Cli.exitMeaning(status)}${Cli.failureDetail(report)}")
        }
        if (report == null) error("${step}: signet sign exited 0 but wrote no report (${reportFile}): is signetCommand a signet that knows --report?")
        List<Map> signed = Cli.signResults(report)
        echo("${step}: ${signed.size()} image(s) signed")
        return signed
    } finally {
        runner.cleanup()
    }
}
