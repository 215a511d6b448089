export const id = 9034;
export const ids = [9034];
export const modules = {

/***/ 38105:
/***/ ((module) => {

const COMMA = ',';
const COLON = ':';
const LEFT_SQUARE_BRACKET = '[';
const RIGHT_SQUARE_BRACKET = ']';
const LEFT_CURLY_BRACKET = '{';
const RIGHT_CURLY_BRACKET = '}';

// Recursively encodes the supplied object according to the canonical JSON form
// as specified at http://wiki.laptop.org/go/Canonical_JSON. It's a restricted
// dialect of JSON in which keys are lexically sorted, floats are not allowed,
// and only double quotes and backslashes are escaped.
function canonicalize(object) {
  const buffer = [];
  if (typeof object === 'string') {
    buffer.push(canonicalizeString(object));
  } else if (typeof object === 'boolean') {
    buffer.push(JSON.stringify(object));
  } else if (Number.isInteger(object)) {
    buffer.push(JSON.stringify(object));
  } else if (object === null) {
    buffer.push(JSON.stringify(object));
  } else if (Array.isArray(object)) {
    buffer.push(LEFT_SQUARE_BRACKET);
    let first = true;
    object.forEach((element) => {
      if (!first) {
        buffer.push(COMMA);
      }
      first = false;
      buffer.push(canonicalize(element));
    });
    buffer.push(RIGHT_SQUARE_BRACKET);
  } else if (typeof object === 'object') {
    buffer.push(LEFT_CURLY_BRACKET);
    let first = true;
    Object.keys(object)
      .sort()
      .forEach((property) => {
        if (!first) {
          buffer.push(COMMA);
        }
        first = false;
        buffer.push(canonicalizeString(property));
        buffer.push(COLON);
        buffer.push(canonicalize(object[property]));
      });
    buffer.push(RIGHT_CURLY_BRACKET);
  } else {
    throw new TypeError('cannot encode ' + object.toString());
  }

  return buffer.join('');
}

// String canonicalization consists of escaping backslash (\) and double
// quote (") characters and wrapping the resulting string in double quotes.
function canonicalizeString(string) {
  const escapedString = string.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return '"' + escapedString + '"';
}

module.exports = {
  canonicalize,
};


/***/ }),

/***/ 26218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ envelopeBytes),
/* harmony export */   M: () => (/* binding */ canonicalBytes)
/* harmony export */ });
/* harmony import */ var _tufjs_canonical_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38105);
/* harmony import */ var _tufjs_canonical_json__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_tufjs_canonical_json__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Notary v1's byte formats. Canonical JSON is docker/go's `MarshalCanonical` (keys sorted
 * bytewise, no whitespace, only `\` and `"` escaped, integers only), which
 * @tufjs/canonical-json reproduces byte for byte on every file in ../shared/notary-v1. A
 * metadata file is `{"signed":` canonical(signed) `,"signatures":` canonical(signatures) `}`:
 * Go's struct order, so `signed` first and not the canonical form of the whole envelope.
 * Snapshot and timestamp hash those exact bytes.
 */

function canonicalBytes(value) {
    return Buffer.from((0,_tufjs_canonical_json__WEBPACK_IMPORTED_MODULE_0__.canonicalize)(value), 'utf8');
}
/** The file bytes notary writes (and hashes) for an envelope. */
function envelopeBytes(envelope) {
    return Buffer.concat([
        Buffer.from('{"signed":'),
        canonicalBytes(envelope.signed),
        Buffer.from(',"signatures":'),
        canonicalBytes(envelope.signatures),
        Buffer.from('}'),
    ]);
}


/***/ }),

