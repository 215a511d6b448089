export const id = 2706;
export const ids = [2706];
export const modules = {

/***/ 40980:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(21443);
const bundle_1 = __webpack_require__(81794);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 81794:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 38918:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    fields;
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 76028:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __webpack_require__(40980);
Object.defineProperty(exports, "toDSSEBundle", ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } }));
Object.defineProperty(exports, "toMessageSignatureBundle", ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } }));
var bundle_1 = __webpack_require__(81794);
Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } }));
Object.defineProperty(exports, "isBundleWithCertificateChain", ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } }));
Object.defineProperty(exports, "isBundleWithDsseEnvelope", ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } }));
Object.defineProperty(exports, "isBundleWithMessageSignature", ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } }));
Object.defineProperty(exports, "isBundleWithPublicKey", ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } }));
var error_1 = __webpack_require__(38918);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __webpack_require__(36152);
Object.defineProperty(exports, "bundleFromJSON", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
Object.defineProperty(exports, "bundleToJSON", ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } }));
Object.defineProperty(exports, "envelopeFromJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } }));
Object.defineProperty(exports, "envelopeToJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } }));
var validate_1 = __webpack_require__(57116);
Object.defineProperty(exports, "assertBundle", ({ enumerable: true, get: function () { return validate_1.assertBundle; } }));
Object.defineProperty(exports, "assertBundleLatest", ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } }));
Object.defineProperty(exports, "assertBundleV01", ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } }));
Object.defineProperty(exports, "assertBundleV02", ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } }));
Object.defineProperty(exports, "isBundleV01", ({ enumerable: true, get: function () { return validate_1.isBundleV01; } }));


/***/ }),

/***/ 36152:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(21443);
const bundle_1 = __webpack_require__(81794);
const validate_1 = __webpack_require__(57116);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 57116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __webpack_require__(38918);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 7573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ failureLine),
/* harmony export */   fP: () => (/* binding */ verifyEnd),
/* harmony export */   tB: () => (/* binding */ runBatchCommand)
/* harmony export */ });
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83119);
/* harmony import */ var _exit_code_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67080);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53314);
/**
 * The skeleton every batch command shares (sign, verify, with cosign keys or GPG): one registry
 * context for the run, progress on stderr, a summary line, and one error carrying the worst
 * exit code for the images that failed. Commands supply the request and the rendering only.
 */




/** Runs `body` with the run's context and progress, then prints the summary and throws for failures. */
async function runBatchCommand(inputs, flags, body, options = {}) {
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createContext */ .q6)(inputs, flags);
    const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .createProgress */ .m)();
    try {
        const end = await body({ ctx, progress });
        progress.finish();
        if (end.summary !== undefined)
            _context_js__WEBPACK_IMPORTED_MODULE_0__/* .stderrLogger */ .D7.info(end.summary);
        (0,_exit_code_js__WEBPACK_IMPORTED_MODULE_1__/* .throwIfFailed */ .tq)(end.failures);
    }
    finally {
        progress.finish();
        for (const close of options.close ?? [])
            await close?.();
        await ctx.close();
    }
}
/** The progress line of an item that ended in an error rather than a result. */
function failureLine(label, item, error) {
    return `${label} ${item}: ${(0,_exit_code_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .BP)(error)}`;
}
/**
 * The end of a verify batch: an error for each image not verified (its reason, as a
 * verification failure) or not checked, and the summary line for more than one image.
 */
function verifyEnd(images) {
    const failures = images.flatMap((o) => !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new _signet_core__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('verification', o.value.reason ?? `${o.value.image}: not verified`) }]);
    return {
        failures,
        summary: images.length > 1 ? `Summary: ${images.length - failures.length}/${images.length} image(s) verified, ${failures.length} failed` : undefined,
    };
}


/***/ }),

/***/ 38414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
/** Where --help sends people: the published pages, not paths inside a checkout they may not have. */
const DOCS_BASE = 'https://github.com/signet-dev/signet/blob/main/docs';
function docsUrl(page) {
    return `${DOCS_BASE}/${page}`;
}


