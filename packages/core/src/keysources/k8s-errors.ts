/**
 * Kubernetes API failures as one-line SignetErrors. The verb and resource are named so the user
 * can fix RBAC without reading server logs. Missing things are the user's input (exit 2);
 * authentication, authorization and transport failures are the remote side's (exit 3).
 */
import { codedError, SignetError, usageError, isSignetError } from '../errors.ts';

/** The RBAC verb an operation needs, as a Role rule spells it. */
export type SecretVerb = 'get' | 'create' | 'delete';

export interface K8sFailure {
  /** HTTP status, when the API server answered. */
  status?: number;
  /** The Status object's `message`, when the server sent one. */
  serverMessage?: string;
  /** A transport error code such as ECONNREFUSED. */
  networkCode?: string;
}

/** Pulls status and message out of a client-node ApiException or a fetch/transport error. */
export function k8sFailureOf(e: unknown): K8sFailure {
  const failure: K8sFailure = {};
  if (typeof e !== 'object' || e === null) return failure;
  const record = e as { code?: unknown; body?: unknown; cause?: unknown; errno?: unknown };
  if (typeof record.code === 'number') failure.status = record.code;
  else if (typeof record.code === 'string') failure.networkCode = record.code;
  const body = typeof record.body === 'string' ? safeJson(record.body) : record.body;
  if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') {
    failure.serverMessage = (body as { message: string }).message;
  }
  if (failure.status === undefined && failure.networkCode === undefined && record.cause) {
    const cause = k8sFailureOf(record.cause);
    if (cause.networkCode) failure.networkCode = cause.networkCode;
  }
  return failure;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function k8sError(e: unknown, verb: SecretVerb, namespace: string, name: string): SignetError {
  if (isSignetError(e)) return e; // already says what to do (e.g. no Kubernetes client in this build)
  const ref = `k8s://${namespace}/${name}`;
  const f = k8sFailureOf(e);
  const rbac = `RBAC must allow "${verb} secrets" in namespace ${namespace}`;
  switch (f.status) {
    case 401:
      return new SignetError('remote', `${ref}: the Kubernetes API server rejected the credentials (401 Unauthorized)`, {
        status: 401,
        hint: 'check the token or client certificate of the current kubeconfig context',
      });
    case 403:
      return new SignetError('remote', `${ref}: forbidden to ${verb} secrets in namespace ${namespace} (403)`, { status: 403, hint: rbac });
    case 404:
      return verb === 'get'
        ? codedError('usage', 'k8s.secret-not-found', `${ref}: secret ${name} not found in namespace ${namespace}`, { namespace, name })
        : usageError(`${ref}: namespace ${namespace} not found`, 'create the namespace first');
    case 409:
      return codedError('usage', 'k8s.secret-exists', `${ref}: secret ${name} already exists in namespace ${namespace}`, { namespace, name });
    case undefined:
      if (f.networkCode) {
        return new SignetError('remote', `${ref}: cannot reach the Kubernetes API server (${f.networkCode})`, {
          hint: 'check KUBECONFIG and the current context',
        });
      }
      return new SignetError('remote', `${ref}: Kubernetes API request failed: ${e instanceof Error ? firstLine(e.message) : String(e)}`);
    default:
      return new SignetError('remote', `${ref}: Kubernetes API answered ${f.status}${f.serverMessage ? `: ${f.serverMessage}` : ''}`, { status: f.status });
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
