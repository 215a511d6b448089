package dev.signet

import com.cloudbees.groovy.cps.NonCPS
import groovy.json.JsonOutput
import groovy.json.JsonSlurperClassic

/**
 * Pure helpers behind signetSign and signetVerify: parameter checks, shell quoting, the command
 * line and reading the CLI's --report JSON. They map parameters to flags and report fields to
 * return values, nothing more: which digest an image means, and whether a signature names it, is
 * the CLI's to decide (no parsing of its human output, no digest or identity matching here). Nothing here calls a pipeline step, so every method is
 * @NonCPS (plain Groovy, fast, no CPS serialization concerns) and unit-testable on its own.
 *
 * The one rule they enforce: no value a pipeline passes in ever reaches `sh` unquoted, and no
 * secret reaches it at all — secrets stay in environment variables that withCredentials binds,
 * and the script names them ("$COSIGN_PASSWORD") without their value.
 */
class Cli implements Serializable {

    /** Environment variables the library binds credentials to (documented in vars/*.txt). */
    static final String PASSWORD_VAR = 'COSIGN_PASSWORD'
    static final String GPG_PASSPHRASE_VAR = 'SIGNET_GPG_PASSPHRASE'
    static final String KEY_FILE_VAR = 'SIGNET_KEY_FILE'
    static final String GPG_KEY_FILE_VAR = 'SIGNET_GPG_KEY_FILE'
    static final String REGISTRY_USER_VAR = 'SIGNET_REGISTRY_USERNAME'
    static final String REGISTRY_PASSWORD_VAR = 'SIGNET_REGISTRY_PASSWORD'
    static final String LOOKASIDE_USER_VAR = 'SIGNET_LOOKASIDE_USERNAME'
    static final String LOOKASIDE_PASSWORD_VAR = 'SIGNET_LOOKASIDE_PASSWORD'
    static final String VAULT_TOKEN_VAR = 'VAULT_TOKEN'
    /** Where signet sign --keyless reads the OIDC token by default (cosign's variable too). */
    static final String ID_TOKEN_VAR = 'SIGSTORE_ID_TOKEN'

    /**
     * POSIX single quoting: everything between single quotes is literal in sh, and a single quote
     * itself is closed, escaped and reopened. Works for $, `, \, newlines and any other byte.
     */
    @NonCPS
    static String quote(Object value) {
        String s = String.valueOf(value)
        if (s.indexOf('\u0000') >= 0) throw new IllegalArgumentException('a NUL byte cannot be passed to a shell command')
        return "'" + s.replace("'", "'\"'\"'") + "'"
    }

    /** A reference to an environment variable the shell expands, double-quoted so it stays one word. */
    @NonCPS
    static String envRef(String name) {
        return '"$' + name + '"'
    }

    /**
     * Unknown parameters are an error rather than ignored: a typo such as `credentialId` would
     * otherwise sign without the password binding and fail far from the cause.
     */
    @NonCPS
    static String unknownParams(Map params, Collection<String> known) {
        List<String> unknown = params.keySet().collect { String.valueOf(it) }.findAll { !known.contains(it) }.sort()
        return unknown ? "unknown parameter(s) ${unknown.join(', ')}; known: ${known.sort().join(', ')}" : null
    }

    /**
     * `images` as a list or a newline-separated string (what a previous step printed), with blank
     * lines and # comments dropped. The list goes to a file read by --images-file, one image a
     * line, so an entry must not contain whitespace: a newline would smuggle in another image.
     */
    @NonCPS
    static List<String> images(Object images) {
        if (images == null) return []
        List<String> raw = (images instanceof Collection || images instanceof Object[]) ? images.collect { String.valueOf(it) } : String.valueOf(images).split('\n') as List
        List<String> out = []
        for (String line : raw) {
            String t = line.trim()
            if (!t || t.startsWith('#')) continue
            if (t =~ /\s/) throw new IllegalArgumentException("image \"${t}\" contains whitespace: give one image per list entry or line")
            out << t
        }
        return out
    }

    /** The signet command as words: `signet` on PATH, or a String/List override (split on spaces). */
    @NonCPS
    static List<String> command(Object signetCommand) {
        if (signetCommand == null) return ['signet']
        List<String> words = signetCommand instanceof Collection ? signetCommand.collect { String.valueOf(it) } : String.valueOf(signetCommand).trim().split(/\s+/) as List
        words = words.findAll { it }
        if (!words) throw new IllegalArgumentException('signetCommand is empty')
        return words
    }

    /** `-a key=value` pairs from a Map, in the map's order. */
    @NonCPS
    static List<String> annotationArgs(Object annotations) {
        if (annotations == null) return []
        if (!(annotations instanceof Map)) throw new IllegalArgumentException('annotations must be a Map, e.g. [env: \'prod\']')
        List<String> out = []
        ((Map) annotations).each { k, v ->
            String key = String.valueOf(k)
            if (!key || key.contains('=')) throw new IllegalArgumentException("annotation key \"${key}\" must be non-empty and contain no '='")
            out << '-a' << quote("${key}=${v}")
        }
        return out
    }

    /** True for `true`/'true' (parameters often come from string build parameters). */
    @NonCPS
    static boolean flag(Object value, boolean dflt) {
        if (value == null) return dflt
        if (value instanceof Boolean) return (Boolean) value
        String s = String.valueOf(value).trim().toLowerCase()
        if (s in ['true', 'yes', '1']) return true
        if (s in ['false', 'no', '0']) return false
        throw new IllegalArgumentException("\"${value}\" is not a boolean")
    }

