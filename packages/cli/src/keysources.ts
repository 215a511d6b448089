/**
 * The one place remote key sources are registered. Their clients (@kubernetes/client-node,
 * node-vault) are loaded on first use of a k8s:// or hashivault:// reference: every front end
 * (CLI, Actions) supports them, and runs with a key file never pay for loading them.
 */
import { registerKeySource, type RemoteKeySource } from '@signet/core';
import type { K8sKeySource } from '@signet/core/keysources/k8s';
import type { VaultKeySource } from '@signet/core/keysources/vault';

let k8s: Promise<K8sKeySource> | undefined;
let vault: Promise<VaultKeySource> | undefined;

export function k8sKeys(): Promise<K8sKeySource> {
  k8s ??= import('@signet/core/keysources/k8s').then((m) => new m.K8sKeySource());
  return k8s;
}

export function vaultKeys(): Promise<VaultKeySource> {
  vault ??= import('@signet/core/keysources/vault').then((m) => new m.VaultKeySource());
  return vault;
}

function lazy(load: () => Promise<RemoteKeySource>): RemoteKeySource {
  return {
    signer: async (ref, options) => (await load()).signer(ref, options),
    publicKey: async (ref, options) => (await load()).publicKey(ref, options),
  };
}

/** Makes k8s:// and hashivault:// references loadable; called by the program before any command runs. */
export function registerRemoteKeySources(): void {
  registerKeySource('k8s', lazy(k8sKeys));
  registerKeySource('hashivault', lazy(vaultKeys));
}
