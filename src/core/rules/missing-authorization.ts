import { defineRule } from './rule';

export const missingAuthorization = defineRule({
  id: 'missing-authorization',
  defaultSeverity: 'error',
  description: 'TODO',
  fixable: false,
  hasSuggestions: false,
  check() {},
});
