import { defineRule } from './rule';

export const hardcodedRootKey = defineRule({
  id: 'hardcoded-root-key',
  defaultSeverity: 'warning',
  description: 'TODO',
  fixable: false,
  hasSuggestions: false,
  check() {},
});
