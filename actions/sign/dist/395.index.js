export const id = 395;
export const ids = [395];
export const modules = {

/***/ 27721:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const Stream = __webpack_require__(2203)

class MuteStream extends Stream {
  #isTTY = null

  constructor (opts = {}) {
    super(opts)
    this.writable = this.readable = true
    this.muted = false
    this.on('pipe', this._onpipe)
    this.replace = opts.replace

    // For readline-type situations
    // This much at the start of a line being redrawn after a ctrl char
    // is seen (such as backspace) won't be redrawn as the replacement
    this._prompt = opts.prompt || null
    this._hadControl = false
  }

  #destSrc (key, def) {
    if (this._dest) {
      return this._dest[key]
    }
    if (this._src) {
      return this._src[key]
    }
    return def
  }

  #proxy (method, ...args) {
    if (typeof this._dest?.[method] === 'function') {
      this._dest[method](...args)
    }
    if (typeof this._src?.[method] === 'function') {
      this._src[method](...args)
    }
  }

  get isTTY () {
    if (this.#isTTY !== null) {
      return this.#isTTY
    }
    return this.#destSrc('isTTY', false)
  }

  // basically just get replace the getter/setter with a regular value
  set isTTY (val) {
    this.#isTTY = val
  }

  get rows () {
    return this.#destSrc('rows')
  }

  get columns () {
    return this.#destSrc('columns')
  }

  mute () {
    this.muted = true
  }

  unmute () {
    this.muted = false
  }

  _onpipe (src) {
    this._src = src
  }

  pipe (dest, options) {
    this._dest = dest
    return super.pipe(dest, options)
  }

  pause () {
    if (this._src) {
      return this._src.pause()
    }
  }

  resume () {
    if (this._src) {
      return this._src.resume()
    }
  }

  write (c) {
    if (this.muted) {
      if (!this.replace) {
        return true
      }
      // eslint-disable-next-line no-control-regex
      if (c.match(/^\u001b/)) {
        if (c.indexOf(this._prompt) === 0) {
          c = c.slice(this._prompt.length)
          c = c.replace(/./g, this.replace)
          c = this._prompt + c
        }
        this._hadControl = true
        return this.emit('data', c)
      } else {
        if (this._prompt && this._hadControl &&
          c.indexOf(this._prompt) === 0) {
          this._hadControl = false
          this.emit('data', this._prompt)
          c = c.slice(this._prompt.length)
        }
        c = c.toString().replace(/./g, this.replace)
      }
    }
    this.emit('data', c)
  }

  end (c) {
    if (this.muted) {
      if (c && this.replace) {
        c = c.toString().replace(/./g, this.replace)
      } else {
        c = null
      }
    }
    if (c) {
      this.emit('data', c)
    }
    this.emit('end')
  }

  destroy (...args) {
    return this.#proxy('destroy', ...args)
  }

  destroySoon (...args) {
    return this.#proxy('destroySoon', ...args)
  }

  close (...args) {
    return this.#proxy('close', ...args)
  }
}

module.exports = MuteStream


/***/ }),

/***/ 55511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   tq: () => (/* binding */ throwIfFailed)
/* harmony export */ });
/* unused harmony exports worstExitCode, batchFailure */
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);

/** The batch's exit code: a remote failure (3) outranks bad input (2), which outranks a failed verification (1). */
function worstExitCode(errors) {
    let worst = 0;
    const rank = (code) => (code === 0 ? 0 : code === 1 ? 1 : code === 2 ? 2 : 3);
    for (const e of errors) {
        const code = (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .isSignetError */ .$1)(e) ? e.exitCode : 3;
        if (rank(code) > rank(worst))
            worst = code;
    }
    return worst;
}
function errorLine(e) {
    return (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .isSignetError */ .$1)(e) ? e.oneLine() : `unexpected failure: ${e?.message ?? String(e)}`;
}
/** One error for a batch with failures, carrying the worst failure's exit code. */
function batchFailure(errors, summary) {
    const code = worstExitCode(errors);
    const kind = code === 1 ? 'verification' : code === 2 ? 'usage' : 'remote';
    return new _signet_core__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .Tj(kind, summary);
}
/**
 * Ends a batch: one error carrying the worst exit code, one line per failed item (verification
 * failures already name their image). Nothing when every item succeeded.
 */
function throwIfFailed(failures) {
    if (failures.length === 0)
        return;
    throw batchFailure(failures.map((f) => f.error), failures.map((f) => ((0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .isSignetError */ .$1)(f.error) && f.error.kind === 'verification' ? f.error.message : `${f.item}: ${errorLine(f.error)}`)).join('\n'));
}


/***/ }),

/***/ 50123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ collectImages),
/* harmony export */   n: () => (/* binding */ parseConcurrency)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38321);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/** Images to work on: arguments, `--images-file FILE` (one per line, # comments), `-` for stdin. */



function lines(content) {
    return content
        .split('\n')
        .map((l) => l.replace(/#.*$/, '').trim())
        .filter(Boolean);
}
async function collectImages(args, imagesFile) {
    const images = [];
    for (const arg of args) {
        if (arg === '-')
            images.push(...lines(await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.text)(process.stdin)));
        else
            images.push(arg);
    }
    if (imagesFile) {
        try {
            images.push(...lines(imagesFile === '-' ? await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.text)(process.stdin) : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(imagesFile, 'utf8')));
        }
        catch (e) {
            throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`cannot read --images-file ${imagesFile}: ${e.code ?? String(e)}`);
        }
    }
    if (images.length === 0)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)('no images given', 'pass IMAGE@DIGEST arguments, --images-file FILE, or - to read them from stdin');
    return [...new Set(images)];
}
function parseConcurrency(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 256)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`--concurrency must be an integer from 1 to 256, got "${value}"`);
    return n;
}


/***/ }),

/***/ 63031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ gpgPassphrase),
/* harmony export */   L0: () => (/* binding */ lookasideStore),
/* harmony export */   hR: () => (/* binding */ fileExists)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1748);
/* harmony import */ var read__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90254);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50332);
/** Options shared by the GPG / lookaside paths of sign and verify. */




/** --lookaside, else SIGNET_LOOKASIDE; the store is opened once for the whole batch. */
function lookasideStore(flag, required) {
    const url = flag ?? process.env.SIGNET_LOOKASIDE;
    if (!url) {
        if (!required)
            return undefined;
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('no lookaside store given', 'pass --lookaside file:///DIR, https://HOST/PATH or sigserver+https://HOST (or set SIGNET_LOOKASIDE)');
    }
    // Fewer attempts than registry calls: lookaside servers are simple and a dead one should fail fast.
    return (0,_signet_core__WEBPACK_IMPORTED_MODULE_4__/* .openLookasideStore */ .D)(url, { logger: _context_js__WEBPACK_IMPORTED_MODULE_2__/* .stderrLogger */ .D7, userAgent: 'signet/0.1', retry: { maxAttempts: 3 } });
}
function fileExists(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path);
}
/** SIGNET_GPG_PASSPHRASE, else a prompt on a terminal; never argv. */
function gpgPassphrase(what) {
    return async () => {
        const fromEnv = process.env.SIGNET_GPG_PASSPHRASE;
        if (fromEnv !== undefined)
            return fromEnv;
        if (!process.stdin.isTTY)
            throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`the OpenPGP key in ${what} is passphrase-protected and no passphrase was given`, 'set SIGNET_GPG_PASSPHRASE');
        return (0,read__WEBPACK_IMPORTED_MODULE_1__/* .read */ .L)({ prompt: `Enter passphrase for ${what}: `, silent: true, replace: '', output: process.stderr });
    };
}


