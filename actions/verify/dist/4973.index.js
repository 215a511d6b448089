export const id = 4973;
export const ids = [4973];
export const modules = {

/***/ 4973:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=72bed99cb2bc58929c8f672c1683bc1750ca9ebc80ff3f73cbc2cb555a00fb36/node_modules/@actions/core/lib/core.js + 5 modules
var core = __webpack_require__(87402);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./actions/common/inputs.ts
/**
 * Action inputs shared by the sign and verify steps. Names mirror the CLI flags so a workflow
 * reads like the command line it replaces.
 */


/** A multi-line input: one entry per line, blank lines and `#` comments ignored. */
function listInput(name) {
    return core/* getInput */.V4(name)
        .split('\n')
        .map((l) => l.replace(/#.*$/, '').trim())
        .filter(Boolean);
}
function boolInput(name, fallback) {
    const raw = core/* getInput */.V4(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (['true', 'yes', '1'].includes(raw))
        return true;
    if (['false', 'no', '0'].includes(raw))
        return false;
    throw (0,errors/* usageError */.Wp)(`input ${name} must be true or false, got "${raw}"`);
}
/**
 * The images as CLI arguments: the `images` list, and `image` + `digest` as
 * docker/build-push-action outputs them, passed through as given (`--image`, `--digest`,
 * `--allow-tag`): the CLI holds the one rule for them (a tag on `image` is dropped, an empty
 * `digest` is an error unless `allow-tag` opts in to what the tag points to now).
 */
function imagesInput() {
    const argv = listInput('images');
    const image = core/* getInput */.V4('image').trim();
    const digest = core/* getInput */.V4('digest').trim();
    // An input that is set but empty reads as "" just like one that is absent; `image` set is
    // what says a digest was meant to come with it.
    if (image || digest)
        argv.push('--image', image, '--digest', digest);
    if (boolInput('allow-tag', false))
        argv.push('--allow-tag');
    return argv;
}
/**
 * The CLI's words for what the user set, in the Action's: errors and warnings name inputs
 * (`input password`), not flags or the internal variables inputs travel in.
 */
const INPUT_NAMES = {
    '--image': 'input image',
    '--digest': 'input digest',
    '--allow-tag': 'input allow-tag',
    '--key': 'input key',
    'env://SIGNET_ACTION_KEY': '(input key)',
    'env://SIGNET_ACTION_GPG_KEY': '(input sign-by)',
    COSIGN_PASSWORD: 'input password',
    SIGNET_GPG_PASSPHRASE: 'input gpg-passphrase',
    SIGNET_REGISTRY_USERNAME: 'input registry-username',
    SIGNET_REGISTRY_PASSWORD: 'input registry-password',
    '--registry-username': 'input registry-username',
    '--registry-password': 'input registry-password',
    COSIGN_REPOSITORY: 'input signature-repository',
    '--cert': 'input cert',
    '--cert-chain': 'input cert-chain',
    '--sign-by': 'input sign-by',
    '--lookaside': 'input lookaside',
    '--keyless': 'input keyless',
    '--format': 'input format',
    '--fulcio-url': 'input fulcio-url',
    '--rekor-url': 'input rekor-url',
    '--timestamp-server-url': 'input timestamp-server-url',
    '--trusted-root': 'input trusted-root',
    '--tlog-upload': 'input tlog-upload',
    '--concurrency': 'input concurrency',
    '--keyring': 'input keyring',
    '--policy': 'input policy',
    '--certificate-identity': 'input certificate-identity',
    '--certificate-identity-regexp': 'input certificate-identity-regexp',
    '--certificate-oidc-issuer': 'input certificate-oidc-issuer',
    '--signed-repository': 'input signed-repository',
    '--remap-identity': 'input remap-identity',
    '-a': 'input annotations',
    '--annotations': 'input annotations',
};
/** `key=value` lines (annotations). */
function keyValueInput(name) {
    const out = {};
    for (const line of listInput(name)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw (0,errors/* usageError */.Wp)(`input ${name}: "${line}" is not key=value`);
        out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/common/secrets.ts
/**
 * Secrets reach the engine through this process's environment only: never argv (visible in
 * the process list), never a file on the runner disk, and every value is masked in the log.
 */

/** Masks a value in the job log; multi-line values (PEM keys) are masked line by line. */
function mask(value) {
    if (!value)
        return;
    core/* setSecret */.Pq(value);
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 4)
            core/* setSecret */.Pq(line.trim());
}
/** Env var through which key material pasted into `key` reaches the engine (`env://`). */
const INLINE_KEY_VARIABLE = 'SIGNET_ACTION_KEY';
/**
 * The `key` input as a key reference. PEM material pasted from a secret is passed as
 * `env://` so it never touches the disk; an `env://VAR` reference gets VAR's value masked.
 */
function keyReference(input) {
    const key = input.trim();
    if (!key)
        return undefined;
    if (key.includes('-----BEGIN')) {
        mask(key);
        process.env[INLINE_KEY_VARIABLE] = key;
        return `env://${INLINE_KEY_VARIABLE}`;
    }
    if (key.startsWith('env://'))
        mask(process.env[key.slice('env://'.length)]);
    return key;
}
/** Passes a secret input to the engine under the environment variable it reads. */
function secretToEnv(input, variable) {
    const value = core/* getInput */.V4(input);
    if (!value)
        return;
    mask(value);
    process.env[variable] = value;
}
/** Tokens the engine may read from the environment (Vault, lookaside credentials): masked too. */
function maskKnownSecrets() {
    for (const name of ['VAULT_TOKEN', 'COSIGN_PASSWORD', 'SIGNET_REGISTRY_PASSWORD', 'SIGNET_LOOKASIDE_PASSWORD', 'SIGNET_GPG_PASSPHRASE']) {
        mask(process.env[name]);
    }
}
/** Registry credentials and the signature repository, shared by both steps. */
function registryInputsToEnv() {
    secretToEnv('registry-password', 'SIGNET_REGISTRY_PASSWORD');
    const username = core/* getInput */.V4('registry-username');
    if (username)
        process.env.SIGNET_REGISTRY_USERNAME = username;
    const signatureRepository = core/* getInput */.V4('signature-repository');
    if (signatureRepository)
        process.env.COSIGN_REPOSITORY = signatureRepository;
}

;// CONCATENATED MODULE: ./actions/common/run.ts
/** Runs the signet CLI program in this process: the actions behave exactly like the command. */


/**
 * The engine is imported here, once the inputs have been read and checked: a step with bad
 * inputs fails without loading it, and a step's fixed start-up cost stays small (bench/).
 */
async function runSignet(argv) {
    const { main, newRunReport } = await Promise.all(/* import() */[__webpack_require__.e(4342), __webpack_require__.e(7985)]).then(__webpack_require__.bind(__webpack_require__, 17985));
    const report = newRunReport();
    core/* debug */.Yz(`signet ${argv.join(' ')}`);
    // Warnings (a tag resolved to a digest, a credential problem) become annotations on the run.
    await main(argv, { report, inputNames: INPUT_NAMES, onWarning: (message) => core/* warning */.$e(message) });
    return report;
}
/** Ends the step with the command's one-line error and its exit status. */
function failWith(report) {
    core/* setFailed */.C1(report.error ?? `signet exited with ${report.exitCode}`);
    process.exitCode = report.exitCode ?? 1;
}
/** Runs a step's body; an error thrown before the CLI ran (bad inputs) ends the step the same way. */
function runStep(body) {
    body().catch((e) => {
        core/* setFailed */.C1(e instanceof Error ? e.message : String(e));
        const code = e.exitCode;
        process.exitCode = typeof code === 'number' ? code : 2;
    });
}
/** Text for the job summary's HTML table cells. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// EXTERNAL MODULE: ./packages/cli/src/report.ts
var src_report = __webpack_require__(60363);
;// CONCATENATED MODULE: ./actions/verify/src/main.ts
/**
 * The verify action: the release gate. Checks every image with a key, a certificate chain, a
 * GPG keyring or a trust policy; fails the step when one is not verified (unless
 * fail-on-unsigned is false), and reports per image in outputs and the job summary.
 */





/** signet's exit status for "verification failed"; 2 and 3 are bad input and outages. */
const NOT_VERIFIED = 1;
async function run() {
    maskKnownSecrets();
    registryInputsToEnv();
    const argv = ['verify', '--output', 'json', ...imagesInput()];
    const key = keyReference(core/* getInput */.V4('key'));
    if (key)
        argv.push('--key', key);
    for (const [input, flag] of [
        ['cert-chain', '--cert-chain'],
        ['certificate-identity', '--certificate-identity'],
        ['certificate-identity-regexp', '--certificate-identity-regexp'],
        ['certificate-oidc-issuer', '--certificate-oidc-issuer'],
        ['trusted-root', '--trusted-root'],
        ['keyring', '--keyring'],
        ['lookaside', '--lookaside'],
        ['policy', '--policy'],
        ['concurrency', '--concurrency'],
        ['signed-repository', '--signed-repository'],
        ['remap-identity', '--remap-identity'],
        ['notary', '--notary'],
        ['notary-root', '--notary-root'],
        ['notary-ca', '--notary-ca'],
        ['notary-role', '--notary-role'],
    ]) {
        const value = core/* getInput */.V4(input).trim();
        if (value)
            argv.push(flag, value);
    }
    for (const [k, v] of Object.entries(keyValueInput('annotations')))
        argv.push('-a', `${k}=${v}`);
    if (boolInput('allow-http-registry', false))
        argv.push('--allow-http-registry');
    const failOnUnsigned = boolInput('fail-on-unsigned', true);
    const report = await core/* group */.Os('signet verify', () => runSignet(argv));
    const verified = report.exitCode === 0;
    core/* setOutput */.uH('verified', String(verified));
    core/* setOutput */.uH('result', JSON.stringify(report.verified.map((r) => ({
        image: r.image,
        verified: r.ok,
        reason: r.ok ? null : (0,src_report/* notVerifiedBecause */.SP)(r),
        rule: r.rule ?? null,
        signatures: r.payloads,
        rejections: r.rejections ?? [],
    }))));
    await writeSummary(report);
    if (verified)
        return;
    if (report.exitCode === NOT_VERIFIED && !failOnUnsigned) {
        core/* warning */.$e(`not verified (fail-on-unsigned is false): ${report.error ?? ''}`);
        return;
    }
    failWith(report);
}
async function writeSummary(report) {
    const rows = report.verified.map((r) => [
        { data: r.ok ? '✅ verified' : '❌ not verified' },
        { data: `<code>${escapeHtml(r.image)}</code>` },
        { data: escapeHtml(r.ok ? (r.rule ? `rule ${r.rule}` : `${r.payloads.length} signature(s)`) : (0,src_report/* notVerifiedBecause */.SP)(r)) },
    ]);
    const summary = core/* summary */.z.addHeading('signet verify', 3);
    if (rows.length > 0)
        summary.addTable([[{ data: 'Result', header: true }, { data: 'Image', header: true }, { data: 'Detail', header: true }], ...rows]);
    else if (report.error)
        summary.addRaw(`<p><strong>Failed:</strong> ${escapeHtml(report.error)}</p>`, true);
    await summary.write();
}
runStep(run);


/***/ }),

/***/ 60363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ notVerifiedBecause),
/* harmony export */   bA: () => (/* binding */ junit),
/* harmony export */   ed: () => (/* binding */ textTable),
/* harmony export */   i7: () => (/* binding */ jsonLines),
/* harmony export */   uH: () => (/* binding */ parseOutputFormat)
/* harmony export */ });
/** Why an image did not pass, one line: what the text table, JUnit and the Action summary all show. */
function notVerifiedBecause(r) {
    return r.error ?? r.reason ?? 'not verified';
}
function parseOutputFormat(value, isTty) {
    const format = value ?? (isTty ? 'text' : 'json');
    if (format !== 'json' && format !== 'text' && format !== 'junit') {
        throw new Error(`unknown output format "${format}": use json, text or junit`);
    }
    return format;
}
function jsonLines(results) {
    return results
        .filter((r) => r.ok)
        .map((r) => `${JSON.stringify(r.notary ? [r.notary] : r.payloads)}\n`)
        .join('');
}
function textTable(results) {
    const rows = results.map((r) => [
        r.ok ? 'verified' : r.error ? 'ERROR' : 'NOT VERIFIED',
        r.image,
        r.rule ?? '',
        r.signers ? r.signers.map((s) => `${s.signer}${s.ok ? '✓' : '✗'}`).join(' ') : r.ok ? `${r.payloads.length} signature(s)` : '',
    ]);
    const header = ['RESULT', 'IMAGE', 'RULE', 'SIGNERS'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    const reasons = results.filter((r) => !r.ok).map((r) => `  ${r.image}: ${notVerifiedBecause(r)}`);
    return [line(header), ...rows.map(line), ...(reasons.length ? ['', 'Why:', ...reasons] : [])].join('\n') + '\n';
}
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
/** JUnit XML as Jenkins, GitLab and the GitHub test-report actions read it: one testcase per image. */
function junit(results, suite = 'signet verify') {
    const failures = results.filter((r) => !r.ok && !r.error).length;
    const errors = results.filter((r) => r.error).length;
    const time = results.reduce((a, r) => a + r.seconds, 0);
    const cases = results.map((r) => {
        const attrs = `name="${xml(r.image)}" classname="${xml(r.rule ? `signet.${r.rule}` : 'signet')}" time="${r.seconds.toFixed(3)}"`;
        if (r.ok)
            return `    <testcase ${attrs}/>`;
        const tag = r.error ? 'error' : 'failure';
        const message = notVerifiedBecause(r);
        const detail = r.signers?.map((s) => `${s.signer}: ${s.ok ? 'verified' : s.reason}`).join('\n') ?? message;
        return `    <testcase ${attrs}>\n      <${tag} message="${xml(message)}" type="${r.error ? 'error' : 'not-verified'}">${xml(detail)}</${tag}>\n    </testcase>`;
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xml(suite)}" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">`,
        `  <testsuite name="${xml(suite)}" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ isSignetError),
/* harmony export */   Au: () => (/* binding */ codedError),
/* harmony export */   Tj: () => (/* binding */ SignetError),
/* harmony export */   Wp: () => (/* binding */ usageError)
/* harmony export */ });
/* unused harmony export EXIT_CODES */
const EXIT_CODES = {
    verification: 1,
    usage: 2,
    remote: 3,
    io: 3,
};
class SignetError extends Error {
    kind;
    hint;
    status;
    code;
    data;
    serverCode;
    temporary;
    constructor(kind, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'SignetError';
        this.kind = kind;
        this.hint = options.hint;
        this.status = options.status;
        this.code = options.code;
        this.data = options.data ?? {};
        this.serverCode = options.serverCode;
        this.temporary = options.temporary ?? false;
    }
    get exitCode() {
        return EXIT_CODES[this.kind];
    }
    /**
     * The one line shown to users: message, then the hint. Front ends that word hints
     * themselves (from `code` and `data`) pass theirs.
     */
    oneLine(hint = this.hint) {
        return hint ? `${this.message}: ${hint}` : this.message;
    }
}
function usageError(message, hint) {
    return new SignetError('usage', message, hint === undefined ? {} : { hint });
}
function isSignetError(e) {
    return e instanceof SignetError;
}
/**
 * An engine error whose hint the front end words from `code` and `data`: the engine knows
 * no flags, environment variables or commands (e.g. `key.file-missing` with its path).
 */
