/**
 * What `signet verify` prints, in every format, from one result type: cosign-shaped JSON lines
 * (stdout, one per verified image, as cosign prints), a human table, or JUnit XML for CI test
 * reports. Diagnostics go to stderr so stdout stays machine-readable.
 */
import type { SimpleSigningPayload } from '@signet/core';

export interface GateResult {
  /** The image as given. */
  input: string;
  /** Canonical repo@digest when it could be opened. */
  image: string;
  ok: boolean;
  reason: string | undefined;
  payloads: SimpleSigningPayload[];
  /** Trust policy mode: which rule decided, and each signer's outcome. */
  rule?: string | undefined;
  signers?: { signer: string; ok: boolean; reason: string | undefined }[];
  /** Docker Content Trust (`--notary`): the signed target accepted, printed instead of payloads. */
  notary?: { gun: string; tag: string; digest: string; length: number; roles: string[] } | undefined;
  /** An error that is not a verification failure (bad input, unreachable registry). */
  error?: string | undefined;
  seconds: number;
}

export type OutputFormat = 'json' | 'text' | 'junit';

export function parseOutputFormat(value: string | undefined, isTty: boolean): OutputFormat {
  const format = value ?? (isTty ? 'text' : 'json');
  if (format !== 'json' && format !== 'text' && format !== 'junit') {
    throw new Error(`unknown output format "${format}": use json, text or junit`);
  }
  return format;
}

export function jsonLines(results: readonly GateResult[]): string {
  return results
    .filter((r) => r.ok)
    .map((r) => `${JSON.stringify(r.notary ? [r.notary] : r.payloads)}\n`)
    .join('');
}

export function textTable(results: readonly GateResult[]): string {
  const rows = results.map((r) => [
    r.ok ? 'verified' : r.error ? 'ERROR' : 'NOT VERIFIED',
    r.image,
    r.rule ?? '',
    r.signers ? r.signers.map((s) => `${s.signer}${s.ok ? '✓' : '✗'}`).join(' ') : r.ok ? `${r.payloads.length} signature(s)` : '',
  ]);
  const header = ['RESULT', 'IMAGE', 'RULE', 'SIGNERS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const reasons = results.filter((r) => !r.ok).map((r) => `  ${r.image}: ${r.error ?? r.reason ?? 'not verified'}`);
  return [line(header), ...rows.map(line), ...(reasons.length ? ['', 'Why:', ...reasons] : [])].join('\n') + '\n';
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML as Jenkins, GitLab and the GitHub test-report actions read it: one testcase per image. */
export function junit(results: readonly GateResult[], suite = 'signet verify'): string {
  const failures = results.filter((r) => !r.ok && !r.error).length;
  const errors = results.filter((r) => r.error).length;
  const time = results.reduce((a, r) => a + r.seconds, 0);
  const cases = results.map((r) => {
    const attrs = `name="${xml(r.image)}" classname="${xml(r.rule ? `signet.${r.rule}` : 'signet')}" time="${r.seconds.toFixed(3)}"`;
    if (r.ok) return `    <testcase ${attrs}/>`;
    const tag = r.error ? 'error' : 'failure';
    const message = r.error ?? r.reason ?? 'not verified';
    const detail = r.signers?.map((s) => `${s.signer}: ${s.ok ? 'verified' : s.reason}`).join('\n') ?? message;
    return `    <testcase ${attrs}>\n      <${tag} message="${xml(message)}" type="${r.error ? 'error' : 'not-verified'}">${xml(detail)}</${tag}>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(suite)}" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">`,
    `  <testsuite name="${xml(suite)}" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
