/**
 * The registry client a process holds: one auth/transport session (transport.ts: keep-alive
 * connections, challenges, tokens, credentials) and the repository API over it (repository.ts),
 * sharing what the session learns (known blobs, mount sources, registries without the
 * Referrers API) privately between its repositories.
 */
import { readLimits, type ReadLimits } from '../oci/limits.ts';
import type { ArtifactRepository } from '../oci/types.ts';
import { RegistryRepository, RepositoryCaches } from './repository.ts';
import { RegistryTransport, type RegistryStats, type RegistryTransportOptions } from './transport.ts';
import type { CredentialProvider } from './credentials.ts';

export type { RegistryStats } from './transport.ts';

export interface RegistryClientOptions extends RegistryTransportOptions {
  /** Bounds on what is read (manifest and blob sizes, layer counts); defaults DEFAULT_LIMITS. */
  limits?: Partial<ReadLimits> | undefined;
}

export class RegistryClient {
  readonly limits: Readonly<ReadLimits>;
  /** Where this session's credentials come from; a registry's Notary server is sent the same (docker does). */
  readonly credentials: CredentialProvider | undefined;
  readonly #transport: RegistryTransport;
  readonly #caches = new RepositoryCaches();

  constructor(options: RegistryClientOptions = {}) {
    this.#transport = new RegistryTransport(options);
    this.credentials = options.credentials;
    this.limits = Object.freeze(readLimits(options.limits));
  }

  /** Requests sent, tokens fetched and retries so far (a snapshot). */
  get stats(): RegistryStats {
    return this.#transport.stats;
  }

  repository(registry: string, repository: string): ArtifactRepository {
    return new RegistryRepository(this.#transport, this.#caches, this.limits, registry, repository);
  }

  baseUrl(registry: string): string {
    return this.#transport.baseUrl(registry);
  }

  close(): Promise<void> {
    return this.#transport.close();
  }
}
