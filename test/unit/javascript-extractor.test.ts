import * as assert from 'node:assert/strict';
import { parse } from '@babel/parser';
import { extractJavaScript } from '../../src/core/extractors/javascript';
import { applyEdits } from '../../src/core/fix';
import { closers } from '../../src/core/js/parse';
import type { Extraction, HeaderEntry, RequestSite, TextEdit, Value } from '../../src/core/types';
import { DEFAULT_OPTIONS } from '../../src/core/types';
import { classifyUrl } from '../../src/core/unkeyUrl';
import { flatten } from '../../src/core/value';

const KEY = 'unkey_3ZaBcDeFgHiJkMnPqRsTuVwXyZ';

function extract(code: string, fileName = 'x.ts'): Extraction {
  const language = /\.[mc]?tsx?$/.test(fileName) ? 'typescript' : 'javascript';
  return extractJavaScript(code, { options: DEFAULT_OPTIONS, language, fileName });
}

/** A value as readable text: opaque parts as ⟨source⟩, env vars as ⟨env:NAME⟩. */
function show(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  return value.parts.map((p) => (p.kind === 'text' ? p.text : p.envVar ? `⟨env:${p.envVar}⟩` : `⟨${p.source}⟩`)).join('');
}

interface SiteSummary {
  tool: string;
  method: string | undefined;
  url: string | undefined;
  known: boolean;
  cookies?: boolean;
  headers: Record<string, string | undefined>;
}

function summarize(site: RequestSite): SiteSummary {
  const headers: Record<string, string | undefined> = {};
  for (const h of site.headers) headers[h.name] = show(h.value);
  const summary: SiteSummary = { tool: site.tool, method: site.method, url: show(site.url), known: site.headersKnown, headers };
  if (site.sendsCookies) summary.cookies = true;
  return summary;
}

function sitesOf(code: string, fileName?: string): SiteSummary[] {
  return extract(code, fileName).sites.map(summarize);
}

/** Applies one edit and checks that the result still parses as the same kind of file. */
function applied(code: string, edit: TextEdit | undefined, fileName = 'x.ts'): string {
  assert.ok(edit, 'expected an edit');
  const output = applyEdits(code, [edit]).output;
  const plugins: ('typescript' | 'jsx')[] = /\.tsx?$/.test(fileName) ? ['typescript'] : ['jsx'];
  assert.doesNotThrow(() => parse(output, { sourceType: 'module', plugins, allowAwaitOutsideFunction: true }), `does not parse:\n${output}`);
  return output;
}

function only<T>(items: T[]): T {
  assert.equal(items.length, 1, `expected exactly one, got ${items.length}`);
  return items[0];
}

function header(site: RequestSite, name: string): HeaderEntry {
  const entry = site.headers.find((h) => h.name.toLowerCase() === name.toLowerCase());
  assert.ok(entry, `no ${name} header`);
  return entry;
}

const U = 'https://api.unkey.com';
const AUTH = { Authorization: 'Bearer ⟨env:UNKEY_ROOT_KEY⟩' };

