/**
 * The one place remote key sources are registered. Core's loader stays free of the Kubernetes
 * and Vault clients (the GitHub Action bundle need not carry them); the CLI opts in here.
 */
import { KeySources } from '@signet/core';
import { K8sKeySource } from '@signet/core/keysources/k8s';
import { VaultKeySource } from '@signet/core/keysources/vault';

export const k8sKeys = new K8sKeySource();
export const vaultKeys = new VaultKeySource();

KeySources.k8s = k8sKeys;
KeySources.hashivault = vaultKeys;
