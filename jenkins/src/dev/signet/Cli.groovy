package dev.signet

import com.cloudbees.groovy.cps.NonCPS
import groovy.json.JsonSlurperClassic

/**
 * Pure helpers behind signetSign and signetVerify: parameter checks, shell quoting, the command
 * line and parsing what the CLI printed. Nothing here calls a pipeline step, so every method is
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

    /** The Docker Content Trust flags (`--notary`, `--notary-root`, `--notary-ca`, `--notary-role`), quoted, in that order. */
    @NonCPS
    static List<String> notaryArgs(Map p) {
        List<String> out = []
        if (p.notary) out << '--notary' << quote(String.valueOf(p.notary))
        if (p.notaryRoot) out << '--notary-root' << quote(String.valueOf(p.notaryRoot))
        if (p.notaryCa) out << '--notary-ca' << quote(String.valueOf(p.notaryCa))
        if (p.notaryRole) out << '--notary-role' << quote(String.valueOf(p.notaryRole))
        return out
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
     * One shell script: an optional COSIGN_REPOSITORY assignment, the command (quoted words) and
     * its arguments (each already quoted or an env reference), with redirections appended.
     * Starts with a shebang so Jenkins runs it without `-x` tracing: the trace would echo the
     * expanded command line, and the script is the exact artifact the tests replay.
     */
    @NonCPS
    static String script(String comment, String signatureRepository, List<String> commandWords, List<String> args, String redirections, String epilogue) {
        StringBuilder sb = new StringBuilder()
        sb << '#!/bin/sh\n'
        sb << "# ${comment} (generated by the signet Jenkins library)\n"
        List<String> line = []
        if (signatureRepository) line << ('COSIGN_REPOSITORY=' + quote(signatureRepository))
        line.addAll(commandWords.collect { quote(it) })
        line.addAll(args)
        sb << line.join(' ')
        if (redirections) sb << ' ' << redirections
        sb << '\n'
        if (epilogue) sb << epilogue
        return sb.toString()
    }

    /**
     * The images `signet sign` reports as signed (stderr lines; `[n/total] ` prefixed when it
     * signs several): a new signature ("Signed X -> loc", GPG: "Signed X as ID -> loc") or one
     * already there ("X already carries this signature at loc"). Both mean X is signed now.
     */
    @NonCPS
    static List<String> signedImages(String log) {
        List<String> out = []
        if (!log) return out
        for (String line : log.split('\n')) {
            String l = line.replaceFirst(/^\[\d+\/\d+\] /, '').trim()
            def m = l =~ /^Signed (\S+)(?: as .+?)? -> \S+$/
            if (m.matches()) { out << m.group(1); continue }
            m = l =~ /^(\S+) already carries this signature at \S+; nothing added$/
            if (m.matches()) out << m.group(1)
        }
        return out
    }

    /**
     * Results of `signet verify --output json`: stdout holds one JSON array of cosign payloads
     * per verified image, nothing for the others. Each input image gets an entry; an image is
     * verified when a payload names its digest (and, when the input was repo@digest, that repo).
     */
    @NonCPS
    static List<Map> verifyResults(List<String> inputs, String stdout) {
        List<List> verified = []
        for (String line : (stdout ?: '').split('\n')) {
            if (!line.trim()) continue
            def parsed = new JsonSlurperClassic().parseText(line)
            if (!(parsed instanceof List)) throw new IllegalArgumentException("unexpected signet verify output line: ${line.take(200)}")
            verified << (List) parsed
        }
        List<Map> results = []
        // Every image verified: the CLI printed one line per input, in input order, which also
        // covers inputs given by tag (their payload names the resolved digest, not the tag).
        if (verified.size() == inputs.size()) {
            inputs.eachWithIndex { String input, int i -> results << [image: input, verified: true, signatures: verified[i]] }
            return results
        }
        for (String input : inputs) {
            int at = input.lastIndexOf('@')
            String digest = at > 0 ? input.substring(at + 1) : null
            String repo = at > 0 ? input.substring(0, at) : null
            List payloads = verified.find { List ps ->
                ps.any { p ->
                    // Docker Content Trust (verify --notary): the signed target, {gun, tag, digest, length, roles}.
                    if (p instanceof Map && ((Map) p).gun != null) {
                        Map n = (Map) p
                        String tagged = "${n.gun}:${n.tag}".toString()
                        return (digest != null && n.digest == digest && (n.gun == repo || tagged == repo)) || input == tagged
                    }
                    Map critical = (p instanceof Map) ? (Map) ((Map) p).critical : null
                    String d = critical?.image?.'docker-manifest-digest'
                    String ref = critical?.identity?.'docker-reference'
                    // GPG simple signing may name repo:tag as the identity (matchRepoDigestOrExact).
                    digest != null && d == digest && (ref == null || ref == repo || ref.startsWith(repo + ':') || ref.startsWith(repo + '@'))
                }
            }
            results << [image: input, verified: payloads != null, signatures: payloads ?: []]
        }
        return results
    }

    /** The images of `results` that are not verified (kept out of CPS code: closures over lists). */
    @NonCPS
    static List<String> unverified(List<Map> results) {
        return results.findAll { !it.verified }.collect { String.valueOf(it.image) }
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
