import type { Extraction } from '../types';
import type { ExtractContext } from './context';

/** Stub: to be implemented. */
export function extractShell(text: string, context: ExtractContext): Extraction {
  void text;
  void context;
  return { sites: [], keys: [], errors: [] };
}
