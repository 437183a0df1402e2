import type { LanguageKind, LintOptions } from '../types';

/** What every extractor is told about the text it reads. */
export interface ExtractContext {
  options: LintOptions;
  language: LanguageKind;
  /** Path or name of the file, for choosing dialects (TSX, PowerShell); may be empty. */
  fileName: string;
}
