// Go HTTP clients, one module each: each turns calls in a GoFile into request sites.
import type { RequestSite } from '../../types';
import type { GoFile } from '../file';
import { netHttpClient } from './nethttp';
import { restyClient } from './resty';

export interface GoClient {
  name: string;
  sites(file: GoFile): RequestSite[];
}

/** Every Go client, sorted by name. */
export const GO_CLIENTS: readonly GoClient[] = [netHttpClient, restyClient];
