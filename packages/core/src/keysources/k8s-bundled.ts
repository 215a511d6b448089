/**
 * Imported by bundle entries that must read k8s:// keys (the CLI bundle and container image):
 * a plain import the bundler follows, so the Kubernetes client is carried in the bundle.
 */
import { kubernetesClient } from './k8s.ts';

kubernetesClient.load = () => import('@kubernetes/client-node');
