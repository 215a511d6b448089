export { RegistryClient, type RegistryClientOptions, type RegistryStats } from './client.ts';
export {
  chainCredentials,
  dockerConfigCredentials,
  parseAuthEntry,
  runCredentialHelper,
  staticCredentials,
  type Credential,
  type CredentialProvider,
} from './credentials.ts';
export { apiHost, insecureRegistriesFromEnv } from './hosts.ts';
export { parseWwwAuthenticate, type Challenge } from './challenge.ts';
export { backoffDelay, parseRetryAfter, type RetryPolicy } from '../http/retry.ts';
