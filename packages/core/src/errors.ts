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
  /** The server's own error code, e.g. the distribution spec's MANIFEST_BLOB_UNKNOWN. */
  code?: string;
}

export class SignetError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string | undefined;
  readonly status: number | undefined;
  readonly code: string | undefined;

  constructor(kind: ErrorKind, message: string, options: SignetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SignetError';
    this.kind = kind;
    this.hint = options.hint;
    this.status = options.status;
    this.code = options.code;
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }

  /** The one line shown to users: message, then the hint. */
  oneLine(): string {
    return this.hint ? `${this.message}: ${this.hint}` : this.message;
  }
}

export function usageError(message: string, hint?: string): SignetError {
  return new SignetError('usage', message, hint === undefined ? {} : { hint });
}

export function isSignetError(e: unknown): e is SignetError {
  return e instanceof SignetError;
}
