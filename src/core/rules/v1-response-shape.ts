import { isRetired } from '../serverOrder';
import { unkeySites } from './sites';
import { defineRule } from './rule';

export const v1ResponseShape = defineRule({
  id: 'v1-response-shape',
  defaultSeverity: 'warning',
  description: 'The JSON answer of a v2 request read as v1 shaped it (`valid` at the top level, `error.code`): v2 wraps results in { meta, data }.',
  fixable: false,
  hasSuggestions: true,
  languages: ['javascript', 'typescript', 'markdown'],
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options)) {
      // A v1 request still gets its v1 answer; once migrated (retired-endpoint), its reads are judged.
      if (!target.endpoint || isRetired(target) || !site.responseReads) continue;
      for (const read of site.responseReads()) {
        if (read.kind === 'error-code') {
          context.report({
            message: `Unkey v2 errors carry "type", "title" and "detail", not v1's "code", so this reads undefined. Compare error.type (a URL naming the error) instead.`,
            range: read.range,
          });
          continue;
        }
        context.report({
          message: `Unkey v2 answers { meta, data }: the result is under "data" (v1 answered "${read.name}" at the top level), so this reads undefined.`,
          range: read.range,
          ...(read.suggestion && { suggestions: [{ desc: 'Read it under .data', fix: read.suggestion }] }),
        });
      }
    }
  },
});
