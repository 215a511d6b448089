export * from './keys.ts';
export * from './signer.ts';
export * from './verify.ts';
