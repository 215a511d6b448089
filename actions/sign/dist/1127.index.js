export const id = 1127;
export const ids = [1127,254];
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

/***/ 31127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerKeys: () => (/* binding */ registerKeys)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/.pnpm/read@4.1.0/node_modules/read/dist/esm/read.js
var read = __webpack_require__(90254);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/keys/key-files.ts
/**
 * cosign.key and cosign.pub on disk, written as a pair: a run never leaves a new private key
 * next to an old public key (or the reverse), which would make every later signature fail to
 * verify with the published key. Both files are written completely to temporary names first;
 * without `force` they are linked into place only where no file exists (link() never replaces),
 * and the first is removed again if the second is taken; with `force` they replace the old pair,
 * which is restored if the second replacement fails.
 */



async function exists(path) {
    return (0,promises_.lstat)(path).then(() => true, () => false);
}
async function writeTemp(path, text, mode) {
    const temp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    // The mode from the first byte: the encrypted key is still a secret worth guarding.
    const handle = await (0,promises_.open)(temp, 'wx', mode);
    try {
        await handle.writeFile(text);
        await handle.chmod(mode);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    return temp;
}
function ioError(what, e) {
    return new errors/* SignetError */.Tj('io', `cannot write ${what}: ${e.code ?? e.message}`, { cause: e });
}
/** Names of files of the pair that already exist. */
async function existingKeyFiles(names) {
    const found = await Promise.all([names.key, names.pub].map(async (p) => ((await exists(p)) ? p : undefined)));
    return found.filter((p) => p !== undefined);
}
async function writeKeyPairFiles(names, pem, options) {
    if (!options.force) {
        const taken = await existingKeyFiles(names);
        if (taken.length > 0)
            throw (0,errors/* usageError */.Wp)(`${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''}; nothing was written`, 'pass --force to replace the pair, or choose --output-key-prefix');
    }
    const temps = [];
    try {
        temps.push(await writeTemp(names.key, pem.privateKeyPem, 0o600));
        temps.push(await writeTemp(names.pub, pem.publicKeyPem, 0o644));
    }
    catch (e) {
        await Promise.all(temps.map((t) => (0,promises_.unlink)(t).catch(() => undefined)));
        throw ioError(names.key, e);
    }
    const [tempKey = '', tempPub = ''] = temps;
    try {
        if (options.force)
            await replacePair(names, tempKey, tempPub);
        else
            await linkPair(names, tempKey, tempPub);
    }
    finally {
        await Promise.all(temps.map((t) => (0,promises_.unlink)(t).catch(() => undefined)));
    }
}
async function linkPair(names, tempKey, tempPub) {
    const taken = (e, path) => {
        if (e.code === 'EEXIST')
            throw (0,errors/* usageError */.Wp)(`${path} already exists (created meanwhile); nothing was written`, 'pass --force to replace the pair, or choose --output-key-prefix');
        throw ioError(path, e);
    };
    try {
        await (0,promises_.link)(tempKey, names.key);
    }
    catch (e) {
        taken(e, names.key);
    }
    try {
        await (0,promises_.link)(tempPub, names.pub);
    }
    catch (e) {
        await (0,promises_.unlink)(names.key).catch(() => undefined);
        taken(e, names.pub);
    }
}
async function replacePair(names, tempKey, tempPub) {
    const backup = `${names.key}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.old`;
    const hadKey = await (0,promises_.link)(names.key, backup).then(() => true, () => false);
    try {
        await (0,promises_.rename)(tempKey, names.key);
        try {
            await (0,promises_.rename)(tempPub, names.pub);
        }
        catch (e) {
            // Never a new key next to the old public key: put the old key back (or remove the new one).
            if (hadKey)
                await (0,promises_.rename)(backup, names.key).catch(() => undefined);
            else
                await (0,promises_.unlink)(names.key).catch(() => undefined);
            throw ioError(names.pub, e);
        }
    }
    catch (e) {
        if (e instanceof errors/* SignetError */.Tj)
            throw e;
        throw ioError(names.key, e);
    }
    finally {
        await (0,promises_.unlink)(backup).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./packages/core/src/signers/key-ref.ts
var key_ref = __webpack_require__(38311);
// EXTERNAL MODULE: ./packages/core/src/keys/generate.ts
var generate = __webpack_require__(9550);
// EXTERNAL MODULE: ./packages/cli/src/password.ts
var src_password = __webpack_require__(60152);
// EXTERNAL MODULE: ./packages/cli/src/context.ts + 2 modules
var context = __webpack_require__(83119);
// EXTERNAL MODULE: ./packages/cli/src/keysources.ts
var keysources = __webpack_require__(69818);
;// CONCATENATED MODULE: ./packages/cli/src/commands/keys.ts






/**
 * Both files or neither (core writeKeyPairFiles). Existing files are replaced only with --force
 * or, as cosign does, after a "y" at the terminal.
 */
async function writeKeyFiles(prefix, privateKeyPem, publicKeyPem, force) {
    const names = { key: `${prefix}.key`, pub: `${prefix}.pub` };
    let replace = force;
    if (!replace && process.stdin.isTTY) {
        const taken = await existingKeyFiles(names);
        if (taken.length > 0) {
            const answer = await (0,read.read)({ prompt: `File ${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''}. Overwrite (y/n)? `, output: process.stderr });
            if (!/^y(es)?$/i.test(answer.trim()))
                throw (0,errors/* usageError */.Wp)('not overwriting the existing key files', 'pass --force to replace them, or choose --output-key-prefix');
            replace = true;
        }
    }
    await writeKeyPairFiles(names, { privateKeyPem, publicKeyPem }, { force: replace });
    context/* stderrLogger */.D7.info(`Private key written to ${prefix}.key\nPublic key written to ${prefix}.pub`);
}
async function writePublicKey(prefix, pem, force) {
    try {
        await (0,promises_.writeFile)(`${prefix}.pub`, pem, { mode: 0o644, flag: force ? 'w' : 'wx' });
    }
    catch (e) {
        if (e.code === 'EEXIST') {
            throw (0,errors/* usageError */.Wp)(`${prefix}.pub already exists (the key itself was stored)`, 'pass --force to overwrite, or choose --output-key-prefix');
        }
        throw new errors/* SignetError */.Tj('io', `cannot write ${prefix}.pub: ${e.message}`);
    }
    context/* stderrLogger */.D7.info(`Public key written to ${prefix}.pub`);
}
function registerKeys(program) {
    program
        .command('generate-key-pair')
        .summary('create cosign.key (encrypted, cosign format) and cosign.pub')
        .description('Generates an ECDSA P-256 key pair. The private key is encrypted with the password from\nCOSIGN_PASSWORD (may be empty) or a prompt, in cosign\'s format, so cosign can use it too.\n' +
        'With k8s://NS/NAME the pair goes into an immutable Secret (cosign.key, cosign.password, cosign.pub);\n' +
        'with hashivault://NAME an ecdsa-p256 Vault transit key is created instead. cosign.pub is written either way.')
        .argument('[destination]', 'k8s://NAMESPACE/NAME or hashivault://KEY instead of local files')
        .option('--output-key-prefix <name>', 'file name prefix', 'cosign')
        .option('-f, --force', 'overwrite existing files; replace an existing Secret; rotate an existing transit key')
        .action(async (destination, flags) => {
        const force = flags.force ?? false;
        const ref = destination === undefined ? undefined : (0,key_ref/* parseKeyRef */.w)(destination);
        if (ref && ref.kind !== 'k8s' && ref.kind !== 'hashivault') {
            throw (0,errors/* usageError */.Wp)(`generate-key-pair cannot store keys in ${destination}`, 'use k8s://NS/NAME, hashivault://NAME, or --output-key-prefix for files');
        }
        if (ref?.kind === 'hashivault') {
            // The private key never leaves Vault; only the public key is written, as cosign does.
            const created = await (await (0,keysources/* vaultKeys */.rs)()).createKey(ref, force);
            await writePublicKey(flags.outputKeyPrefix, (0,generate/* publicKeyPem */.rY)(created.publicKey), force);
            context/* stderrLogger */.D7.info(`Transit key ${destination} is at version ${created.version}`);
            return;
        }
        const password = await (0,src_password/* newKeyPassword */.Dr)();
        const pair = await (0,generate/* generateCosignKeyPair */._k)(password);
        if (ref?.kind === 'k8s') {
            await (await (0,keysources/* k8sKeys */.Zh)()).storeKeyPair(ref, { ...pair, password }, force);
            context/* stderrLogger */.D7.info(`Successfully created secret ${ref.name} in namespace ${ref.namespace}`);
            await writePublicKey(flags.outputKeyPrefix, pair.publicKeyPem, force);
            return;
        }
        await writeKeyFiles(flags.outputKeyPrefix, pair.privateKeyPem, pair.publicKeyPem, force);
    });
    program
        .command('import-key-pair')
        .summary('turn a PEM private key (RSA, ECDSA, Ed25519) into cosign\'s encrypted format')
        .requiredOption('-k, --key <file>', 'PEM private key (PKCS#8, PKCS#1 or SEC1)')
        .option('--output-key-prefix <name>', 'file name prefix', 'import-cosign')
        .option('-f, --force', 'overwrite existing files')
        .action(async (flags) => {
        let pem;
        try {
            pem = await (0,promises_.readFile)(flags.key, 'utf8');
        }
        catch {
            throw (0,errors/* usageError */.Wp)(`cannot read ${flags.key}`, 'pass the path of a PEM private key');
        }
        const newPassword = await (0,src_password/* newKeyPassword */.Dr)();
        const pair = await (0,generate/* importKeyPair */.pF)(pem, { source: flags.key, password: (0,src_password/* keyPassword */.hi)(flags.key), newPassword });
        await writeKeyFiles(flags.outputKeyPrefix, pair.privateKeyPem, pair.publicKeyPem, flags.force ?? false);
    });
}


/***/ }),

/***/ 60152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ newKeyPassword),
/* harmony export */   hi: () => (/* binding */ keyPassword)
/* harmony export */ });
/* unused harmony export passwordFromEnv */
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/**
 * Passwords come from COSIGN_PASSWORD (cosign's variable, so existing CI secrets work) or
 * SIGNET_PASSWORD, else from a prompt when a person is at the terminal. Never from argv,
 * where the process list would show them.
 */

