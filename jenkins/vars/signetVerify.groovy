import dev.signet.Cli
import dev.signet.Runner

/**
 * signetVerify(images: [...], key: 'cosign.pub', ...)
 * Verifies image signatures with the signet CLI: the release gate. Returns one entry per image,
 * [image: 'repo@sha256:...', verified: true|false, signatures: [cosign payloads]]; fails the
 * build when one is not verified unless failOnUnsigned is false. Parameters: see signetVerify.txt.
 */
List<Map> call(Map params = [:]) {
    final String step = 'signetVerify'
    final List<String> known = ['images', 'key', 'keyCredentialsId', 'certChain', 'certificateIdentity', 'certificateOidcIssuer',
                                'keyring', 'lookaside', 'policy', 'annotations', 'signatureRepository', 'allowHttpRegistry',
                                'registryCredentialsId', 'vaultCredentialsId', 'failOnUnsigned', 'notary', 'notaryRoot', 'notaryCa', 'notaryRole',
                                'image', 'dockerArgs', 'signetCommand']
    Map p = params ?: [:]
    String unknown = Cli.unknownParams(p, known)
    if (unknown) error("${step}: ${unknown}")

    List<String> images
    List<String> command
    List<String> args = ['verify']
    List bindings = []
    boolean failOnUnsigned = true
    try {
        images = Cli.images(p.images)
        command = Cli.command(p.signetCommand)
        failOnUnsigned = Cli.flag(p.failOnUnsigned, true)
        if (p.key && p.keyCredentialsId) error("${step}: give key or keyCredentialsId, not both")
        if (!p.key && !p.keyCredentialsId && !p.certChain && !p.keyring && !p.policy && !p.notary) {
            error("${step}: nothing to verify with: pass key (cosign.pub path, env://VAR, k8s://ns/name, hashivault://name), keyCredentialsId (a Secret file credential), certChain, keyring (+ lookaside), policy or notary (+ notaryRoot)")
        }
        if (p.key) args << '--key' << Cli.quote(p.key)
        if (p.keyCredentialsId) {
            args << '--key' << Cli.envRef(Cli.KEY_FILE_VAR)
            bindings << file(credentialsId: p.keyCredentialsId, variable: Cli.KEY_FILE_VAR)
        }
        if (p.certChain) args << '--cert-chain' << Cli.quote(p.certChain)
        if (p.certificateIdentity) args << '--certificate-identity' << Cli.quote(p.certificateIdentity)
        if (p.certificateOidcIssuer) args << '--certificate-oidc-issuer' << Cli.quote(p.certificateOidcIssuer)
        if (p.keyring) args << '--keyring' << Cli.quote(p.keyring)
        if (p.lookaside) args << '--lookaside' << Cli.quote(p.lookaside)
        if (p.policy) args << '--policy' << Cli.quote(p.policy)
        args.addAll(Cli.notaryArgs(p))
        if (p.vaultCredentialsId) bindings << string(credentialsId: p.vaultCredentialsId, variable: Cli.VAULT_TOKEN_VAR)
        if (p.registryCredentialsId) {
            bindings << usernamePassword(credentialsId: p.registryCredentialsId, usernameVariable: Cli.REGISTRY_USER_VAR, passwordVariable: Cli.REGISTRY_PASSWORD_VAR)
        }
        args.addAll(Cli.annotationArgs(p.annotations))
        if (Cli.flag(p.allowHttpRegistry, false)) args << '--allow-http-registry'
    } catch (IllegalArgumentException e) {
        error("${step}: ${e.message}")
    }
    if (!images) error("${step}: no images given: pass images, a list (or newline-separated string) of image@sha256:digest")

    Runner runner = new Runner(this)
    String imagesFile = runner.path('images')
    String resultFile = runner.path('verify.json')
    args << '--output' << 'json' << '--images-file' << Cli.quote(imagesFile)
    // stdout (one JSON line per verified image) goes to a file the step parses; stderr, with the
    // reason each image failed, stays in the build log. The exit status is signet's.
    String script = Cli.script("signet verify, ${images.size()} image(s)", p.signatureRepository as String, command, args,
        ">${Cli.quote(resultFile)}", null)
    try {
        writeFile(file: imagesFile, text: images.join('\n') + '\n')
        int status = runner.run(script, bindings, p.image as String, p.dockerArgs as String)
        // 1 is "not verified"; anything else but 0 (bad input, unreachable registry, signet
        // missing) fails the build whatever failOnUnsigned says: nothing was checked.
        if (status != 0 && status != 1) {
            error("${step}: signet verify failed with exit code ${status}: ${Cli.exitMeaning(status)}")
        }
        List<Map> results = Cli.verifyResults(images, readFile(resultFile))
        List<String> failed = Cli.unverified(results)
        if (status == 0 && failed) error("${step}: signet verify exited 0 but no signature was printed for ${failed.join(', ')}")
        if (status == 1 && !failed) error("${step}: signet verify exited 1 (not verified) but printed a signature for every image")
        if (failed) {
            String message = "${step}: ${failed.size()} of ${images.size()} image(s) not verified: ${failed.join(', ')}"
            if (failOnUnsigned) error(message)
            echo("WARNING: ${message} (failOnUnsigned: false, continuing)")
        } else {
            echo("${step}: ${images.size()} image(s) verified")
        }
        return results
    } finally {
        runner.cleanup()
    }
}
