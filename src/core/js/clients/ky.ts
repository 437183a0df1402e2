import { optionsClient } from './optionsClient';

/** ky: `ky(url, options)`, `ky.post(url, { json, headers })`, instances from `ky.create/extend({ prefixUrl, headers })`. */
export const kyClient = optionsClient({
  tool: 'ky',
  modules: ['ky', 'ky-universal'],
  imports: ['default'],
  verbs: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD' },
  makers: ['create', 'extend'],
  baseOptions: ['prefixUrl'],
  // A beforeRequest hook may set the header where the linter cannot see.
  hookOptions: ['hooks'],
});