/***/ }),

/***/ 30783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   Hx: () => (/* binding */ collectKeyValue),
/* harmony export */   q6: () => (/* binding */ parseBool)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44342);
/** Option parsers shared by commands, matching cosign's (pflag) spellings. */

/** pflag booleans: `--upload`, `--upload=false`, `--upload=true`. */
function parseBool(value) {
    if (value === undefined || value === '' || value === 'true' || value === '1')
        return true;
    if (value === 'false' || value === '0')
        return false;
    throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di(`expected true or false, got "${value}"`);
}
function collectKeyValue(value, previous) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di(`annotation "${value}" must be key=value`);
    return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}
function collect(value, previous) {
    return [...previous, value];
}


/***/ }),

/***/ 53314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ createProgress)
/* harmony export */ });
function createProgress(stream = process.stderr) {
    const tty = Boolean(stream.isTTY) && !process.env.CI;
    let drawn = false;
    return {
        item(done, total, line) {
            if (total <= 1) {
                stream.write(`${line}\n`);
                return;
            }
            if (!tty) {
                stream.write(`[${done}/${total}] ${line}\n`);
                return;
            }
            const width = 30;
            const filled = Math.round((done / total) * width);
            const bar = `${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}`;
            stream.write(`\r\x1b[K[${bar}] ${done}/${total} ${line.slice(0, Math.max(0, (stream.columns ?? 100) - width - 20))}`);
            drawn = true;
        },
        finish() {
            if (drawn)
                stream.write('\n');
        },
    };
}


/***/ }),

/***/ 34639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runBatch)
/* harmony export */ });
async function runBatch(items, concurrency, worker, onSettled) {
    const outcomes = new Array(items.length);
    let next = 0;
    let done = 0;
    const lanes = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
        while (next < items.length) {
            const index = next++;
            const item = items[index];
            let outcome;
            try {
                outcome = { item, ok: true, value: await worker(item) };
            }
            catch (error) {
                outcome = { item, ok: false, error };
            }
            outcomes[index] = outcome;
            onSettled?.(outcome, ++done, items.length);
        }
    });
    await Promise.all(lanes);
    return outcomes;
}


/***/ }),

/***/ 999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ parseCosignPayload),
/* harmony export */   Q2: () => (/* binding */ buildCosignPayload),
/* harmony export */   Uj: () => (/* binding */ buildAtomicPayload),
/* harmony export */   rr: () => (/* binding */ parseAtomicPayload)
/* harmony export */ });
/* unused harmony exports COSIGN_SIGNATURE_TYPE, ATOMIC_SIGNATURE_TYPE */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24276);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66636);



const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/**
 * The payload bytes cosign v2 would produce for the same inputs (sigstore's
 * payload.Cosign marshalled by Go): `optional` is null when there are no annotations.
 */
function buildCosignPayload(claims) {
    const annotations = claims.annotations && Object.keys(claims.annotations).length > 0 ? (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedMap */ .A)(claims.annotations) : null;
    const json = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .goJson */ .P)({
        critical: {
            identity: { 'docker-reference': claims.dockerReference },
            image: { 'docker-manifest-digest': claims.digest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: annotations,
    });
    return new TextEncoder().encode(json);
}
/** Parses and shape-checks a payload; the caller decides whether its claims are acceptable. */
function parseCosignPayload(bytes) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', 'signature payload is not valid JSON');
    }
    const critical = doc?.critical;
    const reference = critical?.identity?.['docker-reference'];
    const digest = critical?.image?.['docker-manifest-digest'];
    if (typeof reference !== 'string' || typeof digest !== 'string' || typeof critical?.type !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', 'signature payload lacks critical.identity, critical.image or critical.type');
    }
    if (critical.type !== COSIGN_SIGNATURE_TYPE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `signature payload has type "${critical.type}", expected "${COSIGN_SIGNATURE_TYPE}"`);
    }
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .B)(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `signature payload names an invalid digest "${digest}"`);
    const optional = doc.optional;
    return {
        critical,
        optional: optional && typeof optional === 'object' && !Array.isArray(optional) ? optional : null,
    };
}
/** containers/image's type string: what skopeo, podman and CRI-O write and require. */
const ATOMIC_SIGNATURE_TYPE = 'atomic container signature';
/**
 * The payload containers/image signs (signature.untrustedSignature.MarshalJSON): the same
 * `critical` as cosign's, with `optional` holding creator and timestamp. Go marshals these maps
 * with sorted keys, so the bytes match what skopeo would sign for the same inputs.
 */
function buildAtomicPayload(claims) {
    const optional = {};
    if (claims.creator !== undefined)
        optional.creator = claims.creator;
    if (claims.timestamp !== undefined)
        optional.timestamp = Math.trunc(claims.timestamp);
    const json = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .goJson */ .P)({
        critical: {
            identity: { 'docker-reference': claims.dockerReference },
            image: { 'docker-manifest-digest': claims.digest },
            type: ATOMIC_SIGNATURE_TYPE,
        },
        optional: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedMap */ .A)(optional),
    });
    return new TextEncoder().encode(json);
}
const exactKeys = (o, keys) => {
    const actual = Object.keys(o).sort();
    return actual.length === keys.length && actual.every((k, i) => k === [...keys].sort()[i]);
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Parses a payload as strictly as containers/image (untrustedSignature.strictUnmarshalJSON):
 * `critical` and its members must have exactly the known keys, because an unknown critical
 * field could carry a restriction this verifier would silently ignore.
 */
function parseAtomicPayload(bytes) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', 'signature payload is not valid JSON');
    }
    const bad = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('verification', `signature payload is not an atomic container signature: ${why}`);
    };
    if (!isObject(doc) || !exactKeys(doc, ['critical', 'optional']))
        bad('top level must have exactly "critical" and "optional"');
    const { critical, optional } = doc;
    if (!isObject(critical) || !exactKeys(critical, ['identity', 'image', 'type']))
        bad('"critical" must have exactly identity, image and type');
    const c = critical;
    if (c.type !== ATOMIC_SIGNATURE_TYPE)
        bad(`type is ${JSON.stringify(c.type)}, expected "${ATOMIC_SIGNATURE_TYPE}"`);
    if (!isObject(c.image) || !exactKeys(c.image, ['docker-manifest-digest']) || typeof c.image['docker-manifest-digest'] !== 'string') {
        bad('"critical.image" must have exactly a string docker-manifest-digest');
    }
    if (!isObject(c.identity) || !exactKeys(c.identity, ['docker-reference']) || typeof c.identity['docker-reference'] !== 'string') {
        bad('"critical.identity" must have exactly a string docker-reference');
    }
    if (!isObject(optional))
        bad('"optional" must be an object');
    const o = optional;
    if (o.creator !== undefined && typeof o.creator !== 'string')
        bad('optional.creator must be a string');
    if (o.timestamp !== undefined && (typeof o.timestamp !== 'number' || !Number.isInteger(o.timestamp)))
        bad('optional.timestamp must be an integer');
    const digest = c.image['docker-manifest-digest'];
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .B)(digest))
        bad(`invalid digest "${digest}"`);
    return {
        dockerReference: c.identity['docker-reference'],
        digest,
        creator: o.creator,
        timestamp: o.timestamp,
    };
}


/***/ }),

/***/ 47131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NP: () => (/* binding */ parseSecretKey),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   jX: () => (/* binding */ loadPublicKeyring)
/* harmony export */ });
/* unused harmony export parsePublicKeyring */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _openpgp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48684);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/**
 * OpenPGP key material for containers/image signatures: secret keys for openpgp.js signing
 * and public keyrings for verification. Keyrings may be armored or binary (gpg --export
 * writes binary unless --armor), and armored files may hold several concatenated blocks.
 */



