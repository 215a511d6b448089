/**
 * Registry failures as structured errors: a code (`registry.*`, `limit.*`), the facts a front
 * end needs to word a hint (`data`), the HTTP status and the registry's own error code, and
 * whether the same request may succeed later (`temporary`, as go-containerregistry's
 * `transport.Error.Temporary()`). Messages say what happened; what to do about it names CLI
 * flags and environment variables, so front ends word it (packages/cli/src/hints.ts).
 */
import { SignetError } from '../errors.ts';
import { HttpBodyError, type HttpResponse } from '../http/pool.ts';
import { isRetryableStatus } from '../http/retry.ts';
import { parseWwwAuthenticate } from './challenge.ts';

export type Access = 'pull' | 'push';

export const RegistryErrorCodes = {
  /** No connection, or it broke, after the retries. data: host, plainHttp, tls (which TLS check failed, if one did). */
  unreachable: 'registry.unreachable',
  /** No complete answer within the request deadline, after the retries. data: host, plainHttp, timeoutMs. */
  timeout: 'registry.timeout',
  /** 401 without usable credentials. data: registry. */
  unauthorized: 'registry.unauthorized',
  /** The token service refused the credentials. data: registry, withCredentials. */
  authFailed: 'registry.auth-failed',
  /** 403, or a token without the scope. data: registry, repository, access. */
  denied: 'registry.denied',
  /** 404 where the object had to exist. data: registry, repository. */
  notFound: 'registry.not-found',
  /** 429 after the retries. data: registry. */
  rateLimited: 'registry.rate-limited',
  /** Any other status. data: registry, status. */
  status: 'registry.status',
  /** An answer the protocol does not allow (no token, no upload location, invalid JSON). data: registry. */
  badResponse: 'registry.bad-response',
  /** Content that does not hash to the digest it was asked for by. data: digest. */
  digestMismatch: 'registry.digest-mismatch',
  /** A digest from the registry (header, manifest, index) that is not a sha256 digest. data: value. */
  invalidDigest: 'registry.invalid-digest',
  /** Credentials would have gone over plain HTTP to a host not allowed plain HTTP. data: registry, host. */
  insecureTransport: 'registry.insecure-transport',
  /** A body over its limit (declared or sent). data: limit, declared. */
  bodyTooLarge: 'limit.body-size',
  /** A body of another size than its descriptor declares. data: expected, declared. */
  sizeMismatch: 'registry.size-mismatch',
} as const;

export type RegistryErrorCode = (typeof RegistryErrorCodes)[keyof typeof RegistryErrorCodes];

export interface RegistryErrorOptions {
  data?: Record<string, unknown>;
  status?: number;
  serverCode?: string;
  temporary?: boolean;
  cause?: unknown;
}

export function registryError(code: RegistryErrorCode, message: string, options: RegistryErrorOptions = {}): SignetError {
  return new SignetError('remote', message, {
    code,
    data: options.data ?? {},
    ...(options.status !== undefined ? { status: options.status } : {}),
    ...(options.serverCode !== undefined ? { serverCode: options.serverCode } : {}),
    temporary: options.temporary ?? false,
    ...(options.cause !== undefined ? { cause: options.cause } : {}),
  });
}

/** A request that never produced an HTTP answer (or an unacceptable body), retries spent. */
export function transportError(e: unknown, url: string, what: string, plainHttp: boolean): SignetError {
  const host = new URL(url).host;
  if (e instanceof HttpBodyError) {
    const code = e.code === 'EBODYSIZE' ? RegistryErrorCodes.sizeMismatch : RegistryErrorCodes.bodyTooLarge;
    return registryError(code, `${what}: ${e.message}`, { data: { host, limit: e.limit, declared: e.declared }, cause: e });
  }
  const errno = (e as { code?: string }).code ?? (e as Error).message;
  const tls = tlsProblem(errno);
  if (tls) {
    const detail = tls === 'client-certificate' ? 'the server refused the TLS client certificate (or asked for one)' : "the server's TLS certificate is not trusted";
    return registryError(RegistryErrorCodes.unreachable, `${what}: cannot reach ${host}: ${detail} (${errno})`, { data: { host, plainHttp, tls }, cause: e });
  }
  const code = errno === 'ETIMEDOUT' ? RegistryErrorCodes.timeout : RegistryErrorCodes.unreachable;
  return registryError(code, `${what}: cannot reach ${host} (${errno})`, { data: { host, plainHttp }, temporary: true, cause: e });
}

