export const id = 3952;
export const ids = [3952];
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

/***/ 39208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXPIRY: () => (/* reexport safe */ _time_js__WEBPACK_IMPORTED_MODULE_4__.Gp),
/* harmony export */   MAX_METADATA_BYTES: () => (/* reexport safe */ _server_js__WEBPACK_IMPORTED_MODULE_5__.Fx),
/* harmony export */   NotaryServer: () => (/* reexport safe */ _server_js__WEBPACK_IMPORTED_MODULE_5__.ZL),
/* harmony export */   NotaryVerifier: () => (/* reexport safe */ _verify_image_js__WEBPACK_IMPORTED_MODULE_14__.M2),
/* harmony export */   RELEASES_ROLE: () => (/* reexport safe */ _lookup_js__WEBPACK_IMPORTED_MODULE_9__.I5),
/* harmony export */   StaleVersionError: () => (/* reexport safe */ _server_js__WEBPACK_IMPORTED_MODULE_5__.AZ),
/* harmony export */   addDelegation: () => (/* reexport safe */ _setup_js__WEBPACK_IMPORTED_MODULE_12__.g),
/* harmony export */   allTargets: () => (/* reexport safe */ _lookup_js__WEBPACK_IMPORTED_MODULE_9__.eN),
/* harmony export */   bareKey: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_1__.AZ),
/* harmony export */   canonicalBytes: () => (/* reexport safe */ _canonical_js__WEBPACK_IMPORTED_MODULE_0__.M),
/* harmony export */   canonicalKeyId: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_1__.F2),
/* harmony export */   checkFileMeta: () => (/* reexport safe */ _metadata_js__WEBPACK_IMPORTED_MODULE_3__.kJ),
/* harmony export */   checkSigned: () => (/* reexport safe */ _metadata_js__WEBPACK_IMPORTED_MODULE_3__.Jr),
/* harmony export */   currentTargets: () => (/* reexport safe */ _write_js__WEBPACK_IMPORTED_MODULE_11__.cb),
/* harmony export */   defaultPublishRole: () => (/* reexport safe */ _write_js__WEBPACK_IMPORTED_MODULE_11__.Zy),
/* harmony export */   derToP1363: () => (/* reexport safe */ _signatures_js__WEBPACK_IMPORTED_MODULE_2__.uI),
/* harmony export */   envelopeBytes: () => (/* reexport safe */ _canonical_js__WEBPACK_IMPORTED_MODULE_0__.C),
/* harmony export */   fileMeta: () => (/* reexport safe */ _metadata_js__WEBPACK_IMPORTED_MODULE_3__.gM),
/* harmony export */   fileTrustCache: () => (/* reexport safe */ _cache_js__WEBPACK_IMPORTED_MODULE_6__.T),
/* harmony export */   findSignedTarget: () => (/* reexport safe */ _lookup_js__WEBPACK_IMPORTED_MODULE_9__.lh),
/* harmony export */   formatExpiry: () => (/* reexport safe */ _time_js__WEBPACK_IMPORTED_MODULE_4__.B8),
/* harmony export */   gunOf: () => (/* reexport safe */ _verify_image_js__WEBPACK_IMPORTED_MODULE_14__.qu),
/* harmony export */   initRepository: () => (/* reexport safe */ _setup_js__WEBPACK_IMPORTED_MODULE_12__.z),
/* harmony export */   inspectRepository: () => (/* reexport safe */ _inspect_js__WEBPACK_IMPORTED_MODULE_13__.F),
/* harmony export */   invalid: () => (/* reexport safe */ _metadata_js__WEBPACK_IMPORTED_MODULE_3__.Gq),
/* harmony export */   isX509: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_1__.R0),
/* harmony export */   keyCertificate: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_1__.nI),
/* harmony export */   keyId: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_1__.xs),
/* harmony export */   loadRootPin: () => (/* reexport safe */ _pin_js__WEBPACK_IMPORTED_MODULE_7__.mw),
/* harmony export */   loadTrustedRepository: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_8__.w),
/* harmony export */   noTrustCache: () => (/* reexport safe */ _cache_js__WEBPACK_IMPORTED_MODULE_6__.a),
/* harmony export */   parseEnvelope: () => (/* reexport safe */ _metadata_js__WEBPACK_IMPORTED_MODULE_3__.mE),
/* harmony export */   parseExpiry: () => (/* reexport safe */ _time_js__WEBPACK_IMPORTED_MODULE_4__.rQ),
/* harmony export */   pinKeyIds: () => (/* reexport safe */ _pin_js__WEBPACK_IMPORTED_MODULE_7__.ro),
/* harmony export */   pinPublicKey: () => (/* reexport safe */ _pin_js__WEBPACK_IMPORTED_MODULE_7__.Cm),
/* harmony export */   planMigration: () => (/* reexport safe */ _migrate_js__WEBPACK_IMPORTED_MODULE_15__.E),
/* harmony export */   publicKeyOf: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_1__.publicKeyOf),
/* harmony export */   publishTargets: () => (/* reexport safe */ _write_js__WEBPACK_IMPORTED_MODULE_11__.si),
/* harmony export */   registryReference: () => (/* reexport safe */ _verify_image_js__WEBPACK_IMPORTED_MODULE_14__.r),
/* harmony export */   roleAllows: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_8__.f),
/* harmony export */   roleName: () => (/* reexport safe */ _lookup_js__WEBPACK_IMPORTED_MODULE_9__.S3),
/* harmony export */   roleSigners: () => (/* reexport safe */ _write_js__WEBPACK_IMPORTED_MODULE_11__.gr),
/* harmony export */   samePublicKey: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_1__.D3),
/* harmony export */   selfSignedRootCertificate: () => (/* reexport safe */ _certificate_js__WEBPACK_IMPORTED_MODULE_10__.Y),
/* harmony export */   sha256Hex: () => (/* reexport safe */ _metadata_js__WEBPACK_IMPORTED_MODULE_3__.fg),
/* harmony export */   signRole: () => (/* reexport safe */ _write_js__WEBPACK_IMPORTED_MODULE_11__.CK),
/* harmony export */   signSigned: () => (/* reexport safe */ _signatures_js__WEBPACK_IMPORTED_MODULE_2__.SS),
/* harmony export */   signingKeyId: () => (/* reexport safe */ _write_js__WEBPACK_IMPORTED_MODULE_11__.ST),
/* harmony export */   targetDigest: () => (/* reexport safe */ _lookup_js__WEBPACK_IMPORTED_MODULE_9__.mM),
/* harmony export */   verifySignature: () => (/* reexport safe */ _signatures_js__WEBPACK_IMPORTED_MODULE_2__.Od),
/* harmony export */   writeRole: () => (/* reexport safe */ _write_js__WEBPACK_IMPORTED_MODULE_11__.CW),
/* harmony export */   x509Key: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_1__.WC)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26218);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99034);
/* harmony import */ var _signatures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60613);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49679);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27819);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8953);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53030);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88331);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61462);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(98492);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(12499);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(51271);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(50445);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(91164);
/* harmony import */ var _verify_image_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(38287);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(52737);
/** Docker Content Trust (Notary v1): read, verify and write TUF trust data on a Notary server. */


