function passwordFromEnv(env = process.env) {
    return env.COSIGN_PASSWORD ?? env.SIGNET_PASSWORD;
}
async function prompt(message) {
    // Loaded on a prompt only: readline is not on every run's start-up path.
    const { read } = await __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 90254));
    return read({ prompt: message, silent: true, replace: '', output: process.stderr });
}
function keyPassword(what) {
    return async () => {
        const fromEnv = passwordFromEnv();
        if (fromEnv !== undefined)
            return fromEnv;
        if (!process.stdin.isTTY)
            throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`${what} is encrypted and no password was given`, 'set COSIGN_PASSWORD');
        return prompt(`Enter password for ${what}: `);
    };
}
async function newKeyPassword() {
    const fromEnv = passwordFromEnv();
    if (fromEnv !== undefined)
        return fromEnv;
    if (!process.stdin.isTTY)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('no password for the new key', 'set COSIGN_PASSWORD (it may be empty) or run in a terminal');
    const first = await prompt('Enter password for private key: ');
    const again = await prompt('Enter password for private key again: ');
    if (first !== again)
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('passwords do not match', 'run the command again');
    return first;
}


/***/ }),

/***/ 9550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _k: () => (/* binding */ generateCosignKeyPair),
/* harmony export */   pF: () => (/* binding */ importKeyPair),
/* harmony export */   rY: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29807);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47749);



function publicKeyPem(key) {
    const pub = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    return pub.export({ type: 'spki', format: 'pem' }).toString();
}
/** ECDSA P-256, as `cosign generate-key-pair` makes. */
async function generateCosignKeyPair(password) {
    const { privateKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    return { privateKeyPem: await (0,_cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .encryptCosignKey */ .Mn)(privateKey, password), publicKeyPem: publicKeyPem(privateKey) };
}
async function importKeyPair(pem, options) {
    const key = await (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPrivateKey */ .P)(pem, options.password ? { source: options.source, password: options.password } : { source: options.source });
    return { privateKeyPem: await (0,_cosign_encrypted_js__WEBPACK_IMPORTED_MODULE_1__/* .encryptCosignKey */ .Mn)(key, options.newPassword), publicKeyPem: publicKeyPem(key) };
}


/***/ }),

/***/ 90254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   read: () => (/* binding */ read)
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
