/**
 * Runs a Tekton Task's steps on this machine the way the controller and kubelet would prepare
 * them: params with their defaults (arrays expanded in args), workspaces and results as
 * directories, env from values or Secret keys (optional ones skipped, missing required ones an
 * error like CreateContainerConfigError), then each step's script with its args. The steps'
 * image is replaced by the signet image's own entrypoint script on PATH, run against the
 * bundle (`pnpm bundle`), which is what the image contains.
 */
import { chmod, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { run, type RunResult } from './cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'cli', 'index.js');

interface TaskParam { name: string; type?: 'string' | 'array'; default?: string | string[] }
interface EnvVar { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string; optional?: boolean } } }
interface Step { name: string; image: string; args?: string[]; env?: EnvVar[]; script: string }
interface Task {
  kind: string;
  spec: { params?: TaskParam[]; workspaces?: { name: string; optional?: boolean }[]; results?: { name: string }[]; steps: Step[] };
}

export interface TaskRunInput {
  params?: Record<string, string | string[]>;
  /** Workspace name → directory. */
  workspaces?: Record<string, string>;
  /** Secret name → data, as the TaskRun's namespace holds them. */
  secrets?: Record<string, Record<string, string>>;
  namespace?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Runs a step's script somewhere else, e.g. inside the real signet image (image.test.ts):
   * gets the script's path, its args, the step's environment (no host PATH) and the TaskRun's
   * directory (script, results, HOME), which the step must see at the same path.
   */
  exec?: (step: { script: string; args: string[]; env: NodeJS.ProcessEnv; dir: string }) => Promise<RunResult>;
}

export interface TaskRunOutcome extends RunResult {
  results: Record<string, string>;
}

export async function runTask(file: string, input: TaskRunInput): Promise<TaskRunOutcome> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm bundle\` (scripts/test.sh does)`);
  const task = parse(await readFile(file, 'utf8')) as Task;
  if (task.kind !== 'Task') throw new Error(`${file} is a ${task.kind}, not a Task`);
  const dir = await mkdtemp(join(tmpdir(), 'signet-taskrun-'));
  const resultsDir = join(dir, 'results');
  const bin = join(dir, 'bin');
  await Promise.all([mkdir(resultsDir), mkdir(bin)]);
  await symlink(join(ROOT, 'image', 'signet'), join(bin, 'signet'));

  const params = new Map<string, string | string[]>();
  for (const p of task.spec.params ?? []) {
    const given = input.params?.[p.name];
    const value = given ?? p.default;
    if (value === undefined) throw new Error(`param ${p.name} has no value and no default`);
    if ((p.type === 'array') !== Array.isArray(value)) throw new Error(`param ${p.name}: expected ${p.type ?? 'string'}`);
    params.set(p.name, value);
  }
  for (const name of Object.keys(input.params ?? {})) if (!params.has(name)) throw new Error(`the Task declares no param ${name}`);
  const workspaces = new Map((task.spec.workspaces ?? []).map((w) => [w.name, input.workspaces?.[w.name]]));
  for (const [name, path] of workspaces) {
    const declared = task.spec.workspaces?.find((w) => w.name === name);
    if (!path && !declared?.optional) throw new Error(`workspace ${name} is required`);
  }

  const substitute = (text: string): string =>
    text.replace(/\$\(([^)]+)\)/g, (whole, expr: string) => {
      let m = /^params\.([A-Za-z0-9_-]+)$/.exec(expr);
      if (m) {
        const v = params.get(m[1]!);
        if (typeof v !== 'string') throw new Error(`$(${expr}) is not a string param`);
        return v;
      }
      m = /^workspaces\.([A-Za-z0-9_-]+)\.(path|bound)$/.exec(expr);
      if (m) {
        if (!workspaces.has(m[1]!)) throw new Error(`no workspace ${m[1]}`);
        const path = workspaces.get(m[1]!);
        return m[2] === 'bound' ? String(Boolean(path)) : (path ?? '');
      }
      m = /^results\.([A-Za-z0-9_-]+)\.path$/.exec(expr);
      if (m) return join(resultsDir, m[1]!);
      if (expr === 'context.taskRun.namespace') return input.namespace ?? 'default';
      return whole;
    });

  let last: RunResult = { code: 0, stdout: '', stderr: '' };
  for (const step of task.spec.steps) {
    const args = (step.args ?? []).flatMap((a) => {
      const m = /^\$\(params\.([A-Za-z0-9_-]+)\[\*\]\)$/.exec(a);
      if (!m) return [substitute(a)];
      const v = params.get(m[1]!);
      if (!Array.isArray(v)) throw new Error(`${a}: not an array param`);
      return v;
    });
    const env: NodeJS.ProcessEnv = {};
    for (const e of step.env ?? []) {
      if (e.value !== undefined) env[e.name] = substitute(e.value);
      else if (e.valueFrom) {
        const ref = e.valueFrom.secretKeyRef;
        const value = input.secrets?.[substitute(ref.name)]?.[ref.key];
        if (value !== undefined) env[e.name] = value;
        else if (!ref.optional) throw new Error(`CreateContainerConfigError: secret ${substitute(ref.name)} has no key ${ref.key}`);
      }
    }
    const script = join(dir, `${step.name}.sh`);
    await writeFile(script, substitute(step.script));
    await chmod(script, 0o700);
    last = input.exec
      ? await input.exec({ script, args, env: { HOME: dir, TMPDIR: dir, ...input.env, ...env }, dir })
      : await run('sh', [script, ...args], {
          env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir, TMPDIR: dir, SIGNET_BUNDLE: BUNDLE, ...input.env, ...env },
        });
    if (last.code !== 0) break;
  }
  const results: Record<string, string> = {};
  for (const r of task.spec.results ?? []) {
    const path = join(resultsDir, r.name);
    if (existsSync(path)) results[r.name] = await readFile(path, 'utf8');
  }
  return { ...last, results };
}