describe('extractJavaScript: fetch', () => {
  const cases: Array<[string, string, SiteSummary[]]> = [
    ['fetch(url) with no init', `fetch("${U}/v2/keys.createKey")`,
      [{ tool: 'fetch', method: 'GET', url: `${U}/v2/keys.createKey`, known: true, headers: {} }]],
    ['method and headers from the init; method upper-cased', `fetch("${U}/v2/apis.getApi", { method: "post", headers: { Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY}\` } })`,
      [{ tool: 'fetch', method: 'POST', url: `${U}/v2/apis.getApi`, known: true, headers: AUTH }]],
    ['quoted and lower-case header names are kept as written', `fetch("${U}/v2/a.b", { headers: { "authorization": "Bearer x", 'Content-Type': "application/json" } })`,
      [{ tool: 'fetch', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: { authorization: 'Bearer x', 'Content-Type': 'application/json' } }]],
    ['fetch(new Request(url, init))', `fetch(new Request("${U}/v2/a.b", { method: "POST", headers: { Authorization: "Bearer x" } }))`,
      [{ tool: 'fetch', method: 'POST', url: `${U}/v2/a.b`, known: true, headers: { Authorization: 'Bearer x' } }]],
    ['a const Request', `const req = new Request("${U}/v2/a.b", { headers: { Authorization: "Bearer x" } });\nfetch(req);`,
      [{ tool: 'fetch', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: { Authorization: 'Bearer x' } }]],
    ['globalThis.fetch, window.fetch, self.fetch', `globalThis.fetch("${U}/v2/a.b"); window.fetch("${U}/v2/c.d"); self.fetch("${U}/v2/e.f")`,
      ['a.b', 'c.d', 'e.f'].map((p) => ({ tool: 'fetch', method: 'GET', url: `${U}/v2/${p}`, known: true, headers: {} }))],
    ['a template with an env base', 'fetch(`${process.env.UNKEY_API_URL}/v2/keys.createKey`)',
      [{ tool: 'fetch', method: 'GET', url: '⟨env:UNKEY_API_URL⟩/v2/keys.createKey', known: true, headers: {} }]],
    ['import.meta.env, Bun.env and Deno.env.get are env vars', 'fetch(import.meta.env.A + "/v2/a.b"); fetch(Bun.env.B + "/v2/a.b"); fetch(Deno.env.get("C") + "/v2/a.b")',
      ['A', 'B', 'C'].map((n) => ({ tool: 'fetch', method: 'GET', url: `⟨env:${n}⟩/v2/a.b`, known: true, headers: {} }))],
    ['?? prefers the literal default over an env var in a URL', `const BASE = process.env.UNKEY_API_URL ?? "${U}";\nfetch(BASE + "/v2/keys.createKey")`,
      [{ tool: 'fetch', method: 'GET', url: `${U}/v2/keys.createKey`, known: true, headers: {} }]],
    ['|| as well, and + concatenation of consts', `const HOST = "api.unkey.com"; const BASE = process.env.X || "https://" + HOST;\nfetch(\`\${BASE}/v2/a.b\`)`,
      [{ tool: 'fetch', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: {} }]],
    ['new URL(path, base) with .href and .toString()', `fetch(new URL("/v2/a.b", "${U}/ignored/path").href); fetch(new URL("v2/c.d", "${U}/").toString()); fetch(new URL("/v2/e.f", process.env.BASE))`,
      [{ tool: 'fetch', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: {} },
        { tool: 'fetch', method: 'GET', url: `${U}/v2/c.d`, known: true, headers: {} },
        { tool: 'fetch', method: 'GET', url: '⟨env:BASE⟩/v2/e.f', known: true, headers: {} }]],
    ['a const object property', `const CONFIG = { base: "${U}" } as const;\nfetch(\`\${CONFIG.base}/v2/a.b\`)`,
      [{ tool: 'fetch', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: {} }]],
    ['let, var and parameters stay opaque', `let base = "${U}"; function f(p) { fetch(base + p) }`,
      [{ tool: 'fetch', method: 'GET', url: '⟨base⟩⟨p⟩', known: true, headers: {} }]],
    ['a const cycle does not loop', 'const a = b + "/v2/a.b"; const b = a;\nfetch(a)',
      [{ tool: 'fetch', method: 'GET', url: '⟨a⟩/v2/a.b', known: true, headers: {} }]],
    ['an inner binding shadows an outer const', `const url = "${U}/v2/a.b";\nfunction f(url) { return fetch(url) }`,
      [{ tool: 'fetch', method: 'GET', url: '⟨url⟩', known: true, headers: {} }]],
    ['const { X } = process.env reads an env var', `const { UNKEY_ROOT_KEY } = process.env;\nfetch("${U}/v2/a.b", { headers: { Authorization: \`Bearer \${UNKEY_ROOT_KEY}\` } })`,
      [{ tool: 'fetch', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: AUTH }]],
  ];
  for (const [name, code, expected] of cases) it(name, () => assert.deepEqual(sitesOf(code), expected));

  it('a local function or parameter named fetch is a wrapper, not fetch', () => {
    assert.deepEqual(sitesOf(`function fetch(u) {}\nfetch("${U}/v2/a.b")`), []);
    assert.deepEqual(sitesOf(`function g(fetch) { fetch("${U}/v2/a.b") }`), []);
    assert.equal(sitesOf(`import fetch from "node-fetch";\nfetch("${U}/v2/a.b")`).length, 1);
  });

  it('reportRange covers the callee and the URL; range the whole call', () => {
    const code = `await fetch("${U}/v2/a.b", { method: "POST" });`;
    const site = only(extract(code).sites);
    assert.equal(code.slice(...site.reportRange), `fetch("${U}/v2/a.b"`);
    assert.equal(code.slice(...site.range), `fetch("${U}/v2/a.b", { method: "POST" })`);
  });
});

