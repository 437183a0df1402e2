import { type AuthorizationVerdict, judgeAuthorization } from '../authorization';
import { type MistakeKind, rejectMessage } from '../serverOrder';
import type { HeaderEntry, SdkKeyOption, Suggestion, TextEdit } from '../types';
import { computedText, flatten, sourceRangeOf, valueOf } from '../value';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule, type RuleContext } from './rule';


export const malformedBearer = defineRule({
  id: 'malformed-bearer',
  defaultSeverity: 'error',
  description: 'The Authorization value must be "Bearer " (capital B, one space) followed by the root key.',
  fixable: true,
  hasSuggestions: true,
  check(extraction, context) {
    for (const { site, target } of unkeySites(extraction, context.options, 'rootKey')) {
      for (const header of authorizationHeaders(site)) {
        if (!header.value) continue;
        const verdict = judgeAuthorization(header.value);
        const what = messageFor(verdict);
        if (!what) continue;
        const envVarName = context.options.envVarName;
        const fix = fixFor(header, verdict, envVarName);
        const suggestion = suggestionFor(header, verdict, envVarName);
        const message = rejectMessage(site, target, kindOf(verdict), what, answerOf(verdict));
        context.report({ message, range: header.value.range, ...(fix && { fix }), ...(suggestion && { suggestions: [suggestion] }) });
      }
    }
    for (const option of extraction.sdkKeys ?? []) checkSdkKey(option, context.report);
  },
});

/**
 * An SDK's `rootKey`: @unkey/api 2.x (which the other SDKs wrap) sends `Bearer <rootKey>`, adding the
 * prefix unless the value already starts with "bearer " in any letter case. So the server sees the
 * value as sent, and judges it like any Authorization header.
 */
function checkSdkKey(option: SdkKeyOption, report: RuleContext['report']): void {
  // `token` is the v1-era option of @unkey/api 0.x, whose header code differs (and whose API is gone).
  if (option.option === 'token') return;
  const text = flatten(option.value);
  const sentAsIs = text.toLowerCase().startsWith('bearer ');
  const sent = sentAsIs ? option.value : valueOf(option.value.range, [computedText('Bearer '), ...option.value.parts]);
  const verdict = judgeAuthorization(sent);
  // What the SDK sends for an empty value is its own business (it may send no header at all).
  if (verdict.kind !== 'wrong-case' && verdict.kind !== 'double-bearer' && verdict.kind !== 'whitespace-in-token') return;
  // The Python and Go SDKs are generated like @unkey/api and add the scheme the same way.
  const sdk = option.module === '@unkey/api' || !option.module.startsWith('@unkey/') ? option.module : `${option.module} (through @unkey/api)`;
  const named = option.option === 'rootKey' ? 'rootKey' : `${option.option} value`;
  // A colon's following spaces go with it, or the key would start with a space.
  const scheme = /^\s*bearer(?:\s+|:\s*)/i.exec(text);
  let what: string;
  if (verdict.kind === 'wrong-case') what = `${sdk} sends a ${named} that starts with "${scheme ? scheme[0].trim() : 'bearer'} " as it is, and the server accepts only "Bearer" with a capital B.`;
  else if (sentAsIs && verdict.kind === 'double-bearer') what = `this ${named} says "Bearer" twice, so the server does not read a root key after it.`;
  else if (scheme) what = `${sdk} puts "Bearer " in front of this ${named}, so the server reads "${scheme[0].trim()}…" as the key.`;
  else what = `${sdk} puts "Bearer " in front of this ${named}, and the white space in it means the token cannot be a root key.`;
  const answer = verdict.kind === 'wrong-case' ? 'authentication/malformed, HTTP 400' : 'authentication/key_not_found, HTTP 401';
  const fix = scheme ? option.dropPrefix?.(scheme[0].length) : undefined;
  report({
    message: `Unkey will reject every call ${option.callee} makes (${answer}): ${what} Pass the key alone: the SDK adds "Bearer " itself.`,
    range: option.value.range,
    ...(fix && { fix }),
  });
}

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

/**
 * Fixes change the scheme and keep the token expression as written; where there is no token at all, the
 * value becomes the env reference, as missing-authorization's fix writes it.
 */
function fixFor(header: HeaderEntry, verdict: AuthorizationVerdict, envVarName: string): TextEdit | undefined {
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
    case 'empty':
    case 'empty-token':
      return header.replaceWithBearerEnv?.(envVarName);
    default:
      return undefined;
  }
}

/** Basic carries `user:password`, which Unkey never reads: offer the Bearer header, never apply it unasked. */
function suggestionFor(header: HeaderEntry, verdict: AuthorizationVerdict, envVarName: string): Suggestion | undefined {
  if (verdict.kind !== 'other-scheme' || !/^basic$/i.test(verdict.scheme)) return undefined;
  const fix = header.replaceWithBearerEnv?.(envVarName);
  return fix && { desc: `Send "Bearer" with the root key from ${envVarName}`, fix };
}
