import { LineIndex } from '../lines';
import { isRetired, rejectMessage } from '../serverOrder';
import type { RequestSite, SourceRange } from '../types';
import type { UnkeyTarget } from '../unkeyUrl';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule } from './rule';

export const missingAuthorization = defineRule({
  id: 'missing-authorization',
  defaultSeverity: 'error',
  description: 'A call to an Unkey endpoint that needs a root key sends no Authorization header.',
  fixable: true,
  hasSuggestions: false,
  check(extraction, context) {
    // Calls of one wrapper function whose headers are written in it: one finding at its request, one fix for all.
    const wrapped = new Map<string, { site: RequestSite; target: UnkeyTarget; range: SourceRange; more: number }>();
    for (const { site, target } of unkeySites(extraction, context.options, 'rootKey')) {
      // Headers added where we cannot see, or cookie-based auth: stay quiet rather than cry wolf.
      if (!site.headersKnown || site.sendsCookies || authorizationHeaders(site).length > 0) continue;
      // Headers written where the client does not read them: headers-misplaced moves them.
      if (site.misplacedHeaders?.length) continue;
      // A v1 request cannot work with any header: retired-endpoint migrates it instead.
      if (isRetired(target)) continue;
      const headersRange = site.wrapper?.headersRange;
      if (headersRange) {
        const key = `${headersRange[0]}:${headersRange[1]}`;
        const group = wrapped.get(key);
        if (group) group.more++;
        else wrapped.set(key, { site, target, range: headersRange, more: 0 });
        continue;
      }
      const method = site.method ?? target.endpoint?.method ?? 'POST';
      const fix = site.addAuthorization?.(context.options.envVarName);
      context.report({
        message: rejectMessage(site, target, 'missing-header', `${method} ${target.path} needs an "Authorization: Bearer <root key>" header`),
        range: site.reportRange,
        ...(fix && { fix }),
      });
    }
    const lines = new LineIndex(context.text, 'lf');
    for (const { site, target, range, more } of wrapped.values()) {
      const method = site.method ?? target.endpoint?.method ?? 'POST';
      const line = lines.lineAt(site.reportRange[0]) + 1;
      const others = more === 0 ? '' : more === 1 ? ', as does one more of its calls' : `, as do ${more} more of its calls`;
      const name = site.wrapper!.name;
      const fix = site.addAuthorization?.(context.options.envVarName);
      context.report({
        message: rejectMessage(site, target, 'missing-header', `${name}() sends no "Authorization: Bearer <root key>" header, and ${method} ${target.path} (its call on line ${line}) needs one${others}`),
        range,
        ...(fix && { fix }),
      });
    }
  },
});
