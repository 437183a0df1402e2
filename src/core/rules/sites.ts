import type { EndpointAuth } from '../endpoints.generated';
import type { Extraction, HeaderEntry, LintOptions, RequestSite } from '../types';
import { type UnkeyTarget, classifyUrl } from '../unkeyUrl';

/** The request sites that call the Unkey API, optionally only endpoints needing `auth`. */
export function* unkeySites(extraction: Extraction, options: LintOptions, auth?: EndpointAuth): Generator<{ site: RequestSite; target: UnkeyTarget }> {
  for (const site of extraction.sites) {
    const target = classifyUrl(site.url, options.hosts);
    if (target && (auth === undefined || target.auth === auth)) yield { site, target };
  }
}

export function authorizationHeaders(site: RequestSite): HeaderEntry[] {
  return site.headers.filter((h) => h.name.trim().toLowerCase() === 'authorization');
}
