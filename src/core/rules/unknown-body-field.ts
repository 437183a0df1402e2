import { bodyChange, bodyChangeEdits } from '../migration';
import { rejectMessage, unknownBodyProperties } from '../serverOrder';
import { unkeySites } from './sites';
import { defineRule } from './rule';

export const unknownBodyField = defineRule({
  id: 'unknown-body-field',
  defaultSeverity: 'warning',
  description: 'A property of a visible JSON body that the endpoint\'s v2 request schema does not allow (often a v1 name).',
  fixable: true,
  hasSuggestions: false,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options)) {
      for (const property of unknownBodyProperties(site, target)) {
        const change = bodyChange(target.path, property.name);
        const allowed = target.endpoint?.body?.properties.map((p) => `"${p}"`).join(', ') ?? '';
        let what = `${target.path} does not accept the body property "${property.name}"`;
        if (change?.kind === 'rename') what += `: v2 calls it "${change.to}"`;
        else if (change?.kind === 'remove') what += `: ${change.why}`;
        else if (change?.kind === 'manual' && !change.how.startsWith('remove')) what += `: ${change.how}`;
        else what += `; it allows ${allowed}`;
        const edits = change && bodyChangeEdits(context.text, property, change);
        context.report({
          message: rejectMessage(site, target, 'body', what),
          range: property.nameRange ?? property.range ?? site.body?.range ?? site.reportRange,
          ...(edits?.length === 1 && { fix: edits[0] }),
        });
      }
    }
  },
});
