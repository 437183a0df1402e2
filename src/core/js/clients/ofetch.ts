import { optionsClient } from './optionsClient';

/** ofetch and Nuxt's `$fetch`: `ofetch(url, { method, headers, body })`, instances from `ofetch.create({ baseURL, headers })`. */
export const ofetchClient = optionsClient({
  tool: 'ofetch',
  modules: ['ofetch', 'ofetch/node'],
  imports: ['ofetch', '$fetch', 'default'],
  // Nuxt auto-imports `$fetch`; a file that declares or imports its own shadows it.
  globals: ['$fetch'],
  verbs: {},
  makers: ['create'],
  baseOptions: ['baseURL', 'baseUrl'],
  // Interceptors may set the header where the linter cannot see.
  hookOptions: ['onRequest'],
});
