/**
 * hashivault:// faults a real server cannot be made to produce on demand, through the Vault
 * contract fake (test/support/vault-fake.ts): a key rotated between signet's key read and its
 * sign call, a proxy's HTML error page, a sign answer without a signature. Everything else about
 * hashivault:// runs against a real OpenBao (keysources-vault.test.ts) and k8s:// against a real
 * kube-apiserver (keysources-k8s.test.ts). Every failure's exit code and one-line message is
 * asserted, and no token may appear in any output.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { signet, type RunResult } from '../support/cli.ts';
import { startVaultFake, type VaultFake } from '../support/vault-fake.ts';

const VAULT_TOKEN = 'hvs.vault-token-0c9e2d';

let registry: RunningRegistry;
let vault: VaultFake;
let dir: string;
let base: NodeJS.ProcessEnv;
const outputs: RunResult[] = [];
/** Fault injection for the vault fake: rotate this key when its sign call arrives; answer this path with this. */
let rotateOnNextSign: string | undefined;
let injected: { path: string; status: number; body: string; contentType?: string } | undefined;

before(async () => {
  [registry, vault] = await Promise.all([
    startRegistry(),
    startVaultFake({ [VAULT_TOKEN]: ['read', 'create', 'sign', 'verify'] }, {
      fault: ({ method, path }) => {
        if (rotateOnNextSign && method !== 'GET' && path.startsWith(`/v1/transit/sign/${rotateOnNextSign}/`)) {
          vault.rotate(rotateOnNextSign);
          rotateOnNextSign = undefined;
        }
        return injected && injected.path === path ? injected : undefined;
      },
    }),
  ]);
  dir = await mkdtemp(join(tmpdir(), 'signet-keysources-'));
  base = { HOME: dir, SIGNET_INSECURE_REGISTRIES: registry.host, VAULT_ADDR: vault.url, VAULT_TOKEN };
});

after(async () => {
  for (const o of outputs) assert.equal(`${o.stdout}${o.stderr}`.includes(VAULT_TOKEN), false, `the token leaked into output: ${o.stderr}`);
  await Promise.all([registry?.stop(), vault?.stop()]);
  await rm(dir, { recursive: true, force: true });
});

async function sig(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const r = await signet(args, { env: { ...base, ...env }, cwd: dir });
  outputs.push(r);
  return r;
}

/** The final `error:` line carries the cause on one line (sign adds its per-image FAILED line and summary before it). */
function expectFailure(r: RunResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, r.stderr);
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  assert.match(last, /^error: /, r.stderr);
  assert.match(last, pattern);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack traces');
}

// Every other hashivault:// test runs against a real OpenBao (keysources-vault.test.ts).
describe('hashivault:// faults no real server produces on demand (vault fake)', { concurrency: 1 }, () => {
  test('vault fake: a key rotated between the read and the sign call is reported, and nothing is stored', async () => {
    vault.createKey('racing');
    rotateOnNextSign = 'racing';
    const img = await pushRandomImage(registry.host, 'vault/race');
    expectFailure(await sig(['sign', '--key', 'hashivault://racing', img.ref]), 3, /hashivault:\/\/racing: the key was rotated while signing \(signed with v2\): run the command again/);
    assert.equal(vault.keyVersions('racing'), 2);
    const v = await sig(['verify', '--key', 'hashivault://racing', img.ref]);
    assert.equal(v.code, 1, 'no signature was stored');
  });

  test('vault fake: a proxy\'s HTML error page and a sign answer without a signature are one-line remote errors', async () => {
    vault.createKey('proxied');
    const img = await pushRandomImage(registry.host, 'vault/proxy');
    injected = { path: '/v1/transit/keys/proxied', status: 502, body: '<html><body><h1>502 Bad Gateway</h1>\n</body></html>', contentType: 'text/html' };
    expectFailure(await sig(['sign', '--key', 'hashivault://proxied', img.ref]), 3, /^error: hashivault:\/\/proxied: Vault answered 502$/);
    injected = { path: '/v1/transit/sign/proxied/sha2-256', status: 200, body: JSON.stringify({ data: { key_version: 1 } }) };
    expectFailure(await sig(['sign', '--key', 'hashivault://proxied', img.ref]), 3, /hashivault:\/\/proxied: Vault's sign response has no signature/);
    injected = undefined;
  });
});
