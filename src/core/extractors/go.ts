// Go through tree-sitter: net/http and resty calls (src/core/go/clients), key-shaped string
// literals, and curl commands held in strings.
import { GO_CLIENTS } from '../go/clients';
import { GoFile } from '../go/file';
import { goCurlStrings, goKeys } from '../go/literals';
import { parseWith } from '../treesitter/runtime';
import type { Extraction, RequestSite } from '../types';
import type { ExtractContext } from './context';
import { notLoaded, syntaxErrors } from './treeSitter';

export function extractGo(text: string, context: ExtractContext): Extraction {
  const tree = parseWith('go', text);
  if (!tree) return notLoaded('go');
  try {
    const file = new GoFile(text, tree.rootNode);
    const sites: RequestSite[] = GO_CLIENTS.flatMap((client) => client.sites(file));
    const keys = text.includes('unkey_') ? goKeys(file) : [];
    if (/curl/i.test(text)) {
      const curl = goCurlStrings(file, context);
      sites.push(...curl.sites);
      keys.push(...curl.keys.filter((k) => !keys.some((o) => o.range[0] === k.range[0] && o.range[1] === k.range[1])));
    }
    return { sites, keys, errors: syntaxErrors(tree.rootNode, 'Go') };
  } catch (error) {
    return { sites: [], keys: [], errors: [error instanceof Error ? error.message : String(error)] };
  }
}
