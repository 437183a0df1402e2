import { optionsClient } from './optionsClient';

/**
 * undici's `request(url, { method, headers, body })` (its `fetch` is the Fetch API, which the fetch
 * client reads). The default method is GET.
 */
export const undiciClient = optionsClient({
  tool: 'undici',
  modules: ['undici'],
  imports: ['request'],
  verbs: {},
  makers: [],
  baseOptions: [],
  hookOptions: ['dispatcher'],
});
