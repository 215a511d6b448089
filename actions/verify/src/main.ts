/**
 * The verify action: the release gate. Checks every image with a key, a certificate chain, a
 * GPG keyring or a trust policy; fails the step when one is not verified (unless
 * fail-on-unsigned is false), and reports per image in outputs and the job summary.
 */
import * as core from '@actions/core';
import { boolInput, imagesInput, keyValueInput } from '../../common/inputs.ts';
import { keyReference, maskKnownSecrets, registryInputsToEnv } from '../../common/secrets.ts';
import { escapeHtml, failWith, runSignet, runStep } from '../../common/run.ts';
import type { GateResult, RunReport } from '@signet/cli/program';
import { notVerifiedBecause } from '@signet/cli/report';

/** signet's exit status for "verification failed"; 2 and 3 are bad input and outages. */
const NOT_VERIFIED = 1;

async function run(): Promise<void> {
  maskKnownSecrets();
  registryInputsToEnv();

  const argv = ['verify', '--output', 'json', ...imagesInput()];
  const key = keyReference(core.getInput('key'));
  if (key) argv.push('--key', key);
  for (const [input, flag] of [
    ['cert-chain', '--cert-chain'],
    ['certificate-identity', '--certificate-identity'],
    ['certificate-identity-regexp', '--certificate-identity-regexp'],
    ['certificate-oidc-issuer', '--certificate-oidc-issuer'],
    ['trusted-root', '--trusted-root'],
    ['keyring', '--keyring'],
    ['lookaside', '--lookaside'],
    ['policy', '--policy'],
    ['concurrency', '--concurrency'],
    ['signed-repository', '--signed-repository'],
    ['remap-identity', '--remap-identity'],
    ['notary', '--notary'],
    ['notary-root', '--notary-root'],
    ['notary-ca', '--notary-ca'],
    ['notary-role', '--notary-role'],
  ] as const) {
    const value = core.getInput(input).trim();
    if (value) argv.push(flag, value);
  }
  for (const [k, v] of Object.entries(keyValueInput('annotations'))) argv.push('-a', `${k}=${v}`);
  if (boolInput('allow-http-registry', false)) argv.push('--allow-http-registry');
  const failOnUnsigned = boolInput('fail-on-unsigned', true);

  const report = await core.group('signet verify', () => runSignet(argv));
  const verified = report.exitCode === 0;
  core.setOutput('verified', String(verified));
  core.setOutput(
    'result',
    JSON.stringify(
      report.verified.map((r: GateResult) => ({
        image: r.image,
        verified: r.ok,
        reason: r.ok ? null : notVerifiedBecause(r),
        rule: r.rule ?? null,
        signatures: r.payloads,
        rejections: r.rejections ?? [],
      })),
    ),
  );
  await writeSummary(report);
  if (verified) return;
  if (report.exitCode === NOT_VERIFIED && !failOnUnsigned) {
    core.warning(`not verified (fail-on-unsigned is false): ${report.error ?? ''}`);
    return;
  }
  failWith(report);
}

async function writeSummary(report: RunReport): Promise<void> {
  const rows = report.verified.map((r) => [
    { data: r.ok ? '✅ verified' : '❌ not verified' },
    { data: `<code>${escapeHtml(r.image)}</code>` },
    { data: escapeHtml(r.ok ? (r.rule ? `rule ${r.rule}` : `${r.payloads.length} signature(s)`) : notVerifiedBecause(r)) },
  ]);
  const summary = core.summary.addHeading('signet verify', 3);
  if (rows.length > 0) summary.addTable([[{ data: 'Result', header: true }, { data: 'Image', header: true }, { data: 'Detail', header: true }], ...rows]);
  else if (report.error) summary.addRaw(`<p><strong>Failed:</strong> ${escapeHtml(report.error)}</p>`, true);
  await summary.write();
}


runStep(run);