describe('extractJavaScript: headers', () => {
  const url = `"${U}/v2/a.b"`;
  const known = (code: string) => only(extract(code).sites).headersKnown;
  const names = (code: string) => Object.entries(summarize(only(extract(code).sites)).headers);

  it('new Headers({...}), new Headers([[...]]) and arrays of pairs', () => {
    assert.deepEqual(names(`fetch(${url}, { headers: new Headers({ Authorization: "Bearer a" }) })`), [['Authorization', 'Bearer a']]);
    assert.deepEqual(names(`fetch(${url}, { headers: new Headers([["Authorization", "Bearer b"]]) })`), [['Authorization', 'Bearer b']]);
    assert.deepEqual(names(`fetch(${url}, { headers: [["authorization", "Bearer c"], ["X-A", "1"]] })`), [['authorization', 'Bearer c'], ['X-A', '1']]);
  });

  it('computed keys: string literals and consts', () => {
    assert.deepEqual(names(`fetch(${url}, { headers: { ["Authorization"]: "Bearer a" } })`), [['Authorization', 'Bearer a']]);
    assert.deepEqual(names(`const H = "Authorization";\nfetch(${url}, { headers: { [H]: "Bearer a" } })`), [['Authorization', 'Bearer a']]);
    assert.equal(known(`fetch(${url}, { headers: { [name()]: "Bearer a" } })`), false);
  });

  it('a const headers object, an init const, and spreads of known objects', () => {
    assert.deepEqual(names(`const headers = { Authorization: "Bearer a" };\nfetch(${url}, { headers })`), [['Authorization', 'Bearer a']]);
    assert.deepEqual(names(`const init = { headers: { Authorization: "Bearer a" } };\nfetch(${url}, init)`), [['Authorization', 'Bearer a']]);
    assert.deepEqual(names(`const base = { "X-A": "1" };\nconst auth = { Authorization: "Bearer a" };\nfetch(${url}, { headers: { ...base, ...auth } })`),
      [['X-A', '1'], ['Authorization', 'Bearer a']]);
    assert.equal(known(`const base = { "X-A": "1" };\nfetch(${url}, { headers: { ...base } })`), true);
  });

  it('headers or init the engine cannot see make headersKnown false', () => {
    assert.equal(known(`function f(headers) { return fetch(${url}, { headers }) }`), false);
    assert.equal(known(`function f(init) { return fetch(${url}, init) }`), false);
    assert.equal(known(`import { headers } from "./h";\nfetch(${url}, { headers })`), false);
    assert.equal(known(`fetch(${url}, { headers: makeHeaders() })`), false);
    assert.equal(known(`fetch(${url}, { headers: { ...extra, "X-A": "1" } })`), false);
    assert.equal(known(`fetch(${url}, { ...opts, method: "POST" })`), false);
    assert.equal(known(`let headers = {};\nfetch(${url}, { headers })`), false);
    assert.equal(known(`fetch(${url}, { headers: new Headers(source) })`), false);
    assert.equal(known(`fetch(${url}, { headers: [...pairs] })`), false);
    // The const is handed to code we cannot see before the call.
    assert.equal(known(`const headers = {};\nsign(headers);\nfetch(${url}, { headers })`), false);
    assert.equal(known(`const headers = {};\nObject.assign(headers, more);\nfetch(${url}, { headers })`), false);
  });

  it('.set/.append and property assignments before the call add headers; after it they do not', () => {
    const before = `const h = new Headers();\nh.set("Content-Type", "x");\nh.append("Authorization", "Bearer a");\nh["X-B"] = "2";\nfetch(${url}, { headers: h });\nh.set("X-After", "3");`;
    assert.deepEqual(names(before), [['Content-Type', 'x'], ['Authorization', 'Bearer a'], ['X-B', '2']]);
    assert.equal(known(before), true);
    assert.equal(known(`const h = new Headers();\nh.set(name, "x");\nfetch(${url}, { headers: h })`), false);
  });

  it('credentials: "include" and withCredentials send cookies', () => {
    assert.equal(only(extract(`fetch(${url}, { credentials: "include" })`).sites).sendsCookies, true);
    assert.equal(only(extract(`fetch(${url}, { credentials: "omit" })`).sites).sendsCookies, false);
    assert.equal(only(extract(`axios.get(${url}, { withCredentials: true })`).sites).sendsCookies, true);
  });

  it('a plain string holding ${...} is unexpanded; templates are not', () => {
    const code = `fetch(${url}, { headers: { Authorization: "Bearer \${process.env.UNKEY_ROOT_KEY}" } })`;
    const entry = header(only(extract(code).sites), 'Authorization');
    assert.equal(entry.unexpanded?.reference, '${process.env.UNKEY_ROOT_KEY}');
    assert.equal(code.slice(...entry.unexpanded!.range), '${process.env.UNKEY_ROOT_KEY}');
    const template = header(only(extract(`fetch(${url}, { headers: { Authorization: \`Bearer \${key}\` } })`).sites), 'Authorization');
    assert.equal(template.unexpanded, undefined);
    const noReference = header(only(extract(`fetch(${url}, { headers: { Authorization: "Bearer \${}" } })`).sites), 'Authorization');
    assert.equal(noReference.unexpanded, undefined);
  });

  it('value maps point into the source, across escapes', () => {
    const code = `fetch(${url}, { headers: { Authorization: "B\\u0065arer\\tx" } })`;
    const value = header(only(extract(code).sites), 'Authorization').value!;
    assert.equal(flatten(value), 'Bearer\tx');
    const part = value.parts[0];
    assert.ok(part.kind === 'text' && part.map);
    assert.equal(code.slice(part.map[1], part.map[2]), '\\u0065');
    assert.equal(code[part.map[6] + 1], 't');
    assert.equal(part.map[part.map.length - 1], code.indexOf('" } })'));
  });

  it('a value folded from a const has no map', () => {
    const code = `const auth = "bearer x";\nfetch(${url}, { headers: { Authorization: auth } })`;
    const value = header(only(extract(code).sites), 'Authorization').value!;
    assert.equal(show(value), 'bearer x');
    assert.ok(value.parts[0].kind === 'text' && value.parts[0].map === undefined);
    assert.deepEqual(value.range, [code.indexOf('auth }'), code.indexOf('auth }') + 4]);
  });

  it('?? in a header value stays opaque (a default is not what is sent)', () => {
    const code = `fetch(${url}, { headers: { Authorization: \`Bearer \${process.env.K ?? ""}\` } })`;
    assert.equal(show(header(only(extract(code).sites), 'Authorization').value), 'Bearer ⟨env:K⟩');
  });
});

