// Python HTTP clients, one module each: each turns calls in a PyFile into request sites.
import type { RequestSite } from '../../types';
import type { PyFile } from '../file';
import { aiohttpClient } from './aiohttp';
import { requestsClient } from './requests';
import { urllibClient } from './urllib';

export interface PyClient {
  name: string;
  sites(file: PyFile): RequestSite[];
}

/** Every Python client, sorted by name. */
export const PY_CLIENTS: readonly PyClient[] = [aiohttpClient, requestsClient, urllibClient];
