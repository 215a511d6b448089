/** Where a registry's API lives and whether it may be spoken to over plain HTTP. */
export function apiHost(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}

/** SIGNET_INSECURE_REGISTRIES: comma-separated host[:port] allowed over plain HTTP (tests, airgaps). */
export function insecureRegistriesFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.SIGNET_INSECURE_REGISTRIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The keys docker's config.json may use for one registry. */
export function configKeys(registry: string): string[] {
  if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') {
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  }
  return [registry];
}

/** Normalizes a config.json key ("https://host/v1/", "host") to a bare host[:port]. */
export function normalizeConfigKey(key: string): string {
  return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}
