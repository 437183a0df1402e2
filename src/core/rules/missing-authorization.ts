import { isRetired, rejectMessage } from '../serverOrder';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule } from './rule';

export const missingAuthorization = defineRule({
  id: 'missing-authorization',
  defaultSeverity: 'error',
  description: 'A call to an Unkey endpoint that needs a root key sends no Authorization header.',
  fixable: true,
  hasSuggestions: false,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options, 'rootKey')) {
      // Headers added where we cannot see, or cookie-based auth: stay quiet rather than cry wolf.
      if (!site.headersKnown || site.sendsCookies || authorizationHeaders(site).length > 0) continue;
      // Headers written where the client does not read them: headers-misplaced moves them.
      if (site.misplacedHeaders?.length) continue;
      // A v1 request cannot work with any header: retired-endpoint migrates it instead.
      if (isRetired(target)) continue;
      const method = site.method ?? target.endpoint?.method ?? 'POST';
      const fix = site.addAuthorization?.(context.options.envVarName);
      context.report({
        message: rejectMessage(site, target, 'missing-header', `${method} ${target.path} needs an "Authorization: Bearer <root key>" header`),
        range: site.reportRange,
        ...(fix && { fix }),
      });
    }
  },
});
