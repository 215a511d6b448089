/** Notary's times: RFC 3339 UTC. Go writes nanoseconds; whole seconds are accepted by every reader. */

const YEAR_MS = 365 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** Expiry defaults of the notary client and server (README of ../shared/notary-v1). */
export const EXPIRY = {
  root: 10 * YEAR_MS,
  targets: 3 * YEAR_MS,
  snapshot: 3 * YEAR_MS,
  timestamp: 14 * DAY_MS,
} as const;

export function formatExpiry(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Go's RFC 3339 with up to nine fraction digits; undefined when unparseable. */
export function parseExpiry(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (!m) return undefined;
  const ms = (m[2] ?? '').padEnd(3, '0').slice(0, 3);
  const date = new Date(`${m[1]}.${ms}${m[3]}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