const ARMOR_BEGIN = /-----BEGIN PGP [A-Z ]+-----[\s\S]*?-----END PGP [A-Z ]+-----/g;
function isArmored(bytes) {
    return Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart().startsWith('-----BEGIN PGP');
}
/** Reads every public key in a keyring (secret keys are reduced to their public part). */
async function parsePublicKeyring(bytes, source) {
    const keys = [];
    try {
        if (isArmored(bytes)) {
            const text = Buffer.from(bytes).toString('utf8');
            for (const block of text.match(ARMOR_BEGIN) ?? []) {
                for (const key of await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).readKeys({ armoredKeys: block }))
                    keys.push(key.toPublic());
            }
        }
        else {
            for (const key of await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).readKeys({ binaryKeys: bytes }))
                keys.push(key.toPublic());
        }
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${source} is not an OpenPGP keyring (${e.message.split('\n')[0]})`, 'export it with `gpg --export KEYID > keyring.gpg` or `gpg --armor --export KEYID`');
    }
    if (keys.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${source} holds no OpenPGP public keys`, 'export them with `gpg --armor --export KEYID`');
    return keys;
}
async function loadPublicKeyring(path) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`keyring ${path} does not exist`, 'pass --keyring with an armored or binary OpenPGP public key file');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SignetError */ .Tj('io', `cannot read keyring ${path}: ${code ?? e.message}`, { cause: e });
    }
    return parsePublicKeyring(bytes, path);
}
/** Fingerprints in gpg's spelling (uppercase hex), which is what policy and users compare. */
function fingerprintOf(key) {
    return key.getFingerprint().toUpperCase();
}
/**
 * Parses an armored (or binary) secret key and decrypts it when it is protected. The
 * passphrase is asked for only when needed, so unprotected CI keys need no variable.
 */
async function parseSecretKey(bytes, source, passphrase) {
    let key;
    try {
        key = isArmored(bytes)
            ? await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).readPrivateKey({ armoredKey: Buffer.from(bytes).toString('utf8') })
            : await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).readPrivateKey({ binaryKey: bytes });
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`${source} is not an OpenPGP secret key (${e.message.split('\n')[0]})`, 'export one with `gpg --armor --export-secret-keys KEYID`, or pass a key ID to sign through gpg');
    }
    if (key.isDecrypted())
        return key;
    const secret = await passphrase();
    try {
        return await (await (0,_openpgp_js__WEBPACK_IMPORTED_MODULE_1__/* .openpgp */ .I)()).decryptKey({ privateKey: key, passphrase: secret });
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`wrong passphrase for the OpenPGP key in ${source}`, 'set SIGNET_GPG_PASSPHRASE to the key\'s passphrase');
    }
}


/***/ }),

/***/ 48684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ openpgp)
/* harmony export */ });
let loaded;
function openpgp() {
    loaded ??= __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 27279));
    return loaded;
}


/***/ }),

/***/ 51363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ loadTrustedRoot),
/* harmony export */   cB: () => (/* binding */ keylessProblem),
/* harmony export */   tD: () => (/* binding */ createKeylessSigner)
/* harmony export */ });
/* unused harmony exports DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL, identityProvider, verifyKeylessBundle, bundleLeaf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76028);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _formats_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89074);
/* harmony import */ var _x509_certificates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(745);
/**
 * Keyless signing and verification (issue 10, second part), on sigstore-js's own clients:
 * @sigstore/sign talks to Fulcio (ephemeral P-256 key, certificate for the OIDC identity) and
 * Rekor (a `dsse` entry), optionally a timestamp authority; @sigstore/verify checks a bundle
 * against a trusted root (certificate chain to the CA, SCTs, the tlog entry's SET or inclusion
 * proof with the log key, signing time within the certificate's validity). signet only adds
 * what is image-specific: the statement it signs is the same in-toto statement as the
 * key-based bundle path, and the claims are checked by the same code (verify-bundle.ts).
 * The sigstore clients are imported on first keyless use (like openpgp.js for GPG), so key
 * signing and the Action's cold start do not load them.
 */







const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/**
 * Where the OIDC token comes from, in cosign's order: an explicit `--identity-token` (a JWT or
 * a file holding one), then SIGSTORE_ID_TOKEN, then GitHub Actions' runtime token (audience
 * `sigstore`, from ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN; needs `permissions: id-token: write`).
 * No interactive browser flow: signet runs in pipelines.
 */
function identityProvider(explicit) {
    if (explicit) {
        return {
            getToken: async () => {
                const value = explicit.trim();
                // A JWT has two dots and no slash; anything else that exists is read as a file (cosign accepts both).
                if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(value) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(value))
                    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(value, 'utf8')).trim();
                return value;
            },
        };
    }
    return {
        getToken: async () => {
            // CIContextProvider reads SIGSTORE_ID_TOKEN first, then asks the Actions runtime.
            const { CIContextProvider } = await Promise.all(/* import() */[__webpack_require__.e(440), __webpack_require__.e(835), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 99548));
            try {
                return await new CIContextProvider('sigstore').getToken();
            }
            catch (e) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`no OIDC identity token for keyless signing (${e instanceof Error ? e.message : String(e)})`, 'pass --identity-token, set SIGSTORE_ID_TOKEN, or in GitHub Actions grant `permissions: id-token: write`');
            }
        },
    };
}
function createKeylessSigner(options) {
    // The token is fetched once, before Fulcio is called, so that a missing token is a usage
    // error with a hint (FulcioSigner would wrap it into an opaque internal error).
    const provider = identityProvider(options.identityToken);
    let token;
    const getToken = () => (token ??= provider.getToken());
    const makeBuilder = async () => {
        const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await Promise.all(/* import() */[__webpack_require__.e(440), __webpack_require__.e(835), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 99548));
        // One FulcioSigner = one ephemeral key pair held in memory for this run only.
        const signer = new FulcioSigner({ fulcioBaseURL: options.fulcioURL ?? DEFAULT_FULCIO_URL, identityProvider: { getToken } });
        const witnesses = [new RekorWitness({ rekorBaseURL: options.rekorURL ?? DEFAULT_REKOR_URL, entryType: 'dsse' })];
        if (options.timestampServerURL)
            witnesses.push(new TSAWitness({ tsaBaseURL: tsaBase(options.timestampServerURL) }));
        // certificateChain false: a v0.3 bundle with the leaf only, as cosign v3 writes it.
        return new DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
    };
    let builderPromise;
    return {
        async signStatement(statement) {
            await getToken();
            const builder = await (builderPromise ??= makeBuilder());
            let bundle;
            try {
                bundle = await builder.create({ data: Buffer.from(statement), type: _formats_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4 });
            }
            catch (e) {
                if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj)
                    throw e;
                const cause = e instanceof Error ? e : undefined;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj('io', `keyless signing failed: ${cause?.message ?? String(e)}`, {
                    hint: 'check --fulcio-url, --rekor-url, --timestamp-server-url and the identity token',
                });
            }
            if (options.trustedRoot) {
                const problem = verifyKeylessBundle(bundle, options.trustedRoot);
                if (problem)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SignetError */ .Tj('verification', `the bundle just signed does not verify against --trusted-root: ${problem}`);
            }
            const signature = bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0);
            return { bundle: new TextEncoder().encode(JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_3__.bundleToJSON)(bundle))), signature };
        },
    };
}
/** sigstore-js's TSA client appends `/api/v1/timestamp`; cosign's flag is the full URL. */
function tsaBase(url) {
    return url.replace(/\/api\/v1\/timestamp\/?$/, '');
}
/**
 * Loads a sigstore trusted_root.json. SCTs are required when the root lists CT logs (as
 * cosign does unless --insecure-ignore-sct), timestamps: at least one (the tlog entry's
 * integrated time counts, as in cosign).
 */
