import type { KeyLiteral, RequestSite, SdkCall, SdkKeyOption } from '../types';
import { CLIENTS, REQUEST_CALLS } from './clients';
import { sdkClient, type SdkContext } from './clients/sdk';
import { curlTexts } from './curlStrings';
import { Evaluator, type ImportReader } from './evaluator';
import { keyLiterals } from './keys';
import type { Collected } from './walk';
import { wrapperSites, type Request } from './wrappers';

/**
 * Everything the extractor knows about one JS/TS program, resolved after the single AST pass: the
 * request sites the clients (clients/) find, key literals (keys.ts), curl in strings (curlStrings.ts).
 */
export class JsFile {
  private readonly ev: Evaluator;

  /** `complete` is false for a program read from part of the text (after a hard syntax error). */
  constructor(text: string, collected: Collected, complete = true, imports?: ImportReader) {
    this.ev = new Evaluator(text, collected, REQUEST_CALLS, complete, imports);
  }

  sites(): RequestSite[] {
    const { calls, callScopes } = this.ev.collected;
    const requests: Request[] = [];
    for (let i = 0; i < calls.length; i++) {
      // A node shape that error recovery left odd loses that call only, not the file's other calls.
      try {
        for (const client of CLIENTS) {
          const site = client.site(calls[i], callScopes[i], this.ev);
          if (site === undefined) continue;
          if (site) requests.push({ call: calls[i], scope: callScopes[i], client, site });
          break;
        }
      } catch {
        continue;
      }
    }
    const sites = requests.map((r) => r.site);
    // Calls of the file's wrapper functions (wrappers.ts), after the requests they make.
    try {
      sites.push(...wrapperSites(this.ev, requests));
    } catch {
      // An odd shape after error recovery costs the wrapper calls only.
    }
    return sites;
  }

  /** Calls written for a v1-era Unkey SDK (clients/sdk.ts). */
  sdkCalls(context: SdkContext): SdkCall[] {
    return sdkClient.migrations(this.ev, context);
  }

  /** Root keys handed to an Unkey SDK (clients/sdk.ts). */
  sdkKeys(typescript: boolean): SdkKeyOption[] {
    return sdkClient.keyOptions(this.ev, typescript);
  }

  keys(): KeyLiteral[] {
    return keyLiterals(this.ev);
  }

  curlTexts(found: (cooked: string, map: number[], quote: '"' | "'" | '`', concatenated: boolean) => void): void {
    curlTexts(this.ev, found);
  }
}
