import type { RequestCalls } from '../evaluator';
import { axiosClient } from './axios';
import type { JsClient } from './client';
import { fetchClient } from './fetch';
import { gotClient } from './got';
import { kyClient } from './ky';
import { nodeHttpClient } from './nodeHttp';
import { ofetchClient } from './ofetch';
import { sdkClient } from './sdk';
import { superagentClient } from './superagent';
import { undiciClient } from './undici';
import { xhrClient } from './xhr';

/**
 * Every JS client. Order is precedence: the first client whose `site` does not return undefined
 * owns the call (a call to `fetch` is never read as axios).
 */
export const CLIENTS: readonly JsClient[] = [fetchClient, axiosClient, kyClient, gotClient, ofetchClient, undiciClient, superagentClient, nodeHttpClient, xhrClient, sdkClient];

/** What the clients call, for the walk (which member calls to collect) and for data flow. */
export const REQUEST_CALLS: RequestCalls = {
  callees: new Set(CLIENTS.flatMap((client) => client.callees)),
  methods: new Set(CLIENTS.flatMap((client) => client.methods)),
};

/** The words of every client that make a subtree worth walking in `text`. */
export function clientHotNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const client of CLIENTS) for (const name of client.hotNames(text)) names.add(name);
  return names;
}

export type { JsClient } from './client';
