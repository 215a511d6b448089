/**
 * One error type for the whole engine. The CLI and every wrapper map `kind` to an exit code
 * (DESIGN: 0 ok, 1 verification failed, 2 usage / bad input, 3 remote or I/O failure), so the
 * kind must describe whose fault it is, not where it happened.
 */
export type ErrorKind = 'usage' | 'verification' | 'remote' | 'io';

export const EXIT_CODES: Readonly<Record<ErrorKind, number>> = {
  verification: 1,
  usage: 2,
  remote: 3,
  io: 3,
};

export interface SignetErrorOptions {
  /** What the user should do about it, one short sentence. */
  hint?: string;
  cause?: unknown;
  /** HTTP status when the failure came from a server. */
  status?: number;
  /**
   * signet's machine-readable code, e.g. `registry.denied`: front ends word hints from it
   * and `data`, library users branch on it.
   */
  code?: string;
  /** The facts a front end needs to word the error (registry, repository, limits, ...). */
  data?: Readonly<Record<string, unknown>>;
  /** The server's own error code, e.g. the distribution spec's MANIFEST_BLOB_UNKNOWN. */
  serverCode?: string;
  /**
   * The same request may succeed later (network, 5xx, 429, timeouts), as
   * go-containerregistry's `transport.Error.Temporary()`; false for answers that will not
   * change by themselves (denied, not found, too large, malformed).
   */
  temporary?: boolean;
}

export class SignetError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string | undefined;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly data: Readonly<Record<string, unknown>>;
  readonly serverCode: string | undefined;
  readonly temporary: boolean;

  constructor(kind: ErrorKind, message: string, options: SignetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SignetError';
    this.kind = kind;
    this.hint = options.hint;
    this.status = options.status;
    this.code = options.code;
    this.data = options.data ?? {};
    this.serverCode = options.serverCode;
    this.temporary = options.temporary ?? false;
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }

  /**
   * The one line shown to users: message, then the hint. Front ends that word hints
   * themselves (from `code` and `data`) pass theirs.
   */
  oneLine(hint: string | undefined = this.hint): string {
    return hint ? `${this.message}: ${hint}` : this.message;
  }
}

export function usageError(message: string, hint?: string): SignetError {
  return new SignetError('usage', message, hint === undefined ? {} : { hint });
}

export function isSignetError(e: unknown): e is SignetError {
  return e instanceof SignetError;
}

/**
 * An engine error whose hint the front end words from `code` and `data`: the engine knows
 * no flags, environment variables or commands (e.g. `key.file-missing` with its path).
 */
export function codedError(kind: ErrorKind, code: string, message: string, data: Readonly<Record<string, unknown>> = {}): SignetError {
  return new SignetError(kind, message, { code, data });
}
