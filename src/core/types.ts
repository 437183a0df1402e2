// The engine's data model. Everything here is plain data plus a few fix builders that
// extractors attach, so rules stay independent of the source format.

import type { ParseMemory } from './js/incremental';

/** A half-open range of 0-based UTF-16 offsets into the linted text: [start, end). */
export type SourceRange = readonly [start: number, end: number];

/** A plain text edit, serialisable (ESLint's fix shape). */
export interface TextEdit {
  range: [number, number];
  text: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSeverity = Severity | 'off';

export type RuleId =
  | 'client-exposed-root-key'
  | 'hardcoded-root-key'
  | 'headers-misplaced'
  | 'insecure-transport'
  | 'malformed-bearer'
  | 'missing-authorization'
  | 'placeholder-key'
  | 'retired-endpoint'
  | 'retired-sdk'
  | 'unexpanded-env-var'
  | 'unknown-body-field'
  | 'unknown-endpoint'
  | 'unmapped-workflow-secret'
  | 'v1-response-shape'
  | 'wrong-method';

/** Text the engine knows exactly. */
export interface TextPart {
  kind: 'text';
  text: string;
  /**
   * Source offset of each character of `text`, plus one entry for the end (length + 1 entries).
   * Absent when the text does not come 1:1 from the source (computed, or folded from a const elsewhere).
   */
  map?: number[];
  /**
   * Where `map` is absent because the text was folded from a constant of this file: the source offset
   * of each character where it is defined (length + 1 entries). An edit there changes every use of the
   * constant, so only a rule that means that (the v2 migration's host) may use it.
   */
  at?: number[];
  /** The env var that replaces this text when set (`process.env.UNKEY_API_URL ?? "https://…"`). */
  overriddenBy?: string;
}

/** Something only known at run time: a variable, an env var, a call, `$(...)`. */
export interface OpaquePart {
  kind: 'opaque';
  range: SourceRange;
  /** Set when the part is an environment variable reference: `process.env.X`, `$X`, `{{$dotenv X}}`. */
  envVar?: string;
  /** The source text, for messages and placeholders. */
  source: string;
  /**
   * Set by the workflow extractor when nothing sets `envVar` where the script runs (a GitHub Actions
   * step with no `env:` mapping for it at step, job or workflow level): the shell expands it to ''.
   * `mapFromSecret` builds the edit mapping it from the secret of the same name in the step's `env:`.
   */
  unset?: { mapFromSecret(): TextEdit | undefined };
}

export type ValuePart = TextPart | OpaquePart;

/** A value evaluated as far as the engine can: literal text with unknown parts as opaque placeholders. */
export interface Value {
  parts: ValuePart[];
  /** The whole expression or word in the source. */
  range: SourceRange;
}

export interface HeaderEntry {
  /** The header name as written (compare case-insensitively). */
  name: string;
  nameRange: SourceRange;
  /** The header value, or undefined when it cannot be evaluated at all. */
  value: Value | undefined;
  /** The whole entry: an object property, a `-H` argument, a header line. */
  range: SourceRange;
  /**
   * Literal text of the value that the runtime will NOT expand although it looks like a variable
   * reference: `'Bearer $KEY'` in single quotes, `"Bearer ${key}"` in a plain JS string.
   * The extractor sets it; it is absent when the value is expanded or holds no such reference.
   */
  unexpanded?: {
    reference: string;
    range: SourceRange;
    /** Why the runtime sends it literally, in this language's terms (the rule has a default per tool). */
    reason?: string;
  };
  /** Edit making the value `prefix + <value>` (JS wraps a bare expression in a template literal). */
  prependToValue?(prefix: string): TextEdit | undefined;
  /** Edit replacing the value with `replacement` (already a valid piece of this format's source). */
  replaceValue?(replacement: string): TextEdit | undefined;
  /** Edit that makes the runtime expand the reference in `unexpanded` (double quotes, template literal). */
  expandReferences?(): TextEdit | undefined;
  /**
   * Edit making the header `Authorization: Bearer <reference to env var envVarName>` in this format's idiom
   * (the whole value, or for `curl -u` the whole option). Undefined where the extractor cannot write it safely.
   */
  replaceWithBearerEnv?(envVarName: string): TextEdit | undefined;
}

/** One top-level property of a visible JSON request body. */
export interface BodyProperty {
  name: string;
  /** The name's characters in the source, without quotes (a rename is one replacement in any format); absent when not 1:1. */
  nameRange?: SourceRange;
  /** The whole `name: value` entry, for removal; absent when not 1:1. */
  range?: SourceRange;
  /** Edit renaming the property where a plain replacement of `nameRange` would not do (JS shorthand `{ ownerId }`). */
  rename?(to: string): TextEdit | undefined;
}

/** A JSON request body the engine can read: an object literal, `JSON.stringify({...})`, `-d '{...}'`, a `.http` body. */
export interface RequestBody {
  properties: BodyProperty[];
  /** False when a spread, a computed name or a run-time part may add properties the engine cannot see. */
  complete: boolean;
  range: SourceRange;
}

export type SiteTool = 'fetch' | 'axios' | 'ky' | 'got' | 'ofetch' | 'undici' | 'superagent' | 'node-http' | 'xhr' | 'curl' | 'http' | 'sdk' | 'requests' | 'aiohttp' | 'urllib' | 'net/http' | 'resty' | 'reqwest' | 'curl-php' | 'guzzle' | 'laravel' | 'net-http' | 'httparty' | 'faraday';

export interface RequestSite {
  tool: SiteTool;
  /** The request URL as far as it can be evaluated. */
  url: Value;
  /** Upper-case HTTP method when known. */
  method: string | undefined;
  /** The whole call / command / request, used for hovers and as the missing-authorization range. */
  range: SourceRange;
  /** Where a finding about the request as a whole is reported (callee and URL, the `curl` word, the request line). */
  reportRange: SourceRange;
  headers: HeaderEntry[];
  /**
   * False when something the engine cannot see may add headers: a spread of an unknown value, a
   * parameter, an interceptor, `-H @file`. Rules must not report a missing header then.
   */
  headersKnown: boolean;
  /** The JSON body, when one is visible. */
  body?: RequestBody;
  /** A body is sent that the engine cannot read (built elsewhere, a variable, a stream). */
  bodyUnseen?: boolean;
  /** Where the same function reads the parsed JSON answer as v1 shaped it (JS only; computed on demand). */
  responseReads?(): ResponseRead[];
  /** Edit making the request use `method` (`-X`, `method:`, the request line), in this format's idiom. */
  setMethod?(method: string): TextEdit | undefined;
  /** Edit giving a request that has no body the JSON body `json` (with its Content-Type). */
  addJsonBody?(json: string): TextEdit | undefined;
  /**
   * Edits making a request that has no body a POST with the JSON body `json` (an empty object when
   * undefined), where the client ties method and body together (axios: `get(url, config)` becomes
   * `post(url, data, config)`). Used instead of setMethod and addJsonBody when present.
   */
  postWithBody?(json: string | undefined): TextEdit[] | undefined;
  /** The request sends cookies (`credentials: "include"`, `withCredentials`, `-b`); not judged for a missing bearer. */
  sendsCookies: boolean;
  /**
   * Edit adding an Authorization header whose value reads the key from env var `envVarName`,
   * written in this format's idiom. Undefined when the extractor cannot place it safely.
   */
  addAuthorization?(envVarName: string): TextEdit | undefined;
  /**
   * Headers written where the client does not read them (axios's data argument, fetch's `header:`,
   * `Authorization` beside `headers`): they are never sent. Rules about a missing header stay quiet then.
   */
  misplacedHeaders?: MisplacedHeaders[];
  /**
   * Set when a function of this file makes the request for this call of it (`unkey("/v2/keys.createKey")`
   * where `function unkey(path) { return fetch(BASE + path, …) }`): the site is this call's, with the
   * arguments bound to the parameters; `range` and `reportRange` are at the call.
   */
  wrapper?: {
    /** The function's name, for messages. */
    name: string;
    /**
     * The request call inside the function, when the headers are written there (not passed by the
     * caller): a finding about them belongs there, once for every call, and so does its fix.
     */
    headersRange?: SourceRange;
  };
}

/** A read of a response's JSON as v1 shaped it: a result name at the top level, or `error.code`. */
export interface ResponseRead {
  name: string;
  kind: 'field' | 'error-code';
  range: SourceRange;
  /** Edit reading it under `.data` instead. */
  suggestion?: TextEdit;
}

export interface MisplacedHeaders {
  /** The property or argument holding them, where the finding is reported. */
  range: SourceRange;
  /** What is wrong, one sentence ending with a period. */
  problem: string;
  /** They include an Authorization header (so the request goes out without one). */
  authorization: boolean;
  /** Edit moving them to where the client reads headers; undefined when it cannot be placed safely. */
  move?(): TextEdit | undefined;
}

/** A key-shaped literal somewhere in the source (for hardcoded-root-key and hovers). */
export interface KeyLiteral {
  key: string;
  range: SourceRange;
  /** The environment variable a dotenv line assigns the key to. */
  envVar?: string;
  /** Edit replacing the literal by an env reference, when the extractor knows how in this format. */
  replaceWithEnv?(envVarName: string): TextEdit | undefined;
}

export interface Suggestion {
  desc: string;
  fix: TextEdit;
  /**
   * Changes to other files that belong to this suggestion (write the key into `.env`, ignore a file in
   * git). The front end applies them with `planFileEdits` (fileEdits.ts) and applies nothing when that fails.
   */
  files?: FileEdit[];
}

/**
 * A change to a file other than the linted one, described by intent because the engine does not read
 * that file: the front end resolves and applies it (fileEdits.ts).
 */
export type FileEdit =
  /**
   * `name=value` in the nearest `.env` (created if there is none), which git is then made to ignore;
   * never replaces a different value of `name`.
   */
  | { kind: 'dotenv'; name: string; value: string }
  /** Make git ignore `path` (relative to the linted file's folder): a line in the `.gitignore` beside it. */
  | { kind: 'gitignore'; path: string };

/** What the front end knows about the linted file beyond its text. */
export interface FileFacts {
  /** Whether git tracks the file, ignores it, or neither; absent outside a repository or when unknown. */
  git?: 'tracked' | 'ignored' | 'untracked';
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  range: SourceRange;
  /** Safe to apply automatically (fix-all, save, --fix). */
  fix?: TextEdit;
  /** The editor's title for `fix` when the rule's generic one says too little ("Migrate to v2: POST …"). */
  fixTitle?: string;
  /** Offered, never applied automatically. */
  suggestions?: Suggestion[];
}

/** What the engine was given about the text's language. */
export type LanguageKind =
  | 'javascript' | 'typescript' | 'shell' | 'powershell' | 'cmd' | 'markdown' | 'http' | 'yaml' | 'dockerfile'
  | 'python' | 'go' | 'rust' | 'php' | 'ruby' | 'manifest'
  /** `.env` files: `NAME=value` lines. */
  | 'dotenv'
  /** Any other text file (JSON, Terraform, TOML, …): only key literals are read. */
  | 'text';

export interface LintOptions {
  /** Hosts that are the Unkey API. */
  hosts: string[];
  /** Env var that holds the root key, used in fixes. */
  envVarName: string;
  /** Severity overrides per rule. */
  rules: Partial<Record<RuleId, RuleSeverity>>;
  /** Read access to the files around the linted one (package.json, lockfiles), when the host gives it. */
  project?: ProjectFiles;
  /**
   * An editor's memory of this document's last JS/TS parse (one per document): the next lint re-parses
   * only the top-level statements an edit touched. Read for the document's own text only.
   */
  parseMemory?: ParseMemory;
}

/** Read access to the files around the linted one, as the host sees them (the CLI: disk; the editor: open documents first). */
export interface ProjectFiles {
  /** The text of the file at `path` (spelled like the linted file's name), or undefined when there is none. */
  readFile(path: string): string | undefined;
}

export const DEFAULT_OPTIONS: LintOptions = Object.freeze({
  hosts: ['api.unkey.com', 'api.unkey.dev'],
  envVarName: 'UNKEY_ROOT_KEY',
  rules: {},
}) as LintOptions;

/** What an extractor returns for one text. */
export interface Extraction {
  sites: RequestSite[];
  keys: KeyLiteral[];
  /** Syntax problems the extractor recovered from (it still returns what it could). */
  errors: string[];
  /**
   * Part of the text could not be read at all (a half-typed call the parser gives up on): sites and keys
   * there are missing. Recovered errors alone (`errors`) leave a complete tree and do not set it.
   */
  incomplete?: boolean;
  /**
   * Part of the text nests deeper than the parser's stack allows (`[[[…]]]` hundreds of levels down): it
   * was left out (searched for keys only) and the rest was read. Front ends say the file was not fully analysed.
   */
  tooDeep?: boolean;
  /** Dependencies on a v1-era Unkey SDK, from a package.json (see sdk/). */
  sdkDependencies?: SdkDependency[];
  /** Calls written against a v1-era Unkey SDK, with their v2 form (see js/clients/sdk.ts). */
  sdkCalls?: SdkCall[];
  /** Root keys handed to an Unkey SDK (`new Unkey({ rootKey })`, `unkey({ rootKey })`; see js/clients/sdk.ts). */
  sdkKeys?: SdkKeyOption[];
}

/**
 * The root key option of an Unkey SDK constructor or middleware: `new Unkey({ rootKey })`,
 * `new Ratelimit({ rootKey })`, `withUnkey(handler, { rootKey })`, `unkey({ rootKey })`.
 */
export interface SdkKeyOption {
  /** The package: `@unkey/ratelimit`. */
  module: string;
  /** The call as written for a reader: `new Ratelimit()`, `withUnkey()`. */
  callee: string;
  /** The option's name: `rootKey`, or the v1-era `token`. */
  option: string;
  /** What the SDK calls with the key, for the hover: `POST /v2/ratelimit.limit`. */
  endpoints: readonly string[];
  /** The option's value as far as it can be evaluated. */
  value: Value;
  /** The whole call (hovers). */
  range: SourceRange;
  /** The callee (findings about the call as a whole). */
  reportRange: SourceRange;
  /** Edit removing `length` characters at the start of the value's text (a scheme the SDK adds itself). */
  dropPrefix?(length: number): TextEdit | undefined;
  /** Edit replacing the value by a read of env var `envVarName`, in this file's idiom. */
  replaceWithEnv?(envVarName: string): TextEdit | undefined;
}

/** A package.json dependency on an Unkey SDK line that calls the retired v1 API. */
export interface SdkDependency {
  /** `@unkey/api`. */
  name: string;
  /** The range as written in package.json. */
  spec: string;
  /** The version a lockfile beside package.json resolved, when one did. */
  locked?: { version: string; lockfile: string };
  /** The retired line (`0.x`) and the range to move to (`^2.5.1`). */
  line: string;
  target: string;
  /** The range string in package.json (with its quotes). */
  range: SourceRange;
  /** Edit setting the range to `target`. */
  replace: TextEdit;
}

/** One call that changes when a file moves to the v2 SDKs. */
export interface SdkCall {
  /** The package the callee comes from. */
  module: string;
  /** What changes, one sentence (the rule adds the why). */
  detail: string;
  range: SourceRange;
  /** A mechanical rewrite (renames), safe to apply. */
  fix?: TextEdit;
  /** A rewrite with wider effect (a root key where there was none, a new response shape). */
  suggestion?: { desc: string; fix: TextEdit };
}
