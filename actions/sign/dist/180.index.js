export const id = 180;
export const ids = [180];
export const modules = {

/***/ 34180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerDemo: () => (/* binding */ registerDemo)
});

// EXTERNAL MODULE: ./packages/core/src/reference/reference.ts
var reference = __webpack_require__(17159);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/layout/oci-layout.ts
var oci_layout = __webpack_require__(3525);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./packages/core/src/oci/digest.ts
var digest = __webpack_require__(24276);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
;// CONCATENATED MODULE: ./packages/core/src/layout/demo-image.ts



/** A one-file tar archive: the smallest real image layer. */
function tarWithFile(name, content) {
    const body = Buffer.from(content);
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write('00000000000\0', 136);
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const byte of header)
        sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    const padded = Buffer.alloc(Math.ceil(body.length / 512) * 512);
    body.copy(padded);
    return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}
/** Writes a small, real, runnable-shaped image (config + one layer) for demos and tests. */
async function writeDemoImage(layout, tag) {
    const tar = tarWithFile('hello.txt', `hello from signet (${new Date().toISOString()})\n`);
    const layer = (0,external_node_zlib_.gzipSync)(tar);
    const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [(0,digest/* sha256Digest */.s)(tar)] } }));
    await layout.putBlob((0,digest/* sha256Digest */.s)(layer), layer);
    await layout.putBlob((0,digest/* sha256Digest */.s)(config), config);
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: types/* MediaTypes */.m.ociManifest,
        config: { mediaType: types/* MediaTypes */.m.ociConfig, digest: (0,digest/* sha256Digest */.s)(config), size: config.length },
        layers: [{ mediaType: types/* MediaTypes */.m.ociLayer, digest: (0,digest/* sha256Digest */.s)(layer), size: layer.length }],
    }));
    return { digest: await layout.putManifest(tag, manifest, types/* MediaTypes */.m.ociManifest) };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/demo.ts

/** Hidden helper for the README demo: puts a small real image into an OCI layout. */
function registerDemo(program) {
    program
        .command('demo-image', { hidden: true })
        .description('write a small demo image into an OCI layout and print its reference')
        .argument('<target>', 'oci:DIR[:TAG]')
        .action(async (input) => {
        const target = (0,reference/* parseTarget */.hu)(input);
        if (target.kind !== 'layout')
            throw (0,errors/* usageError */.Wp)(`${input} is not an OCI layout target`, 'use oci:DIR[:TAG]');
        const layout = await oci_layout/* OciLayout */.A.open(target.path, { create: true });
        const tag = target.tag ?? 'latest';
        const { digest } = await writeDemoImage(layout, tag);
        process.stdout.write(`oci:${target.path}@${digest}\n`);
    });
}


/***/ }),

/***/ 3525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ OciLayout)
/* harmony export */ });
/* harmony import */ var _oci_stale_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41345);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24276);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41667);
/**
 * An OCI image layout on disk (image-spec `oci-layout`, `index.json`, `blobs/sha256/`) as an
 * ArtifactRepository, so `oci:DIR` works wherever a registry repository does. Tags are
 * index.json entries annotated `org.opencontainers.image.ref.name`. index.json is updated by
 * read-merge-write under a lock file so concurrent signet processes never lose entries.
 */







