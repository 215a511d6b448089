export { assertSupportedKey, keyDescription, signBytes, verifyBytes } from './algorithms.ts';
export { COSIGN_PEM_TYPE, decryptCosignKeyDer, encryptCosignKey, SIGSTORE_PEM_TYPE } from './cosign-encrypted.ts';
export { generateCosignKeyPair, importKeyPair, publicKeyPem, type CosignKeyPair } from './generate.ts';
export { existingKeyFiles, writeKeyPairFiles, type KeyFileNames } from './key-files.ts';
export { loadPrivateKey, loadPublicKey, type LoadPrivateKeyOptions } from './load.ts';
export { encodePem, pemBlocks, type PemBlock } from './pem.ts';
