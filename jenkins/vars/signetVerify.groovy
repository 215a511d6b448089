import dev.signet.Cli
import dev.signet.Runner

/**
 * signetVerify(images: [...], key: 'cosign.pub', ...)
 * signetVerify(imageName: 'registry/app', digest: buildDigest, certificateIdentity: ..., certificateOidcIssuer: ...)
 * Verifies image signatures with the signet CLI: the release gate. Returns one entry per image,
 * read from signet's --report: [image: as given, resolved: 'repo@sha256:...', verified: true|false,
 * reason: why not (null when verified), signatures: [cosign payloads]]; fails the build when one
 * is not verified unless failOnUnsigned is false. Parameters: see signetVerify.txt.
 */
List<Map> call(Map params = [:]) {
    final String step = 'signetVerify'
    final List<String> known = ['images', 'imageName', 'digest', 'allowTag', 'key', 'keyCredentialsId', 'certChain',
                                'certificateIdentity', 'certificateIdentityRegexp', 'certificateOidcIssuer', 'certificateOidcIssuerRegexp', 'trustedRoot',
                                'keyring', 'lookaside', 'policy', 'annotations', 'signatureRepository', 'allowHttpRegistry',
                                'registryCredentialsId', 'vaultCredentialsId', 'notary', 'notaryRoot', 'notaryCa', 'notaryRole', 'failOnUnsigned', 'junit', 'quiet', 'image', 'dockerArgs', 'signetCommand']
    Map p = params ?: [:]
    String unknown = Cli.unknownParams(p, known)
    if (unknown) error("${step}: ${unknown}")

    List<String> images
    List<String> command
    List<String> args = ['verify']
    List bindings = []
    Map<String, String> names = [:]
    boolean failOnUnsigned = true
    try {
        images = Cli.images(p.images)
        command = Cli.command(p.signetCommand)
        failOnUnsigned = Cli.flag(p.failOnUnsigned, true)
        boolean keyless = p.certificateIdentity || p.certificateIdentityRegexp
        if (p.key && p.keyCredentialsId) error("${step}: give key or keyCredentialsId, not both")
        if (!p.key && !p.keyCredentialsId && !p.certChain && !keyless && !p.keyring && !p.policy && !p.notary) {
            error("${step}: nothing to verify with: pass key (cosign.pub path, env://VAR, k8s://ns/name, hashivault://name), keyCredentialsId (a Secret file credential), certificateIdentity(Regexp) + certificateOidcIssuer(Regexp) for keyless signatures, certChain, keyring (+ lookaside) or policy")
        }
        if (p.key) args << '--key' << Cli.quote(p.key)
        if (p.keyCredentialsId) {
            args << '--key' << Cli.envRef(Cli.KEY_FILE_VAR)
            bindings << file(credentialsId: p.keyCredentialsId, variable: Cli.KEY_FILE_VAR)
        }
        names['--key'] = p.key ? 'key' : 'keyCredentialsId'
        // ---- certificates and keyless: each parameter is one CLI flag ----
        args.addAll(Cli.valueArgs(p, [certChain: '--cert-chain', certificateIdentity: '--certificate-identity', certificateIdentityRegexp: '--certificate-identity-regexp',
                                      certificateOidcIssuer: '--certificate-oidc-issuer', certificateOidcIssuerRegexp: '--certificate-oidc-issuer-regexp',
                                      trustedRoot: '--trusted-root', keyring: '--keyring', lookaside: '--lookaside', policy: '--policy'], names))
        if (p.vaultCredentialsId) bindings << string(credentialsId: p.vaultCredentialsId, variable: Cli.VAULT_TOKEN_VAR)
        if (p.registryCredentialsId) {
            bindings << usernamePassword(credentialsId: p.registryCredentialsId, usernameVariable: Cli.REGISTRY_USER_VAR, passwordVariable: Cli.REGISTRY_PASSWORD_VAR)
        }
        // ---- Docker Content Trust: images as IMAGE:TAG, into/against a Notary v1 server (docs/notary.md) ----
        args.addAll(Cli.valueArgs(p, [notary: '--notary', notaryRoot: '--notary-root', notaryCa: '--notary-ca', notaryRole: '--notary-role'], names))
        // ---- image + digest: passed as given; the CLI's one rule (pinToDigest) decides ----
        args.addAll(Cli.imageDigestArgs(p, names))
        args.addAll(Cli.annotationArgs(p.annotations))
        if (Cli.flag(p.allowHttpRegistry, false)) args << '--allow-http-registry'
        if (Cli.flag(p.quiet, false)) args << '--quiet'
    } catch (IllegalArgumentException e) {
        error("${step}: ${e.message}")
    }
    if (!images && !Cli.hasImageDigest(p)) {
        error("${step}: no images given: pass images (a list, or newline-separated string, of image@sha256:digest) or imageName and digest")
    }
    if (p.signatureRepository) names['COSIGN_REPOSITORY'] = 'signatureRepository'

    Runner runner = new Runner(this)
    String imagesFile = runner.path('images')
    String reportFile = runner.path('report.json')
    // stdout: the table for the build log, or JUnit XML copied to `junit` (writeFile makes its
    // directories) for the junit step; stderr streams to the build log; results from --report.
    String junitFile = p.junit ? String.valueOf(p.junit) : null
    String junitOut = runner.path('junit.xml')
    args << '--output' << (junitFile ? 'junit' : 'text') << '--images-file' << Cli.quote(imagesFile) << '--report' << Cli.quote(reportFile)
    String script = Cli.script("signet verify, ${images.size()} image(s)", Cli.environment(p.signatureRepository as String, names), command, args,
        junitFile ? ">${Cli.quote(junitOut)}" : null, null)
    try {
        writeFile(file: imagesFile, text: images ? images.join('\n') + '\n' : '')
        int status = runner.run(script, bindings, p.image as String, p.dockerArgs as String)
        Map report = Cli.parseReport(runner.readIfPresent(reportFile))
        String xml = junitFile ? runner.readIfPresent(junitOut) : null
        if (xml) writeFile(file: junitFile, text: xml)
        // 1 is "not verified"; anything else but 0 (bad input, unreachable registry, signet
        // missing) fails the build whatever failOnUnsigned says: nothing was checked.
        if (status != 0 && status != 1) {
            error("${step}: signet verify failed with exit code ${status}: ${Cli.exitMeaning(status)}${Cli.failureDetail(report)}")
        }
        if (report == null) error("${step}: signet verify exited ${status} but wrote no report (${reportFile}): is signetCommand a signet that knows --report?")
        List<Map> results = Cli.verifyResults(report)
        List<String> failed = Cli.unverified(results)
        if (status == 0 && failed) error("${step}: signet verify exited 0 but its report lists unverified images: ${failed.join('; ')}")
        if (status == 1 && !failed) error("${step}: signet verify exited 1 (not verified) but its report lists every image as verified")
        if (failed) {
            String message = "${step}: ${failed.size()} of ${results.size()} image(s) not verified: ${failed.join('; ')}"
            if (failOnUnsigned) error(message)
            echo("WARNING: ${message} (failOnUnsigned: false, continuing)")
        } else {
            echo("${step}: ${results.size()} image(s) verified")
        }
        return results
    } finally {
        runner.cleanup()
    }
}
