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
import { parse, parseAllDocuments } from 'yaml';
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
  const task = parse(await readFile(file, 'utf8')) as Task;
  if (task.kind !== 'Task') throw new Error(`${file} is a ${task.kind}, not a Task`);
  return runTaskSpec(task, input);
}

/** Runs a Task's spec (a Task file's, or a Pipeline's inline taskSpec). */
export async function runTaskSpec(task: Pick<Task, 'spec'>, input: TaskRunInput & { context?: Record<string, string> }): Promise<TaskRunOutcome> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm bundle\` (scripts/test.sh does)`);
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
      if (input.context?.[expr] !== undefined) return input.context[expr]!;
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

interface PipelineTask {
  name: string;
  taskRef?: { name: string };
  taskSpec?: Task['spec'];
  runAfter?: string[];
  params?: { name: string; value: string | string[] }[];
  workspaces?: { name: string; workspace: string }[];
}
interface Doc { kind: string; metadata: { name: string }; spec: Record<string, unknown>; stringData?: Record<string, string> }

export interface PipelineRunOutcome {
  /** The exit status of the TaskRun that failed, 0 when every one succeeded. */
  code: number;
  /** Each pipeline task that ran, in order, with its outcome. */
  tasks: { name: string; outcome: TaskRunOutcome }[];
}

/**
 * Runs the PipelineRun of a catalog `tests/run.yaml` the way the controller would: the Pipeline
 * it names (in the same file), each pipeline task as a TaskRun once the tasks it names in
 * runAfter or in `$(tasks.X.results.Y)` are done, params substituted from the PipelineRun, the
 * Pipeline's defaults and earlier results, the PipelineRun's workspaces as one directory each
 * (what a volumeClaimTemplate gives every task), and the file's Secrets as the namespace's.
 * `taskRef`s resolve to the Task files given (the catalog applies the Task before run.yaml).
 */
export async function runPipelineRun(file: string, options: { tasks: Record<string, string>; env?: NodeJS.ProcessEnv; namespace?: string }): Promise<PipelineRunOutcome> {
  const docs = parseAllDocuments(await readFile(file, 'utf8')).map((d) => d.toJS() as Doc).filter((d) => d?.kind);
  const runs = docs.filter((d) => d.kind === 'PipelineRun');
  if (runs.length !== 1) throw new Error(`${file}: expected one PipelineRun, found ${runs.length}`);
  const run = runs[0]!;
  const runSpec = run.spec as { pipelineRef?: { name: string }; params?: { name: string; value: string | string[] }[]; workspaces?: { name: string }[] };
  const pipeline = docs.find((d) => d.kind === 'Pipeline' && d.metadata.name === runSpec.pipelineRef?.name);
  if (!pipeline) throw new Error(`${file}: no Pipeline ${runSpec.pipelineRef?.name}`);
  const spec = pipeline.spec as { params?: TaskParam[]; workspaces?: { name: string }[]; tasks: PipelineTask[] };
  const secrets = Object.fromEntries(docs.filter((d) => d.kind === 'Secret').map((d) => [d.metadata.name, d.stringData ?? {}]));

  const params = new Map<string, string | string[]>();
  for (const p of spec.params ?? []) {
    const value = runSpec.params?.find((q) => q.name === p.name)?.value ?? p.default;
    if (value === undefined) throw new Error(`Pipeline param ${p.name} has no value and no default`);
    params.set(p.name, value);
  }
  const root = await mkdtemp(join(tmpdir(), 'signet-pipelinerun-'));
  const workspaces = new Map<string, string>();
  for (const w of spec.workspaces ?? []) {
    if (!runSpec.workspaces?.some((b) => b.name === w.name)) throw new Error(`the PipelineRun binds no workspace ${w.name}`);
    const path = join(root, w.name);
    await mkdir(path);
    workspaces.set(w.name, path);
  }
  const context = { 'context.pipelineRun.name': run.metadata.name, 'context.pipelineRun.namespace': options.namespace ?? 'default', 'context.pipeline.name': pipeline.metadata.name };
  const results = new Map<string, Record<string, string>>();
  const substitute = (text: string): string =>
    text.replace(/\$\(([^)]+)\)/g, (whole, expr: string) => {
      let m = /^params\.([A-Za-z0-9_-]+)$/.exec(expr);
      if (m) {
        const v = params.get(m[1]!);
        if (typeof v !== 'string') throw new Error(`$(${expr}) is not a string Pipeline param`);
        return v;
      }
      m = /^tasks\.([A-Za-z0-9_-]+)\.results\.([A-Za-z0-9_-]+)$/.exec(expr);
      if (m) {
        const v = results.get(m[1]!)?.[m[2]!];
        if (v === undefined) throw new Error(`$(${expr}): task ${m[1]} has not produced that result`);
        return v;
      }
      return (context as Record<string, string>)[expr] ?? whole;
    });

  const outcome: PipelineRunOutcome = { code: 0, tasks: [] };
  for (const t of spec.tasks) {
    const needs = new Set([...(t.runAfter ?? []), ...JSON.stringify(t.params ?? []).matchAll(/\$\(tasks\.([A-Za-z0-9_-]+)\.results\./g)].map((x) => (typeof x === 'string' ? x : x[1]!)));
    for (const n of needs) if (!outcome.tasks.some((d) => d.name === n)) throw new Error(`${t.name} needs ${n}, which is not before it in the Pipeline's task list`);
    const task = t.taskRef ? (parse(await readFile(options.tasks[t.taskRef.name] ?? '', 'utf8')) as Task) : { spec: t.taskSpec! };
    if (t.taskRef && !options.tasks[t.taskRef.name]) throw new Error(`taskRef ${t.taskRef.name}: no Task file given`);
    const taskParams = Object.fromEntries((t.params ?? []).map((p) => {
      const whole = typeof p.value === 'string' ? /^\$\(params\.([A-Za-z0-9_-]+)\[\*\]\)$/.exec(p.value) : null;
      if (whole) return [p.name, params.get(whole[1]!)!];
      return [p.name, Array.isArray(p.value) ? p.value.map(substitute) : substitute(p.value)];
    }));
    const taskWorkspaces = Object.fromEntries((t.workspaces ?? []).map((w) => [w.name, workspaces.get(w.workspace)!]));
    const r = await runTaskSpec(task, { params: taskParams, workspaces: taskWorkspaces, secrets, env: options.env, namespace: options.namespace, context });
    outcome.tasks.push({ name: t.name, outcome: r });
    results.set(t.name, r.results);
    if (r.code !== 0) {
      outcome.code = r.code;
      break;
    }
  }
  return outcome;
}
