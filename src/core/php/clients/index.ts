// PHP HTTP clients, one module each: each turns calls in a PhpFile into request sites.
import type { RequestSite } from '../../types';
import type { PhpFile } from '../file';
import { curlClient } from './curl';
import { guzzleClient } from './guzzle';
import { laravelClient } from './laravel';

export interface PhpClient {
  name: string;
  sites(file: PhpFile): RequestSite[];
}

/** Every PHP client, sorted by name. */
export const PHP_CLIENTS: readonly PhpClient[] = [curlClient, guzzleClient, laravelClient];
