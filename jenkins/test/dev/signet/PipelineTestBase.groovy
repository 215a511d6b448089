package dev.signet

import static com.lesfurets.jenkins.unit.global.lib.LibraryConfiguration.library

import com.lesfurets.jenkins.unit.BasePipelineTest
import com.lesfurets.jenkins.unit.MethodCall
import com.lesfurets.jenkins.unit.global.lib.SourceRetriever
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.TestInfo

import java.nio.file.NoSuchFileException

import static org.junit.jupiter.api.Assertions.assertEquals
import static org.junit.jupiter.api.Assertions.assertFalse
import static org.junit.jupiter.api.Assertions.assertThrows
import static org.junit.jupiter.api.Assertions.assertTrue

/**
 * Runs small Jenkinsfiles that load the library with `@Library('signet') _`, the way a Jenkins
 * controller configured with this repository as the global library "signet" would, against
 * step mocks that behave like Jenkins' where it matters here:
 *  - error() throws (Jenkins' throws AbortException), so nothing after it runs;
 *  - withCredentials binds each credential's value to its environment variable for the steps in
 *    its block only, and fails for a missing id or a credential of the wrong type, as the
 *    credentials-binding plugin does; sh sees those variables, the script text never should;
 *  - writeFile/readFile/dir/deleteDir work on an in-memory workspace;
 *  - docker.image(x).inside { } records the container the enclosed steps run in.
 * Every sh call is recorded and dumped to target/commands/<Class>.<test>.sh (and .json with the
 * bindings in effect), which test/integration/jenkins.test.ts replays for real.
 */
abstract class PipelineTestBase extends BasePipelineTest {

    static final File LIBRARY_DIR = new File(System.getProperty('signet.library.dir', '.')).canonicalFile
    static final File COMMANDS_DIR = new File(System.getProperty('signet.commands.dir', 'target/commands'))
    static final File PIPELINES_DIR = new File(LIBRARY_DIR, 'target/pipelines')

    /** Thrown by the error() mock: what a build failure looks like to the pipeline. */
    static class PipelineError extends RuntimeException {
        PipelineError(String message) { super(message) }
    }

    /** One sh invocation: the script, the environment withCredentials bound, the container. */
    static class ShCall {
        String script
        Map<String, String> env
        Map<String, String> bindings // variable -> credentials id
        String image
        Map args
    }

    /** Credentials the mock Jenkins knows: id -> [type: 'string'|'file'|'usernamePassword', ...]. */
    Map<String, Map> credentials = [:]
    /** The in-memory workspace: relative path -> content. */
    Map<String, String> workspace = [:]
    List<String> deletedDirs = []
    List<ShCall> shCalls = []
    List<String> echoes = []
    /**
     * What sh does: given the call, return the exit status (and write output files), or a Map
     * [status: n, stdout: '...'] for steps that use returnStdout.
     */
    Closure shHandler = { ShCall call -> 0 }

    // Not private: Groovy 2.4 cannot reach a base class's private members from closures when
    // `this` is a subclass instance, and the step mocks are such closures.
    Map<String, String> boundEnv = [:]
    Map<String, String> boundIds = [:]
    List<String> cwd = []
    String container = null
    String testName
    int pipelineRuns = 0

    @BeforeEach
    void setUpPipeline(TestInfo info) {
        testName = "${getClass().simpleName}.${info.testMethod.get().name}"
        // Generated Jenkinsfiles live under target/pipelines, loaded as scripts from there. The
        // directory must exist before setUp: File.toURI() adds the trailing slash the script
        // engine's root URL needs only for an existing directory (a clean checkout has none).
        PIPELINES_DIR.mkdirs()
        scriptRoots = [PIPELINES_DIR.path + '/'] as String[]
        scriptExtension = 'groovy'
        super.setUp()
        // The library, loaded from this directory as Jenkins loads a global library from SCM:
        // vars/ become global steps, src/ is on the class path. Not implicit: the Jenkinsfiles
        // must say @Library('signet') like users do.
        helper.registerSharedLibrary(library().name('signet')
            .defaultVersion('main')
            .allowOverride(true)
            .implicit(false)
            .targetPath(LIBRARY_DIR.path)
            .retriever(new DirectoryRetriever(dir: LIBRARY_DIR))
            .build())
        registerSteps()
    }

    @AfterEach
    void dumpCommands() {
        COMMANDS_DIR.mkdirs()
        File sh = new File(COMMANDS_DIR, "${testName}.sh")
        File json = new File(COMMANDS_DIR, "${testName}.json")
        if (!shCalls) {
            sh.delete(); json.delete()
            return
        }
        // One file per test; a test with several sh calls gets them in order, each introduced by
        // a comment. Replaying such a file runs the first script only (each ends with exit).
        sh.text = shCalls.withIndex().collect { ShCall c, int i -> (i ? "\n# ---- sh call ${i + 1} ----\n" : '') + c.script }.join('')
        json.text = groovy.json.JsonOutput.prettyPrint(groovy.json.JsonOutput.toJson(
            shCalls.collect { [script: it.script, bindings: it.bindings, image: it.image] }))
    }

