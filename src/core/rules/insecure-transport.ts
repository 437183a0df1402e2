import { isRetired } from '../serverOrder';
import { urlPieces } from '../migration';
import { sourceRangeOf } from '../value';
import { unkeySites } from './sites';
import { defineRule } from './rule';

export const insecureTransport = defineRule({
  id: 'insecure-transport',
  defaultSeverity: 'error',
  description: 'A request to the Unkey API over plain http://, which sends the root key in clear text.',
  fixable: true,
  hasSuggestions: false,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options)) {
      // A v1 request is migrated, https included, by retired-endpoint.
      if (!target.host || isRetired(target)) continue;
      const pieces = urlPieces(site.url);
      if (!pieces?.origin || pieces.scheme !== 'http') continue;
      const range = sourceRangeOf(site.url, pieces.origin[0], pieces.origin[0] + 4);
      context.report({
        message: `http://${target.host} is not encrypted: the root key and the request cross the network in clear text, readable by anyone on the way. Use https://.`,
        range: sourceRangeOf(site.url, pieces.origin[0], pieces.origin[1]) ?? site.reportRange,
        ...(range && { fix: { range, text: 'https' } }),
      });
    }
  },
});
