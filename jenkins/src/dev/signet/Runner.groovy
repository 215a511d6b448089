package dev.signet

/**
 * Runs one generated signet script the way both steps need it: in a private directory of the
 * workspace (the images list and the CLI's output are files there), with the credentials bound
 * by withCredentials, optionally inside `docker.image(image).inside { }`, and cleaned up after.
 *
 * `steps` is the calling vars script, so every step (writeFile, sh, withCredentials, ...) is the
 * pipeline's own and shows up in the build log and in JenkinsPipelineUnit's call stack.
 */
class Runner implements Serializable {

    private final def steps
    final String dir

    Runner(steps) {
        this.steps = steps
        // Unique per call: parallel branches sharing a workspace must not share files. Relative,
        // so it resolves the same on the agent (writeFile/readFile) and in a container (`inside`
        // mounts the workspace at the same path and runs sh in it).
        this.dir = ".signet/${UUID.randomUUID()}"
    }

    String path(String name) {
        return "${dir}/${name}"
    }

    /**
     * Binds `bindings` (withCredentials list), runs `script` with sh and returns its exit status;
     * in `image` when one is given (extra `docker run` arguments in `dockerArgs`).
     */
    int run(String script, List bindings, String image, String dockerArgs) {
        Closure shell = {
            if (bindings) {
                return steps.withCredentials(bindings) { steps.sh(script: script, returnStatus: true) }
            }
            return steps.sh(script: script, returnStatus: true)
        }
        if (image) {
            def container = steps.docker.image(image)
            return (dockerArgs ? container.inside(dockerArgs, shell) : container.inside(shell)) as int
        }
        return shell() as int
    }

    /** A file the CLI may not have written (it stopped before): its text, or null. */
    String readIfPresent(String path) {
        try {
            return steps.readFile(path)
        } catch (Exception ignored) {
            return null
        }
    }

    /** Removes the call's directory; failures to clean up must not hide the step's own result. */
    void cleanup() {
        try {
            steps.dir(dir) { steps.deleteDir() }
        } catch (Exception e) {
            steps.echo("signet: could not remove ${dir}: ${e.message}")
        }
    }
}
