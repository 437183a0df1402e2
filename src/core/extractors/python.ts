// Python through tree-sitter: requests/httpx, aiohttp and urllib calls (src/core/python/clients),
// key-shaped string literals, and curl commands held in strings.
import { PY_CLIENTS } from '../python/clients';
import { PyFile } from '../python/file';
import { pythonCurlStrings, pythonKeys } from '../python/literals';
import { pythonSdkKeys } from '../python/sdk';
import type { Extraction } from '../types';
import type { ExtractContext } from './context';
import { extractTreeSitter, type TreeSitterLanguage } from './treeSitter';

const PYTHON: TreeSitterLanguage<PyFile> = { grammar: 'python', label: 'Python', open: (text, root) => new PyFile(text, root), clients: PY_CLIENTS, keys: pythonKeys, curl: pythonCurlStrings, sdkKeys: pythonSdkKeys };

export function extractPython(text: string, context: ExtractContext): Extraction {
  return extractTreeSitter(PYTHON, text, context);
}
