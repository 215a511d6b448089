package dev.signet

import org.junit.jupiter.api.Test

import static org.junit.jupiter.api.Assertions.assertEquals
import static org.junit.jupiter.api.Assertions.assertThrows

/** The pure helpers, with quoting judged by a real /bin/sh rather than by string comparison. */
class CliTest {

    /**
     * dev.signet.Cli as the library ships it: compiled from src/ by a GroovyClassLoader, as
     * Jenkins compiles a library's src/, not from a copy on the test class path.
     */
    static final def Cli = new GroovyClassLoader(CliTest.classLoader).with {
        addURL(new File(PipelineTestBase.LIBRARY_DIR, 'src').toURI().toURL())
        loadClass('dev.signet.Cli')
    }

    /** What /bin/sh makes of `printf '%s\n' <words>`: one line per word it sees. */
    static List<String> shellWords(String words) {
        Process p = new ProcessBuilder('/bin/sh', '-c', "printf '%s\\0' ${words}").redirectErrorStream(true).start()
        String out = p.inputStream.getText('UTF-8')
        assertEquals(0, p.waitFor(), out)
        return out.split('\u0000', -1).dropRight(1) as List
    }

    @Test
    void quotedValuesReachTheCommandLiterallyAsOneWord() {
        List<String> nasty = ["plain", "with space", "it's", "''", "\$HOME", "\$(touch /tmp/signet-pwned)", '`id`', 'a\\b', 'semi;colon && true',
                              'new\nline', '"double"', '*', '~', '', '!x', "-a", "tab\there", 'ünïcödé']
        assertEquals(nasty, shellWords(nasty.collect { Cli.quote(it) }.join(' ')))
        assertEquals(false, new File('/tmp/signet-pwned').exists())
    }

    @Test
    void envReferencesExpandToOneWord() {
        ProcessBuilder pb = new ProcessBuilder('/bin/sh', '-c', "printf '%s|' ${Cli.envRef('COSIGN_PASSWORD')}")
        pb.environment().put('COSIGN_PASSWORD', 'pass with spaces * and $x')
        Process started = pb.start()
        assertEquals('pass with spaces * and $x|', started.inputStream.getText('UTF-8'))
    }

    @Test
    void imagesFromListsOrText() {
        assertEquals(['r/a@sha256:1', 'r/b@sha256:2'], Cli.images("# comment\n r/a@sha256:1 \n\n r/b@sha256:2\n"))
        assertEquals(['r/a@sha256:1', 'r/b@sha256:2'], Cli.images(['r/a@sha256:1', '', ' r/b@sha256:2']))
        assertEquals(['r/a@sha256:1'], Cli.images(['r/a@sha256:1'] as String[]))
        assertEquals([], Cli.images(null))
        assertThrows(IllegalArgumentException) { Cli.images(['r/a@sha256:1\nr/evil@sha256:2']) }
    }

    @Test
    void resultsComeFromTheReportAsTheCliWroteThem() {
        def report = Cli.parseReport('''{"signed":[{"image":"r/a@sha256:1","digest":"sha256:1","location":"r/a:sha256-1.sig","appended":false,"format":"cosign","identity":"r/a"}],
            "failed":[{"image":"r/b:v1","error":"r/b:v1: manifest unknown"}],"verified":[],"error":"Summary: 1/2"}''')
        assertEquals([[image: 'r/a@sha256:1', digest: 'sha256:1', location: 'r/a:sha256-1.sig', added: false, format: 'cosign', identity: 'r/a']], Cli.signResults(report))
        assertEquals(': Summary: 1/2; r/b:v1: r/b:v1: manifest unknown', Cli.failureDetail(report))
        assertEquals('', Cli.failureDetail(null))
        assertEquals(null, Cli.parseReport(null))
        assertEquals(null, Cli.parseReport(' '))
        assertThrows(IllegalArgumentException) { Cli.parseReport('[1]') }

        // Verify: the CLI's verdict per input, in input order; the library matches nothing itself.
        def gate = Cli.parseReport('''{"signed":[],"failed":[],"verified":[
            {"input":"r/a:v1","image":"r/a@sha256:1","ok":true,"payloads":[{"critical":{}}]},
            {"input":"r/b@sha256:2","image":"r/b@sha256:2","ok":false,"reason":"no signatures found","payloads":[]},
            {"input":"r/c@sha256:3","image":"r/c@sha256:3","ok":false,"error":"registry unreachable","payloads":[]}]}''')
        def results = Cli.verifyResults(gate)
        assertEquals([true, false, false], results*.verified)
        assertEquals(['r/a:v1', 'r/b@sha256:2', 'r/c@sha256:3'], results*.image)
        assertEquals('r/a@sha256:1', results[0].resolved)
        assertEquals([null, 'no signatures found', 'registry unreachable'], results*.reason)
        assertEquals(['r/b@sha256:2: no signatures found', 'r/c@sha256:3: registry unreachable'], Cli.unverified(results))
        assertEquals(': r/c@sha256:3: registry unreachable', Cli.failureDetail(gate))
    }

    @Test
    void imageAndDigestPassThroughAsGivenEvenEmpty() {
        Map names = [:]
        assertEquals(["--image", "'r/a:v1'", '--digest', "''"], Cli.imageDigestArgs([imageName: 'r/a:v1', digest: null], names))
        assertEquals(['--image': 'imageName', '--digest': 'digest', '--allow-tag': 'allowTag'], names)
        assertEquals(["--image", "''", '--digest', "'sha256:1'"], Cli.imageDigestArgs([digest: 'sha256:1'], [:]))
        assertEquals([], Cli.imageDigestArgs([images: ['r/a@sha256:1']], [:]))
        assertEquals(['--image', "'r/a'", '--digest', "''", '--allow-tag'], Cli.imageDigestArgs([imageName: 'r/a', allowTag: 'true'], [:]))
        assertEquals(true, Cli.hasImageDigest([digest: null]))
        assertEquals(false, Cli.hasImageDigest([images: []]))
    }

    @Test
    void theEnvironmentNamesTheStepsParametersForTheCli() {
        assertEquals([:], Cli.environment(null, [:]))
        Map env = Cli.environment("r/sigs'x", ['--digest': 'digest'])
        assertEquals("r/sigs'x", env.COSIGN_REPOSITORY)
        assertEquals('{"--digest":"parameter digest"}', env.SIGNET_INPUT_NAMES)
        // What /bin/sh exports is the value itself, whatever it holds.
        String script = Cli.script('c', env, ['sh', '-c', 'printf "%s|%s" "$COSIGN_REPOSITORY" "$SIGNET_INPUT_NAMES"'], [], null, null)
        Process p = new ProcessBuilder('/bin/sh', '-c', script).start()
        assertEquals("r/sigs'x|{\"--digest\":\"parameter digest\"}", p.inputStream.getText('UTF-8'))
    }

    @Test
    void commandOverrideAndFlags() {
        assertEquals(['signet'], Cli.command(null))
        assertEquals(['node', '/opt/signet/main.ts'], Cli.command(' node  /opt/signet/main.ts '))
        assertEquals(['/opt/my signet/signet'], Cli.command(['/opt/my signet/signet']))
        assertThrows(IllegalArgumentException) { Cli.command('  ') }
        assertEquals(true, Cli.flag('true', false))
        assertEquals(false, Cli.flag(null, false))
        assertEquals(false, Cli.flag(false, true))
        assertThrows(IllegalArgumentException) { Cli.annotationArgs([('a=b'): 'c']) }
    }
}
