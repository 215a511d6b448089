/**
 * Verifies a containers/image signature with the gpg binary, for what openpgp.js cannot read:
 * version-3 signature packets (RFC 4880 5.2.2), which openpgp.js 6 skips as unsupported, so a
 * valid v3 signature looked unsigned. gpg verifies them, and so does containers/image (gpgme and
 * its openpgp mechanism; upstream fixtures `*.signature-v3`). The decision is gpg's, read from
 * its machine-readable status lines the way gpgme reads them: exactly one signature, GOODSIG
 * with VALIDSIG, and no BADSIG, ERRSIG, EXPSIG, EXPKEYSIG or REVKEYSIG (an expired or revoked
 * key or signature is refused, as containers/image refuses it).
 *
 * gpg runs in a private GNUPGHOME holding only the keyring being trusted, created 0700 and
 * removed afterwards, with `--no-autostart` (no agent is needed to verify and none is left
 * behind) and an environment of PATH and GNUPGHOME only: no secret of signet's reaches it.
 * Each such signature costs two gpg runs (import, verify); the lookaside's slot limit bounds how
 * many a hostile store can cause.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublicKey } from './keys.ts';

export type GpgBinaryVerification = { ok: true; data: Uint8Array; primaryFingerprint: string } | { ok: false; reason: string; malformed?: boolean };

/** Signatures are small; a bound keeps a hostile one from filling memory through gpg's output. */
const MAX_OUTPUT = 4 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

function runGpg(args: readonly string[], home: string, input: Uint8Array): Promise<{ code: number | null; stdout: Buffer; status: string; missing: boolean }> {
  return new Promise((resolve) => {
    const child = spawn('gpg', ['--batch', '--no-tty', '--no-autostart', '--homedir', home, '--status-fd', '2', ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GNUPGHOME: home, LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
    });
    const out: Buffer[] = [];
    let size = 0;
    let status = '';
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_OUTPUT) child.kill();
      else out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (status.length < MAX_OUTPUT) status += c.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => resolve({ code: null, stdout: Buffer.alloc(0), status: '', missing: e.code === 'ENOENT' }));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), status, missing: false }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** Status keywords gpg prints per signature (doc/DETAILS), and what each means here. */
const REFUSED: Record<string, string> = {
  BADSIG: 'the signature does not verify',
  ERRSIG: 'the signature cannot be checked (unknown key or algorithm)',
  EXPSIG: 'the signature has expired',
  EXPKEYSIG: 'the signing key has expired',
  REVKEYSIG: 'the signing key has been revoked',
};

export async function verifyWithGpgBinary(signature: Uint8Array, keyring: readonly PublicKey[]): Promise<GpgBinaryVerification> {
  const home = await mkdtemp(join(tmpdir(), 'signet-gpgv-'));
  try {
    const keys = Buffer.concat(keyring.map((k) => Buffer.from(k.write())));
    const imported = await runGpg(['--import'], home, keys);
    if (imported.missing) return { ok: false, reason: 'signature uses a version-3 OpenPGP packet, which only the gpg binary reads, and gpg is not installed (install gnupg)' };
    if (imported.code !== 0) return { ok: false, reason: 'gpg could not import the keyring' };
    const r = await runGpg(['--output', '-', '--decrypt'], home, signature);
    const lines = r.status.split('\n').filter((l) => l.startsWith('[GNUPG:] ')).map((l) => l.slice('[GNUPG:] '.length).split(' '));
    const signatures = lines.filter((l) => l[0] === 'NEWSIG').length;
    if (signatures !== 1) return { ok: false, malformed: true, reason: `expected exactly one OpenPGP signature, found ${signatures}` };
    const refused = lines.find((l) => l[0] !== undefined && l[0] in REFUSED);
    if (refused) return { ok: false, reason: `${REFUSED[refused[0]!]} (gpg: ${refused.slice(0, 2).join(' ')})` };
    const valid = lines.find((l) => l[0] === 'VALIDSIG');
    const primary = valid?.[10] ?? valid?.[1];
    if (r.code !== 0 || !lines.some((l) => l[0] === 'GOODSIG') || !primary) return { ok: false, reason: 'gpg did not find a good signature' };
    return { ok: true, data: new Uint8Array(r.stdout), primaryFingerprint: primary.toUpperCase() };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
