import { defineRule } from './rule';

/** Said once per message: why a v1-era SDK fails today. */
const WHY = 'calls the retired v1 API (api.unkey.dev/v1, shut down at the end of 2025), so every call fails';

export const retiredSdk = defineRule({
  id: 'retired-sdk',
  defaultSeverity: 'error',
  description: 'A dependency on, or a call written for, a v1-era Unkey SDK, which calls the retired v1 API.',
  fixable: true,
  hasSuggestions: true,
  check(extraction, context) {
    for (const dep of extraction.sdkDependencies ?? []) {
      const resolved = dep.locked ? ` (${dep.locked.version} in ${dep.locked.lockfile})` : '';
      context.report({
        message: `${dep.name} ${dep.spec}${resolved} is the v1-era SDK line ${dep.line}, which ${WHY}. Move to ${dep.name} ${dep.target}.`,
        range: dep.range,
        suggestions: [{ desc: `Depend on ${dep.name} ${dep.target}`, fix: dep.replace }],
      });
    }
    for (const call of extraction.sdkCalls ?? []) {
      context.report({
        message: `${call.detail}; the v1-era ${call.module} calls the retired v1 API, so every call fails.`,
        range: call.range,
        ...(call.fix ? { fix: call.fix } : {}),
        ...(call.suggestion ? { suggestions: [call.suggestion] } : {}),
      });
    }
  },
});
