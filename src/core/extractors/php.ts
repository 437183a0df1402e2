// PHP through tree-sitter: curl, Guzzle and Laravel Http calls (src/core/php/clients), key-shaped string
// literals, and curl commands held in strings.
import { PHP_CLIENTS } from '../php/clients';
import { PhpFile } from '../php/file';
import { phpCurlStrings, phpKeys } from '../php/literals';
import type { Extraction } from '../types';
import type { ExtractContext } from './context';
import { extractTreeSitter, type TreeSitterLanguage } from './treeSitter';

const PHP: TreeSitterLanguage<PhpFile> = { grammar: 'php', label: 'PHP', open: (text, root) => new PhpFile(text, root), clients: PHP_CLIENTS, keys: phpKeys, curl: phpCurlStrings };

export function extractPhp(text: string, context: ExtractContext): Extraction {
  return extractTreeSitter(PHP, text, context);
}
