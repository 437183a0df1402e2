// Go through tree-sitter: net/http and resty calls (src/core/go/clients), key-shaped string
// literals, and curl commands held in strings.
import { GO_CLIENTS } from '../go/clients';
import { GoFile } from '../go/file';
import { goCurlStrings, goKeys } from '../go/literals';
import { goSdkKeys } from '../go/sdk';
import type { Extraction } from '../types';
import type { ExtractContext } from './context';
import { extractTreeSitter, type TreeSitterLanguage } from './treeSitter';

const GO: TreeSitterLanguage<GoFile> = { grammar: 'go', label: 'Go', open: (text, root) => new GoFile(text, root), clients: GO_CLIENTS, keys: goKeys, curl: goCurlStrings, sdkKeys: goSdkKeys };

export function extractGo(text: string, context: ExtractContext): Extraction {
  return extractTreeSitter(GO, text, context);
}
