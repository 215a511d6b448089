/** Where --help sends people: the published pages, not paths inside a checkout they may not have. */
export const DOCS_BASE = 'https://github.com/signet-dev/signet/blob/main/docs';

export function docsUrl(page: string): string {
  return `${DOCS_BASE}/${page}`;
}
