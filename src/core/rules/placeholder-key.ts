import { rejectMessage } from '../serverOrder';
import { flatten } from '../value';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule } from './rule';

/**
 * Documentation placeholders for a root key, as copied from docs into code: `unkey_YOUR_API_KEY`,
 * `unkey_xxxx`, `<UNKEY_ROOT_KEY>`, `<token>`, `YOUR_ROOT_KEY`, `{ROOT_KEY}`, `unkey_1234567890`, and the
 * Speakeasy-generated SDK docs' `<YOUR_BEARER_TOKEN_HERE>` (siblings: `<YOUR_API_KEY_HERE>`, `YOUR_ROOT_KEY_HERE`).
 */
const PLACEHOLDER =
  /(?:unkey_(?:YOUR_[A-Z_]*KEY|x{4,}|X{4,}|1234567890)\b|<\s*(?:UNKEY_ROOT_KEY|YOUR[_ -]?(?:BEARER[_ -]?TOKEN|TOKEN|(?:UNKEY[_ -]?)?(?:ROOT|API)[_ -]?KEY)(?:[_ -]?HERE)?|ROOT[_ -]?KEY|BEARER[_ -]?TOKEN|token|api[_ -]?key)\s*>|\bYOUR_(?:BEARER_TOKEN(?:_HERE)?|TOKEN_HERE|(?:ROOT|API|UNKEY)(?:_ROOT)?_KEY(?:_HERE)?)\b|\{\s*ROOT_KEY\s*\})/i;

/**
 * An SDK's rootKey set to the env var's name instead of its value, as the SDK's own generated
 * examples write it (`new Unkey({ rootKey: "UNKEY_ROOT_KEY" })`).
 */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:ROOT_KEY|API_KEY|KEY|TOKEN)$/;

// Code only: in documentation a placeholder is what the reader is meant to replace.
const DOCS = new Set(['markdown', 'text', 'dotenv', 'http']);

export const placeholderKey = defineRule({
  id: 'placeholder-key',
  defaultSeverity: 'warning',
  description: 'A documentation placeholder (unkey_YOUR_API_KEY, <UNKEY_ROOT_KEY>, <token>) is sent as the root key.',
  fixable: false,
  hasSuggestions: true,
  check(extraction, context) {
    if (DOCS.has(context.language)) return;
    const envVarName = context.options.envVarName;
    for (const option of extraction.sdkKeys ?? []) {
      const text = option.value.parts.every((p) => p.kind === 'text') ? flatten(option.value) : undefined;
      if (text === undefined) continue;
      const match = PLACEHOLDER.exec(text);
      const envName = !match && ENV_NAME.test(text) ? text : undefined;
      if (!match && !envName) continue;
      const read = envName ?? envVarName;
      const fix = option.replaceWithEnv?.(read);
      context.report({
        message: envName
          ? `Unkey will reject every call ${option.callee} makes (authentication/key_not_found, HTTP 401): "${envName}" is the name of the environment variable, not the key. Read the variable instead.`
          : `Unkey will reject every call ${option.callee} makes (authentication/key_not_found, HTTP 401): "${match![0]}" is a placeholder from the docs, not a root key. Read the key from the ${envVarName} environment variable.`,
        range: option.value.range,
        ...(fix && { suggestions: [{ desc: `Read the key from ${read}`, fix }] }),
      });
    }
    for (const { site, target } of unkeySites(extraction, context.options)) {
      for (const header of authorizationHeaders(site)) {
        if (!header.value) continue;
        const match = PLACEHOLDER.exec(flatten(header.value));
        if (!match) continue;
        context.report({
          message: rejectMessage(
            site,
            target,
            'key-not-found',
            `"${match[0]}" is a placeholder from the docs, not a root key. Read the key from the ${context.options.envVarName} environment variable`,
            'authentication/key_not_found, HTTP 401',
          ),
          range: header.value.range,
        });
      }
    }
  },
});
