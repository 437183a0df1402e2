import { JsFile } from '../js/analyze';
import { importedObject, importedString } from '../js/imports';
import type { ParseMemory } from '../js/incremental';
import { REQUEST_CALLS, clientHotNames } from '../js/clients';
import { isStackOverflow, parseJs, type ParseResult } from '../js/parse';
import { collect, hotOffsets } from '../js/walk';
import { wrapperCandidates } from '../js/wrappers';
import type { Extraction, KeyLiteral, RequestSite, SdkCall, SdkKeyOption } from '../types';
import type { ExtractContext } from './context';
import { extractCurlFromLiteral } from './curlLiteral';
import { findRootKeys } from './embed';

/**
 * Finds calls of the JS clients (js/clients), key-shaped literals and curl commands in string literals of a
 * JS/TS file. Never throws: a file the parser cannot read yields its error message. Nesting too deep for
 * the stack (parser or analysis) is left out and the rest is read (`tooDeep`); what is left out is still
 * searched for key-shaped text.
 */
export function extractJavaScript(text: string, context: ExtractContext): Extraction {
  return extractJavaScriptDocument(text, context);
}

/** extractJavaScript for a document's whole text, re-parsing only what changed since `parseMemory`'s text. */
export function extractJavaScriptDocument(text: string, context: ExtractContext, parseMemory?: ParseMemory): Extraction {
  try {
    try {
      return extractParsed(text, context, parseJs(text, context, false, parseMemory));
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
      parseMemory?.forget();
    }
    // The parser managed, the analysis of its tree did not: read the text again without the deep part.
    try {
      return extractParsed(text, context, parseJs(text, context, true));
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
    }
    return { sites: [], keys: findRootKeys(text), errors: ['nesting too deep'], incomplete: true, tooDeep: true };
  } catch (error) {
    return { sites: [], keys: [], errors: [error instanceof Error ? error.message : String(error)], incomplete: true };
  }
}

function extractParsed(text: string, context: ExtractContext, parsed: ParseResult): Extraction {
  const wantKeys = text.includes('unkey_');
  const wantCurl = text.includes('curl');
  const hot = hotOffsets(text, clientHotNames(text), wantKeys, wantCurl);
  const sites: RequestSite[] = [];
  let keys: KeyLiteral[] = [];
  const sdkCalls: SdkCall[] = [];
  const sdkKeys: SdkKeyOption[] = [];
  const wantSdk = text.includes('@unkey/');
  for (const part of parsed.parts) {
    let collected = collect(part.program, hot, wantKeys, wantCurl, REQUEST_CALLS.methods);
    // Functions that may wrap a request (js/wrappers.ts): their calls are collected too, by a second walk
    // that also enters the subtrees naming them (only files with such a function pay for it).
    const wrappers = wrapperCandidates(collected, text);
    if (wrappers.size) collected = collect(part.program, mergeSorted(hot, hotOffsets(text, wrappers, false, false)), wantKeys, wantCurl, REQUEST_CALLS.methods);
    const project = context.options.project;
    const imports = project && {
      string: (source: string, name: string) => importedString(context.fileName, project, source, name, REQUEST_CALLS),
      object: (source: string, name: string) => importedObject(context.fileName, project, source, name, REQUEST_CALLS),
    };
    const file = new JsFile(text, collected, part.validStart === 0 && part.validEnd === text.length && !parsed.tooDeep, imports);
    // After recovery, a part vouches only for the text it read as written; a call with a blanked deep part
    // inside it was not read as written either (`headers: {…}` blanked would read as no headers at all).
    const inside = (item: { range: readonly [number, number] }) =>
      item.range[0] >= part.validStart && item.range[1] <= part.validEnd && !parsed.tooDeep?.some(([start, end]) => item.range[0] < end && start < item.range[1]);
    sites.push(...file.sites().filter(inside));
    keys.push(...file.keys().filter(inside));
    if (wantSdk) {
      const typescript = context.language === 'typescript';
      sdkCalls.push(...file.sdkCalls({ fileName: context.fileName, project: context.options.project, envVarName: context.options.envVarName, typescript }).filter(inside));
      sdkKeys.push(...file.sdkKeys(typescript).filter(inside));
    }
    if (wantCurl) {
      file.curlTexts((cooked, map, quote, concatenated) => {
        const found = extractCurlFromLiteral(cooked, map, quote, context);
        // `"curl … " + "-H '…'"`: headers may follow in the next operand, unseen here.
        if (concatenated) for (const site of found.sites) site.headersKnown = false;
        sites.push(...found.sites.filter(inside));
        keys.push(...found.keys.filter(inside));
      });
    }
  }
  // What was left out unparsed is still searched for keys, as a text file is.
  if (parsed.tooDeep && wantKeys) for (const [start, end] of parsed.tooDeep) keys.push(...findRootKeys(text, start, end));
  if (wantCurl || parsed.tooDeep) keys = uniqueKeys(keys);
  const whole = parsed.parts.length === 1 && parsed.parts[0].validStart === 0 && parsed.parts[0].validEnd === text.length && !parsed.tooDeep;
  return {
    sites,
    keys,
    errors: parsed.errors,
    ...(!whole && { incomplete: true }),
    ...(parsed.tooDeep && { tooDeep: true }),
    ...(sdkCalls.length ? { sdkCalls } : {}),
    ...(sdkKeys.length ? { sdkKeys } : {}),
  };
}

/** Two sorted offset lists as one. */
function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return out;
}

function uniqueKeys(keys: KeyLiteral[]): KeyLiteral[] {
  const seen = new Set<string>();
  return keys.filter((key) => {
    const id = `${key.range[0]}:${key.range[1]}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
