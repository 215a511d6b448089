/**
 * openpgp.js, loaded on first use: it is the largest module of the engine, and cosign-format
 * runs (most of them) never need it, so they do not pay its start-up cost.
 */
export type OpenPgp = typeof import('openpgp');

let loaded: Promise<OpenPgp> | undefined;

export function openpgp(): Promise<OpenPgp> {
  loaded ??= import('openpgp');
  return loaded;
}
