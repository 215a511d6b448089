/**
 * Docker Content Trust (Notary v1): `sign --notary`, `verify --notary` and `signet notary
 * init|delegate|inspect`. Flags -> request -> render; the engine is @signet/core/notary.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadSigner, loadVerificationKey, parseCertificates, SignetError, usageError, type CredentialProvider, type Signer, type TargetContext } from '@signet/core';
import {
  addDelegation,
  bareKey,
  fileTrustCache,
  gunOf,
  initRepository,
  inspectRepository,
  loadRootPin,
  loadTrustedRepository,
  NotaryServer,
  NotaryVerifier,
  publishTargets,
  registryReference,
  x509Key,
  type PublishTarget,
  type TrustCache,
} from '@signet/core/notary';
import { keyPassword } from '../password.ts';
import { addRegistryOptions, createContext, stderrLogger, type RegistryFlags } from '../context.ts';
import { errorLine, throwIfFailed } from '../exit-code.ts';
import type { RunReport } from '../run-report.ts';
import type { GateResult } from '../report.ts';
import { notaryCacheDir, type NotaryFlags } from '../notary-options.ts';
import { pinnedImage, type ImageDigestFlags } from '../image-digest-options.ts';
import { collectImageList } from '../images.ts';

export function notaryCache(flags: Pick<NotaryFlags, 'notaryCache'>): TrustCache {
  return fileTrustCache(notaryCacheDir(flags));
}

async function readCa(file: string | undefined): Promise<string | undefined> {
  if (!file) return undefined;
  try {
    const pem = await readFile(file, 'utf8');
    parseCertificates(pem, file);
    return pem;
  } catch (e) {
    if (e instanceof SignetError) throw e;
    throw usageError(`cannot read --notary-ca ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/**
 * The Notary server, authenticated as the registry is: `credentials` are the registry session's
 * (docker config, helpers, SIGNET_REGISTRY_USERNAME/PASSWORD), see NotaryServer.
 */
export async function notaryServer(flags: NotaryFlags & { requestTimeout?: number }, credentials: CredentialProvider | undefined): Promise<NotaryServer> {
  if (!flags.notary) throw usageError('--notary URL is required');
  return new NotaryServer(flags.notary, { ca: await readCa(flags.notaryCa), logger: stderrLogger, timeoutMs: flags.requestTimeout, credentials });
}

/** A command on GUNs: the Notary server with the credentials the GUNs' registries use. */
async function withServer<T>(guns: readonly string[], flags: SetupFlags, use: (server: NotaryServer) => Promise<T>): Promise<T> {
  const ctx = createContext(guns, flags);
  try {
    const server = await notaryServer(flags, ctx.registry.credentials);
    try {
      return await use(server);
    } finally {
      await server.close();
    }
  } finally {
    await ctx.close();
  }
}

function signerFor(ref: string): Promise<Signer> {
  return loadSigner(ref, { password: keyPassword(ref) });
}

/**
 * Images for --notary: the lists, then --image/--digest as a tag pinned to the digest
 * (`registry/repo:TAG@sha256:...`): Docker Content Trust signs tags, so the tag is kept, and
 * the digest the build output must be what the registry serves for it. Core's rule
 * (pinnedImage) still decides what an empty --digest means.
 */
export async function notaryImages(images: readonly string[], flags: ImageDigestFlags & { imagesFile?: string }): Promise<string[]> {
  const pinned = pinnedImage(flags);
  let tagged: string | undefined;
  if (pinned !== undefined) {
    const ref = registryReference(flags.image ?? '');
    if (ref.tag === undefined) throw usageError(`--image ${flags.image}: Docker Content Trust signs tags`, 'pass --image as registry/repo:TAG (the build step\'s tag)');
    const at = pinned.lastIndexOf('@');
    tagged = at > 0 ? `${(flags.image ?? '').replace(/@.*$/, '')}@${pinned.slice(at + 1)}` : pinned;
  }
  return collectImageList(images, flags.imagesFile, tagged);
}

