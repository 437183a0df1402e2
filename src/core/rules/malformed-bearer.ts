import { type AuthorizationVerdict, judgeAuthorization } from '../authorization';
import { type MistakeKind, rejectMessage } from '../serverOrder';
import type { HeaderEntry, TextEdit } from '../types';
import { sourceRangeOf } from '../value';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule } from './rule';


export const malformedBearer = defineRule({
  id: 'malformed-bearer',
  defaultSeverity: 'error',
  description: 'The Authorization value must be "Bearer " (capital B, one space) followed by the root key.',
  fixable: true,
  hasSuggestions: false,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options, 'rootKey')) {
      for (const header of authorizationHeaders(site)) {
        if (!header.value) continue;
        const verdict = judgeAuthorization(header.value);
        const what = messageFor(verdict);
        if (!what) continue;
        const fix = fixFor(header, verdict);
        const message = rejectMessage(site, target, kindOf(verdict), what, answerOf(verdict));
        context.report({ message, range: header.value.range, ...(fix && { fix }) });
      }
    }
  },
});

function kindOf(verdict: AuthorizationVerdict): MistakeKind {
  if (verdict.kind === 'empty') return 'missing-header';
  return verdict.kind === 'whitespace-in-token' || verdict.kind === 'double-bearer' ? 'key-not-found' : 'malformed';
}

/** This header's own answer (a request may carry two Authorization headers of different kinds). */
function answerOf(verdict: AuthorizationVerdict): string | undefined {
  switch (kindOf(verdict)) {
    case 'key-not-found':
      return 'authentication/key_not_found, HTTP 401';
    case 'malformed':
      return 'authentication/malformed, HTTP 400';
    default:
      return undefined;
  }
}

/** What is wrong with the value; the server's answer goes in front (serverOrder). */
function messageFor(verdict: AuthorizationVerdict): string | undefined {
  switch (verdict.kind) {
    case 'ok':
    case 'unknown':
      return undefined;
    case 'empty':
      return 'the Authorization header is empty, which the server treats as no header.';
    case 'no-scheme':
      return `the Authorization value must start with "Bearer " (capital B, one space) before the key.`;
    case 'wrong-case':
      return `the scheme must be "Bearer" with a capital B, not "${verdict.scheme}".`;
    case 'other-scheme':
      return `Unkey accepts only "Bearer <root key>", not the "${verdict.scheme}" scheme.`;
    case 'colon':
      return `"Bearer" must be followed by one space, not a colon.`;
    case 'glued':
      return `"Bearer" must be followed by one space before the key.`;
    case 'empty-token':
      return `there is no key after "Bearer".`;
    case 'whitespace-in-token':
      return `the token after "Bearer " contains white space, so it cannot be a root key.`;
    case 'double-bearer':
      return `the value says "Bearer" twice, so the token is not a root key.`;
  }
}

/** Fixes only change the scheme; the token expression is kept as written. */
function fixFor(header: HeaderEntry, verdict: AuthorizationVerdict): TextEdit | undefined {
  const value = header.value;
  if (!value) return undefined;
  const replace = (from: number, to: number, text: string): TextEdit | undefined => {
    const range = sourceRangeOf(value, from, to);
    return range && { range, text };
  };
  switch (verdict.kind) {
    case 'no-scheme':
      // The extractor knows its quoting (a bare JS expression is wrapped, an unquoted shell word quoted).
      return header.prependToValue?.('Bearer ') ?? replace(verdict.at, verdict.at, 'Bearer ');
    case 'wrong-case':
      return replace(verdict.at, verdict.at + 6, 'Bearer');
    case 'other-scheme':
      // Basic carries base64 user:password, not a key: no safe rewrite.
      return /^basic$/i.test(verdict.scheme) ? undefined : replace(verdict.at, verdict.at + verdict.scheme.length, 'Bearer');
    case 'colon':
      return replace(verdict.at, verdict.end, 'Bearer ');
    case 'glued':
      return replace(verdict.at, verdict.at, ' ');
    case 'double-bearer':
      return replace(verdict.at, verdict.end, '');
    default:
      return undefined;
  }
}
