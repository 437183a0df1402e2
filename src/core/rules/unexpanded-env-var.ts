import { defineRule } from './rule';

export const unexpandedEnvVar = defineRule({
  id: 'unexpanded-env-var',
  defaultSeverity: 'error',
  description: 'TODO',
  fixable: false,
  hasSuggestions: false,
  check() {},
});
