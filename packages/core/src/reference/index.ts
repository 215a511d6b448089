export * from './reference.ts';
export * from './pin-digest.ts';
