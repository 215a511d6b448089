/**
 * The floor: a minimal raw-HTTP signer and verifier that does only what the wire format
 * requires, with keep-alive connections and no safety beyond it (no race confirmation, no
 * retries, no dedupe). Signing costs the 7 requests a straightforward client needs:
 * HEAD image, GET .sig, POST+PUT payload, POST+PUT config, PUT manifest. Verifying costs 2:
 * GET .sig, GET payload.
 */
import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { Agent, request } from 'undici';

const sha = (b: Uint8Array) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

export interface FloorImage {
  host: string;
  repo: string;
  digest: string;
}

export class FloorClient {
  readonly #agent = new Agent({ keepAliveTimeout: 30_000, connections: 32 });

  async #req(method: string, url: string, headers: Record<string, string> = {}, body?: Uint8Array) {
    const res = await request(url, { method: method as 'GET', headers, dispatcher: this.#agent, ...(body ? { body } : {}) });
    const bytes = Buffer.from(await res.body.arrayBuffer());
    return { status: res.statusCode, headers: res.headers, bytes };
  }

  async #upload(base: string, repo: string, bytes: Uint8Array): Promise<string> {
    const digest = sha(bytes);
    const start = await this.#req('POST', `${base}/v2/${repo}/blobs/uploads/`);
    if (start.status !== 202) throw new Error(`POST upload: ${start.status}`);
    const url = new URL(String(start.headers.location), base);
    url.searchParams.set('digest', digest);
    const put = await this.#req('PUT', url.toString(), { 'content-type': 'application/octet-stream' }, bytes);
    if (put.status !== 201) throw new Error(`PUT blob: ${put.status}`);
    return digest;
  }

  async sign(image: FloorImage, key: KeyObject): Promise<void> {
    const base = `http://${image.host}`;
    const head = await this.#req('HEAD', `${base}/v2/${image.repo}/manifests/${image.digest}`, { accept: OCI_MANIFEST });
    if (head.status !== 200) throw new Error(`HEAD image: ${head.status}`);
    const tag = `${image.digest.replace(':', '-')}.sig`;
    const existing = await this.#req('GET', `${base}/v2/${image.repo}/manifests/${tag}`, { accept: OCI_MANIFEST });
    const layers: unknown[] = existing.status === 200 ? (JSON.parse(existing.bytes.toString()) as { layers: unknown[] }).layers : [];
    const payload = Buffer.from(
      JSON.stringify({
        critical: { identity: { 'docker-reference': `${image.host}/${image.repo}` }, image: { 'docker-manifest-digest': image.digest }, type: 'cosign container image signature' },
        optional: null,
      }),
    );
    const signature = sign('sha256', payload, key).toString('base64');
    const payloadDigest = await this.#upload(base, image.repo, payload);
    const layer = { mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', size: payload.length, digest: payloadDigest, annotations: { 'dev.cosignproject.cosign/signature': signature } };
    const all = [...layers, layer] as { digest: string }[];
    const config = Buffer.from(JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: all.map((l) => l.digest) }, config: {} }));
    const configDigest = await this.#upload(base, image.repo, config);
    const manifest = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: configDigest }, layers: all }),
    );
    const put = await this.#req('PUT', `${base}/v2/${image.repo}/manifests/${tag}`, { 'content-type': OCI_MANIFEST }, manifest);
    if (put.status !== 201) throw new Error(`PUT manifest: ${put.status}`);
  }

  async verify(image: FloorImage, key: KeyObject): Promise<boolean> {
    const base = `http://${image.host}`;
    const tag = `${image.digest.replace(':', '-')}.sig`;
    const res = await this.#req('GET', `${base}/v2/${image.repo}/manifests/${tag}`, { accept: OCI_MANIFEST });
    if (res.status !== 200) return false;
    const { layers } = JSON.parse(res.bytes.toString()) as { layers: { digest: string; annotations: Record<string, string> }[] };
    for (const layer of layers) {
      const blob = await this.#req('GET', `${base}/v2/${image.repo}/blobs/${layer.digest}`);
      const payload = JSON.parse(blob.bytes.toString()) as { critical: { image: { 'docker-manifest-digest': string } } };
      const sig = Buffer.from(layer.annotations['dev.cosignproject.cosign/signature'] ?? '', 'base64');
      if (payload.critical.image['docker-manifest-digest'] === image.digest && verify('sha256', blob.bytes, key, sig)) return true;
    }
    return false;
  }

  close(): Promise<void> {
    return this.#agent.close();
  }
}
