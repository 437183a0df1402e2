import type { OpaquePart } from '../types';
import { isPlaceholderKey } from '../keyShape';
import { maskKey } from '../mask';
import { authorizationHeaders, unkeySites } from './sites';
import { defineRule } from './rule';

/** Env var prefixes that frameworks inline into browser bundles (Next.js, Vite, CRA, SvelteKit/Astro, Expo, Gatsby, Nuxt). */
const PUBLIC_PREFIX = /^(NEXT_PUBLIC_|VITE_|REACT_APP_|PUBLIC_|EXPO_PUBLIC_|GATSBY_|NUXT_PUBLIC_)/;

/** `"use client"` as the file's first statement (after comments): a React client component. */
const USE_CLIENT = /^(?:\uFEFF)?(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use client\1/;

export function publicPrefix(name: string): string | undefined {
  return PUBLIC_PREFIX.exec(name)?.[1];
}

const shipped = (prefix: string) => `frameworks inline ${prefix}* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.`;

export const clientExposedRootKey = defineRule({
  id: 'client-exposed-root-key',
  defaultSeverity: 'error',
  description: 'A root key reaches the browser: read from a NEXT_PUBLIC_/VITE_/… variable, used in a "use client" file, or defined under such a name in a .env file.',
  fixable: false,
  hasSuggestions: false,
  check(extraction, context) {
    if (context.language === 'dotenv') {
      for (const key of extraction.keys) {
        const prefix = key.envVar && publicPrefix(key.envVar);
        if (!prefix || isPlaceholderKey(key.key)) continue;
        context.report({ message: `Root key ${maskKey(key.key)} is defined as ${key.envVar}: ${shipped(prefix)}`, range: key.range });
      }
      return;
    }
    const clientFile = (context.language === 'javascript' || context.language === 'typescript') && USE_CLIENT.test(context.text);
    for (const option of extraction.sdkKeys ?? []) {
      const exposed = option.value.parts.find((p): p is OpaquePart => p.kind === 'opaque' && p.envVar !== undefined && publicPrefix(p.envVar) !== undefined);
      if (exposed) {
        context.report({ message: `The root key of ${option.callee} is read from ${exposed.envVar}: ${shipped(publicPrefix(exposed.envVar!)!)}`, range: exposed.range });
      } else if (clientFile) {
        context.report({
          message: `This file is marked "use client", so ${option.callee} with a root key runs in the browser and the key is sent to every visitor. Create the client in server code (a route handler or server action).`,
          range: option.reportRange,
        });
      }
    }
    for (const { site, target } of unkeySites(extraction, context.options, 'rootKey')) {
      for (const header of authorizationHeaders(site)) {
        const vars = (header.value?.parts ?? []).filter((p): p is OpaquePart => p.kind === 'opaque' && p.envVar !== undefined);
        const exposed = vars.find((p) => publicPrefix(p.envVar!));
        if (exposed) {
          context.report({ message: `The root key is read from ${exposed.envVar}: ${shipped(publicPrefix(exposed.envVar!)!)}`, range: exposed.range });
        } else if (clientFile) {
          context.report({
            message: `This file is marked "use client", so this ${target.path} call with a root key runs in the browser and the key is sent to every visitor. Move the call to server code (a route handler or server action).`,
            range: site.reportRange,
          });
        }
      }
    }
  },
});
