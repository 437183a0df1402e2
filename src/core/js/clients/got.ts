import { optionsClient } from './optionsClient';

/** got: `got(url, options)`, `got.post(url, { json, headers })`, instances from `got.extend({ prefixUrl, headers })`. */
export const gotClient = optionsClient({
  tool: 'got',
  modules: ['got'],
  imports: ['default', 'got'],
  verbs: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD' },
  makers: ['extend'],
  baseOptions: ['prefixUrl'],
  // Hooks and handlers may set the header where the linter cannot see.
  hookOptions: ['hooks', 'handlers'],
});