/***/ 99034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ bareKey),
/* harmony export */   D3: () => (/* binding */ samePublicKey),
/* harmony export */   F2: () => (/* binding */ canonicalKeyId),
/* harmony export */   R0: () => (/* binding */ isX509),
/* harmony export */   WC: () => (/* binding */ x509Key),
/* harmony export */   nI: () => (/* binding */ keyCertificate),
/* harmony export */   publicKeyOf: () => (/* binding */ publicKeyOf),
/* harmony export */   xs: () => (/* binding */ keyId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26218);
/**
 * Notary's key objects and key IDs. A key is `{"keytype": T, "keyval": {"private": null,
 * "public": B64}}` and its ID is the hex SHA-256 of that object's canonical JSON. `ecdsa` and
 * `rsa` carry a DER SubjectPublicKeyInfo, `ed25519` the 32 raw bytes, `ecdsa-x509`/`rsa-x509`
 * the PEM text of a certificate (root keys always, delegation keys added as certificates).
 * An x509 key has two IDs: metadata uses the ID of the wrapped object; notary's key files,
 * `notary key list` and `notary delegation add` print the "canonical" ID of the bare key.
 */



function keyId(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalBytes */ .M)({ keytype: key.keytype, keyval: { private: null, public: key.keyval.public } })).digest('hex');
}
/** A bare (non-certificate) key object for a public key. */
function bareKey(publicKey) {
    const type = publicKey.asymmetricKeyType;
    if (type === 'ed25519') {
        const x = publicKey.export({ format: 'jwk' }).x ?? '';
        return { keytype: 'ed25519', keyval: { private: null, public: Buffer.from(x, 'base64url').toString('base64') } };
    }
    const der = publicKey.export({ format: 'der', type: 'spki' });
    if (type === 'ec')
        return { keytype: 'ecdsa', keyval: { private: null, public: der.toString('base64') } };
    if (type === 'rsa')
        return { keytype: 'rsa', keyval: { private: null, public: der.toString('base64') } };
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`unsupported key type ${type ?? 'unknown'} for Notary`, 'use an ECDSA P-256 key');
}
/** A certificate as notary wraps it: base64 of the PEM text, trailing newline included. */
function x509Key(certificatePem) {
    const cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certificatePem);
    const type = cert.publicKey.asymmetricKeyType;
    const keytype = type === 'ec' ? 'ecdsa-x509' : type === 'rsa' ? 'rsa-x509' : undefined;
    if (!keytype)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`a ${type ?? 'unknown'} certificate cannot be a Notary key`, 'use an ECDSA P-256 or RSA certificate');
    const pem = cert.toString();
    return { keytype, keyval: { private: null, public: Buffer.from(pem.endsWith('\n') ? pem : `${pem}\n`).toString('base64') } };
}
function isX509(key) {
    return key.keytype === 'ecdsa-x509' || key.keytype === 'rsa-x509';
}
/** The certificate of an x509 key. */
function keyCertificate(key) {
    return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(key.keyval.public, 'base64').toString('utf8'));
}
/** The public key a TUF key object carries; throws a verification-neutral Error when malformed. */
function publicKeyOf(key) {
    const raw = Buffer.from(key.keyval.public, 'base64');
    switch (key.keytype) {
        case 'ecdsa':
        case 'rsa':
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: raw, format: 'der', type: 'spki' });
        case 'ecdsa-x509':
        case 'rsa-x509':
            return keyCertificate(key).publicKey;
        case 'ed25519':
            if (raw.byteLength !== 32)
                throw new Error('ed25519 public key is not 32 bytes');
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
        default:
            throw new Error(`unknown key type ${key.keytype}`);
    }
}
/** notary's "canonical" ID: the ID of the bare key inside an x509 key (the ID itself for bare keys). */
function canonicalKeyId(key) {
    return isX509(key) ? keyId(bareKey(publicKeyOf(key))) : keyId(key);
}
/** Whether two keys are the same public key, whatever wrapping. */
function samePublicKey(a, b) {
    return a.export({ format: 'der', type: 'spki' }).equals(b.export({ format: 'der', type: 'spki' }));
}


/***/ })

};