/**
 * Which side of a TLS handshake failed, from Node's error code: the server's alert about our
 * client certificate (OpenSSL's ERR_SSL_*_ALERT_*), or our check of the server's certificate.
 */
function tlsProblem(errno: string): 'client-certificate' | 'untrusted' | undefined {
  if (/^ERR_SSL_.*ALERT_(CERTIFICATE_REQUIRED|BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_UNKNOWN|HANDSHAKE_FAILURE)/.test(errno)) return 'client-certificate';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT_ALTNAME_INVALID/.test(errno)) return 'untrusted';
  return undefined;
}

/** The distribution spec's error body: {"errors":[{"code","message"}]}. */
export function registryErrorBody(body: Buffer): { code?: string; message?: string } | undefined {
  try {
    const doc = JSON.parse(body.toString('utf8')) as { errors?: { code?: unknown; message?: unknown }[] };
    const first = doc?.errors?.[0];
    if (!first || typeof first !== 'object') return undefined;
    return {
      ...(typeof first.code === 'string' ? { code: first.code } : {}),
      ...(typeof first.message === 'string' ? { message: first.message } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The registry's distribution error code, e.g. NAME_UNKNOWN. */
export function registryServerCode(body: Buffer): string | undefined {
  return registryErrorBody(body)?.code;
}

/**
 * The error for a status the caller cannot work with. `sentFrom` names where the credentials
 * sent to the registry came from: a 401 after sending them is a refusal, not a missing login.
 */
export function statusError(response: HttpResponse, registry: string, repository: string, access: Access, what: string, sentFrom?: string): SignetError {
  const status = response.status;
  const doc = registryErrorBody(response.body);
  const detail = doc ? [doc.code, doc.message].filter(Boolean).join(': ') : '';
  const serverCode = doc?.code;
  const suffix = detail ? ` (${detail})` : '';
  const base = { status, ...(serverCode ? { serverCode } : {}) };
  const data = { registry, repository, access, status };
  // A token without the needed scope is a 401 with error="insufficient_scope": a permission
  // problem of the account, not missing credentials.
  const challenge = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
  if (status === 403 || (status === 401 && challenge?.params.error === 'insufficient_scope')) {
    return registryError(RegistryErrorCodes.denied, `${what}: ${access} access to ${registry}/${repository} denied${suffix}`, { ...base, data });
  }
  if (status === 401) {
    if (sentFrom) {
      return registryError(RegistryErrorCodes.authFailed, `${what}: authentication failed for ${registry}: credentials from ${sentFrom} were sent and refused${suffix}`, {
        ...base,
        data: { ...data, withCredentials: true, sentFrom },
      });
    }
    return registryError(RegistryErrorCodes.unauthorized, `${what}: authentication required for ${registry}${suffix}`, { ...base, data });
  }
  if (status === 404) {
    return registryError(RegistryErrorCodes.notFound, `${what}: ${registry}/${repository} not found${suffix}`, { ...base, data });
  }
  if (status === 429) {
    return registryError(RegistryErrorCodes.rateLimited, `${what}: ${registry} is rate limiting (HTTP 429) and retries ran out${suffix}`, { ...base, data, temporary: true });
  }
  return registryError(RegistryErrorCodes.status, `${what}: ${registry} answered HTTP ${status}${suffix}`, { ...base, data, temporary: isRetryableStatus(status) || serverCode === 'UNAVAILABLE' || serverCode === 'TOOMANYREQUESTS' });
}
