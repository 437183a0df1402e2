import { defineRule } from './rule';

export const malformedBearer = defineRule({
  id: 'malformed-bearer',
  defaultSeverity: 'error',
  description: 'TODO',
  fixable: false,
  hasSuggestions: false,
  check() {},
});