    /** A retriever that hands the library directory itself to the loader (vars/, src/, resources/). */
    static class DirectoryRetriever implements SourceRetriever {
        File dir

        @Override
        List<URL> retrieve(String repository, String branch, String targetPath) throws IllegalStateException {
            if (!new File(dir, 'vars').isDirectory()) throw new IllegalStateException("${dir} has no vars/ directory")
            return [dir.toURI().toURL()]
        }
    }

    String resolve(String path) {
        String p = (cwd + [path]).join('/')
        return p.replaceAll('/+', '/')
    }

    void registerSteps() {
        binding.setVariable('env', [:])
        helper.registerAllowedMethod('error', [String], { String message ->
            updateBuildStatus('FAILURE')
            throw new PipelineError(message)
        })
        helper.registerAllowedMethod('echo', [String], { String m -> echoes << m })
        helper.registerAllowedMethod('writeFile', [Map], { Map m ->
            assertTrue(m.file instanceof CharSequence && m.text instanceof CharSequence, "writeFile(file:, text:) got ${m}")
            workspace[resolve(m.file as String)] = m.text as String
        })
        Closure read = { String path ->
            String key = resolve(path)
            if (!workspace.containsKey(key)) throw new NoSuchFileException(key)
            return workspace[key]
        }
        helper.registerAllowedMethod('readFile', [String], read)
        helper.registerAllowedMethod('readFile', [Map], { Map m -> read(m.file as String) })
        helper.registerAllowedMethod('dir', [String, Closure], { String path, Closure body ->
            cwd.push(path)
            try { return helper.callClosure(body) } finally { cwd.pop() }
        })
        helper.registerAllowedMethod('deleteDir', [], {
            String prefix = cwd.join('/') + '/'
            deletedDirs << cwd.join('/')
            workspace.keySet().removeAll { it.startsWith(prefix) }
        })

        // Credential bindings as the credentials-binding plugin's symbols return them.
        helper.registerAllowedMethod('string', [Map], { Map m -> [kind: 'string'] + m })
        helper.registerAllowedMethod('file', [Map], { Map m -> [kind: 'file'] + m })
        helper.registerAllowedMethod('usernamePassword', [Map], { Map m -> [kind: 'usernamePassword'] + m })
        helper.registerAllowedMethod('withCredentials', [List, Closure], { List bindings, Closure body ->
            Map<String, String> saveEnv = new LinkedHashMap(boundEnv)
            Map<String, String> saveIds = new LinkedHashMap(boundIds)
            Map envVar = binding.getVariable('env') as Map
            Map saveBindingEnv = new LinkedHashMap(envVar)
            try {
                bindings.each { Map b ->
                    Map c = credentials[b.credentialsId as String]
                    if (c == null) throw new PipelineError("Could not find credentials entry with ID '${b.credentialsId}'")
                    if (c.type != b.kind) throw new PipelineError("Credentials '${b.credentialsId}' is of type '${c.type}' where '${b.kind}' was expected")
                    Map<String, String> values = b.kind == 'usernamePassword'
                        ? [(b.usernameVariable as String): c.username as String, (b.passwordVariable as String): c.password as String]
                        : [(b.variable as String): (b.kind == 'file' ? c.path : c.secret) as String]
                    values.each { k, v ->
                        assertTrue(k ==~ /[A-Za-z_][A-Za-z0-9_]*/, "binding variable ${k}")
                        boundEnv[k] = v
                        boundIds[k] = b.credentialsId as String
                        // Jenkins exposes bound variables as env.X too: a library that
                        // interpolated "${env.COSIGN_PASSWORD}" would leak it into the script.
                        envVar[k] = v
                    }
                }
                return helper.callClosure(body)
            } finally {
                boundEnv = saveEnv
                boundIds = saveIds
                envVar.clear(); envVar.putAll(saveBindingEnv)
            }
        })

        helper.registerAllowedMethod('sh', [String], { String s -> throw new AssertionError("sh(String) used: the library must pass returnStatus: ${s}") })
        helper.registerAllowedMethod('sh', [Map], { Map m ->
            ShCall call = new ShCall(script: m.script as String, env: new LinkedHashMap(boundEnv), bindings: new LinkedHashMap(boundIds), image: container, args: m)
            shCalls << call
            assertSecretsNotIn(call.script)
            def outcome = shHandler.call(call)
            int status = (outcome instanceof Map ? outcome.status : outcome) as int
            String stdout = outcome instanceof Map ? outcome.stdout as String : ''
            // As the sh step: returnStatus returns the code; otherwise a non-zero exit fails
            // the build (and with returnStdout, stdout is returned only on success).
            if (m.returnStatus) return status
            if (status != 0) throw new PipelineError("script returned exit code ${status}")
            return m.returnStdout ? stdout : null
        })

        binding.setVariable('docker', new DockerMock(this))
    }

