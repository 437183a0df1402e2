import { maskKey } from '../mask';
import { defineRule } from './rule';

// Shapes that are not keys even though the characters are base58: long runs of one character
// (unkey_XXXXXXXX…), the alphabet in order (unkey_123456789ABC…), or words in camelCase with no digit
// (`unkey_` + `createKeyRequestBody` is a name; a random key almost never reads like that).
function looksLikePlaceholder(key: string): boolean {
  const body = key.slice(key.indexOf('_') + 1);
  if (/(.)\1{5,}/.test(body) || /^[a-z]+(?:[A-Z][a-z]+)*$/.test(body)) return true;
  return '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'.includes(body.slice(0, 12));
}

export const hardcodedRootKey = defineRule({
  id: 'hardcoded-root-key',
  defaultSeverity: 'warning',
  description: 'A root key is written in the source; read it from an environment variable instead.',
  fixable: false,
  hasSuggestions: true,
  check(extraction, context) {
    const name = context.options.envVarName;
    for (const key of extraction.keys) {
      if (looksLikePlaceholder(key.key)) continue;
      const fix = key.replaceWithEnv?.(name);
      context.report({
        message: `Root key ${maskKey(key.key)} is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the ${name} environment variable instead.`,
        range: key.range,
        ...(fix && { suggestions: [{ desc: `Read the key from ${name}`, fix }] }),
      });
    }
  },
});
