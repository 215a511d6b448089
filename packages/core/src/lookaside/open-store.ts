import { FileLookasideStore } from './file-store.ts';
import { HttpLookasideStore, type HttpStoreOptions } from './http-store.ts';
import { parseStoreUrl } from './layout.ts';
import { SigServerLookasideStore } from './sigserver-store.ts';
import type { LookasideStore } from './store.ts';

export function openLookasideStore(url: string, options: HttpStoreOptions = {}): LookasideStore {
  const spec = parseStoreUrl(url);
  switch (spec.kind) {
    case 'file':
      return new FileLookasideStore(spec.dir);
    case 'http':
      return new HttpLookasideStore(spec.base, options);
    case 'sigserver':
      return new SigServerLookasideStore(spec.base, options);
  }
}
