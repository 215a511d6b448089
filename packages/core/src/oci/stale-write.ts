/**
 * Thrown instead of sending a write whose `notAfter` deadline has passed (for example a retry
 * after backoff): the data it was built from may be stale, so the caller must read again.
 */
export class StaleWriteError extends Error {
  constructor(what: string) {
    super(`${what}: not sent, its read is older than the write window allows`);
    this.name = 'StaleWriteError';
  }
}

export interface WriteOptions {
  /** Epoch ms after which no attempt of this write may be sent. */
  notAfter?: number;
}