async function loadTrustedRoot(path, options = {}) {
    const [{ TrustedRoot }, { toSignedEntity, toTrustMaterial, Verifier }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 21443, 23)), Promise.all(/* import() */[__webpack_require__.e(440), __webpack_require__.e(254)]).then(__webpack_require__.bind(__webpack_require__, 51254))]);
    let root;
    try {
        root = TrustedRoot.fromJSON(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')));
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`--trusted-root ${path}: not a sigstore trusted root (${e instanceof Error ? e.message : String(e)})`);
    }
    if (root.certificateAuthorities.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`--trusted-root ${path} lists no certificate authority`, 'keyless verification needs the Fulcio CA');
    if (root.tlogs.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`--trusted-root ${path} lists no transparency log`, 'keyless verification needs the Rekor log key');
    const ctlogThreshold = options.ignoreSct || root.ctlogs.length === 0 ? 0 : 1;
    return { verifier: new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold, timestampThreshold: 1 }), toSignedEntity, source: path };
}
/**
 * The sigstore checks of one keyless bundle, or why it fails: the leaf chains to the trusted
 * CA at the signing time, that time comes from the log (SET or inclusion proof checked with
 * the log key) or a TSA, the log entry is for this envelope, the DSSE signature verifies.
 */
function verifyKeylessBundle(bundle, trust) {
    if (bundle.verificationMaterial.content.$case === 'publicKey')
        return 'bundle is signed with a key, not a certificate (verify it with --key)';
    try {
        trust.verifier.verify(trust.toSignedEntity(bundle));
        return undefined;
    }
    catch (e) {
        return e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
    }
}
/** The signing certificate of a keyless bundle. */
function bundleLeaf(bundle) {
    const content = bundle.verificationMaterial.content;
    const der = content.$case === 'certificate' ? content.certificate.rawBytes : content.$case === 'x509CertificateChain' ? content.x509CertificateChain.certificates[0]?.rawBytes : undefined;
    return der ? new node_crypto__WEBPACK_IMPORTED_MODULE_2__.X509Certificate(der) : undefined;
}
/** Everything keyless: trust, then the identity the certificate must carry. */
async function keylessProblem(bundle, trust, identity) {
    const problem = verifyKeylessBundle(bundle, trust);
    if (problem)
        return problem;
    const leaf = bundleLeaf(bundle);
    if (!leaf)
        return 'bundle carries no certificate';
    return (0,_x509_certificates_js__WEBPACK_IMPORTED_MODULE_6__/* .identityProblem */ .qf)(leaf, identity);
}


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BU: () => (/* binding */ describeAtomicFailure),
  LI: () => (/* binding */ lookasideReference),
  ZI: () => (/* binding */ signAtomic),
  TB: () => (/* binding */ verifyAtomic)
});

// UNUSED EXPORTS: atomicIdentity

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/formats/simple-signing.ts
var simple_signing = __webpack_require__(999);
// EXTERNAL MODULE: ./packages/core/src/gpg/openpgp.ts
var openpgp = __webpack_require__(48684);
// EXTERNAL MODULE: ./packages/core/src/reference/reference.ts
var reference = __webpack_require__(17159);
// EXTERNAL MODULE: ./packages/core/src/gpg/keys.ts
var keys = __webpack_require__(47131);
;// CONCATENATED MODULE: ./packages/core/src/gpg/verify.ts




/** Checks the OpenPGP signature only; the caller checks the claims. */
async function openAtomicSignature(signature, keyring) {
    let message;
    try {
        message = await (await (0,openpgp/* openpgp */.I)()).readMessage({ binaryMessage: signature });
    }
    catch {
        return { ok: false, reason: 'not an OpenPGP signed message' };
    }
    let result;
    try {
        result = await (await (0,openpgp/* openpgp */.I)()).verify({ message, verificationKeys: [...keyring], format: 'binary' });
    }
    catch (e) {
        return { ok: false, reason: `unreadable OpenPGP message (${e.message.split('\n')[0]})` };
    }
    // containers/image rejects anything but exactly one signature, so a message carrying a
    // trusted and an untrusted signature cannot be read two ways.
    if (result.signatures.length !== 1)
        return { ok: false, reason: `expected exactly one OpenPGP signature, found ${result.signatures.length}` };
    const sig = result.signatures[0];
    const keyId = sig.keyID.toHex().toUpperCase();
    const key = keyring.find((k) => k.getKeys(sig.keyID).length > 0);
    if (!key)
        return { ok: false, reason: `signed by key ${keyId}, which is not in the keyring` };
    try {
        await sig.verified;
    }
    catch (e) {
        return { ok: false, reason: `signature by key ${keyId} does not verify (${e.message.split('\n')[0]})` };
    }
    let payload;
    try {
        payload = (0,simple_signing/* parseAtomicPayload */.rr)(result.data);
    }
    catch (e) {
        return { ok: false, reason: e.message };
    }
    return { ok: true, value: { payload, signedBy: (0,keys/* fingerprintOf */.ax)(key) } };
}
/**
 * containers/image's default signedIdentity, matchRepoDigestOrExact: when the image is named
 * by tag the signed reference must be exactly that tag; by digest only, any tag or digest of
 * the same repository is accepted (the digest itself is checked separately). A signed
 * reference without tag or digest never matches.
 */