const REF_NAME = 'org.opencontainers.image.ref.name';
const LOCK_STALE_MS = 30_000;
class OciLayout {
    path;
    location;
    constructor(path) {
        this.path = path;
        this.location = `oci:${path}`;
    }
    static async open(path, options = {}) {
        const layout = new OciLayout(path);
        let marker;
        try {
            marker = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'oci-layout'), 'utf8');
        }
        catch {
            if (!options.create)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${path} is not an OCI image layout (no oci-layout file)`, 'check the path after oci:, or create the layout with skopeo/crane');
        }
        if (marker === undefined) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'blobs', 'sha256'), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }), { flag: 'wx' }).catch(() => undefined);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaTypes */ .m.ociIndex, manifests: [] }), { flag: 'wx' }).catch(() => undefined);
        }
        else {
            let version;
            try {
                version = JSON.parse(marker).imageLayoutVersion;
            }
            catch {
                version = undefined;
            }
            if (version !== '1.0.0')
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${path}/oci-layout is not an OCI image layout 1.0.0 marker`, 'check the path after oci:');
        }
        return layout;
    }
    #blobPath(digest) {
        if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .B)(digest))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`invalid digest "${digest}"`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.path, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    async #readIndex() {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.path, 'index.json'), 'utf8');
        }
        catch {
            return { schemaVersion: 2, mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaTypes */ .m.ociIndex, manifests: [] };
        }
        try {
            const index = JSON.parse(text);
            if (!Array.isArray(index.manifests))
                throw new Error('no manifests');
            return index;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('io', `${this.path}/index.json is corrupt`, { hint: 'restore it or recreate the layout' });
        }
    }
    async tags() {
        const index = await this.#readIndex();
        return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t) => typeof t === 'string');
    }
    async resolve(tagOrDigest) {
        const index = await this.#readIndex();
        if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .B)(tagOrDigest))
            return index.manifests.find((m) => m.annotations?.[REF_NAME] === tagOrDigest);
        const listed = index.manifests.find((m) => m.digest === tagOrDigest);
        if (listed)
            return listed;
        // A manifest nested in an index (a platform image) or stored untagged.
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(this.#blobPath(tagOrDigest)).catch(() => undefined);
        if (!bytes)
            return undefined;
        const mediaType = JSON.parse(bytes.toString('utf8')).mediaType ?? _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaTypes */ .m.ociManifest;
        return { mediaType, digest: tagOrDigest, size: bytes.length };
    }
    async getManifest(tagOrDigest) {
        const descriptor = await this.resolve(tagOrDigest);
        if (!descriptor)
            return undefined;
        const bytes = await this.getBlob(descriptor.digest);
        return { bytes, mediaType: descriptor.mediaType, digest: descriptor.digest };
    }
    async putManifest(tagOrDigest, bytes, mediaType, options = {}) {
        const digest = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Digest */ .s)(bytes);
        await this.putBlob(digest, bytes);
        const descriptor = { mediaType, digest, size: bytes.byteLength };
        await this.#withLock(async () => {
            // Waiting for the lock can outlast the caller's write window.
            if (options.notAfter !== undefined && Date.now() > options.notAfter)
                throw new _oci_stale_write_js__WEBPACK_IMPORTED_MODULE_6__/* .StaleWriteError */ .v(`write ${this.location}:${tagOrDigest}`);
            const index = await this.#readIndex();
            if ((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .B)(tagOrDigest)) {
                if (tagOrDigest !== digest)
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`manifest digest ${digest} does not match ${tagOrDigest}`);
                if (!index.manifests.some((m) => m.digest === digest))
                    index.manifests.push(descriptor);
            }
            else {
                index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tagOrDigest);
                index.manifests.push({ ...descriptor, annotations: { [REF_NAME]: tagOrDigest } });
            }
            await atomicWrite((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.path, 'index.json'), JSON.stringify(index));
        });
        return digest;
    }
    async hasBlob(digest) {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(this.#blobPath(digest)).then(() => true, () => false);
    }
    async putBlob(digest, bytes) {
        if ((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Digest */ .s)(bytes) !== digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('io', `blob content does not match ${digest}`);
        if (await this.hasBlob(digest))
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.path, 'blobs', 'sha256'), { recursive: true });
        await atomicWrite(this.#blobPath(digest), bytes);
    }
    ensureBlob(digest, bytes) {
        return this.putBlob(digest, bytes);
    }
    async getBlob(digest) {
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(this.#blobPath(digest));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('io', `${this.location}: blob ${digest} is missing`, { hint: 'the layout is incomplete; copy it again' });
        }
        if ((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Digest */ .s)(bytes) !== digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('io', `${this.location}: blob ${digest} is corrupt (content does not match its digest)`);
        return bytes;
    }
    /** O_EXCL lock file; a lock older than LOCK_STALE_MS is from a crashed process. */
    async #withLock(fn) {
        const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.path, 'index.json.lock');
        const deadline = Date.now() + 60_000;
        for (;;) {
            try {
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(lock, 'wx');
                await handle.close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('io', `cannot lock ${this.path}/index.json: ${e.message}`);
                const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(lock, { force: true });
                if (Date.now() > deadline)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SignetError */ .Tj('io', `timed out waiting for ${lock}`, { hint: 'remove it if no signet process is running' });
                await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
            }
        }
        try {
            return await fn();
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(lock, { force: true });
        }
    }
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, data);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
}


/***/ })

};