/***/ }),

/***/ 52737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ planMigration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98492);
/* harmony import */ var _verify_image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38287);
/**
 * Moving a Docker Content Trust repository to cosign signatures: every signed tag, verified
 * from the pinned root against what the registry serves. Only verified digests may be
 * re-signed; a tag that fails is reported with the reason and never signed.
 */



/** Every signed tag of each repository (`registry/repo`), verified one by one. */
async function planMigration(verifier, ctx, repositories) {
    const out = [];
    for (const input of repositories) {
        const ref = (0,_verify_image_js__WEBPACK_IMPORTED_MODULE_0__/* .registryReference */ .r)(input);
        if (ref.tag !== undefined || ref.digest !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj('usage', `${input}: name a repository, without a tag or digest`, { hint: 'migrate reads every signed tag of the repository' });
        const gun = (0,_verify_image_js__WEBPACK_IMPORTED_MODULE_0__/* .gunOf */ .qu)(ref);
        let tags;
        try {
            tags = [...new Set((0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .allTargets */ .eN)(await verifier.repository(gun)).map((t) => t.tag))].sort();
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .Tj && e.kind === 'verification') {
                out.push({ gun, tag: '*', digest: undefined, roles: [], verified: false, reason: e.message });
                continue;
            }
            throw e;
        }
        for (const tag of tags) {
            const r = await verifier.verify(`${gun}:${tag}`, ctx);
            out.push({ gun, tag, digest: r.ok ? r.target?.digest : undefined, roles: r.target?.roles ?? [], verified: r.ok, reason: r.reason });
        }
    }
    return out;
}


/***/ })

};
