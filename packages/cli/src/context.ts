/** Builds the engine's shared state (one registry client, credentials, logger) from flags and env. */
import {
  chainCredentials,
  dockerConfigCredentials,
  insecureRegistriesFromEnv,
  parseTarget,
  RegistryClient,
  staticCredentials,
  type CredentialProvider,
  type Logger,
  type TargetContext,
} from '@signet/core';

export interface RegistryFlags {
  allowHttpRegistry?: boolean;
  registryUsername?: string;
  registryPassword?: string;
}

export const stderrLogger: Logger = {
  debug(message) {
    if (process.env.SIGNET_DEBUG) process.stderr.write(`debug: ${message}\n`);
  },
  info(message) {
    process.stderr.write(`${message}\n`);
  },
  warn(message) {
    process.stderr.write(`warning: ${message}\n`);
  },
};

function registriesOf(images: readonly string[]): string[] {
  const hosts: string[] = [];
  for (const image of images) {
    const target = parseTarget(image);
    if (target.kind === 'registry') hosts.push(target.reference.registry);
  }
  return hosts;
}

export function createContext(images: readonly string[], flags: RegistryFlags): TargetContext & { close(): Promise<void> } {
  const env = process.env;
  const insecure = insecureRegistriesFromEnv(env);
  const signatureRepository = env.COSIGN_REPOSITORY || undefined;
  if (flags.allowHttpRegistry) {
    insecure.push(...registriesOf(images));
    if (signatureRepository) insecure.push(...registriesOf([signatureRepository]));
  }
  const providers: CredentialProvider[] = [];
  const password = flags.registryPassword ?? env.SIGNET_REGISTRY_PASSWORD;
  const username = flags.registryUsername ?? env.SIGNET_REGISTRY_USERNAME;
  if (username && password) {
    const registries = registriesOf(signatureRepository ? [...images, signatureRepository] : images);
    providers.push(staticCredentials(Object.fromEntries(registries.map((r) => [r, { username, password }]))));
  }
  providers.push(dockerConfigCredentials({ env }));
  const registry = new RegistryClient({
    credentials: chainCredentials(...providers),
    insecureRegistries: insecure,
    logger: stderrLogger,
    userAgent: 'signet/0.1',
  });
  return {
    registry,
    logger: stderrLogger,
    signatureRepository,
    close: () => registry.close(),
  };
}
