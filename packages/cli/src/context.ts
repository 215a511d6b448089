/** Builds the engine's shared state (one registry client, credentials, logger) from flags and env. */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import {
  chainCredentials,
  dockerConfigCredentials,
  insecureRegistriesFromEnv,
  parseTarget,
  RegistryClient,
  staticCredentials,
  type CredentialProvider,
  type Logger,
  type ReadLimits,
  type TargetContext,
  usageError,
} from '@signet/core';
import { writeAboveProgress } from './progress.ts';
import { inInputNames } from './input-names.ts';
import { debugEnabled, isQuiet } from './verbosity.ts';

export interface RegistryFlags {
  allowHttpRegistry?: boolean;
  allowInsecureRegistry?: boolean;
  registryCacert?: string;
  registryClientCert?: string;
  registryClientKey?: string;
  registryUsername?: string;
  registryPassword?: string;
  requestTimeout?: number;
  maxAttachmentSize?: number;
  maxManifestSize?: number;
  maxSignatureLayers?: number;
}

/** The registry flags every command that talks to registries shares. */
export function addRegistryOptions(command: Command): Command {
  return command
    .option('--allow-http-registry', 'use plain HTTP for the registries named in this command')
    .option('--allow-insecure-registry', 'do not verify the TLS certificate of the registries named in this command (expired or self-signed: testing only; prefer --registry-cacert)')
    .option('--registry-cacert <file>', 'PEM CA certificate(s) trusted for registries besides the system store (a private CA)')
    .option('--registry-client-cert <file>', 'PEM client certificate for registries that require mutual TLS (with --registry-client-key)')
    .option('--registry-client-key <file>', 'PEM private key (unencrypted) of --registry-client-cert')
    .option('--registry-username <name>', 'registry user (default: docker config.json / credential helpers)')
    .option('--registry-password <password>', 'registry password; prefer SIGNET_REGISTRY_PASSWORD (argv is visible to other users)')
    .option('--request-timeout <duration>', 'deadline of one registry request, whole body included (then retried), e.g. 30s, 2m (default 30s)', parseDuration)
    .option('--max-attachment-size <size>', 'largest signature attachment read, e.g. 20MiB (default 128MiB; env COSIGN_MAX_ATTACHMENT_SIZE)', parseByteSize)
    .option('--max-manifest-size <size>', 'largest manifest or index read (default 4MiB; env SIGNET_MAX_MANIFEST_SIZE)', parseByteSize)
    .option('--max-signature-layers <n>', 'most signatures in one set or referrers list (default 1000, as cosign; env SIGNET_MAX_SIGNATURE_LAYERS)', parseCount);
}

const BYTE_UNITS: Readonly<Record<string, number>> = {
  '': 1, b: 1,
  k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9,
  ki: 1024, kib: 1024, mi: 1024 ** 2, mib: 1024 ** 2, gi: 1024 ** 3, gib: 1024 ** 3,
};

/** Sizes as cosign reads COSIGN_MAX_ATTACHMENT_SIZE (go-humanize): 5120, 20K, 3M, 45MiB, 1GB. */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? BYTE_UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new InvalidArgumentError(`expected a size like 5120, 20K, 3M or 45MiB, got "${value}"`);
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes <= 0 || !Number.isSafeInteger(bytes)) throw new InvalidArgumentError('the size must be positive');
  return bytes;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return Number(value);
}

/** Flags first, then the environment (cosign's COSIGN_MAX_ATTACHMENT_SIZE), then core's defaults. */
export function limitsFrom(flags: RegistryFlags, env: NodeJS.ProcessEnv = process.env): Partial<ReadLimits> {
  const fromEnv = <T>(name: string, parse: (v: string) => T): T | undefined => {
    const raw = env[name];
    if (!raw) return undefined;
    try {
      return parse(raw);
    } catch (e) {
      throw usageError(`${name}=${raw}: ${(e as Error).message}`);
    }
  };
  const maxBlobBytes = flags.maxAttachmentSize ?? fromEnv('COSIGN_MAX_ATTACHMENT_SIZE', parseByteSize);
  const maxManifestBytes = flags.maxManifestSize ?? fromEnv('SIGNET_MAX_MANIFEST_SIZE', parseByteSize);
  const maxLayers = flags.maxSignatureLayers ?? fromEnv('SIGNET_MAX_SIGNATURE_LAYERS', parseCount);
  return {
    ...(maxBlobBytes !== undefined ? { maxBlobBytes } : {}),
    ...(maxManifestBytes !== undefined ? { maxManifestBytes } : {}),
    ...(maxLayers !== undefined ? { maxLayers } : {}),
  };
}

/** Go-style durations as cosign users write them: 500ms, 30s, 2m; a bare number is seconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected a duration like 30s or 2m, got "${value}"`);
  const n = Number(m[1]);
  const ms = m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
  if (ms <= 0) throw new InvalidArgumentError('the duration must be positive');
  return ms;
}

/** Where warnings go instead of stderr: the Actions make them `::warning::` annotations. */
let warningSink: ((message: string) => void) | undefined;
export function setWarningSink(sink: ((message: string) => void) | undefined): void {
  warningSink = sink;
}

export const stderrLogger: Logger = {
  debug(message) {
    if (debugEnabled()) writeAboveProgress(`debug: ${new Date().toISOString().slice(11, 23)} ${message}\n`);
  },
  info(message) {
    if (!isQuiet()) writeAboveProgress(`${message}\n`);
  },
  warn(message) {
    const line = inInputNames(message);
    if (warningSink) warningSink(line);
    else writeAboveProgress(`warning: ${line}\n`);
  },
};