describe('extractJavaScript: axios', () => {
  const cases: Array<[string, string, SiteSummary[]]> = [
    ['axios(url, config)', `axios("${U}/v2/a.b", { method: "post", headers: { Authorization: "Bearer x" } })`,
      [{ tool: 'axios', method: 'POST', url: `${U}/v2/a.b`, known: true, headers: { Authorization: 'Bearer x' } }]],
    ['axios(config) and axios.request(config)', `axios({ url: "${U}/v2/a.b", method: "POST" }); axios.request({ url: "${U}/v2/c.d" })`,
      [{ tool: 'axios', method: 'POST', url: `${U}/v2/a.b`, known: true, headers: {} },
        { tool: 'axios', method: 'GET', url: `${U}/v2/c.d`, known: true, headers: {} }]],
    ['get/delete/head/options take (url, config)', `axios.get("${U}/v2/a.b", { headers: { Authorization: "Bearer x" } }); axios.delete("${U}/v2/c.d")`,
      [{ tool: 'axios', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: { Authorization: 'Bearer x' } },
        { tool: 'axios', method: 'DELETE', url: `${U}/v2/c.d`, known: true, headers: {} }]],
    ['post/put/patch take (url, data, config)', `axios.post("${U}/v2/a.b", { Authorization: "not a header" }, { headers: { Authorization: "Bearer x" } }); axios.patch("${U}/v2/c.d", {})`,
      [{ tool: 'axios', method: 'POST', url: `${U}/v2/a.b`, known: true, headers: { Authorization: 'Bearer x' } },
        { tool: 'axios', method: 'PATCH', url: `${U}/v2/c.d`, known: true, headers: {} }]],
    ['an instance joins baseURL and path as axios does', `const api = axios.create({ baseURL: "${U}/", headers: { "Content-Type": "application/json" } });\napi.post("/v2/keys.createKey", {}); api.get("v2/liveness"); api("//api.unkey.com/v2/x.y"); api({ url: "/v2/a.b", method: "PUT" })`,
      [{ tool: 'axios', method: 'POST', url: `${U}/v2/keys.createKey`, known: true, headers: { 'Content-Type': 'application/json' } },
        { tool: 'axios', method: 'GET', url: `${U}/v2/liveness`, known: true, headers: { 'Content-Type': 'application/json' } },
        { tool: 'axios', method: 'GET', url: '//api.unkey.com/v2/x.y', known: true, headers: { 'Content-Type': 'application/json' } },
        { tool: 'axios', method: 'PUT', url: `${U}/v2/a.b`, known: true, headers: { 'Content-Type': 'application/json' } }]],
    ['an absolute URL in the call wins over baseURL', `const api = axios.create({ baseURL: "${U}" });\napi.get("https://example.com/v2/a.b")`,
      [{ tool: 'axios', method: 'GET', url: 'https://example.com/v2/a.b', known: true, headers: {} }]],
    ['instance create headers with a common group', `const api = axios.create({ baseURL: process.env.UNKEY_URL, headers: { common: { Authorization: "Bearer x" }, get: { "X-Get": "1" } } });\napi.post("/v2/a.b", {})`,
      [{ tool: 'axios', method: 'POST', url: '⟨env:UNKEY_URL⟩/v2/a.b', known: true, headers: { Authorization: 'Bearer x' } }]],
    ['a renamed import and require', `import http from "axios";\nhttp.get("${U}/v2/a.b");\nconst ax = require("axios");\nax.post("${U}/v2/c.d")`,
      [{ tool: 'axios', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: {} },
        { tool: 'axios', method: 'POST', url: `${U}/v2/c.d`, known: true, headers: {} }]],
    ['a typed instance in a function far from any other axios mention', `import http, { type AxiosInstance } from "axios";\nconst client: AxiosInstance = http.create({ baseURL: "${U}" });\nexport function later() {\n  return client.post("/v2/a.b", {});\n}`,
      [{ tool: 'axios', method: 'POST', url: `${U}/v2/a.b`, known: true, headers: {} }]],
    ['a namespace import', `import * as ax from "axios";\nax.get("${U}/v2/a.b")`,
      [{ tool: 'axios', method: 'GET', url: `${U}/v2/a.b`, known: true, headers: {} }]],
    ['an exported const base and a class method call', `export const BASE = "${U}";\nexport class Client {\n  async create() { return fetch(BASE + "/v2/keys.createKey", { method: "POST" }) }\n}`,
      [{ tool: 'fetch', method: 'POST', url: `${U}/v2/keys.createKey`, known: true, headers: {} }]],
    ['a relative path with no baseURL stays relative', 'axios.get("/v2/a.b")',
      [{ tool: 'axios', method: 'GET', url: '/v2/a.b', known: true, headers: {} }]],
  ];
  for (const [name, code, expected] of cases) it(name, () => assert.deepEqual(sitesOf(code), expected));

  it('axios.defaults.headers.common.Authorization (and variants) apply to later calls', () => {
    for (const target of ['common.Authorization', "common['Authorization']", 'Authorization', 'post.Authorization']) {
      const code = `axios.defaults.headers.${target} = \`Bearer \${process.env.UNKEY_ROOT_KEY}\`;\naxios.post("${U}/v2/a.b", {});`;
      const site = only(extract(code).sites);
      const entry = header(site, 'Authorization');
      assert.equal(show(entry.value), 'Bearer ⟨env:UNKEY_ROOT_KEY⟩', target);
      assert.equal(code.slice(...entry.range), code.slice(0, code.indexOf(';')));
    }
    // A get call is not affected by post defaults.
    assert.deepEqual(summarize(extract(`axios.defaults.headers.post.Authorization = "Bearer x";\naxios.get("${U}/v2/a.b");`).sites[0]).headers, {});
  });

  it('instance defaults apply to that instance only', () => {
    const code = `const a = axios.create({ baseURL: "${U}" });\nconst b = axios.create({ baseURL: "${U}" });\na.defaults.headers.common.Authorization = "Bearer x";\na.post("/v2/a.b"); b.post("/v2/a.b"); axios.post("${U}/v2/a.b");`;
    assert.deepEqual(extract(code).sites.map((s) => Object.keys(summarize(s).headers)), [['Authorization'], [], []]);
  });

  it('defaults set after a top-level call do not apply; calls inside functions run later', () => {
    const code = `axios.post("${U}/v2/a.b");\nasync function later() { return axios.post("${U}/v2/c.d") }\naxios.defaults.headers.common.Authorization = "Bearer x";`;
    assert.deepEqual(extract(code).sites.map((s) => Object.keys(summarize(s).headers)), [[], ['Authorization']]);
  });

  it('defaults.baseURL and defaults.withCredentials', () => {
    const site = only(extract(`axios.defaults.baseURL = "${U}";\naxios.defaults.withCredentials = true;\naxios.post("/v2/a.b")`).sites);
    assert.equal(show(site.url), `${U}/v2/a.b`);
    assert.equal(site.sendsCookies, true);
  });

  it('interceptors, unseen configs and unknown defaults make headers unknown', () => {
    const known = (code: string) => extract(code).sites.map((s) => s.headersKnown);
    assert.deepEqual(known(`axios.interceptors.request.use((c) => c);\naxios.get("${U}/v2/a.b")`), [false]);
    assert.deepEqual(known(`const api = axios.create({ baseURL: "${U}" });\napi.interceptors.request.use(sign);\napi.get("/v2/a.b"); axios.get("${U}/v2/a.b")`), [false, true]);
    assert.deepEqual(known(`const api = axios.create(config);\napi.get("/v2/a.b")`), [false]);
    assert.deepEqual(known(`axios.defaults.headers.common = load();\naxios.get("${U}/v2/a.b")`), [false]);
    assert.deepEqual(known(`function f(config) { return axios.post("${U}/v2/a.b", {}, config) }`), [false]);
  });

  it('other objects with get/post methods are not axios', () => {
    assert.deepEqual(sitesOf(`map.get("${U}/v2/a.b"); router.post("/v2/a.b", handler); const c = other.create(); c.get("${U}/v2/a.b")`), []);
  });
});