    /**
     * One shell script: exported variables (quoted values), then the command (quoted words) and
     * its arguments (each already quoted or an env reference), with redirections appended.
     * Starts with a shebang so Jenkins runs it without `-x` tracing: the trace would echo the
     * expanded command line, and the script is the exact artifact the tests replay. No
     * redirection of stderr: the sh step streams it to the build log while signet runs.
     */
    @NonCPS
    static String script(String comment, Map<String, String> environment, List<String> commandWords, List<String> args, String redirections, String epilogue) {
        StringBuilder sb = new StringBuilder()
        sb << '#!/bin/sh\n'
        sb << "# ${comment} (generated by the signet Jenkins library)\n"
        environment.each { String k, String v -> sb << "export ${k}=${quote(v)}\n" }
        List<String> line = []
        line.addAll(commandWords.collect { quote(it) })
        line.addAll(args)
        sb << line.join(' ')
        if (redirections) sb << ' ' << redirections
        sb << '\n'
        if (epilogue) sb << epilogue
        return sb.toString()
    }

    /**
     * The script's environment: COSIGN_REPOSITORY when given, and SIGNET_INPUT_NAMES, the table
     * the CLI rewrites its messages with so they name this step's parameters ("parameter digest
     * is empty") rather than the flags they were passed as.
     */
    @NonCPS
    static Map<String, String> environment(String signatureRepository, Map<String, String> names) {
        Map<String, String> env = [:]
        if (signatureRepository) env['COSIGN_REPOSITORY'] = signatureRepository
        if (names) env['SIGNET_INPUT_NAMES'] = JsonOutput.toJson(names.collectEntries { k, v -> [(k): "parameter ${v}".toString()] })
        return env
    }

    /**
     * `--flag 'value'` for each parameter given, in the table's order; records in `names` which
     * parameter each flag came from.
     */
    @NonCPS
    static List<String> valueArgs(Map params, Map<String, String> flags, Map<String, String> names) {
        List<String> out = []
        flags.each { String param, String flag ->
            def v = params[param]
            if (v == null || String.valueOf(v) == '') return
            out << flag << quote(v)
            names[flag] = param
        }
        return out
    }

    /** Whether the step was given the build step's image name / digest pair (even an empty digest). */
    @NonCPS
    static boolean hasImageDigest(Map params) {
        return params.containsKey('imageName') || params.containsKey('digest')
    }

    /**
     * imageName + digest (+ allowTag) passed through as --image/--digest/--allow-tag, exactly as
     * given: a missing or empty digest goes to the CLI as '' so that core's pinToDigest refuses
     * it (naming the parameter) instead of anyone signing what a tag points to.
     */
    @NonCPS
    static List<String> imageDigestArgs(Map params, Map<String, String> names) {
        List<String> out = []
        boolean allowTag = flag(params.allowTag, false)
        if (hasImageDigest(params)) {
            out << '--image' << quote(params.imageName == null ? '' : params.imageName)
            out << '--digest' << quote(params.digest == null ? '' : params.digest)
            names['--image'] = 'imageName'
            names['--digest'] = 'digest'
            // The CLI's hint for an empty digest names --allow-tag: say allowTag.
            names['--allow-tag'] = 'allowTag'
        }
        if (allowTag) {
            out << '--allow-tag'
            names['--allow-tag'] = 'allowTag'
        }
        return out
    }

    /** The --report JSON signet wrote (null when it wrote none: it did not get that far). */
    @NonCPS
    static Map parseReport(String text) {
        if (text == null || !text.trim()) return null
        def parsed = new JsonSlurperClassic().parseText(text)
        if (!(parsed instanceof Map)) throw new IllegalArgumentException("unexpected signet --report content: ${text.take(200)}")
        return (Map) parsed
    }

    /** What the report says went wrong, appended to a failure message: the error, each failed image and its reason. */
    @NonCPS
    static String failureDetail(Map report) {
        if (report == null) return ''
        List<String> parts = []
        if (report.error) parts << String.valueOf(report.error)
        ((List) (report.failed ?: [])).each { Map f -> parts << "${f.image}: ${f.error}".toString() }
        ((List) (report.verified ?: [])).findAll { Map v -> v.error }.each { Map v -> parts << "${v.input}: ${v.error}".toString() }
        return parts ? ': ' + parts.unique().join('; ') : ''
    }

    /** signetSign's return value: one map per image signed, from the report's `signed`. */
    @NonCPS
    static List<Map> signResults(Map report) {
        return ((List) (report.signed ?: [])).collect { Map s ->
            [image: s.image, digest: s.digest, location: s.location, added: s.appended, format: s.format, identity: s.identity]
        }
    }

    /**
     * signetVerify's return value: one map per image, from the report's `verified` (input order):
     * verified is the CLI's verdict, reason its words for a failure.
     */
    @NonCPS
    static List<Map> verifyResults(Map report) {
        return ((List) (report.verified ?: [])).collect { Map v ->
            boolean ok = v.ok == true
            [image: v.input, resolved: v.image, verified: ok, reason: ok ? null : (v.error ?: v.reason ?: 'not verified'), signatures: v.payloads ?: []]
        }
    }

    /** "image: reason" for each result that is not verified (kept out of CPS code: closures over lists). */
    @NonCPS
    static List<String> unverified(List<Map> results) {
        return results.findAll { !it.verified }.collect { "${it.image}: ${it.reason}".toString() }
    }

    /** What each CLI exit code means, for error messages. */
    @NonCPS
    static String exitMeaning(int code) {
        switch (code) {
            case 0: return 'ok'
            case 1: return 'not verified'
            case 2: return 'bad input (see the signet error above)'
            case 3: return 'registry or I/O failure (see the signet error above)'
            case 127: return 'signet not found: put it on PATH, set signetCommand, or run in an image with it (image:)'
            default: return 'unexpected failure'
        }
    }
}
