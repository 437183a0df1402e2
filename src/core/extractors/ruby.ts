// Ruby through tree-sitter: Net::HTTP, HTTParty and Faraday calls (src/core/ruby/clients), key-shaped
// string literals, and curl commands held in strings.
import { RUBY_CLIENTS } from '../ruby/clients';
import { RubyFile } from '../ruby/file';
import { rubyCurlStrings, rubyKeys } from '../ruby/literals';
import type { Extraction } from '../types';
import type { ExtractContext } from './context';
import { extractTreeSitter, type TreeSitterLanguage } from './treeSitter';

const RUBY: TreeSitterLanguage<RubyFile> = { grammar: 'ruby', label: 'Ruby', open: (text, root) => new RubyFile(text, root), clients: RUBY_CLIENTS, keys: rubyKeys, curl: rubyCurlStrings };

export function extractRuby(text: string, context: ExtractContext): Extraction {
  return extractTreeSitter(RUBY, text, context);
}
