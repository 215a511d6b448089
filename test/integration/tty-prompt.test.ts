/**
 * Passwords typed at a terminal: with no COSIGN_PASSWORD and a TTY, signet prompts (without
 * echo) instead of failing. `script` (util-linux) gives the CLI a real pseudo-terminal; the
 * test types each answer only after the prompt appeared, as a person would.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_ENTRY, signet } from '../support/cli.ts';

let dir: string;
let image: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-tty-'));
  const made = await signet(['demo-image', `oci:${join(dir, 'layout')}:v1`]);
  assert.equal(made.code, 0, made.stderr);
  image = made.stdout.trim();
});

after(() => rm(dir, { recursive: true, force: true }));

/** Runs signet on a pseudo-terminal, answering each prompt in turn; returns the terminal's output. */
function onTerminal(args: string[], answers: string[]): Promise<{ code: number; output: string }> {
  const command = [process.execPath, CLI_ENTRY, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const env = { ...process.env };
  delete env.COSIGN_PASSWORD;
  delete env.SIGNET_PASSWORD;
  delete env.CI; // signet only prompts for people
  const child = spawn('script', ['-qfec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let answered = 0;
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    const prompts = output.match(/Enter password[^:]*: /g)?.length ?? 0;
    while (answered < prompts && answered < answers.length) child.stdin.write(`${answers[answered++]}\n`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no exit; terminal output:\n${output}`));
    }, 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output });
    });
  });
}

test('generate-key-pair asks twice without echo, and the key opens with that password', async () => {
  const r = await onTerminal(['generate-key-pair', '--output-key-prefix', join(dir, 'typed')], ['typed-secret-1', 'typed-secret-1']);
  assert.equal(r.code, 0, r.output);
  assert.match(r.output, /Enter password for private key: .*Enter password for private key again: /s);
  assert.doesNotMatch(r.output, /typed-secret-1/, 'the password was echoed');
  const ok = await signet(['sign', '--key', join(dir, 'typed.key'), '--upload=false', '--output-signature', join(dir, 'sig'), image], { env: { COSIGN_PASSWORD: 'typed-secret-1' } });
  assert.equal(ok.code, 0, ok.stderr);
});

test('sign asks for the key password on a terminal; a wrong one is exit 2', async () => {
  const ok = await onTerminal(['sign', '--key', join(dir, 'typed.key'), '--upload=false', '--output-signature', join(dir, 'sig2'), image], ['typed-secret-1']);
  assert.equal(ok.code, 0, ok.output);
  assert.match(ok.output, /Enter password for .*typed\.key: /);
  assert.doesNotMatch(ok.output, /typed-secret-1/);
  const wrong = await onTerminal(['sign', '--key', join(dir, 'typed.key'), '--upload=false', '--output-signature', join(dir, 'sig3'), image], ['not-it']);
  assert.equal(wrong.code, 2, wrong.output);
  assert.match(wrong.output, /wrong password/i);
});

test('mismatched passwords for a new key are refused and nothing is written', async () => {
  const r = await onTerminal(['generate-key-pair', '--output-key-prefix', join(dir, 'mismatch')], ['one-password', 'another-one']);
  assert.equal(r.code, 2, r.output);
  assert.match(r.output, /passwords do not match/);
  const exists = await signet(['sign', '--key', join(dir, 'mismatch.key'), '--upload=false', image], { env: { COSIGN_PASSWORD: 'one-password' } });
  assert.match(exists.stderr, /does not exist/);
});
