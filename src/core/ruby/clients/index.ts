// Ruby HTTP clients, one module each: each turns calls in a RubyFile into request sites.
import type { RequestSite } from '../../types';
import type { RubyFile } from '../file';
import { faradayClient } from './faraday';
import { httpartyClient } from './httparty';
import { netHttpClient } from './nethttp';

export interface RubyClient {
  name: string;
  sites(file: RubyFile): RequestSite[];
}

/** Every Ruby client, sorted by name. */
export const RUBY_CLIENTS: readonly RubyClient[] = [faradayClient, httpartyClient, netHttpClient];