describe('extractJavaScript: which calls are Unkey calls (with classifyUrl)', () => {
  const hosts = DEFAULT_OPTIONS.hosts;
  const target = (code: string) => extract(code).sites.map((s) => classifyUrl(s.url, hosts)?.path);
  it('another explicit host is not Unkey, whatever its path', () => {
    assert.deepEqual(target('fetch("https://example.com/v2/keys.createKey")'), [undefined]);
  });
  it('an unknown base with an unknown path is not judged; with a known endpoint it is', () => {
    assert.deepEqual(target('fetch(`${base}/${path}`); fetch(`${base}/v2/keys.createKey`)'), [undefined, '/v2/keys.createKey']);
  });
  it('placeholder paths are not judged', () => {
    assert.deepEqual(target(`fetch("${U}/v2/..."); fetch("${U}/v2/{procedure}")`), [undefined, undefined]);
  });
  it('the ?? default counts as the Unkey host', () => {
    assert.deepEqual(target(`fetch((process.env.UNKEY_API_URL ?? "${U}") + "/v2/apis.createApi")`), ['/v2/apis.createApi']);
  });
});

describe('extractJavaScript: curl commands in string literals', () => {
  it('hands strings and templates holding curl to the curl extractor, with source maps', () => {
    const code = `const a = "curl -X POST ${U}/v2/keys.createKey";\nconst b = \`curl \${base}/v2/apis.getApi -H "Authorization: Bearer \${key}"\`;\n`;
    const sites = extract(code).sites;
    assert.deepEqual(sites.map((s) => s.tool), ['curl', 'curl']);
    for (const site of sites) {
      assert.equal(code.slice(...site.reportRange).startsWith('curl'), true);
      assert.ok(site.range[0] > 0 && site.range[1] <= code.length);
    }
    // The template's ${base} reaches the curl extractor as an opaque part.
    assert.equal(sites[1].url.parts[0].kind, 'opaque');
    assert.equal(flatten(sites[1].url).slice(1), '/v2/apis.getApi');
    assert.equal(code.slice(...header(sites[1], 'Authorization').range), '-H "Authorization: Bearer ${key}"');
  });
});