/***/ }),

/***/ 63031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ gpgPassphrase),
/* harmony export */   L0: () => (/* binding */ lookasideStore),
/* harmony export */   XI: () => (/* binding */ lookasideUrl),
/* harmony export */   hR: () => (/* binding */ fileExists)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1748);
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83119);
/** Options shared by the GPG / lookaside paths of sign and verify. */



/** --lookaside, else SIGNET_LOOKASIDE; the store is opened once for the whole batch. */
function lookasideStore(flag, required) {
    const url = lookasideUrl(flag, required);
    if (!url)
        return undefined;
    // Fewer attempts than registry calls: lookaside servers are simple and a dead one should fail fast.
    return (0,_signet_core__WEBPACK_IMPORTED_MODULE_2__/* .openLookasideStore */ .D)(url, { logger: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7, userAgent: 'signet/0.1', retry: { maxAttempts: 3 } });
}
/** --lookaside, else SIGNET_LOOKASIDE. */
function lookasideUrl(flag, required) {
    const url = flag ?? process.env.SIGNET_LOOKASIDE;
    if (!url && required) {
        throw (0,_signet_core__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('no lookaside store given', 'pass --lookaside file:///DIR, https://HOST/PATH or sigserver+https://HOST (or set SIGNET_LOOKASIDE)');
    }
    return url || undefined;
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
        const { read } = await __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 90254));
        return read({ prompt: `Enter passphrase for ${what}: `, silent: true, replace: '', output: process.stderr });
    };
}


/***/ }),

/***/ 34639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ timed),
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
/**
 * `work`'s result with the seconds it took. process.hrtime, not the global `performance`: the
 * first use of `performance` loads perf_hooks and eight internal modules with it, a cost every
 * one-image verify process paid for one subtraction.
 */
async function timed(work) {
    const started = process.hrtime.bigint();
    const result = await work();
    return { ...result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .codedError */ .Au)('usage', 'gpg.keyring-missing', `keyring ${path} does not exist`, { path });
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
    loaded ??= __webpack_require__.e(/* import() */ 7279).then(__webpack_require__.bind(__webpack_require__, 27279));
    return loaded;
}


/***/ }),

/***/ 2478:
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
// EXTERNAL MODULE: ./packages/core/src/verify/signed-identity.ts
var signed_identity = __webpack_require__(34489);
// EXTERNAL MODULE: ./packages/core/src/gpg/openpgp.ts
var openpgp = __webpack_require__(48684);
// EXTERNAL MODULE: ./packages/core/src/reference/reference.ts
var reference = __webpack_require__(17159);
// EXTERNAL MODULE: ./packages/core/src/gpg/keys.ts
var keys = __webpack_require__(47131);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/gpg/gpg-binary-verify.ts
/**
 * Verifies a containers/image signature with the gpg binary, for what openpgp.js cannot read:
 * version-3 signature packets (RFC 4880 5.2.2), which openpgp.js 6 skips as unsupported, so a
 * valid v3 signature looked unsigned. gpg verifies them, and so does containers/image (gpgme and
 * its openpgp mechanism; upstream fixtures `*.signature-v3`). The decision is gpg's, read from
 * its machine-readable status lines the way gpgme reads them: exactly one signature, GOODSIG
 * with VALIDSIG, and no BADSIG, ERRSIG, EXPSIG, EXPKEYSIG or REVKEYSIG (an expired or revoked
 * key or signature is refused, as containers/image refuses it).
 *
 * gpg runs in a private GNUPGHOME holding only the keyring being trusted, created 0700 and
 * removed afterwards, with `--no-autostart` (no agent is needed to verify and none is left
 * behind) and an environment of PATH and GNUPGHOME only: no secret of signet's reaches it.
 * Each such signature costs two gpg runs (import, verify); the lookaside's slot limit bounds how
 * many a hostile store can cause.
 */