    /**
     * docker-workflow's `docker` global, enough for image(name).inside([args]) { }. Serializable
     * like the real one: in CPS mode the program state, binding included, is serialized at
     * every step (the test reference is transient; the copy is only a serializability check).
     */
    static class DockerMock implements Serializable {
        transient PipelineTestBase test

        DockerMock(PipelineTestBase test) { this.test = test }

        def image(String name) {
            test.helper.registerMethodCall(this, 2, 'docker.image', name)
            return new ImageMock(test: test, name: name)
        }
    }

    static class ImageMock implements Serializable {
        transient PipelineTestBase test
        String name

        def inside(Closure body) { inside('', body) }

        def inside(String args, Closure body) {
            test.helper.registerMethodCall(this, 2, 'inside', name, args)
            String outer = test.container
            test.container = args ? "${name} ${args}" : name
            try { return test.helper.callClosure(body) } finally { test.container = outer }
        }
    }

    /** Every secret value the mock Jenkins holds (the file credentials' content too). */
    List<String> secretValues() {
        credentials.values().collectMany { Map c -> [c.secret, c.password, c.content].findAll { it } } as List<String>
    }

    void assertSecretsNotIn(String text) {
        secretValues().each { String secret ->
            assertFalse(text.contains(secret), "a secret value is in the sh script:\n${text}")
        }
    }

    /** Writes `body` as a Jenkinsfile that loads the library, runs it, returns its value. */
    Object runPipeline(String body) {
        PIPELINES_DIR.mkdirs()
        // A new file per run: GroovyScriptEngine caches a script by name and modification time,
        // so rewriting one name within a second would run the previous pipeline again.
        String name = testName.replaceAll(/[^A-Za-z0-9_]/, '_') + "_${++pipelineRuns}"
        new File(PIPELINES_DIR, "${name}.groovy").text = "@Library('signet') _\n\n${body}\n"
        Script script = loadScript("${name}.groovy")
        callVarsWithOneMap()
        return runScript(script)
    }

    /**
     * JenkinsPipelineUnit 1.1 registers each global var's call(Map) so that a Map argument is
     * passed where the method's Object[] arguments are expected: Groovy then coerces a
     * one-entry Map (signetSign(images: x)) into something else and the step sees no
     * parameters. Jenkins passes the Map itself; so do these interceptors, registered after
     * loadScript (which is where the library's vars are registered).
     */
    void callVarsWithOneMap() {
        ['signetSign', 'signetVerify'].each { String name ->
            def var = binding.getVariable(name)
            helper.registerAllowedMethod(name, [Map], { Map m -> var.call(m) })
        }
    }

    PipelineError assertPipelineFails(String body) {
        return assertThrows(PipelineError) { runPipeline(body) }
    }

    /** The workspace directory of the last signet call, from the --images-file it was given. */
    static String runDir(String script) {
        def m = script =~ /--images-file '(\.signet\/[0-9a-f-]{36})\/images'/
        assertTrue(m.find(), "no --images-file in:\n${script}")
        return m.group(1)
    }

    /** The script with the per-call directory's UUID replaced, for exact comparison. */
    static String normalized(String script) {
        return script.replaceAll(/\.signet\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, '.signet/ID')
    }

    /** The signet command line of a script (after its shebang, comment and exports), normalized. */
    static String commandLine(String script) {
        return normalized(script).readLines().find { !it.startsWith('#') && !it.startsWith('export ') }
    }

    /** The variables a script exports, name -> value as /bin/sh sees it (single-quoted values). */
    static Map<String, String> exported(String script) {
        Map<String, String> out = [:]
        script.readLines().findAll { it.startsWith('export ') }.each { String line ->
            def m = line =~ /^export ([A-Z_]+)=(.*)$/
            assertTrue(m.matches(), line)
            out[m.group(1)] = CliTest.shellWords(m.group(2))[0]
        }
        return out
    }

    /** The --report file the script names, relative to the workspace. */
    static String reportPath(String script) {
        def m = script =~ /--report '([^']+)'/
        assertTrue(m.find(), "no --report in:\n${script}")
        return m.group(1)
    }

    /** The pipeline steps called, in order (library-internal helper calls left out). */
    List<String> stepsCalled() {
        Set<String> steps = ['signetSign', 'signetVerify', 'writeFile', 'readFile', 'withCredentials', 'string', 'file', 'usernamePassword',
                             'sh', 'error', 'echo', 'dir', 'deleteDir', 'docker.image', 'inside'] as Set
        return helper.callStack.findAll { MethodCall c -> c.methodName in steps }.collect { it.methodName }
    }

    void assertCleanedUp() {
        assertEquals([], workspace.keySet().findAll { it.startsWith('.signet/') } as List, 'files left in the workspace')
        assertTrue(deletedDirs.every { it ==~ /\.signet\/[0-9a-f-]{36}/ }, "deleted ${deletedDirs}")
    }
}
