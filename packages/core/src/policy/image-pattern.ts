/**
 * Image patterns of the trust policy: a fully qualified repository name where `*` matches
 * within one path component and `**` (a whole trailing component) matches any depth:
 *   registry.example.com/team/app      that repository
 *   registry.example.com/team/*        one level below team
 *   registry.example.com/team/**       anything below team
 * Each admission system spells patterns differently; the translations live here, next to
 * the semantics they must preserve.
 */
export interface ImagePattern {
  readonly text: string;
  /** The registry host (no wildcards). */
  readonly host: string;
  /** The pattern without a trailing `/**`; may hold one-component `*` wildcards. */
  readonly prefix: string;
  /** Ends in `/**`: any repository below `prefix`. */
  readonly recursive: boolean;
  /** `repository` as `registry/path`, e.g. from reference `repositoryName(ref, 'containers')`. */
  matches(repository: string): boolean;
  /** Kyverno imageReferences (matched against the full image, tag or digest included). */
  kyverno(): string[];
  /** sigstore policy-controller `images[].glob`. */
  policyControllerGlobs(): string[];
  /** containers-policy.json scope, when the pattern is expressible as one. */
  containersScope(): string | undefined;
}

const COMPONENT = /^(?:[a-z0-9*]+(?:(?:[._]|__|-+)[a-z0-9*]+)*|\*\*?)$/;
const HOST = /^(?:localhost|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+|[a-zA-Z0-9.-]+:[0-9]+|localhost:[0-9]+)$/;

export function compileImagePattern(text: string): ImagePattern {
  if (/[@:]\S*$/.test(text.split('/').slice(1).join('/'))) {
    throw new Error(`"${text}" must name repositories, without a tag or digest`);
  }
  const [host = '', ...path] = text.split('/');
  if (!HOST.test(host)) throw new Error(`"${text}" must start with a registry host (e.g. docker.io/library/nginx, registry.example.com/team/**)`);
  if (path.length === 0) throw new Error(`"${text}" needs a repository path after the host (use ${text}/** for the whole registry)`);
  path.forEach((component, i) => {
    if (!COMPONENT.test(component)) throw new Error(`"${text}": invalid component "${component}"`);
    if (component.includes('**') && (component !== '**' || i !== path.length - 1)) {
      throw new Error(`"${text}": ** must be the whole last component`);
    }
  });
  const recursive = path[path.length - 1] === '**';
  const prefix = [host, ...(recursive ? path.slice(0, -1) : path)].join('/');
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const regex = new RegExp(
    `^${escape(prefix).replace(/\*/g, '[^/]*')}${recursive ? '/.+' : ''}$`,
  );
  const exact = !text.includes('*');
  return {
    text,
    host,
    prefix,
    recursive,
    matches: (repository) => regex.test(repository),
    // Kyverno's wildcard `*` also crosses `/`: a one-level `*` becomes broader there;
    // generate/matching.ts narrows it again with skipImageReferences and proves the result.
    kyverno: () => (exact ? [`${text}:*`, `${text}@*`] : recursive ? [`${prefix}/*`] : [`${prefix}:*`, `${prefix}@*`]),
    // policy-controller matches go-containerregistry's names: Docker Hub is index.docker.io there.
    policyControllerGlobs: () => {
      const globs = recursive ? [`${prefix}/**`] : [`${prefix}:*`, `${prefix}@*`];
      return host === 'docker.io' ? [...globs, ...globs.map((g) => `index.${g}`)] : globs;
    },
    containersScope: () => (exact ? text : recursive && !prefix.includes('*') ? prefix : undefined),
  };
}