describe('extractJavaScript: robustness', () => {
  it('half-typed code: a complete call before the syntax error is still found', () => {
    const code = `await fetch("${U}/v2/a.b", { method: "POST" });\nawait fetch("${U}/v2/c.d", {\n  method: "POST",\n  head\nawait other();\n`;
    const result = extract(code);
    assert.deepEqual(result.sites.map((s) => show(s.url)), [`${U}/v2/a.b`]);
    assert.ok(result.errors.length > 0);
  });

  it('half-typed code inside a function body', () => {
    const code = `export async function f() {\n  await fetch("${U}/v2/a.b");\n  const x = {\n  await g(\n}\n`;
    assert.deepEqual(extract(code).sites.map((s) => show(s.url)), [`${U}/v2/a.b`]);
  });

  it('half-typed code: complete calls after the broken lines are found too, the broken call is not', () => {
    const code = [
      `const headers = { Authorization: "Bearer x" };`,
      `export async function f() {`,
      `  await fetch("${U}/v2/a.b", { headers });`,
      `  await fetch("${U}/v2/c.d", {`,
      `    method: "POST"`,
      `    body`,
      `  await fetch("${U}/v2/e.f", { headers });`,
      `  await axios.post("${U}/v2/g.h", {});`,
      `}`,
    ].join('\n');
    const sites = extract(code).sites;
    assert.deepEqual(sites.map((s) => show(s.url)), [`${U}/v2/a.b`, `${U}/v2/e.f`, `${U}/v2/g.h`]);
    // Before the error the const is seen; after it, the part read apart cannot see it: unknown, not
    // missing. axios defaults may sit in the unread part, so axios headers are unknown too.
    assert.deepEqual(sites.map((s) => s.headersKnown), [true, false, false]);
    assert.equal(code.slice(...sites[1].reportRange), `fetch("${U}/v2/e.f"`);
    assert.equal(code.slice(...sites[2].range), `axios.post("${U}/v2/g.h", {})`);
  });

  it('errors the parser recovers from are reported and the calls kept', () => {
    const result = extract(`let x = 08;\nfetch("${U}/v2/a.b")`, 'x.js');
    assert.equal(result.sites.length, 1);
    assert.ok(result.errors.length > 0);
  });

  it('text the parser cannot read at all gives an error, not a throw', () => {
    const result = extract('}}}}} fetch(');
    assert.deepEqual(result.sites, []);
    assert.ok(result.errors.length > 0);
  });

  it('closers() closes brackets, strings, templates and comments', () => {
    assert.equal(closers('f(a, { b: [1, `x${y'), '\n}`]})');
    assert.equal(closers("f(/[)]/.test(')'), 'a' /* (\n"), '*/\n)');
  });

  it('CRLF: offsets are offsets into the CRLF text, maps skip the CR', () => {
    const code = `const h = {\r\n  Authorization: "Bearer x",\r\n};\r\nfetch("${U}/v2/a.b", {\r\n  headers: h,\r\n});\r\n`;
    const site = only(extract(code).sites);
    const entry = header(site, 'Authorization');
    assert.equal(code.slice(...entry.range), 'Authorization: "Bearer x"');
    assert.equal(code.slice(...site.reportRange), `fetch("${U}/v2/a.b"`);
    const template = 'const t = `a\r\nb`;\r\nfetch(`' + U + '/v2/a.b\r\n`)';
    const url = only(extract(template).sites).url.parts[0];
    assert.ok(url.kind === 'text' && url.map);
    assert.equal(url.text.endsWith('\n'), true);
    assert.equal(template[url.map[url.text.length - 1]], '\r');
  });

  it('BOM: offsets count the BOM', () => {
    const code = `\uFEFFfetch("${U}/v2/a.b")`;
    const site = only(extract(code).sites);
    assert.equal(code.slice(...site.reportRange), `fetch("${U}/v2/a.b"`);
    assert.equal(site.range[0], 1);
  });

  it('TSX and JSX files parse with JSX; .ts generic arrows parse without', () => {
    assert.equal(extract(`const A = () => <a href="${U}" onClick={() => fetch("${U}/v2/a.b")} />;`, 'x.tsx').sites.length, 1);
    assert.equal(extract(`const A = () => <a onClick={() => fetch("${U}/v2/a.b")} />;`, 'x.jsx').sites.length, 1);
    assert.equal(extract(`const id = <T,>(x: T) => x;\nfetch("${U}/v2/a.b")`, 'x.ts').sites.length, 1);
    assert.equal(extract(`const x = <string>y;\nfetch("${U}/v2/a.b")`, 'x.mts').sites.length, 1);
  });

  it('a 1 MB minified line: no crash, reasonable time', function () {
    this.timeout(120000);
    const chunk = `function a$(n){return n*2+1}var b=[1,2,3].map(function(x){return x+1});fetch("${U}/v2/a.b",{method:"POST",headers:{Authorization:"Bearer "+k}});`;
    const code = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    // Relative to Babel's own parse of the same text, so a busy machine does not fail the test.
    let start = Date.now();
    parse(code, { sourceType: 'module', errorRecovery: true, plugins: ['jsx'] });
    const parseTime = Date.now() - start;
    start = Date.now();
    const result = extract(code, 'bundle.min.js');
    const elapsed = Date.now() - start;
    assert.equal(result.sites.length, Math.ceil(1_000_000 / chunk.length));
    assert.ok(elapsed < 3 * parseTime + 1000, `took ${elapsed} ms, parse alone ${parseTime} ms`);
  });

  it('thousands of fixes in one file: the file style is read once, not per fix', function () {
    this.timeout(120000);
    // No string literal is read on the hot path, so the quote style falls back to scanning the text.
    const code = `const u = "${U}/v2/a.b";\n` + 'fetch(u, { method: "POST" });\n'.repeat(8000);
    let start = Date.now();
    parse(code, { sourceType: 'module', errorRecovery: true, plugins: ['typescript'] });
    const parseTime = Date.now() - start;
    start = Date.now();
    const edits = extract(code).sites.map((site) => site.addAuthorization?.('UNKEY_ROOT_KEY'));
    const elapsed = Date.now() - start;
    assert.equal(edits.filter(Boolean).length, 8000);
    assert.ok(elapsed < 3 * parseTime + 1000, `took ${elapsed} ms, parse alone ${parseTime} ms`);
  });
});