function matchRepoDigestOrExact(image, signedReference) {
    let signed;
    try {
        signed = (0,reference/* parseReference */.F2)(signedReference);
    }
    catch {
        return false;
    }
    if (signed.tag === undefined && signed.digest === undefined)
        return false;
    if (image.tag !== undefined)
        return (0,reference/* formatReference */.FH)(signed) === (0,reference/* formatReference */.FH)(image);
    if (image.digest !== undefined)
        return signed.registry === image.registry && signed.repository === image.repository;
    return false;
}
/** Why a verified signature's claims do not fit this image, or undefined when they do. */
function claimMismatch(payload, check) {
    if (payload.digest !== check.digest)
        return `signed digest ${payload.digest} is not the image's ${check.digest}`;
    if (!matchRepoDigestOrExact(check.image, payload.dockerReference)) {
        return `signed identity "${payload.dockerReference}" does not match ${(0,reference/* formatReference */.FH)(check.image)}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/atomic.ts
/**
 * Signing and verifying image digests as containers/image does, with signatures kept in a
 * lookaside store instead of the registry.
 */




/** The registry reference the user named, or a usage error for targets a lookaside cannot key. */
function lookasideReference(input) {
    const target = (0,reference/* parseTarget */.hu)(input);
    if (target.kind !== 'registry') {
        throw (0,errors/* usageError */.Wp)(`${input}: lookaside signatures are keyed by registry repository`, 'sign and verify the image by its registry reference (host/repo@sha256:…)');
    }
    return target.reference;
}
/**
 * The docker-reference to sign. With a tag it is `repo:tag`, which containers/image accepts
 * both when the image is pulled by that tag (exact match) and by digest (same repository);
 * without one, `repo@digest`, which only pulls by digest accept.
 */
function atomicIdentity(ref, digest) {
    const { registry, repository } = ref;
    return ref.tag !== undefined ? (0,reference/* formatReference */.FH)({ registry, repository, tag: ref.tag }) : (0,reference/* formatReference */.FH)({ registry, repository, digest });
}
async function signAtomic(ref, digest, options) {
    let identity = options.identity;
    if (identity !== undefined) {
        // Validate early: a typo here would produce signatures no node accepts.
        const parsed = (0,reference/* parseReference */.F2)(identity);
        if (parsed.tag === undefined && parsed.digest === undefined) {
            throw (0,errors/* usageError */.Wp)(`--sign-container-identity "${identity}" has no tag or digest`, 'containers/image never accepts a signed name without one; add :TAG');
        }
        identity = (0,reference/* formatReference */.FH)(parsed);
    }
    identity ??= atomicIdentity(ref, digest);
    const payload = (0,simple_signing/* buildAtomicPayload */.Uj)({
        dockerReference: identity,
        digest,
        creator: options.creator ?? 'signet 0.1.0',
        timestamp: Math.floor((options.now ?? Date.now)() / 1000),
    });
    const signature = await options.signer.sign(payload);
    const stored = options.store ? await options.store.add(ref, digest, signature) : undefined;
    return { image: (0,reference/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository, digest }), identity, payload, signature, stored };
}
/** Accepts the image when at least one stored signature verifies and its claims fit, like signedBy. */
async function verifyAtomic(ref, digest, store, keyring) {
    const signatures = await store.list(ref, digest);
    const verified = [];
    const rejected = [];
    // The image as the user named it decides the identity rule; the digest is always checked.
    const image = ref.digest !== undefined || ref.tag !== undefined ? ref : { ...ref, digest };
    for (const [i, signature] of signatures.entries()) {
        const opened = await openAtomicSignature(signature, keyring);
        if (!opened.ok) {
            rejected.push({ index: i + 1, reason: opened.reason });
            continue;
        }
        const mismatch = claimMismatch(opened.value.payload, { image, digest });
        if (mismatch)
            rejected.push({ index: i + 1, reason: mismatch });
        else
            verified.push(opened.value);
    }
    return {
        image: (0,reference/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository, digest }),
        ok: verified.length > 0,
        verified,
        rejected,
        found: signatures.length,
    };
}
function describeAtomicFailure(result, store) {
    if (result.found === 0)
        return `${result.image}: no signatures in the lookaside ${store}`;
    return `${result.image}: none of ${result.found} signature(s) in ${store} is acceptable (${result.rejected.map((r) => `signature-${r.index}: ${r.reason}`).join('; ')})`;
}


/***/ }),

/***/ 75466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d4: () => (/* binding */ MAX_SIGNATURES),
/* harmony export */   oY: () => (/* binding */ signaturePath),
/* harmony export */   qJ: () => (/* binding */ parseStoreUrl),
/* harmony export */   us: () => (/* binding */ signatureDirectory),
/* harmony export */   wo: () => (/* binding */ readUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24276);
/**
 * containers/image's lookaside ("sigstore") layout: `<base>/<repository path>@sha256=<hex>/signature-<n>`,
 * n counting from 1, readers stopping at the first missing n. The repository path is
 * reference.Path(), the name WITHOUT the registry host (docker/registries_d.go
 * lookasideStorageBaseURL); skopeo 1.9 writes `team/app@sha256=…` for `localhost:5000/team/app`.
 */


/** Signature slots tried before giving up: far above any real image, low enough to end a runaway loop. */
const MAX_SIGNATURES = 1000;
function signatureDirectory(ref, digest) {
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .B)(digest) || !digest.startsWith('sha256:'))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`invalid manifest digest "${digest}"`, 'use sha256:<64 hex>');
    // reference.Path() keeps the Docker Hub `library/` prefix the parser already added.
    return `${ref.repository}@sha256=${digest.slice('sha256:'.length)}`;
}
function signaturePath(ref, digest, index) {
    if (!Number.isInteger(index) || index < 1)
        throw new RangeError(`signature index ${index} must be >= 1`);
    return `${signatureDirectory(ref, digest)}/signature-${index}`;
}
/** Base URL without credentials, for messages. */
function redacted(url) {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    return copy.href.replace(/\/$/, '');
}
/**
 * `file:///dir`, `http(s)://host/path`, or `sigserver+http(s)://host/path` for a signature
 * server's upload API. Credentials in the URL are refused: they would end up in shell
 * history, logs and registries.d files.
 */
function parseStoreUrl(value) {
    const hint = 'use file:///DIR, https://HOST/PATH or sigserver+https://HOST/PATH';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`invalid lookaside URL "${value}"`, hint);
    }
    if (url.username || url.password) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('lookaside URL must not contain credentials', 'set SIGNET_LOOKASIDE_USERNAME/SIGNET_LOOKASIDE_PASSWORD or use ~/.netrc');
    }
    if (url.search || url.hash)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`lookaside URL "${value}" must not have a query or fragment`, hint);
    switch (url.protocol) {
        case 'file:': {
            if (url.host !== '')
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`lookaside URL "${value}" names a host`, 'use file:///absolute/dir (three slashes)');
            const dir = decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/';
            return { kind: 'file', dir, url: `file://${dir}` };
        }
        case 'http:':
        case 'https:':
            return { kind: 'http', base: url, url: redacted(url) };
        case 'sigserver+http:':
        case 'sigserver+https:': {
            const base = new URL(value.slice('sigserver+'.length));
            return { kind: 'sigserver', base, url: `sigserver+${redacted(base)}` };
        }
        default:
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`unsupported lookaside URL scheme "${url.protocol}"`, hint);
    }
}
/** The URL nodes read from: the HTTP base for a signature server, the URL itself otherwise. */
function readUrl(lookaside) {
    const spec = parseStoreUrl(lookaside);
    return spec.kind === 'sigserver' ? spec.url.slice('sigserver+'.length).replace(/\/+$/, '') : spec.url;
}


/***/ }),

/***/ 1748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ openLookasideStore)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/lookaside/layout.ts
var layout = __webpack_require__(75466);
;// CONCATENATED MODULE: ./packages/core/src/lookaside/file-store.ts
/**
 * `file://` lookaside: a directory tree, as containers/image's `sigstore-staging` writes it and
 * as a web server would publish it.
 */





