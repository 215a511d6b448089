/** Docker Content Trust (Notary v1): read, verify and write TUF trust data on a Notary server. */
export * from './canonical.ts';
export * from './keys.ts';
export * from './signatures.ts';
export * from './metadata.ts';
export * from './time.ts';
export * from './server.ts';
export * from './cache.ts';
export * from './pin.ts';
export * from './trust.ts';
export * from './lookup.ts';
export * from './certificate.ts';
export * from './write.ts';
export * from './setup.ts';
export * from './inspect.ts';
export * from './verify-image.ts';
export * from './migrate.ts';
