/**
 * The sign action: signs pushed digests with the signet engine (cosign format in the registry,
 * or GPG simple signing into a lookaside), then reports what it signed as outputs and as a
 * table in the job summary.
 */
import * as core from '@actions/core';
import { boolInput, imagesInput, keyValueInput } from '../../common/inputs.ts';
import { keyReference, mask, maskKnownSecrets, registryInputsToEnv, secretToEnv } from '../../common/secrets.ts';
import { escapeHtml, failWith, runSignet, runStep } from '../../common/run.ts';
import { githubAnnotations } from '../../common/github.ts';
import type { RunReport } from '@signet/cli/program';

async function run(): Promise<void> {
  maskKnownSecrets();
  secretToEnv('password', 'COSIGN_PASSWORD');
  secretToEnv('gpg-passphrase', 'SIGNET_GPG_PASSPHRASE');
  registryInputsToEnv();

  const argv = ['sign', ...imagesInput()];
  const key = keyReference(core.getInput('key'));
  const signBy = core.getInput('sign-by').trim();
  if (key) argv.push('--key', key);
  if (signBy) {
    if (signBy.includes('-----BEGIN')) mask(signBy);
    argv.push('--sign-by', signBy.includes('-----BEGIN') ? inlineGpgKey(signBy) : signBy);
  }
  const lookaside = core.getInput('lookaside').trim();
  if (lookaside) argv.push('--lookaside', lookaside);
  const cert = core.getInput('cert').trim();
  if (cert) argv.push('--cert', cert);
  const chain = core.getInput('cert-chain').trim();
  if (chain) argv.push('--cert-chain', chain);
  const annotations = { ...(boolInput('annotations-from-github', false) ? await githubAnnotations() : {}), ...keyValueInput('annotations') };
  for (const [k, v] of Object.entries(annotations)) argv.push('-a', `${k}=${v}`);
  if (boolInput('keyless', false)) argv.push('--keyless');
  if (boolInput('tlog-upload', false)) argv.push('--tlog-upload');
  for (const [input, flag] of [
    ['format', '--format'],
    ['fulcio-url', '--fulcio-url'],
    ['rekor-url', '--rekor-url'],
    ['timestamp-server-url', '--timestamp-server-url'],
    ['trusted-root', '--trusted-root'],
    ['notary', '--notary'],
    ['notary-root', '--notary-root'],
    ['notary-ca', '--notary-ca'],
    ['notary-role', '--notary-role'],
  ] as const) {
    const value = core.getInput(input).trim();
    if (value) argv.push(flag, value);
  }
  if (boolInput('recursive', false)) argv.push('--recursive');
  if (boolInput('allow-http-registry', false)) argv.push('--allow-http-registry');
  const concurrency = core.getInput('concurrency').trim();
  if (concurrency) argv.push('--concurrency', concurrency);

  const report = await core.group('signet sign', () => runSignet(argv));
  writeOutputs(report);
  await writeSummary(report, key ?? (signBy || 'keyless (Fulcio certificate)'));
  if (report.exitCode !== 0) failWith(report);
}

function inlineGpgKey(material: string): string {
  process.env.SIGNET_ACTION_GPG_KEY = material;
  return 'env://SIGNET_ACTION_GPG_KEY';
}

function writeOutputs(report: RunReport): void {
  core.setOutput(
    'signatures',
    JSON.stringify(report.signed.map((s) => ({ image: s.image, digest: s.digest, identity: s.identity, location: s.location ?? null, added: s.appended, format: s.format }))),
  );
  core.setOutput('signed-digests', report.signed.map((s) => s.image).join('\n'));
}

async function writeSummary(report: RunReport, signer: string): Promise<void> {
  if (report.signed.length === 0 && !report.error) return;
  const rows = report.signed.map((s) => [
    { data: `<code>${escapeHtml(s.image.slice(0, s.image.lastIndexOf('@')))}</code>` },
    { data: `<code>${escapeHtml(s.digest.slice(0, 19))}…</code>` },
    { data: escapeHtml(signer.startsWith('env://SIGNET_ACTION') ? 'key from input' : signer) },
    { data: s.location ? `<code>${escapeHtml(s.location)}</code>${s.appended ? '' : ' (already there)'}` : 'not uploaded' },
  ]);
  const summary = core.summary.addHeading('signet sign', 3);
  if (rows.length > 0) {
    summary.addTable([[{ data: 'Image', header: true }, { data: 'Digest', header: true }, { data: 'Signed with', header: true }, { data: 'Signature', header: true }], ...rows]);
  }
  if (report.error) summary.addRaw(`<p><strong>Failed:</strong> ${escapeHtml(report.error)}</p>`, true);
  await summary.write();
}


runStep(run);
