import { buildCosignPayload } from '../formats/simple-signing.ts';
import { Annotations } from '../formats/signature-manifest.ts';
import { verifyBytes } from '../keys/index.ts';
import type { Signer } from '../signers/signer.ts';
import type { OpenedImage } from '../targets/open-image.ts';
import type { Logger } from '../log.ts';

export interface SignOptions {
  signer: Signer;
  /** `-a key=value`: goes into the payload's `optional`. */
  annotations?: Record<string, string> | undefined;
  /** False: sign and return the signature without touching any store (`--upload=false`). */
  upload: boolean;
  /** cosign's --sign-container-identity: overrides `critical.identity.docker-reference`. */
  identity?: string | undefined;
  /** Hand the race confirmation back as `confirm` (see CosignSignatureStore.append). */
  deferConfirm?: boolean;
  logger?: Logger;
}

export interface SignResult {
  image: string;
  digest: string;
  dockerReference: string;
  payload: Uint8Array;
  signature: Uint8Array;
  /** Where the signature was stored, undefined when not uploaded. */
  location: string | undefined;
  /** False when an equivalent signature was already present. */
  appended: boolean;
  /** With `deferConfirm`: checks the signature survived concurrent writers (re-adding it if not). */
  confirm?: () => Promise<unknown>;
}

export async function signImage(image: OpenedImage, options: SignOptions): Promise<SignResult> {
  const dockerReference = options.identity ?? image.dockerReference;
  const payload = buildCosignPayload({ dockerReference, digest: image.digest, annotations: options.annotations });
  const signature = await options.signer.sign(payload);
  const result: SignResult = {
    image: image.display,
    digest: image.digest,
    dockerReference,
    payload,
    signature,
    location: undefined,
    appended: false,
  };
  if (!options.upload) return result;

  const layerAnnotations: Record<string, string> = { [Annotations.signature]: Buffer.from(signature).toString('base64') };
  const cert = await options.signer.certificate?.();
  if (cert) {
    layerAnnotations[Annotations.certificate] = cert.certificatePem;
    layerAnnotations[Annotations.chain] = cert.chainPem ?? '';
  }
  const publicKey = await options.signer.publicKey();
  const appended = await image.signatures.append(
    image.digest,
    payload,
    layerAnnotations,
    (existing) => verifyBytes(publicKey, existing.payload, existing.signature),
    { deferConfirm: options.deferConfirm ?? false, ...(options.logger ? { logger: options.logger } : {}) },
  );
  return {
    ...result,
    location: appended.location,
    appended: appended.appended,
    ...(appended.confirm ? { confirm: appended.confirm } : {}),
  };
}
