/**
 * Vault failures as one-line SignetErrors. node-vault's errors carry the axios request config,
 * whose headers hold X-Vault-Token, so nothing from them is kept except the HTTP status, Vault's
 * own `errors` strings and a transport code; the original error is never attached as `cause`.
 */
import { codedError, SignetError, usageError } from '../errors.ts';

export interface VaultFailure {
  status?: number;
  /** Vault's `{"errors": [...]}` strings. */
  errors: string[];
  networkCode?: string;
}

export function vaultFailureOf(e: unknown): VaultFailure {
  const failure: VaultFailure = { errors: [] };
  if (typeof e !== 'object' || e === null) return failure;
  const record = e as { response?: { statusCode?: unknown; status?: unknown; body?: unknown }; code?: unknown; cause?: unknown };
  const status = record.response?.statusCode ?? record.response?.status;
  if (typeof status === 'number') failure.status = status;
  const body = record.response?.body as { errors?: unknown } | undefined;
  if (body && Array.isArray(body.errors)) failure.errors = body.errors.filter((x): x is string => typeof x === 'string');
  if (typeof record.code === 'string') failure.networkCode = record.code;
  else if (record.cause && typeof (record.cause as { code?: unknown }).code === 'string') failure.networkCode = (record.cause as { code: string }).code;
  return failure;
}

/** What the request was doing, for the message: "read", "sign with", "create". */
export type VaultAction = 'read' | 'sign with' | 'create' | 'rotate';

export function vaultError(e: unknown, action: VaultAction, key: string, path: string, address: string): SignetError {
  const f = vaultFailureOf(e);
  const ref = `hashivault://${key}`;
  // Vault's error strings never contain the token; cap them so a proxy's HTML page stays one line.
  const detail = f.errors.length ? `: ${f.errors.join('; ').replace(/\s+/g, ' ').trim().slice(0, 200)}` : '';
  switch (f.status) {
    case 403:
      return new SignetError('remote', `${ref}: Vault denied permission to ${action} the transit key (403)${detail}`, {
        status: 403,
        hint: `the token's policy must allow ${action === 'read' ? '"read"' : '"update"'} on ${path}`,
      });
    case 401:
      return new SignetError('remote', `${ref}: Vault rejected the token (401)${detail}`, { status: 401, hint: 'check VAULT_TOKEN' });
    case 404:
      return codedError('usage', 'vault.key-not-found', `${ref}: transit key not found at ${path}${detail}`, { path, mountMayBeWrong: true });
    case 400:
      // Vault answers 400 "signing key not found" / "encryption key not found" for a missing key on sign.
      if (f.errors.some((m) => /key not found|no existing key/i.test(m))) {
        return codedError('usage', 'vault.key-not-found', `${ref}: transit key not found at ${path}${detail}`, { path, mountMayBeWrong: false });
      }
      return usageError(`${ref}: Vault refused the request (400)${detail}`);
    case undefined:
      return new SignetError('remote', `${ref}: cannot reach Vault at ${address}${f.networkCode ? ` (${f.networkCode})` : ''}`, {
        hint: 'check VAULT_ADDR and that the server is running',
      });
    default:
      return new SignetError('remote', `${ref}: Vault answered ${f.status}${detail}`, { status: f.status });
  }
}
