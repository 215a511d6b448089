import dev.signet.Cli
import dev.signet.Runner

/**
 * signetSign(images: [...], keyCredentialsId: '...', credentialsId: '...', ...)
 * Signs image digests with the signet CLI and returns the images signed (repo@sha256:...).
 * Parameters: see signetSign.txt.
 */
List<String> call(Map params = [:]) {
    final String step = 'signetSign'
    final List<String> known = ['images', 'key', 'keyCredentialsId', 'credentialsId', 'cert', 'certChain', 'annotations',
                                'signBy', 'signByCredentialsId', 'lookaside', 'lookasideCredentialsId', 'signatureRepository',
                                'allowHttpRegistry', 'recursive', 'registryCredentialsId', 'vaultCredentialsId',
                                'notary', 'notaryRoot', 'notaryCa', 'notaryRole',
                                'image', 'dockerArgs', 'signetCommand']
    Map p = params ?: [:]
    String unknown = Cli.unknownParams(p, known)
    if (unknown) error("${step}: ${unknown}")

    List<String> images
    List<String> command
    List<String> args = ['sign']
    List bindings = []
    try {
        images = Cli.images(p.images)
        command = Cli.command(p.signetCommand)
        boolean gpg = p.signBy || p.signByCredentialsId
        if (gpg && (p.key || p.keyCredentialsId)) {
            error("${step}: give a cosign key (key or keyCredentialsId) or a GPG key (signBy or signByCredentialsId), not both")
        }
        if (p.key && p.keyCredentialsId) error("${step}: give key or keyCredentialsId, not both")
        if (p.signBy && p.signByCredentialsId) error("${step}: give signBy or signByCredentialsId, not both")
        if (!gpg && !p.key && !p.keyCredentialsId) {
            error("${step}: no signing key: pass keyCredentialsId (a Secret file credential holding cosign.key) or key (a path, env://VAR, k8s://ns/name or hashivault://name)")
        }
        if (p.lookaside && !gpg) error("${step}: lookaside is where GPG signatures go: it needs signBy or signByCredentialsId")
        if (gpg && (p.cert || p.certChain)) error("${step}: cert and certChain go with a cosign key, not with GPG signing")

        if (gpg) {
            args << '--sign-by' << (p.signBy ? Cli.quote(p.signBy) : Cli.envRef(Cli.GPG_KEY_FILE_VAR))
            if (p.signByCredentialsId) bindings << file(credentialsId: p.signByCredentialsId, variable: Cli.GPG_KEY_FILE_VAR)
            if (p.lookaside) args << '--lookaside' << Cli.quote(p.lookaside)
            if (p.lookasideCredentialsId) {
                bindings << usernamePassword(credentialsId: p.lookasideCredentialsId, usernameVariable: Cli.LOOKASIDE_USER_VAR, passwordVariable: Cli.LOOKASIDE_PASSWORD_VAR)
            }
        } else {
            args << '--key' << (p.key ? Cli.quote(p.key) : Cli.envRef(Cli.KEY_FILE_VAR))
            if (p.keyCredentialsId) bindings << file(credentialsId: p.keyCredentialsId, variable: Cli.KEY_FILE_VAR)
            if (p.cert) args << '--cert' << Cli.quote(p.cert)
            if (p.certChain) args << '--cert-chain' << Cli.quote(p.certChain)
        }
        // The key's password: COSIGN_PASSWORD for cosign keys, SIGNET_GPG_PASSPHRASE for GPG keys.
        if (p.credentialsId) bindings << string(credentialsId: p.credentialsId, variable: gpg ? Cli.GPG_PASSPHRASE_VAR : Cli.PASSWORD_VAR)
        if (p.vaultCredentialsId) bindings << string(credentialsId: p.vaultCredentialsId, variable: Cli.VAULT_TOKEN_VAR)
        if (p.registryCredentialsId) {
            bindings << usernamePassword(credentialsId: p.registryCredentialsId, usernameVariable: Cli.REGISTRY_USER_VAR, passwordVariable: Cli.REGISTRY_PASSWORD_VAR)
        }
        // Docker Content Trust: the images (IMAGE:TAG) are published into the Notary server's trust data.
        args.addAll(Cli.notaryArgs(p))
        args.addAll(Cli.annotationArgs(p.annotations))
        if (Cli.flag(p.recursive, false)) args << '--recursive'
        if (Cli.flag(p.allowHttpRegistry, false)) args << '--allow-http-registry'
    } catch (IllegalArgumentException e) {
        error("${step}: ${e.message}")
    }
    if (!images) error("${step}: no images given: pass images, a list (or newline-separated string) of image@sha256:digest")

    Runner runner = new Runner(this)
    String imagesFile = runner.path('images')
    String logFile = runner.path('sign.log')
    args << '--images-file' << Cli.quote(imagesFile)
    // stderr goes to a file so the step can read back which digests were signed, then to the
    // build log; the script exits with signet's own status (0 ok, 2 bad input, 3 registry/IO).
    String script = Cli.script("signet sign, ${images.size()} image(s)", p.signatureRepository as String, command, args,
        "2>${Cli.quote(logFile)}",
        "status=\$?\ncat ${Cli.quote(logFile)} >&2\nexit \$status\n")
    try {
        writeFile(file: imagesFile, text: images.join('\n') + '\n')
        int status = runner.run(script, bindings, p.image as String, p.dockerArgs as String)
        if (status != 0) {
            error("${step}: signet sign failed with exit code ${status}: ${Cli.exitMeaning(status)}")
        }
        List<String> signed = Cli.signedImages(readFile(logFile))
        echo("${step}: ${signed.size()} image(s) signed")
        return signed
    } finally {
        runner.cleanup()
    }
}
