import type { RequestSite } from '../../types';
import type { Evaluator } from '../evaluator';
import type { Node } from '../parse';
import type { Scope } from '../walk';

/**
 * One family of JS HTTP clients (fetch, axios, ...): which calls it makes and how they become
 * request sites. Add a client by adding a module here and a row in `CLIENTS` (./index.ts).
 */
export interface JsClient {
  /** A short name, for messages and tests. */
  name: string;
  /**
   * Words whose presence makes a subtree worth walking (`fetch`, `axios`, an instance's name). Only
   * subtrees holding one of the words of some client are entered, so a client must list them all.
   */
  hotNames(text: string): Iterable<string>;
  /** Names of methods whose calls (`x.get(...)`) the walk collects for this client. */
  methods: readonly string[];
  /** Names whose calls are requests (`fetch(x)`, `new Headers(x)`): passing a const to them keeps it known. */
  callees: readonly string[];
  /**
   * The request site `call` makes with this client; undefined when the call is not this client's,
   * null when it is (so no later client may claim it) but cannot be read as a request.
   */
  site(call: Node, scope: Scope, ev: Evaluator): RequestSite | null | undefined;
}