/** The verify gate for --notary: one check per image, trust data read once per repository. */
export async function notaryGate(flags: NotaryFlags & RegistryFlags): Promise<{ check: (input: string, ctx: TargetContext) => Promise<Omit<GateResult, 'seconds'>>; close: () => Promise<void> }> {
  if (!flags.notaryRoot) throw usageError('--notary needs --notary-root', 'pin the repository\'s root key: its public key or certificate (PEM), its key ID, or a trusted root.json (no trust on first use)');
  const [pin, ca] = [await loadRootPin(flags.notaryRoot), await readCa(flags.notaryCa)];
  // Made on the first check: the server is sent the credentials of the batch's registry session.
  let opened: { server: NotaryServer; verifier: NotaryVerifier } | undefined;
  const open = (ctx: TargetContext) => {
    if (!opened) {
      const server = new NotaryServer(flags.notary!, { ca, logger: stderrLogger, timeoutMs: flags.requestTimeout, credentials: ctx.registry.credentials });
      opened = { server, verifier: new NotaryVerifier(server, { pin, roles: flags.notaryRole, cache: notaryCache(flags), logger: stderrLogger }) };
    }
    return opened.verifier;
  };
  return {
    check: async (input, ctx) => {
      const r = await open(ctx).verify(input, ctx);
      return {
        input,
        image: r.image,
        ok: r.ok,
        reason: r.reason,
        payloads: [],
        notary: r.ok && r.target ? { gun: r.gun, tag: r.target.tag, digest: r.target.digest, length: r.target.length, roles: r.target.roles } : undefined,
        signers: r.target ? [{ signer: `notary:${r.target.roles.join('+')}`, ok: r.ok, reason: r.reason }] : undefined,
      };
    },
    close: async () => {
      await opened?.server.close();
    },
  };
}