describe('extractJavaScript: addAuthorization', () => {
  const ENV = 'UNKEY_ROOT_KEY';
  const add = (code: string, fileName = 'x.ts') => applied(code, only(extract(code, fileName).sites).addAuthorization?.(ENV), fileName);
  const none = (code: string) => assert.equal(only(extract(code).sites).addAuthorization?.(ENV), undefined);
  const V = '`Bearer ${process.env.UNKEY_ROOT_KEY}`';

  const cases: Array<[string, string, string]> = [
    ['a single-line headers object stays single-line',
      `fetch("${U}/v2/a.b", { headers: { "Content-Type": "x" } })`,
      `fetch("${U}/v2/a.b", { headers: { "Content-Type": "x", Authorization: ${V} } })`],
    ['an empty headers object',
      `fetch("${U}/v2/a.b", { headers: {} })`,
      `fetch("${U}/v2/a.b", { headers: { Authorization: ${V} } })`],
    ['a multi-line headers object with trailing commas',
      `fetch("${U}/v2/a.b", {\n  headers: {\n    "Content-Type": "x",\n  },\n})`,
      `fetch("${U}/v2/a.b", {\n  headers: {\n    "Content-Type": "x",\n    Authorization: ${V},\n  },\n})`],
    ['a multi-line headers object without trailing commas',
      `fetch("${U}/v2/a.b", {\n    headers: {\n        "Content-Type": "x"\n    }\n})`,
      `fetch("${U}/v2/a.b", {\n    headers: {\n        "Content-Type": "x",\n        Authorization: ${V}\n    }\n})`],
    ['an empty multi-line headers object follows the file\'s trailing-comma habit',
      `const a = {\n  b: 1,\n};\nfetch("${U}/v2/a.b", {\n  headers: {\n  },\n});`,
      `const a = {\n  b: 1,\n};\nfetch("${U}/v2/a.b", {\n  headers: {\n    Authorization: ${V},\n  },\n});`],
    ['an init object without headers',
      `fetch("${U}/v2/a.b", { method: "POST" })`,
      `fetch("${U}/v2/a.b", { method: "POST", headers: { Authorization: ${V} } })`],
    ['a multi-line init object without headers, tab-indented',
      `fetch("${U}/v2/a.b", {\n\tmethod: "POST",\n\tbody: "{}",\n})`,
      `fetch("${U}/v2/a.b", {\n\tmethod: "POST",\n\tbody: "{}",\n\theaders: { Authorization: ${V} },\n})`],
    ['fetch(url) gets an init argument',
      `await fetch("${U}/v2/a.b");`,
      `await fetch("${U}/v2/a.b", { headers: { Authorization: ${V} } });`],
    ['fetch(new Request(url)) gets the init on the Request',
      `fetch(new Request("${U}/v2/a.b"))`,
      `fetch(new Request("${U}/v2/a.b", { headers: { Authorization: ${V} } }))`],
    ['new Headers() gets an object',
      `fetch("${U}/v2/a.b", { headers: new Headers() })`,
      `fetch("${U}/v2/a.b", { headers: new Headers({ Authorization: ${V} }) })`],
    ['an array of pairs gets a pair',
      `fetch("${U}/v2/a.b", { headers: [["X-A", "1"]] })`,
      `fetch("${U}/v2/a.b", { headers: [["X-A", "1"], ["Authorization", ${V}]] })`],
    ['a const headers object used only by this call is edited in place',
      `const headers = { "X-A": "1" };\nfetch("${U}/v2/a.b", { headers });`,
      `const headers = { "X-A": "1", Authorization: ${V} };\nfetch("${U}/v2/a.b", { headers });`],
    ['axios.post(url, data) gets a third argument',
      `axios.post("${U}/v2/a.b", { name: "x" })`,
      `axios.post("${U}/v2/a.b", { name: "x" }, { headers: { Authorization: ${V} } })`],
    ['axios.post(url) gets undefined data and a config',
      `axios.post("${U}/v2/a.b")`,
      `axios.post("${U}/v2/a.b", undefined, { headers: { Authorization: ${V} } })`],
    ['axios.get(url) gets a second argument',
      `axios.get("${U}/v2/a.b")`,
      `axios.get("${U}/v2/a.b", { headers: { Authorization: ${V} } })`],
    ['axios(config) gets headers in its config',
      `axios({ url: "${U}/v2/a.b", method: "POST" })`,
      `axios({ url: "${U}/v2/a.b", method: "POST", headers: { Authorization: ${V} } })`],
    ['an instance call config',
      `const api = axios.create({ baseURL: "${U}" });\napi.post("/v2/a.b", {}, { timeout: 5 })`,
      `const api = axios.create({ baseURL: "${U}" });\napi.post("/v2/a.b", {}, { timeout: 5, headers: { Authorization: ${V} } })`],
  ];
  for (const [name, code, expected] of cases) it(name, () => assert.equal(add(code), expected));

  it('follows the runtime: Deno (with the file quote style) and Bun', () => {
    assert.equal(add(`const a = Deno.env.get('X');\nfetch('${U}/v2/a.b')`),
      `const a = Deno.env.get('X');\nfetch('${U}/v2/a.b', { headers: { Authorization: \`Bearer \${Deno.env.get('UNKEY_ROOT_KEY')}\` } })`);
    assert.equal(add(`const a = Bun.env.X;\nfetch("${U}/v2/a.b")`),
      `const a = Bun.env.X;\nfetch("${U}/v2/a.b", { headers: { Authorization: \`Bearer \${Bun.env.UNKEY_ROOT_KEY}\` } })`);
  });

  it('keeps CRLF line endings in a multi-line object', () => {
    const code = `fetch("${U}/v2/a.b", {\r\n  headers: {\r\n    "X-A": "1",\r\n  },\r\n});\r\n`;
    assert.equal(add(code), `fetch("${U}/v2/a.b", {\r\n  headers: {\r\n    "X-A": "1",\r\n    Authorization: ${V},\r\n  },\r\n});\r\n`);
  });

  it('an init const used only by this call is edited in place', () => {
    assert.equal(add(`const init = { method: "POST" };\nfetch("${U}/v2/a.b", init);`),
      `const init = { method: "POST", headers: { Authorization: ${V} } };\nfetch("${U}/v2/a.b", init);`);
  });

  it('works in JavaScript files too', () => {
    assert.equal(add(`fetch("${U}/v2/a.b")`, 'x.js'), `fetch("${U}/v2/a.b", { headers: { Authorization: ${V} } })`);
  });

  it('returns undefined where it cannot place the header safely', () => {
    const twice = `const headers = { "X-A": "1" };\nfetch("${U}/v2/a.b", { headers });\nfetch("${U}/v2/c.d", { headers });`;
    assert.deepEqual(extract(twice).sites.map((site) => site.addAuthorization?.(ENV)), [undefined, undefined]);
    const shared = `const headers = { "X-A": "1" };\nfetch("${U}/v2/a.b", { headers });\nconsole.log(headers);`;
    assert.equal(extract(shared).sites[0].addAuthorization?.(ENV), undefined);
    const sharedInit = `const init = { headers: { "X-A": "1" } };\nfetch("${U}/v2/a.b", init);\nfetch("${U}/v2/c.d", init);`;
    assert.deepEqual(extract(sharedInit).sites.map((site) => site.addAuthorization?.(ENV)), [undefined, undefined]);
    none(`function f(headers) { return fetch("${U}/v2/a.b", { headers }) }`);
    none(`fetch("${U}/v2/a.b", { headers: make() })`);
    none('axios.request({ ...config })');
  });
});