function ioError(what, e) {
    const code = e.code ?? e.message;
    const hint = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'check that this user may write there' : 'check the lookaside directory';
    return new errors/* SignetError */.Tj('io', `${what}: ${code}`, { hint, cause: e });
}
class FileLookasideStore {
    url;
    #dir;
    constructor(dir) {
        this.#dir = dir;
        this.url = `file://${dir}`;
    }
    async list(ref, digest) {
        const dir = (0,external_node_path_.join)(this.#dir, (0,layout/* signatureDirectory */.us)(ref, digest));
        const out = [];
        for (let n = 1; n <= layout/* MAX_SIGNATURES */.d4; n++) {
            try {
                out.push(await (0,promises_.readFile)((0,external_node_path_.join)(dir, `signature-${n}`)));
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    break;
                throw ioError(`cannot read ${(0,external_node_path_.join)(dir, `signature-${n}`)}`, e);
            }
        }
        return out;
    }
    /**
     * Writes a complete temporary file, then hard-links it to the first free `signature-<n>`.
     * link() fails with EEXIST instead of replacing, so two concurrent signers each get their
     * own slot, and readers never see a half-written signature (an O_EXCL create would expose
     * the empty file until the write finished).
     */
    async add(ref, digest, signature) {
        const dir = (0,external_node_path_.join)(this.#dir, (0,layout/* signatureDirectory */.us)(ref, digest));
        try {
            await (0,promises_.mkdir)(dir, { recursive: true });
        }
        catch (e) {
            throw ioError(`cannot create ${dir}`, e);
        }
        const temp = (0,external_node_path_.join)(dir, `.signet-tmp-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        try {
            const handle = await (0,promises_.open)(temp, 'wx', 0o644);
            try {
                await handle.writeFile(signature);
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        }
        catch (e) {
            throw ioError(`cannot write into ${dir}`, e);
        }
        try {
            for (let n = 1; n <= layout/* MAX_SIGNATURES */.d4; n++) {
                const target = (0,external_node_path_.join)(dir, `signature-${n}`);
                try {
                    await (0,promises_.link)(temp, target);
                    return { index: n, location: target };
                }
                catch (e) {
                    if (e.code !== 'EEXIST')
                        throw ioError(`cannot store ${target}`, e);
                }
            }
            throw new errors/* SignetError */.Tj('io', `${dir} already holds ${layout/* MAX_SIGNATURES */.d4} signatures`, { hint: 'remove stale signatures' });
        }
        finally {
            await (0,promises_.unlink)(temp).catch(() => undefined);
        }
    }
    async close() { }
}

// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(73438);
// EXTERNAL MODULE: ./packages/core/src/http/pool.ts + 1 modules
var pool = __webpack_require__(47841);
;// CONCATENATED MODULE: ./packages/core/src/lookaside/http.ts
/**
 * The small HTTP client lookaside stores share: the engine's HTTP pool (keep-alive, timeouts,
 * the registry client's retry policy), with errors that name the store but never its
 * credentials.
 */


class LookasideHttp {
    #pool;
    constructor(options = {}) {
        this.#pool = new pool/* HttpPool */.d(options);
    }
    async send(method, url, options) {
        const headers = { ...options.headers };
        if (options.credential) {
            headers.authorization = `Basic ${Buffer.from(`${options.credential.username}:${options.credential.password}`).toString('base64')}`;
        }
        try {
            return await this.#pool.send({ method, url, headers, body: options.body }, { what: options.what });
        }
        catch (e) {
            const code = e.code ?? e.message;
            throw new errors/* SignetError */.Tj('remote', `${options.what}: cannot reach ${new URL(url).host} (${code})`, {
                hint: 'check the lookaside URL and that the server is running',
                cause: e,
            });
        }
    }
    close() {
        return this.#pool.close();
    }
}
/** The error for an HTTP status the store cannot work with. */
function statusError(what, status, access) {
    if (status === 401) {
        return new errors/* SignetError */.Tj('remote', `${what}: the server requires authentication (HTTP 401)`, {
            status,
            hint: access === 'write' ? 'set SIGNET_LOOKASIDE_USERNAME and SIGNET_LOOKASIDE_PASSWORD, or add the host to ~/.netrc' : 'lookaside reads should be anonymous; set SIGNET_LOOKASIDE_USERNAME/PASSWORD or ~/.netrc if this server needs them',
        });
    }
    if (status === 403) {
        return new errors/* SignetError */.Tj('remote', `${what}: access denied (HTTP 403)`, { status, hint: `check that this account may ${access} there` });
    }
    if (status === 405 || status === 501) {
        return new errors/* SignetError */.Tj('remote', `${what}: the server does not accept this method (HTTP ${status})`, {
            status,
            hint: access === 'write' ? 'enable uploads on it (nginx: dav_methods PUT; create_full_put_path on;)' : 'check the lookaside URL',
        });
    }
    return new errors/* SignetError */.Tj('remote', `${what}: the server answered HTTP ${status}`, { status, hint: 'check the lookaside URL and the server\'s log' });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/core/src/lookaside/netrc.ts
/**
 * Credentials for lookaside web servers: SIGNET_LOOKASIDE_USERNAME/PASSWORD, else ~/.netrc
 * (or $NETRC), the file curl and wget already use for the same servers.
 */



/** netrc tokens: `machine H login U password P`, `default`, and `macdef` bodies skipped. */
function parseNetrc(text, host) {
    const tokens = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const words = (lines[i] ?? '').trim().split(/\s+/).filter(Boolean);
        if (words[0] === 'macdef') {
            // A macro body runs until an empty line.
            while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '')
                i++;
            continue;
        }
        tokens.push(...words);
    }
    const entries = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const entry = entries[entries.length - 1];
        if (t === 'machine')
            entries.push({ machine: tokens[++i] ?? '' });
        else if (t === 'default')
            entries.push({ machine: undefined });
        else if (t === 'login' && entry)
            entry.login = tokens[++i];
        else if (t === 'password' && entry)
            entry.password = tokens[++i];
        else if (t === 'account' && entry)
            i++;
    }
    const usable = (e) => e?.login !== undefined && e.password !== undefined ? { username: e.login, password: e.password } : undefined;
    return usable(entries.find((e) => e.machine === host)) ?? usable(entries.find((e) => e.machine === undefined));
}
function lookasideCredential(url, env = process.env) {
    const username = env.SIGNET_LOOKASIDE_USERNAME;
    const password = env.SIGNET_LOOKASIDE_PASSWORD;
    if (username && password !== undefined)
        return { username, password };
    const path = env.NETRC || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.netrc');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    // curl matches netrc machines by host name without the port.
    return parseNetrc(text, url.hostname);
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/http-store.ts
/**
 * `http(s)://` lookaside: anonymous GETs for reading, as CRI-O and podman read it, and PUT for
 * writing (nginx WebDAV, Nexus/Artifactory raw repositories). Slots are found by probing
 * signature-1, -2, … and written with `If-None-Match: *`, so a server that honours it refuses
 * to replace a signature another signer stored between our probe and our PUT (412), and we
 * move on to the next slot.
 */





function joinUrl(base, path) {
    return `${base.href.replace(/\/+$/, '')}/${path}`;
}
class HttpLookasideStore {
    url;
    #base;
    #http;
    #credential;
    #logger;
    constructor(base, options = {}) {
        this.#base = base;
        this.#logger = options.logger ?? log/* silentLogger */.q;
        this.url = base.href.replace(/\/+$/, '');
        this.#http = new LookasideHttp(options);
        this.#credential = lookasideCredential(base, options.env);
    }
    /** Anonymous first; credentials only when the server asks and we have them. */
    async #get(method, url, what) {
        const anonymous = await this.#http.send(method, url, { what });
        if (anonymous.status !== 401 || !this.#credential)
            return anonymous;
        return this.#http.send(method, url, { what, credential: this.#credential });
    }
    async list(ref, digest) {
        const out = [];
        for (let n = 1; n <= layout/* MAX_SIGNATURES */.d4; n++) {
            const url = joinUrl(this.#base, (0,layout/* signaturePath */.oY)(ref, digest, n));
            const what = `reading ${url}`;
            const res = await this.#get('GET', url, what);
            if (res.status === 404)
                break;
            if (res.status !== 200)
                throw statusError(what, res.status, 'read');
            out.push(res.body);
        }
        return out;
    }
    async add(ref, digest, signature) {
        for (let n = 1; n <= layout/* MAX_SIGNATURES */.d4; n++) {
            const url = joinUrl(this.#base, (0,layout/* signaturePath */.oY)(ref, digest, n));
            const probe = await this.#get('HEAD', url, `checking ${url}`);
            if (probe.status === 200)
                continue;
            if (probe.status !== 404)
                throw statusError(`checking ${url}`, probe.status, 'read');
            const what = `uploading ${url}`;
            const put = await this.#http.send('PUT', url, {
                what,
                credential: this.#credential,
                headers: { 'content-type': 'application/octet-stream', 'if-none-match': '*' },
                body: signature,
            });
            if (put.status === 200 || put.status === 201 || put.status === 204)
                return { index: n, location: url };
            // Someone else took this slot after our probe: theirs stays, ours goes to the next one.
            if (put.status === 412) {
                this.#logger.debug(`${url} was taken after our probe (HTTP 412); trying signature-${n + 1}`);
                continue;
            }
            throw statusError(what, put.status, 'write');
        }
        throw new errors/* SignetError */.Tj('remote', `${this.url} already holds ${layout/* MAX_SIGNATURES */.d4} signatures for ${digest}`, { hint: 'remove stale signatures' });
    }
    close() {
        return this.#http.close();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/sigserver-store.ts
/**
 * Signature servers with an upload API (`sigserver+http(s)://BASE`): signatures are POSTed to
 * `BASE/upload` as JSON `{repoName, layerId, signatureData}`, each field base64, and the server
 * files them into the lookaside layout it publishes under BASE, which is read with plain GETs.
 * The server picks the slot, so uploads cannot collide.
 */




const b64 = (s) => Buffer.from(s).toString('base64');
class SigServerLookasideStore {
    url;
    #base;
    #reader;
    #http;
    #credential;
    constructor(base, options = {}) {
        this.#base = base;
        this.url = `sigserver+${base.href.replace(/\/+$/, '')}`;
        this.#reader = new HttpLookasideStore(base, options);
        this.#http = new LookasideHttp(options);
        this.#credential = lookasideCredential(base, options.env);
    }
    list(ref, digest) {
        return this.#reader.list(ref, digest);
    }
    async add(ref, digest, signature) {
        const url = joinUrl(this.#base, 'upload');
        const what = `uploading to ${url}`;
        const body = Buffer.from(JSON.stringify({ repoName: b64(ref.repository), layerId: b64(digest), signatureData: b64(signature) }));
        const res = await this.#http.send('POST', url, { what, credential: this.#credential, headers: { 'content-type': 'application/json' }, body });
        if (res.status < 200 || res.status > 299)
            throw statusError(what, res.status, 'write');
        // The server may say where it filed the signature; otherwise count what is there now.
        const location = res.headers.location;
        if (location) {
            const m = /signature-(\d+)$/.exec(location);
            return { index: m ? Number(m[1]) : 0, location: new URL(location, url).href };
        }
        const count = (await this.#reader.list(ref, digest)).length;
        if (count === 0)
            throw new errors/* SignetError */.Tj('remote', `${what}: the server accepted the upload but does not publish it under ${this.#base.href}`, { hint: 'check the signature server\'s read URL' });
        return { index: count, location: url };
    }
    async close() {
        await Promise.all([this.#reader.close(), this.#http.close()]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/lookaside/open-store.ts




function openLookasideStore(url, options = {}) {
    const spec = (0,layout/* parseStoreUrl */.qJ)(url);
    switch (spec.kind) {
        case 'file':
            return new FileLookasideStore(spec.dir);
        case 'http':
            return new HttpLookasideStore(spec.base, options);
        case 'sigserver':
            return new SigServerLookasideStore(spec.base, options);
    }
}


/***/ }),

/***/ 745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ buildPath),
/* harmony export */   WW: () => (/* binding */ parseCertificates),
/* harmony export */   cR: () => (/* binding */ leafProblem),
/* harmony export */   qf: () => (/* binding */ identityProblem),
/* harmony export */   sg: () => (/* binding */ toPem),
/* harmony export */   te: () => (/* binding */ checkSigningCertificate)
/* harmony export */ });
/* unused harmony exports describeCertificate, certificateMatchesKey, subjectAlternativeNames, oidcIssuer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/**
 * X.509 material for certificate-backed signing: parsing PEM bundles, checking that a signing
 * certificate is fit for code signing, and building a path to a trusted root. Node's
 * X509Certificate does the cryptography; @peculiar/asn1-x509 reads the Fulcio extensions
 * (loaded lazily: only issuer checks need it).
 */


const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) and the deprecated v1 (raw string). */
const FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const PEM_CERT_RE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
function parseCertificates(pem, source) {
    const blocks = pem.match(PEM_CERT_RE) ?? [];
    if (blocks.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source} contains no PEM certificate`, 'pass a file with -----BEGIN CERTIFICATE----- blocks');
    return blocks.map((block, i) => {
        try {
            return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${source}: certificate #${i + 1} is not valid X.509`, 'check that the PEM is complete and not corrupted');
        }
    });
}
function toPem(certs) {
    return certs.map((c) => c.toString()).join('');
}
function describeCertificate(cert) {
    const san = cert.subjectAltName;
    return san ? `${cert.subject.replace(/\n/g, ', ')} (${san})` : cert.subject.replace(/\n/g, ', ');
}
function hasCodeSigning(cert) {
    const eku = cert.keyUsage;
    // No EKU extension at all means "any purpose" in RFC 5280, but Go's x509 (cosign) demands
    // codeSigning explicitly, so signet does too.
    return Array.isArray(eku) && eku.includes(CODE_SIGNING_EKU);
}
/** Problems with the leaf itself (not its chain), or undefined when fit for signing at `at`. */
function leafProblem(cert, at) {
    if (!hasCodeSigning(cert))
        return 'certificate lacks the codeSigning extended key usage';
    if (at < cert.validFromDate)
        return `certificate is not valid before ${cert.validFromDate.toISOString()}`;
    if (at > cert.validToDate)
        return `certificate expired at ${cert.validToDate.toISOString()}`;
    return undefined;
}
/**
 * Walks leaf -> intermediates -> a trusted root. `pool` holds untrusted intermediates (from the
 * signature or the chain file); `roots` are the trust anchors. Returns the path or a reason.
 */
function buildPath(leaf, pool, roots, at) {
    const path = [leaf];
    let current = leaf;
    for (let depth = 0; depth < 10; depth++) {
        const root = roots.find((r) => current.checkIssued(r) && current.verify(r.publicKey));
        if (root) {
            if (root.fingerprint256 !== current.fingerprint256)
                path.push(root);
            return expired(path, at) ?? path;
        }
        if (roots.some((r) => r.fingerprint256 === current.fingerprint256))
            return expired(path, at) ?? path;
        const issuer = pool.find((c) => c.fingerprint256 !== current.fingerprint256 && current.checkIssued(c) && current.verify(c.publicKey));
        if (!issuer) {
            return `certificate chain does not lead to a trusted root (no issuer found for "${current.subject.replace(/\n/g, ', ')}")`;
        }
        if (!issuer.ca)
            return `"${issuer.subject.replace(/\n/g, ', ')}" is not a CA certificate but issued a certificate in the chain`;
        path.push(issuer);
        current = issuer;
    }
    return 'certificate chain is longer than 10';
}
function expired(path, at) {
    for (const cert of path.slice(1)) {
        if (at < cert.validFromDate || at > cert.validToDate) {
            return `CA certificate "${cert.subject.replace(/\n/g, ', ')}" is not valid at ${at.toISOString()}`;
        }
    }
    return undefined;
}
/** Compares SPKI bytes, so it works for keys that never leave their KMS (Vault). */
function certificateMatchesKey(cert, publicKey) {
    const der = (k) => k.export({ type: 'spki', format: 'der' });
    return der(cert.publicKey).equals(der(publicKey));
}
/** SAN emails and URIs, the identities cosign's --certificate-identity matches. */
function subjectAlternativeNames(cert) {
    const san = cert.subjectAltName;
    if (!san)
        return [];
    return san
        .split(/,\s*/)
        .map((entry) => /^(?:email|URI):(.*)$/.exec(entry)?.[1])
        .filter((v) => typeof v === 'string');
}
async function oidcIssuer(cert) {
    const [{ AsnConvert }, { Certificate }] = await Promise.all([__webpack_require__.e(/* import() */ 338).then(__webpack_require__.t.bind(__webpack_require__, 22338, 23)), Promise.all(/* import() */[__webpack_require__.e(338), __webpack_require__.e(754)]).then(__webpack_require__.t.bind(__webpack_require__, 86754, 23))]);
    const parsed = AsnConvert.parse(cert.raw, Certificate);
    const extensions = parsed.tbsCertificate.extensions ?? [];
    const value = (oid) => extensions.find((e) => e.extnID === oid)?.extnValue.buffer;
    const v2 = value(FULCIO_ISSUER_V2);
    if (v2) {
        // DER UTF8String: tag 0x0c, short or long length.
        const bytes = new Uint8Array(v2);
        const offset = (bytes[1] ?? 0) & 0x80 ? 2 + ((bytes[1] ?? 0) & 0x7f) : 2;
        return new TextDecoder().decode(bytes.subarray(offset));
    }
    const v1 = value(FULCIO_ISSUER_V1);
    return v1 ? new TextDecoder().decode(new Uint8Array(v1)) : '';
}
function compile(pattern, flag) {
    try {
        return new RegExp(pattern);
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${flag} "${pattern}" is not a valid regular expression`);
    }
}
/** cosign's CheckCertificatePolicy: an issuer and a SAN must both match when given. */
async function identityProblem(cert, req) {
    const needsIssuer = req.issuer !== undefined || req.issuerRegExp !== undefined;
    const issuer = needsIssuer ? await oidcIssuer(cert) : '';
    if (req.issuer !== undefined && req.issuer !== issuer)
        return `certificate issuer "${issuer}" is not "${req.issuer}"`;
    if (req.issuerRegExp !== undefined && !compile(req.issuerRegExp, '--certificate-oidc-issuer-regexp').test(issuer)) {
        return `certificate issuer "${issuer}" does not match /${req.issuerRegExp}/`;
    }
    const sans = subjectAlternativeNames(cert);
    if (req.identity !== undefined && !sans.includes(req.identity)) {
        return `certificate identities [${sans.join(', ')}] do not include "${req.identity}"`;
    }
    if (req.identityRegExp !== undefined) {
        const re = compile(req.identityRegExp, '--certificate-identity-regexp');
        if (!sans.some((s) => re.test(s)))
            return `certificate identities [${sans.join(', ')}] do not match /${req.identityRegExp}/`;
    }
    return undefined;
}
/** Checks a signer's own certificate before signing, so a bad cert fails fast and clearly. */
function checkSigningCertificate(options) {
    const at = options.at ?? new Date();
    if (options.publicKey && !certificateMatchesKey(options.leaf, options.publicKey)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('the certificate does not match the signing key', 'pass the certificate issued for this key with --cert');
    }
    const problem = leafProblem(options.leaf, at);
    if (problem)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`signing certificate ${describeCertificate(options.leaf)}: ${problem}`);
    if (options.chain.length === 0)
        return;
    const root = options.chain[options.chain.length - 1];
    if (!root || !root.checkIssued(root)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('the last certificate of --cert-chain must be a self-signed root', 'order the chain: parent intermediate first, root last');
    }
    const path = buildPath(options.leaf, options.chain.slice(0, -1), [root], at);
    if (typeof path === 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('usage', `--cert-chain: ${path}`, { hint: 'order the chain: parent intermediate first, root last' });
}


/***/ }),

/***/ 68345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadCertificateTrust),
/* harmony export */   h: () => (/* binding */ loadSigningCertificate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(745);



async function readPem(path, flag) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${flag} ${path}: cannot read the file`, 'check the path');
    }
}
async function loadSigningCertificate(certPath, chainPath) {
    const certs = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificates */ .WW)(await readPem(certPath, '--cert'), certPath);
    const leaf = certs[0];
    const chain = chainPath ? (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificates */ .WW)(await readPem(chainPath, '--cert-chain'), chainPath) : [];
    return { material: { certificatePem: leaf.toString(), chainPem: chain.length ? (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .toPem */ .sg)(chain) : undefined }, leaf, chain };
}
/** cosign's --certificate-chain: intermediates first, the trusted root last. */
async function loadCertificateTrust(chainPath, identity) {
    const certs = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificates */ .WW)(await readPem(chainPath, '--cert-chain'), chainPath);
    const root = certs[certs.length - 1];
    if (!root.checkIssued(root)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--cert-chain ${chainPath}: the last certificate is not a self-signed root`, 'end the file with the root CA certificate');
    }
    return { roots: [root], intermediates: certs.slice(0, -1), identity };
}


/***/ }),

/***/ 90254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ read)
/* harmony export */ });
/* harmony import */ var mute_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27721);
/* harmony import */ var readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23785);


async function read({ default: def, input = process.stdin, output = process.stdout, completer, prompt = '', silent, timeout, edit, terminal, replace, history, }) {
    if (typeof def !== 'undefined' &&
        typeof def !== 'string' &&
        typeof def !== 'number') {
        throw new Error('default value must be string or number');
    }
    let editDef = false;
    const defString = def?.toString();
    prompt = prompt.trim() + ' ';
    terminal = !!(terminal || output.isTTY);
    if (defString) {
        if (silent) {
            prompt += '(<default hidden>) ';
            // TODO: add tests for edit
            /* c8 ignore start */
        }
        else if (edit) {
            editDef = true;
            /* c8 ignore stop */
        }
        else {
            prompt += '(' + defString + ') ';
        }
    }
    const m = new mute_stream__WEBPACK_IMPORTED_MODULE_0__({ replace, prompt });
    m.pipe(output, { end: false });
    output = m;
    return new Promise((resolve, reject) => {
        const rl = (0,readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input, output, terminal, completer, history });
        // TODO: add tests for timeout
        /* c8 ignore start */
        const timer = timeout && setTimeout(() => onError(new Error('timed out')), timeout);
        /* c8 ignore stop */
        m.unmute();
        rl.setPrompt(prompt);
        rl.prompt();
        if (silent) {
            m.mute();
            // TODO: add tests for edit + default
            /* c8 ignore start */
        }
        else if (editDef && defString) {
            const rlEdit = rl;
            rlEdit.line = defString;
            rlEdit.cursor = defString.length;
            rlEdit._refreshLine();
        }
        /* c8 ignore stop */
        const done = () => {
            rl.close();
            clearTimeout(timer);
            m.mute();
            m.end();
        };
        // TODO: add tests for rejecting
        /* c8 ignore start */
        const onError = (er) => {
            done();
            reject(er);
        };
        /* c8 ignore stop */
        rl.on('error', onError);
        rl.on('line', line => {
            // TODO: add tests for silent
            /* c8 ignore start */
            if (silent && terminal) {
                m.unmute();
            }
            /* c8 ignore stop */
            done();
            // TODO: add tests for default
            /* c8 ignore start */
            // truncate the \n at the end.
            return resolve(line.replace(/\r?\n?$/, '') || defString || '');
            /* c8 ignore stop */
        });
        // TODO: add tests for sigint
        /* c8 ignore start */
        rl.on('SIGINT', () => {
            rl.close();
            onError(new Error('canceled'));
        });
        /* c8 ignore stop */
    });
}
//# sourceMappingURL=read.js.map

/***/ })

};
