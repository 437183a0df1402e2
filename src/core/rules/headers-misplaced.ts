import { MISSING_HEADER_ANSWER, rejectMessage } from '../serverOrder';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule } from './rule';

export const headersMisplaced = defineRule({
  id: 'headers-misplaced',
  defaultSeverity: 'error',
  description: 'Headers are passed where the HTTP client does not read them (the request body, a misspelt option), so they are never sent.',
  fixable: true,
  hasSuggestions: false,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options)) {
      for (const misplaced of site.misplacedHeaders ?? []) {
        // The request goes out without a key only when no other Authorization header is sent.
        const rejected = misplaced.authorization && target.auth === 'rootKey' && authorizationHeaders(site).length === 0;
        const fix = misplaced.move?.();
        context.report({
          message: rejected ? rejectMessage(site, target, 'missing-header', misplaced.problem, MISSING_HEADER_ANSWER) : misplaced.problem,
          range: misplaced.range,
          ...(fix && { fix }),
        });
      }
    }
  },
});