/** `sign --notary`: every tag of one repository in one publish. */
export async function signNotary(inputs: readonly string[], flags: NotaryFlags & RegistryFlags & { key?: string }, report: RunReport | undefined): Promise<void> {
  if (!flags.key) throw usageError('sign --notary needs --key', 'the key of the role published into (targets/releases delegation or the repository targets key), ECDSA P-256');
  const byGun = new Map<string, { registry: string; repository: string; tags: string[] }>();
  /** gun:tag -> the digest the tag must serve (IMAGE:TAG@DIGEST, --image/--digest). */
  const pinnedDigests = new Map<string, string>();
  for (const input of inputs) {
    const ref = registryReference(input);
    if (ref.tag === undefined) throw usageError(`${input}: Docker Content Trust signs tags`, 'name the image as IMAGE:TAG');
    const gun = gunOf(ref);
    if (ref.digest !== undefined) {
      const seen = pinnedDigests.get(`${gun}:${ref.tag}`);
      if (seen !== undefined && seen !== ref.digest) throw usageError(`${gun}:${ref.tag} is named with two digests (${seen}, ${ref.digest})`);
      pinnedDigests.set(`${gun}:${ref.tag}`, ref.digest);
    }
    const entry = byGun.get(gun) ?? { registry: ref.registry, repository: ref.repository, tags: [] };
    if (!entry.tags.includes(ref.tag)) entry.tags.push(ref.tag);
    byGun.set(gun, entry);
  }
  const ctx = createContext(inputs, flags);
  const [signer, snapshotSigner, pin, server] = await Promise.all([
    signerFor(flags.key),
    flags.notarySnapshotKey ? signerFor(flags.notarySnapshotKey) : undefined,
    flags.notaryRoot ? loadRootPin(flags.notaryRoot) : undefined,
    notaryServer(flags, ctx.registry.credentials),
  ]).catch(async (e: unknown) => {
    await ctx.close();
    throw e;
  });
  if (!pin) stderrLogger.warn('no --notary-root: the repository\'s root is trusted as the server serves it (pin it for production use)');
  if (flags.notaryRole && flags.notaryRole.length > 1) {
    await Promise.all([ctx.close(), server.close()]);
    throw usageError('sign --notary publishes into one role', 'pass --notary-role once');
  }
  const failures: { item: string; error: unknown }[] = [];
  try {
    await Promise.all(
      [...byGun].map(async ([gun, { registry, repository, tags }]) => {
        try {
          const repo = ctx.registry.repository(registry, repository);
          const targets: PublishTarget[] = await Promise.all(
            tags.map(async (tag) => {
              const manifest = await repo.getManifest(tag);
              if (!manifest) throw new SignetError('usage', `${gun}:${tag} not found in the registry`, { hint: 'push the image first; trust data signs what the registry serves' });
              const wanted = pinnedDigests.get(`${gun}:${tag}`);
              if (wanted !== undefined && wanted !== manifest.digest) {
                throw new SignetError('usage', `${gun}:${tag}: the registry serves ${manifest.digest} for the tag, not ${wanted}; nothing published`, { hint: 'the tag moved after the build: push it again, or sign the digest the tag points to' });
              }
              return { tag, digest: manifest.digest, length: manifest.bytes.byteLength };
            }),
          );
          const result = await publishTargets(server, gun, { targets, signer, snapshotSigner, role: flags.notaryRole?.[0], pin, cache: notaryCache(flags), logger: stderrLogger });
          const what = result.version === undefined ? `already signed in ${result.role}` : `published to ${result.role} v${result.version}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}, snapshot signed by ${result.snapshotSignedBy === 'server' ? 'the server' : 'signet'}`;
          stderrLogger.info(`${gun}: ${targets.map((t) => `${t.tag} -> ${t.digest}`).join(', ')}: ${what}`);
          // One line per tag in the sign command's own words (as for cosign-format signatures).
          const where = `${server.url}#${result.role}`;
          for (const t of targets) {
            stderrLogger.info(result.version === undefined ? `${gun}@${t.digest} already carries this signature at ${where}; nothing added` : `Signed ${gun}@${t.digest} as ${gun}:${t.tag} -> ${where}`);
          }
          for (const t of targets) {
            report?.signed.push({ image: `${gun}@${t.digest}`, digest: t.digest, location: `${server.url} ${gun} ${result.role}`, appended: result.version !== undefined, format: 'notary', identity: `${gun}:${t.tag}` });
          }
        } catch (e) {
          stderrLogger.info(`ERROR ${gun}: ${errorLine(e)}`);
          failures.push({ item: gun, error: e });
        }
      }),
    );
    throwIfFailed(failures);
  } finally {
    await Promise.all([ctx.close(), server.close()]);
  }
}

interface SetupFlags extends NotaryFlags, RegistryFlags {
  rootKey?: string;
  key?: string;
  role?: string;
  cert?: string[];
  pub?: string[];
  output?: string;
  rootCertOut?: string;
}