/** Reads --registry-cacert / --registry-client-cert / --registry-client-key, checked here so a broken file is a usage error naming the flag. */
function registryTls(flags: RegistryFlags): { extraCa?: string; clientCert?: string; clientKey?: string } {
  const read = (flag: string, path: string): string => {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw usageError(`cannot read ${flag} ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  };
  const certificates = (flag: string, path: string): string => {
    const pem = read(flag, path);
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
    if (blocks.length === 0) throw usageError(`${flag} ${path} holds no PEM certificate`, 'give the CA certificate in PEM ("-----BEGIN CERTIFICATE-----"); convert DER with `openssl x509 -inform der`');
    for (const block of blocks) {
      try {
        new X509Certificate(block);
      } catch (e) {
        throw usageError(`${flag} ${path} holds a certificate that does not parse (${(e as Error).message})`);
      }
    }
    return pem;
  };
  const tls: { extraCa?: string; clientCert?: string; clientKey?: string } = {};
  if (flags.registryCacert) tls.extraCa = certificates('--registry-cacert', flags.registryCacert);
  if ((flags.registryClientCert === undefined) !== (flags.registryClientKey === undefined)) {
    throw usageError('--registry-client-cert and --registry-client-key go together', 'pass the client certificate and its private key');
  }
  if (flags.registryClientCert && flags.registryClientKey) {
    const cert = certificates('--registry-client-cert', flags.registryClientCert);
    const keyPem = read('--registry-client-key', flags.registryClientKey);
    let key: KeyObject;
    try {
      key = createPrivateKey(keyPem);
    } catch (e) {
      // Node's message names the problem, never the key's bytes.
      const encrypted = /ENCRYPTED/.test(keyPem) || /passphrase/i.test((e as Error).message);
      throw usageError(
        `--registry-client-key ${flags.registryClientKey} is not ${encrypted ? 'an unencrypted' : 'a PEM'} private key`,
        encrypted ? 'decrypt it first (`openssl pkey -in KEY -out KEY.pem`), kept 0600' : 'give the PEM private key of the client certificate',
      );
    }
    if (!new X509Certificate(cert).checkPrivateKey(key)) {
      throw usageError(`--registry-client-key ${flags.registryClientKey} is not the key of --registry-client-cert ${flags.registryClientCert}`);
    }
    tls.clientCert = cert;
    tls.clientKey = keyPem;
  }
  return tls;
}

function registriesOf(images: readonly string[]): string[] {
  const hosts: string[] = [];
  for (const image of images) {
    const target = parseTarget(image);
    if (target.kind === 'registry') hosts.push(target.reference.registry);
  }
  return hosts;
}

export function createContext(images: readonly string[], flags: RegistryFlags): TargetContext & { close(): Promise<void> } {
  const env = process.env;
  const insecure = insecureRegistriesFromEnv(env);
  const signatureRepository = env.COSIGN_REPOSITORY || undefined;
  if (flags.allowHttpRegistry) {
    insecure.push(...registriesOf(images));
    if (signatureRepository) insecure.push(...registriesOf([signatureRepository]));
  }
  const providers: CredentialProvider[] = [];
  const password = flags.registryPassword ?? env.SIGNET_REGISTRY_PASSWORD;
  const username = flags.registryUsername ?? env.SIGNET_REGISTRY_USERNAME;
  if (username && password) {
    const registries = registriesOf(signatureRepository ? [...images, signatureRepository] : images);
    const source = [
      flags.registryUsername !== undefined ? '--registry-username' : 'SIGNET_REGISTRY_USERNAME',
      flags.registryPassword !== undefined ? '--registry-password' : 'SIGNET_REGISTRY_PASSWORD',
    ].join('/');
    providers.push(staticCredentials(Object.fromEntries(registries.map((r) => [r, { username, password }])), source));
  } else if (username || password) {
    // Half a pair is almost always a secret that did not reach the job: say so instead of
    // falling back to config.json silently and failing later with "authentication required".
    stderrLogger.warn(
      username
        ? `${flags.registryUsername !== undefined ? '--registry-username' : 'SIGNET_REGISTRY_USERNAME'} is set but no password (SIGNET_REGISTRY_PASSWORD or --registry-password): it is ignored, docker config.json is used`
        : `${flags.registryPassword !== undefined ? '--registry-password' : 'SIGNET_REGISTRY_PASSWORD'} is set but no username (SIGNET_REGISTRY_USERNAME or --registry-username): it is ignored, docker config.json is used`,
    );
  }
  providers.push(dockerConfigCredentials({ env, warn: (message) => stderrLogger.warn(message) }));
  const skipVerify = flags.allowInsecureRegistry ? registriesOf(signatureRepository ? [...images, signatureRepository] : images) : [];
  if (skipVerify.length > 0) stderrLogger.warn(`--allow-insecure-registry: the TLS certificates of ${[...new Set(skipVerify)].join(', ')} are not verified; anyone on the network path can read and change what is sent, credentials included`);
  const registry = new RegistryClient({
    tls: { ...registryTls(flags), skipVerifyHosts: skipVerify },
    credentials: chainCredentials(...providers),
    insecureRegistries: insecure,
    logger: stderrLogger,
    userAgent: 'signet/0.1',
    ...(flags.requestTimeout ? { timeoutMs: flags.requestTimeout } : {}),
    limits: limitsFrom(flags, env),
  });
  return {
    registry,
    logger: stderrLogger,
    signatureRepository,
    close: () => registry.close(),
  };
}
