/** `--recursive`: an image index stands for itself plus every manifest it lists. */
import { MediaTypes, type ImageIndex } from '../oci/types.ts';
import type { OpenedImage } from './open-image.ts';

const INDEX_TYPES = new Set<string>([MediaTypes.ociIndex, MediaTypes.dockerManifestList]);

export async function childManifests(image: OpenedImage): Promise<OpenedImage[]> {
  const manifest = await image.repository.getManifest(image.digest);
  if (!manifest) return [];
  const doc = JSON.parse(new TextDecoder().decode(manifest.bytes)) as Partial<ImageIndex> & { mediaType?: string };
  const mediaType = manifest.mediaType || doc.mediaType || '';
  if (!INDEX_TYPES.has(mediaType) && !(Array.isArray(doc.manifests) && !('config' in doc))) return [];
  return (doc.manifests ?? []).map((child) => ({
    ...image,
    digest: child.digest,
    descriptor: { mediaType: child.mediaType, digest: child.digest, size: child.size },
    display: image.display.replace(/@sha256:[a-f0-9]{64}$/, `@${child.digest}`),
    resolvedFromTag: undefined,
  }));
}