/** Signatures are small; a bound keeps a hostile one from filling memory through gpg's output. */
const MAX_OUTPUT = 4 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
function runGpg(args, home, input) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('gpg', ['--batch', '--no-tty', '--no-autostart', '--homedir', home, '--status-fd', '2', ...args], {
            env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GNUPGHOME: home, LC_ALL: 'C' },
            stdio: ['pipe', 'pipe', 'pipe'],
            timeout: TIMEOUT_MS,
        });
        const out = [];
        let size = 0;
        let status = '';
        child.stdout.on('data', (c) => {
            size += c.length;
            if (size > MAX_OUTPUT)
                child.kill();
            else
                out.push(c);
        });
        child.stderr.on('data', (c) => {
            if (status.length < MAX_OUTPUT)
                status += c.toString('utf8');
        });
        child.on('error', (e) => resolve({ code: null, stdout: Buffer.alloc(0), status: '', missing: e.code === 'ENOENT' }));
        child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), status, missing: false }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
    });
}
/** Status keywords gpg prints per signature (doc/DETAILS), and what each means here. */
const REFUSED = {
    BADSIG: 'the signature does not verify',
    ERRSIG: 'the signature cannot be checked (unknown key or algorithm)',
    EXPSIG: 'the signature has expired',
    EXPKEYSIG: 'the signing key has expired',
    REVKEYSIG: 'the signing key has been revoked',
};
async function verifyWithGpgBinary(signature, keyring) {
    const home = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'signet-gpgv-'));
    try {
        const keys = Buffer.concat(keyring.map((k) => Buffer.from(k.write())));
        const imported = await runGpg(['--import'], home, keys);
        if (imported.missing)
            return { ok: false, reason: 'signature uses a version-3 OpenPGP packet, which only the gpg binary reads, and gpg is not installed (install gnupg)' };
        if (imported.code !== 0)
            return { ok: false, reason: 'gpg could not import the keyring' };
        const r = await runGpg(['--output', '-', '--decrypt'], home, signature);
        const lines = r.status.split('\n').filter((l) => l.startsWith('[GNUPG:] ')).map((l) => l.slice('[GNUPG:] '.length).split(' '));
        const signatures = lines.filter((l) => l[0] === 'NEWSIG').length;
        if (signatures !== 1)
            return { ok: false, malformed: true, reason: `expected exactly one OpenPGP signature, found ${signatures}` };
        const refused = lines.find((l) => l[0] !== undefined && l[0] in REFUSED);
        if (refused)
            return { ok: false, reason: `${REFUSED[refused[0]]} (gpg: ${refused.slice(0, 2).join(' ')})` };
        const valid = lines.find((l) => l[0] === 'VALIDSIG');
        const primary = valid?.[10] ?? valid?.[1];
        if (r.code !== 0 || !lines.some((l) => l[0] === 'GOODSIG') || !primary)
            return { ok: false, reason: 'gpg did not find a good signature' };
        return { ok: true, data: new Uint8Array(r.stdout), primaryFingerprint: primary.toUpperCase() };
    }
    finally {
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/gpg/key-validity.ts
/** Why the (sub)key with `keyID` of `key` is not valid at `now`, or undefined when it is. */
async function keyNotValidNow(key, keyID, now = new Date()) {
    try {
        await key.verifyPrimaryKey(now);
    }
    catch (e) {
        return `the key is not valid now (${e.message.split('\n')[0]}); gpg and containers/image refuse such signatures`;
    }
    const subkey = key.getSubkeys(keyID)[0];
    if (subkey) {
        try {
            await subkey.verify(now);
        }
        catch (e) {
            return `the signing subkey is not valid now (${e.message.split('\n')[0]}); gpg and containers/image refuse such signatures`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/verify/types.ts
var types = __webpack_require__(65645);
;// CONCATENATED MODULE: ./packages/core/src/gpg/verify.ts
/**
 * Verifies containers/image signatures as its signedBy policy does: exactly one OpenPGP
 * signature, made by a key in the trusted keyring, over a payload naming this manifest digest
 * and an identity that matches the image under matchRepoDigestOrExact.
 */








/** Checks the OpenPGP signature only; the caller checks the claims. */
async function openAtomicSignature(signature, keyring) {
    let message;
    try {
        message = await (await (0,openpgp/* openpgp */.I)()).readMessage({ binaryMessage: signature });
    }
    catch {
        return { ok: false, code: 'malformed', reason: 'not an OpenPGP signed message' };
    }
    let result;
    try {
        result = await (await (0,openpgp/* openpgp */.I)()).verify({ message, verificationKeys: [...keyring], format: 'binary' });
    }
    catch (e) {
        return { ok: false, code: 'malformed', reason: `unreadable OpenPGP message (${e.message.split('\n')[0]})` };
    }
    // openpgp.js skips version-3 signature packets, so a v3-signed message shows no signature:
    // gpg reads those (gpg-binary-verify.ts), and then decides alone.
    if (result.signatures.length === 0)
        return viaGpgBinary(signature, keyring);
    // containers/image rejects anything but exactly one signature, so a message carrying a
    // trusted and an untrusted signature cannot be read two ways.
    if (result.signatures.length !== 1)
        return { ok: false, code: 'malformed', reason: `expected exactly one OpenPGP signature, found ${result.signatures.length}` };
    const sig = result.signatures[0];
    const keyId = sig.keyID.toHex().toUpperCase();
    const key = keyring.find((k) => k.getKeys(sig.keyID).length > 0);
    if (!key)
        return { ok: false, code: 'untrusted', reason: `signed by key ${keyId}, which is not in the keyring` };
    try {
        await sig.verified;
    }
    catch (e) {
        return { ok: false, code: 'untrusted', reason: `signature by key ${keyId} does not verify (${e.message.split('\n')[0]})` };
    }
    const stale = await keyNotValidNow(key, sig.keyID);
    if (stale)
        return { ok: false, code: 'untrusted', reason: `signature by key ${keyId}: ${stale}` };
    return withPayload(result.data, (0,keys/* fingerprintOf */.ax)(key));
}
function withPayload(data, signedBy) {
    let payload;
    try {
        payload = (0,simple_signing/* parseAtomicPayload */.rr)(data);
    }
    catch (e) {
        return { ok: false, code: 'malformed', reason: e.message };
    }
    return { ok: true, value: { payload, signedBy } };
}
async function viaGpgBinary(signature, keyring) {
    const r = await verifyWithGpgBinary(signature, keyring);
    if (!r.ok)
        return { ok: false, code: r.malformed ? 'malformed' : 'untrusted', reason: r.reason };
    // gpg names the primary key; report the keyring's spelling of it.
    const key = keyring.find((k) => (0,keys/* fingerprintOf */.ax)(k) === r.primaryFingerprint);
    if (!key)
        return { ok: false, code: 'untrusted', reason: `signed by key ${r.primaryFingerprint}, which is not in the keyring` };
    return withPayload(r.data, (0,keys/* fingerprintOf */.ax)(key));
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
        return (0,types/* rejection */.c)('digest', `signed digest ${payload.digest} is not the image's ${check.digest}`);
    if (check.signedIdentity) {
        const problem = (0,signed_identity/* signedIdentityProblem */.cY)(`${check.image.registry}/${check.image.repository}`, payload.dockerReference, check.signedIdentity, 'signed identity');
        return problem === undefined ? undefined : (0,types/* rejection */.c)('identity', problem);
    }
    if (!matchRepoDigestOrExact(check.image, payload.dockerReference)) {
        return (0,types/* rejection */.c)('identity', `signed identity "${payload.dockerReference}" does not match ${(0,reference/* formatReference */.FH)(check.image)}`);
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
async function verifyAtomic(ref, digest, store, keyring, signedIdentity) {
    const signatures = await store.list(ref, digest);
    const verified = [];
    const rejected = [];
    // The image as the user named it decides the identity rule; the digest is always checked.
    const image = ref.digest !== undefined || ref.tag !== undefined ? ref : { ...ref, digest };
    for (const [i, signature] of signatures.entries()) {
        const opened = await openAtomicSignature(signature, keyring);
        if (!opened.ok) {
            rejected.push({ index: i + 1, code: opened.code, reason: opened.reason });
            continue;
        }
        const mismatch = claimMismatch(opened.value.payload, { image, digest, signedIdentity });
        if (mismatch)
            rejected.push({ index: i + 1, ...mismatch });
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .codedError */ .Au)('usage', 'lookaside.credentials-in-url', 'lookaside URL must not contain credentials');
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
/**
 * The store's directory may itself be a symbolic link (the user named it), but nothing inside
 * it may be: a link planted at `team/` or at a signature slot would make signet write (or read)
 * outside the store. Each directory below the root is created one level at a time and checked
 * with lstat; files are created with O_EXCL and read with O_NOFOLLOW, which never follow links.
 * (A writer racing these checks needs write access to the store, which is the platform's to
 * deny: see docs/security.md.)
 */
async function checkedDirectory(root, relative, create) {
    let dir = root;
    for (const part of relative.split('/').filter(Boolean)) {
        dir = (0,external_node_path_.join)(dir, part);
        if (create) {
            try {
                await (0,promises_.mkdir)(dir);
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw ioError(`cannot create ${dir}`, e);
            }
        }
        let info;
        try {
            info = await (0,promises_.lstat)(dir);
        }
        catch (e) {
            if (e.code === 'ENOENT' && !create)
                return undefined;
            throw ioError(`cannot read ${dir}`, e);
        }
        if (info.isSymbolicLink() || !info.isDirectory()) {
            throw new errors/* SignetError */.Tj('io', `${dir} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a directory'} inside the lookaside store ${root}; refusing to follow it out of the store`, {
                hint: 'remove it, or point --lookaside at the directory it links to',
            });
        }
    }
    return dir;
}
async function readNoFollow(path) {
    const handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
class FileLookasideStore {
    url;
    #dir;
    constructor(dir) {
        this.#dir = dir;
        this.url = `file://${dir}`;
    }
    async list(ref, digest) {
        const dir = await checkedDirectory(this.#dir, (0,layout/* signatureDirectory */.us)(ref, digest), false);
        const out = [];
        if (dir === undefined)
            return out;
        for (let n = 1; n <= layout/* MAX_SIGNATURES */.d4; n++) {
            try {
                out.push(await readNoFollow((0,external_node_path_.join)(dir, `signature-${n}`)));
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    break;
                if (e.code === 'ELOOP')
                    throw new errors/* SignetError */.Tj('io', `${(0,external_node_path_.join)(dir, `signature-${n}`)} is a symbolic link inside the lookaside store; refusing to follow it`, { hint: 'remove it' });
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
        try {
            await (0,promises_.mkdir)(this.#dir, { recursive: true });
        }
        catch (e) {
            // EEXIST: a file where the directory should be; the first level below says ENOTDIR.
            if (e.code !== 'EEXIST')
                throw ioError(`cannot create ${this.#dir}`, e);
        }
        const dir = (await checkedDirectory(this.#dir, (0,layout/* signatureDirectory */.us)(ref, digest), true)) ?? this.#dir;
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
// EXTERNAL MODULE: ./packages/core/src/http/pool.ts
var pool = __webpack_require__(19839);
;// CONCATENATED MODULE: ./packages/core/src/lookaside/http.ts
/**
 * The small HTTP client lookaside stores share: the engine's HTTP pool (keep-alive, timeouts,
 * the registry client's retry policy), with errors that name the store but never its
 * credentials.
 */


class LookasideHttp {
    #pool;
    constructor(options = {}) {
        this.#pool = new pool/* HttpPool */.dj(options);
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
 * Signature servers with an upload API (`sigserver+http(s)://BASE`), as the OpenShift
 * signature-verification setup serves it with nginx + Lua: signatures are POSTed to
 * `BASE/upload` as JSON `{repoName, layerId, signatureData}`, each field base64, and the server
 * writes the decoded signature to `<root>/<repoName>/<layerId>/signature-1`, publishing `<root>`
 * under BASE for plain GETs.
 *
 * That server's own client sends repoName = the repository path before the image name and
 * layerId = `<name>@sha256=<hex>`, so the file lands at `<repository>@sha256=<hex>/signature-1`,
 * the lookaside path CRI-O and containers/image read. The server always writes slot 1 and
 * answers 201 without saying where, so an upload onto an existing signature would replace it:
 * the slots are read first and an occupied slot is refused, and after the upload slot 1 is read
 * back to confirm it holds our signature.
 */





const b64 = (s) => Buffer.from(s).toString('base64');
/**
 * The upload fields the server's own client sends: `team/app` and sha256:<hex> become
 * repoName `team`, layerId `app@sha256=<hex>` (repoName is empty for a single-component path).
 */
function uploadFields(ref, digest) {
    const directory = (0,layout/* signatureDirectory */.us)(ref, digest);
    const slash = directory.lastIndexOf('/');
    return { repoName: slash < 0 ? '' : directory.slice(0, slash), layerId: directory.slice(slash + 1) };
}
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
        const slot = joinUrl(this.#base, (0,layout/* signaturePath */.oY)(ref, digest, 1));
        const existing = await this.#reader.list(ref, digest);
        if (existing.length > 0) {
            throw new errors/* SignetError */.Tj('remote', `${slot} already holds a signature, and this signature server's upload API always writes signature-1, so uploading would replace it`, {
                hint: 'keep both by signing into a store that adds slots (--lookaside file:///DIR or a WebDAV https:// store) and publishing that, or remove the old signature on the server first',
            });
        }
        const url = joinUrl(this.#base, 'upload');
        const what = `uploading to ${url}`;
        const { repoName, layerId } = uploadFields(ref, digest);
        const body = Buffer.from(JSON.stringify({ repoName: b64(repoName), layerId: b64(layerId), signatureData: b64(signature) }));
        const res = await this.#http.send('POST', url, { what, credential: this.#credential, headers: { 'content-type': 'application/json' }, body });
        if (res.status < 200 || res.status > 299)
            throw statusError(what, res.status, 'write');
        // The server does not say where it wrote; read slot 1 back, where CRI-O will look.
        const published = await this.#reader.list(ref, digest);
        if (published.length === 0) {
            throw new errors/* SignetError */.Tj('remote', `${what}: the server accepted the upload but does not publish it at ${slot}`, { hint: 'check that the signature server serves its storage root under the same URL as /upload' });
        }
        if (!Buffer.from(published[0]).equals(Buffer.from(signature))) {
            throw new errors/* SignetError */.Tj('remote', `${slot} holds a different signature after our upload: another upload replaced ours (this server keeps one signature per image)`, {
                hint: 'sign again once the other signer is done, or use a store that adds slots',
            });
        }
        return { index: 1, location: slot };
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

/***/ 68345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadCertificateTrust),
/* harmony export */   h: () => (/* binding */ loadSigningCertificate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24813);



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
    // As cosign (and signet's trust-policy parser): without an identity every certificate the CA
    // ever issued, to anyone, would be accepted.
    if (identity.identity === undefined && identity.identityRegExp === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('--cert-chain needs --certificate-identity or --certificate-identity-regexp', 'name the SAN (email, URI or DNS name) the signing certificate must carry, as cosign requires');
    }
    const certs = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificates */ .WW)(await readPem(chainPath, '--cert-chain'), chainPath);
    const root = certs[certs.length - 1];
    if (!root.checkIssued(root)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--cert-chain ${chainPath}: the last certificate is not a self-signed root`, 'end the file with the root CA certificate');
    }
    return { roots: [root], intermediates: certs.slice(0, -1), identity };
}


/***/ })

};
