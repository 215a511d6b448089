export { RegistryClient, type RegistryClientOptions, type RegistryStats } from './client.ts';
export { RegistryTransport, type RegistryTransportOptions, type RequestScope, type RegistryRequest } from './transport.ts';
export { RegistryErrorCodes, type RegistryErrorCode, type Access } from './errors.ts';
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
export { DEFAULT_LIMITS, MAX_SMALL_BODY_BYTES, readLimits, type ReadLimits } from '../oci/limits.ts';
