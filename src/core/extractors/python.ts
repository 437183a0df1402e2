// Python through tree-sitter: requests/httpx, aiohttp and urllib calls (src/core/python/clients),
// key-shaped string literals, and curl commands held in strings.
import { PY_CLIENTS } from '../python/clients';
import { PyFile } from '../python/file';
import { pythonKeys, pythonCurlStrings } from '../python/literals';
import { parseWith } from '../treesitter/runtime';
import type { Extraction, RequestSite } from '../types';
import type { ExtractContext } from './context';
import { notLoaded, syntaxErrors } from './treeSitter';

export function extractPython(text: string, context: ExtractContext): Extraction {
  const tree = parseWith('python', text);
  if (!tree) return notLoaded('python');
  try {
    const file = new PyFile(text, tree.rootNode);
    const sites: RequestSite[] = PY_CLIENTS.flatMap((client) => client.sites(file));
    const keys = text.includes('unkey_') ? pythonKeys(file) : [];
    if (/curl/i.test(text)) {
      const curl = pythonCurlStrings(file, context);
      sites.push(...curl.sites);
      keys.push(...curl.keys.filter((k) => !keys.some((o) => o.range[0] === k.range[0] && o.range[1] === k.range[1])));
    }
    return { sites, keys, errors: syntaxErrors(tree.rootNode, 'Python') };
  } catch (error) {
    return { sites: [], keys: [], errors: [error instanceof Error ? error.message : String(error)] };
  }
}
