/**
 * `signet version`, `--version`, `signet completion`, and help wrapped by width. The completion
 * scripts are judged by the shells themselves (bash always; zsh and fish when installed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The part of commander's Command this test reads (commander is the CLI package's dependency). */
interface Command {
  commands: readonly Command[];
  name(): string;
  description(): string;
  configureHelp(config: object): Command;
  helpInformation(): string;
}
import { run, signet } from '../support/cli.ts';

// Imported by URL: the CLI package is another TypeScript project (no path rewriting across projects).
const CLI_SRC = new URL('../../packages/cli/src/', import.meta.url);
const { buildProgram } = (await import(new URL('program.ts', CLI_SRC).href)) as { buildProgram: () => Promise<Command> };
const { helpConfiguration, unwrapProse } = (await import(new URL('help-format.ts', CLI_SRC).href)) as {
  helpConfiguration: object;
  unwrapProse: (text: string) => string;
};
const PKG = JSON.parse(readFileSync(new URL('../../packages/cli/package.json', import.meta.url), 'utf8')) as { version: string };

test('--version prints the package version; version --json names build, Node and platform', async () => {
  const v = await signet(['--version']);
  assert.equal(v.code, 0, v.stderr);
  assert.equal(v.stdout, `${PKG.version}\n`);
  const j = await signet(['version', '--json']);
  assert.equal(j.code, 0, j.stderr);
  const info = JSON.parse(j.stdout) as Record<string, string>;
  assert.deepEqual(info, { version: PKG.version, commit: 'unknown', date: 'unknown', artifact: 'source', node: process.versions.node, platform: process.platform, arch: process.arch });
  const t = await signet(['version']);
  assert.match(t.stdout, new RegExp(`^Version: +${PKG.version.replace(/\./g, '\\.')}\n`));
  assert.match(t.stdout, /\nPlatform: +linux\/x64\n/);
});

function commandsOf(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(commandsOf)];
}

test('help: prose descriptions are unwrapped, then wrapped at the help width', async () => {
  const program = await buildProgram();
  assert.ok(program.commands.length >= 10, 'all commands registered');
  for (const cmd of commandsOf(program)) {
    const raw = cmd.description();
    cmd.configureHelp({ ...helpConfiguration, helpWidth: 5000 });
    const wide = cmd.helpInformation();
    // A one-paragraph prose description comes out as one line at a wide width.
    if (raw.includes('\n') && !/\n\s*\n|\n[\s\-*•0-9]/.test(raw)) {
      assert.ok(wide.includes(raw.replace(/\n/g, ' ')), `${cmd.name()}: description unwrapped:\n${wide}`);
    }
    cmd.configureHelp({ ...helpConfiguration, helpWidth: 60 });
    // The description paragraph(s): after the usage line, up to the first section heading.
    const narrow = cmd.helpInformation().split('\n');
    const end = narrow.findIndex((l, i) => i > 1 && /^[A-Z][a-z]+:$/.test(l));
    for (const line of narrow.slice(1, end < 0 ? undefined : end)) {
      if (line.length > 60) assert.ok(line.trim().split(/\s+/).length === 1, `${cmd.name()}: wrapped at 60: ${JSON.stringify(line)}`);
    }
  }
  assert.equal(unwrapProse('one\ntwo\n\n  example\n- item\nthree'), 'one two\n\n  example\n- item three');
});

async function script(shell: string): Promise<string> {
  const r = await signet(['completion', shell]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

function bashComplete(source: string, line: string): string[] {
  const words = line.split(' ');
  const out = execFileSync('bash', ['-c', `${source}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _signet; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

test('completion bash: commands, subcommands and the flags of the command typed so far', async () => {
  const source = await script('bash');
  assert.ok(bashComplete(source, 'signet ').includes('sign'));
  assert.ok(bashComplete(source, 'signet ').includes('completion'));
  assert.deepEqual(bashComplete(source, 'signet ver').sort(), ['verify', 'version']);
  assert.deepEqual(bashComplete(source, 'signet policy ').sort(), ['connaisseur', 'containers', 'kyverno', 'policy-controller']);
  assert.deepEqual(bashComplete(source, 'signet completion f'), ['fish']);
  const signFlags = bashComplete(source, 'signet sign --key k.key --');
  assert.ok(signFlags.includes('--key') && signFlags.includes('--recursive'), signFlags.join(' '));
  assert.deepEqual(bashComplete(source, 'signet version --j'), ['--json']);
  assert.equal((await signet(['completion', 'tcsh'])).code, 2);
});

test('completion zsh and fish: the shells parse them; fish completes from them', async (t) => {
  const zsh = await script('zsh');
  if (spawnSync('zsh', ['--version']).status === 0) {
    const r = await run('zsh', ['-n'], { input: zsh });
    assert.equal(r.code, 0, r.stderr);
  } else t.diagnostic('zsh not installed: syntax not checked');
  const fish = await script('fish');
  if (spawnSync('fish', ['--version']).status === 0) {
    const r = await run('fish', ['-c', `${fish}\ncomplete -C 'signet ver'; complete -C 'signet policy k'; complete -C 'signet version --'`]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^verify\t/m);
    assert.match(r.stdout, /^version\t/m);
    assert.match(r.stdout, /^kyverno\t/m);
    assert.match(r.stdout, /^--json\t/m);
  } else t.diagnostic('fish not installed: not run');
});