describe('extractJavaScript: header value fixes', () => {
  const entry = (code: string) => header(only(extract(code).sites), 'Authorization');
  const pre = (headers: string) => `fetch("${U}/v2/a.b", { headers: ${headers} })`;

  const prepends: Array<[string, string, string]> = [
    ['into a string literal', '{ Authorization: "unkey_x" }', '{ Authorization: "Bearer unkey_x" }'],
    ['into a single-quoted literal, escaping', "{ Authorization: 'k' }", "{ Authorization: 'it\\'s k' }"],
    ['into a template literal', '{ Authorization: `${key}` }', '{ Authorization: `Bearer ${key}` }'],
    ['wrapping a member expression', '{ Authorization: process.env.UNKEY_ROOT_KEY }', '{ Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }'],
    ['wrapping a call', '{ Authorization: getKey() }', '{ Authorization: `Bearer ${getKey()}` }'],
    ['into the leading literal of a concatenation', '{ Authorization: "x" + key }', '{ Authorization: "Bearer x" + key }'],
    ['wrapping a concatenation that starts with an expression', '{ Authorization: key + "" }', '{ Authorization: `Bearer ${key + ""}` }'],
    ['expanding a shorthand property', '{ Authorization }', '{ Authorization: `Bearer ${Authorization}` }'],
  ];
  for (const [name, before, after] of prepends) {
    it(`prependToValue ${name}`, () => {
      const code = pre(before);
      const prefix = name.includes('escaping') ? "it's " : 'Bearer ';
      assert.equal(applied(code, entry(code).prependToValue?.(prefix)), pre(after));
    });
  }

  it('prependToValue on a .set() value and an axios default', () => {
    const set = `const h = new Headers();\nh.set("Authorization", key);\nfetch("${U}/v2/a.b", { headers: h });`;
    assert.equal(applied(set, entry(set).prependToValue?.('Bearer ')), set.replace('h.set("Authorization", key)', 'h.set("Authorization", `Bearer ${key}`)'));
    const defaults = `axios.defaults.headers.common.Authorization = "bearer " + key;\naxios.post("${U}/v2/a.b");`;
    const e = entry(defaults);
    assert.equal(applied(defaults, e.replaceValue?.('"Bearer " + key')), defaults.replace('"bearer " + key', '"Bearer " + key'));
  });

  it('replaceValue replaces the value expression (and expands a shorthand)', () => {
    assert.equal(applied(pre('{ Authorization: "x" }'), entry(pre('{ Authorization: "x" }')).replaceValue?.('`Bearer ${k}`')), pre('{ Authorization: `Bearer ${k}` }'));
    assert.equal(applied(pre('{ Authorization }'), entry(pre('{ Authorization }')).replaceValue?.('"y"')), pre('{ Authorization: "y" }'));
  });

  it('expandReferences turns the string into a template, escaping backticks and non-references', () => {
    const code = pre('{ Authorization: "Bearer ${process.env.UNKEY_ROOT_KEY} `q` ${} \\"x\\"" }');
    assert.equal(applied(code, entry(code).expandReferences?.()), pre('{ Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY} \\`q\\` \\${} \\"x\\"` }'));
    const single = pre("{ Authorization: 'Bearer ${key}' }");
    assert.equal(applied(single, entry(single).expandReferences?.()), pre('{ Authorization: `Bearer ${key}` }'));
  });
});

describe('extractJavaScript: key literals', () => {
  const keysOf = (code: string, fileName?: string) => extract(code, fileName).keys;

  it('finds root-key-shaped text in strings and templates with exact ranges', () => {
    const code = `const a = "${KEY}";\nconst b = \`Bearer \${x} ${KEY}\`;\nconst c = "unkey_short";\nconst d = "\\t\\u0041${KEY}";`;
    const keys = keysOf(code);
    assert.equal(keys.length, 3);
    assert.deepEqual(keys.map((k) => code.slice(...k.range)), [KEY, KEY, KEY]);
    assert.ok(keys.every((k) => k.key === KEY));
  });

  it('is found without any request in the file (and in key-only text)', () => {
    assert.equal(keysOf(`export const ROOT = '${KEY}';`).length, 1);
  });

  const fixes: Array<[string, string, string, string?]> = [
    ['a literal that is exactly the key', `const k = "${KEY}";`, 'const k = process.env.UNKEY_ROOT_KEY;'],
    ['a key inside a longer string', `const h = "Bearer ${KEY}";`, 'const h = `Bearer ${process.env.UNKEY_ROOT_KEY}`;'],
    ['a key inside a longer string with a backtick', `const h = 'a\`b ${KEY}';`, 'const h = `a\\`b ${process.env.UNKEY_ROOT_KEY}`;'],
    ['a key inside a template', `const h = \`Bearer \${x}${KEY}\`;`, 'const h = `Bearer ${x}${process.env.UNKEY_ROOT_KEY}`;'],
    ['a JSX attribute', `const e = <Client rootKey="${KEY}" />;`, 'const e = <Client rootKey={process.env.UNKEY_ROOT_KEY} />;', 'x.jsx'],
  ];
  for (const [name, code, expected, fileName] of fixes) {
    it(`replaceWithEnv: ${name}`, () => {
      const key = only(keysOf(code, fileName ?? 'x.ts'));
      assert.equal(applied(code, key.replaceWithEnv?.('UNKEY_ROOT_KEY'), fileName ?? 'x.ts'), expected);
    });
  }

  it('a key used as an object key or import source is reported without a fix', () => {
    const keys = keysOf(`const m = { "${KEY}": 1 };\nimport x from "./${KEY}";`);
    assert.equal(keys.length, 2);
    assert.ok(keys.every((k) => k.replaceWithEnv === undefined));
  });
});
