import { judgeAuthorization } from '../authorization';
import { MISSING_HEADER_DETAIL, type MistakeKind, rejectMessage } from '../serverOrder';
import type { Value } from '../types';
import { valueOf } from '../value';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule } from './rule';

export const unmappedWorkflowSecret = defineRule({
  id: 'unmapped-workflow-secret',
  defaultSeverity: 'warning',
  description: 'A GitHub Actions run step sends a variable that no env: mapping sets, so the shell expands it to an empty string.',
  fixable: true,
  hasSuggestions: false,
  languages: ['yaml'],
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options, 'rootKey')) {
      for (const header of authorizationHeaders(site)) {
        const value = header.value;
        if (!value) continue;
        for (const part of value.parts) {
          if (part.kind !== 'opaque' || !part.unset) continue;
          const what = `${part.source} is empty in this step (no env: maps it at step, job or workflow level), so the shell sends ${sentValue(value)}`;
          const [kind, answer] = answerFor(value);
          const fix = part.unset.mapFromSecret();
          context.report({ message: rejectMessage(site, target, kind, what, answer), range: part.range, ...(fix && { fix }) });
        }
      }
    }
  },
});

/** The value with every unset variable expanded to nothing, as the server receives it. */
function expanded(value: Value): Value {
  return valueOf(value.range, value.parts.filter((p) => p.kind !== 'opaque' || !p.unset));
}

function sentValue(value: Value): string {
  const parts = expanded(value).parts;
  if (parts.length === 0 || parts.every((p) => p.kind === 'text' && p.text.trim() === '')) return 'no Authorization value at all';
  return parts.every((p) => p.kind === 'text') ? `"${parts.map((p) => (p.kind === 'text' ? p.text : '')).join('').trim()}" with no key` : 'the value without the key';
}

function answerFor(value: Value): [MistakeKind, string] {
  switch (judgeAuthorization(expanded(value)).kind) {
    case 'empty':
      return ['missing-header', `application/invalid_input, HTTP 400, "${MISSING_HEADER_DETAIL}"`];
    case 'ok':
    case 'unknown':
    case 'whitespace-in-token':
    case 'double-bearer':
      return ['key-not-found', 'authentication/key_not_found, HTTP 401'];
    default:
      return ['malformed', 'authentication/malformed, HTTP 400'];
  }
}
