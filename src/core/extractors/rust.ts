// Rust through tree-sitter: reqwest calls (src/core/rust/clients), key-shaped string literals, and curl
// commands held in strings.
import { RUST_CLIENTS } from '../rust/clients';
import { RustFile } from '../rust/file';
import { rustCurlStrings, rustKeys } from '../rust/literals';
import type { Extraction } from '../types';
import type { ExtractContext } from './context';
import { extractTreeSitter, type TreeSitterLanguage } from './treeSitter';

const RUST: TreeSitterLanguage<RustFile> = { grammar: 'rust', label: 'Rust', open: (text, root) => new RustFile(text, root), clients: RUST_CLIENTS, keys: rustKeys, curl: rustCurlStrings };

export function extractRust(text: string, context: ExtractContext): Extraction {
  return extractTreeSitter(RUST, text, context);
}