function codedError(kind, code, message, data = {}) {
    return new SignetError(kind, message, { code, data });
}


/***/ }),

/***/ 87402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, error, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, info, isDebug, markdownSummary, notice, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=72bed99cb2bc58929c8f672c1683bc1750ca9ebc80ff3f73cbc2cb555a00fb36/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=72bed99cb2bc58929c8f672c1683bc1750ca9ebc80ff3f73cbc2cb555a00fb36/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=72bed99cb2bc58929c8f672c1683bc1750ca9ebc80ff3f73cbc2cb555a00fb36/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
// signet patch: Web Crypto's global randomUUID instead of importing node:crypto at start-up (~5 ms).



function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=72bed99cb2bc58929c8f672c1683bc1750ca9ebc80ff3f73cbc2cb555a00fb36/node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=72bed99cb2bc58929c8f672c1683bc1750ca9ebc80ff3f73cbc2cb555a00fb36/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=72bed99cb2bc58929c8f672c1683bc1750ca9ebc80ff3f73cbc2cb555a00fb36/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





// signet patch: the OIDC client (undici) and platform (@actions/exec) are loaded on first use, not at start-up.
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + os.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield (yield __webpack_require__.e(/* import() */ 2602).then(__webpack_require__.bind(__webpack_require__, 42602))).OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */
// signet patch: `platform` (which loads @actions/exec and @actions/io) is not re-exported; signet does not use it.
//# sourceMappingURL=core.js.map

/***/ })

};
