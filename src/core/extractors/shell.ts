// Shell scripts: POSIX sh/bash/zsh, PowerShell (.ps1) and cmd (.bat/.cmd), chosen by context.language.
//
// For extractors of formats that embed shell (Markdown fences, YAML `run:`, Dockerfile `RUN`):
// - `extractShell(masked, context, { dialect })` on a same-length copy of the file with everything outside
//   the shell regions replaced by spaces (newlines kept): offsets come out in file offsets directly.
// - `extractShellRegion(text, start, end, context, { dialect })` reads only text[start, end) of the real
//   file, offsets again into the whole text. Prefer one call per region (per fenced block, per `run:`):
//   an unterminated quote then cannot swallow the next region.
// - `tokenize(text, dialect, start, end)` (../shell/tokenizer) gives the words themselves, and
//   `dialectOf(language)` maps a LanguageKind to a dialect. Pass `dialect: 'powershell'` for fences
//   tagged powershell/pwsh/ps1 and `'cmd'` for bat/cmd.

import { type ShellRegionOptions, extractShellRegion } from '../shell/extract';
import type { Extraction } from '../types';
import type { ExtractContext } from './context';

export { extractShellRegion, type ShellRegionOptions } from '../shell/extract';
export { type Dialect, dialectOf } from '../shell/dialect';
export { tokenize, type Command, type Word, type Segment } from '../shell/tokenizer';

/** Finds curl commands (and key literals) anywhere in `text`, which may hold arbitrary leading white space. */
export function extractShell(text: string, context: ExtractContext, options?: ShellRegionOptions): Extraction {
  return extractShellRegion(text, 0, text.length, context, options);
}
