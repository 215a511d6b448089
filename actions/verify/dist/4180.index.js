export const id = 4180;
export const ids = [4180];
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
// EXTERNAL MODULE: ./packages/core/src/layout/oci-layout.ts + 1 modules
var oci_layout = __webpack_require__(93163);
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

/***/ 93163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ OciLayout)
});

// EXTERNAL MODULE: ./packages/core/src/oci/stale-write.ts
var stale_write = __webpack_require__(41345);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(73438);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/layout/lock-file.ts
/**
 * A lock file that says who holds it. It is created complete (written to a temporary name, then
 * linked into place, which fails if it exists), holding the owner's host, pid and process start
 * time. A waiter that finds the lock checks the owner: a process on this host that no longer
 * runs (or whose pid now belongs to another process) left it behind when it was killed, so the
 * lock is broken at once, with a warning, instead of after a silent wait. A live owner is waited
 * for, bounded, and the error names it. Locks without an owner record (older signet, other
 * tools) are broken when older than STALE_MS, as before.
 */





const STALE_MS = 30_000;
const WAIT_MS = 60_000;
function processStart(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
function alive(owner) {
    try {
        process.kill(owner.pid, 0);
    }
    catch (e) {
        if (e.code === 'ESRCH')
            return false;
        // EPERM: a process of another user has that pid; it may be the owner.
    }
    const start = processStart(owner.pid);
    return owner.start === undefined || start === undefined || start === owner.start;
}
function parseOwner(text) {
    try {
        const o = JSON.parse(text);
        if (typeof o.host === 'string' && typeof o.pid === 'number' && Number.isInteger(o.pid) && o.pid > 0) {
            return { host: o.host, pid: o.pid, start: typeof o.start === 'string' ? o.start : undefined, created: String(o.created ?? '') };
        }
    }
    catch {
        // not an owner record
    }
    return undefined;
}
const describe = (o) => `pid ${o.pid} on ${o.host} since ${o.created}`;
/** Takes the lock; resolves to its release. */
async function acquireLock(path, options) {
    const me = { host: (0,external_node_os_.hostname)(), pid: process.pid, start: processStart(process.pid), created: new Date().toISOString() };
    const record = JSON.stringify(me);
    const temp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(temp, record).catch((e) => {
        throw new errors/* SignetError */.Tj('io', `cannot lock ${options.what}: ${e.message}`, { cause: e });
    });
    const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
    const waitStart = Date.now();
    let reported = false;
    const pause = () => new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    try {
        for (;;) {
            try {
                await (0,promises_.link)(temp, path);
                return async () => {
                    // Only our own lock: a breaker may have taken it over after a very long pause.
                    if ((await (0,promises_.readFile)(path, 'utf8').catch(() => '')) === record)
                        await (0,promises_.rm)(path, { force: true });
                };
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw new errors/* SignetError */.Tj('io', `cannot lock ${options.what}: ${e.message}`, { cause: e });
            }
            const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
            if (text === undefined) {
                // Released meanwhile (or unreadable: the deadline below still applies).
                if (Date.now() > deadline)
                    throw new errors/* SignetError */.Tj('io', `timed out waiting for ${path}`, { hint: 'remove it if no signet process is running' });
                await pause();
                continue;
            }
            const owner = parseOwner(text);
            if (owner && owner.host === me.host && !alive(owner)) {
                // Break it only if it is still the same lock (another waiter may have broken and retaken it).
                if ((await (0,promises_.readFile)(path, 'utf8').catch(() => undefined)) === text) {
                    await (0,promises_.rm)(path, { force: true });
                    options.logger.warn(`removed the stale lock ${path} left by ${describe(owner)}, which is no longer running`);
                }
                continue;
            }
            if (!owner) {
                const age = await (0,promises_.stat)(path).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > STALE_MS) {
                    await (0,promises_.rm)(path, { force: true });
                    options.logger.warn(`removed the lock ${path}, ${Math.round(age / 1000)} s old and naming no owner`);
                    continue;
                }
            }
            if (Date.now() > deadline) {
                throw new errors/* SignetError */.Tj('io', `timed out waiting for ${path}${owner ? `, held by ${describe(owner)}` : ''}`, {
                    hint: owner && owner.host !== me.host ? `it was taken on another host; remove it if no signet process runs on ${owner.host}` : 'remove it if no signet process is running',
                });
            }
            if (!reported && owner && Date.now() - waitStart > 2_000) {
                options.logger.info(`waiting for ${options.what}: locked by ${describe(owner)}`);
                reported = true;
            }
            await pause();
        }
    }
    finally {
        await (0,promises_.unlink)(temp).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./packages/core/src/oci/digest.ts
var oci_digest = __webpack_require__(24276);
// EXTERNAL MODULE: ./packages/core/src/oci/limits.ts
var limits = __webpack_require__(58156);
// EXTERNAL MODULE: ./packages/core/src/oci/types.ts
var types = __webpack_require__(41667);
;// CONCATENATED MODULE: ./packages/core/src/layout/oci-layout.ts
/**
 * An OCI image layout on disk (image-spec `oci-layout`, `index.json`, `blobs/sha256/`) as an
 * ArtifactRepository, so `oci:DIR` works wherever a registry repository does. Tags are
 * index.json entries annotated `org.opencontainers.image.ref.name`. index.json is updated by
 * read-merge-write under a lock file so concurrent signet processes never lose entries.
 */










const REF_NAME = 'org.opencontainers.image.ref.name';
class OciLayout {
    path;
    location;
    #logger;
    limits;
    constructor(path, logger, limits) {
        this.path = path;
        this.location = `oci:${path}`;
        this.#logger = logger;
        this.limits = limits;
    }
    static async open(path, options = {}) {
        const layout = new OciLayout(path, options.logger ?? log/* silentLogger */.q, (0,limits/* readLimits */.BU)(options.limits));
        let marker;
        try {
            marker = await (0,promises_.readFile)((0,external_node_path_.join)(path, 'oci-layout'), 'utf8');
        }
        catch {
            if (!options.create)
                throw (0,errors/* usageError */.Wp)(`${path} is not an OCI image layout (no oci-layout file)`, 'check the path after oci:, or create the layout with skopeo/crane');
        }
        if (marker === undefined) {
            await (0,promises_.mkdir)((0,external_node_path_.join)(path, 'blobs', 'sha256'), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(path, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }), { flag: 'wx' }).catch(() => undefined);
            await (0,promises_.writeFile)((0,external_node_path_.join)(path, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: types/* MediaTypes */.m.ociIndex, manifests: [] }), { flag: 'wx' }).catch(() => undefined);
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
                throw (0,errors/* usageError */.Wp)(`${path}/oci-layout is not an OCI image layout 1.0.0 marker`, 'check the path after oci:');
        }
        return layout;
    }
    #blobPath(digest) {
        if (!(0,oci_digest/* isDigest */.B)(digest))
            throw (0,errors/* usageError */.Wp)(`invalid digest "${digest}"`);
        return (0,external_node_path_.join)(this.path, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    async #readIndex() {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.join)(this.path, 'index.json'), 'utf8');
        }
        catch {
            return { schemaVersion: 2, mediaType: types/* MediaTypes */.m.ociIndex, manifests: [] };
        }
        try {
            const index = JSON.parse(text);
            if (!Array.isArray(index.manifests))
                throw new Error('no manifests');
            return index;
        }
        catch {
            throw new errors/* SignetError */.Tj('io', `${this.path}/index.json is corrupt`, { hint: 'restore it or recreate the layout' });
        }
    }
    async tags() {
        const index = await this.#readIndex();
        return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t) => typeof t === 'string');
    }
    async resolve(tagOrDigest) {
        const index = await this.#readIndex();
        if (!(0,oci_digest/* isDigest */.B)(tagOrDigest))
            return index.manifests.find((m) => m.annotations?.[REF_NAME] === tagOrDigest);
        const listed = index.manifests.find((m) => m.digest === tagOrDigest);
        if (listed)
            return listed;
        // A manifest nested in an index (a platform image) or stored untagged.
        const bytes = await (0,promises_.readFile)(this.#blobPath(tagOrDigest)).catch(() => undefined);
        if (!bytes)
            return undefined;
        const mediaType = JSON.parse(bytes.toString('utf8')).mediaType ?? types/* MediaTypes */.m.ociManifest;
        return { mediaType, digest: tagOrDigest, size: bytes.length };
    }
    async getManifest(tagOrDigest) {
        const descriptor = await this.resolve(tagOrDigest);
        if (!descriptor)
            return undefined;
        const bytes = await this.#readBlob(descriptor.digest, this.limits.maxManifestBytes, undefined);
        return { bytes, mediaType: descriptor.mediaType, digest: descriptor.digest };
    }
    async putManifest(tagOrDigest, bytes, mediaType, options = {}) {
        const digest = (0,oci_digest/* sha256Digest */.s)(bytes);
        await this.putBlob(digest, bytes);
        const descriptor = { mediaType, digest, size: bytes.byteLength };
        await this.#withLock(async () => {
            // Waiting for the lock can outlast the caller's write window.
            if (options.notAfter !== undefined && Date.now() > options.notAfter)
                throw new stale_write/* StaleWriteError */.v(`write ${this.location}:${tagOrDigest}`);
            const index = await this.#readIndex();
            if ((0,oci_digest/* isDigest */.B)(tagOrDigest)) {
                if (tagOrDigest !== digest)
                    throw (0,errors/* usageError */.Wp)(`manifest digest ${digest} does not match ${tagOrDigest}`);
                if (!index.manifests.some((m) => m.digest === digest))
                    index.manifests.push(descriptor);
            }
            else {
                index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tagOrDigest);
                index.manifests.push({ ...descriptor, annotations: { [REF_NAME]: tagOrDigest } });
            }
            await atomicWrite((0,external_node_path_.join)(this.path, 'index.json'), JSON.stringify(index));
        });
        return digest;
    }
    async hasBlob(digest) {
        return (0,promises_.stat)(this.#blobPath(digest)).then(() => true, () => false);
    }
    async putBlob(digest, bytes) {
        if ((0,oci_digest/* sha256Digest */.s)(bytes) !== digest)
            throw new errors/* SignetError */.Tj('io', `blob content does not match ${digest}`);
        if (await this.hasBlob(digest))
            return;
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.path, 'blobs', 'sha256'), { recursive: true });
        await atomicWrite(this.#blobPath(digest), bytes);
    }
    ensureBlob(digest, bytes) {
        return this.putBlob(digest, bytes);
    }
    getBlob(digest, size) {
        return this.#readBlob(digest, this.limits.maxBlobBytes, size);
    }
    /** At most `limit` bytes, and exactly `size` when a descriptor declares it. */
    async #readBlob(digest, limit, size) {
        const what = `${this.location}: blob ${digest}`;
        const expected = (0,limits/* checkDeclaredSize */.sl)(what, size, limit);
        const path = this.#blobPath(digest);
        const found = await (0,promises_.stat)(path).catch(() => undefined);
        if (found && found.size > limit) {
            throw new errors/* SignetError */.Tj('io', `${what} has ${found.size} bytes, over the limit of ${limit}`, { code: 'limit.body-size', data: { limit, declared: found.size } });
        }
        if (found && expected !== undefined && found.size !== expected) {
            throw new errors/* SignetError */.Tj('io', `${what} has ${found.size} bytes, its descriptor declares ${expected}`, { code: 'registry.size-mismatch', data: { expected, declared: found.size } });
        }
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch {
            throw new errors/* SignetError */.Tj('io', `${this.location}: blob ${digest} is missing`, { hint: 'the layout is incomplete; copy it again' });
        }
        if ((0,oci_digest/* sha256Digest */.s)(bytes) !== digest)
            throw new errors/* SignetError */.Tj('io', `${this.location}: blob ${digest} is corrupt (content does not match its digest)`);
        return bytes;
    }
    /** index.json's lock file (lock-file.ts: owner recorded, a dead owner's lock broken at once). */
    async #withLock(fn) {
        const release = await acquireLock((0,external_node_path_.join)(this.path, 'index.json.lock'), { logger: this.#logger, what: `${this.path}/index.json` });
        try {
            return await fn();
        }
        finally {
            await release();
        }
    }
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, path);
}


/***/ })

};