function addServerOptions(command: Command): Command {
  return addRegistryOptions(command)
    .requiredOption('--notary <url>', 'the Notary v1 server (e.g. https://notary.example.com:4443)')
    .option('--notary-ca <file>', 'PEM CA certificate(s) of the Notary server\'s TLS certificate')
    .option('--notary-cache <dir>', 'where versions seen are kept for rollback protection (default SIGNET_NOTARY_CACHE or ~/.cache/signet/notary)');
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerNotary(program: Command): void {
  const notary = program.command('notary').summary('Docker Content Trust (Notary v1) repositories: init, delegate, inspect');

  addServerOptions(notary.command('init'))
    .summary('create a repository\'s trust data: root key (x509, as Notary requires), targets key, snapshot and timestamp kept by the server')
    .argument('<gun>', 'the repository, as docker names it: registry/repo (e.g. registry.example.com:5000/team/app)')
    .requiredOption('--root-key <ref>', 'the root key (ECDSA P-256): a path, env://VAR, k8s://ns/name, hashivault://name; keep it offline afterwards')
    .requiredOption('--key <ref>', 'the repository (targets) key (ECDSA P-256)')
    .option('--root-cert-out <file>', 'write the root key\'s certificate here (pin it with --notary-root, or in Connaisseur)')
    .action(async (gun: string, flags: SetupFlags) => {
      await withServer([gun], flags, async (server) => {
        const [rootSigner, targetsSigner] = await Promise.all([signerFor(flags.rootKey!), signerFor(flags.key!)]);
        const r = await initRepository(server, gun, { rootSigner, targetsSigner });
        if (flags.rootCertOut) await writeFile(flags.rootCertOut, r.rootCertificatePem);
        process.stdout.write(`${JSON.stringify({ gun, root: { keyId: r.rootKeyId, canonicalKeyId: r.rootCanonicalKeyId }, targets: { keyId: r.targetsKeyId }, snapshot: { keyId: r.snapshotKeyId, heldBy: 'server' }, timestamp: { keyId: r.timestampKeyId, heldBy: 'server' } }, null, 2)}\n`);
        stderrLogger.info(`Initialised ${gun} on ${server.url}. Pin its root with --notary-root ${r.rootKeyId} (or the root certificate).`);
      });
    });

  addServerOptions(notary.command('delegate'))
    .summary('add a signer key to a delegation (targets/releases for CI), as `notary delegation add` / `docker trust signer add`')
    .argument('<gun>', 'the repository: registry/repo')
    .option('--role <role>', 'the delegation', 'targets/releases')
    .option('--cert <file>', 'the signer\'s certificate (stored as ecdsa-x509, as `notary delegation add` does; repeatable)', collect)
    .option('--pub <ref>', 'the signer\'s public key, a path or env://VAR (stored as a bare ecdsa key, as docker does; repeatable)', collect)
    .requiredOption('--key <ref>', 'the repository (targets) key, which signs the delegation')
    .option('--notary-root <root>', 'the pinned root key, key ID or root.json')
    .action(async (gun: string, flags: SetupFlags) => {
      const keys = [
        ...(await Promise.all((flags.cert ?? []).map(async (file) => x509Key(parseCertificates(await readFile(file, 'utf8'), file)[0]!.toString())))),
        ...(await Promise.all((flags.pub ?? []).map(async (ref) => bareKey(await loadVerificationKey(ref))))),
      ];
      if (keys.length === 0) throw usageError('delegate needs --cert or --pub', 'name the signer\'s certificate or public key');
      await withServer([gun], flags, async (server) => {
        const r = await addDelegation(server, gun, {
          role: flags.role!,
          keys,
          targetsSigner: await signerFor(flags.key!),
          pin: flags.notaryRoot ? await loadRootPin(flags.notaryRoot) : undefined,
          cache: notaryCache(flags),
          logger: stderrLogger,
        });
        stderrLogger.info(r.version === undefined ? `${gun}: ${flags.role} already has key(s) ${r.keyIds.join(', ')}` : `${gun}: added key(s) ${r.keyIds.join(', ')} to ${flags.role} (targets v${r.version})`);
        process.stdout.write(`${JSON.stringify({ gun, role: flags.role, keyIds: r.keyIds })}\n`);
      });
    });

  addServerOptions(notary.command('inspect'))
    .summary('show signed tags, signers and administrative keys, as `docker trust inspect`')
    .argument('<gun>', 'the repository: registry/repo')
    .argument('[tag]', 'only this tag')
    .option('--notary-root <root>', 'the pinned root key, key ID or root.json (without it the root is taken as served, and said so)')
    .action(async (gun: string, tag: string | undefined, flags: SetupFlags) => {
      await withServer([gun], flags, async (server) => {
        if (!flags.notaryRoot) stderrLogger.warn('no --notary-root: showing the trust data as the server serves it, with its own root (not pinned)');
        const repo = await loadTrustedRepository(server, gun, { pin: flags.notaryRoot ? await loadRootPin(flags.notaryRoot) : undefined, cache: notaryCache(flags), logger: stderrLogger });
        process.stdout.write(`${JSON.stringify([inspectRepository(repo, gun, tag)], null, 2)}\n`);
      });
    });
}
