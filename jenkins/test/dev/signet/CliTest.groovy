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
    void signedImagesFromTheCliLog() {
        String log = '''WARNING: r/b:v1 is a tag; signing its digest
[1/3] Signed r/a@sha256:1 -> r/a:sha256-1.sig
[2/3] r/b@sha256:2 already carries this signature at r/b:sha256-2.sig; nothing added
[3/3] FAILED r/c@sha256:3: registry said no
Signed r/d@sha256:4 as 0123ABCD -> file:///sigs/r/d@sha256=4/signature-1
Summary: 2 signature(s) for 2/3 image(s): 1 added, 1 already present, 1 failed
'''
        assertEquals(['r/a@sha256:1', 'r/b@sha256:2', 'r/d@sha256:4'], Cli.signedImages(log))
        assertEquals([], Cli.signedImages(''))
    }

    @Test
    void verifyResultsMatchPayloadsToInputs() {
        String line = '[{"critical":{"identity":{"docker-reference":"r/a"},"image":{"docker-manifest-digest":"sha256:1"},"type":"cosign container image signature"},"optional":null}]'
        def results = Cli.verifyResults(['r/b@sha256:2', 'r/a@sha256:1'], line + '\n')
        assertEquals([false, true], results*.verified)
        assertEquals('sha256:1', results[1].signatures[0].critical.image.'docker-manifest-digest')
        // All verified: one line per input in order, tags included.
        assertEquals([true], Cli.verifyResults(['r/a:v1'], line)*.verified)
        // Same digest, other repository: not this image's signature.
        assertEquals([false, false], Cli.verifyResults(['r/x@sha256:1', 'r/y@sha256:9'], line)*.verified)
        // GPG simple signing identities may carry the tag the image was pushed as.
        String gpg = '[{"critical":{"identity":{"docker-reference":"r/a:v1"},"image":{"docker-manifest-digest":"sha256:1"},"type":"atomic container signature"}}]'
        assertEquals([true, false], Cli.verifyResults(['r/a@sha256:1', 'r/ab@sha256:1'], gpg)*.verified)
        assertThrows(IllegalArgumentException) { Cli.verifyResults(['r/a@sha256:1'], '{"not":"a list"}') }
        // Docker Content Trust (verify --notary): signed targets, matched by tag or by digest.
        String dct = '[{"gun":"r/a","tag":"v1","digest":"sha256:1","length":3,"roles":["targets"]}]'
        assertEquals([true, false], Cli.verifyResults(['r/a:v1', 'r/a:v2'], dct)*.verified)
        assertEquals([true, false, true], Cli.verifyResults(['r/a@sha256:1', 'r/b@sha256:1', 'r/a:v1@sha256:1'], dct)*.verified)
        assertEquals([false, true], Cli.verifyResults(['r/a:v1@sha256:9', 'r/a:v1@sha256:1'], dct)*.verified)
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
