/**
 * `k8s://namespace/name` keys: Kubernetes Secrets read and written with @kubernetes/client-node.
 * The kubeconfig is found the way kubectl and cosign find it: KUBECONFIG, then ~/.kube/config
 * (current context), then the in-cluster service account.
 */
import type { KeyObject } from 'node:crypto';
import type { CoreV1Api, V1Secret } from '@kubernetes/client-node';
import { loadPrivateKey, loadPublicKey } from '../keys/index.ts';
import { KeySigner } from '../signers/key-signer.ts';
import type { KeyLoadOptions, RemoteKeySource } from '../signers/load.ts';
import type { KeyRef } from '../signers/key-ref.ts';
import type { Signer } from '../signers/signer.ts';
import { k8sError, k8sFailureOf } from './k8s-errors.ts';
import { usageError } from '../errors.ts';
import { keyPairSecret, signingMaterial, verificationMaterial, type SecretView } from './k8s-secret.ts';

type K8sRef = Extract<KeyRef, { kind: 'k8s' }>;

/** The three Secret operations key handling needs; a seam for tests and other clients. */
export interface SecretsApi {
  read(namespace: string, name: string): Promise<SecretView>;
  create(namespace: string, secret: V1Secret): Promise<void>;
  delete(namespace: string, name: string): Promise<void>;
}

export function clientNodeSecrets(env: NodeJS.ProcessEnv = process.env): SecretsApi {
  let api: CoreV1Api | undefined;
  // Built lazily so that merely registering the source never touches kubeconfig files, and
  // the (very large) client is loaded only for k8s:// keys.
  const core = async (): Promise<CoreV1Api> => {
    if (!api) {
      const { CoreV1Api, KubeConfig } = await loadClient();
      const kc = new KubeConfig();
      if (env.KUBECONFIG) kc.loadFromFile(env.KUBECONFIG);
      else kc.loadFromDefault();
      api = kc.makeApiClient(CoreV1Api);
    }
    return api;
  };
  return {
    async read(namespace, name) {
      const s = await (await core()).readNamespacedSecret({ namespace, name });
      return { type: s.type, data: s.data };
    },
    async create(namespace, secret) {
      await (await core()).createNamespacedSecret({ namespace, body: secret });
    },
    async delete(namespace, name) {
      await (await core()).deleteNamespacedSecret({ namespace, name });
    },
  };
}

type ClientNode = typeof import('@kubernetes/client-node');

/**
 * How @kubernetes/client-node is loaded. Bundlers are told to leave this import alone, so a
 * bundle carries the (very large) client only when its entry opts in by replacing `load` with
 * a plain import (the CLI bundle does: bundle/cli.ts); the GitHub Action bundles do not.
 */
export const kubernetesClient: { load: () => Promise<ClientNode> } = {
  load: () => import(/* webpackIgnore: true */ '@kubernetes/client-node'),
};

/** Without the client (the GitHub Action bundles), say what to use instead. */
async function loadClient(): Promise<ClientNode> {
  try {
    return await kubernetesClient.load();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      throw usageError(
        'k8s:// keys are not available in this build (it does not carry the Kubernetes client)',
        'in GitHub Actions pass the key from a secret or use hashivault://; the signet CLI, container image, Tekton Tasks and Jenkins steps read k8s:// keys',
      );
    }
    throw e;
  }
}

function refName(ref: K8sRef): string {
  return `k8s://${ref.namespace}/${ref.name}`;
}

async function readSecret(api: SecretsApi, ref: K8sRef): Promise<SecretView> {
  try {
    return await api.read(ref.namespace, ref.name);
  } catch (e) {
    throw k8sError(e, 'get', ref.namespace, ref.name);
  }
}

export class K8sKeySource implements RemoteKeySource {
  readonly #api: SecretsApi;

  constructor(api: SecretsApi = clientNodeSecrets()) {
    this.#api = api;
  }

  async signer(ref: KeyRef, options: KeyLoadOptions): Promise<Signer> {
    const r = ref as K8sRef;
    const source = refName(r);
    const material = signingMaterial(await readSecret(this.#api, r), source);
    if (material.kind === 'tls') {
      const key = await loadPrivateKey(material.privateKeyPem, { source: `${source} tls.key` });
      return new KeySigner(key, source, material.certificate);
    }
    const secretPassword = material.password;
    const password = secretPassword !== undefined ? async () => secretPassword : options.password;
    const key = await loadPrivateKey(material.privateKeyPem, password ? { source, password } : { source });
    return new KeySigner(key, source, options.certificate);
  }

  async publicKey(ref: KeyRef): Promise<KeyObject> {
    const r = ref as K8sRef;
    return loadPublicKey(verificationMaterial(await readSecret(this.#api, r), refName(r)), refName(r));
  }

  /**
   * Stores a cosign key pair as an immutable Secret. An existing Secret is refused (409) unless
   * `force`; immutable Secrets cannot be updated, so forcing deletes and re-creates it.
   */
  async storeKeyPair(ref: KeyRef, pair: { privateKeyPem: string; publicKeyPem: string; password: string }, force: boolean): Promise<void> {
    const r = ref as K8sRef;
    const body = keyPairSecret(r.namespace, r.name, pair.privateKeyPem, pair.publicKeyPem, pair.password);
    try {
      await this.#api.create(r.namespace, body);
      return;
    } catch (e) {
      if (!force || k8sFailureOf(e).status !== 409) throw k8sError(e, 'create', r.namespace, r.name);
    }
    try {
      await this.#api.delete(r.namespace, r.name);
    } catch (e) {
      if (k8sFailureOf(e).status !== 404) throw k8sError(e, 'delete', r.namespace, r.name);
    }
    try {
      await this.#api.create(r.namespace, body);
    } catch (e) {
      throw k8sError(e, 'create', r.namespace, r.name);
    }
  }
}
