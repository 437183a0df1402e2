import { rejectMessage } from '../serverOrder';
import type { RequestSite } from '../types';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule } from './rule';

export const unexpandedEnvVar = defineRule({
  id: 'unexpanded-env-var',
  defaultSeverity: 'error',
  description: 'The Authorization value names a variable in a place where it is sent literally, not expanded.',
  fixable: true,
  hasSuggestions: false,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options)) {
      for (const header of authorizationHeaders(site)) {
        if (!header.unexpanded) continue;
        const fix = header.expandReferences?.();
        context.report({
          message: rejectMessage(site, target, 'key-not-found', header.unexpanded.reason ?? why(site, header.unexpanded.reference), 'authentication/key_not_found, HTTP 401'),
          range: header.unexpanded.range,
          ...(fix && { fix }),
        });
      }
    }
  },
});

function why(site: RequestSite, reference: string): string {
  switch (site.tool) {
    case 'curl':
      return `${reference} is inside single quotes, so the shell sends the text "${reference}" instead of the key.`;
    case 'http':
      return `REST Client does not expand ${reference}, so the text "${reference}" is sent instead of the key.`;
    default:
      return `${reference} is inside a plain string, not a template literal, so the text "${reference}" is sent instead of the key.`;
  }
}
