import { ENDPOINTS } from '../endpoints.generated';
import { urlPieces } from '../migration';
import { isRetired, rejectMessage } from '../serverOrder';
import type { Suggestion, TextEdit } from '../types';
import { sourceRangeOf } from '../value';
import { unkeySites } from './sites';
import { defineRule } from './rule';

const CURRENT = [...ENDPOINTS.values()].filter((e) => !e.deprecated).map((e) => e.path);

export const unknownEndpoint = defineRule({
  id: 'unknown-endpoint',
  defaultSeverity: 'error',
  description: 'A versioned path on the Unkey API host that is not in the endpoint catalog (the server answers 404).',
  fixable: true,
  hasSuggestions: true,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options)) {
      if (target.endpoint || isRetired(target)) continue;
      const close = candidates(target.path);
      const pieces = urlPieces(site.url);
      const range = pieces && sourceRangeOf(site.url, pieces.pathStart, pieces.pathEnd);
      const edit = (path: string): TextEdit | undefined => (range ? { range, text: path } : undefined);
      const hint = close.length ? ` (did you mean ${close.join(' or ')}?)` : '';
      const fix = close.length === 1 ? edit(close[0]) : undefined;
      const suggestions = close.length > 1 ? close.flatMap((path): Suggestion[] => { const e = edit(path); return e ? [{ desc: `Call ${path}`, fix: e }] : []; }) : [];
      context.report({
        message: rejectMessage(site, target, 'unknown-path', `${target.path} is not an endpoint${hint}`),
        range: site.reportRange,
        ...(fix && { fix, fixTitle: `Call ${close[0]}` }),
        ...(suggestions.length && { suggestions }),
      });
    }
  },
});

/** The catalog paths a mistaken path most likely meant: the known confusions first, then the nearest by edit distance. */
export function candidates(path: string): string[] {
  const known = confusions(path).filter((p) => CURRENT.includes(p));
  if (known.length) return [...new Set(known)];
  const scored = CURRENT.map((p) => ({ p, d: distance(path.toLowerCase(), p.toLowerCase()) }));
  const best = Math.min(...scored.map((s) => s.d));
  const limit = Math.max(2, Math.floor(path.length / 8));
  return best > limit ? [] : scored.filter((s) => s.d === best).map((s) => s.p).slice(0, 3);
}

function confusions(path: string): string[] {
  const out: string[] = [];
  const [, version, rest] = /^\/(v\d+)\/(.*)$/.exec(path) ?? [];
  if (!rest) return out;
  const v2 = (p: string) => `/v2/${p}`;
  // Singular in v2: /v2/ratelimit.limit (Unkey's own migration guide misspells it).
  if (rest.startsWith('ratelimits.')) out.push(v2(rest.replace(/^ratelimits\./, 'ratelimit.')));
  // REST style from v1's legacy paths or guesses: /v2/keys/verify, /v2/keys/verify-api-key.
  if (/^keys\/verify/i.test(rest)) out.push(v2('keys.verifyKey'));
  const rest2 = /^([a-z]+)\/([A-Za-z]+)$/.exec(rest);
  if (rest2) out.push(v2(`${rest2[1]}.${rest2[2]}`));
  // keys.listKeys lives under apis: the keys of an API.
  if (/^keys\.listKeys?$/.test(rest)) out.push(v2('apis.listKeys'));
  // The same procedure under one other service.
  const procedure = /^[a-z]+\.([A-Za-z]+)$/.exec(rest)?.[1];
  if (procedure) {
    const same = CURRENT.filter((p) => p.endsWith(`.${procedure}`));
    if (same.length === 1) out.push(same[0]);
  }
  if (version !== 'v2' && CURRENT.includes(v2(rest))) out.push(v2(rest));
  return out;
}

/** Levenshtein distance, two rows. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
