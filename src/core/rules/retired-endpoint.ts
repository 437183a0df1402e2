import { mergeEdits, planMigration } from '../migration';
import { firstAnswer, isRetired } from '../serverOrder';
import { unkeySites } from './sites';
import { defineRule } from './rule';

const SHUT_DOWN = 'v1 was shut down at the end of 2025: this request fails';

export const retiredEndpoint = defineRule({
  id: 'retired-endpoint',
  defaultSeverity: 'error',
  description: 'A request to the retired v1 API (api.unkey.dev or a /v1/ path), which fails since v1 was shut down.',
  fixable: true,
  hasSuggestions: true,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options)) {
      if (!isRetired(target)) continue;
      const plan = planMigration(site, target, context.text, context.options.envVarName);
      const use = plan.request ? ` Use ${plan.request}${plan.notes.length ? ` (${plan.notes.join('; ')})` : ''}.` : '';
      const byHand = !plan.manual.length ? '' : plan.request ? ` Change by hand: ${plan.manual.join('; ')}.` : ` ${plan.manual.join('; ')}.`;
      const edit = plan.to ? mergeEdits(context.text, plan.edits) : undefined;
      const title = `Migrate to v2: ${plan.request}`;
      context.report({
        // On the v2 host a v1 path reaches the server, whose router has no such route.
        message: `${SHUT_DOWN}${firstAnswer(site, target)?.step === 1 ? ` (the v2 host answers ${firstAnswer(site, target)!.answer})` : ''}.${use}${byHand}`,
        range: site.reportRange,
        // Never a half-migrated request presented as fixed: with anything left by hand, only a suggestion.
        ...(edit && plan.manual.length === 0 && { fix: edit, fixTitle: title }),
        ...(edit && plan.manual.length > 0 && { suggestions: [{ desc: `Migrate the safe parts to v2: ${plan.request} (the rest by hand)`, fix: edit }] }),
      });
    }
  },
});

