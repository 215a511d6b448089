/**
 * Key references as cosign users write them: a path, `env://VAR`, `k8s://ns/name`,
 * `hashivault://name`. One parser, used by signing, verification and key generation.
 */
import { codedError, usageError } from '../errors.ts';

export type KeyRef =
  | { kind: 'file'; path: string }
  | { kind: 'env'; variable: string }
  | { kind: 'k8s'; namespace: string; name: string }
  | { kind: 'hashivault'; key: string };

export function parseKeyRef(ref: string): KeyRef {
  if (ref === '') throw codedError('usage', 'key.empty-reference', 'empty key reference');
  const scheme = /^([a-z0-9+.-]+):\/\/(.*)$/.exec(ref);
  if (!scheme) return { kind: 'file', path: ref };
  const [, name, rest = ''] = scheme;
  switch (name) {
    case 'env':
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rest)) throw usageError(`invalid key reference "${ref}"`, 'use env://VARIABLE_NAME');
      return { kind: 'env', variable: rest };
    case 'k8s': {
      const parts = rest.split('/');
      if (parts.length !== 2 || !parts[0] || !parts[1]) {
        throw usageError(`invalid key reference "${ref}"`, 'use k8s://NAMESPACE/SECRET_NAME');
      }
      return { kind: 'k8s', namespace: parts[0], name: parts[1] };
    }
    case 'hashivault':
      if (!rest || rest.includes('/')) throw usageError(`invalid key reference "${ref}"`, 'use hashivault://TRANSIT_KEY_NAME');
      return { kind: 'hashivault', key: rest };
    case 'file':
      return { kind: 'file', path: rest };
    default:
      throw usageError(
        `unsupported key reference scheme "${name}://"`,
        'use a file path, env://VAR, k8s://ns/name or hashivault://name',
      );
  }
}

export function describeKeyRef(ref: KeyRef): string {
  switch (ref.kind) {
    case 'file':
      return ref.path;
    case 'env':
      return `env://${ref.variable}`;
    case 'k8s':
      return `k8s://${ref.namespace}/${ref.name}`;
    case 'hashivault':
      return `hashivault://${ref.key}`;
  }
}
