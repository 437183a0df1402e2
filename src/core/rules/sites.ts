import type { EndpointAuth } from '../endpoints.generated';
import type { Extraction, HeaderEntry, LintOptions, RequestSite } from '../types';
import { type UnkeyTarget, classifyUrl } from '../unkeyUrl';

/** Each site's target for the hosts it was last judged against: every rule asks, once per site is enough. */
const TARGETS = new WeakMap<RequestSite, { hosts: readonly string[]; target: UnkeyTarget | undefined }>();

/** The request sites that call the Unkey API, optionally only endpoints needing `auth`. */
export function* unkeySites(extraction: Extraction, options: LintOptions, auth?: EndpointAuth): Generator<{ site: RequestSite; target: UnkeyTarget }> {
  for (const site of extraction.sites) {
    const target = targetOf(site, options.hosts);
    if (target && (auth === undefined || target.auth === auth)) yield { site, target };
  }
}

function targetOf(site: RequestSite, hosts: readonly string[]): UnkeyTarget | undefined {
  const known = TARGETS.get(site);
  if (known && known.hosts === hosts) return known.target;
  const target = classifyUrl(site.url, hosts);
  TARGETS.set(site, { hosts, target });
  return target;
}

export function authorizationHeaders(site: RequestSite): HeaderEntry[] {
  return site.headers.filter((h) => h.name.trim().toLowerCase() === 'authorization');
}
