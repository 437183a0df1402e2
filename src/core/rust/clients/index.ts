// Rust HTTP clients, one module each: each turns calls in a RustFile into request sites.
import type { RequestSite } from '../../types';
import type { RustFile } from '../file';
import { reqwestClient } from './reqwest';

export interface RustClient {
  name: string;
  sites(file: RustFile): RequestSite[];
}

/** Every Rust client, sorted by name. */
export const RUST_CLIENTS: readonly RustClient[] = [reqwestClient];
